"""More link cues, on small stories written for these tests: insults, violence toward someone,
being thrown out, a parent who never called, contact only at holidays."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def links(fam: Family) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((fam.person(x.a).label, fam.person(x.b).label)), x.type)
            for x in fam.links}


def test_calling_someone_a_fool_is_conflict() -> None:
    fam = read("I told my family about the job. My sister Odette called me a fool.")
    assert any(t == "conflict" and "Odette" in p for p, t in links(fam))


def test_violent_toward_someone_is_abuse() -> None:
    fam = read("My grandfather Piet was physically violent toward my grandmother Anna.")
    assert (frozenset(("Piet", "Anna")), "abuse") in links(fam)


def test_kicked_out_by_a_parent_is_cutoff_with_the_owner_of_the_kin_phrase() -> None:
    fam = read("Pia has been dating Tyce for a year. Last week Tyce's dad kicked him out.")
    assert any(t == "cutoff" and "Tyce" in p for p, t in links(fam))
    assert not any("Pia" in p for p, _t in links(fam))


def test_a_reflexive_object_is_no_link() -> None:
    fam = read("Ana's father, Bo, wore himself out on the farm.")
    assert links(fam) == set()


def test_a_father_who_never_called_is_cut_off_from_his_son() -> None:
    fam = read("Dima came to us at nine. His mother had died that winter; his father had gone "
               "to work in Poland three years before and never called.")
    assert any(t == "cutoff" and "Dima" in p for p, t in links(fam))


def test_seeing_someone_only_at_holidays_is_distant() -> None:
    fam = read("Thalia saw her father on holidays, and less each year.")
    assert any(t == "distant" and "Thalia" in p for p, t in links(fam))


def test_an_unresolved_they_after_two_people_stops_speaking() -> None:
    fam = read("Thalia saw her father on holidays, and less each year. They stopped speaking "
               "entirely after he missed her graduation in 2013.")
    assert any(t == "cutoff" and "Thalia" in p for p, t in links(fam))


def test_never_wrote_again_goes_to_the_one_written_to_before() -> None:
    fam = read("Zsofia stayed behind with their mother. She wrote to her brother Mihaly once, in "
               "1957. She never wrote again.")
    assert (frozenset(("Zsofia", "Mihaly")), "cutoff") in links(fam)


def test_sitting_shiva_for_a_living_son_is_cutoff() -> None:
    fam = read("In 1970 Nick married Karin. When his father Bill heard, he tore his lapel and sat "
               "shiva for his son as though he had died.")
    assert (frozenset(("Bill", "Nick")), "cutoff") in links(fam)


def test_a_subject_pronoun_is_not_the_person_it_lives_with() -> None:
    fam = read("Graça married Dennis Cahill in 1974, and they had one son, Brendan, in 1976. "
               "Assunção never married. She lived with Graça and Dennis for forty years.")
    got = links(fam)
    assert (frozenset(("Assunção", "Graça")), "household") in got
    assert (frozenset(("Graça", "Dennis Cahill")), "household") not in got
