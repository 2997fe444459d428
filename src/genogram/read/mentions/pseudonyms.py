"""Letters that stand for people: "my husband, who I'll call J", "my sister (let's call her
K.)". Forum writers hide names behind one capital letter; once the text says it calls someone
so, every standalone use of that letter is that person's name ("J grew up…", "J's dad")."""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc

#: "I'll call J", "let's call him J", "we'll call her K.", "(call him R)", "calling him T":
#: a calling verb, an optional object pronoun, then one capital letter standing alone
_CALLS = re.compile(r"\b(?:call|calling)\s+(?:(?:him|her|them)\s+)?\"?([A-Z])\.?\"?(?![\w'’])")


def pseudonym_letters(doc: StoryDoc) -> set[str]:
    """The capital letters the story says it uses as names (never "I" or "A")."""
    cached = getattr(doc, "_pseudonym_letters", None)
    if cached is None:
        cached = {hit.group(1) for hit in _CALLS.finditer(doc.text)} - {"I", "A"}
        doc._pseudonym_letters = cached  # type: ignore[attr-defined]
    return cached
