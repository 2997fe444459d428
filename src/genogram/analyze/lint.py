"""Story lint for an editor: ``pov-shift``, ``fictive-kin``, ``timeline-conflict``,
``name-collision``. Each finding points at the spans that show the problem.
"""

from __future__ import annotations

from genogram.analyze.dates import age_conflicts, timeline_conflicts
from genogram.analyze.fictive import fictive_kin
from genogram.analyze.graph import View, spans
from genogram.analyze.namesakes import name_collisions
from genogram.model import Family, Finding, Span


def pov_shift(v: View, text: str | None = None) -> list[Finding]:
    """More than one first-person narrator in the reader's narration segments: one finding naming
    each narrator, with every stretch of text each one tells as evidence. (Who tells which stretch
    is the reader's call: an "UPDATE: this is ..." line or a sign-off starts a new segment there.)
    """
    told: dict[str, list[Span]] = {}
    for seg in sorted(v.family.narration, key=lambda s: s.start):
        if seg.narrator is None or seg.end <= seg.start or seg.narrator not in v.people:
            continue
        runs = told.setdefault(seg.narrator, [])
        if runs and runs[-1][1] >= seg.start:  # a run split in two by the reader: one stretch
            runs[-1] = (runs[-1][0], max(runs[-1][1], seg.end))
        else:
            runs.append((seg.start, seg.end))
    if len(told) < 2:
        return []
    order = sorted(told, key=lambda p: told[p][0][0])
    parts = ", then ".join(f"{v.label(p)} ({_where(told[p], text)})" for p in order)
    msg = (f"The narrating \"I\" changes: {parts}. Mark each change of narrator (a heading or a "
           f"line saying who speaks) so readers know who is telling (pov-shift).")
    return [Finding(code="pov-shift", kind="lint", message=msg, people=order,
                    evidence=spans(*[told[p] for p in order]))]


def _where(runs: list[Span], text: str | None) -> str:
    """Where a narrator tells: character ranges, and the words their first stretch opens with."""
    ranges = ", ".join(f"characters {a}-{b}" for a, b in runs)
    if not text:
        return ranges
    words = text[runs[0][0]:runs[0][1]].split()
    opening = " ".join(words[:6]) + (" ..." if len(words) > 6 else "")
    return f"{ranges}, from \"{opening}\""


def find_lint(family: Family, text: str | None = None) -> list[Finding]:
    """All lint findings of a family."""
    v = View(family)
    return (pov_shift(v, text) + fictive_kin(v, text) + timeline_conflicts(v)
            + age_conflicts(v, text) + name_collisions(v, text))

