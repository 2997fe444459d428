"""Life events and their time (issue 4): filled in by the events stage.

``read_events`` returns :class:`~genogram.read.facts.EventFact` items in entity ids.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.facts import EventFact
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse
from genogram.read.verbs import VerbFacts


def read_events(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts) -> list[EventFact]:
    """Events stated or implied by the story, in story-time order (none yet)."""
    return []
