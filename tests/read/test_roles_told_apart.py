"""People the text tells apart stay apart, and a few idioms name no one (stories written for
the test)."""

from __future__ import annotations

from genogram import read
from tests.read.test_reader import parents_of, person, unions


def _one(fam, desc: str):
    return next(p for p in fam.people if desc.lower() in (x.lower() for x in p.descriptions))


def test_a_half_brothers_mother_named_beside_her_mom_is_not_her_mom() -> None:
    # the plain "a brother" would give Helga his mother too; the sentence that met the two
    # women together says they are two
    fam = read("Helga was ten when her dad began seeing a woman from the bakery and her mom "
               "threw him out. Within a year he and the bakery woman had a son, Roderick. "
               "Helga has a brother now, and she likes him.")
    helga, roderick = person(fam, "Helga"), person(fam, "Roderick")
    mom, other = _one(fam, "her mom"), _one(fam, "a woman")
    assert mom.id != other.id
    assert mom.id in parents_of(fam, helga.id)
    assert other.id in parents_of(fam, roderick.id)


def test_a_title_given_in_a_relative_clause_names_the_stepfather() -> None:
    text = ("Ursula was six when her mother remarried. Her stepdad, who Ursula has called "
            "Pop ever since, taught her to fish. Pop is seventy now.")
    fam = read(text)
    stepdad = _one(fam, "Her stepdad")
    assert [text[s:e] for s, e in stepdad.mentions].count("Pop") == 2
    assert stepdad.age == 70
    assert len(fam.people) == 3  # no father of the teller's besides


def test_a_daddys_girl_is_a_kind_of_child_not_a_father() -> None:
    fam = read("Svanhild is the sort of daddy's girl that still bakes for her father. Her "
               "brother Hartwig was always a mama's boy.")
    assert not any(p.descriptions and p.descriptions[0] in ("daddy", "mama")
                   for p in fam.people)
    assert len(fam.people) == 3  # Svanhild, her father, Hartwig


def test_what_she_had_left_of_him_is_no_parting() -> None:
    fam = read("Gudmunda married Reinhold Aas in 1950. He died at sea in 1961, and the farm "
               "was the last thing she had left of him.")
    u = next(u for u in fam.unions)
    assert u.status == "widowed"


def test_the_original_namesake_is_the_one_met_first() -> None:
    fam = read("Branwen Ellis was born in 1921 in Aberdare. She married Zdravko Petrov in "
               "1945; a daughter, Aglaja, followed. In 1990 Aglaja had a girl and named "
               "her Branwen. The original Branwen died in 1998.")
    elder = person(fam, "Branwen Ellis")
    assert elder.death_year == 1998
    young = next(p for p in fam.people if p.name == "Branwen")
    assert young.death_year is None
    assert unions(fam)


def test_a_couple_met_again_in_the_sentence_before_owns_their_son() -> None:
    # a later couple was named since, but has no children; the two who just died together do
    fam = read("Reinhold Aas married Helga Berg in 1931. Oyelade Cole married Svanhild Dahl in "
               "1933. Their marriage stayed childless. In 1940 Helga died in March, and Reinhold a "
               "week after her, both of fever. Their son, aged nine, moved in with an aunt.")
    son = _one(fam, "Their son")
    assert parents_of(fam, son.id) == {person(fam, "Reinhold Aas").id, person(fam, "Helga Berg").id}


def test_a_person_set_against_another_with_not_is_someone_else() -> None:
    text = ("Gudmunda married a sailor from Bergen. Her son Bo grew up by the harbour. It was "
            "Roderick, not his uncle, who taught Bo to sail.")
    fam = read(text)
    roderick = person(fam, "Roderick")
    assert not any(text[s:e] in ("his uncle", "a sailor") for s, e in roderick.mentions)
    assert roderick.id not in parents_of(fam, person(fam, "Bo").id)
    # and the "who" of the cleft is Roderick's doing, not the father's
    assert any({lk.a, lk.b} == {roderick.id, person(fam, "Bo").id} for lk in fam.links)
