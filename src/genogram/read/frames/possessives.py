"""Possessive pronouns in notes: "Aunt notes heavy drinking by her father".

In a note's telegraphic clause a "his"/"her" before a kin word belongs to the nearest person of
that gender before it in the clause; the kin phrase it owns then names the one that new owner
is already known to have ("her daughter" of the grandmother is the patient's mother).
"""

from __future__ import annotations

import bisect

from genogram.read.frames.note import _ends_clause, _Note
from genogram.read.frames.sides import _side_of
from genogram.read.frames.ties import _attach, _known, _new, _relate
from genogram.read.mentions import Mention

_PRONOUN_GENDER = {"he": "male", "she": "female"}


def _note_possessives(note: _Note) -> list[Mention]:
    """In a note a "his"/"her" before a kin word belongs to the nearest person before it in its
    clause ("Aunt notes heavy drinking by her father", "MGM describes bond with
    her daughter", "close to grandmother and to her partner"): the telegraphic
    clauses of notes leave no other candidate. Returns the kin mentions whose owner changed."""
    ents, ms = note.ents, note.ms
    out: list[Mention] = []
    for m in ms:
        if m.kind != "kin" or m.kin is None or m.possessor == -1 or m.quote != -1 or (
                m.entity == -1):
            continue
        pm = ms[m.possessor]
        g = _PRONOUN_GENDER.get(pm.kind)
        if g is None or pm.entity == -1 or pm.quote != -1:
            continue
        a = _clause_start(note, pm.start)
        ref = ents.find(m.entity)
        best = subject = None
        for o in note.mentions_in(a, pm.start):
            if (o.entity == -1 or o.quote != -1 or o.kind not in ("name", "kin", "desc")
                    or o.end > pm.start or o.plural):
                continue
            x = ents.find(o.entity)
            if x == ref or ents.gender(x) != g:
                continue
            if best is None or o.start >= best.start:
                best = o
            if subject is None and note.doc.toks[o.head].dep in ("nsubj", "nsubjpass"):
                subject = o
        best = subject or best
        if best is None:
            continue
        new, old = ents.find(best.entity), ents.find(pm.entity)
        if new == old:
            continue
        span = (m.start, m.end)
        mine = [c for c in ents.claims if c.span == span and ents.find(c.possessor) == old]
        if not mine:
            continue
        _move_mention(note, pm, new)
        out.append(m)
        e = ents.get(ref)
        if e.names or any(i != m.idx and not ms[i].is_pronoun for i in e.mentions):
            # the phrase was taken for someone the old owner has: it names someone else
            ents.claims[:] = [c for c in ents.claims if c.span != span]
            held = _known(note, new, m.kin, _side_of(note.doc.text, m))
            target = held if held is not None else _new(note, span)
            _attach(note, m, target)
            _relate(note, new, m.kin, target, span, None)
        else:
            for c in mine:
                c.possessor = new
    return out


def _clause_start(note: _Note, p: int) -> int:
    text = note.doc.text
    i = bisect.bisect_right([a for a, _b in note.doc.para_bounds], p) - 1
    line_a = note.doc.para_bounds[i][0] if i >= 0 else 0
    q = p - 1
    while q > line_a and not (text[q] in ";:" or _ends_clause(text, q)):
        q -= 1
    return q


def _move_mention(note: _Note, m: Mention, target: int) -> None:
    ents = note.ents
    old = ents.get(m.entity)
    if m.idx in old.mentions:
        old.mentions.remove(m.idx)
    if (m.start, m.end) in old.spans:
        old.spans.remove((m.start, m.end))
    m.entity = ents.find(target)
    e = ents.get(target)
    e.mentions.append(m.idx)
    e.spans.append((m.start, m.end))


def _known_referents(note: _Note, rebound: list[Mention]) -> None:
    """A kin phrase given a new owner names the one that owner is already known to have
    ("her daughter" of the grandmother is the mother of the patient)."""
    ents = note.ents
    for m in rebound:
        if m.entity == -1 or m.kin is None:
            continue
        r = ents.find(m.entity)
        e = ents.get(r)
        if e.names or any(note.ms[i].kind != "kin" for i in e.mentions
                          if not note.ms[i].is_pronoun):
            continue
        owner = next((ents.find(c.possessor) for c in ents.claims
                      if c.span == (m.start, m.end) and ents.find(c.referent) == r), None)
        if owner is None:
            continue
        found = ents.holders(owner, m.kin) - {r}
        if len(found) != 1:
            continue
        h = found.pop()
        ents.claims[:] = [c for c in ents.claims if not (
            c.span == (m.start, m.end) and ents.find(c.referent) == r)]
        if ents.compatible(h, r):
            ents.merge(h, r)


def _owned_by_bare_kin(note: _Note) -> None:
    """ "Father's sister was deaf from birth": resolution met the kin phrase before the bare
    "Father" was anyone, so its tie waits for the note to give the owner a person (the
    patient's father): then the phrase is that person's relative."""
    ents, ms = note.ents, note.ms
    for m in ms:
        if m.kind != "kin" or m.kin is None or m.possessor == -1 or m.quote != -1 or (
                m.entity == -1 or m.plural):
            continue
        pm = ms[m.possessor]
        if pm.kind != "kin" or pm.entity == -1 or pm.idx not in note.done:
            continue
        span = (m.start, m.end)
        if any(c.span == span for c in ents.claims) or _named_later_in_clause(note, m):
            continue
        _relate(note, pm.entity, m.kin, m.entity, span, None)


def _named_later_in_clause(note: _Note, m: Mention) -> bool:
    """ "Father's daughter by his first wife, Ulla (12)": a name further on in the
    phrase's clause may be the one it describes, so the phrase alone is not a new relative."""
    text = note.doc.text
    end = next((q for q in range(m.end, min(len(text), m.end + 120))
                if text[q] in ";\n" or _ends_clause(text, q)), min(len(text), m.end + 120))
    return any(o.kind == "name" for o in note.mentions_in(m.end, end))

