"""Kin labels and FOO sections: "Mother: Hjalmar Mads, 34.", "Bettan FOO: parents ...".

A kin label at the start of a clause ("Maternal grandmother:", "Janne's father:",
"Siblings:") names the owner's relative by the first name after it (each name of its first
clause for a plural label); "<Name> FOO:" opens a section whose kin words belong to <Name>.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from genogram.read.entities import names_match
from genogram.read.frames.note import _in_brackets, _Note
from genogram.read.frames.sides import _SIDES, ABBREVIATIONS
from genogram.read.frames.ties import _attach, _gendered, _holder, _known, _named, _new, _relate
from genogram.read.frames.unions import _DIVORCE
from genogram.read.lexicon import KinTerm, kin_term
from genogram.read.mentions import ROLE_NAMES

_LABEL_SKIP = frozenset(["younger", "older", "elder", "biological", "bio", "current", "late",
                         "deceased", "only", "identified", "other"])
#: Words after "<kin>" in a label that still keep it a kin label ("Children in household").
_LABEL_TAIL = frozenset(["in", "at", "from", "of", "living", "(if", "-"])
_NOBODY = re.compile(r"\s*(?:unknown\b|none\b|n/?a\b|not\b|no\b|nil\b|deceased\s*[,.;]?\s*$)", re.I)
_PLURAL_KIN = frozenset(["parents", "grandparents", "siblings", "children", "kids", "sons",
                         "daughters", "brothers", "sisters", "foster parents",
                         "half-siblings", "half-brothers", "half-sisters", "stepchildren"])


@dataclass
class _Label:
    term: KinTerm
    side: str | None
    owner: int | None        # "Janne's father:" -> Janne
    plural: bool
    span: tuple[int, int]


def _kin_label(note: _Note, words: str, at: int) -> _Label | None:
    ws = words.split()
    owner = None
    if ws and (ws[0].endswith("'s") or ws[0].endswith("\u2019s")) and len(ws) > 1:
        ms = [m for m in note.mentions_in(at, at + len(ws[0])) if m.entity != -1
              and m.kind in ("name", "desc")]
        kin_owner = _kin_owner(note, ws[0][:-2]) if not ms else None
        if not ms and kin_owner is None and ws[0][:-2].lower() not in ROLE_NAMES:
            return None
        owner = note.ents.find(ms[0].entity) if ms else kin_owner if kin_owner is not None else (
            note.ip)
        ws = ws[1:]
    side = None
    if ws and ws[0].lower() in _SIDES:
        side = _SIDES[ws[0].lower()]
        ws = ws[1:]
    while ws and ws[0].lower() in _LABEL_SKIP:
        ws = ws[1:]
    if not ws:
        return None
    if len(ws) == 1 and ws[0].lower() in ABBREVIATIONS:
        word, side = ABBREVIATIONS[ws[0].lower()]
        term = kin_term(word)
        assert term is not None
        return _Label(term, side, owner, word.endswith("s"), (at, at + len(words)))
    for width in range(min(3, len(ws)), 0, -1):
        term = kin_term(" ".join(ws[:width]))
        rest = ws[width:]
        if term is not None and (not rest or rest[0].lower() in _LABEL_TAIL):
            if term.path in ("G", "g"):
                return None
            low = " ".join(ws[:width]).lower()
            plural = low in _PLURAL_KIN or low.endswith("ren") or low.endswith("s") and (
                kin_term(low[:-1]) is not None)
            return _Label(term, side, owner, plural, (at, at + len(words)))
    return None


def _label_frame(note: _Note, label: _Label, lab: re.Match, end: int, sec: int | None) -> None:
    """ "Mother: Hjalmar Mads, 34." — the owner's relative, named by the first name after."""
    ents, text = note.ents, note.doc.text
    owner = label.owner if label.owner is not None else sec if sec is not None else note.ip
    if owner is None:
        return
    body_a = lab.end()
    inner = note.mentions_in(body_a, end)
    label_ms = [m for m in note.mentions_in(label.span[0], label.span[1]) if m.kind == "kin"]
    for m in label_ms:
        note.done.add(m.idx)
    if label.plural:
        if label.term.path == "P" and _DIVORCE.search(text, body_a, end):
            note.divorced.append((owner, (lab.start(1), end)))
        first_kin = next((m for m in inner if m.kind == "kin"), None)
        names = [m for m in inner if m.kind == "name" and m.entity != -1
                 and (first_kin is None or m.start < first_kin.start)
                 and not _in_brackets(text, body_a, m.start)]
        for m in names[:6]:
            ent = ents.find(m.entity)
            if ent == ents.find(owner):
                continue
            _relate(note, owner, _gendered(label.term, ents.gender(ent)), ent, label.span,
                    label.side)
            note.done.add(m.idx)
        return
    line_end = next((b for a, b in note.doc.para_bounds if a <= body_a < b), end)
    if label.term.path == "P" and not label.term.qual and not label.plural and (
            div := _DIVORCE.search(text, body_a, line_end)):
        note.divorced.append((owner, (div.start(), div.end())))   # "Father: ...; div. 2017"
    target: int | None = None
    first = inner[0] if inner else None
    if first is not None and first.kind == "kin" and first.entity != -1 and (
            first.possessor != -1 or first.possessor_tok != -1):
        if first.kin is not None and first.kin.path == label.term.path:
            target = ents.find(first.entity)   # "Father: Client's father, Ulrike Ulf, ..."
    elif first is not None and first.kind == "name" and first.entity != -1 and not _NOBODY.match(
            text, body_a):
        target = _named(note, owner, label.term, label.side, first.entity)
        note.done.add(first.idx)
    if target is None:
        target = _holder(note, owner, label.term, label.side)
        if target == -1:
            return
    if target is None:
        if _NOBODY.match(text, body_a) or body_a >= end:
            return
        unresolved = [m for m in label_ms if m.entity != -1]
        target = ents.find(unresolved[0].entity) if unresolved else _new(note, label.span)
    for m in label_ms:
        _attach(note, m, target)
    if target != ents.find(owner):
        _relate(note, owner, label.term, target, label.span, label.side)


def _kin_owner(note: _Note, word: str) -> int | None:
    """The patient's relative a kin word or abbreviation names ("Mother's siblings:",
    "Stepfather's FOO:", "MGM's sister"), when exactly one is known."""
    if note.ip is None:
        return None
    low = word.lower()
    side = None
    if low in ABBREVIATIONS:
        low, side = ABBREVIATIONS[low]
    term = kin_term(low)
    if term is None or term.path in ("G", "g"):
        return None
    return _known(note, note.ip, term, side)


def _foo_owner(note: _Note, hit: re.Match) -> int | None:
    g = 1 if hit.group(1) else 2 if hit.lastindex == 2 and hit.group(2) else 0
    if not g:
        return note.ip
    ents, name = note.ents, hit.group(g)
    kin_owner = _kin_owner(note, name)
    if kin_owner is not None:
        return kin_owner
    for m in note.mentions_in(hit.start(g), hit.end(g)):
        if m.entity != -1 and m.kind in ("name", "desc"):
            e = ents.find(m.entity)
            # "Alvar FOO" read as a full name: the Alvar named before
            if all(n == name or "FOO" in n.split() for n in ents.get(e).names):
                known = {ents.find(x) for x in ents.by_word.get(name.split()[0].lower(), ())}
                known = {x for x in known if x != e and ents.get(x).first < ents.get(e).first
                         and any(names_match(name, n) for n in ents.get(x).names)}
                if len(known) == 1:
                    x = known.pop()
                    if ents.compatible(x, e, names=False):
                        e = ents.merge(x, e)
            return e
    if name.lower() in ROLE_NAMES:
        return note.ip
    found = note.ents.find_by_name(name)
    return note.ents.find(found) if found is not None else None
