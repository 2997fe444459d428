"""One event per happening: a re-telling of the same event is dropped."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.events.triggers import _Raw
from genogram.read.resolve import Discourse


def _dedupe(doc: StoryDoc, d: Discourse, raws: list[_Raw]) -> list[_Raw]:
    """One event per (type, people): a later repetition is the same event told again."""
    f = d.ents.find
    seen: dict[tuple, _Raw] = {}
    out: list[_Raw] = []
    for r in sorted(raws, key=lambda x: (x.derived, x.trigger)):   # a trigger's own first
        r.people = list(dict.fromkeys(f(p) for p in r.people))
        key = (r.type, frozenset(r.people[:1]) if r.type in ("birth", "death")
               else frozenset(r.people), r.loss)   # (a lost pregnancy is not the next one)
        if key in seen:
            kept = seen[key]
            if r.type == "birth" and _own_birth(doc, r) and not _own_birth(doc, kept):
                # "They had two sons: Ivo, born 1902; …": the item's own "born 1902"
                # dates the birth the counted group told, and keeps its parents
                r.people = list(dict.fromkeys(r.people + kept.people))
                out[out.index(kept)] = r
                seen[key] = r
            continue
        seen[key] = r
        out.append(r)
    return sorted(out, key=lambda x: x.trigger)


def _own_birth(doc: StoryDoc, r: _Raw) -> bool:
    """A birth told by the child's own "born" ("Ivo, born 1902"), not by a parent's "had"."""
    t = doc.toks[r.trigger]
    return t.lower == "born" and not r.derived and doc.toks[t.head].pos == "PROPN"
