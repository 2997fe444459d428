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
