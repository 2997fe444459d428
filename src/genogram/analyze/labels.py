"""Findings a clinician's note states outright: "parentification", "triangulated into marital
conflict", "estranged from her mother since 2019", "alcohol use across two generations
(grandmother, mother)". The label is the evidence; the people are those the note names with it
(else the note's client).
"""

from __future__ import annotations

import re

from genogram.analyze.cues import Cues
from genogram.analyze.graph import View, spans
from genogram.analyze.pattern_cues import LEFT, SUBSTANCE
from genogram.model import Finding, Span

_PARENTIFIED = re.compile(r"\bparentifi(?:ed|cation)\b", re.IGNORECASE)
_TRIANGULATED = re.compile(r"\btriangulat(?:ed|ion|ing)\b", re.IGNORECASE)
_ESTRANGED = re.compile(r"\b(?:estranged|cut (?:himself |herself |themselves )?off) from\b",
                        re.IGNORECASE)
_GENERATIONS = re.compile(
    r"\b(?:(?:two|three|four|five|[2-5])[- ]generation(?:s|al)? (?:pattern|history)|"
    r"(?:multi|inter|trans)-?generational (?:pattern|history|transmission)|"
    r"across (?:two|three|four|five|[2-5]|several|the) generations)\b", re.IGNORECASE)
#: Words of a note that name whom it is about.
_CLIENT_WORDS = frozenset(["client", "patient", "ip", "identified patient", "referred client",
                           "the client", "the patient"])
#: A conflict between the parents: "marital conflict", "parental conflict", "his parents' fights".
_PARENTS_AT_ODDS = re.compile(r"\b(?:marital|parental|parents[’']?|couple[’']?s?)\b",
                              re.IGNORECASE)
#: What a pattern across generations is, by the words of the label's sentence.
_PATTERN_WORDS = (
    (SUBSTANCE, "substance use"),
    (re.compile(r"\balcohol|\bdrink|\bdrug|\bsubstance", re.IGNORECASE), "substance use"),
    (re.compile(r"\bcut ?offs?\b|\bestrange", re.IGNORECASE), "emotional cutoff"),
    (re.compile(r"\bdivorc", re.IGNORECASE), "divorce"),
    (re.compile(r"\baffairs?\b|\binfidelity\b", re.IGNORECASE), "affairs"),
    (LEFT, "a parent leaving"),
    (re.compile(r"\babus|\bviolen|\bneglect", re.IGNORECASE), "abuse or neglect"),
)


def _client(v: View) -> str | None:
    """The person a clinical note is about: the one it calls "client", "patient" or "IP" most
    often; None when no one is called so."""
    best, most = None, 0
    for p in v.family.people:
        words = [d.lower() for d in p.descriptions] + [(p.name or "").lower()]
        if not any(w in _CLIENT_WORDS for w in words):
            continue
        if len(p.mentions) > most:
            best, most = p.id, len(p.mentions)
    return best


def _subject(cues: Cues, cue: Span) -> tuple[str | None, Span]:
    """The person a label is said of (the one named nearest before it in its sentence, else the
    note's client) and the label's sentence."""
    before, _after, sent = cues.around(*cue)
    return (before[0] if before else None), _trim(cues.text or "", sent)


def _trim(text: str, span: Span) -> Span:
    """``span`` without the blanks at its ends."""
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b)


def clinical_labels(v: View, cues: Cues) -> list[Finding]:
    """One finding per label a note states: parentification, a triangle, an estrangement
    (cutoff), a pattern across generations."""
    text = cues.text
    if not text:
        return []
    client = _client(v)
    out: list[Finding] = []
    for m in _PARENTIFIED.finditer(text):
        pid, sent = _subject(cues, (m.start(), m.end()))
        pid = pid or client
        if pid is None:
            continue
        msg = (f"The note names parentification for {v.label(pid)}: a child in a parent's role "
               f"(parentification). Ask who cared for the child, and what it cost them.")
        out.append(Finding(code="parentification", kind="pattern", message=msg, people=[pid],
                           evidence=[sent]))
    for m in _TRIANGULATED.finditer(text):
        pid, sent = _subject(cues, (m.start(), m.end()))
        pid = pid or client
        if pid is None:
            continue
        _before, after, _s = cues.around(m.start(), m.end())
        pair = [p for p in after if p != pid][:2]
        if len(pair) < 2 and _PARENTS_AT_ODDS.search(text, m.end(), sent[1]):
            pair = sorted(v.parents.get(pid, ()))[:2]
            if len(pair) == 1:  # the one parent and that parent's partner
                pair += sorted(v.partners.get(pair[0], set()) - {pid})[:1]
        if len(pair) < 2:
            continue
        a, b = pair
        msg = (f"The note says {v.label(pid)} is triangulated: drawn into the tension between "
               f"{v.label(a)} and {v.label(b)} (triangle). Ask how the conflict between the two "
               f"passes through {v.label(pid)}.")
        out.append(Finding(code="triangle", kind="pattern", message=msg, people=[a, b, pid],
                           evidence=[sent]))
    for m in _ESTRANGED.finditer(text):
        pid, sent = _subject(cues, (m.start(), m.end()))
        after = cues.people_in(m.end(), min(m.end() + 30, sent[1]))
        other = next((p for p in after if p != pid), None)
        if pid is None or other is None:
            continue
        msg = (f"{v.label(pid)} is {m.group(0).lower()} {v.described(pid, other)} (cutoff): ask "
               f"what ended the contact and whether either wants it back.")
        out.append(Finding(code="cutoff", kind="pattern", message=msg, people=[pid, other],
                           evidence=spans([(m.start(), m.end()), sent])))
    for m in _GENERATIONS.finditer(text):
        sent = _trim(text, cues.around(m.start(), m.end())[2])
        named = cues.people_in(m.end(), sent[1])
        if len(named) < 2:
            continue
        words = text[sent[0]:sent[1]]
        what = next((name for rx, name in _PATTERN_WORDS if rx.search(words)), "a pattern")
        names = ", ".join(v.label(p) for p in named)
        msg = (f"The note names {what} across generations ({names}) (multigenerational). Ask "
               f"how the family explains it and whether the next generation is expected to "
               f"repeat it.")
        out.append(Finding(code="multigenerational", kind="pattern", message=msg, people=named,
                           evidence=[sent]))
    return out
