"""Life events read from small stories written for these tests; negated or planned ones are not."""

from __future__ import annotations

import pytest

from genogram import read
from genogram.model import Family
from genogram.read.events import summary


def names(fam: Family, ids: list[str]) -> set[str]:
    by_id = {p.id: p.label for p in fam.people}
    return {by_id[i] for i in ids}


def events(fam: Family, type_: str) -> list:
    return [e for e in fam.events if e.type == type_]


def test_marriage_divorce_and_death_with_people_and_years() -> None:
    fam = read("Elena married Bruno in 1970. They divorced in 1985. "
               "Bruno died in 2001.")
    m, = events(fam, "marriage")
    assert names(fam, m.people) == {"Elena", "Bruno"} and m.when.year == 1970
    dv, = events(fam, "divorce")
    assert names(fam, dv.people) == {"Elena", "Bruno"} and dv.when.year == 1985
    de, = events(fam, "death")
    assert names(fam, de.people) == {"Bruno"} and de.summary == "Bruno dies"
    assert de.when.year == 2001
    assert [e.type for e in fam.events] == ["marriage", "divorce", "death"]


def test_events_carry_evidence_of_their_sentence() -> None:
    text = "Tomás emigrated to Canada in 1962. He opened a bakery in Toronto."
    fam = read(text)
    move, = events(fam, "move")
    assert text[slice(*move.evidence[0])] == "Tomás emigrated to Canada in 1962."
    assert move.summary.startswith("Tomás emigrated to Canada")
    biz, = events(fam, "business")
    assert names(fam, biz.people) == {"Tomás"}


@pytest.mark.parametrize(("story", "type_", "who"), [
    ("Ruth was born in 1950 in Leedham.", "birth", {"Ruth"}),
    ("Ruth passed away last spring.", "death", {"Ruth"}),
    ("Ruth lost her job at the mill in 1982.", "job", {"Ruth"}),
    ("Ruth graduated from nursing school in 1972.", "education", {"Ruth"}),
    ("Ruth was diagnosed with cancer in 2010.", "illness", {"Ruth"}),
    ("Ruth got pregnant in 1975.", "pregnancy", {"Ruth"}),
    ("Ruth and Sam got engaged in 1990.", "engagement", {"Ruth", "Sam"}),
    ("Ruth and Sam moved in together in 1990.", "cohabitation", {"Ruth", "Sam"}),
    ("Ruth and Sam split up in 1990.", "separation", {"Ruth", "Sam"}),
    ("Ruth had an affair with Sam.", "affair", {"Ruth", "Sam"}),
    ("Ruth went bankrupt in 1991.", "financial", {"Ruth"}),
    ("Ruth and her sister Ana reunited in 2015.", "reunion", {"Ruth", "Ana"}),
    ("Ruth adopted Lily in 2001.", "custody", {"Ruth", "Lily"}),
])
def test_event_types(story: str, type_: str, who: set[str]) -> None:
    fam = read(story)
    found = events(fam, type_)
    assert found, [(e.type, e.summary) for e in fam.events]
    assert who <= names(fam, found[0].people)


@pytest.mark.parametrize(("story", "type_"), [
    ("Mama and Daddy never got married.", "marriage"),
    ("They never married.", "marriage"),
    ("Ruth and Sam are not getting divorced.", "divorce"),
    ("Ruth is planning to move back to Fayala.", "move"),
    ("Ruth has talked for years about moving back to Fayala.", "move"),
    ("Ruth wished she had married Sam.", "marriage"),
    ("If Ruth had married Sam, she would have stayed.", "marriage"),
    ("Ruth will marry Sam next June.", "marriage"),
    ("Ruth said, \u201cI want to divorce Sam.\u201d", "divorce"),
])
def test_negated_planned_or_quoted_statements_give_no_event(story: str, type_: str) -> None:
    fam = read("Ruth and Sam live in Leedham. " + story)
    assert events(fam, type_) == [], [(e.type, e.summary) for e in fam.events]


def test_story_time_order_not_text_order() -> None:
    fam = read("Ruth died in 2001. She had married Sam in 1960. "
               "Two years later Sam moved to Leedham.")
    assert [e.type for e in fam.events] == ["marriage", "move", "death"]
    move, = events(fam, "move")
    assert move.when.year == 1962 and move.when.text == "Two years later"


def test_age_and_telling_year_give_a_birth_year() -> None:
    fam = read("Date: 02/06/2024.\nClient: Maya Cruz (34F). Maya married Leo in 2015.")
    maya = next(p for p in fam.people if p.name and p.name.startswith("Maya"))
    assert maya.age == 34 and maya.birth_year == 1990


def test_a_stated_birth_year_is_not_overwritten() -> None:
    fam = read("Date: 02/06/2024.\nMaya (34F) was born in 1989. She married Leo in 2015.")
    maya = next(p for p in fam.people if p.name == "Maya")
    assert maya.birth_year == 1989


@pytest.mark.parametrize(("type_", "labels", "text"), [
    ("death", ["Tomás"], "Tomás dies"),
    ("divorce", ["Elena", "Bruno"], "Elena and Bruno divorce"),
    ("affair", ["Rafe", "Brynn"], "Rafe has an affair with Brynn"),
    ("move", ["Tomás"], "Tomás: move"),
])
def test_summary_in_plain_words(type_: str, labels: list[str], text: str) -> None:
    assert summary(type_, labels) == text
