"""A quoted nickname between a given name and a surname ('Hedwiga "Wiga" Brzozowska'): one person
with the full name and the nickname as an alias, not two or three people.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.mentions.mention import Mention

#: A quoted nickname between a given name and a surname: ' "Wiga" ', ' “Kip” ', ' ("Wiga") '.
_QUOTED_NICK = re.compile(r"\s+(\()?[\"\u201c\u2018]([A-Z][\w\u2019'-]*)[\"\u201d\u2019]"
                          r"(?(1)\))\s+")


def _surname_at(doc: StoryDoc, pos: int) -> int:
    """The last token of a one-word or hyphenated surname starting at character ``pos``
    ("Brzozowska", "Voll-Ostby"), or -1."""
    toks = doc.toks
    k = doc.tok_at(pos)
    if k < 0 or toks[k].start != pos or not toks[k].is_title or not toks[k].text.isalpha():
        return -1
    while (k + 2 < len(toks) and toks[k + 1].text in ("-", "‑") and toks[k + 1].start == toks[k].end
           and toks[k + 2].start == toks[k + 1].end and toks[k + 2].is_title):
        k += 2
    return k


def _fuse_quoted_nicknames(doc: StoryDoc, ms: list[Mention]) -> list[Mention]:
    """ 'Hedwiga "Wiga" Brzozowska', 'Hedwiga ("Wiga") Brzozowska': one person whose name is the
    given name and the surname, and whose nickname is the quoted word between them (not two or
    three people)."""
    toks = doc.toks
    out: list[Mention] = []
    pairs: list[tuple[Mention, Mention]] = []
    i = 0
    while i < len(ms):
        first = ms[i]
        hit = _QUOTED_NICK.match(doc.text, first.end) if (
            first.kind == "name" and first.name and first.title is None) else None
        rest = [m for m in ms[i + 1:i + 3] if m.kind == "name"] if hit else []
        sur = _surname_at(doc, hit.end()) if hit else -1
        if hit is None or sur == -1 or "\n" in doc.text[first.end:toks[sur].start]:
            # (the parser may end a sentence at the quoted nickname: the words run on anyway)
            out.append(first)
            i += 1
            continue
        k = doc.tok_at(hit.start(2))
        nick = next((m for m in rest if m.start == hit.start(2)), None) or Mention(
            0, hit.start(2), hit.end(2), k, "name", quote=toks[k].quote, name=hit.group(2))
        first.name = f"{first.name} {doc.text[hit.end():toks[sur].end]}"
        first.end, first.head = toks[sur].end, sur
        out += [first, nick]
        pairs.append((first, nick))
        i += 1
        while i < len(ms) and ms[i].start < first.end:
            i += 1  # the nickname and the surname, if they were read as names of their own
    if not pairs:
        return ms
    for n, m in enumerate(out):
        m.idx = n
    for first, nick in pairs:
        first.another_name(nick)
    return out
