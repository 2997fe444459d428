"""Neglect told by what a dependant was left without, and a home shared or rented in part
(sentences written for the test)."""

from __future__ import annotations

from genogram import read


def _links(fam, type_: str) -> set[frozenset[str]]:
    names = {p.id: p.label for p in fam.people}
    return {frozenset((names[lk.a], names[lk.b])) for lk in fam.links if lk.type == type_}


def test_leaving_a_dependant_unfed_is_neglect() -> None:
    fam = read("Roderick left his frail father, Hartwig, unwashed and hungry through March as "
               "he went drinking in town.")
    assert frozenset({"Roderick", "Hartwig"}) in _links(fam, "neglect")


def test_never_feeding_ones_child_is_neglect_but_feeding_is_not() -> None:
    fam = read("Edwin never fed his son Bo a proper meal after the divorce.")
    assert frozenset({"Edwin", "Bo"}) in _links(fam, "neglect")
    fam = read("Edwin fed his son Bo every morning before school.")
    assert not _links(fam, "neglect")


def test_sharing_or_renting_part_of_a_home_is_one_household() -> None:
    fam = read("Edwin shares a flat with Ursula near the harbour.")
    assert frozenset({"Edwin", "Ursula"}) in _links(fam, "household")
    fam = read("Roderick rents a bedroom in Helga's house during term.")
    assert frozenset({"Roderick", "Helga"}) in _links(fam, "household")
    fam = read("Roderick rents the attic from my aunt Helga.")
    assert any("Roderick" in pair for pair in _links(fam, "household"))


def test_leaving_a_child_for_a_while_is_no_cutoff() -> None:
    fam = read("Ursula left her son with a neighbour for the weekend.")
    assert not _links(fam, "cutoff")
    fam = read("Ursula left her son alone for an hour.")
    assert not _links(fam, "cutoff")
    fam = read("Ursula left the boy, her son, at three and was not seen again.")
    assert _links(fam, "cutoff")
