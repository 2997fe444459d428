"""Two people named side by side: "…which makes Casimir Eskil's uncle".

The name finder joins adjacent capitalised given names into one full name ("Ottmar Ansgar", "Ivo
Velk"). With a double-object verb, two people's names meet with nothing between them; the second
then carries a possessive. They are two people when the story also names each alone and puts the
two side by side only this once (a double given name recurs as a pair).
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.names import is_given_name


def possessed_second_name(doc: StoryDoc, first: int, k: int) -> bool:
    """Do tokens ``first`` and ``k`` (adjacent given names, the second one possessive) name two
    people rather than one?"""
    toks = doc.toks
    if k != first + 1 or k + 1 >= len(toks) or toks[k + 1].tag != "POS":
        return False
    a, b = toks[first].text, toks[k].text
    if a == b or not (toks[first].is_title and toks[k].is_title
                      and is_given_name(a) and is_given_name(b)):
        return False
    where = _positions(doc)
    pairs = alone_a = alone_b = 0
    for i in where.get(a, ()):
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        prev = toks[i - 1].text if i > 0 else ""
        if nxt == b:
            pairs += 1
        elif prev != b:
            alone_a += 1
    for i in where.get(b, ()):
        if not (i > 0 and toks[i - 1].text == a):
            alone_b += 1
    return pairs == 1 and alone_a >= 1 and alone_b >= 1


def _positions(doc: StoryDoc) -> dict[str, list[int]]:
    """Token indices by token text, built once per story (a scan per name pair was quadratic
    on a novel)."""
    cached = getattr(doc, "_token_positions", None)
    if cached is None:
        cached = {}
        for t in doc.toks:
            if t.is_title:
                cached.setdefault(t.text, []).append(t.i)
        doc._token_positions = cached  # type: ignore[attr-defined]
    return cached
