"""A person first described, then named as the speaker of the next quote.

"My cousin (Ola's eldest) rang me that night. 'Let it go,' Wenche said.": the story introduces
someone by a kin word or a description and gives their name only when they speak. A new name
that is the speaker of a quote, with exactly one unnamed person of a fitting gender in the
sentences just before, is that person rather than a stranger.

Precision over recall: the name must be new to the story and bare (no title, no kin phrase or
apposition of its own), and the candidate must be the only unnamed, non-narrator person of a
compatible gender among the last two sentences' mentions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.names import name_gender

if TYPE_CHECKING:
    from genogram.read.resolve import Discourse

#: How many sentences before the quote the described person may have been mentioned in.
_LOOKBACK = 2


def speaker_named_later(doc: StoryDoc, d: Discourse, m: Mention) -> int | None:
    """The unnamed person that the new name ``m``, speaking a quote, names (or None)."""
    if m.kind != "name" or not m.name or m.title is not None or m.quote != -1:
        return None
    if m.same_as or m.aliases or m.possessor != -1:
        return None
    quote = next((q for q in doc.quotes if q.speaker_tok == m.head), None)
    if quote is None:
        return None
    toks = doc.toks
    first_sent = min(toks[quote.tok_start].sent, toks[m.head].sent)
    gender = m.gender or name_gender(m.name.split()[0])
    ents = d.ents
    found: set[int] = set()
    for s, _idx, e_id, _role in reversed(d.recent):
        if s < first_sent - _LOOKBACK:
            break
        e = ents.find(e_id)
        ent = ents.get(e)
        if ent.narrator or ent.names or e in found:
            continue
        g = ents.gender(e)
        if gender is not None and g is not None and g != gender:
            continue
        found.add(e)
    return found.pop() if len(found) == 1 else None
