"""Dates that cannot all be true (the ``timeline-conflict`` lint finding): death before birth,
a child born before or too soon after a parent, after a mother's death, or an age told at a dated
moment that the birth year contradicts.
"""

from __future__ import annotations

import re

from genogram.analyze.cues import person_at, sentence_at
from genogram.analyze.graph import View, spans
from genogram.model import Finding

#: Youngest age at which someone is taken to have become a parent.
MIN_PARENT_AGE = 12


def timeline_conflicts(v: View) -> list[Finding]:
    """Stated years that cannot all be true: death before birth, a child born before (or
    too soon after) a parent's birth, or after the mother's death."""
    out: list[Finding] = []
    for p in v.family.people:
        if p.birth_year and p.death_year and p.death_year < p.birth_year:
            out.append(Finding(
                code="timeline-conflict", kind="lint", people=[p.id],
                message=(f"{v.label(p.id)} is said to have died in {p.death_year}, before their "
                         f"birth in {p.birth_year} (timeline-conflict)."),
                evidence=spans(v.mention(p.id), _year_ev(v, p.id))))
    for c in v.family.children:
        if c.kind != "biological":
            continue
        par, kid = v.people.get(c.parent), v.people.get(c.child)
        if par is None or kid is None or not kid.birth_year:
            continue
        why = None
        if par.birth_year and -MIN_PARENT_AGE < kid.birth_year - par.birth_year < MIN_PARENT_AGE:
            # (a "child" born a generation before the "parent" is a tie read the wrong way
            # round, not a story whose dates clash: the reverse tie would be plausible)
            age = kid.birth_year - par.birth_year
            why = (f"{v.label(kid.id)} (born {kid.birth_year}) would have been born when "
                   f"{v.possessive(kid.id)} parent {v.label(par.id)} (born {par.birth_year}) "
                   + ("was not yet born" if age < 0 else f"was {age}"))
        elif par.death_year and par.gender == "female" and kid.birth_year > par.death_year:
            why = (f"{v.label(kid.id)} is said to be born in {kid.birth_year}, after "
                   f"{v.possessive(kid.id)} mother {v.label(par.id)} died in {par.death_year}")
        elif par.death_year and kid.birth_year > par.death_year + 1:
            why = (f"{v.label(kid.id)} is said to be born in {kid.birth_year}, more than a year "
                   f"after {v.possessive(kid.id)} parent {v.label(par.id)} died in "
                   f"{par.death_year}")
        if why:
            out.append(Finding(code="timeline-conflict", kind="lint", people=[par.id, kid.id],
                               message=why + ": the dates cannot all be true (timeline-conflict).",
                               evidence=spans(_year_ev(v, par.id), _year_ev(v, kid.id),
                                              c.evidence)))
    return out


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_AGE_WORD = (r"\d{1,2}|(?:" + "|".join(_TENS[2:]) + r")(?:[- ](?:" + "|".join(_UNITS[1:10])
             + r"))?|" + "|".join(reversed(_UNITS[1:])))
#: An age told as a plain fact of the moment: "Little Aldous was only four.", "Hilde, still only
#: twelve, went to work" (not "when Hilde was six": a subordinate age may be a flashback).
_AGE_NOW = re.compile(
    r"(?<![Ww]hen )(?<![Ww]hile )(?P<who>\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
    r"(?:(?P<comma>,)| was| is)(?P<adv>(?: (?:still|only|just|barely|not yet|already))*) "
    r"(?P<age>" + _AGE_WORD
    + r")\b(?! (?:years?|months?|weeks?|days?|o['’]clock|percent|miles?|of|times|dollars|"
      r"children|kids|sons|daughters|brothers|sisters)\b)(?:[.,;]| years old)")
_YEAR = re.compile(r"\b(1[89]\d\d|20[0-3]\d)\b")
#: An age at death: "Hilde died in 1990 at forty-five", "Osbert died aged 60 in 1971".
_AGE_AT_DEATH = re.compile(
    r"(?P<who>\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:died|passed away|was killed)\b"
    r"[^.;\n]{0,40}?\b(?:at|aged|at the age of) (?P<age>" + _AGE_WORD + r")\b(?! years? ago)")


def _age_value(word: str) -> int | None:
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
        age = _age_value(m.group("age"))
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


def _birth_year(v: View, pid: str) -> int | None:
    """The person's birth year, else the year of their birth event."""
    return v.people[pid].birth_year or next(
        (e.when.year for e in v.family.events
         if e.type == "birth" and e.people[:1] == [pid] and e.when.year), None)


def _year_ev(v: View, pid: str) -> list[tuple[int, int]]:
    """Evidence for a person's years: their birth/death events, else their first mention."""
    ev: list[tuple[int, int]] = []
    for e in v.family.events:
        if e.type in ("birth", "death") and pid in e.people[:1]:
            ev += [tuple(x) for x in e.evidence]  # type: ignore[misc]
    return ev or list(v.mention(pid))

