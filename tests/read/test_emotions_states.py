"""Links told as a state two people share or a noun of hatred: "are enmeshed", "are locked in a
running argument", "became sworn enemies", "the hatred between them"; a "row" of seats is no
quarrel (invented sentences)."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def _links(fam: Family) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((fam.person(k.a).label, fam.person(k.b).label)), k.type)
            for k in fam.links}


def test_a_coordinated_pair_that_is_enmeshed_is_fused() -> None:
    fam = read("Szabina and her son Ludovit are enmeshed; he lets her pick his shirts.")
    assert (frozenset(("Szabina", "Ludovit")), "fused") in _links(fam)


def test_locked_in_an_argument_is_conflict() -> None:
    fam = read("Szabina and her son Ludovit are locked in an argument about money.")
    assert (frozenset(("Szabina", "Ludovit")), "conflict") in _links(fam)


def test_enemies_and_hatred_are_hostile() -> None:
    fam = read("Vendelin and his brother Kornel became sworn enemies after the sale.")
    assert (frozenset(("Vendelin", "Kornel")), "hostile") in _links(fam)
    fam = read("The hatred between Vendelin and his brother Kornel was plain to the whole town.")
    assert (frozenset(("Vendelin", "Kornel")), "hostile") in _links(fam)


def test_hatred_of_a_thing_and_a_front_row_are_no_links() -> None:
    fam = read("Vendelin showed contempt for the rules. His brother Kornel laughed.")
    assert not fam.links
    fam = read("Szabina took a seat in the third row beside her son Ludovit.")
    assert not fam.links
