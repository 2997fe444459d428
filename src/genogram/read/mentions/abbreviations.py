"""Abbreviations a text defines in brackets ("the identified patient (IP)"): each later use of
the abbreviation is another name for the person the bracketed words describe.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.mentions.mention import ROLE_NAMES, Mention

#: "the identified patient (IP)", "referred client (RC)": a capitalised abbreviation in
#: brackets right after the words it stands for
_ABBR_DEF = re.compile(r"\(([A-Z]{2,4})\)")


def defined_abbreviations(doc: StoryDoc) -> dict[str, tuple[int, int]]:
    """Abbreviations a text defines in brackets, with the span of their first definition, when
    the brackets follow a lower-case word (a description, not a name: "Ana Ortas (AR)" is rare
    and "(MGM)" after "maternal grandmother" is fine either way)."""
    out: dict[str, tuple[int, int]] = {}
    for hit in _ABBR_DEF.finditer(doc.text):
        before = doc.text[max(0, hit.start() - 40):hit.start()].rstrip()
        if before and (before[-1].isalpha() and before.split()[-1].islower()) and (
                hit.group(1).lower() not in ROLE_NAMES):  # "IP" has its own reading
            out.setdefault(hit.group(1), (hit.start(), hit.end()))
    return out


def _link_abbreviations(doc: StoryDoc, ms: list[Mention],
                        abbrs: dict[str, tuple[int, int]]) -> None:
    """Each use of a defined abbreviation is the person the words before its brackets name."""
    for abbr, (a, _b) in abbrs.items():
        owner = next((m for m in reversed(ms) if m.end <= a and not doc.text[m.end:a].strip()
                      and m.kind in ("desc", "kin", "name")), None)
        if owner is None:
            continue
        for m in ms:
            if m is not owner and m.kind == "name" and m.name == abbr and m.start > a:
                m.another_name(owner)


#: A note's shorthand for the patient's parents, read as such only when the note uses both
#: ("Mo reports …", "Fa, Ivo Roe (44), remarried"): either alone is more often a name.
PARENT_SHORTHAND = {"Mo": "mother", "Fa": "father"}


def parent_shorthand(doc: StoryDoc) -> frozenset[int]:
    """Tokens that are "Mo" or "Fa" as the parents' shorthand: both words occur standing alone
    (no title before, no name after: "Nana Mo", "Mo Farah" are names)."""
    toks = doc.toks
    hits: dict[str, list[int]] = {}
    for t in toks:
        if t.text not in PARENT_SHORTHAND:
            continue
        before = toks[t.i - 1] if t.i > 0 else None
        after = toks[t.i + 1] if t.i + 1 < len(toks) else None
        if before is not None and before.is_title and before.pos == "PROPN" and (
                before.sent == t.sent):
            continue
        if after is not None and after.is_title and after.pos == "PROPN" and after.sent == t.sent:
            continue
        hits.setdefault(t.text, []).append(t.i)
    if len(hits) < len(PARENT_SHORTHAND):
        return frozenset()
    return frozenset(i for found in hits.values() for i in found)
