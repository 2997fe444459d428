"""The mother's side and the father's: "maternal"/"paternal" and MGM, MGF, PGM, PGF.

A grandparent, aunt or uncle on one side is recorded with its side as it is read; once the
parent on that side is known, ``_place_sides`` makes it that parent's parent or sibling. The
abbreviations name the identified patient's grandparents (and a name after one names them).
"""

from __future__ import annotations

import re

from genogram.read.frames.note import _name_after_span, _Note
from genogram.read.frames.ties import _GENDERED, _claimed, _holder, _known, _new, _relate
from genogram.read.lexicon import KIN_ABBREVIATIONS, KinTerm, kin_term
from genogram.read.mentions import Mention

#: Clinical abbreviations for grandparents: (kin word, side) (the shared lexicon's table).
ABBREVIATIONS = KIN_ABBREVIATIONS
_ABBREV_RE = re.compile(r"\b(MGM|MGF|PGM|PGF|MGPs?|PGPs?)\b")
_SIDES = {"maternal": "maternal", "paternal": "paternal", "mat.": "maternal",
          "pat.": "paternal", "mother's": "maternal", "father's": "paternal"}


def _abbreviations(note: _Note, a: int, b: int) -> None:
    """MGM, MGF, PGM, PGF: the IP's grandparents on one side (named when a name follows)."""
    ip = note.ip
    if ip is None:
        return
    text, ents = note.doc.text, note.ents
    for hit in _ABBREV_RE.finditer(text, a, b):
        word, side = ABBREVIATIONS[hit.group(1).lower()]
        if word.endswith("s"):
            continue
        term = kin_term(word)
        assert term is not None
        span = (hit.start(), hit.end())
        target = _abbreviated_person(note, ip, term, side, span, b)
        e = ents.get(target)
        e.gender_votes[term.gender or "unknown"] += 3 if term.gender else 0
        if not _claimed(ents, ip, target, term):
            _relate(note, ip, term, target, span, side)
        else:
            note.sides.setdefault(target, (ip, side))
        note.abbrev_spans.append((span, target))


def _abbreviated_person(note: _Note, owner: int, term: KinTerm, side: str | None,
                        span: tuple[int, int], limit: int) -> int:
    """Who a note's abbreviation for ``owner``'s relative ("MGM", "F") stands for: the one
    already known in that role, the name that follows it (the two merged when the known one is
    unnamed), else someone new; the abbreviation's span becomes that person's."""
    ents = note.ents
    named = _name_after_span(note, span[1], limit)
    target = _known(note, owner, term, side)
    if named is not None:
        n = ents.find(named.entity)
        if target is not None and target != n and not ents.get(target).names and (
                ents.compatible(target, n)):
            target = ents.merge(target, n)
        elif target is None:
            target = n
    if target is None:
        target = _new(note, span)
    e = ents.get(target)
    if span not in e.spans:
        e.spans.append(span)
        e.first = min(e.first, span[0])
    return target


def _place_sides(note: _Note) -> None:
    """A maternal grandmother is the mother's mother, once the mother is known; a maternal aunt
    the mother's sister. (Not a maternal half-sibling: the mother's child would become her
    husband's too in :mod:`build`, which is exactly what "half" denies.)"""
    ents, text = note.ents, note.doc.text
    for c in ents.claims:   # "his maternal grandmother" read before this step
        if c.term.path in ("PP", "PS") and not c.title_only and not c.in_quote:
            side = _side_in(text[max(0, c.span[0] - 10):c.span[1]])
            side = _SIDES[side] if side else None
            if side is not None:
                note.sides.setdefault(ents.find(c.referent), (ents.find(c.possessor), side))
    for ent, (owner, side) in list(note.sides.items()):
        parent_word = "mother" if side == "maternal" else "father"
        parent_term = kin_term(parent_word)
        assert parent_term is not None
        parent = _holder(note, owner, parent_term, None)  # a stated one outranks a guess
        if parent is None or parent == -1:
            continue
        ent = ents.find(ent)
        if parent == ent:
            continue
        rel = next((c for c in ents.claims if ents.find(c.possessor) == ents.find(owner)
                    and ents.find(c.referent) == ent), None)
        if rel is None:
            continue
        path = rel.term.path
        g = ents.gender(ent) or rel.term.gender
        if path == "PP":
            term = _GENDERED.get(("P", frozenset(), g or "")) or kin_term("parent")
        elif path == "PS":
            term = _GENDERED.get(("S", frozenset(), g or "")) or kin_term("sibling")
        else:
            continue
        assert term is not None
        if not _claimed(ents, parent, ent, term):
            ents.claim(parent, term, ent, rel.span)


def _side_of(text: str, m: Mention) -> str | None:
    return _side_in(text[max(0, m.start - 10):m.end])


def _side_in(words: str) -> str | None:
    """ "maternal" or "paternal" among ``words`` (punctuation aside: "(maternal uncles)")."""
    return next((w for w in re.findall(r"[a-z]+", words.lower())
                 if w in ("maternal", "paternal")), None)


#: A note's one-letter parents: "F Ivo Berg, d. 2009", "M has refused", "Ulla's F": an upper-case
#: F or M standing alone (not an initial "M." nor an age-and-sex tag "34F")
_PARENT_LETTER = re.compile(r"(?<![\w.'\u2019(\[])([FM])(?![\w.'\u2019\])])")
_PARENT_WORDS = {"F": "father", "M": "mother"}
_SEX_AFTER_AGE = re.compile(r"(?:\b\d{1,3}|\by/?o|\byrs?|\byears?(?:[ -]old)?)\s*$", re.I)


def parent_letters(note: _Note, a: int, b: int, owner: int) -> None:
    """ "F Ivo Berg (61)", "M never calls": the owner's father or mother (the
    clause's section owner, else the patient), named when a name follows."""
    text, ents = note.doc.text, note.ents
    for hit in _PARENT_LETTER.finditer(text, a, b):
        if _SEX_AFTER_AGE.search(text, max(0, hit.start() - 16), hit.start()):
            continue  # "14 y/o F", "Ana Berg, 7 F": the letter gives a sex, not a parent
        term = kin_term(_PARENT_WORDS[hit.group(1)])
        assert term is not None
        span = (hit.start(), hit.end())
        target = _abbreviated_person(note, owner, term, None, span, min(b, span[1] + 2))
        if target == ents.find(owner):
            continue
        if not _claimed(ents, owner, target, term):
            _relate(note, owner, term, target, span, None)
