"""Emotional and social links from the text's own signals (issue 5): filled in by that stage.

``read_links`` returns :class:`~genogram.read.facts.LinkFact` items in entity ids.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.facts import LinkFact
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse


def read_links(doc: StoryDoc, ms: list[Mention], d: Discourse) -> list[LinkFact]:
    """Links with textual support (none yet)."""
    return []
