"""Timeline conflicts, same-name people and note-style subjects over hand-built families (made-up
names and text)."""

from __future__ import annotations

from genogram.analyze.findings import find_all
from genogram.model import Event, Family, Sibling, When
from tests.analyze.families import at, child, family, person, union


def found(fam: Family, code: str, text: str | None = None) -> list:
    return [f for f in find_all(fam, text) if f.code == code]


def _event(eid: str, type_: str, people: list[str], year: int) -> Event:
    return Event(id=eid, type=type_, people=people, when=When(year=year), evidence=[(500, 520)])


def test_a_marriage_before_a_partner_was_twelve_is_a_timeline_conflict() -> None:
    fam = family([person("p1", "Tibor", birth_year=1931), person("p2", "Vilma")],
                 events=[_event("e1", "marriage", ["p1", "p2"], 1940)])
    (f,) = found(fam, "timeline-conflict")
    assert f.people == ["p1"] and "is said to marry in 1940, at 9" in f.message
    assert (500, 520) in f.evidence


def test_a_marriage_after_a_partners_death_is_a_timeline_conflict() -> None:
    fam = family([person("p1", "Tibor", death_year=1960), person("p2", "Vilma")],
                 events=[_event("e1", "marriage", ["p2", "p1"], 1965)])
    (f,) = found(fam, "timeline-conflict")
    assert "Tibor is said to marry in 1965, after dying in 1960" in f.message


def test_twins_born_in_different_years_are_a_timeline_conflict() -> None:
    fam = family([person("p1", "Jarl", birth_year=1950), person("p2", "Jem", birth_year=1952)],
                 siblings=[Sibling(a="p1", b="p2", kind="twin", evidence=[(400, 410)])])
    (f,) = found(fam, "timeline-conflict")
    assert set(f.people) == {"p1", "p2"} and "twins" in f.message


def test_a_year_the_reader_gives_two_ways_makes_no_conflict() -> None:
    # the field says 1974, the person's own birth event says 1913: the reading is unsure
    fam = family([person("p1", "Hanne", "female", death_year=1958),
                  person("p2", "Arvo", "male", birth_year=1974)],
                 children=[child("p1", "p2")],
                 events=[_event("e1", "birth", ["p2"], 1913)])
    assert found(fam, "timeline-conflict") == []


def test_a_birth_after_the_mothers_death_is_still_a_conflict() -> None:
    fam = family([person("p1", "Hanne", "female", death_year=1958),
                  person("p2", "Arvo", "male", birth_year=1974)],
                 children=[child("p1", "p2")])
    (f,) = found(fam, "timeline-conflict")
    assert "after his mother Hanne died in 1958" in f.message


def test_a_birth_years_after_the_mothers_death_while_the_father_remarried_is_no_conflict() -> None:
    # the father's later wife outlives the birth: "their twins" was more likely hers
    fam = family([person("p1", "Hanne", "female", death_year=1930),
                  person("p2", "Ludo", "male"), person("p3", "Berit", "female"),
                  person("p4", "Arvo", "male", birth_year=1944)],
                 children=[child("p1", "p4"), child("p2", "p4")],
                 unions=[union("u1", "p1", "p2", status="widowed"), union("u2", "p2", "p3")])
    assert found(fam, "timeline-conflict") == []


def test_a_parent_who_is_also_the_childs_partner_makes_no_age_conflict() -> None:
    # the reader merged a husband and a father: the clash is in the reading
    fam = family([person("p1", "Sten", "male", birth_year=1980),
                  person("p2", "Berit", "female", birth_year=1983)],
                 children=[child("p1", "p2")], unions=[union("u1", "p1", "p2")])
    assert found(fam, "timeline-conflict") == []


def test_one_name_written_twice_for_a_father_and_son_is_a_name_collision() -> None:
    fam = family([person("p1", "Lorcan Hallsey", birth_year=1920),
                  person("p2", "Lorcan Hallsey", birth_year=1948)],
                 children=[child("p1", "p2")])
    (f,) = found(fam, "name-collision")
    assert set(f.people) == {"p1", "p2"}


def test_one_name_written_twice_with_nothing_apart_is_one_person_read_twice() -> None:
    fam = family([person("p1", "Lorcan Hallsey"), person("p2", "Lorcan Hallsey")])
    assert found(fam, "name-collision") == []


def test_a_notes_subject_named_in_parentheses_carries_its_cue() -> None:
    text = ("Father (Corwin, 70) drank heavily for decades.\n"
            "Brother (Ivo, 37) is in recovery from alcohol use disorder.\n")
    fam = family([at("p1", "Corwin", text, "Corwin", gender="male"),
                  at("p2", "Ivo", text, "Ivo", gender="male"),
                  at("p3", None, text, "Sigrun")],
                 children=[child("p1", "p2")], unions=[union("u1", "p1", "p3")])
    (f,) = found(fam, "multigenerational", text)
    assert "Substance use" in f.message and {"p1", "p2"} <= set(f.people)


def test_a_custody_event_with_a_grandparent_is_a_child_raised_by_a_grandparent() -> None:
    people = [person(f"p{i}", n) for i, n in enumerate(["Agna", "Bodil", "Cai", "Dyre"], 1)]
    fam = family(people, children=[child("p1", "p2"), child("p2", "p3"), child("p3", "p4")],
                 events=[Event(id="e1", type="custody", people=["p3", "p1"],
                               evidence=[(600, 620)]),
                         Event(id="e2", type="custody", people=["p4", "p2"],
                               evidence=[(700, 720)])])
    (f,) = found(fam, "multigenerational")
    assert "raised by a grandparent" in f.message and {"p1", "p2", "p3", "p4"} <= set(f.people)
    assert "generation 3: Cai; generation 4: Dyre" in f.message


def test_a_child_born_after_a_fathers_death_to_a_remarried_mother_is_no_timeline_conflict() -> None:
    # "Corwin died in 1920. After the war Ismay wed a baker, Ruda. Their only child came in
    # 1924.": the reading gave the child the late husband; the dates do not clash
    fam = family([person("p1", "Corwin", gender="male", death_year=1920),
                  person("p2", "Ismay", gender="female"), person("p3", "Ruda", gender="male"),
                  person("p4", "Yardley", birth_year=1924)],
                 unions=[union("u1", "p1", "p2", status="widowed"), union("u2", "p2", "p3")],
                 children=[child("p1", "p4"), child("p2", "p4")])
    assert found(fam, "timeline-conflict") == []


def test_a_child_born_years_after_a_fathers_death_is_still_a_timeline_conflict() -> None:
    fam = family([person("p1", "Corwin", gender="male", death_year=1920),
                  person("p2", "Ismay", gender="female"), person("p4", "Yardley", birth_year=1924)],
                 unions=[union("u1", "p1", "p2", status="widowed")],
                 children=[child("p1", "p4"), child("p2", "p4")])
    (f,) = found(fam, "timeline-conflict")
    assert set(f.people) == {"p1", "p4"}
