"""Who is spoken to: the person a vocative name in a quote calls, and "you" inside a quote."""

from __future__ import annotations

import bisect

from genogram.read.document import StoryDoc
from genogram.read.lexicon import HUMAN_NOUNS, kin_term
from genogram.read.mentions import Mention
from genogram.read.mentions.name_cues import letter_opening
from genogram.read.names import formal_name
from genogram.read.narrators import find_breaks
from genogram.read.resolve.discourse import Discourse, _mention_at, _resolve_one, _same
from genogram.read.resolve.perspective import _speaker


def _is_vocative(doc: StoryDoc, m: Mention) -> bool:
    """A bare name set off at the edge of a quote: "…, Ylva." / "Ylva…" / "Ylva, look"."""
    toks = doc.toks
    a, b = doc.tok_at(m.start), doc.tok_at(m.end - 1)
    before = toks[a - 1] if a > 0 else None
    after = toks[b + 1] if b + 1 < len(toks) else None
    q = doc.quotes[m.quote]
    left_edge = before is None or before.start < q.start + 1 or before.text in (",", "\u2026",
                                                                                 "...", "-")
    right_edge = after is None or after.text in (",", ".", "!", "?", "\u2026", "...", '"',
                                                 "\u201d") or after.start >= q.end - 1
    words = [t for t in toks[q.tok_start:q.tok_end] if t.text[:1].isalnum()]
    if words and all(m.start <= t.start < m.end for t in words):
        return True  # the whole quote is the name: "Ylva…"
    dep = toks[m.head].dep
    if dep in ("appos", "conj") and doc.toks[toks[m.head].head].pos in ("PROPN", "NOUN", "PRON"):
        head = doc.toks[toks[m.head].head]
        denied = head.dep == "attr" and any(toks[c].dep == "neg" for c in toks[head.head].children)
        if not denied and (head.pos == "PRON" or head.pos == "PROPN" or kin_term(
                head.lower) is not None or head.lower in HUMAN_NOUNS):
            return False  # (but "You are not my dad, Bo!" calls Bo)
    return bool(left_edge and right_edge and dep not in ("nsubj", "dobj", "pobj", "poss", "attr"))


def _addressee(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention,
               named: int | None) -> int | None:
    """The person a vocative names: the narrator, when someone else speaks to them and the
    name belongs to no one seen acting in the narration."""
    told = _told(doc, ms, d, m, named)
    if told is not None:
        return told
    if d.narrator is None:
        return None
    speaker = _speaker(doc, ms, d, m.quote)
    if speaker is None or d.ents.find(speaker) == d.ents.find(d.narrator):
        return None
    narr = d.ents.get(d.narrator)
    if named is not None and d.ents.find(named) != d.ents.find(d.narrator):
        e = d.ents.get(named)
        if any(ms[i].quote == -1 and ms[i].kind == "name" for i in e.mentions):
            return None
        if e.mentions:
            return None
    if narr.names and not any(_same(n, m.name or "") for n in narr.names):
        return None
    if _named_in_own_narration(doc, ms, m):
        return None  # the narrator tells of "Zodwa" in the third person: not the narrator
    return d.ents.find(d.narrator)


def _told(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention,
          named: int | None) -> int | None:
    """The one the speech verb names as spoken to ("'Sit down, Ylva,' he said to Mama"), when
    the vocative fits them: they bear no other name, and no one else is known by it."""
    q = doc.quotes[m.quote]
    if q.addressee_tok == -1:
        # an exchange in one paragraph: "Mom asks, 'Did she nap?' and Dad says, 'She
        # napped, Ulla'": the one who spoke just before, when not the speaker or the narrator
        prev = m.quote - 1
        if prev < 0 or doc.quotes[prev].para != q.para or d.speakers.get(prev) is None:
            return None
        before, speaker = d.ents.find(d.speakers[prev]), _speaker(doc, ms, d, m.quote)
        if speaker is None or before == d.ents.find(speaker) or (
                d.narrator is not None and before == d.ents.find(d.narrator)):
            return None
        target: int | None = before
    else:
        am = _mention_at(ms, doc, q.addressee_tok)
        if am is None or am.kind in ("we", "they", "you", "self"):
            return None
        if am.entity == -1:
            _resolve_one(doc, ms, d, am)
        target = d.ents.find(am.entity) if am.entity != -1 else None
    if target is None:
        return None
    e = d.ents.get(target)
    if e.names and not any(_same(n, m.name or "") for n in e.names):
        return None
    if named is not None and d.ents.find(named) != target and d.ents.get(named).mentions:
        return None
    return target


def _named_in_own_narration(doc: StoryDoc, ms: list[Mention], m: Mention) -> bool:
    """Is the vocative's name used outside quotes, in the same narrator's stretch of text?"""
    cached = getattr(doc, "_break_starts", None)
    if cached is None:
        cached = sorted(b.start for b in find_breaks(doc))
        doc._break_starts = cached  # type: ignore[attr-defined]
    if not m.name:
        return False
    i = bisect.bisect_right(cached, m.start)
    lo = cached[i - 1] if i > 0 else 0
    hi = cached[i] if i < len(cached) else len(doc.text)
    index = getattr(doc, "_narrated_names", None)
    if index is None:  # formal first name -> starts of its uses outside quotes, in order
        index = {}
        for o in ms:
            if o.kind == "name" and o.quote == -1 and o.name:
                index.setdefault(formal_name(o.name.split()[0]), []).append((o.start, o.name))
        doc._narrated_names = index  # type: ignore[attr-defined]
    uses = index.get(formal_name(m.name.split()[0]), [])
    j = bisect.bisect_left(uses, (lo, ""))
    return any(_same(n, m.name) for start, n in uses[j:] if start < hi)


def _addressee_of_quote(doc: StoryDoc, ms: list[Mention], d: Discourse, quote: int) -> int | None:
    """Who "you" is in a quote: the one the speech verb names ("Piet told Ansa"), else the
    previous speaker in the exchange, else the narrator."""
    speaker = _speaker(doc, ms, d, quote)
    q = doc.quotes[quote]
    if speaker is None:
        # a letter or line nobody is said to speak ("A letter came too: 'When I
        # married your husband's father…'"): in a first-person story it is addressed to the
        # narrator, unless the narrator's own first person fills it
        if d.narrator is None or q.addressee_tok != -1 or not _speaks_in_first_person(doc, q):
            return None
        return d.ents.find(d.narrator)
    if q.addressee_tok != -1:  # "'Your mother called,' Piet told Ansa": Ansa
        am = _mention_at(ms, doc, q.addressee_tok)
        if am is not None and am.kind not in ("we", "they", "you"):
            if am.entity == -1:
                _resolve_one(doc, ms, d, am)
            if am.entity != -1 and d.ents.find(am.entity) != speaker:
                return d.ents.find(am.entity)
    if d.narrator is not None and d.ents.find(d.narrator) != speaker and _narrator_beside(doc, q):
        return d.ents.find(d.narrator)  # "When I asked Grandpa Sid, he said, 'Ask your uncle'"
    for p in range(quote - 1, max(quote - 4, -1), -1):
        if q.para - doc.quotes[p].para > 3:
            break
        s = d.speakers.get(p)
        if s is not None and d.ents.find(s) != speaker:
            return d.ents.find(s)
    if d.narrator is not None and d.ents.find(d.narrator) != speaker:
        return d.ents.find(d.narrator)
    return None


def _speaks_in_first_person(doc: StoryDoc, q) -> bool:
    """Does the quote's speaker say "I"/"my" (someone talking about themselves)?"""
    return any(doc.toks[k].lower in ("i", "my", "me", "i'm", "myself")
               for k in range(q.tok_start, q.tok_end))


def _narrator_beside(doc: StoryDoc, q) -> bool:
    """Does the narrator ("I", "me") take part in the sentence that frames the quote?"""
    toks = doc.toks
    if q.tok_start >= len(toks):
        return False
    sent = doc.sents[toks[q.tok_start].sent]
    return any(toks[k].quote == -1 and toks[k].lower in ("i", "me")
               for k in range(sent.start_tok, sent.end_tok))


def letter_addressee(doc: StoryDoc, ms: list[Mention], d: Discourse) -> int | None:
    """Whom a letter's "you" is: the name or kin title that opens the text set off by a comma
    ("Dear Ebo,", "Dad, we miss you", "Nana, dearest, your
    granddaughter ..."), when a "Dear" says so or the first two sentences speak to someone; else
    no one ("Grandma, as everyone called her, kept hens" opens no letter)."""
    first = next((m for m in ms if m.quote == -1 and not m.is_pronoun), None)   # (text order)
    if first is None or first.kind not in ("name", "kin") or first.entity == -1:
        return None
    if not letter_opening(doc, doc.tok_at(first.start), doc.tok_at(first.end - 1),
                          saluted_enough=True):
        return None
    return d.ents.find(first.entity)
