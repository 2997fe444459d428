"""Life years in a bracket after a name: "her father, Ivo Brand (1902–1968)" is born in 1902 and
died in 1968; "(b. 1931)" and "(1931– )" give only the birth, and so does a lone year after a
listed child ("two sons: Ivo (1931) and Bo (1934)"). Each gives the person's facts and a
birth (and death) event dated by its own year.

Not a lifespan: two years in the bracket of a spouse named as a union ("First marriage, to Ivo Brand
(1976-1991)", "married Ivo (1950–1962)") are the union's years, which the union readers handle.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.events.triggers import _Raw
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse

_YEAR = r"(1[6-9]\d\d|20\d\d)"
_SPAN = re.compile(rf"\s*\(\s*(?:b\.\s*|born\s+)?{_YEAR}\s*(?:[\u2013\u2014-]+\s*(?:{_YEAR}|d\.\s*"
                   rf"{_YEAR})?\s*)?\)")
#: words before the name that make the bracket a union's years, not a life's
_UNION_WORDS = re.compile(r"\b(?:marri\w*|wed\w*|husband|wife|spouse|partner\w*|union|"
                          r"relationship|divorc\w*|engage\w*|together|m\.)\W", re.I)


def read_lifespans(doc: StoryDoc, ms: list[Mention], d: Discourse) -> list[_Raw]:
    """Birth and death events from "Name (1902–1968)"; the years are set on the person too."""
    out: list[_Raw] = []
    seen: set[int] = set()
    for m in ms:
        if m.kind != "name" or m.entity == -1 or m.quote != -1:
            continue
        hit = _SPAN.match(doc.text, m.end)
        if hit is None:
            continue
        born = int(hit.group(1))
        dead_s = hit.group(2) or hit.group(3)
        dead = int(dead_s) if dead_s else None
        bare = dead is None and "-" not in hit.group(0) and "\u2013" not in hit.group(0) and \
            not re.search(r"\(\s*b", hit.group(0))
        if bare and not _listed_child(doc, m.head) or dead is not None and not (
                0 <= dead - born <= 115):
            continue   # a lone year is a birth only for a listed child; an impossible life is no span
        sent = doc.sents[doc.toks[m.head].sent]
        before = doc.text[doc.toks[sent.start_tok].start:m.start]
        if dead_s and _UNION_WORDS.search(before + " "):
            continue   # "married Ivo (1950-1962)": the union's years
        ent = d.ents.find(m.entity)
        if ent in seen:
            continue
        seen.add(ent)
        e = d.ents.get(ent)
        span = (m.start, hit.end())
        if e.birth_year is None:
            e.birth_year = born
            e.evidence.setdefault("birth_year", []).append(span)
        out.append(_raw(doc, "birth", ent, m, born))
        if dead is not None:
            e.deceased = True
            e.evidence.setdefault("deceased", []).append(span)
            if e.death_year is None:
                e.death_year = dead
            out.append(_raw(doc, "death", ent, m, dead))
    return out


#: A note's date-of-birth field: "DOB 02/17/2015", "DOB 04/2009", "D.O.B.: 1979", "date of birth
#: 2011-04-02".
_DOB = re.compile(r"\b(?:DOB|D\.O\.B\.?|[Dd]ate of [Bb]irth)\s*:?\s*(?:\d{1,2}[/.-](?:\d{1,2}[/.-])?"
                  rf"{_YEAR}|{_YEAR}(?:[/.-]\d{{1,2}}[/.-]\d{{1,2}})?)\b")


def read_birth_fields(doc: StoryDoc, ms: list[Mention], d: Discourse,
                      raws: list[_Raw]) -> list[_Raw]:
    """Birth events from a note's "DOB" field: the birth of the person last named before it on
    the same line ("Client: Ivo Brand, DOB 11/09/2007, F"), dated by the field's year."""
    out: list[_Raw] = []
    f = d.ents.find
    have = {f(p) for r in raws if r.type == "birth" for p in r.people[:1]}
    names = [m for m in ms if m.kind == "name" and m.entity != -1 and m.quote == -1]
    for hit in _DOB.finditer(doc.text):
        line_start = doc.text.rfind("\n", 0, hit.start()) + 1
        owner = [m for m in names if line_start <= m.start and m.end <= hit.start()]
        if not owner:
            continue
        ent = f(owner[-1].entity)
        if ent in have:
            continue
        have.add(ent)
        year = int(hit.group(1) or hit.group(2))
        e = d.ents.get(ent)
        if e.birth_year is None:
            e.birth_year = year
            e.evidence.setdefault("birth_year", []).append((hit.start(), hit.end()))
        out.append(_raw(doc, "birth", ent, owner[-1], year))
    return out


#: Nouns of children a list of names with a lone year each may follow: "two children: Ida (1931)
#: and Bo (1934)".
_CHILD_NOUNS = frozenset(["child", "children", "kid", "kids", "son", "sons", "daughter",
                          "daughters", "boy", "boys", "girl", "girls", "twin", "twins"])


def _listed_child(doc: StoryDoc, k: int) -> bool:
    """The name at ``k`` stands in apposition (or in a list in apposition) to a noun of children,
    so a lone year in a bracket after it is the child's birth year."""
    toks = doc.toks
    for _ in range(6):
        if toks[k].dep not in ("appos", "conj") or toks[k].head == k:
            return False
        k = toks[k].head
        if toks[k].lemma in _CHILD_NOUNS or toks[k].lower in _CHILD_NOUNS:
            return True
    return False


def _raw(doc: StoryDoc, type_: str, ent: int, m: Mention, year: int) -> _Raw:
    s = doc.toks[m.head].sent
    sent = doc.sents[s]
    span = (doc.toks[sent.start_tok].start, doc.toks[sent.end_tok - 1].end)
    return _Raw(type_, [ent], m.head, s, "", span, derived=True, year=year)
