"""Small numbers written as digits or words ("two daughters", "forty-two", "six-year-old"): the
count of a kin group and an age stated in a hyphenated adjective are read with these.
"""

from __future__ import annotations

_NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


def _number(word: str) -> int | None:
    w = word.strip().lower()
    if w.isdigit():
        return int(w)
    if w in _NUMBERS:
        return _NUMBERS[w]
    if w in _TENS:
        return _TENS[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in _TENS and b in _NUMBERS:
            return _TENS[a] + _NUMBERS[b]
    return None


def number_word(word: str) -> int | None:
    """A small number written as digits or words ("six", "forty-two"), else None."""
    return _number(word)
