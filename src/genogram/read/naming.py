"""A kin phrase that the next sentence names: "Ivo is helping his son study. His name is Tam."

Kept apart from :mod:`resolve`: the resolver asks here before it guesses that "his son" is a son
already known from the discourse, because a phrase the story goes on to name is that named
person, whoever else is someone's son nearby.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention

#: "His name is Tam." / "Her name was Ula." at a sentence start.
_NAMING = re.compile(r"\s*(?:his|her)\s+name\s+(?:is|was)\s+[A-Z]", re.I)


def named_next(doc: StoryDoc, m: Mention) -> bool:
    """Is ``m`` the last kin phrase of its sentence, with the next sentence naming it ("His name
    is Tam.")?"""
    toks = doc.toks
    sent = toks[m.head].sent
    if sent + 1 >= len(doc.sents):
        return False
    here = doc.sents[sent]
    for k in range(m.head + 1, here.end_tok):
        if toks[k].pos in ("NOUN", "PROPN") and toks[k].is_title:
            return False  # a name after the phrase ("his son Tam") names it already
        if kin_term(toks[k].lower) is not None:
            return False  # "his son and his daughter. His name…": which one is unclear
    nxt = doc.sents[sent + 1]
    start = toks[nxt.start_tok].start
    return bool(_NAMING.match(doc.text, start))
