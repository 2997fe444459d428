"""Resolve mentions to people, in text order, with a small discourse model.

- "I" outside quotes is the narrator of that stretch; inside a quote it is the quote's speaker.
- A kin title used as a name ("Mom", "Daddy") names the speaker's kin; a kin phrase ("his sister")
  names the person already known in that relation to its possessor, else a new person.
- Names join an existing person with a matching name (nicknames, "Grandma Sigrun" = "Sigrun");
  "Arthur" and "Arthur Jr." never join.
- Appositions and copulas ("our son, Sindre"; "Lou is Dad's sister") join their two mentions.
- Pronouns take the most salient compatible person among the recent ones (gender, number,
  subject role, recency, quote perspective); a pronoun that finds no one creates no one.

The package, by concern: :mod:`.discourse` (the state and binding), :mod:`.perspective`
(narrators and quote speakers), :mod:`.switches` (signatures and narrator switches),
:mod:`.addressees` (vocatives and "you"), :mod:`.names`, :mod:`.kin` and :mod:`.possessors`
(kin phrases and whose they are), :mod:`.holders` (who already holds a kin role),
:mod:`.descriptions`, :mod:`.salience` and :mod:`.pronouns`, :mod:`.couples` (couples and
"they"), :mod:`.dispatch` (one mention by its kind) and :mod:`.roles` (unique roles and counted
groups, after resolution).
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.narrators import find_breaks
from genogram.read.resolve.addressees import _addressee_of_quote
from genogram.read.resolve.couples import _blood_pair, _partners, co_partners
from genogram.read.resolve.discourse import COUPLE_SPAN, Discourse, _mention_at, _resolve_one
from genogram.read.resolve.hook import name_the_hook_relative
from genogram.read.resolve.perspective import _resolve_speaker, _speaker
from genogram.read.resolve.pronouns import PRONOUN_WINDOW
from genogram.read.resolve.roles import unique_roles
from genogram.read.resolve.switches import _in_signature, _sign_as_narrator, _switch_narrator

__all__ = [
    "COUPLE_SPAN",
    "PRONOUN_WINDOW",
    "Discourse",
    "co_partners",
    "resolve",
    "unique_roles",
    # used by other steps of the reader
    "_addressee_of_quote",
    "_blood_pair",
    "_mention_at",
    "_partners",
]


def resolve(doc: StoryDoc, ms: list[Mention]) -> Discourse:
    """Assign ``entity`` to every mention that names a person; returns the discourse state."""
    d = Discourse()
    breaks = find_breaks(doc)
    next_quote = 0
    for m in ms:
        while breaks and m.start >= breaks[0].start and m.quote == -1:
            _switch_narrator(doc, ms, d, breaks.pop(0))
        # speakers are settled in quote order, so that alternation can use the previous ones
        while next_quote < len(doc.quotes) and doc.quotes[next_quote].start <= m.start:
            _resolve_speaker(doc, ms, d, next_quote)
            _speaker(doc, ms, d, next_quote)
            next_quote += 1
        if m.entity != -1:
            continue
        if m.kind == "name" and m.quote == -1 and _in_signature(doc, m.start):
            _sign_as_narrator(doc, d, m)
            if m.entity != -1:
                continue
        _resolve_one(doc, ms, d, m)
    name_the_hook_relative(doc, ms, d)
    return d
