"""Warmth and disapproval between kin, on small stories written for these tests: "loved his
half-sister", "fond of", "bonded with", "leaned on"; "married her over his mother's
objections", "disapproved of her husband"."""

from __future__ import annotations

import pytest

from genogram import read
from genogram.model import Family


def links(fam: Family) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((fam.person(x.a).label, fam.person(x.b).label)), x.type)
            for x in fam.links}


@pytest.mark.parametrize(("story", "a", "b"), [
    ("Radek loved his half-sister Solvig and could not stand his stepbrother Lev.", "Radek",
     "Solvig"),
    ("Wilma is very fond of her grandson Hugo.", "Wilma", "Hugo"),
    ("Anna is affectionate with her half-sister Idony.", "Anna", "Idony"),
    ("Ivo was fiercely protective of his little sister Jana.", "Ivo", "Jana"),
    ("Kurt and his cousin Lars bonded over fishing.", "Kurt", "Lars"),
    ("Elin leaned on her aunt Lisel after the funeral.", "Elin", "Lisel"),
])
def test_warmth_between_kin_is_close(story: str, a: str, b: str) -> None:
    assert (frozenset((a, b)), "close") in links(read(story))


def test_love_between_partners_is_the_union_not_a_link() -> None:
    fam = read("Brunhild married Hal in 1950. She loved him all her life.")
    assert not fam.links


def test_love_for_someone_of_no_stated_kin_is_not_read_as_a_bond() -> None:
    # (as likely a romance as a family bond)
    assert not read("Ottar loved Brunhild from the day they met.").links


def test_love_that_is_only_wished_is_no_link() -> None:
    assert not read("Radek wished he could love his stepbrother Lev.").links


@pytest.mark.parametrize("story", [
    "In 1950 Hal married Jorvik over his mother's objections.",
    "Kay's father disapproved of her husband Lou.",
])
def test_disapproval_is_conflict(story: str) -> None:
    assert any(t == "conflict" for _p, t in links(read(story)))


def test_objections_to_a_marriage_set_the_objector_against_the_spouse() -> None:
    fam = read("In 1950 Hal married Jorvik over his mother's objections.")
    assert (frozenset(("his mother", "Jorvik")), "conflict") in links(fam)


def test_stopped_talking_to_us_is_a_cutoff_with_the_teller() -> None:
    fam = read("My husband Ottokar and I married in May. His mom has stopped talking to us.")
    assert any(t == "cutoff" and "his mom" in p for p, t in links(fam))


@pytest.mark.parametrize("story", [
    "After the funeral Lena and her brother Pavel did not exchange one word.",
    "After the funeral Lena and her brother Pavel did not exchange a single letter.",
])
def test_no_word_or_letter_exchanged_is_a_cutoff(story: str) -> None:
    assert (frozenset(("Lena", "Pavel")), "cutoff") in links(read(story))


@pytest.mark.parametrize("line", [
    "Father: Jiri Hola, a welder in Brno; not involved since the client was a baby. Parents "
    "separated 2017.",
    "Father: Jiri Hola; whereabouts unknown.",
])
def test_a_note_says_a_parent_is_not_involved(line: str) -> None:
    fam = read(f"Client: Kazimir Wick (9M).\n{line}\nMother: Dana Wick (30).\n")
    assert (frozenset(("Kazimir Wick", "Jiri Hola")), "cutoff") in links(fam)
