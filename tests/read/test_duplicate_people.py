"""A person told twice in two roles is one person (stories written for the test)."""

from __future__ import annotations

from genogram import read
from tests.read.test_reader import parents_of, person


def test_a_parents_mother_is_the_childs_one_known_grandmother() -> None:
    fam = read("My husband Quillon grew up with his grandmother. His mom, Gwendolyn, had him "
               "at seventeen. Gwendolyn says he is stealing her mother.")
    assert len(fam.people) == 4  # narrator, Quillon, Gwendolyn, the grandmother
    gwen = person(fam, "Gwendolyn")
    granny = next(p for p in fam.people if "his grandmother" in p.descriptions)
    assert "her mother" in granny.descriptions
    assert granny.id in parents_of(fam, gwen.id)


def test_a_grandmother_on_the_fathers_side_is_not_the_mothers_mother() -> None:
    fam = read("Quillon was raised by his paternal grandmother. His mom, Gwendolyn, had him "
               "at seventeen. Gwendolyn says he is stealing her mother.")
    granny = next(p for p in fam.people if "his paternal grandmother" in p.descriptions)
    assert "her mother" not in granny.descriptions


def test_a_father_the_copula_denies_is_not_the_known_grandfather() -> None:
    fam = read("Gwendolyn is Quillon's mother. Quillon was raised by his grandfather, Fenwick. "
               "Fenwick is not Gwendolyn's father. Gwendolyn's real father died young.")
    fenwick = person(fam, "Fenwick")
    assert not any("father" in d for d in fenwick.descriptions if d != "his grandfather")
