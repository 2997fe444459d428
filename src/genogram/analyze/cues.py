"""Cue sentences of a story, each tied to the people mentioned around it, and small text helpers
(sentence bounds, the person at a span, folded words) shared by the pattern and lint findings.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from genogram.analyze.graph import View
from genogram.model import Span


class Cues:
    """Cue sentences of the story text, each attributed to the nearest person mention."""

    def __init__(self, v: View, text: str | None) -> None:
        self.text = text
        starts: list[tuple[int, int, str]] = []
        for p in v.family.people:
            for s, e in p.mentions:
                starts.append((s, e, p.id))
        starts.sort()
        self.starts = starts
        self.keys = [s for s, _e, _p in starts]

    def hits(self, pattern: re.Pattern[str]) -> list[tuple[str, Span, Span]]:
        """(person, cue span, sentence span) for each cue, the person nearest the cue in its
        sentence (before it preferred: "Grandmother reports alcohol use in her father")."""
        if not self.text:
            return []
        text = self.text
        out = []
        for m in pattern.finditer(text):
            s0 = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            s1 = min([x for x in (text.find(". ", m.end()), text.find("\n", m.end())) if x != -1]
                     or [len(text)])
            best, dist = None, 10**9
            later, later_d = None, 10**9
            i = bisect.bisect_left(self.keys, s0)
            while i < len(self.starts) and self.starts[i][0] < s1:
                s, e, pid = self.starts[i]
                if e <= m.start():
                    d = m.start() - e
                    if d < dist and (not aside(text, e, m.start()) or _names_subject(text, s, s0)):
                        best, dist = pid, d
                elif 0 <= s - m.end() < later_d:
                    later, later_d = pid, s - m.end()
                i += 1
            if best is None:
                # a note's sentence with no subject ("Hx of opioid use disorder"): the person
                # of the sentence before it on the same line
                line0 = text.rfind("\n", 0, s0) + 1
                p0 = max(text.rfind(". ", line0, max(s0 - 2, line0)) + 1, line0)
                if p0 < s0:
                    i = bisect.bisect_left(self.keys, p0)
                    first = [pid for s, e, pid in self.starts[i:i + 8] if p0 <= s < s0
                             and not aside(text, s, s0)]
                    best = first[0] if first else None
            best = best if best is not None else later
            if best is not None:
                out.append((best, (m.start(), m.end()), (s0, min(s1 + 1, len(text)))))
        return out


    def unowned(self, pattern: re.Pattern[str]) -> list[tuple[Span, Span]]:
        """(cue span, sentence span) for the cues with no person before them in their
        sentence."""
        if not self.text:
            return []
        out = []
        for m in pattern.finditer(self.text):
            before, _after, sent = self.around(m.start(), m.end())
            if not before:
                out.append(((m.start(), m.end()), sent))
        return out

    def people_in(self, a: int, b: int) -> list[str]:
        """People with a mention overlapping ``[a, b)``."""
        i = max(bisect.bisect_left(self.keys, a) - 3, 0)
        out = []
        while i < len(self.starts) and self.starts[i][0] < b:
            s, e, pid = self.starts[i]
            if s < b and a < e and pid not in out:
                out.append(pid)
            i += 1
        return out

    def around(self, a: int, b: int) -> tuple[list[str], list[str], Span]:
        """People mentioned before ``[a, b)`` in its sentence (nearest first), people after it
        (nearest first), and the sentence span."""
        text = self.text or ""
        s0 = max(text.rfind(". ", 0, a) + 1, text.rfind("\n", 0, a) + 1, 0)
        ends = [x for x in (text.find(". ", b), text.find("\n", b)) if x != -1]
        s1 = min(ends) + 1 if ends else len(text)
        before: list[tuple[int, str]] = []
        after: list[tuple[int, str]] = []
        i = bisect.bisect_left(self.keys, s0)
        while i < len(self.starts) and self.starts[i][0] < s1:
            s, e, pid = self.starts[i]
            if e <= a:
                before.append((a - e, pid))
            elif s >= b:
                after.append((s - b, pid))
            i += 1
        return nearest(before), nearest(after), (s0, min(s1, len(text)))


def aside(text: str, a: int, b: int) -> bool:
    """``[a, b)`` closes a parenthesis opened before ``a``: a mention inside an aside
    ("Ansgar Toll (father of Bo and Ivo) d. 2015") is not the subject after it."""
    return text.count(")", a, b) > text.count("(", a, b)


def _names_subject(text: str, s: int, s0: int) -> bool:
    """The mention at ``s`` opens a parenthesis that names a note's subject: "Brother (Ivo,
    37) is in recovery", a word or two of label and then the name."""
    head = text[s0:s].strip()
    return head.endswith("(") and len(head[:-1].split()) <= 2


def nearest(xs: list[tuple[int, str]]) -> list[str]:
    return list(dict.fromkeys(p for _d, p in sorted(xs)))


def sentence_at(text: str, at: int) -> tuple[int, int]:
    s0 = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    ends = [x for x in (text.find(". ", at), text.find("\n", at)) if x != -1]
    return s0, min(ends + [len(text)]) + 1 if ends else len(text)


def person_at(v: View, text: str, a: int, b: int) -> str | None:
    """The person with a mention overlapping ``[a, b)``, else the one named so."""
    for p in v.family.people:
        if any(s < b and a < e for s, e in p.mentions):
            return p.id
    word = fold(text[a:b])
    for p in v.family.people:
        names = [p.name or "", *p.aliases]
        if any(word in [fold(w) for w in n.split()] for n in names if n):
            return p.id
    return None


def fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).lower().strip(".,'\"")

