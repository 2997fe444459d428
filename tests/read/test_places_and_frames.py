"""Place and institution names that are no people, endearments, and a hook that says a relative
wrote the story (sentences invented for the test)."""

from __future__ import annotations

from genogram import read


def names(text: str) -> list[str | None]:
    return [p.name for p in read(text).people]


def test_a_word_used_as_a_place_once_is_that_place_elsewhere() -> None:
    text = ("Veikko and Tuula lived near Sheboygan. Tuula taught music to three generations of "
            "Sheboygan children.")
    assert "Sheboygan" not in names(text)
    assert {"Veikko", "Tuula"} <= set(names(text))


def test_a_place_word_beside_a_possessive_stays_a_name() -> None:
    # "at Tuula and Veikko's place": the two own the place, they are no place
    assert "Tuula" in names("We had dinner at Tuula and Veikko's place. Tuula cooked.")


def test_a_church_school_or_business_named_after_a_person_is_no_person() -> None:
    assert "Ostrava Lutheran" not in names(
        "His name is on the marker at Ostrava Lutheran, where Veikko is buried.")
    assert not any(n and "Panadería" in n for n in names(
        "In 1946 Veikko opened his own place, Panadería Halvorsk, across the street."))


def test_an_endearment_said_to_someone_is_no_name() -> None:
    text = "I asked Tuula was Veikko going to leave. \u201cVeikko? Honey, he never will.\u201d"
    assert "Honey" not in names(text)


def test_a_hook_saying_a_relative_wrote_it_hands_the_story_over() -> None:
    fam = read("My mother wrote this down and asked my wife to give it to me, and I'm posting "
               "it here.\n\nI'm Tuula. I'm sixty-seven and my only son hasn't spoken to me "
               "in ten years.\n")
    first, second = (seg.narrator for seg in fam.narration)
    assert first != second
    assert fam.person(second).name == "Tuula"

