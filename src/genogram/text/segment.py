"""Paragraphs, lines and sentences with their original character offsets."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """A stretch ``[start, end)`` of the original text."""

    start: int
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]


def paragraphs(text: str) -> list[Segment]:
    """Non-blank lines or blocks separated by newlines, trimmed of surrounding spaces."""
    out: list[Segment] = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Segment(s, e))
    return out


class LineIndex:
    """Maps a character offset to its 1-based line number in O(log n)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset)

    def line_span(self, line: int) -> tuple[int, int]:
        """``[start, end)`` of 1-based line ``line`` without its newline."""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else None
        return start, (end if end is not None else -1)

    @property
    def count(self) -> int:
        return len(self._starts)


_ABBREV = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "rev", "mt", "vs", "etc", "no",
           "approx", "e.g", "i.e", "lt", "col", "gen", "sgt", "capt"}
# A sentence ends at . ! ? or … (possibly repeated), then optional closing quotes/brackets.
_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*")


def sentences(text: str) -> list[Segment]:
    """Sentences by punctuation and line breaks, keeping original offsets.

    A light splitter for the text layer (no model needed); the reader uses spaCy's parse.
    Abbreviations such as "Mr." and initials ("J. R.") do not end a sentence.
    """
    out: list[Segment] = []
    for para in paragraphs(text):
        chunk = text[para.start:para.end]
        start = 0
        for m in _END.finditer(chunk):
            end = m.end()
            word = re.search(r"([A-Za-z.]+)$", chunk[start:m.start()])
            last = word.group(1).lower() if word else ""
            if m.group().startswith(".") and (last in _ABBREV or len(last) == 1 and last.isalpha()):
                continue
            nxt = chunk[end:end + 2]
            if nxt and not nxt[0].isspace():
                continue
            _emit(out, text, para.start + start, para.start + end)
            start = end
        _emit(out, text, para.start + start, para.end)
    return out


def _emit(out: list[Segment], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Segment(s, e))
