"""Time in a story: find time expressions, resolve them to years, and pick the telling year.

Pure functions over text (no spaCy), so every rule is unit-testable.

A :class:`TimeExpr` is one expression with ``[start, end)`` character offsets into the string it
was found in, and one of these kinds:

- ``date``: an absolute year or date ("In 1967", "in June 2019", "02/06/2024", "the spring of
  1946", "m. 2007"); ``approximate`` for "around 1960", "c. 1900".
- ``decade``: "the late 1970s" (early = 2, mid = 5, late = 8 into the decade; always approximate).
- ``ago``: counted back from the telling year ("six months ago", "about ten years ago").
- ``deictic``: relative to the telling ("last winter", "this year", "recently").
- ``later``: relative to the previous dated event (the *anchor*): "two years later", "the year
  after", "the following year", "three days later", "the next morning", "by the second year",
  "decades went by", "that winter".
- ``age``: anchored to someone's age: "when Hesper turned five", "when I was ten", "at nineteen",
  "aged forty", "at the age of 7", "lived to ninety" (``who`` is the name or pronoun, or
  ``None``).

:func:`resolve_year` turns an expression into ``(year, approximate)`` given an anchor year, the
telling year and the birth year of the person whose age is meant. Precision is kept: a year that
is only estimated (rounded months, decades, "about") is ``approximate``; an expression with no
usable anchor gives ``None`` and the event keeps only its order.

Telling year (:func:`telling_year`): the year of an explicit date line ("Date: 02/06/2024",
"Dated March 3, 2021") if there is one; else the latest absolute year mentioned, when the sentence
that mentions it is told in the present tense (present or present-perfect verbs, "now", "this
year"); else unknown (``None``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
          "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
          "nineteen": 19, "a": 1, "an": 1, "a couple of": 2, "a couple": 2, "a few": 3,
          "several": 4, "many": 10}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_VAGUE = frozenset(["a few", "several", "many", "a couple of", "a couple"])
_MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
           "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_SEASONS = "spring|summer|autumn|fall|winter"
_UNIT_YEARS = {"day": 1 / 365, "night": 1 / 365, "week": 7 / 365, "month": 1 / 12, "year": 1.0,
               "decade": 10.0}
_PARTS = {"morning": 0.0, "day": 0.0, "night": 0.0, "evening": 0.0, "afternoon": 0.0,
          "week": 0.0, "weekend": 0.0, "month": 0.0, "year": 1.0, "spring": 0.0, "summer": 0.0,
          "autumn": 0.0, "fall": 0.0, "winter": 0.0}

_NUM_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
             r"three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|"
             r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
             r"nineteen)")
_NUM = rf"(?:\d{{1,3}}|{_NUM_WORD})"
_COUNT = rf"(?:{_NUM}|an?|a couple(?: of)?|a few|several|many)"
_APPROX = r"(?:about|around|roughly|nearly|almost|some|approximately|approx\.?|over|more than)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"

#: "about three years", "two weeks": an optional hedge, a count and a unit of time
_SPAN = rf"\b(?:({_APPROX})\s+)?({_COUNT})\s+(day|night|week|month|year|decade)s?"

_P = re.IGNORECASE
_RX: list[tuple[str, re.Pattern[str]]] = [
    ("numdate", re.compile(rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]({_YEAR})\b", _P)),
    ("isodate", re.compile(rf"\b({_YEAR})-\d\d-\d\d\b", _P)),
    ("monthyear", re.compile(rf"\b(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+"
                             rf"(?:of\s+)?({_YEAR})\b", _P)),
    ("seasonyear", re.compile(rf"\b(?:the\s+)?(?:(?:early|late)\s+)?(?:{_SEASONS})\s+"
                              rf"(?:of\s+)?({_YEAR})\b", _P)),
    ("decade", re.compile(r"\b(?:the\s+)?(?:(early|mid|late)[- ])?((?:1[6-9]|20)\d0)'?s\b", _P)),
    ("approxyear", re.compile(rf"\b(?:around|about|circa|c\.|ca\.|approx\.?|approximately|"
                              rf"roughly|sometime in|some time in)\s+({_YEAR})\b(?!s)", _P)),
    ("year", re.compile(rf"(?<![\d$£€/.,-])({_YEAR})\b(?!s\b|'s\b|[\d,.]\d|\s*(?:dollars|"
                        r"euros|pounds|miles|km|people))", _P)),
    ("ago", re.compile(_SPAN + r"\s+(?:ago|back|before now)\b", _P)),
    ("later", re.compile(_SPAN + r"\s+(?:later|afterwards?|after that|on)\b", _P)),
    ("after", re.compile(r"\bthe\s+(day|night|week|month|year|spring|summer|autumn|fall|"
                         r"winter)\s+(after|before)\b", _P)),
    ("next", re.compile(r"\b(?:the\s+)?(next|following|same|that)\s+(morning|day|night|evening|"
                        r"afternoon|week|weekend|month|year|spring|summer|autumn|fall|winter)\b",
                        _P)),
    ("by", re.compile(rf"\b(?:by|in|during)\s+the\s+({'|'.join(_ORDINALS)})\s+(year|month)\b", _P)),
    ("went_by", re.compile(r"\b(days|weeks|months|years|decades)\s+(?:went by|passed|later|"
                           r"went on)\b", _P)),
    ("last", re.compile(r"\b(last|this|past)\s+(year|month|week|spring|summer|autumn|fall|"
                        r"winter|christmas)\b", _P)),
    ("recent", re.compile(r"\b(recently|yesterday|last night|nowadays)\b", _P)),
    ("when_age", re.compile(rf"\b[Ww]hen\s+([A-Z][\w'’-]+|I|he|she|they|we|you)\s+"
                            rf"(?:was|were|turned|hit|reached)\s+(?:(?:about|around|only|just)\s+)?"
                            rf"({_NUM})\b(?!\s*(?:%|percent|dollars|minutes|hours|days|weeks|"
                            r"months|pounds|miles))", re.UNICODE)),
    ("at_age", re.compile(rf"\b(?:at(?: the age of| age)?|aged|from the age of|by the age of|"
                          rf"lived to(?: be)?)\s+"
                          rf"(?:(?:about|around|only|just)\s+)?({_NUM})\b(?!\s*(?:%|percent|"
                          r"o'clock|dollars|minutes|hours|days|weeks|months|pm|am|a\.m|p\.m|"
                          r"miles|pounds|[:.]\d))", _P)),
]


@dataclass(frozen=True)
class TimeExpr:
    """One time expression; ``[start, end)`` are character offsets into the searched string."""

    start: int
    end: int
    text: str
    kind: str                    # date decade ago deictic later age
    year: int | None = None      # date/decade: the year
    delta: float | None = None   # later: years after the anchor; ago/deictic: years before telling
    age: int | None = None       # age: the age reached
    who: str | None = None       # age: who had that age ("I", "Hesper", "she"), if said
    approximate: bool = False


def number(word: str) -> int | None:
    """An integer from digits or English words: '7', 'seven', 'twenty-five', 'a few' (3)."""
    w = word.strip().lower().replace("-", " ")
    if w.isdigit():
        return int(w)
    if w in _UNITS:
        return _UNITS[w]
    parts = w.split()
    if parts and parts[0] in _TENS:
        rest = " ".join(parts[1:])
        if not rest:
            return _TENS[parts[0]]
        if rest in _UNITS and _UNITS[rest] < 10:
            return _TENS[parts[0]] + _UNITS[rest]
    return None


def _decade_year(part: str | None, decade: int) -> int:
    return decade + {"early": 2, "mid": 5, "late": 8}.get((part or "").lower(), 5)


def find_times(text: str) -> list[TimeExpr]:
    """Every time expression in ``text``, in text order, overlaps resolved (first rule wins)."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in _RX:
        for m in rx.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            expr = _make(kind, m)
            if expr is not None:
                found.append(expr)
                taken.append((a, b))
    return sorted(found, key=lambda e: e.start)


def _make(kind: str, m: re.Match[str]) -> TimeExpr | None:
    a, b, s = m.start(), m.end(), m.group(0)
    if kind in ("numdate", "isodate", "monthyear", "seasonyear", "year"):
        return TimeExpr(a, b, s, "date", year=int(m.group(1)))
    if kind == "approxyear":
        return TimeExpr(a, b, s, "date", year=int(m.group(1)), approximate=True)
    if kind == "decade":
        return TimeExpr(a, b, s, "decade", year=_decade_year(m.group(1), int(m.group(2))),
                        approximate=True)
    if kind in ("ago", "later"):
        count = m.group(2).lower()
        n = number(count)
        if n is None:
            return None
        span = n * _UNIT_YEARS[m.group(3).lower()]
        approx = bool(m.group(1)) or count in _VAGUE or span != int(span)
        if kind == "ago":
            return TimeExpr(a, b, s, "ago", delta=span, approximate=approx)
        return TimeExpr(a, b, s, "later", delta=span, approximate=approx)
    if kind == "after":
        unit = m.group(1).lower()
        sign = 1 if m.group(2).lower() == "after" else -1
        return TimeExpr(a, b, s, "later", delta=sign * (1.0 if unit == "year" else 0.0),
                        approximate=unit not in ("year", "day", "night"))
    if kind == "next":
        which, unit = m.group(1).lower(), m.group(2).lower()
        step = 0.0 if which in ("same", "that") else _PARTS[unit]
        return TimeExpr(a, b, s, "later", delta=step, approximate=unit in (
            "spring", "summer", "autumn", "fall", "winter") and which not in ("same", "that"))
    if kind == "by":
        n = _ORDINALS[m.group(1).lower()]
        unit = m.group(2).lower()
        return TimeExpr(a, b, s, "later", delta=(n - 1) * _UNIT_YEARS[unit],
                        approximate=unit != "year")
    if kind == "went_by":
        unit = m.group(1).lower().rstrip("s")
        return TimeExpr(a, b, s, "later", delta=2 * _UNIT_YEARS[unit], approximate=True)
    if kind == "last":
        which, unit = m.group(1).lower(), m.group(2).lower()
        if which == "this":
            return TimeExpr(a, b, s, "deictic", delta=0.0, approximate=unit != "year")
        back = 1.0 if unit in ("year", "christmas") else 1 / 12 if unit == "month" else (
            7 / 365 if unit == "week" else 0.5)
        return TimeExpr(a, b, s, "deictic", delta=back,
                        approximate=unit not in ("year", "christmas"))
    if kind == "recent":
        return TimeExpr(a, b, s, "deictic", delta=0.0, approximate=True)
    if kind == "when_age":
        n = number(m.group(2))
        if n is None or n > 120:
            return None
        return TimeExpr(a, b, s, "age", age=n, who=m.group(1))
    if kind == "at_age":
        n = number(m.group(1))
        if n is None or n > 120 or n == 0:
            return None
        return TimeExpr(a, b, s, "age", age=n)
    return None


def resolve_year(expr: TimeExpr, *, anchor: int | None = None, telling: int | None = None,
                 birth_year: int | None = None) -> tuple[int | None, bool]:
    """``(year, approximate)`` of an expression, or ``(None, False)`` when it cannot be placed.

    ``anchor``: the year of the previous dated event (for ``later``); ``telling``: the telling year
    (for ``ago``/``deictic``); ``birth_year``: of the person whose age an ``age`` expression gives.
    """
    if expr.kind in ("date", "decade"):
        return expr.year, expr.approximate
    if expr.kind == "later":
        if anchor is None or expr.delta is None:
            return None, False
        return anchor + int(expr.delta), expr.approximate
    if expr.kind in ("ago", "deictic"):
        if telling is None or expr.delta is None:
            return None, False
        d = expr.delta
        whole = int(d)
        approx = expr.approximate or d != whole
        return telling - (whole if d >= 1 else 0), approx
    if expr.kind == "age":
        if birth_year is None or expr.age is None:
            return None, False
        return birth_year + expr.age, True
    return None, False


_TAG = re.compile(r"\(\s*(\d{1,3})\s*([MFmf]|NB|nb)?\s*\)|\(\s*([MFmf])\s*(\d{1,3})\s*\)")


def age_tag(text: str) -> tuple[int, str | None] | None:
    """The age (and gender letter) of a forum tag: 'Ella (4)' -> (4, None), '(34F)' -> (34, 'F')."""
    m = _TAG.search(text)
    if m is None:
        return None
    age = int(m.group(1) or m.group(4))
    g = m.group(2) or m.group(3)
    return age, g.upper() if g else None


#: A note's date line ("Date: 03/2019", "Session date - 2019"); the label ends at a word
#: boundary, so a line opening with "Dates" or "Datebook" is none.
_DATE_LINE = re.compile(rf"^\s*(?:date|dated|session date|date of (?:intake|session|visit))\b\s*"
                        rf"[:\-]?\s*(.{{0,40}}?\b({_YEAR})\b)", re.IGNORECASE | re.MULTILINE)
_PRESENT = re.compile(r"\b(?:is|are|am|has|have|now|today|currently|still|lives?|works?)\b|"
                      r"\bthis year\b", re.IGNORECASE)


def telling_year(text: str, sentences: list[tuple[str, bool]] | None = None) -> int | None:
    """The year the story is told in (see the module docstring for the rule).

    ``sentences``: optional ``(sentence text, present_tense)`` pairs from a parse; without them a
    word test stands in for the tense (present verbs, "now", "this year").
    """
    m = _DATE_LINE.search(text)
    if m:
        return int(m.group(2))
    if sentences is None:
        sentences = [(s, bool(_PRESENT.search(s))) for s in re.split(r"(?<=[.!?])\s+", text)]
    best: tuple[int, bool] | None = None
    for sent, present in sentences:
        for e in find_times(sent):
            if e.kind == "date" and e.year is not None and (best is None or e.year >= best[0]):
                best = (e.year, present or (best is not None and best[0] == e.year and best[1]))
    if best is not None and best[1]:
        return best[0]
    return None
