"""Reunions that need a search ended, remarriages told through a step-parent word, carers a
plural kin word names later, and object pronouns bound away from a conjoined subject, in
stories made up here."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def events(fam: Family, type_: str) -> list[set[str]]:
    """The labels of the people of each event of one type."""
    labels = {p.id: p.label for p in fam.people}
    return [{labels[p] for p in e.people} for e in fam.events if e.type == type_]


def test_coming_upon_someone_is_no_reunion() -> None:
    for text in ("Fenwick lived with his grandfather Szabel. In March, Grandpa slipped on the "
                 "ice. Fenwick found him.",
                 "My father Wystan left when I was two. When I got home, I found him on the "
                 "porch.",
                 "Dorit has a sister, Wenna. At the wake Dorit found Wenna by the gate."):
        assert not events(read(text), "reunion"), text


def test_a_search_that_ended_is_a_reunion() -> None:
    for text in ("My sister Nomi left home when I was six. When I was twenty, I found her.",
                 "My brother Tavi left when I was small. Years later he found me on the web.",
                 "My father Wystan left when I was two. I searched for years and found him."):
        reunions = events(read(text), "reunion")
        assert reunions and len(reunions[0]) == 2, text


def test_remarriage_partner_is_the_step_parent_named_next() -> None:
    fam = read("My mom Zelinde divorced my dad Gustavo in 1990. She remarried in 1993. My "
               "stepfather, Corvin, is kind.")
    assert {"Zelinde", "Corvin"} in events(fam, "marriage")


def test_a_step_parent_of_the_remarrying_ones_gender_is_not_the_new_spouse() -> None:
    fam = read("My mom Zelinde divorced my dad Gustavo in 1990. He remarried in 1993. My "
               "stepfather, Corvin, is kind.")
    assert not any("Corvin" in ps for ps in events(fam, "marriage"))


def test_the_divorce_after_a_remarriage_is_the_one_told_before() -> None:
    fam = read("Zelinde married Gustavo Kade in 1980. They divorced in 1999. Zelinde moved to "
               "Bexmoor and remarried in 2001; her son calls his stepfather, Corvin, kind. The "
               "boys lived with their dad after the divorce.")
    assert {"Zelinde", "Corvin"} in events(fam, "marriage")
    assert not any("Corvin" in ps for ps in events(fam, "divorce"))


def test_carers_of_a_plural_kin_word_named_in_the_next_sentence() -> None:
    fam = read("Brock was raised by his two grandparents. His grandparents, Gran Wilda and "
               "Pop Elric, took him in during the winter of 1990.")
    assert any({"Brock", "Wilda", "Elric"} <= ps for ps in events(fam, "custody"))


def test_object_pronoun_is_none_of_a_conjoined_subject() -> None:
    fam = read("Brock lost his parents young. Wilda and Elric took him in during the "
               "winter of 1990.")
    assert any({"Brock", "Wilda", "Elric"} <= ps for ps in events(fam, "custody"))


def test_a_notes_dob_field_is_the_birth_of_the_one_named_before_it() -> None:
    fam = read("Client: Quillan Dervish, DOB 05/14/2013, boy, grade five.\n"
               "Reason for referral: trouble sleeping.")
    births = [e for e in fam.events if e.type == "birth"]
    assert [({p.label for p in fam.people if p.id in e.people}, e.when.year) for e in births] \
        == [({"Quillan Dervish"}, 2013)]


def test_a_verbless_placement_line_is_custody_with_its_carers() -> None:
    fam = read("Client: Quillan Dervish, age 11.\n"
               "Home: Client in licensed foster care with Havilah (52) and Thessaly Vayle (55) "
               "since 03/2023; this is his second home.")
    custody = [e for e in fam.events if e.type == "custody"]
    labels = {p.id: p.label for p in fam.people}
    assert any({"Quillan Dervish", "Havilah", "Thessaly Vayle"} <= {labels[p] for p in e.people}
               and e.when.year == 2023 for e in custody)


def test_remarried_to_a_described_person_named_further_on() -> None:
    fam = read("My aunt Zelinde was widowed in 2015. She remarried in 2021 to a gentle baker "
               "named Corvin.")
    assert any("Corvin" in ps and len(ps) == 2 for ps in events(fam, "marriage"))
