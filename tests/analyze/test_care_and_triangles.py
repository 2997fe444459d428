"""Parentification and triangles over hand-built families (made-up names and text)."""

from __future__ import annotations

from genogram.analyze.findings import find_all
from genogram.model import Family
from tests.analyze.families import at, child, family, link, person, sib, union


def found(fam: Family, code: str, text: str | None = None) -> list:
    return [f for f in find_all(fam, text) if f.code == code]


def test_a_child_warming_a_siblings_bottles_is_parentification() -> None:
    text = "On Dad's weekends the baby was mine. I was ten. I warmed his bottles every night."
    fam = family([at("p1", None, text, "I ", narrator=True), at("p2", None, text, "Dad"),
                  at("p3", None, text, "the baby", "his ")],
                 children=[child("p2", "p1"), child("p2", "p3")], siblings=[sib("p1", "p3")])
    (f,) = found(fam, "parentification", text)
    assert f.people == ["p1", "p3"] and "ask who cared for the child" in f.message


def test_a_child_caring_for_a_parent_when_young_is_parentification() -> None:
    text = "When Brisa was eleven she looked after her mother, who drank until noon."
    fam = family([at("p1", "Brisa", text, "Brisa", "she "), at("p2", None, text, "her mother")],
                 children=[child("p2", "p1")])
    (f,) = found(fam, "parentification", text)
    assert f.people == ["p1", "p2"] and "cared for a parent as a child" in f.message


def test_a_grown_child_caring_for_an_old_parent_is_not_parentification() -> None:
    text = "In 2015 Brisa moved home and looked after her mother until the end."
    fam = family([at("p1", "Brisa", text, "Brisa"), at("p2", None, text, "her mother")],
                 children=[child("p2", "p1")])
    assert found(fam, "parentification", text) == []


def test_a_caregiver_tie_to_ones_own_parent_is_parentification() -> None:
    fam = family([person("p1", "Brisa"), person("p2", "Rhea")],
                 children=[child("p2", "p1"), child("p1", "p2", "caregiver")])
    (f,) = found(fam, "parentification")
    assert f.people == ["p1", "p2"] and f.evidence == [(100, 120)]


def couple_and_son(**kw) -> Family:
    people = [person("p1", "Ivar", "male"), person("p2", "Tove", "female"),
              person("p3", "Sten", "male")]
    return family(people, children=[child("p1", "p3"), child("p2", "p3")],
                  unions=[union("u1", "p1", "p2")], **kw)


def test_a_son_close_to_one_parent_in_conflict_with_the_other_is_a_triangle() -> None:
    fam = couple_and_son(links=[link("p1", "p2", "conflict", (300, 340)),
                                link("p3", "p2", "close", (500, 540))])
    (f,) = found(fam, "triangle")
    assert set(f.people) == {"p1", "p2", "p3"} and f.evidence == [(300, 340), (500, 540)]
    assert "Sten is close to Tove though Ivar's son" in f.message


def test_two_quarrels_with_a_couple_make_a_triangle() -> None:
    people = [person("p1", "Ivar", "male"), person("p2", "Tove", "female"),
              person("p4", "Maj", "female")]
    fam = family(people, unions=[union("u1", "p1", "p2")],
                 links=[link("p4", "p1", "conflict", (300, 340)),
                        link("p4", "p2", "hostile", (500, 540))])
    (f,) = found(fam, "triangle")
    assert set(f.people) == {"p1", "p2", "p4"}
    assert f.message.startswith("Maj is at odds with both Ivar and his wife Tove")


def test_one_cutoff_told_of_both_parents_is_no_triangle() -> None:
    # "his parents cut him off": one event, two links with the same evidence
    fam = couple_and_son(links=[link("p1", "p3", "cutoff", (300, 340)),
                                link("p2", "p3", "cutoff", (300, 340))])
    assert found(fam, "triangle") == []


def test_a_household_or_kin_title_is_no_tie_that_draws_someone_in() -> None:
    fam = couple_and_son(links=[link("p1", "p2", "conflict"),
                                link("p3", "p1", "household", (500, 540)),
                                link("p3", "p2", "fictive-kin", (600, 640))])
    assert found(fam, "triangle") == []


def test_a_second_father_in_the_house_at_a_young_age_is_parentification() -> None:
    from genogram.analyze.findings import find_all
    from tests.analyze.families import at, child, family

    text = ("Fenwick is the eldest of four and calls himself \"the second father\" of the household "
            "from age twelve, after his father fell ill.")
    fam = family([at("p1", "Fenwick", text, "Fenwick", "himself"),
                  at("p2", None, text, "his father")], children=[child("p2", "p1")])
    assert [f.people for f in find_all(fam, text) if f.code == "parentification"] == [["p1"]]


def test_a_second_mother_in_the_home_with_no_young_age_is_no_parentification() -> None:
    from genogram.analyze.findings import find_all
    from tests.analyze.families import at, child, family

    text = "Grandma Ismay was a second mother in our home for years."
    fam = family([at("p1", "Ismay", text, "Grandma Ismay"), at("p2", "Ruda", text, "Ruda")],
                 children=[child("p2", "p1")])
    assert [f for f in find_all(fam, text) if f.code == "parentification"] == []
