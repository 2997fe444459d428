"""The reading pipeline: named steps over one shared story document, in one explicit order.

    parse -> quotes -> mentions (appositions) -> resolve (people, narrators, kin claims) -> verbs
          -> graph -> events -> links -> family
"""

from __future__ import annotations

import logging

from genogram.model import Family
from genogram.read.aliases import link_stated_names
from genogram.read.appositions import made_kin, owned_by_predicate, split_listed_appositions
from genogram.read.build import build_graph, to_family
from genogram.read.document import StoryDoc, parse
from genogram.read.emotions import read_links
from genogram.read.events import read_events
from genogram.read.frames import read_frames
from genogram.read.guardianship import read_guardianship
from genogram.read.mentions import Mention, find_mentions
from genogram.read.quotes import find_quotes
from genogram.read.resolve import Discourse, co_partners, resolve, unique_roles
from genogram.read.union_nouns import read_union_nouns
from genogram.read.verbs import read_verbs
from genogram.text import Story, decode_story

log = logging.getLogger(__name__)


def read_text(text: str, *, name: str = "story", implied_people: bool = False) -> Family:
    """Read a story given as text (see :func:`read_story`)."""
    return read_story(decode_story(text.encode("utf-8"), name=name),
                      implied_people=implied_people)


def resolve_doc(doc: StoryDoc) -> tuple[list[Mention], Discourse]:
    """The first steps of a reading after the parse, through resolution: the mentions and the
    discourse that bound them to people (what coreference is checked on)."""
    find_quotes(doc)
    mentions = find_mentions(doc)
    split_listed_appositions(doc, mentions)
    made_kin(doc, mentions)
    owned_by_predicate(doc, mentions)
    link_stated_names(doc, mentions)
    return mentions, resolve(doc, mentions)


def read_story(story: Story, *, implied_people: bool = False) -> Family:
    """Read a decoded story into a :class:`Family`.

    ``implied_people``: also add the unnamed people that two-step kin words imply ("Clarence's
    granddaughter Emily" implies Emily's parent, Clarence's child), so that every stated
    relation is a path in the graph. Off by default: such a person has no mention of their own.
    """
    doc = parse(story)
    mentions, discourse = resolve_doc(doc)
    unique_roles(discourse, doc.text, doc=doc, mentions=mentions)
    read_frames(doc, mentions, discourse)
    partners = co_partners(discourse)
    facts = read_verbs(doc, mentions, discourse, partners)
    read_union_nouns(doc, mentions, discourse, facts)
    read_guardianship(doc, mentions, discourse, facts)
    graph = build_graph(discourse.ents, facts, implied=implied_people, text=doc.text)
    events = read_events(doc, mentions, discourse, facts)
    links = read_links(doc, mentions, discourse, graph.unions)
    return to_family(doc, discourse, facts, graph, events=events, extra_links=links)
