"""Quoted speech: where each quote is, and which token names its speaker.

Quotes are found on the original text (curly marks say which side they open) with straight quotes
toggling within a paragraph; a quote left open at the end of a paragraph closes there (and a
paragraph that opens with a quote mark continues the dialogue). The speaker is the subject of a
speech verb next to the quote ("…,” he said; said Jens), else the subject of the sentence beside
it in the same paragraph, else "I" when the narrator's own clause frames it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from genogram.read.document import StoryDoc

SPEECH_VERBS = frozenset(["say", "tell", "ask", "reply", "answer", "whisper", "shout", "yell", "scream", "cry", "sob", "mutter", "mumble", "murmur", "add", "continue", "call", "snap", "laugh", "begin", "explain", "insist", "repeat", "admit", "announce", "declare", "demand", "beg", "plead", "sigh", "hiss", "growl", "groan", "bark", "exclaim", "protest", "respond", "offer", "agree", "confess", "warn", "promise", "note", "remark", "breathe", "stammer", "stutter", "croak", "chirp", "joke", "tease", "grin", "smile", "nod", "interrupt", "finish", "start", "write", "text"])

OPEN_MARKS = "\u201c\u201e\u00ab"
CLOSE_MARKS = "\u201d\u00bb"


@dataclass
class Quote:
    """A quoted stretch ``[start, end)`` (marks included), its tokens, and its speaker token."""

    start: int
    end: int
    tok_start: int = 0
    tok_end: int = 0
    speaker_tok: int = -1      # token of the speaker mention (outside the quote), -1 unknown
    speaker_is_narrator: bool = False
    para: int = 0
    addressee_tok: int = -1    # token of the one spoken to ("…," Piet told Ansa), -1 unknown


def find_quotes(doc: StoryDoc) -> list[Quote]:
    """Quoted spans in text order; marks each token's ``quote`` field."""
    text = doc.text
    quotes: list[Quote] = []
    for p_index, (ps, pe) in enumerate(doc.para_bounds):
        open_at = -1
        for k in range(ps, pe):
            ch = text[k]
            if ch in OPEN_MARKS:
                if open_at == -1:
                    open_at = k
            elif ch in CLOSE_MARKS:
                if open_at != -1:
                    quotes.append(Quote(open_at, k + 1, para=p_index))
                    open_at = -1
            elif ch == '"':
                if open_at == -1:
                    open_at = k
                else:
                    quotes.append(Quote(open_at, k + 1, para=p_index))
                    open_at = -1
        if open_at != -1:  # unbalanced: the quote runs to the end of the paragraph
            quotes.append(Quote(open_at, pe, para=p_index))
    quotes = _with_single_quotes(text, doc, quotes)
    toks = doc.toks
    n = len(toks)
    for qi, q in enumerate(quotes):
        a = max(doc.tok_at(q.start), 0)
        while a < n and toks[a].end <= q.start:
            a += 1
        b = a
        while b < n and toks[b].start < q.end:
            toks[b].quote = qi
            b += 1
        q.tok_start, q.tok_end = a, b
    kept: list[Quote] = []
    for q in quotes:
        if _is_scare_quote(doc, q):
            for k in range(q.tok_start, q.tok_end):
                toks[k].quote = -1
            continue
        kept.append(q)
    for qi, q in enumerate(kept):
        for k in range(q.tok_start, q.tok_end):
            toks[k].quote = qi
        _attribute(doc, q)
    doc.quotes = kept
    return kept


# A single-quoted stretch of speech: 'I keep waiting…' / ‘I keep waiting…’. The opening mark
# follows a space, a bracket, a colon or the start; the closing one is not inside a word (so
# apostrophes in "don't" or "the boys' room" never open or close a quote).
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[:—-]))['‘](?=[A-Za-z])"
                     r"([^'‘’\n]|['’](?=[A-Za-z]))+?"
                     r"['’](?![A-Za-z])")


def _with_single_quotes(text: str, doc: StoryDoc, quotes: list[Quote]) -> list[Quote]:
    """Add single-quoted speech that lies outside every double-quoted stretch."""
    spans = [(q.start, q.end) for q in quotes]
    out = list(quotes)
    for p_index, (ps, pe) in enumerate(doc.para_bounds):
        for m in _SINGLE.finditer(text, ps, pe):
            a, b = m.start(), m.end()
            if len(text[a:b].split()) < 2 or any(s < b and a < e for s, e in spans):
                continue
            out.append(Quote(a, b, para=p_index))
    out.sort(key=lambda q: q.start)
    return out


def _is_scare_quote(doc: StoryDoc, q: Quote) -> bool:
    """A short quoted phrase inside running narration ("called it “needing space.”")."""
    words = [t for t in doc.toks[q.tok_start:q.tok_end] if t.text[:1].isalnum()]
    if len(words) > 3 or any(t.lower in ("i", "me", "my", "we", "us", "you") for t in words):
        return False  # speech, not a scare quote: "states “I miss her”"
    before = doc.text[doc.para_bounds[q.para][0]:q.start].rstrip()
    if not before:
        return False
    return before[-1].isalnum() or before[-1] in "’'"


def _subject_of(doc: StoryDoc, verb: int) -> int:
    for c in doc.toks[verb].children:
        if doc.toks[c].dep in ("nsubj", "nsubjpass") and doc.toks[c].quote == -1:
            return c
    return -1


_PERSONISH = ("PRON", "PROPN", "NOUN")
# verbs whose object is the one spoken to ("told Ansa", "asked her"); other speech verbs take
# their addressee after "to"/"at" ("said to Piet"), and "calls Cassius 'the tenant'" is naming
_OBJECT_ADDRESSED = frozenset(["tell", "ask", "beg", "warn", "promise", "answer", "remind",
                               "text", "assure", "reassure", "urge", "order", "inform"])


def _addressee_of(doc: StoryDoc, verb: int) -> int:
    """The one a speech verb is aimed at: its object ("told Ansa", "asked her") or the object
    of its "to" ("said to Piet", "wrote to him"), outside the quote; -1 when it names no one."""
    toks = doc.toks
    found = _object_addressed(doc, verb, toks[verb].lemma in _OBJECT_ADDRESSED)
    if found == -1 and toks[verb].dep == "conj":
        # "handed Grandma the pie and said…", "turned to Ansa and said…": the first verb's
        # recipient is the one spoken to
        found = _object_addressed(doc, toks[verb].head, False, named_object=True)
    return found


def _object_addressed(doc: StoryDoc, verb: int, by_object: bool, *,
                      named_object: bool = False) -> int:
    """A person the verb is aimed at: its indirect object, its "to"/"at" object, and its direct
    object when ``by_object`` (a verb like "tell" whose object is the listener) or, with
    ``named_object``, when that object is a name or a personal pronoun ("hugged Piet")."""
    toks = doc.toks
    for c in toks[verb].children:
        t = toks[c]
        if t.quote != -1:
            continue
        if t.dep == "dobj" and named_object and (
                t.pos == "PROPN" or t.lower in ("him", "her", "me", "them", "us")):
            return c
        if (t.dep in ("dative", "iobj") or t.dep == "dobj" and by_object) and (
                t.pos in _PERSONISH and t.lower not in (
                    "it", "this", "that", "something", "nothing", "everything", "one")):
            return c
        if t.dep in ("prep", "dative") and t.lower in ("to", "at"):
            obj = next((g for g in t.children if toks[g].dep == "pobj"), -1)
            if obj != -1 and toks[obj].pos in _PERSONISH:
                return obj
    return -1


def _attribute(doc: StoryDoc, q: Quote) -> None:
    toks = doc.toks
    ps, pe = doc.para_bounds[q.para]
    # 1. a speech verb outside the quote, in the sentences the quote touches
    s_first = toks[q.tok_start].sent if q.tok_start < len(toks) else 0
    s_last = toks[max(q.tok_end - 1, q.tok_start)].sent if q.tok_end else s_first
    best = -1
    best_dist = 10**9
    addressee = -1
    for s in range(max(s_first - 1, 0), min(s_last + 2, len(doc.sents))):
        sent = doc.sents[s]
        if sent.para != q.para:
            continue
        for k in range(sent.start_tok, sent.end_tok):
            t = toks[k]
            if t.quote != -1 or t.pos not in ("VERB", "AUX") or t.lemma not in SPEECH_VERBS:
                continue
            subj = _subject_of(doc, k)
            if subj == -1 and t.dep == "conj":
                subj = _subject_of(doc, t.head)  # "Hedy handed Piet the keys and said, …"
            if subj == -1:
                continue
            dist = min(abs(k - q.tok_start), abs(k - q.tok_end))
            if dist < best_dist:
                best, best_dist = subj, dist
                addressee = _addressee_of(doc, k)
    if best == -1:
        # 2. the subject of an adjacent narrative sentence in the same paragraph
        for s in (s_first - 1, s_last + 1, s_first):
            if not 0 <= s < len(doc.sents) or doc.sents[s].para != q.para:
                continue
            sent = doc.sents[s]
            for k in range(sent.start_tok, sent.end_tok):
                t = toks[k]
                if t.quote == -1 and t.dep == "nsubj" and toks[t.head].dep == "ROOT":
                    if t.pos in ("PRON", "PROPN") or t.ent == "PERSON":
                        best = k
                        break
                    owner = next((c for c in t.children if toks[c].dep == "poss"), -1)
                    if owner != -1:  # "His voice was hoarse." -> he speaks
                        best = owner
                        break
            if best != -1:
                break
    q.speaker_tok = best
    q.addressee_tok = addressee
    if best != -1 and toks[best].lower in ("i", "we"):
        q.speaker_is_narrator = True
    del ps, pe
