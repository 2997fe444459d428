"""Verbless parts listed after a birth or death, each with its own year ("Ebo died in 1989,
Ivo in 1991, Ana in 2006"), read from the words whatever the parse (invented)."""

from __future__ import annotations

from genogram.read.engine import read_text


def _events(text: str) -> set[tuple[str, str, int | None]]:
    fam = read_text(text)
    label = {p.id: p.label for p in fam.people}
    return {(e.type, label[e.people[0]], e.when.year) for e in fam.events}


def test_deaths_listed_with_commas_and_semicolons() -> None:
    assert _events("Gudmunda died in 1989, Edwin in 1991, Ursula in 2006.") == {
        ("death", "Gudmunda", 1989), ("death", "Edwin", 1991), ("death", "Ursula", 2006)}
    assert ("death", "Ursula", 2015) in _events("Edwin died in 2003; Ursula in 2015, at eighty.")


def test_births_listed_after_born_are_births_not_names() -> None:
    # "born …, Ursula in 1952" is Ursula's own birth, not a birth name of the first child
    assert _events("Edwin was born in 1950, Ursula in 1952 and Helga in 1955.") == {
        ("birth", "Edwin", 1950), ("birth", "Ursula", 1952), ("birth", "Helga", 1955)}


def test_a_listed_part_with_a_verb_of_its_own_is_no_gap() -> None:
    events = _events("Edwin died in 1990, and Ursula in 1995 moved to Leeds.")
    assert ("death", "Ursula", 1995) not in events
