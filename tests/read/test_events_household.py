"""A move said of a household as a whole ("the family", "we", "with his wife and the children")
takes every member the story has placed in it."""

from __future__ import annotations

import pytest

from genogram import read
from genogram.model import Family

_FAMILY = "Ivo married Agnes in 1940. They had three children, Tilde, Oswin and Hugo. "


def moves(fam: Family) -> list[set[str]]:
    by_id = {p.id: p.label for p in fam.people}
    return [{by_id[i] for i in e.people} for e in fam.events if e.type == "move"]


@pytest.mark.parametrize("told", [
    "In 1952 the family emigrated to Chile.",
    "In 1952 the whole family moved to Bergen.",
    "In 1952 Ivo sailed for Chile with his wife and their four children.",
    "In 1952 Ivo moved to Bergen with his family.",
])
def test_household_moves_with_its_members(told: str) -> None:
    assert moves(read(_FAMILY + told)) == [{"Ivo", "Agnes", "Tilde", "Oswin", "Hugo"}]


def test_children_named_after_the_move_are_not_in_it() -> None:
    fam = read("Ivo married Agnes in 1940. In 1952 the family emigrated to Chile. "
               "They had a son, Hugo, in 1955.")
    assert moves(fam) == [{"Ivo", "Agnes"}]


def test_a_family_not_theirs_is_no_move_of_theirs() -> None:
    fam = read("Ivo married Agnes in 1940. In 1952 a family moved in next door.")
    assert moves(fam) == []


def test_we_of_a_narrator_with_partner_and_children() -> None:
    fam = read("My husband Ivo and I have two sons, Oswin and Hugo. In 2010 we moved to Bergen.")
    assert len(moves(fam)) == 1
    assert {"Ivo", "Oswin", "Hugo"} <= moves(fam)[0]


def test_we_of_a_child_narrator_without_the_dead_parent_with_the_host() -> None:
    fam = read("I grew up with my parents, Ivo and Agnes, and my brother Hugo. In 2010 Ivo died, "
               "and we moved into Uncle Nils's flat.")
    got = moves(fam)
    assert len(got) == 1
    assert {"Agnes", "Hugo", "Nils"} <= got[0] and "Ivo" not in got[0]


def test_a_dated_move_with_a_wife_is_a_move_not_moving_in() -> None:
    fam = read("Ivo married Agnes in 1940. In 1952 Ivo moved to Bergen with his wife.")
    assert moves(fam) == [{"Ivo", "Agnes"}]
    assert not [e for e in fam.events if e.type == "cohabitation"]
