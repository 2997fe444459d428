"""A note's dated union shorthand: "(m. 2007, div. 2011)" beside a couple, "Married 2005,
divorced 2019" in a "Parents:" line, "Cohabiting since 2012, married 2016" after a "Clients:"
line, "Couple married in 2017".

Each dated word goes to the couple whose evidence lies nearest it in the same sentence, else
to the person the entry just named ("stepfather Ned Roe (38), m. 2017") and that person's one
partner; a sentence that names no couple is about the couple the note is about: in a "Parents:" line the
identified patient's two parents, else the one couple named in a "Clients:" / "Present:" /
"Couple:" line, else the patient and the patient's one current partner.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.events.people import _Partners
from genogram.read.events.triggers import _Raw
from genogram.read.frames.shorthand import entry_subject
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse
from genogram.read.resolve.couples import COUPLE_LINE
from genogram.read.verbs import VerbFacts

#: Clinical shorthand for a couple's dates: "(m. 2007, div. 2011)", "Married 2005, divorced 2019",
#: "Cohabiting since 2012", "married 08/2022".
_NOTED_UNION = re.compile(
    r"(?<![\w.])(?:(?P<marriage>m\.|married|remarried|marr\.)|(?P<divorce>div\.|divorced)"
    r"|(?P<separation>sep\.|separated)|(?P<cohabitation>cohabiting|cohabited|living together))"
    # ("m. Ulla 2007": in the shorthand the spouse's name may stand before the year)
    r"\s*(?:(?<=\.)\s*(?-i:[A-Z][\w'\u2019-]+)(?:\s(?-i:[A-Z][\w'\u2019-]+)){0,2}\s+)?"
    r"(?:(?:in|since|from)\s+)?(?:\d{1,2}/)?(?P<year>(?:18|19|20)\d\d)\b",
    re.IGNORECASE)

_TYPES = ("marriage", "divorce", "separation", "cohabitation")

#: Labels of a note's line that names the couple it is about.
_PARENTS_LINE = re.compile(r"^\s*parents\s*:", re.IGNORECASE)


def _noted_union_events(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts,
                        raws: list[_Raw], partners: _Partners) -> list[_Raw]:
    """Marriages, divorces, separations and cohabitations a note gives as a word and a year."""
    f = d.ents.find
    spans: dict[frozenset[int], list[tuple[int, int]]] = {}
    for u in vf.unions:
        if u.type != "affair" and f(u.a) != f(u.b):
            spans.setdefault(frozenset((f(u.a), f(u.b))), []).extend(u.evidence)
    for c in d.ents.claims:
        a, b = f(c.possessor), f(c.referent)
        if c.term.path == "E" and a != b and not c.in_quote:
            spans.setdefault(frozenset((a, b)), []).append(c.span)
    have = {(r.type, frozenset(f(p) for p in r.people[:2])) for r in raws}
    out: list[_Raw] = []
    for hit in _NOTED_UNION.finditer(doc.text):
        k = doc.tok_at(hit.start())
        if k < 0 or doc.toks[k].quote != -1:
            continue
        s_index = doc.toks[k].sent
        sent = doc.sents[s_index]
        a, b = doc.toks[sent.start_tok].start, doc.toks[sent.end_tok - 1].end
        pair = _parents(doc, d, a) if _PARENTS_LINE.match(doc.text[a:b]) else None
        if pair is None:
            pair = _nearest_pair(spans, hit, a, b) or _subjects_couple(doc, ms, d, hit, partners)
        if pair is None:
            pair = _note_couple(doc, d, spans, partners)
        if pair is None:
            continue
        type_ = next(t for t in _TYPES if hit.group(t))
        if (type_, pair) in have:
            continue
        have.add((type_, pair))
        out.append(_Raw(type_, sorted(pair), k, s_index, "", (a, b),
                        time_tok=doc.tok_at(hit.start("year"))))
    return out


def _subjects_couple(doc: StoryDoc, ms: list[Mention], d: Discourse, hit: re.Match[str],
                     partners: _Partners) -> frozenset[int] | None:
    """ "stepfather Ned Roe (38), m. 2017": the entry's person and that person's one partner."""
    subject = entry_subject(doc, ms, hit.start())
    if subject is None:
        return None
    ents = d.ents
    who = ents.find(subject.entity)
    ps = [ents.find(p) for p in partners.current(who, d)]
    if not ps:
        # a step-parent is the partner of the stepchild's parent of the other sex
        kids = [ents.find(c.possessor) for c in ents.claims_about(who)
                if c.term.path == "P" and c.term.qual == frozenset({"step"})]
        ps = sorted({p for k in kids for p in ents.parents_of(k, born=True)
                     if p != who and ents.gender(p) not in (None, ents.gender(who))})
    return frozenset((who, ps[0])) if len(ps) == 1 else None


def _nearest_pair(spans: dict[frozenset[int], list[tuple[int, int]]], hit: re.Match[str],
                  a: int, b: int) -> frozenset[int] | None:
    """The couple whose evidence in the sentence ``[a, b)`` lies nearest the dated word."""
    best: tuple[int, frozenset[int]] | None = None
    for pair, evs in spans.items():
        for s, e in evs:
            if a <= s < b:
                dist = max(0, hit.start() - e, s - hit.end())
                if best is None or dist < best[0]:
                    best = (dist, pair)
    return best[1] if best is not None else None


def _parents(doc: StoryDoc, d: Discourse, at: int) -> frozenset[int] | None:
    """"Parents: Married 2005, divorced 2019": the identified patient's two parents."""
    ip = d.patient()
    if ip is None:
        return None
    parents = {d.ents.find(p) for p in d.ents.parents_of(ip)}
    return frozenset(parents) if len(parents) == 2 else None


def _note_couple(doc: StoryDoc, d: Discourse, spans: dict[frozenset[int], list[tuple[int, int]]],
                 partners: _Partners) -> frozenset[int] | None:
    """The couple a note is about: the one couple named in a "Clients:" / "Present:" line, else
    the identified patient and the patient's one current partner."""
    lines = [(doc.toks[s.start_tok].start, doc.toks[s.end_tok - 1].end) for s in doc.sents
             if COUPLE_LINE.match(doc.text[doc.toks[s.start_tok].start:
                                            doc.toks[s.end_tok - 1].end])]
    named = sorted({pair for pair, evs in spans.items() for s, _e in evs
                    for a, b in lines if a <= s < b}, key=sorted)
    if len(named) == 1:
        return named[0]
    ip = d.patient()
    if ip is None or named:
        return None
    ps = partners.current(ip, d)
    return frozenset((ip, d.ents.find(ps[0]))) if len(ps) == 1 else None
