"""A note's illness shorthand: "Mother hx depression", "Hx of panic disorder", "Dx: COPD 2019",
"PGM with hx of seizures", "has a history of depression", "Hx of asthma in brother".

The marker ("Hx", "Dx", "h/o", "history of") is followed by what the person has, a phrase with
no verb of its own ("Hx: IP was a keen reader" is a heading, not an illness). The person is
whom the entry names right before the marker (``entry_subject``), the subject of "has a
history of", the person an "in" names after the phrase, the one a list entry starts with, else
the note's identified patient. "No hx of", "denies", "family history of" tell no one's illness.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.events.lexicon import CONDITION_WORDS
from genogram.read.events.subjects import _subjects_of
from genogram.read.events.triggers import _Raw
from genogram.read.frames.shorthand import _line_head, entry_subject
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse

#: The markers: a clinician's abbreviations for history and diagnosis.
_MARKERS = frozenset(["hx", "dx", "h/o"])
#: Words before a marker that deny it ("No prior psychiatric hx", "denies hx of SI").
_DENIALS = frozenset(["no", "not", "denies", "denied", "without", "negative", "nil", "none"])
#: Words before a marker that make it no one person's ("Family hx:", "Social history:").
_NOT_ONES_OWN = frozenset(["family", "social", "developmental", "legal", "school", "work",
                           "trauma", "relationship", "relational", "marital", "substance",
                           "psychiatric", "medical", "mh", "psych", "treatment", "birth",
                           "sexual", "placement", "education", "employment", "criminal"])
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: Where the phrase of what the person has ends.
_PHRASE_END = re.compile(r"[,;.(\n]|\s-\s|\s(?:per|as|since|until)\s")


def _noted_illnesses(doc: StoryDoc, ms: list[Mention], d: Discourse,
                     raws: list[_Raw]) -> list[_Raw]:
    """Illness events of a note's "hx"/"dx"/"history of" shorthand that no trigger told."""
    toks = doc.toks
    f = d.ents.find
    out: list[_Raw] = []
    for k, t in enumerate(toks):
        if t.quote != -1 or not _is_marker(doc, k):
            continue
        start = toks[k + 1].end if t.lower == "history" else t.end   # after "of"
        phrase = _phrase_after(doc, start)
        if phrase is None or _denied_or_general(doc, k):
            continue
        a, b = phrase
        if t.lower != "dx" and not CONDITION_WORDS & {w.lower() for w in _WORD.findall(
                doc.text[a:b])}:
            continue   # a history needs a condition: "History of parentification", "hx of DV"
        inside = _in_someone(doc, ms, a, b)   # "Hx of asthma in brother": the brother's
        if inside is not None:
            b, person = inside
        else:
            person = _whose(doc, ms, d, k)
        if person is None:
            continue
        p = f(person)
        if any(r.type == "illness" and p in (f(x) for x in r.people) and r.sent == t.sent
               for r in raws + out):
            continue   # told by a trigger of the sentence already ("Hx of panic disorder")
        tail = doc.text[b:min(len(doc.text), b + 12)]   # "depression postpartum (2016)"
        year = _YEAR.search(doc.text[a:b]) or _YEAR.match(tail.lstrip(" ("))
        what = _YEAR.sub("", doc.text[a:b]).strip(" ,:")
        words = ("is diagnosed with " if t.lower == "dx" else "has a history of ") + what
        out.append(_Raw("illness", [p], k, t.sent, words, (t.start, b),
                        derived=True, year=int(year.group(1)) if year else None))
    return out


def _is_marker(doc: StoryDoc, k: int) -> bool:
    t = doc.toks[k]
    if t.lower in _MARKERS:
        return True
    return (t.lower == "history" and k + 1 < len(doc.toks) and doc.toks[k + 1].lower == "of"
            and doc.toks[k + 1].sent == t.sent)


def _phrase_after(doc: StoryDoc, start: int) -> tuple[int, int] | None:
    """The span of what the marker says one has, if it is a verbless phrase on the same line."""
    text = doc.text
    m = re.compile(r"[ \t]*(?:of\b)?[ \t:]*").match(text, start)
    a = m.end() if m else start
    stop = _PHRASE_END.search(text, a)
    b = stop.start() if stop else len(text)
    if b - a < 3 or not any(ch.isalpha() for ch in text[a:b]):
        return None   # "Family hx:" heading its list
    k = doc.tok_at(a)
    if k < 0:
        return None
    for j in range(k, len(doc.toks)):
        w = doc.toks[j]
        if w.start >= b:
            break
        if w.tag in ("VBD", "VBZ", "VBP", "MD") or w.lower in _DENIALS:
            return None   # "Hx: IP was a keen reader", "Hx: no prior tx": a sentence
    return a, b


def _denied_or_general(doc: StoryDoc, k: int) -> bool:
    toks = doc.toks
    before = [toks[j] for j in range(max(0, k - 4), k) if toks[j].sent == toks[k].sent]
    stops = [n for n, w in enumerate(before) if w.text in (".", ";", ":", ",")]
    if stops:   # only the marker's own clause: "Mother: no contact. Hx depression" is a history
        before = before[stops[-1] + 1:]
    if any(w.lower in _DENIALS for w in before):
        return True
    return bool(before) and before[-1].lower in _NOT_ONES_OWN


def _in_someone(doc: StoryDoc, ms: list[Mention], a: int, b: int) -> tuple[int, int] | None:
    """The phrase's end and the person of an "in <person>" inside it ("asthma in brother")."""
    for hit in _IN.finditer(doc.text, a, b):
        m = next((x for x in ms if hit.end() <= x.start <= hit.end() + 12 and x.entity != -1
                  and not x.is_pronoun and "," not in doc.text[hit.end():x.start]), None)
        if m is not None:
            return hit.start(), m.entity
    return None


_WORD = re.compile(r"[\w/'-]+")
_IN = re.compile(r"\s+in\s+")
#: An age (and sex) between a note's name and its shorthand: "Ebo, 71F: Dx CKD".
_BARE_AGE = re.compile(r"[\s,]*\d{1,3}\s*[MFmf]?[\s,:;]*$")


def _whose(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> int | None:
    toks = doc.toks
    t = toks[k]
    if t.dep == "dobj" and toks[t.head].lemma == "have":   # "Ebo has a history of depression"
        subs = _subjects_of(doc, ms, d, t.head)
        return subs[0] if len(subs) == 1 else None
    # the marker's phrase starts at its first modifier ("Long hx of", "prior dx")
    first = min([k] + [c for c in t.children if c < k and toks[c].dep in ("amod", "compound",
                                                                           "det", "advmod")])
    at = toks[first].start
    before = doc.text[:at].rstrip()
    for cut in ("with", "w/"):   # "PGM with hx of seizures"
        if before.lower().endswith(" " + cut):
            at = len(before) - len(cut)
    aged = _BARE_AGE.search(doc.text, 0, at)   # "Pt Ebo, 71F: Dx CKD"
    for pos in (at, aged.start() if aged else -1):
        m = entry_subject(doc, ms, pos) if pos > 0 else None
        if m is not None:
            return m.entity
    sent_start = doc.toks[doc.sents[t.sent].start_tok].start
    for pos in (at, sent_start):   # "Mother: Ana Roe, 41. No contact, hx depression."
        m = _line_head(doc, ms, pos)
        if m is not None:
            return m.entity
    line = doc.text.rfind("\n", 0, at) + 1
    patient = d.patient()
    if any(line <= x.start < at and not x.is_pronoun and (
            x.entity == -1 or d.ents.find(x.entity) != patient) for x in ms):
        return None   # the line names someone else first ("Father: no contact; hx …")
    return patient
