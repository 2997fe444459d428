"""A counted group of children named in the words that follow it: "We had two children. Roelke
came first, then Gerda four years later." / "They had three sons: Ivo was the eldest, …".

A story often counts the children in one sentence and names them in the next, each in a clause of
its own, where no apposition or list ties the names to the group. When the group closes its
sentence (or a colon ends it) and the next stretch introduces exactly as many new names as the
group counted, with no other person described there, those names are the group's members.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from genogram.read.document import StoryDoc
from genogram.read.mentions.mention import Mention


def name_counted_children(doc: StoryDoc, ms: list[Mention]) -> None:
    """Give each unnamed counted group of children the new names that follow it (in place)."""
    first_seen: dict[str, int] = {}
    for m in ms:
        if m.kind == "name" and m.name:
            first_seen.setdefault(m.name, m.start)
    by_start = sorted(ms, key=lambda x: x.start)
    starts = [x.start for x in by_start]

    def between(a: int, b: int) -> list[Mention]:  # the mentions starting in [a, b)
        return by_start[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]

    for m in ms:
        if (m.kind != "kin" or not m.plural or m.count < 2 or m.members or m.kin is None
                or m.kin.path != "C" or m.quote != -1):
            continue
        stretch = _naming_stretch(doc, between, m)
        if stretch is None:
            continue
        inside = between(*stretch)
        if any(x.kind in ("kin", "desc") for x in inside):
            continue  # "Ivo came first, then my sister": the stretch tells of someone else too
        names = [x for x in inside if x.kind == "name" and x.name]
        if len(names) > m.count:
            # "Ivo was twelve and read Tolstoy. Bo was nine": when more names than the count
            # follow, the ones each clause is about are the children
            names = [x for x in names if doc.toks[x.head].dep in ("nsubj", "nsubjpass")]
        if len(names) != m.count or len({x.name for x in names}) != m.count:
            continue
        if any(first_seen.get(x.name or "", x.start) < m.start for x in names):
            continue  # a name met before the group is someone the story already knows
        m.members.extend(x.idx for x in names)


def _naming_stretch(doc: StoryDoc, between: Callable[[int, int], list[Mention]],
                    m: Mention) -> tuple[int, int] | None:
    """The characters where a group's names may follow: after a colon that ends the group, or
    the next sentence of the same paragraph when the group ends its own sentence."""
    toks = doc.toks
    end = doc.tok_at(m.end - 1) + 1
    sent = doc.sents[toks[m.head].sent]
    if end < len(toks) and toks[end].text == ":" and toks[end].sent == toks[m.head].sent:
        return toks[end].end, toks[sent.end_tok - 1].end
    if between(m.end, toks[sent.end_tok - 1].end):
        return None  # the sentence goes on about someone: the group is not left to name
    if any(toks[k].pos in ("VERB", "AUX") for k in range(end, sent.end_tok)):
        return None  # "…two children, who both live abroad": a clause of its own follows
    n = toks[m.head].sent + 1
    if n >= len(doc.sents) or doc.sents[n].para != sent.para:
        return None
    # the next sentence, or as many as the group counts when each names one child ("Ivo was
    # twelve. Bo was nine."), within the paragraph
    last = n
    while (last + 1 < len(doc.sents) and last + 1 < n + m.count
           and doc.sents[last + 1].para == sent.para
           and len([x for x in between(toks[doc.sents[n].start_tok].start,
                                       toks[doc.sents[last].end_tok - 1].end)
                    if x.kind == "name"]) < m.count):
        last += 1
    return toks[doc.sents[n].start_tok].start, toks[doc.sents[last].end_tok - 1].end
