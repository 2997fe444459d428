"""Links whose one end is a group word ("Parents", "her parents") the reader gives no members:
the parents or children of the people at the other end."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def links(fam: Family) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((fam.person(x.a).label, fam.person(x.b).label)), x.type)
            for x in fam.links}


def test_parents_cut_off_contact_links_each_parent() -> None:
    fam = read("Henrike's parents are Arun and Lata Rao. Parents broke off contact with Henrike in 2015 "
               "when she married Tarjei.")
    got = links(fam)
    assert (frozenset(("Arun", "Henrike")), "cutoff") in got
    assert any(type_ == "cutoff" and "Henrike" in pair and any(n.startswith("Lata") for n in pair)
               for pair, type_ in got)


def test_a_resolved_subject_is_not_replaced_by_a_group() -> None:
    fam = read("Henrike's parents are Arun and Lata Rao. Her brother Norbu cut off contact with Henrike "
               "in 2015.")
    got = links(fam)
    assert (frozenset(("Norbu", "Henrike")), "cutoff") in got
    assert (frozenset(("Arun", "Henrike")), "cutoff") not in got
