"""Narrator switches: the name under a letter's sign-off is its writer's, and a break
("UPDATE: this is OP's husband") hands "I" to someone new (see :mod:`genogram.read.narrators`)."""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention
from genogram.read.narrators import NarratorBreak
from genogram.read.resolve.discourse import Discourse, _bind, _same
from genogram.read.resolve.perspective import _has_first_person, _narrator

_SIGN_OFF = re.compile(
    r"^[ \t]*(?:yours(?: sincerely| truly| faithfully)?|sincerely(?: yours)?|(?:kind |warm |best )?"
    r"regards|best(?: wishes)?|with (?:thanks|gratitude|best wishes)|many thanks|thanks(?: again)?"
    r"|cheers|love|respectfully)[ \t]*[,.!]?[ \t]*$", re.IGNORECASE | re.MULTILINE)


#: A name signed with a dash at the end of a paragraph: "… so here it is. - Jo", "—Mette"
_DASH_SIGNED = re.compile(r"(?:^|(?<=\s))[\u2014\u2013-]{1,2}[ \t]*([A-Z][\w.]*)"
                          r"(?:[ \t]*,[ \t]*\d{1,3}[MFmf]?)?[ \t]*$", re.MULTILINE)  # ("— Jo, 34")


def _in_signature(doc: StoryDoc, at: int) -> bool:
    """Is ``at`` on the first non-empty line after a letter's sign-off ("Yours sincerely,"), or
    the name a paragraph is signed with after a dash ("… - Jo")?"""
    spans = getattr(doc, "_signatures", None)
    if spans is None:
        spans = []
        for hit in _SIGN_OFF.finditer(doc.text):
            rest = doc.text[hit.end():]
            stripped = rest.lstrip("\n\r \t")
            start = hit.end() + len(rest) - len(stripped)
            end = stripped.find("\n")
            spans.append((start, start + (end if end != -1 else len(stripped))))
        spans += [(hit.start(1), hit.end(1)) for hit in _DASH_SIGNED.finditer(doc.text)]
        doc._signatures = spans  # type: ignore[attr-defined]
    return any(a <= at < b for a, b in spans)


def _sign_as_narrator(doc: StoryDoc, d: Discourse, m: Mention) -> None:
    """The name under a sign-off is the writer's: the narrator of that stretch."""
    if not _has_first_person(doc) or not m.name:
        return
    narr = _narrator(doc, d, m.start)
    e = d.ents.get(narr)
    if e.names and not any(_same(n, m.name) for n in e.names):
        return
    d.ents.add_name(narr, m.name)
    _bind(doc, d, m, narr, strong=True)
    d.signed.add(narr)


_TAG_INSIDE = re.compile(r"\(\s*\d{1,3}\s*[A-Za-z]{0,2}\s*\)")


def _poster_said(doc: StoryDoc, ms: list[Mention], br: NarratorBreak) -> list[Mention]:
    """The first poster's "my wife" mentions before a "this is OP's wife" break."""
    if br.poster_kin is None:
        return []
    said = (f"my {br.poster_kin}", br.poster_kin)  # ("my husband"; a forum's bare "DH")
    return [m for m in ms if m.start < br.start and m.kind == "kin" and m.entity != -1
            # ("My (40M) husband": the forum's tag inside the phrase)
            and " ".join(_TAG_INSIDE.sub(" ", doc.text[m.start:m.end]).lower().split()) in said]


def _switch_narrator(doc: StoryDoc, ms: list[Mention], d: Discourse, br: NarratorBreak) -> None:
    """A new "I" from ``br.start`` on (see :mod:`genogram.read.narrators`)."""
    ents = d.ents
    prev = ents.find(d.narrator) if d.narrator is not None else None
    new: int | None = None
    if br.poster_again:
        # back to the one who wrote first (if the story has had that narrator)
        new = ents.find(d.narrators[0][1]) if d.narrators else None
    elif said := _poster_said(doc, ms, br):
        # "this is OP's wife": the one the poster called "my wife" before this point
        new = ents.find(said[-1].entity)
        if br.name is not None:
            ents.add_name(new, br.name)  # "UPDATE from DH (Leo) here:"
    elif br.next_kin_at is not None:
        km = next((m for m in ms if m.start == br.next_kin_at and m.kind == "kin"), None)
        if km is not None and km.entity != -1:
            new = ents.find(km.entity)
            if br.name is not None:
                ents.add_name(new, br.name)  # "my husband … This is Hamid."
        if prev is not None and br.frame_name:
            ents.add_name(prev, br.frame_name)
    elif br.op_kin_at is not None:
        km = next((m for m in ms if m.start == br.op_kin_at and m.kind == "kin"), None)
        new = ents.new()
        if km is not None and km.entity == -1 and km.kin is not None:
            _bind(doc, d, km, new, strong=True)  # "this is OP's husband": the one now writing
            if prev is not None:
                ents.claim(prev, km.kin, new, (km.start, km.end))
                # "OP's" mentions the original poster, the topic of the update: "She showed me
                # the comments" is about her
                d.recent.append((doc.toks[km.head].sent, km.idx, prev, _OP_TOPIC))
                d.posters.add(prev)
    elif br.name is not None and (term := kin_term(br.name)) is not None and term.title:
        # a letter signed "Mum": the writer is the teller's mother, the one the teller last
        # called so ("I screamed at Mum … Mum")
        new = ents.lookup(prev, term) if prev is not None else None
        if new is None:
            said = [m for m in ms if m.start < br.start and m.kind == "kin" and m.entity != -1
                    and m.quote == -1 and m.kin is not None and m.kin.word == term.word
                    and m.possessor == -1]
            new = ents.find(said[-1].entity) if said else None
        if new is None:
            new = ents.new()
            if prev is not None:
                ents.claim(prev, term, new, (br.start, br.start))
    elif br.name is not None:
        new = ents.find_by_name(br.name)
        if br.intro and new is not None and prev is not None and new == prev:
            return  # "This is Ilka" said by Ilka, the narrator all along
        if br.intro and prev is not None and not ents.get(prev).names:
            _name_the_poster(doc, ms, d, prev, br)
        if new is not None and ents.get(new).narrator:
            new = None
        if new is None:
            new = ents.new()
        ents.add_name(new, br.name)
    if new is None:
        new = ents.new()
    if prev is not None and new == prev:
        return
    e = ents.get(new)
    e.narrator = True
    e.first = min(e.first, br.start)
    d.narrator = new
    d.narrators.append((br.start, new))
    if br.prev_kin_at is not None and prev is not None:
        # "My sister tells it her way": the previous narrator is this one's sister
        km = next((m for m in ms if m.start == br.prev_kin_at and m.kind == "kin"), None)
        if km is not None and km.entity == -1 and km.kin is not None:
            _bind(doc, d, km, prev, strong=True)
            ents.claim(new, km.kin, prev, (km.start, km.end))


_OP_TOPIC = 2.0
"""Salience of the original poster named by "OP's husband here" (above a main-clause subject)."""

_ASKED_ME = re.compile(r"\b([A-Z][a-z]+) (?:asked|wanted|told) (?:me|if I)\b")


def _name_the_poster(doc: StoryDoc, ms: list[Mention], d: Discourse, prev: int,
                     br: NarratorBreak) -> None:
    """"UPDATE: This is Zeno. Njal wanted me to add a word": the one who asked
    the new narrator to write is the narrator before (the original poster), so that name is
    theirs when the text gave them none."""
    head = doc.text[br.start:br.start + 240]
    hit = _ASKED_ME.search(head)
    if hit is None or hit.group(1) == br.name or kin_term(hit.group(1)) is not None:
        return
    at = br.start + hit.start(1)
    m = next((x for x in ms if x.start == at and x.kind == "name"), None)
    if m is None or m.entity != -1:
        return
    d.ents.add_name(prev, m.name)
    _bind(doc, d, m, prev, strong=True)
