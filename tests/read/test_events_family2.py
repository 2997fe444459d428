"""Custody, reunions, moves, illnesses and births told only as a time, in stories made up here."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def events(fam: Family, type_: str) -> list[set[str]]:
    """The labels of the people of each event of one type."""
    labels = {p.id: p.label for p in fam.people}
    return [{labels[p] for p in e.people} for e in fam.events if e.type == type_]


def test_we_fostered_him_is_the_narrator_couples_custody() -> None:
    fam = read("My wife Greta and I have been married for ten years. Our son Milo came to us "
               "through foster care when he was two. We fostered him for a year and the adoption "
               "was finalized last spring.")
    assert any({"Greta", "Milo"} <= ps for ps in events(fam, "custody"))


def test_placed_with_an_aunt_is_custody() -> None:
    fam = read("Siblings: Maternal half-brother, Rafael (5), placed with his paternal aunt in "
               "Tulvane; the aunt visits at holidays.")
    assert any("Rafael" in ps and len(ps) == 2 for ps in events(fam, "custody"))


def test_brought_a_child_to_his_mother_is_custody() -> None:
    fam = read("Nikos Dimas had a daughter, Eleni. When Eleni turned three, her mother left, and "
               "Nikos brought Eleni to his mother, Sofia.")
    assert any({"Eleni", "Sofia"} <= ps for ps in events(fam, "custody"))


def test_did_not_meet_until_is_a_first_meeting() -> None:
    fam = read("Tomas and his half-sister Ines did not meet until 2004, at their father's funeral.")
    assert any({"Tomas", "Ines"} <= ps for ps in events(fam, "reunion"))


def test_never_met_is_no_reunion() -> None:
    fam = read("Tomas has a half-sister, Ines. Tomas never met Ines.")
    assert events(fam, "reunion") == []


def test_followed_him_to_a_city_is_a_move() -> None:
    fam = read("Filipa Nunes married Bento Cruz in 1950 and followed him to Lisbon, where he "
               "worked as a clerk.")
    assert any({"Filipa Nunes", "Bento Cruz"} <= ps for ps in events(fam, "move"))


def test_whose_parents_had_come_from_is_no_move_of_the_head() -> None:
    fam = read("Dora married Aldo Pires, whose parents had come from Angola, in 1990.")
    assert events(fam, "move") == []


def test_born_as_a_time_reference_is_no_birth() -> None:
    fam = read("My grandmother Ruth died before I was born, so there is only her picture.")
    labels = {p.id: p.label for p in fam.people}
    births = [e for e in fam.events if e.type == "birth"]
    assert births == [] or all(labels[e.people[0]] == "Ruth" for e in births) is False
    assert all(e.type != "birth" for e in fam.events)


def test_sick_for_years_and_is_dying_are_illness_not_death() -> None:
    fam = read("My mother Ada was sick for six years. My uncle Ben is dying now.")
    ill = events(fam, "illness")
    assert any("Ada" in ps for ps in ill) and any("Ben" in ps for ps in ill)
    assert not any("Ben" in ps for ps in events(fam, "death"))


def test_history_of_a_disorder_is_an_illness_of_the_subject() -> None:
    fam = read("Rhonda Vale (33) has a long history of alcohol use disorder and is in "
               "treatment.")
    assert any("Rhonda Vale" in ps for ps in events(fam, "illness"))


def test_moved_out_without_a_known_partner_is_a_move() -> None:
    fam = read("Uncle Tobias lives at a friend's flat now. Tobias moved out in March.")
    assert events(fam, "move") != [] and events(fam, "separation") == []


def test_twins_are_one_birth_with_both_children() -> None:
    fam = read("In 1920 Rosa Lind had twins, Ada and Bea, in the winter. Three years later came "
               "the twins Carl and Dan.")
    births = events(fam, "birth")
    assert {"Ada", "Bea"} in births or any({"Ada", "Bea"} <= ps for ps in births)
    assert any({"Carl", "Dan"} <= ps for ps in births)


def test_brought_to_as_a_dative_and_passed_alone() -> None:
    fam = read("Pavel Novak had a daughter, Lida. After his wife left, Pavel brought Lida to his "
               "sister Hana. Hana passed in 2011.")
    assert any({"Lida", "Hana"} <= ps for ps in events(fam, "custody"))
    assert any("Hana" in ps for ps in events(fam, "death"))


def test_passed_the_test_is_no_death() -> None:
    fam = read("Hana Novak passed the exam in 2011.")
    assert events(fam, "death") == []


def test_a_child_conceived_via_ivf_is_born() -> None:
    fam = read("Clients: Mira Soodra (38F) and Tara Soodra (41F). Son: Ravi (4M), conceived via "
               "donor IVF and carried by Mira.")
    assert any("Ravi" in ps for ps in events(fam, "birth"))
    assert events(fam, "pregnancy") == []
