"""A parent's later spouse is the child's step-parent, not a second biological parent (sentences
invented for the test)."""

from __future__ import annotations

import pytest

from genogram.read.engine import read_text
from tests.read.test_reader import person


def kind(text: str, parent: str, child: str) -> str | None:
    fam = read_text(text)
    p, c = person(fam, parent).id, person(fam, child).id
    return next((t.kind for t in fam.children if t.parent == p and t.child == c), None)


@pytest.mark.parametrize("text", [
    "Ulla is a 42-year-old engineer. Her father later married Tiberio.",
    "Ulla's mother married Tiberio when Ulla was six.",
    "Ulla's mother remarried. Her new husband, Tiberio, was kind.",
])
def test_a_later_spouse_of_a_parent_is_a_step_parent(text: str) -> None:
    assert kind(text, "Tiberio", "Ulla") == "step"


def test_the_new_spouse_of_a_remarried_parent_is_a_parent_of_their_own_child() -> None:
    text = ("Ulla's dad, Piet, remarried two years later to Severina. Severina had a son, Brian, "
            "when Ulla was seven.")
    assert kind(text, "Severina", "Brian") == "biological"
    assert kind(text, "Piet", "Brian") == "biological"


def test_a_marriage_when_the_child_was_born_makes_no_step_parent() -> None:
    assert kind("Ulla's mother married Tiberio when Ulla was born.", "Tiberio", "Ulla") == (
        "biological")


def test_the_late_wife_is_not_the_woman_married_after_her_death() -> None:
    text = ("AITA for saying my stepmother (50F) cannot keep my mom's brooch since my dad wrote "
            "\"my wife\" in his will?\n\nMy mom died in 2004 after a long illness. My dad died "
            "in March. In 2009 he married Saara (50F).\n")
    fam = read_text(text)
    saara = person(fam, "Saara")
    assert not any(text[s:e] in ("my mom", "My mom", "my wife") for s, e in saara.mentions)
