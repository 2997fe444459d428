"""All findings of a family: patterns (``patterns``) and lint (``lint``), with the fixed codes of
the ``genogram/1`` contract. ``with_findings`` is the one call every entry point uses.
"""

from __future__ import annotations

from genogram.analyze.lint import find_lint
from genogram.analyze.patterns import find_patterns
from genogram.model import Family, Finding


def find_all(family: Family, text: str | None = None) -> list[Finding]:
    """Every pattern and lint finding of ``family``; ``text`` (the story) adds cue sentences.

    A finding without evidence is never returned.
    """
    found = find_patterns(family, text) + find_lint(family, text)
    known = {p.id for p in family.people}
    out: list[Finding] = []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for f in found:
        key = (f.code, tuple(sorted(f.people)))
        if not f.evidence or key in seen or not set(f.people) <= known:
            continue
        seen.add(key)
        out.append(f)
    return out


def with_findings(family: Family, text: str | None = None) -> Family:
    """``family`` with its ``findings`` computed (replacing any it had)."""
    return family.model_copy(update={"findings": find_all(family, text)})
