"""Adoptive and birth family in one story: who is whose parent, and who is no couple. Every
sentence is written for the test."""

from __future__ import annotations

from genogram import read
from tests.read.test_reader import parents_of, person


def test_birth_mother_half_brothers_and_adoptive_parents() -> None:
    fam = read("My wife and I adopted Lise at birth. Lise's birth mom Eirlys sends letters. Eirlys "
               "has two sons, Rhun and Ifor, so Lise has two half-brothers.")
    lise, eirlys = person(fam, "Lise"), person(fam, "Eirlys")
    narrator = next(p for p in fam.people if p.narrator)
    kinds = {(c.parent, c.child): c.kind for c in fam.children}
    assert kinds[(eirlys.id, lise.id)] == "biological"
    assert kinds[(narrator.id, lise.id)] == "adoptive"
    # the birth mother and an adoptive parent share a child but are no couple
    assert all(eirlys.id not in u.partners for u in fam.unions)
    # "two half-brothers" are the two sons already named, not two new people
    assert len(fam.people) == 6
    sibs = {frozenset((s.a, s.b)) for s in fam.siblings}
    assert frozenset((lise.id, person(fam, "Rhun").id)) in sibs


def test_a_plain_kin_word_finds_the_adopted_child() -> None:
    fam = read("My adopted daughter is seventeen. Our daughter Lise was born in 2008.")
    assert len(fam.people) == 2
    narrator = next(p for p in fam.people if p.narrator)
    assert parents_of(fam, person(fam, "Lise").id) == {narrator.id}


def test_a_birth_mom_is_never_the_adoptive_narrator() -> None:
    fam = read("I adopted my daughter Lise at birth. Lise wanted to find her birth mom. Her name "
               "is Eirlys.")
    narrator = next(p for p in fam.people if p.narrator)
    assert person(fam, "Eirlys").id != narrator.id
    assert person(fam, "Eirlys").id in parents_of(fam, person(fam, "Lise").id)
