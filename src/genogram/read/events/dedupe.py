"""One event per happening: a re-telling of the same event is dropped."""

from __future__ import annotations

from genogram.read.events.triggers import _Raw
from genogram.read.resolve import Discourse


def _dedupe(d: Discourse, raws: list[_Raw]) -> list[_Raw]:
    """One event per (type, people): a later repetition is the same event told again."""
    f = d.ents.find
    seen: dict[tuple, _Raw] = {}
    out: list[_Raw] = []
    for r in sorted(raws, key=lambda x: (x.derived, x.trigger)):   # a trigger's own first
        r.people = list(dict.fromkeys(f(p) for p in r.people))
        key = (r.type, frozenset(r.people), r.loss)   # a lost pregnancy is not the next one
        if r.type in ("birth", "death"):
            key = (r.type, frozenset(r.people[:1]), False)
        if key in seen:
            continue
        seen[key] = r
        out.append(r)
    return sorted(out, key=lambda x: x.trigger)
