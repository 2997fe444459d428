"""Findings from cues told in small made-up stories: an age that a birth year contradicts, a
child's hands-on care of a baby sibling, substance use told in other words, namesakes."""

from __future__ import annotations

from tests.analyze.test_multigen_cues import patterns, story


def codes(text: str, code: str) -> list[str]:
    return [f.message for f in story(text).findings if f.code == code]


def test_an_age_a_birth_year_contradicts_is_a_timeline_conflict() -> None:
    text = ("Agnes Lind was born in 1940. In 1958 she went to work at the cannery. Agnes was "
            "only twelve.")
    (msg,) = codes(text, "timeline-conflict")
    assert "12 in 1958" in msg and "1940" in msg


def test_an_age_that_fits_the_birth_year_is_no_conflict() -> None:
    text = ("Agnes Lind was born in 1940. In 1952 she went to work at the cannery. Agnes was "
            "only twelve.")
    assert codes(text, "timeline-conflict") == []


def test_an_age_in_a_note_is_the_age_at_the_telling() -> None:
    text = "Paternal uncle d. 2011.\nMGM: Vera Holt, 71, in Leith. Vera Holt was born in 1951."
    assert codes(text, "timeline-conflict") == []


def test_changing_a_baby_sisters_diapers_is_parentification() -> None:
    text = ("My father Victor drove trucks and my mother Helen was often ill. When my baby "
            "sister Lucy came home, I was ten. I changed her diapers and fed her before school.")
    (msg,) = codes(text, "parentification")
    assert "Lucy" in msg


def test_drinking_oneself_to_death_and_pills_are_substance_use() -> None:
    text = ("Ivo's grandfather Pavel drank himself to death. Ivo's father Mirko was hooked on "
            "painkillers for a decade.")
    assert any("substance" in m for m in patterns(story(text)))


def test_named_after_her_is_the_one_told_of_before_not_the_namer() -> None:
    text = ("Vera died in 1971. Her sister Helen named her daughter, born that winter, after "
            "her.")
    (msg,) = codes(text, "name-collision")
    assert "Vera" in msg


def test_named_their_only_son_after_an_uncle() -> None:
    text = ("Oscar Brenner died at sea in 1944. His nephew Simon married in 1960, and they named "
            "their only son Oscar, after the uncle Simon never met.")
    assert any("Oscar" in m for m in codes(text, "name-collision"))


def test_an_age_at_death_the_birth_year_contradicts_is_a_timeline_conflict() -> None:
    (msg,) = codes("Hilde Marr was born in 1930. Hilde died in 1990 at forty-five.",
                   "timeline-conflict")
    assert "45 in 1990" in msg


def test_an_age_at_death_that_fits_is_no_conflict() -> None:
    assert codes("Hilde Marr was born in 1930. Hilde died in 1990 at sixty.",
                 "timeline-conflict") == []
