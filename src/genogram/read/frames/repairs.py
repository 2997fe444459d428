"""Repairs once the lines are read: one mother and one father, wrong pronoun guesses, mentions.

A person has one mother and one father (an unnamed "his mother" and "Mother: Kalle" are one
woman); a pronoun-owned kin phrase that makes a parent their own child's child goes; and every
person the frames made up from a label or an abbreviation gets a mention, so it is kept.
"""

from __future__ import annotations

from genogram.read.entities import Claim
from genogram.read.frames.note import _Note
from genogram.read.frames.sides import ABBREVIATIONS
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention


def _one_mother_one_father(note: _Note) -> None:
    """A person has one (biological) mother and one father: an unnamed "his mother" and the
    "Mother: Kalle Fenwick" of the same person are one woman (a kin phrase read before the
    frame named her). Several named ones are left alone."""
    ents = note.ents
    f = ents.find
    weak = _guess_spans(note, ("they",))
    for _round in range(2):
        by: dict[tuple[int, str], list[int]] = {}
        for c in ents.claims:
            if c.term.path != "P" or c.in_quote or c.term.qual - {"late"} or c.span in weak:
                continue
            o, r = f(c.possessor), f(c.referent)
            g = ents.gender(r) or c.term.gender
            if g not in ("male", "female") or o == r:
                continue
            lst = by.setdefault((o, g), [])
            if r not in lst:
                lst.append(r)
        changed = False
        for (_o, _g), held in by.items():
            held = list(dict.fromkeys(f(x) for x in held))
            if len(held) < 2:
                continue
            named = [x for x in held if ents.get(x).names]
            if len(named) > 1:
                continue
            target = named[0] if named else min(held, key=lambda x: ents.get(x).first)
            for x in held:
                x, target = f(x), f(target)
                if x == target or ents.get(x).names:
                    continue
                if not ents.compatible(target, x):
                    _drop_guesses_between(note, target, x)
                if ents.compatible(target, x):
                    target = ents.merge(target, x)
                    changed = True
        if not changed:
            break


def _give_mentions(note: _Note) -> None:
    """A person this step made up from a label or an abbreviation ("PGF, hx of
    gambling") gets a mention of its own, so that it is kept as a person."""
    ents, doc = note.ents, note.doc
    for x in note.created:
        r = ents.find(x)
        e = ents.get(r)
        if e.mentions or not e.spans:
            continue
        if not any(r in (ents.find(c.possessor), ents.find(c.referent)) for c in ents.claims):
            continue
        a, b = min(e.spans)
        words = doc.text[a:b]
        term = kin_term(words.lower())
        if term is None and words.lower() in ABBREVIATIONS:
            term = kin_term(ABBREVIATIONS[words.lower()][0])
        m = Mention(idx=len(note.ms), start=a, end=b, head=max(doc.tok_at(a), 0), kind="kin",
                    kin=term, gender=term.gender if term else None, entity=r)
        note.ms.append(m)
        e.mentions.append(m.idx)
    # every later "PGM", "MGF" too: a verb whose subject it is ("PGF and PGM separated in
    # 2010") finds its person only through a mention at that word
    heads = {m.head for m in note.ms}
    for (a, b), x in note.abbrev_spans:
        head = doc.tok_at(a)
        if head < 0 or head in heads or doc.text[a:b].lower() not in ABBREVIATIONS:
            continue
        r = ents.find(x)
        term = kin_term(ABBREVIATIONS[doc.text[a:b].lower()][0])
        m = Mention(idx=len(note.ms), start=a, end=b, head=head, kind="kin", kin=term,
                    gender=term.gender if term else None, entity=r)
        note.ms.append(m)
        ents.get(r).mentions.append(m.idx)
        heads.add(head)


def _guess_spans(note: _Note, pronouns: tuple[str, ...] = ("he", "she", "they")
                 ) -> set[tuple[int, int]]:
    """Spans of kin phrases whose owner was guessed: a pronoun ("their only child") or no
    word at all ("was a boy")."""
    ms = note.ms
    return {(m.start, m.end) for m in ms if m.kind == "kin" and (
        m.possessor == -1 and m.possessor_tok == -1
        or m.possessor != -1 and ms[m.possessor].kind in pronouns)} - note.sure


def _drop_guesses_between(note: _Note, a: int, b: int) -> None:
    """Two people the frames say are one (the patient's one father) are kept apart only by
    guessed claims between them: those claims go."""
    ents = note.ents
    pair = {ents.find(a), ents.find(b)}
    between = [c for c in ents.claims if {ents.find(c.possessor), ents.find(c.referent)} == pair]
    guesses = _guess_spans(note)
    if between and all(c.span in guesses and not c.title_only for c in between):
        spans = {c.span for c in between}
        ents.claims[:] = [c for c in ents.claims if c.span not in spans]


def _drop_contradicted(note: _Note) -> None:
    """A kin phrase owned by a pronoun ("their only child", "her father") whose reading makes
    a parent the child of their own child is a wrong guess about the pronoun: all its claims
    go (the frames state the tie the other way)."""
    ents, ms = note.ents, note.ms
    f = ents.find

    def up(c: Claim) -> tuple[int, int] | None:   # (parent, child)
        if c.term.path == "P":
            return f(c.referent), f(c.possessor)
        if c.term.path == "C":
            return f(c.possessor), f(c.referent)
        return None

    by_span: dict[tuple[int, int], Mention] = {}
    for m in ms:
        if m.kind == "kin" and m.possessor != -1 and ms[m.possessor].is_pronoun:
            by_span[(m.start, m.end)] = m
    pronoun_claims = [c for c in ents.claims if c.span in by_span]
    if not pronoun_claims:
        return
    firm = {up(c) for c in ents.claims if c.span not in by_span and up(c) is not None}
    bad: set[tuple[int, int]] = set()
    for c in pronoun_claims:
        t = up(c)
        if t is not None and (t[1], t[0]) in firm:
            bad.add(c.span)
    if bad:
        ents.claims[:] = [c for c in ents.claims if c.span not in bad]
