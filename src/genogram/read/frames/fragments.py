"""A note's verbless fragment whose subject is the person the section is about.

Under a heading ("Family of origin, Yrsa.") or a client label, a note drops the subject:
"Only child of Aake Storm and Gunhild Storm." or "Second of four sons of Aake and Gunhild." The kin
noun is the section's person, and the "of" names their parents.
"""

from __future__ import annotations

import re

from genogram.read.frames.note import _Note
from genogram.read.frames.ties import _relate
from genogram.read.mentions import Mention

#: Words that pick one child out of a set: "eldest of three sons", "second of four children".
_RANKS = frozenset(["eldest", "oldest", "youngest", "middle", "first", "second", "third",
                    "fourth", "fifth", "sixth", "last", "one"])


def fragment_subject(note: _Note, s: int, e: int, who: int) -> None:
    """Read the segment ``[s, e)`` as a subjectless "<child noun> of <parents>" about ``who``."""
    toks = note.doc.toks
    first = max(0, note.doc.tok_at(s))
    if toks[first].end <= s:
        first += 1
    while first < len(toks) and toks[first].start < e and toks[first].pos in ("SPACE", "PUNCT"):
        first += 1
    if first >= len(toks) or toks[first].start >= e:
        return
    mentions = note.mentions_in(s, e)
    if not mentions:
        return
    m = mentions[0]
    if m.kind != "kin" or m.kin is None or m.kin.path != "C" or not m.of_tok:
        return
    lead = [t for t in toks[first:] if t.start < m.start]
    if lead and lead[0].lower in _RANKS and len(lead) >= 2 and lead[1].lower == "of":
        # "Second of four sons of Aake and Gunhild": one of the set, so a child of its parents
        if len(lead) != 2:
            return
        for p in _parents(note, m):
            _relate(note, p, m.kin, who, (m.start, m.end), None)
        return
    if m.plural or any(t.pos not in ("ADJ", "DET", "ADV") for t in lead):
        return
    ents = note.ents
    if m.entity != -1:
        ent, who = ents.find(m.entity), ents.find(who)
        if ent != who and ents.compatible(ent, who):
            ents.merge(who, ent)  # "Only child of Aake and Gunhild": the section's person


def _parents(note: _Note, m: Mention) -> list[int]:
    out: list[int] = []
    last: Mention | None = None
    for t in m.of_tok:
        for o in note.ms:
            if o.head == t and o.entity != -1 and not o.is_pronoun:
                e = note.ents.find(o.entity)
                if e not in out:
                    out.append(e)
                    last = o
    if last is not None and len(out) == 1:
        # "of Aake Storm (d. 2009) and Gunhild Storm (81)": a bracket between the two parents can
        # make the parser lose the second one
        text = note.doc.text
        nxt = note.mentions_in(last.end, last.end + 60)
        if nxt and nxt[0].kind == "name" and nxt[0].entity != -1 and _AND_AFTER_BRACKET.fullmatch(
                text[last.end:nxt[0].start]):
            e = note.ents.find(nxt[0].entity)
            if e not in out:
                out.append(e)
    return out


_AND_AFTER_BRACKET = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*,?\s*(?:and|&)\s+")
