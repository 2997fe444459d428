"""Cue words that must end at a word boundary: a longer word or a name that merely starts like
the cue ("nowhere" like "now", "Dates" like "Date:") is not the cue (invented stories)."""

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
