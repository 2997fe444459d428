"""How a couple's status (split, left, separated but not divorced) and a child's kind (adopted,
raised) are read. Every sentence and name is invented for the test."""

from __future__ import annotations

from genogram import read
from genogram.model import Family
from genogram.read.build import Graph, _never_married
from genogram.read.entities import Entities
from genogram.read.verbs import UnionFact, VerbFacts
from tests.read.test_reader import person


def union_of(fam: Family, a: str, b: str) -> tuple[str, str] | None:
    ids = {person(fam, a).id, person(fam, b).id}
    for u in fam.unions:
        if set(u.partners) == ids:
            return u.type, u.status
    return None


def kinds_to(fam: Family, child: str) -> dict[str, str]:
    cid = person(fam, child).id
    return {c.parent: c.kind for c in fam.children if c.child == cid}


def test_a_bare_split_ends_the_couple() -> None:
    fam = read("Dorrit and Emmerich had a daughter, Linnet. They split when Linnet was three.")
    assert union_of(fam, "Dorrit", "Emmerich") == ("marriage", "ended")


def test_splitting_a_thing_is_no_parting() -> None:
    fam = read("Dorrit and Emmerich had a daughter, Linnet. They split the rent.")
    assert union_of(fam, "Dorrit", "Emmerich") == ("marriage", "together")


def test_leaving_with_no_object_parts_a_married_man_from_his_wife() -> None:
    fam = read("Aldo married Nerys in 1960. Aldo left when their son was two.")
    assert union_of(fam, "Aldo", "Nerys") == ("marriage", "separated")


def test_leaving_for_work_is_no_parting() -> None:
    fam = read("Aldo married Nerys in 1960. Every morning Aldo left for work at dawn.")
    assert union_of(fam, "Aldo", "Nerys") == ("marriage", "together")


def test_a_father_who_left_is_separated_from_the_mother_the_graph_gives_him() -> None:
    fam = read("Ilva grew up in a flat above a bakery. Her mother Ottavia raised her alone after "
               "her father left when Ilva was three.")
    ottavia = person(fam, "Ottavia").id
    statuses = [u.status for u in fam.unions if ottavia in u.partners]
    assert statuses == ["separated"]


def test_abbreviated_grandparents_separated_but_never_divorced() -> None:
    fam = read("IP: Wendel Vesk, 9 y/o male.\n"
               "Paternal family: PGM Orla Vesk (61) visits on Sundays. PGF Brendt Vesk (64), "
               "not in contact w/ family since 2016; PGF and PGM separated in 2010 but never "
               "divorced.")
    assert [u.status for u in fam.unions] == ["separated"]


def test_we_adopted_our_son_makes_both_spouses_adoptive_parents() -> None:
    fam = read("I am a nurse and I work nights. My wife Petra is a baker. We adopted our son "
               "Ravel as a newborn in 2009. I still remember the drive home.")
    kinds = kinds_to(fam, "Ravel")
    assert sorted(kinds.values()) == ["adoptive", "adoptive"]
    assert person(fam, "Petra").id in kinds


def test_a_grandmother_who_raised_us_is_the_narrators_caregiver() -> None:
    fam = read("I was born in a small town and I grew up with my brother Tobin. I loved it "
               "there. We called our grandmother Nonie, and she raised us from the day we were "
               "born.")
    narrator = next(p for p in fam.people if p.narrator)
    nonie = person(fam, "Nonie").id
    assert any(c.parent == nonie and c.child == narrator.id and c.kind == "caregiver"
               for c in fam.children)


def test_a_couple_made_only_by_a_parting_does_not_block_never_married() -> None:
    ents = Entities()
    a, b = ents.new(), ents.new()
    g = Graph()
    g.add_union(a, b, "marriage", "ended", [])
    vf = VerbFacts(unions=[UnionFact(a, b, status="ended", by_parting=True)],
                   unmarried={frozenset((a, b))})
    _never_married(g, ents, vf)
    assert g.unions[frozenset((a, b))]["type"] == "dating"


def test_a_told_wedding_still_outweighs_never_married() -> None:
    ents = Entities()
    a, b = ents.new(), ents.new()
    g = Graph()
    g.add_union(a, b, "marriage", "together", [])
    vf = VerbFacts(unions=[UnionFact(a, b)], unmarried={frozenset((a, b))})
    _never_married(g, ents, vf)
    assert g.unions[frozenset((a, b))]["type"] == "marriage"


def test_a_coordinated_subject_read_as_one_person_does_not_part_the_current_couple() -> None:
    # "her mother" here names an earlier partner; whoever the reader takes her for, the split
    # is not the narrator's marriage on record
    fam = read("I am a baker and I married Nerys in 2010. I love her. My daughter Hedy is from "
               "my first marriage; her mother and I split up in 2004.")
    nerys = person(fam, "Nerys").id
    assert [u.status for u in fam.unions if nerys in u.partners] == ["together"]
