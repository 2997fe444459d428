"""Facts about people that the placed events tell: who died, and the years of a birth or a death.

- A death event makes its person deceased; a birth or death placed at an exact year gives that
  birth or death year ("was born in 1938", "died four days later" after "In 1966"), never over a
  year stated elsewhere. An approximate year ("the 1980s", "around 1960", an age) gives none.
- An age said beside a dated death (or move, job, schooling, marriage) of one's own gives the
  birth year: "died in 1971, aged sixty-two" -> born 1909; "lived to eighty-eight and died in
  2004"; "In 1921, at seventeen, she sailed for Recife" -> born 1904.

Each fact keeps the event's sentence as its evidence (``Entity.evidence``).
"""

from __future__ import annotations

from dataclasses import dataclass

from genogram.read.document import StoryDoc
from genogram.read.events.triggers import _Raw
from genogram.read.resolve import Discourse
from genogram.read.timeline import TimeExpr

#: Event types whose first person is the one whose age is said beside them ("died in 1958, aged
#: 65", "In 1909, at eighteen, he sailed"); a birth's age is the parent's, not the child's.
_OWN_AGE_TYPES = frozenset(["death", "move", "job", "education", "marriage"])
#: Death verbs whose subject is not the one who died ("was widowed at 34", "lost him at 80").
_OTHERS_DEATH = frozenset(["widow", "become", "lose"])


@dataclass(frozen=True)
class DatedEvent:
    """An event placed at a year: the raw event, the year, whether it is approximate, and the
    time expression that placed it (``None`` when the year came from the person)."""

    raw: _Raw
    year: int
    approximate: bool
    time: TimeExpr | None


def record_life_facts(doc: StoryDoc, d: Discourse, dated: list[DatedEvent],
                      sent_times: dict[int, list[TimeExpr]]) -> None:
    """Set deceased, birth and death years (and birth years from an age at death) on the
    entities, from the events placed in time (``dated``)."""
    span = years_of_other_events(dated)
    for x in dated:
        r = x.raw
        if r.type not in ("birth", "death") or not _exact(x) or not r.people:
            continue
        for p in born_or_dead(doc, r):
            e = d.ents.get(p)
            lo, hi = span.get((p, id(r)), (None, None))
            if r.type == "birth" and e.birth_year is None and (lo is None or x.year <= lo):
                e.birth_year = x.year
                e.evidence.setdefault("birth_year", []).append(r.evidence)
            elif r.type == "death" and e.death_year is None and (hi is None or x.year >= hi):
                e.death_year = x.year
                e.evidence.setdefault("death_year", []).append(r.evidence)
    _birth_years_from_age_at_event(doc, d, dated, sent_times)


#: Verbs whose subjects are the newborns: "twin girls, Runa and Lia, followed in 1950".
_ARRIVAL_VERBS = frozenset(["follow", "come", "arrive"])


def born_or_dead(doc: StoryDoc, r: _Raw) -> list[int]:
    """Whose birth or death the event is: the children a birth names (all the newborns that
    "followed" or "came"), else its first person."""
    if r.type == "birth" and not r.kids and doc.toks[r.trigger].lemma in _ARRIVAL_VERBS:
        return r.people
    return r.kids or r.people[:1]


def _exact(x: DatedEvent) -> bool:
    """A year good enough for a birth or death year: exact, or a few days or weeks after a
    dated event ("In 1966 she slipped ... and died four days later")."""
    if not x.approximate:
        return True
    t = x.time
    return t is not None and t.kind == "later" and t.delta is not None and 0 <= t.delta < 0.1


def years_of_other_events(dated: list[DatedEvent]
                          ) -> dict[tuple[int, int], tuple[int | None, int | None]]:
    """For each (person, ``id`` of an event): the earliest and latest exact year of the person's other
    events. A birth after one of them or a death before one is a misreading (someone else's
    birth told beside the name, a death said only to date a childhood), so it sets no year."""
    years: dict[int, list[tuple[int, int]]] = {}
    for x in dated:
        if _exact(x):
            for p in x.raw.people:
                years.setdefault(p, []).append((x.year, id(x.raw)))
    out: dict[tuple[int, int], tuple[int | None, int | None]] = {}
    for p, ys in years.items():
        for _y, rid in ys:
            others = [y for y, o in ys if o != rid]
            out[(p, rid)] = (min(others), max(others)) if others else (None, None)
    return out


def deaths_mark_deceased(d: Discourse, raws: list[_Raw]) -> None:
    """The person whose death an event tells is deceased."""
    for r in raws:
        if r.type != "death" or not r.people:
            continue
        for p in r.kids or r.people[:1]:   # "both of them died": each of them
            e = d.ents.get(p)
            if not e.deceased:
                e.deceased = True
                e.evidence.setdefault("deceased", []).append(r.evidence)


def _birth_years_from_age_at_event(doc: StoryDoc, d: Discourse, dated: list[DatedEvent],
                                   sent_times: dict[int, list[TimeExpr]]) -> None:
    """Each unattributed age ("aged sixty-five", "at forty-seven") goes to the nearest dated
    event of its sentence; if that is a death (or a move, job, schooling or marriage) at an
    exact year, its first person's birth year = year - age."""
    by_sent: dict[int, list[DatedEvent]] = {}
    for x in dated:
        by_sent.setdefault(x.raw.sent, []).append(x)
    for s, events in by_sent.items():
        for age in sent_times.get(s, []):
            if age.kind != "age" or age.who is not None or age.age is None:
                continue
            x = min(events, key=lambda ev: _distance(doc, ev, age))
            r = x.raw
            if r.type not in _OWN_AGE_TYPES or x.approximate or not r.people or (
                    doc.toks[r.trigger].lemma in _OTHERS_DEATH) or not _said_of(doc, x, age):
                continue
            e = d.ents.get(r.people[0])
            if e.birth_year is None and 0 < age.age < 120:
                e.birth_year = x.year - age.age
                e.evidence.setdefault("birth_year", []).append((age.start, age.end))


def _said_of(doc: StoryDoc, x: DatedEvent, age: TimeExpr) -> bool:
    """The age follows the death's own date ("in 1963, aged 66"), or hangs from the death verb
    or from the verb it is coordinated with ("lived to eighty-eight and died in 2004"); not from
    another clause's verb ("joined the navy at seventeen and missed Mum's wedding in 2009")."""
    if x.time is not None and x.time.end <= age.start and not doc.text[
            x.time.end:age.start].strip(" ,;"):
        return True   # right after the death's own date: "in 1971, aged 62", "d. 2002 at age 23"
    toks = doc.toks
    k = x.raw.trigger
    if toks[k].pos not in ("VERB", "AUX"):
        return False
    heads = [k] + ([toks[k].head] if toks[k].dep == "conj" else [])
    g = doc.tok_at(age.start)
    for _ in range(4):
        if g in heads:
            return True
        if toks[g].head == g:
            return False
        g = toks[g].head
    return False


def _distance(doc: StoryDoc, x: DatedEvent, age: TimeExpr) -> int:
    """Characters between the age and the event's own time ("died in 1971, aged 62, and Ulf in
    1975": the age is 1971's), else its trigger."""
    if x.time is not None:
        a, b = x.time.start, x.time.end
    else:
        t = doc.toks[x.raw.trigger]
        a, b = t.start, t.end
    return min(abs(age.start - b), abs(a - age.end))
