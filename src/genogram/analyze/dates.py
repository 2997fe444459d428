"""Dates that cannot all be true (the ``timeline-conflict`` lint finding): death before birth,
a child born before or too soon after a parent, after a mother's death, or an age told at a dated
moment that the birth year contradicts.
"""

from __future__ import annotations

import re

from genogram.analyze.cues import person_at, sentence_at
from genogram.analyze.graph import View, spans
from genogram.model import Finding, Span

#: Youngest age at which someone is taken to have become a parent.
MIN_PARENT_AGE = 12


def _conflict(people: list[str], why: str, ev: list[Span]) -> Finding:
    return Finding(code="timeline-conflict", kind="lint", people=people, evidence=spans(ev),
                   message=why + ": the dates cannot all be true; check which year is wrong "
                                 "(timeline-conflict).")


def timeline_conflicts(v: View) -> list[Finding]:
    """Stated years that cannot all be true: death before birth; a child born before (or too
    soon after) a parent's birth, or after the mother's death; a marriage before a partner was
    twelve or after their death; twins born in different years. A year the reader gives two
    ways (the person's field and their own birth or death event disagree) is left out: the
    clash is then in the reading, not in the story."""
    out: list[Finding] = []
    # (the people's own year fields: an event's year alone is too often another person's)
    born = {p.id: _birth_year(v, p.id, fill=False) for p in v.family.people}
    died = {p.id: _death_year(v, p.id, fill=False) for p in v.family.people}
    for p in v.family.people:
        b, d = born[p.id], died[p.id]
        if b and d and d < b:
            out.append(_conflict([p.id], f"{v.label(p.id)} is said to have died in {d}, before "
                                 f"their birth in {b}", v.mention(p.id) + _year_ev(v, p.id)))
    for c in v.family.children:
        if c.kind != "biological" or c.parent not in v.people or c.child not in v.people:
            continue
        par, kid = c.parent, c.child
        pb, pd, kb = born[par], died[par], born[kid]
        if not kb or kid in v.partners.get(par, set()):
            # (a "parent" who is also the child's partner is two people the reader merged:
            # the clash is in the reading, not in the story)
            continue
        why = None
        if pb and -MIN_PARENT_AGE < kb - pb < MIN_PARENT_AGE:
            # (a "child" born a generation before the "parent" is a tie read the wrong way
            # round, not a story whose dates clash: the reverse tie would be plausible)
            age = kb - pb
            why = (f"{v.label(kid)} (born {kb}) would have been born when "
                   f"{v.possessive(kid)} parent {v.label(par)} (born {pb}) "
                   + ("was not yet born" if age < 0 else f"was {age}"))
        elif (pd and v.people[par].gender == "female" and kb > pd
              and not (kb > pd + 1 and _later_partner(v, par, kid, kb, died))):
            # (years after her death, with the father then with another partner: the child is
            # more likely that partner's, given to the late mother by a plural possessive)
            why = (f"{v.label(kid)} is said to be born in {kb}, after {v.possessive(kid)} mother "
                   f"{v.label(par)} died in {pd}")
        elif pd and kb > pd + 1 and not _later_partner(v, par, kid, kb, died):
            why = (f"{v.label(kid)} is said to be born in {kb}, more than a year after "
                   f"{v.possessive(kid)} parent {v.label(par)} died in {pd}")
        if why:
            out.append(_conflict([par, kid], why,
                                 _year_ev(v, par) + _year_ev(v, kid) + list(c.evidence)))
    out += _marriage_conflicts(v, born, died)
    for s in v.family.siblings:
        a, b = s.a, s.b
        if s.kind == "twin" and born.get(a) and born.get(b) and born[a] != born[b]:
            out.append(_conflict([a, b], f"{v.label(a)} (born {born[a]}) and {v.label(b)} (born "
                                 f"{born[b]}) are said to be twins",
                                 _year_ev(v, a) + _year_ev(v, b) + list(s.evidence)))
    return out


def _later_partner(v: View, par: str, kid: str, kb: int, died: dict[str, int | None]) -> bool:
    """The child's other parent had another partner alive when the child was born ("After the
    war she wed a baker. Their only child came in 1921."): the child is more likely that
    partner's, given to the late one by a possessive, than a story whose dates clash."""
    for other in v.parents.get(kid, set()) - {par}:
        for q in v.partners.get(other, set()) - {par, kid}:
            dq = died.get(q)
            if dq is None or dq >= kb - 1:
                return True
    return False


def _marriage_conflicts(v: View, born: dict[str, int | None],
                        died: dict[str, int | None]) -> list[Finding]:
    """A marriage dated before a partner was twelve, or after a partner's death."""
    out: list[Finding] = []
    for e in v.family.events:
        year = e.when.year
        if e.type != "marriage" or not year or e.when.approximate or len(e.people) < 2:
            continue
        for p in e.people[:2]:
            b, d = born.get(p), died.get(p)
            why = None
            if b and year - b < MIN_PARENT_AGE:
                why = (f"{v.label(p)} (born {b}) is said to marry in {year}, "
                       + ("before being born" if year < b else f"at {year - b}"))
            elif d and year > d:
                why = f"{v.label(p)} is said to marry in {year}, after dying in {d}"
            if why:
                out.append(_conflict([p], why, list(e.evidence) + _year_ev(v, p)))
                break
    return out


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
AGE_WORD = (r"\d{1,2}|(?:" + "|".join(_TENS[2:]) + r")(?:[- ](?:" + "|".join(_UNITS[1:10])
             + r"))?|" + "|".join(reversed(_UNITS[1:])))
#: An age told as a plain fact of the moment: "Little Aldous was only four.", "Hilde, still only
#: twelve, went to work" (not "when Hilde was six": a subordinate age may be a flashback).
_AGE_NOW = re.compile(
    r"(?<![Ww]hen )(?<![Ww]hile )(?P<who>\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
    r"(?:(?P<comma>,)| was| is)(?P<adv>(?: (?:still|only|just|barely|not yet|already))*) "
    r"(?P<age>" + AGE_WORD
    + r")\b(?! (?:years?|months?|weeks?|days?|o['’]clock|percent|miles?|of|times|dollars|"
      r"children|kids|sons|daughters|brothers|sisters)\b)(?:[.,;]| years old)")
_YEAR = re.compile(r"\b(1[89]\d\d|20[0-3]\d)\b")
#: An age at death: "Hilde died in 1990 at forty-five", "Osbert died aged 60 in 1971".
_AGE_AT_DEATH = re.compile(
    r"(?P<who>\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:died|passed away|was killed)\b"
    r"[^.;\n]{0,40}?\b(?:at|aged|at the age of) (?P<age>" + AGE_WORD + r")\b(?! years? ago)")


def age_value(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in _UNITS:
        return _UNITS.index(word)
    parts = re.split(r"[- ]", word)
    if parts[0] in _TENS:
        return _TENS.index(parts[0]) * 10 + (_UNITS.index(parts[1]) if len(parts) > 1 else 0)
    return None


def age_conflicts(v: View, text: str | None) -> list[Finding]:
    """An age stated as a fact of a dated moment that the person's birth year contradicts:
    born 1940, "In 1958 ... Hilde, still only twelve, went to work" (she would be 18). The
    moment's year is the one year named in the age's sentence, or else in the sentence just
    before; a gap of under three years is left alone (birthdays, rounded years)."""
    if not text:
        return []
    out: list[Finding] = []
    done: set[str] = set()
    found = [(m, False) for m in _AGE_NOW.finditer(text)]
    found += [(m, True) for m in _AGE_AT_DEATH.finditer(text)]
    for m, at_death in found:
        pid = person_at(v, text, m.start("who"), m.end("who"))
        age = age_value(m.group("age"))
        born = _birth_year(v, pid) if pid is not None else None
        if pid is None or pid in done or age is None or born is None:
            continue
        if not at_death and m.group("comma") and not m.group("adv"):
            continue  # "Ann Roe, 70," in a note: the age at the telling, not at a moment
        s0, s1 = sentence_at(text, m.start())
        # (an age at death: the year of the death's own sentence, before or after the age)
        years = set(_YEAR.findall(text, s0, s1 if at_death else m.start()))
        span = (s0, s1)
        if not years and at_death:
            continue
        if not years:
            p0 = sentence_at(text, max(s0 - 2, 0))[0]
            if "\n" in text[p0:s0]:
                continue  # the sentence before is in another paragraph: another moment
            years = set(_YEAR.findall(text, p0, s0))
            span = (p0, s1)
        if len(years) != 1:
            continue  # no moment, or more than one: which the age belongs to is unclear
        year = int(years.pop())
        if abs(year - born - age) < 3 or year < born:
            continue  # (a moment before the birth year says the birth year was misread)
        done.add(pid)
        out.append(Finding(
            code="timeline-conflict", kind="lint", people=[pid],
            message=(f"{v.label(pid)} is said to be {age} in {year}, but was born in {born} "
                     f"(so {year - born} then): the dates cannot all be true "
                     f"(timeline-conflict)."),
            evidence=spans([span], _year_ev(v, pid))))
    return out


def _birth_year(v: View, pid: str, fill: bool = True) -> int | None:
    """The person's birth year: their field, else (with ``fill``) the year of their birth event;
    None when the two disagree, as the reader is then unsure of it."""
    return _year(v, pid, v.people[pid].birth_year, "birth", fill)


def _death_year(v: View, pid: str, fill: bool = True) -> int | None:
    """The person's death year, by the same rule."""
    return _year(v, pid, v.people[pid].death_year, "death", fill)


def _year(v: View, pid: str, field: int | None, kind: str, fill: bool) -> int | None:
    told = {e.when.year for e in v.family.events
            if e.type == kind and e.people[:1] == [pid] and e.when.year}
    if (field and told and told != {field}) or len(told) > 1:
        return None
    return field or (next(iter(told), None) if fill else None)


def _year_ev(v: View, pid: str) -> list[tuple[int, int]]:
    """Evidence for a person's years: their birth/death events, else their first mention."""
    ev: list[tuple[int, int]] = []
    for e in v.family.events:
        if e.type in ("birth", "death") and pid in e.people[:1]:
            ev += [tuple(x) for x in e.evidence]  # type: ignore[misc]
    return ev or list(v.mention(pid))

