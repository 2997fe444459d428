"""Lint findings and the findings entry point over hand-built families."""

from __future__ import annotations

import pytest

from genogram.analyze.findings import find_all, with_findings
from tests.analyze.families import child, family, link, narration, person


def codes(fam, code: str):
    return [f for f in find_all(fam) if f.code == code]


def test_two_narrators_give_one_pov_shift_with_each_span() -> None:
    fam = family([person("p1", "Hedda"), person("p2", "Ulrik")],
                 narration=narration(("p1", 0, 100), ("p2", 100, 200), ("p1", 200, 300)))
    (f,) = codes(fam, "pov-shift")
    assert f.kind == "lint" and f.people == ["p1", "p2"]
    # every stretch each narrator tells, in text order
    assert f.evidence == [(0, 100), (100, 200), (200, 300)]
    assert "Hedda (characters 0-100, characters 200-300)" in f.message


def test_a_narrator_split_over_touching_segments_is_one_stretch() -> None:
    fam = family([person("p1", "Hedda"), person("p2", "Ulrik")],
                 narration=narration(("p1", 0, 50), ("p1", 50, 100), ("p2", 100, 200)))
    (f,) = codes(fam, "pov-shift")
    assert f.evidence == [(0, 100), (100, 200)]


@pytest.mark.parametrize("segs", [[("p1", 0, 300)], [(None, 0, 300)],
                                  [("p1", 0, 100), (None, 100, 200), ("p1", 200, 300)]])
def test_one_narrator_or_none_gives_no_pov_shift(segs) -> None:
    fam = family([person("p1", "Hedda")], narration=narration(*segs))
    assert codes(fam, "pov-shift") == []


def test_each_fictive_kin_link_is_a_finding() -> None:
    fam = family([person("p1", "Elsken"), person("p2", "Wilma")],
                 links=[link("p1", "p2", "fictive-kin", (20, 25))])
    (f,) = codes(fam, "fictive-kin")
    assert f.people[0] == "p2" and "Wilma is called by a kinship title" in f.message


@pytest.mark.parametrize(("people", "ties"), [
    ([person("p1", "Ana", birth_year=1950, death_year=1940)], []),
    ([person("p1", "Ana", birth_year=1950), person("p2", "Bo", birth_year=1955)],
     [child("p1", "p2")]),
    ([person("p1", "Ana", "female", birth_year=1950, death_year=1970),
      person("p2", "Bo", birth_year=1975)], [child("p1", "p2")]),
])
def test_dates_that_cannot_all_be_true_are_a_timeline_conflict(people, ties) -> None:
    (f,) = codes(family(people, children=ties), "timeline-conflict")
    assert f.evidence and f.kind == "lint"


def test_plausible_dates_are_no_timeline_conflict() -> None:
    fam = family([person("p1", "Ana", "male", birth_year=1950, death_year=1975),
                  person("p2", "Bo", birth_year=1976)], children=[child("p1", "p2")])
    assert codes(fam, "timeline-conflict") == []


@pytest.mark.parametrize(("a", "b", "collide"), [
    ("Cuthbert", "Cuthbert Jr.", True),
    ("Magdalena", "Magda", True),
    ("Albertina", "Tina", True),
    ("Ana", "Anastasia", False),
    ("Osvald", "Rosmunda", False),
])
def test_two_people_sharing_a_given_name_collide(a: str, b: str, collide: bool) -> None:
    fam = family([person("p1", a), person("p2", b)])
    assert bool(codes(fam, "name-collision")) is collide


def test_a_bare_pet_form_with_no_ties_beside_a_full_name_is_one_person_split() -> None:
    fam = family([person("p1", "Gwendolen Vane"), person("p2", "Gwendy"), person("p3", "Ulla")],
                 children=[child("p1", "p3")])
    assert codes(fam, "name-collision") == []


def test_every_finding_has_evidence_and_known_people() -> None:
    fam = family([person("p1", "Cuthbert"), person("p2", "Cuthbert Jr."), person("p3", "Pim")],
                 children=[child("p1", "p2")],
                 links=[link("p1", "p2", "cutoff"), link("p3", "p1", "fictive-kin")])
    found = find_all(fam)
    assert {f.code for f in found} >= {"cutoff", "name-collision", "fictive-kin"}
    ids = {p.id for p in fam.people}
    assert all(f.evidence and set(f.people) <= ids and f.message for f in found)


def test_with_findings_returns_the_family_with_its_findings() -> None:
    fam = family([person("p1", "Cuthbert"), person("p2", "Cuthbert Jr.")])
    out = with_findings(fam)
    assert out.findings == find_all(fam) and out.people == fam.people
    assert fam.findings == []


def test_read_file_fills_findings(tmp_path) -> None:
    import genogram

    story = tmp_path / "story.txt"
    story.write_text("My father, Karl, walked out when I was three. I have had no contact with "
                     "him since.", encoding="utf-8")
    fam = genogram.read_file(str(story))
    assert any(f.code == "cutoff" for f in fam.findings)


def test_an_unnamed_undescribed_person_is_labelled_in_plain_words() -> None:
    from genogram.analyze.graph import View
    from tests.analyze.families import family, person

    v = View(family([person("p1"), person("p2", "Quillon")]))
    assert v.label("p1") == "an unnamed person (p1)" and v.label("p2") == "Quillon"
