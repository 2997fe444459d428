"""Events of round two: a widowing without a known spouse, a death with the illness as the
agent, a marriage the parse took for an adjective, and a note's verbless union lines about the
couple the note is about. Every story here is made up."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def events_of(fam: Family, type_: str) -> list[set[str]]:
    labels = {p.id: p.label for p in fam.people}
    return [{labels[p] for p in e.people} for e in fam.events if e.type == type_]


def test_widowed_without_a_known_spouse_tells_no_death() -> None:
    fam = read("Yara was widowed in 1950. She ran the farm alone.")
    assert events_of(fam, "death") == []


def test_widowed_with_a_known_spouse_is_his_death() -> None:
    fam = read("Yara married Ivo in 1940. Yara was widowed in 1950.")
    assert any("Ivo" in ps for ps in events_of(fam, "death"))


def test_an_illness_that_took_someone_is_a_death() -> None:
    fam = read("The flu claimed Ivo in 1918.")
    assert events_of(fam, "death") == [{"Ivo"}]
    fam = read("A stroke killed Ivo in 1990.")
    assert events_of(fam, "death") == [{"Ivo"}]


def test_a_thing_taken_is_no_death() -> None:
    fam = read("Cancer took everything from Ivo in 1990.")
    assert events_of(fam, "death") == []


def test_married_misparsed_as_an_adjective_keeps_the_pronoun_subject() -> None:
    fam = read("Karl grew up in Leeds. He quit school at fifteen, trained as a "
                         "teacher in York, and married Wenna Lind, a nurse, in 1936.")
    assert any({"Karl", "Wenna Lind"} <= ps for ps in events_of(fam, "marriage"))


def test_parents_line_dates_go_to_the_patients_parents() -> None:
    fam = read("Client: Tilde Vane (15). Mother: Orla Vane (44). Father: Karl Vane (46).\n"
                         "Parents: Married 2005, divorced 2019 after the father's affair with a "
                         "coworker, Jessa Dovel.")
    assert {"Orla Vane", "Karl Vane"} in events_of(fam, "marriage")
    assert events_of(fam, "divorce") == [{"Orla Vane", "Karl Vane"}]


def test_a_couple_line_without_subject_is_about_the_note_couple() -> None:
    fam = read("Present: Karl Vane (51), his wife Orla Vane (44), and Orla's daughter "
                         "Tilde (16), identified patient (IP).\n"
                         "Family structure: Couple married in 2017; second marriage for both.")
    assert events_of(fam, "marriage") == [{"Karl Vane", "Orla Vane"}]


def test_cohabiting_since_is_the_clients_cohabitation() -> None:
    fam = read("Clients: Karl Vane (41) and Orla Vane (39). Married 2016; cohabiting "
                         "since 2012.")
    assert events_of(fam, "cohabitation") == [{"Karl Vane", "Orla Vane"}]


def test_an_illness_took_him_after_a_kin_word_names_him() -> None:
    fam = read("My dad, Ivo, was kind. A stroke took him in 2004.")
    assert {"Ivo"} in events_of(fam, "death")
