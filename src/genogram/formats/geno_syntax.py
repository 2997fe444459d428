"""The lexical layer of ``.geno`` (see ``docs/geno.md``): tokens, quoting, keywords.

A line is a statement: a keyword (``person``, ``union`` ...) and tokens separated by spaces.
Tokens: a bare word (``laura``, ``female``, ``->``); ``"text"`` in double quotes (names,
summaries); ``'an id'`` in single quotes (an id with spaces or symbols, or spelled like a keyword);
``key=value`` (the value bare or quoted). ``#`` at the start of a token begins a comment. Quoted
strings know the escapes ``\\\\ \\" \\' \\n \\t \\r \\uXXXX``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from genogram.formats.messages import short
from genogram.model import (
    CHILD_KINDS,
    GENDERS,
    LINK_TYPES,
    SIBLING_KINDS,
    UNION_STATUSES,
    UNION_TYPES,
    FormatError,
)

HEADER = "# genogram 1"
HEADER_RE = re.compile(r"#\s*genogram\s+(\S+)\s*$")

#: Short and alternative spellings accepted by the reader (the writer uses the full words).
GENDER_WORDS = {**{g: g for g in GENDERS}, "f": "female", "m": "male", "x": "nonbinary",
                "nb": "nonbinary", "u": "unknown"}
CHILD_KIND_WORDS = {**{k: k for k in CHILD_KINDS}, "adopted": "adoptive", "bio": "biological"}
PERSON_FLAGS = {"narrator", "deceased", "dead", "living", "alive"}
EVENT_FLAGS = {"approx"}
ARROW = "->"
NOBODY = "-"

#: Words that mean something in some statement; an id spelled like one is written quoted.
RESERVED = (set(GENDER_WORDS) | set(CHILD_KIND_WORDS) | PERSON_FLAGS | EVENT_FLAGS
            | set(UNION_TYPES) | set(UNION_STATUSES) | set(SIBLING_KINDS) | set(LINK_TYPES)
            | {ARROW, NOBODY})

_BARE_ID = re.compile(r"[^\s\"'=#\\]+")
_ESCAPES = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t", "r": "\r"}


@dataclass(frozen=True)
class Token:
    """A token: ``word`` (bare), ``text`` ("..."), ``id`` ('...'), or ``key`` (key=value).

    For a key token ``key`` is the key, ``value``/``vkind``/``vcol`` describe the value.
    Columns are 1-based.
    """

    kind: str
    value: str
    col: int
    key: str = ""
    vkind: str = ""
    vcol: int = 0


def where(line: int, col: int) -> str:
    return f"line {line}, column {col}"


def syntax_error(message: str, line: int, col: int, code: str = "E401") -> FormatError:
    return FormatError(message, where=where(line, col), code=code)


def _quoted(text: str, pos: int, line: int) -> tuple[str, int]:
    """Read a quoted string starting at ``pos`` (the quote); returns (value, position after)."""
    quote = text[pos]
    out: list[str] = []
    i = pos + 1
    while i < len(text):
        ch = text[i]
        if ch == quote:
            return "".join(out), i + 1
        if ch == "\\":
            nxt = text[i + 1:i + 2]
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
                i += 2
                continue
            if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[i + 2:i + 6]):
                out.append(chr(int(text[i + 2:i + 6], 16)))
                i += 6
                continue
            raise syntax_error(f"unknown escape \\{nxt} (expected \\\\, \\\", \\', \\n, \\t, "
                               f"\\r or \\uXXXX)", line, i + 1)
        out.append(ch)
        i += 1
    raise syntax_error(f"unterminated string: expected a closing {quote}", line, pos + 1)


def _after_token(text: str, pos: int, line: int) -> None:
    if pos < len(text) and not text[pos].isspace():
        raise syntax_error(f"expected a space after the closing quote, found {text[pos]!r}",
                           line, pos + 1)


def tokenize(text: str, line: int) -> list[Token]:
    """The tokens of one line (a comment ends it)."""
    tokens: list[Token] = []
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text) or text[pos] == "#":
            return tokens
        start = pos
        if text[pos] in "\"'":
            value, pos = _quoted(text, pos, line)
            _after_token(text, pos, line)
            tokens.append(Token("text" if text[start] == '"' else "id", value, start + 1))
            continue
        while pos < len(text) and not text[pos].isspace() and text[pos] not in "\"'=":
            pos += 1
        word = text[start:pos]
        if pos < len(text) and text[pos] in "\"'":
            raise syntax_error(f"expected a space before the quote after {short(word)}", line, pos + 1)
        if pos < len(text) and text[pos] == "=":
            tokens.append(_key_value(text, word, start, pos + 1, line))
            pos = _key_end(text, pos + 1)
            continue
        tokens.append(Token("word", word, start + 1))


def _key_value(text: str, key: str, start: int, pos: int, line: int) -> Token:
    if not key:
        raise syntax_error("expected a key before '='", line, start + 1)
    if pos < len(text) and text[pos] in "\"'":
        value, end = _quoted(text, pos, line)
        _after_token(text, end, line)
        return Token("key", value, start + 1, key, "text" if text[pos] == '"' else "id", pos + 1)
    end = _key_end(text, pos)
    if end == pos:
        raise syntax_error(f"expected a value after '{key}='", line, pos + 1)
    return Token("key", text[pos:end], start + 1, key, "word", pos + 1)


def _key_end(text: str, pos: int) -> int:
    if pos < len(text) and text[pos] in "\"'":
        return _quoted(text, pos, 0)[1]
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos


# --- writing -----------------------------------------------------------------------------------


def quote_text(value: str) -> str:
    """``"value"`` with backslash escapes for quotes, backslashes and control characters."""
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 or 0xD800 <= ord(ch) < 0xE000:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def format_id(value: str) -> str:
    """An id as a bare word when it can be one, else in single quotes."""
    if _BARE_ID.fullmatch(value) and value.lower() not in RESERVED:
        return value
    return "'" + quote_text(value)[1:-1].replace("'", "\\'") + "'"


def format_word(value: str) -> str:
    """A value in a fixed position (a finding's code): bare when it can be, else quoted."""
    if _BARE_ID.fullmatch(value):
        return value
    return format_id(value)
