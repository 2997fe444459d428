"""Given names that name a place: a river the tagger calls a place after "the" ("where the
Shannon meets the sea"), and a given name used twice as a place (invented)."""

from __future__ import annotations

from genogram.read.engine import read_text


def _labels(text: str) -> list[str]:
    return [p.label for p in read_text(text).people]


def test_the_and_a_place_the_tagger_names_is_no_person() -> None:
    assert _labels("They built the house where the Shannon meets the sea. Edwin was born "
                   "there.") == ["Edwin"]
    assert _labels("Edwin grew up where the Jordan bends south.") == ["Edwin"]


def test_a_person_after_the_is_still_a_person() -> None:
    # ("the Ivo I knew": the tagger calls the name a person, not a place)
    assert "Edwin" in _labels("The Edwin I knew was kinder than that.")


def test_a_given_name_used_twice_as_a_place_is_that_place() -> None:
    assert _labels("Edwin moved to Victoria in 1920. In Victoria he opened a shop. Victoria was "
                   "kind to strangers.") == ["Edwin"]
