"""Whose child "the baby" is when no kin phrase brought the baby in: the one who got pregnant a
few sentences before, and the one "by" whom ("At thirty she fell pregnant by a sailor called Ivo.
They never married. The baby was Fenna.")."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.mentions.name_cues import name_within
from genogram.read.resolve.discourse import Discourse, _mention_at, _resolve_one

#: How many sentences back a pregnancy still explains "the baby".
_WINDOW = 3


def pregnancy_parents(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """The parents a recent "got/was/became pregnant (by X)" gives the definite child word
    ``m``, or [] when no pregnancy is told close before it (the latest one wins)."""
    toks = doc.toks
    sent = toks[m.head].sent
    first = doc.sents[max(0, sent - _WINDOW)].start_tok
    for k in range(toks[m.head].i - 1, first - 1, -1):
        t = toks[k]
        if t.lower != "pregnant" or toks[t.head].lemma not in ("get", "be", "become", "fall"):
            continue
        verb = toks[t.head]
        if any(toks[c].dep == "neg" for c in verb.children):
            return []
        people = [_entity(doc, ms, d, c) for c in verb.children
                  if toks[c].dep in ("nsubj", "nsubjpass")]
        people += [_entity(doc, ms, d, g) for h in (t.i, verb.i) for c in toks[h].children
                   if toks[c].dep == "prep" and toks[c].lower == "by"
                   for g in toks[c].children if toks[g].dep == "pobj"]
        return list(dict.fromkeys(p for p in people if p is not None))
    return []


def _entity(doc: StoryDoc, ms: list[Mention], d: Discourse, tok: int) -> int | None:
    """The person at ``tok`` (resolved if need be), or the name a description there sets off
    ("a man named Ivo")."""
    named = name_within(doc, tok)
    pm = _mention_at(ms, doc, named if named != -1 else tok) or _mention_at(ms, doc, tok)
    if pm is None:
        return None
    if pm.entity == -1:
        _resolve_one(doc, ms, d, pm)
    return d.ents.find(pm.entity) if pm.entity != -1 else None
