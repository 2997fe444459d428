"""Story lint for an editor: ``pov-shift``, ``fictive-kin``, ``timeline-conflict``,
``name-collision``. Each finding points at the spans that show the problem.
"""

from __future__ import annotations

import unicodedata

from genogram.analyze.graph import View, spans
from genogram.model import Family, Finding

#: Youngest age at which someone is taken to have become a parent.
MIN_PARENT_AGE = 12
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii", "iv"])
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr", "aunt", "auntie", "uncle", "tia", "tio",
                     "grandma", "grandpa", "nana", "nan", "granny", "oma", "opa", "nonna", "nonno",
                     "babcia", "big", "little", "old", "young", "baby", "mama", "papa"])


def pov_shift(v: View) -> list[Finding]:
    """More than one first-person narrator: one finding naming each with their first span."""
    first: dict[str, tuple[int, int]] = {}
    for seg in v.family.narration:
        if seg.narrator is not None and seg.narrator not in first and seg.end > seg.start:
            first[seg.narrator] = (seg.start, seg.end)
    if len(first) < 2:
        return []
    order = sorted(first, key=lambda p: first[p][0])
    parts = ", then ".join(f"{v.label(p)} (from character {first[p][0]})" for p in order)
    msg = (f"The narrating \"I\" changes: {parts}. Mark each change of narrator so readers know "
           f"who is speaking (pov-shift).")
    return [Finding(code="pov-shift", kind="lint", message=msg, people=order,
                    evidence=spans([first[p] for p in order]))]


def fictive_kin(v: View) -> list[Finding]:
    """One finding per fictive-kin link: a kin title for someone who is not that kin."""
    out = []
    for link in v.family.links:
        if link.type != "fictive-kin" or not link.evidence:
            continue
        # the titled person is the one whose mention the evidence covers
        titled, other = link.b, link.a
        pa = v.people.get(link.a)
        if pa is not None and any(s <= e0 and e1 <= e for s, e in pa.mentions
                                  for e0, e1 in link.evidence):
            titled, other = link.a, link.b
        msg = (f"{v.label(titled)} is called by a kinship title but is not {v.label(other)}'s "
               f"kin by blood or marriage (fictive-kin): keep them off the family tree.")
        out.append(Finding(code="fictive-kin", kind="lint", message=msg, people=[titled, other],
                           evidence=spans(link.evidence)))
    return out


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
        if par.birth_year and kid.birth_year - par.birth_year < MIN_PARENT_AGE:
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


def _year_ev(v: View, pid: str) -> list[tuple[int, int]]:
    """Evidence for a person's years: their birth/death events, else their first mention."""
    ev: list[tuple[int, int]] = []
    for e in v.family.events:
        if e.type in ("birth", "death") and pid in e.people[:1]:
            ev += [tuple(x) for x in e.evidence]  # type: ignore[misc]
    return ev or list(v.mention(pid))


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).lower().strip(".,'\"")


def _given(name: str) -> str | None:
    words = [_fold(w) for w in name.split()]
    words = [w for w in words if w and w not in _TITLES and w not in _SUFFIXES]
    return words[0] if words and len(words[0]) >= 2 else None


def _collide(a: str, b: str) -> bool:
    """Same given name, or one a short form of the other ("Gracie"/"Graciana", "Dina"/
    "Leopoldina"): at least four shared letters at the start or the end."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    stem = short.rstrip("yie") if len(short.rstrip("yie")) >= 4 else short
    if len(stem) >= 4 and long_.startswith(stem):
        return True
    return len(short) >= 4 and long_.endswith(short)


def name_collisions(v: View) -> list[Finding]:
    """Two different people who share a given name (Arthur and Arthur Jr.)."""
    names: list[tuple[str, str, str]] = []  # (person, given name, full name as written)
    for p in v.family.people:
        for full in [p.name, *p.aliases]:
            if full:
                g = _given(full)
                if g:
                    names.append((p.id, g, full))
    out: list[Finding] = []
    seen: set[frozenset[str]] = set()
    for i, (pa, ga, fa) in enumerate(names):
        for pb, gb, fb in names[i + 1:]:
            if pa == pb or frozenset((pa, pb)) in seen or not _collide(ga, gb):
                continue
            seen.add(frozenset((pa, pb)))
            msg = (f"Two different people share a name: {fa} ({v.label(pa)}) and {fb} "
                   f"({v.label(pb)}). Readers may mix them up; say which one is meant, e.g. "
                   f"with a suffix or a kin word (name-collision).")
            ev = [m for p in (pa, pb) for m in v.people[p].mentions
                  if _fold(_text_name(v, p)) in (ga, gb)][:4] or (v.mention(pa) + v.mention(pb))
            out.append(Finding(code="name-collision", kind="lint", message=msg,
                               people=[pa, pb], evidence=spans(ev)))
    return out


def _text_name(v: View, pid: str) -> str:
    return v.people[pid].name or ""


def find_lint(family: Family, text: str | None = None) -> list[Finding]:
    """All lint findings of a family."""
    v = View(family)
    return pov_shift(v) + fictive_kin(v) + timeline_conflicts(v) + name_collisions(v)
