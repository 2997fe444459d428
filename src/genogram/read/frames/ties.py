"""Who already holds a kin role, and how the frames add a tie, a person or a mention.

Every frame ends in "``owner``'s ``term`` is ``target``": these helpers find the one person
already known in a role (``_holder``), make the claim once (``_relate``), bind a mention to its
person (``_attach``) and make up a person when a frame names nobody yet (``_new``).
"""

from __future__ import annotations

from genogram.read.entities import Entities
from genogram.read.frames.note import _Note
from genogram.read.lexicon import KIN_TERMS, KinTerm
from genogram.read.mentions import Mention

_GENDERED: dict[tuple[str, frozenset, str], KinTerm] = {}
for _t in KIN_TERMS.values():
    if _t.gender is not None:
        _GENDERED.setdefault((_t.path, _t.qual, _t.gender), _t)


def _named(note: _Note, owner: int, term: KinTerm, side: str | None, ent: int) -> int:
    """The named person ``ent`` is ``term`` of ``owner``: an unnamed one already known in that
    role ("his mother" before "Mother: Kalle") is the same person."""
    ents = note.ents
    target = ents.find(ent)
    held = _known(note, owner, term, side)
    if held is not None and held != target and not ents.get(held).names and ents.compatible(
            held, target):
        target = ents.merge(held, target)
    return target


def _relate(note: _Note, owner: int, term: KinTerm, target: int, span: tuple[int, int],
            side: str | None, *, title: bool = False) -> None:
    ents = note.ents
    owner, target = ents.find(owner), ents.find(target)
    if owner == target:
        return
    if not _claimed(ents, owner, target, term):
        ents.claim(owner, term, target, span, title_only=title)
        note.sure.add(span)
    if term.gender and not (ents.get(target).gender_votes or ents.get(target).name_votes):
        ents.get(target).gender_votes[term.gender] += 3
    if side and term.path in ("PP", "PS"):
        note.sides[target] = (owner, side)


def _claimed(ents: Entities, owner: int, target: int, term: KinTerm) -> bool:
    o, t = ents.find(owner), ents.find(target)
    return any(ents.find(c.possessor) == o and ents.find(c.referent) == t
               and c.term.path == term.path for c in ents.claims)


def _holder(note: _Note, owner: int, term: KinTerm, side: str | None) -> int | None:
    """The one person already known as ``term`` of ``owner`` (on ``side``, if given)."""
    ents = note.ents
    found = ents.holders(owner, term)
    if side is not None:
        found = {x for x in found if note.sides.get(x, (owner, side))[1] == side}
    if len(found) > 1:   # a stated tie outranks a title ("Nana Lu"), a named one an unnamed one
        o = ents.find(owner)
        stated = {x for x in found if any(
            not c.title_only and ents.find(c.possessor) == o and ents.find(c.referent) == x
            and c.term.path == term.path and c.term.qual - {"late"} == term.qual - {"late"}
            for c in ents.claims)}  # a stepfather is not stated as the father
        found = stated or found
    if len(found) > 1:
        named = {x for x in found if ents.get(x).names}
        if len(named) == 1:
            found = named
    if len(found) == 1:
        return ents.find(found.pop())
    if found:
        return -1      # several: ambiguous
    if term.gender is None:
        return ents.lookup(owner, term)
    # "father" when the parents were named without a gender: the one who may be him
    o = ents.find(owner)
    loose = {ents.find(c.referent) for c in ents.claims
             if ents.find(c.possessor) == o and c.term.path == term.path and c.term.gender is None
             and c.term.qual == term.qual}
    loose = {x for x in loose if ents.gender(x) in (None, term.gender)}
    if len(loose) == 1:
        return loose.pop()
    return -1 if loose else None


def _known(note: _Note, owner: int, term: KinTerm, side: str | None) -> int | None:
    """:func:`_holder`, None when ambiguous too."""
    h = _holder(note, owner, term, side)
    return None if h == -1 else h


def _gendered(term: KinTerm, gender: str | None) -> KinTerm:
    if term.gender is not None or gender not in ("male", "female"):
        return term
    return _GENDERED.get((term.path, term.qual, gender), term)


def _floating(ents: Entities, ent: int, ms: list[Mention]) -> bool:
    """An unnamed person known only from bare kin nouns (and pronouns for them): free to be
    anchored."""
    e = ents.get(ent)
    if e.names or e.narrator:
        return False
    return any(ms[i].kind == "kin" for i in e.mentions) and all(
        ms[i].kind == "kin" and ms[i].possessor == -1 or ms[i].is_pronoun for i in e.mentions)


def _attach(note: _Note, m: Mention, target: int) -> None:
    """Bind mention ``m`` to ``target``: merge a floating unnamed person it named, else move it."""
    ents = note.ents
    target = ents.find(target)
    if m.entity != -1:
        old = ents.find(m.entity)
        if old == target:
            return
        if _floating(ents, old, note.ms) and ents.compatible(old, target):
            ents.merge(old, target)
            return
        eo = ents.get(old)
        if m.idx in eo.mentions:
            eo.mentions.remove(m.idx)
        if (m.start, m.end) in eo.spans:
            eo.spans.remove((m.start, m.end))
        ents.claims[:] = [c for c in ents.claims if c.span != (m.start, m.end)]
    m.entity = target
    e = ents.get(target)
    e.mentions.append(m.idx)
    e.spans.append((m.start, m.end))
    e.first = min(e.first, m.start)
    e.strong_mentions += 1
    if m.gender:
        e.gender_votes[m.gender] += 3
    desc = note.doc.text[m.start:m.end]
    if m.kind == "kin" and desc not in e.descs:
        e.descs.append(desc)


def _new(note: _Note, span: tuple[int, int]) -> int:
    ents = note.ents
    x = ents.new()
    note.created.append(x)
    e = ents.get(x)
    e.first = span[0]
    e.descs.append(note.doc.text[span[0]:span[1]])
    e.spans.append(span)
    e.strong_mentions += 1
    return x
