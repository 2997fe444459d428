"""Events placed in time: each event takes the time expression of its own sentence (the one the
trigger governs, else the nearest), resolved against story time, the telling year or an age;
events are then ordered by story time. Ages and years are reconciled on the entities here.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.events.grammar import _governor
from genogram.read.events.person_facts import DatedEvent, born_or_dead, record_life_facts
from genogram.read.events.summary import _label, summary
from genogram.read.events.triggers import _Raw
from genogram.read.facts import EventFact
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse, _mention_at
from genogram.read.timeline import TimeExpr, find_times, resolve_year, telling_year

#: "now" told inside a sentence makes it present; a word that only starts like it ("went
#: nowhere") does not.
_NOW = re.compile(r" now(?:adays)?\b")


def _telling(doc: StoryDoc) -> int | None:
    sents: list[tuple[str, bool]] = []
    for s in doc.sents:
        text = doc.text[doc.toks[s.start_tok].start:doc.toks[s.end_tok - 1].end]
        present = any(doc.toks[k].tag in ("VBZ", "VBP") and doc.toks[k].quote == -1
                      for k in range(s.start_tok, s.end_tok)) or _NOW.search(text) is not None
        sents.append((text, present))
    return telling_year(doc.text, sents)


def _reconcile_ages(d: Discourse, telling: int | None) -> None:
    """Birth year = telling year - stated age, unless a birth year is stated."""
    if telling is None:
        return
    for r in d.ents.roots():
        e = d.ents.items[r]
        if e.age is not None and e.birth_year is None and not e.deceased and 0 <= e.age < 120:
            e.birth_year = telling - e.age


#: a chronology's year heading opening a paragraph: "1911. ...", "## 1950", "**1924** -", "1899:"
_HEADING = re.compile(r"[ \t#*]*((?:1[6-9]|20)\d\d)\b\**[ \t]*(?:[.:\u2013\u2014-]|$)(?![ \t]*\d)")


def _heading_year(doc: StoryDoc, s: int, cache: dict[int, list[TimeExpr]]) -> int | None:
    """The year heading the paragraph of sentence ``s``, when no other absolute date is said
    between the heading and that sentence: in a chronology ("1950. Anna dies at fifty-one.") the
    heading's year is the year of every event its paragraph tells without a date of its own."""
    para = doc.sents[s].para
    if not 0 <= para < len(doc.para_bounds):
        return None
    a, b = doc.para_bounds[para]
    hit = _HEADING.match(doc.text, a, b)
    if hit is None:
        return None
    first = s
    while first > 0 and doc.sents[first - 1].para == para:
        first -= 1
    for x in range(first, s):
        for e in _sent_times(doc, x, cache):
            if e.kind == "date" and e.start >= hit.end():
                return None   # "... born in 1925. The boy is raised ...": that date rules on
    return int(hit.group(1))


def _sent_times(doc: StoryDoc, s: int, cache: dict[int, list[TimeExpr]]) -> list[TimeExpr]:
    if s not in cache:
        sent = doc.sents[s]
        a = doc.toks[sent.start_tok].start
        text = doc.text[a:doc.toks[sent.end_tok - 1].end]
        cache[s] = [TimeExpr(e.start + a, e.end + a, e.text, e.kind, e.year, e.delta, e.age,
                             e.who, e.approximate) for e in find_times(text)]
    return cache[s]


def _ranked(doc: StoryDoc, times: list[TimeExpr], k: int) -> list[tuple[int, TimeExpr]]:
    """The sentence's times for the word at ``k``, best first, each with its ``_gov_rank``:
    the ones it governs, then by distance."""
    t = doc.toks[k]

    def gap(e: TimeExpr) -> int:
        if e.start >= t.end and doc.text[t.end:e.start].strip().lower() in _TIME_PREPS:
            return 0   # "Ivo in 1924": the time right after the word, whatever the parse says
        if e.end <= t.start and doc.text[e.start - 1:e.start] == "(" and (
                doc.text[e.end:e.end + 1] == ")"):
            return 10_000   # "Ada (1879), the twins Kit and Kat (1883)": Ada's year, not Kit's
        return min(abs(e.start - t.end), abs(t.start - e.end))

    def earlier_clause(e: TimeExpr) -> int:
        # "called up in 1940 and killed ... in May 1941": a time before an "and" joining
        # two verbs is the first verb's, when the parse ties neither time to the trigger
        a = doc.tok_at(e.end - 1)
        return int(e.end <= t.start and a >= 0 and any(
            doc.toks[x].pos == "CCONJ" and doc.toks[doc.toks[x].head].pos == "VERB"
            for x in range(a + 1, k)))

    ranked = sorted(((_gov_rank(doc, k, e), earlier_clause(e), gap(e)), i)
                    for i, e in enumerate(times))
    return [(rank[0], times[i]) for rank, i in ranked if rank[0] < 3]


_TIME_PREPS = frozenset(["", "in", "on", "by", "around", "about", "c.", "circa", "in about"])


def _gov_rank(doc: StoryDoc, k: int, e: TimeExpr) -> int:
    """0: the time hangs from ``k`` itself ("their daughter Jofrid in 1938"); 1: from the verb a
    noun ``k`` hangs from; 2: neither; 3: it dates another verb only (never used for ``k``)."""
    if _governs(doc, k, e):
        return 0
    verb = k if doc.toks[k].pos == "VERB" else None
    if doc.toks[k].pos in ("NOUN", "PROPN"):
        verb = _governor(doc, k)
        if verb is not None and _governs(doc, verb, e):
            return 1
    if verb is not None and doc.toks[verb].pos == "VERB" and _other_verbs_time(doc, verb, e):
        return 3
    return 2


def _other_verbs_time(doc: StoryDoc, k: int, e: TimeExpr) -> bool:
    """ "Client born in Lindau, emigrated 1975": a year that is the object or adverbial of
    another verb, which the trigger ``k`` does not govern, dates that verb only."""
    x = doc.tok_at(e.start)
    h = doc.toks[x].head
    if h in (x, k) or doc.toks[x].dep not in ("dobj", "npadvmod") or doc.toks[h].pos != "VERB":
        return False
    for _ in range(6):   # the other verb is not inside the trigger's own clause
        if h == k:
            return False
        if doc.toks[h].head == h or doc.toks[h].dep == "conj":
            return True   # (a verb joined by "and" or a comma is a clause of its own)
        h = doc.toks[h].head
    return True


def _governs(doc: StoryDoc, k: int, e: TimeExpr) -> bool:
    x = doc.tok_at(e.start)
    for _ in range(6):
        if x == k:
            return True
        if doc.toks[x].dep == "conj" and doc.toks[x].pos == "VERB":
            return False  # "born in Lindau, emigrated 1975": the joined verb's own time
        h = doc.toks[x].head
        if h == x:
            return False
        x = h
    return False


def _age_birth_year(doc: StoryDoc, ms: list[Mention], d: Discourse, e: TimeExpr,
                    people: list[int]) -> int | None:
    if e.who is None:
        cands = people[:1]
    else:
        m = _mention_at(ms, doc, doc.tok_at(e.start + len("when ")))
        ent = d.ents.find(m.entity) if m is not None and m.entity != -1 else None
        cands = [ent] if ent is not None else []
    for c in cands:
        by = d.ents.get(c).birth_year
        if by is not None:
            return by
    return None


def _anchor_before(times: list[TimeExpr], e: TimeExpr, anchor: int | None) -> int | None:
    """The anchor of a relative time: the last absolute date said before it in its own sentence
    ("In 1952 he fell ... and died two days later"), else the story time so far."""
    if e.kind != "later":
        return anchor
    before = [x.year for x in times if x.kind == "date" and x.end <= e.start and x.year]
    return before[-1] if before else anchor


def _place_in_time(doc: StoryDoc, ms: list[Mention], d: Discourse, raws: list[_Raw],
                   telling: int | None) -> list[EventFact]:
    cache: dict[int, list[TimeExpr]] = {}
    anchor: int | None = None
    placed: list[tuple[float | None, int, EventFact]] = []
    dated: list[DatedEvent] = []
    seen_sent = -1
    for seq, r in enumerate(sorted(raws, key=lambda x: x.trigger)):
        # story time moves with every absolute date the text passes, event or not
        for s in range(seen_sent + 1, r.sent):
            for x in _sent_times(doc, s, cache):
                if x.kind == "date" and x.year is not None:
                    anchor = x.year
        seen_sent = max(seen_sent, r.sent - 1)
        times = _sent_times(doc, r.sent, cache)
        ranked = _ranked(doc, times, r.time_tok if r.time_tok >= 0 else r.trigger)
        e = ranked[0][1] if ranked and r.year is None else None
        year, approx = r.year, False
        for n, (rank, x) in enumerate([] if year is not None else ranked):
            if n and rank > ranked[0][0]:
                break   # "fell ill at four, in 1983": the age has no birth year, the date is next
            by = _age_birth_year(doc, ms, d, x, r.people) if x.kind == "age" else None
            year, approx = resolve_year(x, anchor=_anchor_before(times, x, anchor),
                                        telling=telling, birth_year=by)
            if year is not None:
                e = x
                break
        if year is None and r.type in ("birth", "death"):
            ent = d.ents.get(r.people[0])
            year = ent.birth_year if r.type == "birth" else ent.death_year
        if year is None and (e is None or e.kind in ("date", "age")):
            year = _heading_year(doc, r.sent, cache)   # "1962. Crispin dies at sixty."
        if year is not None and not 1500 <= year <= 2100:
            year = None
        key: float | None = None
        if year is not None:
            key = float(year)
            if e is None or e.kind != "age":
                anchor = year
        elif anchor is not None:
            key = float(anchor) + 0.5 if e is not None and e.kind == "later" else float(anchor)
        born = born_or_dead(doc, r) if r.type == "birth" else []
        labels = list(dict.fromkeys(_label(d, p) for p in born + r.people))
        text = summary(r.type, labels, r.phrase, loss=r.loss, born=len(born))
        fact = EventFact(type=r.type, people=r.people, summary=text,
                         evidence=[r.evidence], when_text=e.text if e is not None else None,
                         year=year, approximate=approx if year is not None else False)
        placed.append((key, seq, fact))
        if year is not None:
            dated.append(DatedEvent(r, year, approx, e))
    record_life_facts(doc, d, dated, cache)
    # undated events before the first dated one sit just before it (text order kept)
    nxt: float | None = None
    filled: list[tuple[float, int, EventFact]] = []
    for key, seq, fact in reversed(placed):
        if key is None:
            key = nxt - 0.25 if nxt is not None else float("inf")
        else:
            nxt = key
        filled.append((key, seq, fact))
    filled.sort(key=lambda x: (x[0], x[1]))
    for n, (_k, _s, fact) in enumerate(filled, start=1):
        fact.order = n
    return [f for _k, _s, f in filled]
