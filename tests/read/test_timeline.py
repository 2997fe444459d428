"""Time expressions: found in text, resolved to years with their precision; the telling year."""

from __future__ import annotations

import pytest

from genogram.read.timeline import (
    age_tag,
    find_times,
    number,
    resolve_year,
    telling_year,
)


def one(text: str):
    found = find_times(text)
    assert len(found) == 1, found
    e = found[0]
    assert text[e.start:e.end] == e.text
    return e


@pytest.mark.parametrize(("text", "year", "approximate"), [
    ("In 1967 they moved.", 1967, False),
    ("It happened in June 2019.", 2019, False),
    ("Date: 02/06/2024.", 2024, False),
    ("the spring of 1946", 1946, False),
    ("on March 3, 1999", 1999, False),
    ("1952", 1952, False),
    ("m. 2007", 2007, False),
    ("around 1960", 1960, True),
    ("c. 1900", 1900, True),
    ("the late 1970s", 1978, True),
    ("the early 1950s", 1952, True),
])
def test_absolute_years(text: str, year: int, approximate: bool) -> None:
    e = one(text)
    assert resolve_year(e) == (year, approximate)


@pytest.mark.parametrize(("text", "telling", "year", "approximate"), [
    ("about ten years ago", 2024, 2014, True),
    ("ten years ago", 2024, 2014, False),
    ("six months ago", 2024, 2024, True),
    ("five years ago", 2020, 2015, False),
    ("last winter", 2024, 2024, True),
    ("last year", 2024, 2023, False),
    ("this year", 2024, 2024, False),
])
def test_relative_to_the_telling(text: str, telling: int, year: int, approximate: bool) -> None:
    e = one(text)
    assert resolve_year(e, telling=telling) == (year, approximate)
    assert resolve_year(e) == (None, False)  # no telling year: order only


@pytest.mark.parametrize(("text", "year", "approximate"), [
    ("the year after", 1991, False),
    ("two years later", 1992, False),
    ("the following year", 1991, False),
    ("three days later", 1990, True),
    ("the next morning", 1990, False),
    ("by the second year", 1991, False),
    ("decades went by", 2010, True),
    ("that winter", 1990, False),
    ("a few years later", 1993, True),
])
def test_relative_to_the_previous_event(text: str, year: int, approximate: bool) -> None:
    e = one(text)
    assert e.kind == "later"
    assert resolve_year(e, anchor=1990) == (year, approximate)
    assert resolve_year(e) == (None, False)


@pytest.mark.parametrize(("text", "age", "who"), [
    ("when Ruth turned five", 5, "Ruth"),
    ("When Ruth turned five", 5, "Ruth"),   # at the start of a sentence
    ("when I was ten", 10, "I"),
    ("when she was 16", 16, "she"),
    ("at nineteen", 19, None),
    ("aged forty", 40, None),
    ("at the age of 7", 7, None),
    ("from the age of seven", 7, None),
    ("lived to ninety-one", 91, None),
])
def test_ages_anchor_to_a_birth_year(text: str, age: int, who: str | None) -> None:
    e = one(text)
    assert (e.kind, e.age, e.who) == ("age", age, who)
    assert resolve_year(e, birth_year=1980) == (1980 + age, True)
    assert resolve_year(e) == (None, False)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ella (4)", (4, None)),
    ("My (34F) husband", (34, "F")),
    ("Rafe (36M)", (36, "M")),
    ("Kai (M 12)", (12, "M")),
    ("no tag here", None),
])
def test_age_tags(text: str, expected) -> None:
    assert age_tag(text) == expected


@pytest.mark.parametrize("text", [
    "We paid 1500 dollars.", "at 5 pm", "when I was tired", "It cost $2000.", "the 1990s's",
])
def test_not_time_expressions(text: str) -> None:
    assert [e for e in find_times(text) if e.kind in ("date", "age")] == []


@pytest.mark.parametrize(("word", "n"), [
    ("7", 7), ("seven", 7), ("twenty-five", 25), ("forty", 40), ("a", 1), ("a few", 3),
    ("banana", None),
])
def test_number_words(word: str, n: int | None) -> None:
    assert number(word) == n


@pytest.mark.parametrize(("text", "year"), [
    ("Date: 02/06/2024. Clinician: M. H.\nMarried 1990.", 2024),
    ("Dated March 3, 2021\nShe was born in 1950.", 2021),
    ("They married in 1990. In 2019 she is still angry.", 2019),
    ("They married in 1990. In 2019 she took the twins to Valmora.", None),
    ("No years at all here.", None),
])
def test_telling_year(text: str, year: int | None) -> None:
    assert telling_year(text) == year


def test_telling_year_uses_the_parse_tense_when_given() -> None:
    text = "In 2019 she took the boys."
    assert telling_year(text, [(text, True)]) == 2019
    assert telling_year(text, [(text, False)]) is None


def test_expressions_come_in_text_order_without_overlaps() -> None:
    found = find_times("In June 2019, two years later, when I was ten, around 1960.")
    assert [e.kind for e in found] == ["date", "later", "age", "date"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
