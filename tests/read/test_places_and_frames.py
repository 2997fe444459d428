"""Place and institution names that are no people, endearments, and a hook that says a relative
wrote the story (sentences invented for the test)."""

from __future__ import annotations

from genogram import read


def names(text: str) -> list[str | None]:
    return [p.name for p in read(text).people]


def test_a_word_used_as_a_place_once_is_that_place_elsewhere() -> None:
    text = "Veikko and Tuula lived near Sheboygan. Every Sheboygan child knew Tuula."
    assert "Sheboygan" not in names(text)
    assert {"Veikko", "Tuula"} <= set(names(text))


def test_a_place_word_beside_a_possessive_stays_a_name() -> None:
    # "at Tuula and Veikko's place": the two own the place, they are no place
    assert "Tuula" in names("The party was at Tuula and Veikko's flat. Tuula cooked.")


def test_a_church_named_after_a_person_is_no_person() -> None:
    assert "Ansgar Lutheran" not in names(
        "Veikko sang in the choir at Ansgar Lutheran for thirty years.")
    assert "Grace Baptist" not in names(
        "Veikko sang in the choir at Grace Baptist for thirty years.")


def test_an_endearment_said_to_someone_is_no_name() -> None:
    text = "I asked Tuula if Veikko would come back. \u201cVeikko? Honey, don't hold your breath.\u201d"
    assert "Honey" not in names(text)


def test_a_hook_saying_a_relative_wrote_it_hands_the_story_over() -> None:
    fam = read("My mother wrote this by hand for me, and I'm typing it up for her.\n\n"
               "I'm Tuula. I was born in a fishing village and I have buried two husbands.\n")
    first, second = (seg.narrator for seg in fam.narration)
    assert first != second
    assert fam.person(second).name == "Tuula"

