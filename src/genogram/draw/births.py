"""Pregnancies and losses: which people (or pregnancy events) the drawing shows as small symbols.

The model has no such person kind, so the drawing infers one from general words and facts
(documented in docs/drawing.md, "Pregnancies, stillbirths, miscarriages"). McGoldrick & Gerson:
a pregnancy is a triangle, a stillbirth a small symbol of the baby's sex with an X, a miscarriage a
small filled circle, an abortion a small X; each hangs from its parents like a child.

Person kinds (a person who is someone's child, or has a sibling tie):
- ``stillbirth``: a general word for it in the name, aliases or descriptions ("stillborn", "died at
  birth", "lived only a day", "died in infancy"...), or deceased with age 0, with birth year equal to
  death year, or with a description that ends in "baby", "infant" or "newborn" ("a baby");
- ``miscarriage`` / ``abortion``: those words in the same places;
- ``pregnancy``: named in a pregnancy event with one of their parents and not born yet (no age, no
  birth or death year, not deceased, no birth or death event), or described as "unborn" /
  "on the way".
Nobody who is a year old or more (age >= 1, or death year two or more after birth year) is a loss.

A pregnancy event that names no child of its people is a *pregnancy without a person*: the drawing
adds a triangle (or, when its summary says so, a miscarriage or abortion mark) under the expectant
parent(s), unless a child of theirs was born that year or the next (or, without a year, a birth
of theirs is told after it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from genogram.model import Event, Family, Person

KINDS = ("pregnancy", "stillbirth", "miscarriage", "abortion")

_WORDS: dict[str, tuple[str, ...]] = {
    "miscarriage": ("miscarriage", "miscarriages", "miscarried", "miscarry", "lost the pregnancy",
                    "lost a pregnancy", "spontaneous abortion"),
    "abortion": ("abortion", "abortions", "aborted", "terminated the pregnancy",
                 "termination of pregnancy", "terminated pregnancy"),
    "stillbirth": ("stillborn", "still-born", "still born", "stillbirth", "born dead",
                   "died at birth", "dead at birth", "died in childbirth", "died during birth",
                   "lived only a day", "lived only an hour", "lived only hours", "lived only days",
                   "lived a few hours", "lived a few days", "lived for a day", "lived one day",
                   "died as a baby", "died as an infant", "died in infancy", "infant death",
                   "cot death", "crib death", "sids"),
    "pregnancy": ("unborn", "on the way", "not yet born"),
}
_PATTERNS = {k: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ws) + r")\b", re.I)
             for k, ws in _WORDS.items()}
_BABY_HEADS = ("baby", "infant", "newborn")
LOSS_ORDER = ("miscarriage", "abortion", "stillbirth")


@dataclass(frozen=True)
class Expected:
    """A pregnancy (or loss) with no person of its own: a symbol under ``parents``."""

    id: str  # the event's id
    kind: str  # pregnancy, miscarriage, abortion or stillbirth
    parents: tuple[str, ...]  # one or two people
    year: int | None


def words_kind(text: str, kinds: tuple[str, ...] = LOSS_ORDER) -> str | None:
    """The first of ``kinds`` whose general words occur in ``text``."""
    for k in kinds:
        if _PATTERNS[k].search(text):
            return k
    return None


def _too_old(p: Person) -> bool:
    if p.age is not None and p.age >= 1:
        return True
    return p.birth_year is not None and p.death_year is not None and \
        p.death_year - p.birth_year >= 2


def _texts(p: Person) -> str:
    return " | ".join([p.name or "", *p.aliases, *p.descriptions])


def _baby_head(p: Person) -> bool:
    for d in p.descriptions:
        words = re.findall(r"[a-z]+", d.casefold())
        if words and words[-1] in _BABY_HEADS:
            return True
    return False


def loss_kind(p: Person) -> str | None:
    """stillbirth / miscarriage / abortion for a person, or None (not checked: being a child)."""
    if _too_old(p):
        return None
    kind = words_kind(_texts(p))
    if kind is not None:
        return kind
    if p.deceased and (p.age == 0 or (p.birth_year is not None and p.birth_year == p.death_year)
                       or _baby_head(p)):
        return "stillbirth"
    return None


def _unborn(p: Person, told: set[str]) -> bool:
    return (not p.deceased and p.age is None and p.birth_year is None and p.death_year is None
            and p.id not in told)


def person_kinds(family: Family) -> dict[str, str]:
    """Person id -> pregnancy / stillbirth / miscarriage / abortion, for the people who are one."""
    parents_of: dict[str, set[str]] = {}
    for t in family.children:
        parents_of.setdefault(t.child, set()).add(t.parent)
    childlike = set(parents_of) | {s.a for s in family.siblings} | {s.b for s in family.siblings}
    told = {pid for e in family.events if e.type in ("birth", "death") for pid in e.people}
    out: dict[str, str] = {}
    by_id = {p.id: p for p in family.people}
    for p in family.people:
        if p.id not in childlike:
            continue
        kind = loss_kind(p)
        if kind is None and words_kind(_texts(p), ("pregnancy",)) and _unborn(p, told):
            kind = "pregnancy"
        if kind is not None:
            out[p.id] = kind
    for e in family.events:
        if e.type != "pregnancy":
            continue
        said = words_kind(e.summary)
        for pid in _children_in(e, parents_of):
            if pid not in out and _unborn(by_id[pid], told):
                out[pid] = said or "pregnancy"
    return out


def _children_in(e: Event, parents_of: dict[str, set[str]]) -> list[str]:
    people = set(e.people)
    return [p for p in dict.fromkeys(e.people) if parents_of.get(p, set()) & (people - {p})]


def expected(family: Family, birth: dict[str, float]) -> list[Expected]:
    """The pregnancy events that need a symbol of their own (see the module docstring)."""
    parents_of: dict[str, set[str]] = {}
    kids_of: dict[str, set[str]] = {}
    for t in family.children:
        parents_of.setdefault(t.child, set()).add(t.parent)
        kids_of.setdefault(t.parent, set()).add(t.child)
    out: list[Expected] = []
    seen: set[tuple[frozenset[str], str, int | None]] = set()
    for e in family.events:
        if e.type != "pregnancy" or _children_in(e, parents_of):
            continue
        named = list(dict.fromkeys(e.people))
        if not named:
            continue
        kind = words_kind(e.summary) or "pregnancy"
        parents = _expectant(family, named)
        if kind == "pregnancy" and _born(family, e, named, kids_of, birth):
            continue
        key = (frozenset(parents), kind, e.when.year)
        if key in seen:
            continue
        seen.add(key)
        out.append(Expected(e.id, kind, tuple(parents), e.when.year))
    return out


def _expectant(family: Family, named: list[str]) -> list[str]:
    """One or two parents: the first named and a named partner of theirs; with only one named, their
    only partner (or their only current one), else nobody (a phantom partner is drawn)."""
    first = named[0]
    partners: list[tuple[str, str, str]] = []  # (partner, type, status)
    for u in family.unions:
        if first in u.partners and u.partners[0] != u.partners[1]:
            other = u.partners[1] if u.partners[0] == first else u.partners[0]
            partners.append((other, u.type, u.status))
    for other in named[1:]:
        if any(p == other for p, _, _ in partners):
            return [first, other]
    if len(named) >= 2:
        return [first, named[1]]
    distinct = list(dict.fromkeys(p for p, _, _ in partners))
    if len(distinct) == 1:
        return [first, distinct[0]]
    current = list(dict.fromkeys(p for p, t, s in partners if s == "together" and t != "affair"))
    if len(current) == 1:
        return [first, current[0]]
    return [first]


def _born(family: Family, e: Event, named: list[str], kids_of: dict[str, set[str]],
          birth: dict[str, float]) -> bool:
    """Did this pregnancy end in a birth the model knows (a child of the named parents)?"""
    kids = set.intersection(*(kids_of.get(p, set()) for p in named))
    if not kids:
        return False
    year = e.when.year
    if year is not None:
        for p in family.people:
            if p.id not in kids:
                continue
            if p.birth_year is not None:
                if year <= p.birth_year <= year + 1:
                    return True
            elif p.id in birth and abs(birth[p.id] - year) <= 1.5:
                return True
        return any(b.type == "birth" and b.when.year is not None and year <= b.when.year <= year + 1
                   and set(b.people) & kids for b in family.events)
    return any(b.type == "birth" and set(b.people) & kids and b.when.order > e.when.order
               for b in family.events)
