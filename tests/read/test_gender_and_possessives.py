"""A gender the text states outweighs the name lexicon's guess; a possessive prefers its own
clause's subject (stories written for the test).

In the gender tests the names are ones the lexicon gives the other gender than the text does.
"""

from __future__ import annotations

from genogram import read
from tests.read.test_reader import parents_of, person, unions


def test_a_kin_apposition_names_the_relative_whatever_the_name_suggests() -> None:
    # the lexicon calls "Percival" a man's name; "his wife, Percival" says she is his wife
    fam = read("Percival drove her son Zebedee to the fair. Quillon and his brother Hieronymus "
               "talked on the phone. Hieronymus took his wife Percival on a cruise.")
    percival, hier = person(fam, "Percival"), person(fam, "Hieronymus")
    assert percival.gender == "female"
    assert frozenset((percival.id, hier.id)) in unions(fam)
    assert percival.id in parents_of(fam, person(fam, "Zebedee").id)


def test_a_pronoun_bound_to_the_name_outweighs_the_name_lexicon() -> None:
    fam = read("Percival loves baking for her son. His name is Zebedee.")
    percival = person(fam, "Percival")
    assert percival.gender == "female"
    assert percival.id in parents_of(fam, person(fam, "Zebedee").id)


def test_a_name_of_the_gender_the_text_states_keeps_it() -> None:
    fam = read("Cordelia's mom, Eudora, has taken up painting.")
    eudora = person(fam, "Eudora")
    assert eudora.gender == "female"
    assert eudora.id in parents_of(fam, person(fam, "Cordelia").id)


def test_a_possessive_in_a_subordinate_clause_binds_to_that_clause_subject() -> None:
    fam = read("Quillon drove his daughter Cordelia to school while his son Zebedee played "
               "chess with his grandfather Hieronymus.")
    # Zebedee's grandfather, so the father of Zebedee's father (no great-grandfather)
    assert person(fam, "Hieronymus").id in parents_of(fam, person(fam, "Quillon").id)


def test_a_possessive_after_an_object_control_verb_is_the_object_s() -> None:
    fam = read("Quillon asked his son Zebedee to phone his grandmother Eudora.")
    assert person(fam, "Eudora").id in parents_of(fam, person(fam, "Quillon").id)



def test_a_bare_kin_noun_joined_to_a_named_relative_shares_the_possessive() -> None:
    fam = read("Harvey drove his daughter Bernice and son Chester to the lake.")
    harvey, bernice, chester = (person(fam, n) for n in ("Harvey", "Bernice", "Chester"))
    assert parents_of(fam, chester.id) == {harvey.id}  # his son, not Bernice's
    assert harvey.id in parents_of(fam, bernice.id)


def test_a_bare_kin_noun_after_a_named_grandparent_is_the_owner_s_sibling() -> None:
    fam = read("Irma brought her grandfather Herbert and sister Wilma to the fair.")
    irma, wilma = person(fam, "Irma"), person(fam, "Wilma")
    assert person(fam, "Herbert").id not in parents_of(fam, wilma.id)  # no great-aunt
    assert parents_of(fam, irma.id) == parents_of(fam, wilma.id)


def test_a_relative_clause_naming_its_own_subject_names_that_relative() -> None:
    fam = read("Louise, whose brother was named Chester, baked bread.")
    louise, chester = person(fam, "Louise"), person(fam, "Chester")
    assert frozenset((louise.id, chester.id)) in {frozenset((x.a, x.b)) for x in fam.siblings}
    assert len(fam.people) == 2  # no unnamed brother beside Chester
