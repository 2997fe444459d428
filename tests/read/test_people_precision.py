"""Who is a person of the family model and who is one person twice (stories written for the test):
counted groups the text never tells of one by one, places and headings, and restatements."""

from __future__ import annotations

from genogram.read.engine import read_text
from tests.read.test_reader import person


def unnamed(fam, word: str) -> list:
    return [p for p in fam.people if not p.name and word in " ".join(p.descriptions)]


def test_a_counted_group_told_of_only_as_a_group_is_no_people() -> None:
    fam = read_text("Velda lives in Harrowgate with her husband and my two cousins, whom I "
                    "have never met. Velda phones me every week.")
    assert not unnamed(fam, "cousins")
    fam = read_text("Her husband walked out in 1990, and Velda raised two kids alone on a "
                    "small wage.")
    assert not unnamed(fam, "kids")
    assert person(fam, "Velda")


def test_a_counted_group_with_an_age_for_each_member_stays() -> None:
    fam = read_text("Velda also has two daughters from a prior marriage, ages 9 and 12. "
                    "She works nights.")
    assert len(unnamed(fam, "daughters")) == 2


def test_twins_without_names_stay_two_people() -> None:
    fam = read_text("Velda had twin boys in 1990. She raised them alone.")
    assert len(unnamed(fam, "boys")) == 2
