"""A "they" that marries or has a child is a couple, never a parent and her own child: the
couple named before them is meant. Every sentence is written for the test."""

from __future__ import annotations

from genogram import read
from genogram.model import Family
from tests.read.test_reader import parents_of, person

_STORY = ("Bertram met Petra at the fair. Petra and her son Wilfred moved into the farmhouse "
          "that spring. They were married in 1994.")


def _couples(fam: Family) -> set[frozenset]:
    return {frozenset(u.partners) for u in fam.unions}


def test_they_who_marry_are_not_a_mother_and_her_son() -> None:
    fam = read(_STORY)
    petra, wilfred = person(fam, "Petra"), person(fam, "Wilfred")
    assert frozenset((petra.id, wilfred.id)) not in _couples(fam)
    assert frozenset((person(fam, "Bertram").id, petra.id)) in _couples(fam)


def test_the_wedding_is_the_couples_not_the_mother_and_sons() -> None:
    fam = read(_STORY)
    wilfred = person(fam, "Wilfred")
    weddings = [e for e in fam.events if e.type == "marriage"]
    assert weddings and not any(wilfred.id in e.people for e in weddings)


def test_they_who_have_a_child_are_not_a_mother_and_her_son() -> None:
    fam = read("Bertram met Petra at the fair. Petra and her son Wilfred moved into the "
               "farmhouse that spring. They had a daughter in 1996.")
    petra, wilfred = person(fam, "Petra"), person(fam, "Wilfred")
    assert frozenset((petra.id, wilfred.id)) not in _couples(fam)


def test_they_who_marry_are_the_suitor_and_the_woman_he_courted() -> None:
    fam = read("Bertram courted Petra for a year. Petra and her son Wilfred came to live with "
               "him. They got married in June.")
    petra, wilfred = person(fam, "Petra"), person(fam, "Wilfred")
    assert frozenset((petra.id, wilfred.id)) not in _couples(fam)
    assert frozenset((person(fam, "Bertram").id, petra.id)) in _couples(fam)


def test_a_woman_and_her_son_brought_home_do_not_marry_each_other() -> None:
    # (bringing someone home makes no couple by itself: a son brings a girlfriend home to meet
    # his father, so "they" here finds no couple rather than the mother and her son)
    fam = read("My father, Bertram, brought home a woman named Petra and her son, Wilfred. "
               "They married that August.")
    petra, wilfred = person(fam, "Petra"), person(fam, "Wilfred")
    assert frozenset((petra.id, wilfred.id)) not in _couples(fam)


def test_they_who_marry_with_no_couple_before_make_no_union() -> None:
    fam = read("Petra and her son Wilfred came to live with Bertram. They got married in June.")
    petra, wilfred = person(fam, "Petra"), person(fam, "Wilfred")
    assert frozenset((petra.id, wilfred.id)) not in _couples(fam)


def test_an_indefinite_description_does_not_part_a_married_couple() -> None:
    # "a girl" set off after the bride describes her; it makes no one her husband's daughter
    fam = read("In 1950 Bertram married Petra Vantrell, a girl he knew at school. Their son "
               "Wilfred was born in 1952.")
    assert parents_of(fam, person(fam, "Wilfred").id) == {
        person(fam, "Bertram").id, person(fam, "Petra Vantrell").id}


def test_a_couple_named_together_still_marries() -> None:
    fam = read("Petra and Bertram met at the fair. They were married in 1994.")
    assert frozenset((person(fam, "Petra").id, person(fam, "Bertram").id)) in _couples(fam)
