"""Whose "I" it is: the narrator of a stretch, the speaker of a quote (tagged, or alternating in
an exchange), and the perspective a kin title ("Mom") is said from."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.mentions.abbreviations import PARENT_SHORTHAND
from genogram.read.resolve.discourse import Discourse, _mention_at, _resolve_one


def _narrator(doc: StoryDoc, d: Discourse, at: int) -> int:
    if d.narrator is None:
        d.narrator = d.ents.new()
        e = d.ents.get(d.narrator)
        e.narrator = True
        e.first = at
        d.narrators.append((at, d.narrator))
    return d.narrator


def _speaker(doc: StoryDoc, ms: list[Mention], d: Discourse, quote: int) -> int | None:
    if quote in d.speakers:
        s = d.speakers[quote]
        return None if s is None else d.ents.find(s)
    q = doc.quotes[quote]
    found: int | None = None
    if q.speaker_is_narrator:
        found = _narrator(doc, d, q.start)
    elif q.speaker_tok != -1:
        sm = _mention_at(ms, doc, q.speaker_tok)
        if sm is not None and sm.entity == -1 and sm.kind in ("name", "he", "she", "kin", "desc"):
            _resolve_one(doc, ms, d, sm)
        if sm is not None and sm.entity != -1:
            found = d.ents.find(sm.entity)
    else:
        found = _alternating_speaker(doc, d, quote)
    d.speakers[quote] = found
    return found


def _alternating_speaker(doc: StoryDoc, d: Discourse, quote: int) -> int | None:
    """An untagged line in a two-person exchange is spoken by the other one."""
    q = doc.quotes[quote]
    prev = [p for p in range(quote - 1, max(quote - 5, -1), -1)
            if q.para - doc.quotes[p].para <= 3 and doc.quotes[p].para != q.para]
    if not prev or prev[0] not in d.speakers or d.speakers[prev[0]] is None:
        return None
    last = d.ents.find(d.speakers[prev[0]])
    narrator = d.ents.find(d.narrator) if d.narrator is not None else None
    if narrator is not None and last != narrator:
        return narrator
    for p in prev[1:]:
        s = d.speakers.get(p)
        if s is not None and d.ents.find(s) != last:
            return d.ents.find(s)
    return None


def _perspective(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> int | None:
    """Whose kin a title like "Mom" names: the speaker inside a quote, else the narrator."""
    if m.quote != -1:
        return _speaker(doc, ms, d, m.quote)
    if doc.text[m.start:m.end] in PARENT_SHORTHAND and d.patient() is not None:
        return d.patient()  # a note's "Mo" and "Fa" are the patient's, not the writer's
    return _narrator(doc, d, m.start) if d.narrator is not None or _has_first_person(doc) else None


def _has_first_person(doc: StoryDoc) -> bool:
    cached = getattr(doc, "_fp", None)
    if cached is None:
        cached = any(t.lower in ("i", "my", "me") and t.quote == -1 for t in doc.toks)
        doc._fp = cached  # type: ignore[attr-defined]
    return cached


def _resolve_speaker(doc: StoryDoc, ms: list[Mention], d: Discourse, quote: int) -> None:
    q = doc.quotes[quote]
    if q.speaker_tok == -1 or q.speaker_is_narrator:
        return
    sm = _mention_at(ms, doc, q.speaker_tok)
    if sm is not None and sm.entity == -1:
        _resolve_one(doc, ms, d, sm)
