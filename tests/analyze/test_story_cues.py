"""Findings from cues told in small made-up stories: an age that a birth year contradicts, a
child's hands-on care of a baby sibling, substance use told in other words."""

from __future__ import annotations

from tests.analyze.test_multigen_cues import patterns, story


def codes(text: str, code: str) -> list[str]:
    return [f.message for f in story(text).findings if f.code == code]


def test_an_age_a_birth_year_contradicts_is_a_timeline_conflict() -> None:
    text = ("Mara Voss was born in 1940. In 1958 the family fled to Vienna. Mara, still only "
            "twelve, stayed behind with her aunt.")
    (msg,) = codes(text, "timeline-conflict")
    assert "12 in 1958" in msg and "1940" in msg


def test_an_age_that_fits_the_birth_year_is_no_conflict() -> None:
    text = ("Mara Voss was born in 1940. In 1952 the family fled to Vienna. Mara, still only "
            "twelve, stayed behind with her aunt.")
    assert codes(text, "timeline-conflict") == []


def test_an_age_in_a_note_is_the_age_at_the_telling() -> None:
    text = "Maternal grandfather d. 2012.\nPGM: Grace Eze, 66, in Lagos. Grace Eze was born in 1954."
    assert codes(text, "timeline-conflict") == []


def test_warming_a_baby_brothers_bottles_is_parentification() -> None:
    text = ("My mother Trina worked nights, and my father Len was gone. When my little brother "
            "Colt was born, I was nine. I warmed his bottles and walked him up and down the hall "
            "so Trina could sleep.")
    (msg,) = codes(text, "parentification")
    assert "Colt" in msg


def test_drinking_oneself_to_death_and_pills_are_substance_use() -> None:
    text = ("Ivo's grandfather Pavel drank himself to death. Ivo's father Mirko was hooked on "
            "painkillers for a decade.")
    assert any("substance" in m for m in patterns(story(text)))
