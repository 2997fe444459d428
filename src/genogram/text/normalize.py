"""A parse-friendly copy of the text with the SAME length, so offsets need no mapping.

spaCy reads straight quotes and plain spaces far better than curly quotes and odd spaces
(on curly text it yields entities like "n’t Ivo"). Every replacement here is one code point for
one code point, so an index into the normalised copy is an index into the original.
"""

from __future__ import annotations

import re

_ONE_FOR_ONE = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u3000": " ", "\t": " ",
    "\u2010": "-", "\u2011": "-",
}
_TABLE = str.maketrans(_ONE_FOR_ONE)


def normalize(text: str) -> str:
    """Straighten quotes and apostrophes, plain-ify spaces; same length as ``text``."""
    out = text.translate(_TABLE)
    assert len(out) == len(text)
    return out


#: A square-bracketed age or age-and-sex tag, as notes write them: "Ulla Roe [67]", "[34F]",
#: "[M, 16]". (Bracketed words, "[sic]" or "[Name]", are left alone.)
_BRACKETED_AGE = re.compile(r"\[(?=\s*(?:\d{1,3}\s*(?:[MFmf]|y/?o)?|[MFmf]\s*,?\s*\d{1,3})\s*\])"
                            r"([^\[\]\n]{1,8})\]")


def bracketed_ages_as_parentheses(text: str) -> str:
    """ "Ulla Roe [67]" read as "Ulla Roe (67)", the form the reader knows; same length."""
    return _BRACKETED_AGE.sub(lambda m: "(" + m.group(1) + ")", text)
