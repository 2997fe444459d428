"""The protagonist of a story's hook line, named in the next sentence: "My husband needed a new
liver, and only one cousin matched. / Osmund grew up in two houses. …".

Viral stories open with one line about an unnamed relative ("my husband", "my son") and start
the backstory with that relative's name as the subject of the next sentence, never saying the two
are one. The name is that relative when it is new to the story, no kin word ties it to the
teller already, the two are compatible (gender, names, not each other's kin), and the hook has no second unnamed relative it could be.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.resolve.discourse import Discourse

#: Single-step kin roles a hook line names its protagonist by (partner, child, parent, sibling).
_PATHS = frozenset(["E", "C", "P", "S"])


def name_the_hook_relative(doc: StoryDoc, ms: list[Mention], d: Discourse) -> None:
    """Merge the hook line's one unnamed relative with the new name the next sentence opens
    with (in place)."""
    if len(doc.sents) < 2:
        return
    ents = d.ents
    toks = doc.toks
    first = [m for m in ms if toks[m.head].sent == 0 and m.quote == -1]
    kin = [m for m in first if m.kind == "kin" and m.kin is not None and not m.plural
           and m.kin.path in _PATHS and m.possessor_tok != -1 and m.entity != -1
           and toks[m.possessor_tok].lower in ("my", "our") and not m.kin.qual]
    if len({ents.find(m.entity) for m in kin}) != 1:
        return
    k = kin[0]
    hero = ents.find(k.entity)
    if ents.get(hero).names or ents.get(hero).narrator:
        return
    subject = next((m for m in ms if toks[m.head].sent == 1 and m.kind == "name" and m.quote == -1
                    and toks[m.head].dep in ("nsubj", "nsubjpass")
                    and toks[toks[m.head].head].dep == "ROOT"), None)
    if subject is None or subject.entity == -1:
        return
    named = ents.find(subject.entity)
    e = ents.get(named)
    teller = d.narrators[0][1] if d.narrators else d.narrator  # the hook's "my"
    narrator = ents.find(teller) if teller is not None else None
    if named == hero or e.narrator or e.first < subject.start or any(
            narrator is not None and not c.in_quote
            and {ents.find(c.possessor), ents.find(c.referent)} == {named, narrator}
            for c in ents.claims):
        return  # met before, or already the teller's relative: not the hook's unnamed one
    if not ents.compatible(hero, named):
        return
    ents.merge(hero, named)
