"""A couples note: the pair on its "Present:" line is the "they" no other pair claims, and
"their daughter" is never the child of a couple the note says had no children. Notes written
for these tests."""

from __future__ import annotations

from genogram.read.engine import read_text
from tests.read.test_kin_phrase_shapes import relation

NOTE = (
    "Couples Assessment - Second Session\n"
    "Clinician: D. Quill. Date: 10/02/2024. Present: Sven Ostby (52) and Vigdis Ostby (49).\n"
    "Presenting concern. Vigdis found out that Sven had an affair. Sven has slept in the "
    "basement since June. Vigdis is not sure.\n"
    "Relationship history. They met in 1996 in Tromsdal, where Vigdis was at nursing school, "
    "and married in 1998. Sven was married at 20 to Inga Dunmore; they divorced in 1995 after "
    "three years, no children.\n"
    "Children. Their daughter Solbjorg (24) is a teacher.\n"
)


def test_the_present_line_couple_is_they_far_from_their_names() -> None:
    fam = read_text(NOTE)
    assert relation(fam, "Sven Ostby", "Vigdis Ostby") == "wife"


def test_their_daughter_is_not_the_child_of_a_childless_couple() -> None:
    fam = read_text(NOTE)
    assert relation(fam, "Solbjorg", "Vigdis Ostby") == "mother"
    assert relation(fam, "Solbjorg", "Inga Dunmore") != "mother"
