"""A note's placement told with no verb: "Home: Pt in kinship foster care with Ana and Bo
Lind since 2021". The child is the one named last before the care
phrase on its line (or the identified patient the line's role word stands for), the carers
the people named after it up to the clause's end; "since" dates it.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.events.triggers import _Raw
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse

#: "in foster care", "into non-relative foster care", "in kinship care (with ...)".
_IN_CARE = re.compile(r"\b(?:in|into)\s+(?:[\w-]+\s+){0,3}?(?:foster|kinship)\s+care\b", re.I)
#: The note's role words for the identified patient.
_ROLE = re.compile(r"\b(?:client|pt|patient|ip)\b", re.I)
_WITH = re.compile(r"\s+with\b")
_CLAUSE_END = re.compile(r";|\.\s")
_SINCE_YEAR = re.compile(r"\s*(?:with\b[^;\n]*?)?\bsince\s+(?:\d{1,2}/)?(1[89]\d\d|20\d\d)\b")


def _noted_placements(doc: StoryDoc, ms: list[Mention], d: Discourse,
                      raws: list[_Raw]) -> list[_Raw]:
    """Custody events of verbless "in foster care with ..." phrases that no trigger told."""
    f = d.ents.find
    names = [m for m in ms if m.kind == "name" and m.entity != -1 and m.quote == -1]
    out: list[_Raw] = []
    for hit in _IN_CARE.finditer(doc.text):
        a = doc.text.rfind("\n", 0, hit.start()) + 1
        b = doc.text.find("\n", hit.end())
        b = len(doc.text) if b == -1 else b
        stop = _CLAUSE_END.search(doc.text, hit.end(), b)
        end = b if stop is None else stop.start()
        k = doc.tok_at(hit.start())
        if doc.toks[doc.toks[k].head].pos in ("VERB", "AUX"):
            continue   # "placed in foster care": the verb's own reading tells it
        before = [m for m in names if a <= m.start and m.end <= hit.start()]
        if before:
            ward: int | None = f(before[-1].entity)
        else:
            ward = d.patient() if _ROLE.search(doc.text, a, hit.start()) else None
        if ward is None or any(r.type == "custody" and ward in (f(p) for p in r.people)
                               and a <= r.evidence[0] < b for r in raws):
            continue   # told by a verb already ("placed with ... in kinship care")
        carers = [f(m.entity) for m in names if hit.end() <= m.start and m.end <= end] if \
            _WITH.match(doc.text, hit.end()) else []
        since = _SINCE_YEAR.match(doc.text, hit.end(), end)
        s = doc.toks[k].sent
        people = list(dict.fromkeys([ward] + [c for c in carers if c != ward]))
        out.append(_Raw("custody", people, k, s, "placed in care", (a, end), derived=True,
                        year=int(since.group(1)) if since else None))
    return out
