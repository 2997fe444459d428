"""A kin title denied ("is not our aunt", "wasn't anybody's aunt") and the sentence after it that
says how the titled person belongs ("She and Mum met at college"), on invented stories."""

from __future__ import annotations

import pytest

from genogram import read
from genogram.model import Family


def typed(fam: Family) -> dict[str, set[str]]:
    """Link type -> the labels of everyone in a link of that type with the titled person."""
    out: dict[str, set[str]] = {}
    for x in fam.links:
        a, b = fam.person(x.a), fam.person(x.b)
        if "Quenby" in (a.label, b.label):
            other = b if a.label == "Quenby" else a
            out.setdefault(x.type, set()).add(other.id)
    return out


@pytest.mark.parametrize("story", [
    "My brother Wendel and I grew up over the bakery. After school I went to Auntie Quenby, "
    "who wasn't anybody's aunt. She and Mum had worked the night shift together for years.",
    "My brother Wendel and I grew up over the bakery. Auntie Quenby is not our aunt. She and "
    "Mum met at college.",
])
def test_a_denied_aunt_is_fictive_kin_and_a_friend_of_the_one_she_met(story: str) -> None:
    fam = read(story)
    got = typed(fam)
    assert len(got.get("fictive-kin", ())) == 1
    assert len(got.get("friend", ())) == 1
    # the friend is not the one who calls her auntie
    assert got["friend"] != got["fictive-kin"]


def test_a_denied_title_of_a_real_relative_is_no_fictive_kin() -> None:
    fam = read("Auntie Quenby is not my aunt. She is my mother's cousin.")
    assert "fictive-kin" not in typed(fam)


def test_the_sentence_after_without_the_titled_person_gives_no_friend() -> None:
    fam = read("Auntie Quenby is not our aunt. Mum and Dad met at college.")
    assert "friend" not in typed(fam)
