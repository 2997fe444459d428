"""Family-systems patterns (Bowen): ``cutoff``, ``affair``, ``parentification``, ``triangle`` and
``multigenerational`` (the same pattern in two or more generations).

Every finding comes from ties, links, events or descriptions already in the family (each with
its evidence); the optional story text lends cue sentences (care of siblings or a parent, taking
sides, and those of ``affairs`` and ``multigen``), attributed to the person mentioned nearest the
cue. This module holds cutoff, parentification and triangles and gathers them all.
"""

from __future__ import annotations

import re

from genogram.analyze.affairs import affairs
from genogram.analyze.cues import Cues
from genogram.analyze.graph import View, spans
from genogram.analyze.labels import clinical_labels
from genogram.analyze.multigen import multigenerational
from genogram.model import Family, Finding, Span

_NEGATIVE = ("conflict", "hostile", "cutoff", "abuse")
#: Links that say how two people feel about each other (not living together or a kin title).
_EMOTIONAL = ("close", "fused", "distant", "conflict", "hostile", "cutoff", "abuse", "neglect")
_ALLIED = ("close", "fused")
#: What the third person of a triangle may be to one of the two at odds: near kin.
_NEAR_KIN = ("son", "daughter", "child", "husband", "wife", "partner", "mother", "father",
             "parent")

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
    r"the adult in the (?:house|family)|warmed (?:his|her|their|the baby's) bottles?|"
    r"(?:made|cooked|fixed) (?:dinner|supper|breakfast|meals) for (?:my|his|her|their) "
    r"(?:little |younger )?(?:brothers?|sisters?|siblings))\b",
    re.IGNORECASE)
#: A child caring for a parent ("looked after her mother when she was eleven"): counted only with
#: a young age in the same sentence, as grown children caring for old parents is no reversal.
_PARENT_CARE = re.compile(
    r"\b(?:took care of|looked after|cared for|nursed|bathed|fed|cooked for|covered for) "
    r"(?:my|his|her|their|our) (?:sick |ill |drunk |depressed |invalid )?(?:mother|father|mom|"
    r"mum|dad|mama|papa|parents?)\b", re.IGNORECASE)
#: A child called a parent of the household: "was 'the second mother' of the household at
#: twelve" (counted only with a young age in the same sentence, as a grandmother or a nanny may
#: be "a second mother in our home").
_SECOND_PARENT = re.compile(
    r"\b(?:the|a) second (?:mother|father|parent|mom|mum|dad)[”\"’']? (?:in|of|for) "
    r"(?:the|our|his|her|their) (?:house|home|household|family)\b", re.IGNORECASE)
#: A young age said in the sentence ("at nine", "as a kid"); "as a childminder" is none.
_YOUNG_AGE = re.compile(
    r"\b(?:(?:was|were|turned|at|aged?) (?:only |just |barely )?(?:[4-9]|1[0-5]|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b|as a (?:child|kid|girl|"
    r"boy|little girl|little boy)\b|in (?:grade|primary|elementary|middle) school)", re.IGNORECASE)
#: A child siding with one parent ("took her mother's side"; not "her mother's sideboard").
_SIDES = re.compile(r"\b(?:takes?|took|taking) (?:his|her|their|my) \w+'?s? side\b|"
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
            a, b = b, a  # say it from the parent's side: "Hob ... his son Birk"
        msg = (f"{v.label(a)} and {v.described(a, b)} are cut off from each other: the story "
               f"describes no contact or an outright rejection (cutoff).")
        out.append(Finding(code="cutoff", kind="pattern", message=msg, people=[a, b],
                           evidence=spans(link.evidence)))
    return out


def parentification(v: View, cues: Cues) -> list[Finding]:
    """A child in a parent's role: a caregiver tie from a sibling or to one's own parent, care of
    younger siblings told in the text, or care of a parent told with the child's young age."""
    out: list[Finding] = []
    done: set[str] = set()

    def add(pid: str, cared: list[str], what: str, ev: list[Span]) -> None:
        done.add(pid)
        whom = f" for {v.described(pid, cared[0])}" if cared else ""
        msg = (f"{v.label(pid)} {what}{whom} (parentification): ask who cared for the child, and "
               f"what it cost them.")
        out.append(Finding(code="parentification", kind="pattern", message=msg,
                           people=[pid, *cared], evidence=spans(ev)))

    for c in v.family.children:
        if c.kind == "caregiver" and c.parent not in done and (
                c.child in v.sibs.get(c.parent, ()) or c.child in v.parents.get(c.parent, ())):
            add(c.parent, [c.child], "took a parent's role", c.evidence)
    hits = cues.hits(_PARENTIFIED) + [
        h for h in cues.hits(_SIBLING_CARE) if v.parents.get(h[0]) and v.sibs.get(h[0])]
    for pid, _cue, sent in hits:
        if pid in done:
            continue
        sibs = sorted(v.sibs.get(pid, ()))
        # the sibling cared for: one linked as close, else the only one
        close = [s for s in sibs if v.links.get(pid, {}).get(s)]
        add(pid, close[:1] or (sibs if len(sibs) == 1 else []), "takes on a parent's tasks",
            [sent])
    text = cues.text or ""
    for pid, _cue, sent in cues.hits(_SECOND_PARENT):
        if pid not in done and v.parents.get(pid) and _YOUNG_AGE.search(text, *sent):
            add(pid, [], "was a second parent in the home as a child", [sent])
    for pid, _cue, sent in cues.hits(_PARENT_CARE):
        if pid not in done and v.parents.get(pid) and _YOUNG_AGE.search(text, *sent):
            parents = sorted(v.parents[pid])
            add(pid, parents if len(parents) == 1 else [], "cared for a parent as a child",
                [sent])
    return out


def triangles(v: View, cues: Cues) -> list[Finding]:
    """Two people in conflict (conflict, hostile, cutoff, abuse) with a third drawn in: linked
    by feeling to both; close to one while a partner, parent or child of the other; in conflict
    with both of a couple or a parent and child; or a child of one who "takes sides"."""
    out: list[Finding] = []
    seen: set[frozenset[str]] = set()
    bad = [(link.a, link.b, link) for link in v.family.links if link.type in _NEGATIVE]

    def add(a: str, b: str, c: str, how: str, ev: list[Span]) -> None:
        """``a`` and ``b`` at odds with ``c`` drawn in (``how``), or, with ``how`` empty, ``c``
        at odds with both of ``a`` and ``b``."""
        key = frozenset((a, b, c))
        if key in seen or len(key) < 3:
            return
        seen.add(key)
        if how:
            msg = (f"{v.label(a)} and {v.label(b)} are at odds, and {v.label(c)} {how} "
                   f"(triangle): ask how the tension between the two passes through "
                   f"{v.label(c)}.")
        else:
            msg = (f"{v.label(c)} is at odds with both {v.label(a)} and {v.described(a, b)} "
                   f"(triangle): ask whether the two draw together against {v.label(c)}.")
        out.append(Finding(code="triangle", kind="pattern", message=msg, people=[a, b, c],
                           evidence=spans(ev)))

    def felt(x: str, y: str, types: tuple[str, ...] = _EMOTIONAL) -> list[Span]:
        return [e for link in v.family.links if {link.a, link.b} == {x, y}
                and link.type in types for e in link.evidence]

    for a, b, link in bad:
        for c in sorted(set(v.links.get(a, {})) | set(v.links.get(b, {})) - {a, b}):
            to_a, to_b = felt(a, c), felt(b, c)
            if to_a and to_b:
                add(a, b, c, "is drawn in with ties to both", link.evidence + to_a + to_b)
                continue
            for one, other, ev in ((a, b, felt(a, c, _ALLIED)), (b, a, felt(b, c, _ALLIED))):
                if ev and v.relation(other, c) in _NEAR_KIN:
                    add(a, b, c, f"is close to {v.label(one)} though {v.label(other)}'s "
                                 f"{v.relation(other, c)}", link.evidence + ev)
    for i, (a1, b1, l1) in enumerate(bad):
        for a2, b2, l2 in bad[i + 1:]:
            shared = {a1, b1} & {a2, b2}
            if len(shared) != 1:
                continue
            (c,) = shared
            a, b = ({a1, b1} - shared).pop(), ({a2, b2} - shared).pop()
            # two quarrels told apart (not one "his parents cut him off"), one of them open
            apart = not set(map(tuple, l1.evidence)) & set(map(tuple, l2.evidence))
            open_ = "cutoff" not in (l1.type, l2.type) or l1.type != l2.type
            kin = b in v.partners.get(a, ()) or b in v.parents.get(a, ()) or b in v.kids.get(a, ())
            if apart and open_ and kin:
                add(a, b, c, "", l1.evidence + l2.evidence)
    for pid, _cue, sent in cues.hits(_SIDES):
        for a, b, link in bad:
            if pid in (a, b) or not (pid in v.kids.get(a, ()) or pid in v.kids.get(b, ())):
                continue
            add(a, b, pid, "is caught between them", link.evidence + [sent])
    return out


def find_patterns(family: Family, text: str | None = None) -> list[Finding]:
    """All pattern findings of a family."""
    v = View(family)
    cues = Cues(v, text)
    return (multigenerational(v, cues) + cutoffs(v) + affairs(v, cues) + parentification(v, cues)
            + triangles(v, cues) + clinical_labels(v, cues))

