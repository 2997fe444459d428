"""Emotional links from the text's own signals, on small stories written for these tests."""

from __future__ import annotations

import pytest

from genogram import read
from genogram.model import Family


def links(fam: Family) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((fam.person(x.a).label, fam.person(x.b).label)), x.type)
            for x in fam.links if x.type != "fictive-kin"}


def pair(a: str, b: str, type_: str) -> tuple[frozenset[str], str]:
    return frozenset((a, b)), type_


@pytest.mark.parametrize(("story", "expected"), [
    ("My father, Karl, walked out when I was three. I have had no contact with him since.",
     pair("Karl", "p1", "cutoff")),
    ("My brother Tarjei and I haven't spoken in nine years. He stopped calling after our "
     "mother's funeral.", pair("Tarjei", "p1", "cutoff")),
    ("When I told my dad about Pernille, he said, \"You're dead to me.\" I have not seen him since.",
     pair("p1", "my dad", "cutoff")),
    ("My husband Bjarte and his brother Ulrik fought constantly about the farm.",
     pair("Bjarte", "Ulrik", "conflict")),
    ("Ana and her sister Lucia were inseparable as girls.", pair("Ana", "Lucia", "close")),
    ("My mother, Edith, hit my sister Joan when she was small.", pair("Edith", "Joan", "abuse")),
    ("My grandmother Rose raised me after the accident.", pair("Rose", "p1", "close")),
    ("My aunt Beth lives with my grandmother Iris.", pair("Beth", "Iris", "household")),
    ("My mom's best friend, Pam, comes to every birthday.", pair("Pam", "my mom", "friend")),
])
def test_a_signal_between_two_people_gives_its_link(story: str, expected: tuple) -> None:
    assert expected in links(read(story))


@pytest.mark.parametrize("story", [
    "My husband Bjarte never fought with his brother Ulrik.",
    "If Bjarte ever argued with Ulrik, Mom would cry.",
    "My brother Tarjei and I might stop speaking if this goes on.",
    "I thought my aunt Beth adored her sister Clara.",
])
def test_negated_modal_or_believed_clauses_give_no_link(story: str) -> None:
    assert links(read(story)) == set()


def test_kinship_alone_gives_no_warmth() -> None:
    fam = read("My sister Clara and my brother Tarjei live in Vermont. Clara is a nurse.")
    assert links(fam) == set()


def test_link_evidence_is_the_sentence_of_the_signal() -> None:
    text = "We moved in May. Ana and her sister Lucia were inseparable as girls."
    fam = read(text)
    (link,) = [x for x in fam.links if x.type == "close"]
    assert [text[a:b] for a, b in link.evidence] == [
        "Ana and her sister Lucia were inseparable as girls."]


def test_a_parent_living_with_their_child_is_not_a_household_link() -> None:
    fam = read("My son Mattias still lives with me.")
    assert not any(x.type == "household" for x in fam.links)


def test_cutoff_outranks_a_fight_for_the_same_pair() -> None:
    fam = read("My uncle Ed and my father Ramon quarrelled over the will in 1990, and they don't talk.")
    types = {x.type for x in fam.links}
    assert "conflict" not in types or "cutoff" not in types


def test_a_kin_title_given_to_a_non_relative_is_a_fictive_kin_link() -> None:
    fam = read("Across the hall lives Mr. Thibault. I call him Grandpa Otto since he asked "
                         "me to. He isn't my real grandpa.")
    (lk,) = [x for x in fam.links if x.type == "fictive-kin"]
    ends = [fam.person(lk.a), fam.person(lk.b)]
    assert {p.label for p in ends if not p.narrator} == {"Thibault"}
    assert any(p.narrator for p in ends) and lk.evidence


def test_a_real_grandmother_called_grandma_is_no_fictive_kin_link() -> None:
    fam = read("My mother's mother, Iris, lives in Bergen. I call her Grandma Iris.")
    assert not [x for x in fam.links if x.type == "fictive-kin"]
