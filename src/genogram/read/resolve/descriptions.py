"""Resolving a description ("the neighbor", "Client", "a woman from church")."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions import ROLE_NAMES, Mention
from genogram.read.resolve.discourse import Discourse, _bind, _resolve_one


def _resolve_desc(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    ents = d.ents
    ent = None
    if m.noun in ROLE_NAMES:
        # "Client", "the patient": one person throughout a clinical note
        ent = d.roles.get(m.noun)
        ent = ents.find(ent) if ent is not None else None
    elif m.definite:
        # "the neighbor" again: the latest person described with that noun; "the old man",
        # first the latest one described as an old man ("the man my aunt married" is not him)
        modified = _modified_noun(doc, m)
        for wanted in ([modified] if modified else []) + [None]:
            for _sent, _idx, e_id, _subj in reversed(d.recent):
                e = ents.get(e_id)
                if m.noun in e.nouns and (wanted is None or any(
                        wanted in desc.lower() for desc in e.descs)):
                    ent = ents.find(e_id)
                    break
            if ent is not None:
                break
    if ent is None:
        if m.possessor != -1 or m.same_as or not m.definite or m.noun not in ("woman", "man"):
            ent = ents.new()
        else:
            return
    if m.noun in ROLE_NAMES:
        for noun in ROLE_NAMES:
            d.roles.setdefault(noun, ent)
    e = ents.get(ent)
    e.nouns.append(m.noun)
    desc = doc.text[m.start:m.end]
    if desc not in e.descs:
        e.descs.append(desc)
    _bind(doc, d, m, ent, strong=True)
    if m.possessor != -1:
        pm = ms[m.possessor]
        if pm.entity == -1 and pm.kind not in ("we", "they"):
            _resolve_one(doc, ms, d, pm)


def _modified_noun(doc: StoryDoc, m: Mention) -> str | None:
    """"old man" for "the old man": the description's adjectives and noun, or None if bare."""
    toks = doc.toks
    adjs = [toks[c].lower for c in toks[m.head].children if toks[c].dep == "amod" and c < m.head]
    return " ".join([*adjs, toks[m.head].lower]) if adjs else None
