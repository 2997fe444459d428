"""The invented paraphrase sets of bench/ (events, links, coreference): well-formed, every listed
person named in the text, and scored by the product reader as the scripts say."""

from __future__ import annotations

import re

from bench import coref_paraphrases, event_paraphrases, link_paraphrases

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


_KIN_WORDS = {"father", "mother", "son", "daughter", "brother", "sister", "husband", "wife",
              "grandfather", "grandmother", "grandson", "granddaughter", "uncle", "aunt",
              "nephew", "niece", "cousin", "father-in-law", "mother-in-law", "son-in-law",
              "daughter-in-law", "brother-in-law", "sister-in-law", "stepfather", "stepmother",
              "stepson", "stepdaughter", "half-brother", "half-sister", "great-grandmother",
              "great-grandfather", "parent", "child", "sibling", "spouse"}


def test_coref_set_is_well_formed() -> None:
    items = coref_paraphrases.load_items()
    assert len(items) >= 200
    for item in items:
        assert 1 <= item.low <= item.high and item.checks, item
        for c in item.checks:
            assert c.rel in _KIN_WORDS, item
            assert all(w == "I" or _named(w, item.text) for w in (c.a, c.b) if w), item


def test_scoring_a_coref_item() -> None:
    text = "My father taught me to fish. Dad was patient, and Pops still is. My sister Ludmilka hates fish."
    checks = "I#father=1 ; I>Ludmilka=sister ; Ludmilka#parent=1"
    (item,) = [coref_paraphrases.Item(3, 3, tuple(coref_paraphrases._parse_check(c)
                                                 for c in checks.split(" ; ")), text)]
    verdict = coref_paraphrases.judge(item)
    assert verdict.people == 3 and verdict.right, verdict
    wrong = coref_paraphrases.Item(3, 3, (coref_paraphrases._parse_check("I#father=2"),), text)
    assert not coref_paraphrases.judge(wrong).right
