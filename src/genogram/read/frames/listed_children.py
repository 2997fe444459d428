"""Children a note gives to a couple it has just named: "lives w/ mother and stepfather Ned Roe,
and their 2 children: half-bro Tim (6), half-sis Una (3)"; "m. 2008 to Una Roe, div. 2014. One
son from that marriage, Tim (13)".

In a note, "their" before a plural child noun is the pair the clause has just named, joined by
"and" ("mother and stepfather Ned"); the resolver cannot bind it, because a bare "mother" is
only given its person by the frames. Each name listed after the noun (with ages in
parentheses, commas, "and" and kin shorthand between) is a child of both.
"""

from __future__ import annotations

import re

from genogram.read.frames.note import _Note
from genogram.read.frames.ties import _gendered, _relate
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention

#: Between the two people of the couple: an age in parentheses, a comma, "and" or "&", and kin
#: words ("mother and stepfather Ned").
_COUPLE_GAP = re.compile(r"(?:\s*\([^()]{0,30}\))?\s*,?\s*(?:and|&)\s+[\w/-]*(?:\s+[\w/-]+)?\s*")


_BRACKETS = re.compile(r"\([^()]{0,30}\)")
_YEAR = re.compile(r"(?:\d{1,2}/)?(?:18|19|20)\d\d")
#: Words that may follow the couple before "their": a union's date in shorthand and "and".
_TAIL_WORDS = frozenset(["and", "&", "m.", "married", "since", "in"])


def listed_children(note: _Note) -> None:
    """Each name listed after "their N children:" is a child of the couple named before it."""
    ms = note.ms
    for m in ms:
        if (m.kind != "kin" or not m.plural or m.kin is None or m.kin.path != "C"
                or m.kin.qual or m.quote != -1 or m.possessor == -1):
            continue
        poss = ms[m.possessor]
        if poss.kind != "they" or poss.entity != -1:
            continue
        couple = _couple_before(note, poss.start)
        if couple is None:
            continue
        for kid in _names_listed(note, m):
            term = _gendered(m.kin, note.ents.gender(kid.entity))
            for parent in couple:
                _relate(note, parent, term, kid.entity, (m.start, m.end), None)


def _couple_before(note: _Note, at: int) -> tuple[int, int] | None:
    """The two people the clause names last before offset ``at``, joined by "and"."""
    doc, ents = note.doc, note.ents
    k = doc.tok_at(at)
    sent = doc.sents[doc.toks[k].sent]
    people = [m for m in note.mentions_in(doc.toks[sent.start_tok].start, at)
              if m.entity != -1]
    if len(people) < 2:
        return None
    first, second = people[-2], people[-1]
    if second.start < first.end:   # "his wife Una": one person, two mentions
        return None
    if _COUPLE_GAP.fullmatch(doc.text, first.end, second.start) is None:
        return None
    tail = re.split(r"[\s,;]+", _BRACKETS.sub(" ", doc.text[second.end:at]).lower())
    if not all(not w or w in _TAIL_WORDS or _YEAR.fullmatch(w) for w in tail):
        return None   # "mother and stepfather Ned (45), m. 2017, and their ..."
    a, b = ents.find(first.entity), ents.find(second.entity)
    return (a, b) if a != b else None


def _names_listed(note: _Note, m: Mention) -> list[Mention]:
    """The names that follow the plural kin noun ``m``, up to its count if it gives one."""
    doc = note.doc
    out: list[Mention] = []
    pos = m.end
    sent = doc.sents[doc.toks[doc.tok_at(m.start)].sent]
    for n in note.mentions_in(m.end, doc.toks[sent.end_tok - 1].end):
        if n.kind != "name" or n.entity == -1 or not _list_gap(doc.text[pos:n.start]):
            break
        out.append(n)
        pos = n.end
    return out[:m.count] if m.count else out


def _list_gap(gap: str) -> bool:
    """Only list punctuation, "and", parentheses and kin words ("), half-sis ")."""
    words = re.split(r"[\s,:;&]+", _BRACKETS.sub(" ", gap))
    return all(not w or w == "and" or kin_term(w.lower()) is not None for w in words)



#: "from that marriage", "of this relationship": the union the note named last.
_THAT_UNION = re.compile(r"\s*,?\s*(?:from|of|by)\s+(?:that|this|the same)\s+"
                         r"(?:marriage|relationship|union)\b", re.IGNORECASE)


def children_of_that_marriage(note: _Note) -> None:
    """ "One son from that marriage, Tim (13)": the child of the couple the last partner claim
    before it names (a spouse or an ex)."""
    ents, text = note.ents, note.doc.text
    for m in note.ms:
        if (m.kind != "kin" or m.kin is None or m.kin.path != "C" or m.kin.qual
                or m.quote != -1 or m.entity == -1 or not _THAT_UNION.match(text, m.end)):
            continue
        before = [c for c in ents.claims if c.term.path == "E" and not c.in_quote
                  and c.span[1] <= m.start and ents.find(c.possessor) != ents.find(c.referent)]
        if not before:
            continue
        last = max(before, key=lambda c: c.span)
        kid = ents.find(m.entity)
        for parent in (last.possessor, last.referent):
            if ents.find(parent) != kid:
                _relate(note, parent, m.kin, kid, (m.start, m.end), None)


def children_after_a_union(note: _Note) -> None:
    """ "Ulla m. Ivo Berg 1985; div. 1997. Two children: Bo (33) and Mia (29).": a sentence that
    opens on a counted child noun with no owner, right after the sentence that states a couple's
    union, lists that couple's children."""
    doc, ents = note.doc, note.ents
    toks = doc.toks
    for m in note.ms:
        if (m.kind != "kin" or not m.plural or m.kin is None or m.kin.path != "C" or m.kin.qual
                or m.quote != -1 or m.possessor != -1 or m.possessor_tok != -1 or not m.count):
            continue
        k = doc.tok_at(m.start)
        s = toks[k].sent
        if s == 0 or toks[doc.sents[s].start_tok].start != m.start or (
                doc.sents[s - 1].para != doc.sents[s].para):
            continue
        prev = doc.sents[s - 1]
        a, b = toks[prev.start_tok].start, toks[prev.end_tok - 1].end
        unions = [c for c in ents.claims if c.term.path == "E" and not c.in_quote
                  and "affair" not in c.term.qual and a <= c.span[0] and c.span[1] <= b
                  and ents.find(c.possessor) != ents.find(c.referent)]
        if not unions:
            continue
        last = max(unions, key=lambda c: c.span)
        for kid in _names_listed(note, m):
            child = ents.find(kid.entity)
            term = _gendered(m.kin, ents.gender(kid.entity))
            for parent in (last.possessor, last.referent):
                if ents.find(parent) != child:
                    _relate(note, parent, term, child, (m.start, m.end), None)
