"""Descriptions that look like events but tell none: a child someone has (grown, married), not
one born or wed then. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from genogram import read


def types(text: str) -> list[str]:
    return [e.type for e in read(text).events]


def test_a_grown_married_daughter_is_no_birth_and_no_wedding() -> None:
    got = types("Leocadia and Prosper lived on a farm outside town. They had a daughter of their "
                "own, Hortense, fully grown and married and farming up north, and a dog.")
    assert "birth" not in got and "marriage" not in got


def test_had_a_grown_son_is_no_birth() -> None:
    assert "birth" not in types("By then Leocadia had a grown son, Cosimo, who ran the mill.")


def test_a_baby_had_is_still_a_birth() -> None:
    assert "birth" in types("In 1990 Leocadia and Prosper had a son, Cosimo.")


def test_met_and_married_is_still_a_wedding() -> None:
    assert "marriage" in types("Leocadia and Prosper met in 1958 and married in 1961.")


@pytest.mark.parametrize("text", [
    "Leocadia moved the chairs into the kitchen.",
    "Hortense moved the piano to the other wall.",
    "Hortense was dying to tell everyone.",
    "Prosper was engaged in a long lawsuit.",
    "Hortense went to Paris for a week.",
    "My husband and I went to Portugal on our honeymoon.",
    "Cosimo was born to be a farmer.",
    "When Leocadia dies, the house goes to Cosimo.",
    "Cosimo and Hortense are getting divorced next spring.",
    "In case I die, Cosimo gets the house.",
    "Hortense acted like she was pregnant.",
    "Cosimo ran away from the dog.",
    "Leocadia cut off the crusts.",
    "Hortense had a stroke of luck.",
    "Leocadia was tested for cancer, and it was negative.",
    "Cosimo left his wife a note on the fridge.",
    "Cosimo is afraid of cancer.",
    "Hortense dreamed of a big wedding.",
])
def test_look_alikes_tell_no_event(text: str) -> None:
    assert types(text) == []


@pytest.mark.parametrize(("text", "type_"), [
    ("In 1990 Leocadia moved the whole family to Lisbon.", "move"),
    ("Hortense moved to Paris in 1975.", "move"),
    ("Leocadia died in 1990.", "death"),
    ("Cosimo and Hortense got divorced in 2001.", "divorce"),
    ("At fifteen Cosimo ran away from home.", "other"),
    ("After the fight Hortense cut off her father for good.", "other"),
    ("In 2009 Leocadia was diagnosed with cancer.", "illness"),
    ("In 1980 Cosimo left his wife.", "separation"),
    ("Hortense cut her father out of her life in 2001.", "other"),
    ("Cosimo worried about his mother's cancer.", "illness"),
])
def test_the_events_themselves_are_still_read(text: str, type_: str) -> None:
    assert type_ in types(text)


def test_dying_of_a_lasting_illness_tells_the_illness_too() -> None:
    got = types("Prosper died in 2003 of lung cancer.")
    assert "death" in got and "illness" in got


def test_dying_of_a_sudden_cause_tells_only_the_death() -> None:
    assert types("Leocadia died of a heart attack in 1977.") == ["death"]


def test_followed_after_a_death_is_a_death() -> None:
    fam = read("Prosper died in 1968. Cosimo followed in 1970.")
    deaths = sorted(e.when.year for e in fam.events if e.type == "death")
    assert deaths == [1968, 1970]


def test_followed_after_a_move_or_in_footsteps_is_no_death() -> None:
    assert "death" not in types("Prosper moved to Dundee in 1968. Cosimo followed in 1970.")
    assert types("Prosper died in 1968. Cosimo followed in his footsteps.") == ["death"]


def test_living_somewhere_until_a_date_is_a_stay_not_a_death() -> None:
    assert "death" not in types("Her stepdaughter, Ilsabe (19), lived with her gran until the "
                                "spring and is at a college in Leeds now.")
    assert "death" not in types("Grandpa Ruprecht lived in Lisbon until 1990.")
    assert "death" in types("Grandpa Ruprecht lived until 1990.")
