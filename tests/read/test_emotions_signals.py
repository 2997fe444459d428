"""Link signals of general English added for issue 5, one invented sentence each: getting
along (well or not), avoiding someone, a person never talked about, a refusal to look at
someone, "close with" in a relative clause, a note's verbless "X and Y very close", and the
threats and one-off moments that must give no link."""

from __future__ import annotations

import pytest

from genogram import read
from tests.read.test_emotions_cues import links


def types_between(text: str, a: str, b: str) -> set[str]:
    return {t for pair, t in links(read(text)) if pair == frozenset((a, b))}


@pytest.mark.parametrize(("text", "a", "b", "type_"), [
    ("My brother Oddmar and my cousin Vemund get along well.", "Oddmar", "Vemund", "close"),
    ("My uncle Oddmar and my aunt Brisca don't get along.", "Oddmar", "Brisca", "conflict"),
    ("My brother Oddmar and my cousin Vemund avoid each other.", "Oddmar", "Vemund", "distant"),
    ("My sister Brisca avoids our uncle Oddmar.", "Brisca", "Oddmar", "distant"),
    ("My father Oddmar never talks about his brother Vemund.", "Oddmar", "Vemund", "cutoff"),
    ("My father Oddmar never spoke of his brother Vemund.", "Oddmar", "Vemund", "cutoff"),
    ("My grandmother Brisca would not look at her son Vemund.", "Brisca", "Vemund", "hostile"),
    ("My grandmother Brisca refused to look at her son Vemund.", "Brisca", "Vemund", "hostile"),
    ("My father's sister, Brisca, whom I am still close with, lives by the sea.", "p1", "Brisca",
     "close"),
    ("Client is Ilse Ferreira (34F). Client and her brother, Vemund, very close.",
     "Ilse Ferreira", "Vemund", "close"),
])
def test_a_general_signal_links_its_pair(text: str, a: str, b: str, type_: str) -> None:
    assert type_ in types_between(text, a, b)


@pytest.mark.parametrize(("text", "a", "b"), [
    # getting along, plainly, is what most people do
    ("My brother Oddmar and my cousin Vemund get along.", "Oddmar", "Vemund"),
    # one glance missed is no snub
    ("My grandmother Brisca didn't look at her son Vemund when he came in.", "Brisca", "Vemund"),
    # a threat under a condition is not a silence that happened
    ("I warned my sister Brisca that if she told our parents, I would never talk to her again.",
     "p1", "Brisca"),
    ("I warned my sister Brisca if she told our parents, I would never talk to her again.",
     "p1", "Brisca"),
    # a name still said: no cutoff
    ("My father Oddmar often talks about his brother Vemund.", "Oddmar", "Vemund"),
])
def test_no_link_without_the_signal(text: str, a: str, b: str) -> None:
    assert types_between(text, a, b) == set()


def test_a_refusal_told_as_fact_is_still_a_cutoff() -> None:
    assert "cutoff" in types_between("My brother Oddmar never spoke to me again.", "Oddmar", "p1")


def test_a_quoted_threat_under_a_condition_is_no_cutoff() -> None:
    text = "My aunt Brisca told me, \u201cIf you marry him, I will never talk to you again.\u201d"
    assert "cutoff" not in types_between(text, "Brisca", "p1")


def test_a_quoted_rejection_without_a_condition_is_still_a_cutoff() -> None:
    text = "My aunt Brisca told me, \u201cI will never talk to you again.\u201d"
    assert "cutoff" in types_between(text, "Brisca", "p1")


@pytest.mark.parametrize(("text", "a", "b", "type_"), [
    # "the closest thing I had to a brother" names a bond with the one who "had" him
    ("My neighbour Halvor lived next door. Halvor was the closest thing I had to a brother.",
     "Halvor", "p1", "close"),
    ("My aunt Ingunn lived in the city. She was the closest thing I had to a mother.",
     "Ingunn", "p1", "close"),
    # a note's abbreviations and role words have no mention of their own, yet name people
    ("Client: Torgeir Lunde, 15M. Mother: Ragnfrid Lunde, 40. Background: MGF drank heavily; "
     "client's mother says MGF was often violent toward MGM.", "MGF", "MGM", "abuse"),
    ("Client: Torgeir Lunde, 15M. Home: resides with maternal grandmother (Ingunn Lunde, "
     "66). Mother: Sigrid Lunde, 40. Grandmother notes frequent fights between mother and "
     "IP.", "Torgeir Lunde", "Sigrid Lunde", "conflict"),
])
def test_a_bond_named_by_a_phrase_or_a_note(text: str, a: str, b: str, type_: str) -> None:
    assert type_ in types_between(text, a, b)


def test_hanging_up_on_someone_is_a_fight_not_a_cutoff() -> None:
    assert types_between("My brother Torgeir hung up on our mother twice last month.",
                         "Torgeir", "our mother") == {"conflict"}


def test_not_the_closest_thing_gives_no_bond() -> None:
    text = "My aunt Ingunn lived in the city. She was never the closest thing I had to a mother."
    assert "close" not in types_between(text, "Ingunn", "p1")


@pytest.mark.parametrize(("text", "a", "b", "type_"), [
    # steady contact
    ("My mother Sigrid has one brother, Halvor, in Bergen, and they speak weekly.", "Sigrid",
     "Halvor", "close"),
    # an ally in the family's quarrels
    ("My grandmother Sigrid always takes my cousin Halvor's side.", "Sigrid", "Halvor",
     "close"),
    ("My grandmother Sigrid sided with my cousin Halvor.", "Sigrid", "Halvor", "close"),
    # staying away from a wedding no one is named as owning: the couple just married
    ("When my sister Sigrid married Halvor in 1990, our father Torgeir did not attend the "
     "wedding.", "Torgeir", "Sigrid", "distant"),
    ("My father Torgeir married Sigrid in 2001. I did not attend the wedding.", "p1", "Sigrid",
     "distant"),
])
def test_contact_alliance_and_absence(text: str, a: str, b: str, type_: str) -> None:
    assert type_ in types_between(text, a, b)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("My grandmother Sigrid never took my cousin Halvor's side.", "Sigrid", "Halvor"),
    ("My father Torgeir married Sigrid in 2001. I attended the wedding.", "p1", "Sigrid"),
])
def test_no_alliance_or_absence_when_negated_or_present(text: str, a: str, b: str) -> None:
    assert types_between(text, a, b) == set()


def test_a_notes_verdict_parsed_as_its_own_clause_keeps_its_subject() -> None:
    # the parser hangs "supportive" (with "brother" as its subject) on the next line's words
    text = ("Client: Torgeir Lunde, 15M. Parents cut all ties with Torgeir in 2012. Torgeir's "
            "brother, Sigurd (35M), supportive; \"the one person who still phones me on "
            "holidays.\"\nHalvor FOO: mother Ingunn Lunde d. 2020.")
    assert "close" in types_between(text, "Sigurd", "Torgeir Lunde")


def test_a_note_whose_reporting_verb_was_tagged_a_noun_still_has_its_teller() -> None:
    # "Client states" read as a noun phrase; a call with a purpose ("to make sure he has
    # slept") is contact, not a name given ("calls her Nana Ingunn")
    text = ("Client: Sigrid Lunde, 34, female. Client says her father, Halvor Lunde (63), "
            "started gambling again in March. Client states she is \"done with all that,\" "
            "but keeps calling him each night to make sure he has slept.")
    assert "close" in types_between(text, "Sigrid Lunde", "Halvor Lunde")


def test_calling_someone_by_a_name_is_not_contact() -> None:
    fam = read("My niece Sigrid calls her grandmother Nana Ingunn every night.")
    assert {fam.person(p.id).label for p in fam.people} >= {"Sigrid", "Ingunn"}
    assert not fam.links
