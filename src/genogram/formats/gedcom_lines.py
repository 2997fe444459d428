"""GEDCOM lines <-> a tree of nodes (5.5.1 and 7): levels, xrefs, pointers, CONT/CONC, escapes.

Only the line syntax lives here; what the tags mean is :mod:`genogram.formats.gedcom_read`'s and
:mod:`genogram.formats.gedcom_write`'s business. Errors are :class:`FormatError` with the line and
column: E410 a line that is not ``LEVEL [@XREF@] TAG [VALUE]``, E411 a level out of sequence,
E413 a file whose records are not HEAD ... TRLR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from genogram.model.errors import FormatError

#: The null pointer of GEDCOM 7: "no record" (e.g. an unknown spouse).
VOID = "@VOID@"
#: Deeper levels are refused (real files stay under 10; this keeps the tree walk shallow).
MAX_LEVEL = 99

_POINTER = re.compile(r"@[^@#\s][^@]*@")
_TAG = re.compile(r"[A-Za-z0-9_]+")
_LEVEL = re.compile(r"[0-9]{1,9}")
_XREF = re.compile(r"@[^@\s]+@")
_NEWLINE = re.compile(r"\r\n|\r|\n")
# A well-formed line, in one go; anything else goes through the step-by-step path for its error.
_FAST = re.compile(r"[ \t]*([0-9]{1,9})[ \t]+(?:(@[^@\s]+@)[ \t]+)?([A-Za-z0-9_]+)(?:[ \t](.*))?",
                   re.S)
_HEAD = re.compile(r"[ \t]*0[ \t]+HEAD\b", re.IGNORECASE)
# C0 controls (but tab and newlines), DEL, C1 controls, non-characters: banned in GEDCOM 7.
_BANNED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Node:
    """One GEDCOM structure: a tag with its payload (text or pointer) and substructures."""

    tag: str
    value: str = ""
    pointer: str | None = None
    xref: str | None = None
    line: int = 0
    level: int = 0
    children: list[Node] = field(default_factory=list)
    _parts: list[tuple[str, str]] = field(default_factory=list, repr=False)

    def all(self, tag: str) -> list[Node]:
        """The direct substructures with this tag, in order."""
        return [c for c in self.children if c.tag == tag]

    def first(self, tag: str) -> Node | None:
        """The first direct substructure with this tag, if any."""
        return next((c for c in self.children if c.tag == tag), None)

    def text(self, tag: str) -> str | None:
        """The payload of the first substructure with this tag, if any."""
        node = self.first(tag)
        return None if node is None else node.value


def _where(line: int, column: int) -> str:
    return f"line {line}, column {column}"


def _fail(message: str, line: int, column: int, code: str = "E410") -> FormatError:
    return FormatError(message, where=_where(line, column), code=code)


def _split_line(raw: str, number: int) -> tuple[int, str | None, str, str | None]:
    """Split one line into (level, xref, tag, raw value) or raise E410 saying what was expected."""
    m = _FAST.fullmatch(raw)
    if m is not None:
        return int(m.group(1)), m.group(2), m.group(3).upper(), m.group(4)
    pos = len(raw) - len(raw.lstrip(" \t"))
    m = _LEVEL.match(raw, pos)
    if m is None:
        raise _fail(f"expected a level number, found {raw[pos:pos + 12]!r}", number, pos + 1)
    level = int(m.group())
    pos = m.end()
    if pos >= len(raw) or raw[pos] not in " \t":
        raise _fail("expected a space after the level number", number, pos + 1)
    pos = len(raw) - len(raw[pos:].lstrip(" \t"))
    xref = None
    if raw.startswith("@", pos):
        m = _XREF.match(raw, pos)
        if m is None:
            raise _fail("expected a cross-reference like @I1@", number, pos + 1)
        xref = m.group()
        pos = m.end()
        if pos >= len(raw) or raw[pos] not in " \t":
            raise _fail("expected a space after the cross-reference", number, pos + 1)
        pos = len(raw) - len(raw[pos:].lstrip(" \t"))
    m = _TAG.match(raw, pos)
    if m is None:
        raise _fail(f"expected a tag, found {raw[pos:pos + 12]!r}", number, pos + 1)
    tag = m.group().upper()
    pos = m.end()
    if pos == len(raw):
        return level, xref, tag, None
    if raw[pos] not in " \t":
        raise _fail(f"expected a space after the tag {tag}", number, pos + 1)
    return level, xref, tag, raw[pos + 1:]


def _unescape(value: str, version7: bool) -> str:
    if version7:
        return value[1:] if value.startswith("@@") else value
    return value.replace("@@", "@")


def _finish(node: Node, version7: bool) -> None:
    """Turn raw parts into the final payload: pointer, or unescaped text joined by CONT/CONC."""
    first = node._parts[0][1] if node._parts else ""
    if len(node._parts) == 1 and _POINTER.fullmatch(first):
        node.pointer = first
    else:
        node.value = "".join(sep + _unescape(raw, version7) for sep, raw in node._parts)
    node._parts = []
    for child in node.children:
        _finish(child, version7)


def gedcom_version(records: list[Node]) -> str:
    """``HEAD.GEDC.VERS`` (``"5.5.1"``, ``"7.0"`` ...), or ``""`` when the header has none."""
    head = records[0] if records and records[0].tag == "HEAD" else None
    gedc = head.first("GEDC") if head else None
    return (gedc.text("VERS") or "").strip() if gedc else ""


def _raw_version(lines: list[str]) -> str:
    """A first look at the header's GEDC.VERS, needed before payloads can be unescaped."""
    in_gedc = False
    for i, raw in enumerate(lines):
        stripped = raw.strip()
        if i > 0 and stripped.startswith("0 "):
            break
        parts = stripped.split(None, 2)
        if len(parts) >= 2 and parts[0] == "1":
            in_gedc = parts[1].upper() == "GEDC"
        elif in_gedc and len(parts) == 3 and parts[0] == "2" and parts[1].upper() == "VERS":
            return parts[2].strip()
    return ""


def parse_lines(text: str) -> list[Node]:
    """Parse GEDCOM text into its records (HEAD first, TRLR dropped); E410/E411/E413 on errors."""
    lines = _NEWLINE.split(text.removeprefix("\ufeff"))
    version7 = not _raw_version(lines).startswith("5")
    records: list[Node] = []
    stack: list[Node] = []
    ended = last = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip() or raw.strip() == "\x1a":  # blank lines, a DOS end-of-file mark
            continue
        if not last and not _HEAD.match(raw):
            raise _fail(f"a GEDCOM file must begin with 0 HEAD, not {raw.strip()[:20]!r}",
                        number, 1, "E413")
        last = number
        if ended:
            raise _fail("data after the 0 TRLR line that ends the file", number, 1, "E413")
        level, xref, tag, value = _split_line(raw, number)
        if level > MAX_LEVEL:
            raise _fail(f"level {level} is deeper than any GEDCOM structure ({MAX_LEVEL} at most)",
                        number, 1, "E411")
        if level > len(stack):
            raise _fail(f"level {level} cannot follow level {len(stack) - 1}: a line may be "
                        f"at most one level deeper than the line before it", number, 1, "E411")
        if tag in ("CONT", "CONC") and level > 0:
            owner = stack[level - 1]
            if owner._parts and _POINTER.fullmatch(owner._parts[0][1]) and len(owner._parts) == 1:
                raise _fail(f"{tag} cannot continue a pointer", number, 1, "E410")
            owner._parts.append(("\n" if tag == "CONT" else "", value or ""))
            del stack[level:]
            continue
        if xref is not None and level > 0:
            raise _fail("only a level-0 record may have a cross-reference", number, 1)
        node = Node(tag=tag, xref=xref, line=number, level=level,
                    _parts=[("", value)] if value is not None else [])
        del stack[level:]
        if level == 0:
            if not records and tag != "HEAD":
                raise _fail("a GEDCOM file must begin with 0 HEAD", number, 1, "E413")
            if tag == "TRLR":
                ended = number
                continue
            records.append(node)
        else:
            stack[-1].children.append(node)
        stack.append(node)
    if not records:
        raise FormatError("a GEDCOM file must begin with 0 HEAD", where=_where(1, 1), code="E413")
    if not ended:
        raise FormatError("the file ends without 0 TRLR: it may be cut short",
                          where=_where(last + 1, 1), code="E413")
    for record in records:
        _finish(record, version7)
    return records


# --- writing ------------------------------------------------------------------------------------


class LineWriter:
    """Collects GEDCOM 7 lines; text payloads get CONT lines and ``@@`` escapes."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, level: int, tag: str, value: str = "", *, xref: str | None = None) -> None:
        """One line; ``value`` is text (escaped, split into CONT lines at newlines)."""
        value = _BANNED.sub("\ufffd", value.replace("\r\n", "\n").replace("\r", "\n"))
        first, *rest = value.split("\n")
        self._line(level, tag, _escape(first), xref)
        for more in rest:
            self._line(level + 1, "CONT", _escape(more), None)

    def pointer(self, level: int, tag: str, target: str) -> None:
        """One line whose payload is a pointer such as ``@I1@``."""
        self._line(level, tag, target, None)

    def _line(self, level: int, tag: str, payload: str, xref: str | None) -> None:
        parts = [str(level)] + ([xref] if xref else []) + [tag] + ([payload] if payload else [])
        self.lines.append(" ".join(parts))

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _escape(value: str) -> str:
    return "@" + value if value.startswith("@") else value
