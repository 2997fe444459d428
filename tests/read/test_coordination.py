"""The owner of a possessive inside a coordinated phrase (``read.coordination``)."""

from __future__ import annotations

from genogram.read.coordination import coordinated_owner
from genogram.read.document import parse
from genogram.text import decode_story


def _doc(text: str):
    return parse(decode_story(text.encode("utf-8"), name="t"))


def _tok(doc, word: str) -> int:
    return next(t.i for t in doc.toks if t.text == word)


def test_the_first_conjunct_owns_the_possessive() -> None:
    doc = _doc("Sigrid and her son went out.")
    assert coordinated_owner(doc, _tok(doc, "her")) == _tok(doc, "Sigrid")


def test_no_owner_outside_a_coordination() -> None:
    doc = _doc("Sigrid took her son to the park.")
    assert coordinated_owner(doc, _tok(doc, "her")) == -1
