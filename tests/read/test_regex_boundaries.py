"""Cue words that must end at a word boundary: a longer word or a name that merely starts like
the cue ("nowhere" like "now", "Dates" like "Date:") is not the cue; and a name slot of a
case-insensitive pattern that still wants a capital (invented stories)."""

from __future__ import annotations

import pytest

from genogram.model import Family
from genogram.read.engine import read_text


def marriage_year(fam: Family) -> int | None:
    hits = [e for e in fam.events if e.type == "marriage"]
    assert len(hits) == 1, [(e.type, e.summary) for e in fam.events]
    return hits[0].when.year if hits[0].when else None


@pytest.mark.parametrize("past", ["was nowhere to be found", "went nowhere that summer"])
def test_nowhere_does_not_make_a_sentence_present(past: str) -> None:
    # the latest year is told in the past, so the story gives no telling year to count back from
    fam = read_text(f"In 2001 my brother Oswin {past}. Ten years ago he married Ulrike Quarles.")
    assert marriage_year(fam) is None


def test_now_still_makes_a_sentence_present() -> None:
    fam = read_text("In 2001 my brother Oswin is now a baker. Ten years ago he married Ulrike "
                    "Quarles.")
    assert marriage_year(fam) == 1991


@pytest.mark.parametrize("line", ["Dates were scarce in the village in 1962.",
                                  "Datebooks from 1962 were lost in a flood."])
def test_a_line_starting_like_date_is_no_date_line(line: str) -> None:
    fam = read_text(f"{line}\nMy uncle Oswin Pellam married Ulrike Quarles ten years ago.")
    assert marriage_year(fam) is None


def test_a_date_line_still_gives_the_telling_year() -> None:
    fam = read_text("Date: 1962\nMy uncle Oswin Pellam married Ulrike Quarles ten years ago.")
    assert marriage_year(fam) == 1952


# The forum-update patterns read their cue words in any case ("UPDATE", "Edit"), but a name they
# take must still be capitalised: a lowercase word there is no new writer's name.

_POST = "My husband and I have two kids. His mother Corvina keeps criticising me.\n\n"


def narrators(fam: Family) -> list[str]:
    return [p.label for p in fam.people if p.narrator]


def test_this_is_and_a_lowercase_word_in_an_update_is_no_new_writer() -> None:
    fam = read_text(_POST + "EDIT: Thanks for all the replies. This is hard for me. My husband "
                            "finally talked to his mother.")
    assert narrators(fam) == ["p1"]


@pytest.mark.parametrize("update", ["UPDATE: it's the husband, finally writing.",
                                    "UPDATE from my husband (finally):"])
def test_a_lowercase_word_after_the_update_writers_kin_is_no_name(update: str) -> None:
    fam = read_text(_POST + update + " My mother Corvina has apologised to my wife.")
    assert "finally" not in [p.label for p in fam.people]


def test_a_capitalised_name_after_the_update_writers_kin_still_names_them() -> None:
    fam = read_text(_POST + "UPDATE: it's the husband, Oswin. My mother Corvina has apologised "
                            "to my wife.")
    assert "Oswin" in narrators(fam)
