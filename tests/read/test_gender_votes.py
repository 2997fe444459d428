"""Where a person's gender comes from when the text says little: a lowercase kin word fused onto
a name, and the name lexicon read by its own defaults (names written family name first,
compound given names). Stories and names invented for the test."""

from __future__ import annotations

from genogram import read
from genogram.read.names import full_name_gender
from tests.read.test_reader import person


def test_a_kin_word_fused_onto_a_name_in_a_list_states_the_gender() -> None:
    # no possessor, so "half-sister" makes no kin mention of its own; the lexicon calls
    # Zebedee a man's name, yet the kin word says she is a sister
    fam = read("Household: the boy lives with stepfather Fenwick Cosgrove (40) and "
               "half-sister Zebedee Cosgrove (3).")
    assert person(fam, "Zebedee Cosgrove").gender == "female"
    assert person(fam, "Fenwick Cosgrove").gender == "male"


def test_a_name_written_family_name_first_is_read_by_its_given_names() -> None:
    # the family name is unknown to the lexicon; the middle name marks the gender
    assert full_name_gender("Quach Văn Tranh") == "male"
    assert full_name_gender("Quach Thị Hồng") == "female"


def test_a_compound_given_name_is_read_by_its_first_element() -> None:
    assert full_name_gender("Quach Kwok-Ming") == "male"
    # a hyphenated nickname whose parts are not names says nothing
    assert full_name_gender("Tilly-Bug") is None


def test_an_ambiguous_first_given_name_decides_and_says_nothing() -> None:
    # "Oriel" is a known, mixed name: the surname after it is never consulted
    assert full_name_gender("Oriel Ludovica") is None


def test_a_family_name_first_person_gets_the_given_name_gender_in_a_story() -> None:
    fam = read("Quach Văn Tranh opened a noodle stall in 1961. Quach Văn Tranh sold it in "
               "1990 to a cousin.")
    assert person(fam, "Quach Văn Tranh").gender == "male"


def test_a_narrator_who_says_i_am_the_boy_is_male() -> None:
    fam = read("My grandparents kept geese behind the mill. Every spring they hired a boy to "
               "feed them.\nI am the boy they hired, and I fed those geese for six springs.")
    me = [p for p in fam.people if p.narrator]
    assert len(me) == 1 and me[0].gender == "male"


def test_a_named_relative_said_to_be_a_nickname_already_met_is_one_person() -> None:
    fam = read("I was the only girl until Sunny came along. My little sister Wilhelmina is Sunny, "
               "since she was born smiling. Sunny still collects frogs.")
    sunny = person(fam, "Sunny")
    assert sunny is person(fam, "Wilhelmina")
    assert sunny.gender == "female"


def test_a_sentence_opening_possessive_pronoun_is_no_person() -> None:
    fam = read("My brother Corwin and I grew up in Vermont. Mine and Corwin's father lives in "
               "Maine with his new wife.")
    assert not [p for p in fam.people if p.name == "Mine"]
