"""Cue words of the analyses that must end at a word boundary: a name or a longer word that
merely starts like the cue is not the cue (invented stories)."""

from __future__ import annotations

import pytest

from genogram.analyze.findings import find_all, with_findings
from genogram.model import Family
from genogram.read.engine import read_text
from tests.analyze.families import at, child, family, link


def story(text: str) -> Family:
    return with_findings(read_text(text), text)


def collisions(fam: Family) -> list[set[str]]:
    return [{fam.person(p).label for p in f.people} for f in fam.findings
            if f.code == "name-collision"]


@pytest.mark.parametrize("name", ["Stoyan", "Daysha"])
def test_named_after_a_name_that_starts_like_a_place_word(name: str) -> None:
    # "St", "days" are not the start of a person's name
    fam = story(f"My grandfather {name} Pellam kept bees. I named my son Oswin after {name}.")
    assert {"Oswin", f"{name} Pellam"} in collisions(fam)


def test_named_after_a_saint_is_still_no_namesake() -> None:
    fam = story("My grandfather Olaf Pellam kept bees. I named my son Oswin after St. Olaf, not "
                "after him.")
    assert collisions(fam) == []


def _leaving(fam: Family) -> list[str]:
    return [f.message for f in fam.findings if f.code == "multigenerational"]


@pytest.mark.parametrize(("first", "second", "found"), [
    ("walked out", "took off", True),
    ("walked outside", "took offense", False),
])
def test_a_longer_word_that_starts_like_leaving_is_no_leaving(first: str, second: str,
                                                              found: bool) -> None:
    fam = story(f"My mother, Ysolde, {first} when I was six. Grandma Wendeline said that "
                f"Ysolde's own mother, Corvina, {second} too, when Ysolde was little.")
    assert bool(_leaving(fam)) is found


@pytest.mark.parametrize(("tail", "found"), [
    ("as a child", True), ("as a girl", True),
    ("and later worked as a childminder", False), ("as a girlfriend would", False),
])
def test_a_longer_word_after_as_a_is_no_young_age(tail: str, found: bool) -> None:
    text = f"Ysolde looked after her mother {tail}."
    fam = family([at("p1", "Ysolde", text, "Ysolde"), at("p2", None, text, "her mother")],
                 children=[child("p2", "p1")])
    assert bool([f for f in find_all(fam, text) if f.code == "parentification"]) is found


@pytest.mark.parametrize(("tail", "found"), [("side", True), ("sideboard", False)])
def test_taking_a_parents_sideboard_is_no_taking_sides(tail: str, found: bool) -> None:
    text = f"Ivo and Ulla fought for years. Ysolde took her mother's {tail}."
    fam = family([at("p1", "Ivo", text, "Ivo"), at("p2", "Ulla", text, "Ulla", "her mother"),
                  at("p3", "Ysolde", text, "Ysolde")],
                 children=[child("p1", "p3"), child("p2", "p3")],
                 links=[link("p1", "p2", "conflict", (0, 30))])
    assert bool([f for f in find_all(fam, text) if f.code == "triangle"]) is found
