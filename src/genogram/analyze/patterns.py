"""Family-systems patterns (Bowen): ``cutoff``, ``affair``, ``parentification``, ``triangle`` and
``multigenerational`` (the same pattern in two or more generations).

Every finding comes from ties, links, events or descriptions already in the family (each with
its evidence); the optional story text only lends cue sentences for substance use, lone
parenting and parentification, attributed to the person mentioned nearest the cue.
"""

from __future__ import annotations

import re

from genogram.analyze.affairs import affairs
from genogram.analyze.cues import Cues
from genogram.analyze.graph import View, spans
from genogram.analyze.multigen import multigenerational
from genogram.model import Family, Finding

_NEGATIVE = ("conflict", "hostile", "cutoff", "abuse")

_PARENTIFIED = re.compile(
    r"\b(?:parentified|(?:like|became) a (?:second )?(?:mother|father|parent) to|"
    r"(?:raised|looked after|took care of|takes care of|cared for|mothered) (?:his|her|their|my) "
    r"(?:little |younger |baby )?(?:brothers?|sisters?|siblings?)|"
    r"checks (?:her|his) homework|walks (?:her|him|them) to school)\b",
    re.IGNORECASE)
#: A child's hands-on care of a younger sibling: "I changed her diapers", "fed and bathed the
#: twins", "got my brothers ready for school" (counted only for someone who has a parent and a
#: sibling in the family, so a parent's own care does not count).
_SIBLING_CARE = re.compile(
    r"\b(?:changed (?:his|her|their|the baby's) diapers?|"
    r"(?:fed|bathed) (?:him|her|them|the baby|the twins|my (?:little |baby )?(?:brothers?|"
    r"sisters?))|got (?:them|my (?:brothers|sisters|siblings)) ready for school|"
    r"put (?:him|her|them|the little ones) to bed|packed (?:their|his|her) lunch(?:es)?|"
    r"grew up (?:too )?fast|had to grow up (?:too )?(?:fast|quickly|early)|"
    r"the adult in the (?:house|family))\b",
    re.IGNORECASE)
_SIDES = re.compile(r"\b(?:takes?|took|taking) (?:his|her|their|my) \w+'?s? side|"
                    r"\btakes? sides\b|\bcaught in the middle\b|\bgo-between\b|\bmessenger\b",
                    re.IGNORECASE)


def cutoffs(v: View) -> list[Finding]:
    """One ``cutoff`` finding per cutoff link."""
    out = []
    for link in v.family.links:
        if link.type != "cutoff":
            continue
        a, b = link.a, link.b
        if b in v.parents.get(a, ()):
            a, b = b, a  # say it from the parent's side: "John ... his son Colin"
        msg = (f"{v.label(a)} and {v.described(a, b)} are cut off from each other: the story "
               f"describes no contact or an outright rejection (cutoff).")
        out.append(Finding(code="cutoff", kind="pattern", message=msg, people=[a, b],
                           evidence=spans(link.evidence)))
    return out


def parentification(v: View, cues: Cues) -> list[Finding]:
    """A child in a parent's role: a caregiver tie from a sibling, or a cue sentence."""
    out: list[Finding] = []
    done: set[str] = set()
    for c in v.family.children:
        if c.kind == "caregiver" and c.child in v.sibs.get(c.parent, ()):
            done.add(c.parent)
            msg = (f"{v.label(c.parent)} took a parent's role for {v.described(c.parent, c.child)}"
                   f" (parentification).")
            out.append(Finding(code="parentification", kind="pattern", message=msg,
                               people=[c.parent, c.child], evidence=spans(c.evidence)))
    hits = cues.hits(_PARENTIFIED) + [
        h for h in cues.hits(_SIBLING_CARE) if v.parents.get(h[0]) and v.sibs.get(h[0])]
    for pid, _cue, sent in hits:
        if pid in done:
            continue
        sibs = sorted(v.sibs.get(pid, ()))
        # the sibling cared for: one linked as close, else the only one
        close = [s for s in sibs if v.links.get(pid, {}).get(s)]
        cared = close[:1] or (sibs if len(sibs) == 1 else [])
        done.add(pid)
        whom = f" for {v.described(pid, cared[0])}" if cared else ""
        msg = f"{v.label(pid)} takes on a parent's tasks{whom} (parentification)."
        out.append(Finding(code="parentification", kind="pattern", message=msg,
                           people=[pid, *cared], evidence=[sent]))
    return out


def triangles(v: View, cues: Cues) -> list[Finding]:
    """Two people in conflict (conflict, hostile, cutoff) with a third drawn in: linked to both,
    or a child of one of them who "takes sides"."""
    out: list[Finding] = []
    seen: set[frozenset[str]] = set()
    bad = [(link.a, link.b, link) for link in v.family.links if link.type in _NEGATIVE]
    for a, b, link in bad:
        for c in sorted(set(v.links.get(a, {})) & set(v.links.get(b, {})) - {a, b}):
            key = frozenset((a, b, c))
            if key in seen:
                continue
            seen.add(key)
            ev = [x.evidence for x in v.family.links if {x.a, x.b} in ({a, c}, {b, c})]
            msg = (f"{v.label(a)} and {v.label(b)} are in {link.type}, and {v.label(c)} is drawn "
                   f"in with ties to both (triangle).")
            out.append(Finding(code="triangle", kind="pattern", message=msg, people=[a, b, c],
                               evidence=spans(link.evidence, *ev)))
    for pid, _cue, sent in cues.hits(_SIDES):
        for a, b, link in bad:
            if pid in (a, b) or not (pid in v.kids.get(a, ()) or pid in v.kids.get(b, ())):
                continue
            key = frozenset((a, b, pid))
            if key in seen:
                continue
            seen.add(key)
            msg = (f"{v.label(pid)} is caught between {v.label(a)} and {v.label(b)}, who are in "
                   f"{link.type} (triangle).")
            out.append(Finding(code="triangle", kind="pattern", message=msg, people=[a, b, pid],
                               evidence=spans(link.evidence, [sent])))
    return out


def find_patterns(family: Family, text: str | None = None) -> list[Finding]:
    """All pattern findings of a family."""
    v = View(family)
    cues = Cues(v, text)
    return (multigenerational(v, cues) + cutoffs(v) + affairs(v, cues) + parentification(v, cues)
            + triangles(v, cues))

