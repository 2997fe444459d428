"""Facts about people that events and age clauses tell: deceased, birth and death years, ages.

Every story here is invented for these tests.
"""

from __future__ import annotations

import pytest

from genogram import read
from genogram.model import Family, Person
from genogram.read.events.person_facts import DatedEvent, years_of_other_events
from genogram.read.events.triggers import _Raw


def person(fam: Family, name: str) -> Person:
    hits = [p for p in fam.people if p.name == name or (p.name or "").startswith(name + " ")]
    assert len(hits) == 1, [p.label for p in fam.people]
    return hits[0]


def narrator(fam: Family) -> Person:
    hits = [p for p in fam.people if p.narrator]
    assert len(hits) == 1
    return hits[0]


def test_dated_birth_and_death_events_give_the_years_and_the_death() -> None:
    fam = read("Marta Kovel was born in 1931 in a mining town. She married Olek Brand in 1950. "
               "Marta died in 1987.")
    marta = person(fam, "Marta")
    assert (marta.birth_year, marta.death_year, marta.deceased) == (1931, 1987, True)
    assert not person(fam, "Olek").deceased


def test_a_funeral_makes_its_person_deceased_with_its_year() -> None:
    fam = read("Dorrit Fane ran the bakery with her husband Emrys. "
               "Everyone came to Dorrit's funeral in 1994.")
    d = person(fam, "Dorrit")
    assert d.deceased and d.death_year == 1994


def test_a_death_a_few_days_after_a_date_takes_that_year() -> None:
    fam = read("In 1958 Benedikt Ysella fell from a ladder at the quarry and died three days later.")
    assert person(fam, "Benedikt").death_year == 1958


def test_an_approximate_time_gives_no_year() -> None:
    fam = read("Alaric Abbot was born in the late 1940s. He died in 1990.")
    alaric = person(fam, "Alaric")
    assert alaric.birth_year is None and alaric.death_year == 1990 and alaric.deceased


def test_a_birth_year_needs_an_age_when_the_date_is_an_age() -> None:
    fam = read("Years later I learned that Piet had drowned in the canal at seven, in 1969.")
    assert person(fam, "Piet").death_year == 1969


@pytest.mark.parametrize(("story", "name", "born"), [
    ("Ilse Marr died in 1960, aged seventy, and her brother Dirk in 1966.", "Ilse", 1890),
    ("Idony Loy lived to ninety-two and died in 2015.", "Idony", 1923),
    ("When Greet Soll died in 1971, aged sixty-six, her son took over the farm.", "Greet", 1905),
])
def test_an_age_at_a_dated_death_gives_the_birth_year(story: str, name: str, born: int) -> None:
    assert person(read(story), name).birth_year == born


def test_an_age_in_another_clause_is_not_the_dead_person_s() -> None:
    fam = read("Gustav Orr went to sea at sixteen and missed his father Anton's funeral in 1970.")
    anton = person(fam, "Anton")
    assert anton.death_year == 1970 and anton.birth_year is None


def test_the_years_of_a_person_s_other_events_bound_a_birth_or_death_year() -> None:
    # a birth read in 1990 for someone who married in 1950 is someone else's birth
    wed = _Raw("marriage", [1, 2], 0, 0, "", (0, 1))
    born = _Raw("birth", [1], 5, 1, "", (2, 3))
    dated = [DatedEvent(wed, 1950, False, None), DatedEvent(born, 1990, False, None)]
    span = years_of_other_events(dated)
    assert span[(1, id(born))] == (1950, 1950)
    assert span[(2, id(wed))] == (None, None)


@pytest.mark.parametrize(("story", "name", "age"), [
    ("Nella Brisk is twenty-nine now and lives in Derby.", "Nella", 29),
    ("My cousin Radek is twelve and he wants a dog.", "Radek", 12),
    ("Her son Ivo, who is seventeen now, drives her to work.", "Ivo", 17),
    ("We have a boy, Cormac, who just turned one.", "Cormac", 1),
    ("This spring my aunt Wilma turned seventy.", "Wilma", 70),
    ("My grandfather Orvil Teague lived with us. He was ninety now, and frail.", "Orvil", 90),
])
def test_present_ages(story: str, name: str, age: int) -> None:
    assert person(read(story), name).age == age


def test_two_people_and_two_ages_pair_up() -> None:
    fam = read("My half-brothers, Pim and Oda, are eight and five.")
    assert (person(fam, "Pim").age, person(fam, "Oda").age) == (8, 5)


def test_the_narrator_s_own_age() -> None:
    assert narrator(read("My name is Zelie. I'm seven. My brother Cass is older.")).age == 7


@pytest.mark.parametrize("story", [
    "When Lise Arno is five, she will start school.",
    "Corin Vale is one of the best swimmers in the county.",
    "Dov Ketter was six when his father left.",
    "Selma Stone is twenty minutes late again.",
    "Osmund Dray turned ten in the summer of 1961.",
])
def test_no_present_age(story: str) -> None:
    fam = read(story)
    assert all(p.age is None for p in fam.people)


def test_the_dead_have_no_present_age() -> None:
    fam = read("Edda Holm died in 2019. Edda is eighty in the photograph on the piano.")
    edda = person(fam, "Edda")
    assert edda.deceased and edda.age is None


def test_an_age_at_a_dated_move_gives_the_birth_year() -> None:
    fam = read("Hiroki Oshiro left Tarbet for the coal pits of Silvania in 1906, at nineteen.")
    assert person(fam, "Hiroki").birth_year == 1887


def test_twins_that_followed_both_get_the_birth_year() -> None:
    fam = read("Their first child, Ana Medo, was born in 1944, and twin girls, Inesita and Lia, "
               "followed in 1950.")
    assert (person(fam, "Inesita").birth_year, person(fam, "Lia").birth_year) == (1950, 1950)
    assert any(e.summary == "Inesita and Lia are born" for e in fam.events)
