"""Unions a note states without a verb: "Married 2019" of two clients, "div." of parents.

"Clients: A and B. Married 2019" makes the two clients spouses; a "div." or "divorced" in a
"Parents:" or "Father:" frame becomes an "ex" claim between the owner's mother and father once
both are known (``build`` turns that into a divorced marriage).
"""

from __future__ import annotations

import re

from genogram.read.frames.note import _Note
from genogram.read.lexicon import kin_term

_DIVORCE = re.compile(r"\b(?:div\.|divorced)", re.I)


#: "Married 2019." / "Married for 12 years;" / "Marital status: married": a note's statement,
#: with no subject, that the clients are married.
_CLIENTS_MARRIED = re.compile(r"(?:^|[.;]\s+)(?:Married\b(?!\s+(?:to|with)\b)|Marital(?:\s+status)?"
                              r"\s*:\s*married\b)", re.M)


def _married_clients(note: _Note) -> None:
    """ "Clients: A (58) and B (52). Married 2019": a note about two clients that says, with no
    subject, that they are married makes them spouses."""
    if len(note.ips) != 2:
        return
    hit = _CLIENTS_MARRIED.search(note.doc.text)
    if hit is None:
        return
    a, b = note.ips
    start = hit.end() - len(hit.group(0).lstrip(".; \n"))
    spouse = kin_term("spouse")
    assert spouse is not None
    note.ents.claim(a, spouse, b, (start, hit.end()))


def _divorces(note: _Note) -> None:
    ents = note.ents
    mother, father, ex = kin_term("mother"), kin_term("father"), kin_term("ex")
    assert mother is not None and father is not None and ex is not None
    for owner, span in note.divorced:
        ms_, fs = ents.holders(owner, mother), ents.holders(owner, father)
        if len(ms_) == 1 and len(fs) == 1:
            a, b = ms_.pop(), fs.pop()
            if a != b:
                ents.claim(a, ex, b, span)
