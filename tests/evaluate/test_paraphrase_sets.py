"""The invented paraphrase sets of bench/ (events, links): well-formed, every listed person named
in the text, and scored by the product reader as the scripts say."""

from __future__ import annotations

import re

from bench import event_paraphrases, link_paraphrases

from genogram.model import EVENT_TYPES, LINK_TYPES


def _named(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def test_event_set_is_well_formed() -> None:
    items = event_paraphrases.load_items()
    assert len(items) >= 200
    for item in items:
        assert item.type in EVENT_TYPES, item
        assert all(_named(p, item.text) for p in item.people), item


def test_link_set_is_well_formed() -> None:
    items = link_paraphrases.load_items(link_paraphrases.ITEMS)
    assert len(items) >= 200
    for item in items:
        assert item.expected in (*LINK_TYPES, "none"), item
        assert _named(item.a, item.text) and _named(item.b, item.text), item


def test_halves_split_the_set_in_file_order() -> None:
    items = list(range(7))
    assert link_paraphrases.select(items, "odd") == [0, 2, 4, 6]
    assert link_paraphrases.select(items, "even") == [1, 3, 5]
    assert link_paraphrases.select(items, None) == items


def test_scoring_an_event_and_a_negative() -> None:
    item = event_paraphrases.Item("death", False, ("Ludovit",), "Ludovit died in 1950.")
    assert event_paraphrases.answer(item)[0]
    neg = event_paraphrases.Item("marriage", True, ("Ludovit", "Szabina"),
                                 "Ludovit and Szabina never married.")
    assert event_paraphrases.answer(neg)[0]


def test_scoring_a_link() -> None:
    text = "Ludovit and his sister Szabina are very close."
    item = link_paraphrases.Item("close", "Ludovit", "Szabina", text)
    assert link_paraphrases.right(item, link_paraphrases.answer(item))
    neg = link_paraphrases.Item("none", "Ludovit", "Szabina", text)
    assert not link_paraphrases.right(neg, link_paraphrases.answer(neg))
