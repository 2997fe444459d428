"""Facts that later reading stages add, in entity ids; ``build.to_family`` maps them to people.

Stages (``events.read_events``, ``emotions.read_links``) return these; an item whose people were
not kept in the family (a passer-by dropped for lack of evidence) is dropped with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EventFact:
    """A life event: type (contract enum), participants, one-line summary, time, evidence."""

    type: str
    people: list[int]
    summary: str
    evidence: list[tuple[int, int]]
    when_text: str | None = None
    year: int | None = None
    approximate: bool = False
    order: int = 0


@dataclass
class LinkFact:
    """An emotional or social link between two entities (contract link types)."""

    a: int
    b: int
    type: str
    evidence: list[tuple[int, int]] = field(default_factory=list)
