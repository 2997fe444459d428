"""Every time expression of issue 4 placing a real event of a story, end to end.

``test_timeline.py`` checks the expressions one by one; here each one dates an event in a small
invented story, so the anchor (the previous dated event, the telling year, a birth year) is the
one the reader finds itself.
"""

from __future__ import annotations

import pytest

from genogram import read
from genogram.model import Event, Family


def event(fam: Family, type_: str, name: str) -> Event:
    labels = {p.id: p.label for p in fam.people}
    hits = [e for e in fam.events if e.type == type_
            and any(labels[p].startswith(name) for p in e.people)]
    assert hits, [(e.type, [labels[p] for p in e.people]) for e in fam.events]
    return hits[0]


@pytest.mark.parametrize(("story", "type_", "name", "year", "approximate"), [
    # absolute years and dates
    ("In 1967 Aurel Finch married Dana Moss.", "marriage", "Aurel", 1967, False),
    ("Fenna Dunmore moved to Trondheim in June 2019.", "move", "Fenna", 2019, False),
    # relative to the previous dated event
    ("Aurel Finch married Dana Moss in 1967. Dana died the year after.", "death", "Dana",
     1968, False),
    ("In 1952 Odo Brill fell from a roof. He died three days later.", "death", "Odo", 1952,
     True),
    ("Fenna Dunmore married Sten Roos in 1980. The next morning Sten left for Bergen.", "move",
     "Sten", 1980, False),
    ("Inga Brannick and Bastian Vik married in 1971. By the second year they had separated.",
     "separation", "Inga", 1972, False),
    ("Inga Brannick and Bastian Vik married in 1971. Decades went by, and Bastian died.", "death",
     "Bastian", 1991, True),
    # within one sentence: the date said before it anchors it
    ("Thorvald Dunn took over the forge in 1930, the same year he married Edda Rusk.",
     "marriage", "Thorvald", 1930, False),
    ("In 1952 Odo Brill fell from a roof and died three days later.", "death", "Odo", 1952,
     True),
])
def test_dated_and_relative_times(story: str, type_: str, name: str, year: int,
                                  approximate: bool) -> None:
    e = event(read(story), type_, name)
    assert (e.when.year, e.when.approximate) == (year, approximate)


@pytest.mark.parametrize(("story", "type_", "name", "year"), [
    ("Date: 03/05/2024\nSix months ago Nils Ek moved to Malmo.", "move", "Nils", 2024),
    ("Date: 03/05/2024\nLast winter Nils Ek moved to Malmo.", "move", "Nils", 2024),
    ("Date: 03/05/2024\nTen years ago Nils Ek moved to Malmo.", "move", "Nils", 2014),
])
def test_times_counted_back_from_the_telling(story: str, type_: str, name: str,
                                             year: int) -> None:
    assert event(read(story), type_, name).when.year == year


@pytest.mark.parametrize(("story", "type_", "name", "year"), [
    ("Ruth Ames was born in 1950. When Ruth turned five, her father Abel died.", "death",
     "Abel", 1955),
    ("I was born in 1980. When I was ten, my father Abel died.", "death", "Abel", 1990),
    ("Ruth Ames was born in 1950. At nineteen she married Ambrus Kay.", "marriage", "Ruth", 1969),
])
def test_ages_anchor_to_a_known_birth_year(story: str, type_: str, name: str,
                                           year: int) -> None:
    e = event(read(story), type_, name)
    assert e.when.year == year and e.when.approximate


def test_an_age_with_no_birth_year_gives_way_to_a_date() -> None:
    e = event(read("Years later I learned that Piet Amsel had drowned at six, in 1969."),
              "death", "Piet")
    assert (e.when.year, e.when.text) == (1969, "1969")


def test_an_age_with_no_anchor_keeps_only_its_order() -> None:
    fam = read("Ruth Ames married Ambrus Kay in 1970. When Ruth was forty, Ambrus died.")
    e = event(fam, "death", "Ambrus")
    assert e.when.year is None and e.when.text == "When Ruth was forty"
    assert [x.type for x in sorted(fam.events, key=lambda x: x.when.order)] == [
        "marriage", "death"]


@pytest.mark.parametrize(("story", "name", "age"), [
    ("My daughter Ella (4) loves the sea.", "Ella", 4),
    ("My sister Zora (34F) moved in with us.", "Zora", 34),
])
def test_age_tags_are_ages(story: str, name: str, age: int) -> None:
    fam = read(story)
    assert [p.age for p in fam.people if p.name == name] == [age]


def test_a_time_before_an_and_of_two_verbs_is_the_first_verb_s() -> None:
    fam = read("Emil Sarg was drafted in 1943 and killed near Kursk in January 1944.")
    assert event(fam, "job", "Emil").when.year == 1943
    assert event(fam, "death", "Emil").when.year == 1944
    assert "death" not in [e.type for e in read(
        "Emil Sarg was drafted in 1943 and killed three men.").events]
