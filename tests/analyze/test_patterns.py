"""Pattern findings over hand-built families: cutoff, affair, multigenerational,
parentification, triangle."""

from __future__ import annotations

import pytest

from genogram.analyze.findings import find_all
from genogram.model import Finding
from tests.analyze.families import child, family, link, person, sib, union


def codes(found: list[Finding], code: str) -> list[Finding]:
    return [f for f in found if f.code == code]


def three_generations(**kw):
    """p1+p2 -> p3; p3+p4 -> p5; p5+p6 -> p7 (p1, p3, p5 men)."""
    people = [person("p1", "Bertil", "male"), person("p2", "Ragnvi", "female"),
              person("p3", "Osvald", "male"), person("p4", "Britta", "female"),
              person("p5", "Nils", "male"), person("p6", "Ann", "female"),
              person("p7", "Zoe", "female"), person("p8", "Agnete", "female"),
              person("p9", "Rosmunda", "female")]
    kids = [child("p1", "p3"), child("p2", "p3"), child("p3", "p5"), child("p4", "p5"),
            child("p5", "p7"), child("p6", "p7")]
    return family(people, children=kids + kw.pop("children", []), **kw)


def test_a_cutoff_link_gives_a_cutoff_finding_told_from_the_parent() -> None:
    fam = three_generations(links=[link("p5", "p3", "cutoff")])
    (f,) = codes(find_all(fam), "cutoff")
    assert set(f.people) == {"p3", "p5"} and f.kind == "pattern"
    assert f.message.startswith("Osvald and his son Nils")
    assert f.evidence == [(300, 340)]


def test_an_affair_union_names_the_unfaithful_partner_first() -> None:
    fam = three_generations(unions=[union("u1", "p3", "p4"),
                                    union("u2", "p9", "p3", "affair")])
    (f,) = codes(find_all(fam), "affair")
    assert f.people == ["p3", "p9"]
    assert "Osvald had an affair with Rosmunda while with his wife Britta" in f.message


@pytest.mark.parametrize(("pattern", "extra"), [
    ("affair", {"unions": [union("u1", "p1", "p2"), union("u2", "p1", "p8", "affair"),
                           union("u3", "p3", "p4"), union("u4", "p3", "p9", "affair")]}),
    ("divorce", {"unions": [union("u1", "p1", "p2", status="divorced"),
                            union("u2", "p3", "p4", status="divorced")]}),
    ("cutoff", {"links": [link("p1", "p3", "cutoff"), link("p5", "p7", "cutoff")]}),
])
def test_the_same_pattern_in_two_generations_is_multigenerational(pattern: str,
                                                                  extra: dict) -> None:
    fam = three_generations(**extra)
    (f,) = [f for f in codes(find_all(fam), "multigenerational")
            if f"multigenerational: {pattern})" in f.message]
    assert "recurs across 2 generations (generation 1: " in f.message
    assert f.evidence


def test_a_pattern_in_one_generation_only_is_not_multigenerational() -> None:
    fam = three_generations(unions=[union("u1", "p3", "p4", status="divorced")])
    assert codes(find_all(fam), "multigenerational") == []


def test_substance_cues_in_the_text_recur_across_generations() -> None:
    text = "Bertil drank every night. Years later Osvald was addicted to pills."
    people = [person("p1", "Bertil", "male").model_copy(update={"mentions": [(0, 6)]}),
              person("p3", "Osvald", "male").model_copy(update={"mentions": [(38, 44)]})]
    fam = family(people, children=[child("p1", "p3")])
    (f,) = codes(find_all(fam, text), "multigenerational")
    assert set(f.people) == {"p1", "p3"} and "substance" in f.message


def test_a_sibling_as_caregiver_is_parentification() -> None:
    fam = three_generations(siblings=[sib("p5", "p8")],
                            children=[child("p5", "p8", "caregiver")])
    (f,) = codes(find_all(fam), "parentification")
    assert f.people == ["p5", "p8"]


def test_two_in_conflict_with_a_third_tied_to_both_is_a_triangle() -> None:
    fam = three_generations(links=[link("p3", "p4", "conflict"), link("p5", "p3", "close"),
                                   link("p5", "p4", "conflict", (500, 520))])
    found = codes(find_all(fam), "triangle")
    assert any(set(f.people) == {"p3", "p4", "p5"} for f in found)


def test_kinship_without_links_gives_no_pattern() -> None:
    assert find_all(three_generations()) == []
