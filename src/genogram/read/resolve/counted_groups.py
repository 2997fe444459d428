"""Counted unnamed groups ("two adult children", "my two cousins"): whether the text tells of
their members one by one, and dropping the people made for them when it never does.

A story counts relatives it does not tell of ("she lives up north with her husband and
our three nephews"); such members are no people of the family model of their own. They stay when
the text gives each an age ("two daughters, ages 9 and 12"), when they are twins (a tie of their
own), or when a named person turns out to be one of them (see :mod:`.roles`).
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.resolve.discourse import Discourse

#: "…, ages 9 and 12", "aged 4, 7 and 9", "(9, 12)", "(9M, 12F)" right after the group
_AGES_EACH = re.compile(
    r"[^.;:!?]{0,40}?(?:\b(?:ages?|aged)\s+(\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})+)"
    r"|\((\s*\d{1,3}\s*[MFmf]?(?:\s*(?:,|and|&)\s*\d{1,3}\s*[MFmf]?)+)\s*\))")
_ONE_AGE = re.compile(r"(\d{1,3})\s*([MFmf]?)")


def member_ages(doc: StoryDoc, m: Mention) -> list[tuple[int, str | None, tuple[int, int]]]:
    """The age (and sex, when tagged) of each member of group ``m`` in the order listed, with
    where it is said: "two sons (19, 22)" -> [(19, None, span), (22, None, span)]; none when
    the text right after the group does not give each member an age."""
    hit = _AGES_EACH.match(doc.text, m.end)
    if hit is None:
        return []
    g = 1 if hit.group(1) else 2
    sexes = {"m": "male", "f": "female"}
    return [(int(a.group(1)), sexes.get(a.group(2).lower()),
             (hit.start(g) + a.start(), hit.start(g) + a.end()))
            for a in _ONE_AGE.finditer(hit.group(g))]


def drop_provisional_members(d: Discourse) -> None:
    """Unmake the people of a counted unnamed group whom nothing else ever named or referred
    to: no name, no mention but the group's own phrase. Their claims go with them, so no tie
    is drawn to a person the model does not hold."""
    ents = d.ents
    dropped: set[int] = set()
    for x in d.provisional:
        r = ents.find(x)
        e = ents.get(r)
        if e.names or e.narrator or len(set(e.mentions)) > 1:
            continue
        group_members = sum(1 for y in d.provisional if ents.find(y) == r)
        if group_members > 1:
            continue  # two members merged into one: something else made them one person
        dropped.add(r)
    if not dropped:
        return
    ents.claims[:] = [c for c in ents.claims if ents.find(c.possessor) not in dropped
                      and ents.find(c.referent) not in dropped]
    for r in sorted(dropped):
        e = ents.get(r)
        e.mentions.clear()
        e.spans.clear()
        e.strong_mentions = 0
    for idx in list(d.groups):
        kept = [x for x in d.groups[idx] if ents.find(x) not in dropped]
        if kept:
            d.groups[idx] = kept
        else:
            del d.groups[idx]
