"""Union shorthand in a note's entry: "m. 2008 to Una Roe, div. 2014" after the person it is
about ("Father's hx: m. ...", "stepfather Ned Roe (38), m. 2017").

A note states a person's marriage as a bare "m." (or "married") with a year, and the person is
the one the entry just named: the mention right before it, with only an age in parentheses, a
comma or a "'s hx:"-style label between. "to <Name>" gives the spouse, and a later "div." in the
same sentence ends the marriage.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.frames.note import _Note
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention

#: "m. 2008 to", "married 06/2001 to", "m. to": the spouse's name follows.
_MARRIED_TO = re.compile(r"(?<![\w.])(?:m\.|marr\.|married|remarried)\s*(?:(?:in\s+)?(?:\d{1,2}/)?"
                         r"(?:18|19|20)\d\d\s*,?\s*)?to\s+"
                         # "Ulla m. Ivo Berg 1985": the bare abbreviation, then the spouse's name
                         r"|(?<![\w.])(?:m|marr)\.\s+(?=[A-Z][a-z])"
                         # "Married Ulla 1998, div. 2009": a note's verb with no subject
                         r"|(?<![\w.])(?:re)?married\s+(?=[A-Z][a-z])",
                         re.IGNORECASE)
_DIVORCED = re.compile(r"(?<![\w.])(?:div\.|divorced)", re.IGNORECASE)

#: What may stand between an entry's person and its shorthand: ages in parentheses, a possessive
#: label ("'s hx:", "'s history:"), commas and colons.
_GAP = re.compile(r"(?:\s*\([^()]{0,30}\))*(?:['\u2019]s\s+[A-Za-z.]{1,12}\s*:)?[\s,:;]*")


def entry_subject(doc: StoryDoc, ms: list[Mention], at: int) -> Mention | None:
    """The person mention a shorthand at offset ``at`` is about: the last non-pronoun mention in
    the same sentence that ends before ``at`` with only an age, a label or commas between."""
    k = doc.tok_at(at)
    if k < 0:
        return None
    sent = doc.sents[doc.toks[k].sent]
    first = doc.toks[sent.start_tok].start
    best: Mention | None = None
    for m in ms:
        if first <= m.start and m.end <= at and m.entity != -1 and not m.is_pronoun and (
                best is None or m.end > best.end or m.end == best.end and m.start > best.start):
            best = m
    if best is None or _GAP.fullmatch(doc.text, best.end, at) is None:
        return None
    return best


def _clause_subject(doc: StoryDoc, ms: list[Mention], at: int) -> Mention | None:
    """ "Ivo (33) is a nurse in Turku; m. to Ulla": after a semicolon, the shorthand
    is about the sentence's subject, when that is a person named before it."""
    if not doc.text[:at].rstrip().endswith(";"):
        return None
    k = doc.tok_at(at)
    if k < 0:
        return None
    sent = doc.sents[doc.toks[k].sent]
    first = doc.toks[sent.start_tok].start
    for m in ms:
        if first <= m.start < at and m.entity != -1 and not m.is_pronoun:
            return m if doc.toks[m.head].dep in ("nsubj", "nsubjpass") else None
    return None


#: A list entry's mark, then its opening label ("Client: ", "Father of Ivo and Bo: ").
_MARK = re.compile(r"[ \t]*(?:[-*\u2022\u2013]\s*)?")
_BULLET = re.compile(_MARK.pattern + r"(?:[A-Z][^:\n]{0,40}:\s*)?")


def _line_head(doc: StoryDoc, ms: list[Mention], at: int) -> Mention | None:
    """ "- Ivo Berg (47), stepfather, engineer. m. Ulla 2019.": a shorthand that opens a new
    sentence of a list entry is about the person the entry starts with."""
    text = doc.text
    line = text.rfind("\n", 0, at) + 1
    if not re.search(r"[.;]\s*$", text[line:at]):
        return None
    first = _MARK.match(text, line).end()
    head = _name_starting_at(ms, first, at)
    if head is not None and text.startswith(":", head.end):
        return head  # "R: prev. m. to Ivo Berg": the label is the entry's person
    return _name_starting_at(ms, _BULLET.match(text, line).end(), at)  # (after its label)


def _name_starting_at(ms: list[Mention], pos: int, at: int) -> Mention | None:
    """The first name mention from ``pos`` on (before ``at``), if it starts right at ``pos``."""
    head = min((m for m in ms if pos <= m.start < at and m.entity != -1 and m.kind == "name"),
               key=lambda m: m.start, default=None)
    return head if head is not None and head.start == pos else None


def married_to(note: _Note) -> None:
    """ "Stepdad's hx: m. 2008 to Una Roe, div. 2014": the entry's person and the named one are
    spouses (exes when the sentence also says "div.")."""
    doc, ents = note.doc, note.ents
    spouse, ex = kin_term("spouse"), kin_term("ex")
    assert spouse is not None and ex is not None
    for hit in _MARRIED_TO.finditer(doc.text):
        k = doc.tok_at(hit.start())
        if k < 0 or doc.toks[k].quote != -1:
            continue
        subject = (entry_subject(doc, note.ms, hit.start())
                   or _clause_subject(doc, note.ms, hit.start())
                   or _line_head(doc, note.ms, hit.start()))
        obj = next((m for m in note.mentions_in(hit.end(), hit.end() + 1) if m.entity != -1),
                   None)
        if subject is None or obj is None:
            continue
        a, b = ents.find(subject.entity), ents.find(obj.entity)
        if a == b:
            continue
        sent = doc.sents[doc.toks[k].sent]
        rest = doc.text[hit.end():doc.toks[sent.end_tok - 1].end]
        term = ex if _DIVORCED.search(rest) else spouse
        ents.claim(a, term, b, (hit.start(), obj.end))
