"""With implied people, "my cousin Ebo" is a first cousin through two unnamed parents who are
siblings, and a cousin whose parent the story names goes through that parent (invented)."""

from __future__ import annotations

from genogram.analyze.kinship import describe, relationship
from genogram.read.engine import read_text


def _word(text: str, a: str, b: str) -> str | None:
    fam = read_text(text, implied_people=True)
    ids = {}
    for p in fam.people:
        if p.narrator:
            ids["I"] = p.id
        if p.name:
            ids[p.name] = p.id
    rel = relationship(fam, ids[a], ids[b])
    return None if rel is None else describe(rel)


def test_a_cousin_is_a_first_cousin_through_implied_parents() -> None:
    assert _word("My cousin Branwen lives in Cardiff. I visit her every summer.",
                 "I", "Branwen") == "first cousin"


def test_a_cousin_goes_through_a_named_parent() -> None:
    text = ("My aunt Svanhild raised chickens. Her son Oyelade is my cousin, and we are the "
            "same age.")
    assert _word(text, "I", "Oyelade") == "first cousin"
    assert _word(text, "I", "Svanhild") in ("aunt", "maternal aunt", "paternal aunt")


def test_the_default_reading_adds_no_one() -> None:
    fam = read_text("My cousin Branwen lives in Cardiff. I visit her every summer.")
    assert len(fam.people) == 2
