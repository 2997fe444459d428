"""Which format a file is in, by its content (the suffix only breaks ties), and reading it.

``load_family`` returns a :class:`Family` for family.json, GEDCOM (5.5.1 or 7) and ``.geno``, and
``None`` for anything else: that is a story, and the caller runs the reader on it (this package
does not import the reader). ``dump_family`` writes json, gedcom or geno.

Recognised by content: GEDCOM starts with ``0 HEAD`` (after a byte-order mark, UTF-8 or UTF-16);
``.geno`` starts with its header line ``# genogram 1``; family.json is a JSON object whose
``"schema"`` is ``"genogram/1"``. A ``.ged``/``.gedcom``, ``.geno`` or ``.json`` suffix makes a
file that fits none of these be read, and its errors reported, as that format.

Errors: E420 not JSON, E421 JSON that does not fit genogram/1, E422 JSON of another schema,
E430 an unknown format name, E431 a family file that is not valid text; the GEDCOM and ``.geno``
readers have their own (E41x, E40x). Missing or unreadable files are InputErrors as for stories.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from pathlib import Path

from pydantic import ValidationError

from genogram.formats.gedcom_read import parse_gedcom
from genogram.formats.gedcom_write import dump_gedcom
from genogram.formats.geno_read import parse_geno
from genogram.formats.geno_syntax import HEADER_RE
from genogram.formats.geno_write import dump_geno
from genogram.formats.messages import short
from genogram.model import SCHEMA_ID, Family, FormatError, InputError, ModelError, Source

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("json", "gedcom", "geno")
SUFFIXES = {".json": "json", ".ged": "gedcom", ".gedcom": "gedcom", ".geno": "geno"}
#: Ceiling for a family file (GEDCOM trees can be far larger than any story).
MAX_FAMILY_BYTES = 256 * 1024 * 1024

_GEDCOM_START = re.compile(r"[ \t\r\n]*0[ \t]+HEAD\b")
_GEDCOM_START_BYTES = re.compile(rb"[ \t\r\n]*0[ \t]+HEAD\b")
_BOM8 = b"\xef\xbb\xbf"


def format_for_path(path: str | Path) -> str | None:
    """The format a file name's suffix suggests (``family.ged`` -> ``gedcom``), if any."""
    return SUFFIXES.get(Path(path).suffix.lower())


def detect_format(text: str, *, suffix: str = "") -> str:
    """``json``, ``gedcom``, ``geno`` or ``story``, from the content first, then the suffix."""
    body = text.lstrip("\ufeff \t\r\n")
    if _GEDCOM_START.match(body):
        return "gedcom"
    first = body.split("\n", 1)[0].strip()
    if HEADER_RE.match(first):
        return "geno"
    if body.startswith("{") and (suffix == ".json" or _is_json_family(body)):
        return "json"
    return SUFFIXES.get(suffix.lower(), "story")


def _is_json_family(body: str) -> bool:
    """A JSON object, or something that says it wants to be one (a "schema" key near the top)."""
    try:
        return isinstance(json.loads(body), dict)
    except (ValueError, RecursionError):
        return '"schema"' in body[:2000]


def parse_family_json(text: str, *, name: str = "family.json") -> Family:
    """Read family.json text; FormatError E420/E421/E422 says what is wrong and where."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise FormatError(f"{name} is not valid JSON: {err.msg}",
                          where=f"line {err.lineno}, column {err.colno}", code="E420") from None
    except (RecursionError, ValueError) as err:  # nesting too deep, a number too long
        raise FormatError(f"{name} is not JSON genogram can read: {err}", code="E420") from None
    schema = data.get("schema") if isinstance(data, dict) else None
    if schema != SCHEMA_ID:
        found = f"a {short(schema)} document" if isinstance(schema, str) else "JSON without it"
        raise FormatError(f'{name} is not a family: family.json has "schema": "{SCHEMA_ID}", '
                          f"this is {found}", where="line 1, column 1", code="E422")
    try:
        return Family.model_validate_json(text)
    except ValidationError as err:
        first = err.errors()[0]
        path = "".join(f"[{x}]" if isinstance(x, int) else f".{x}" for x in first["loc"])
        raise FormatError(f"{name} does not fit {SCHEMA_ID}: {path.lstrip('.')}: {first['msg']}",
                          where=path.lstrip(".") or None, code="E421") from None
    except ModelError as err:
        raise FormatError(f"{name} does not fit {SCHEMA_ID}: {err.message}",
                          code="E421") from None


def parse_family(text: str, *, name: str = "family", suffix: str = "",
                 source: Source | None = None) -> Family | None:
    """A family from text in any of our formats, or ``None`` when the text is a story."""
    fmt = detect_format(text, suffix=suffix)
    text = text.removeprefix("\ufeff")
    if fmt == "json":
        return parse_family_json(text, name=name)
    if fmt == "gedcom":
        src = source or Source(name=name, chars=len(text),
                               sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
        return parse_gedcom(text, source=src)
    if fmt == "geno":
        return parse_geno(text, name=name)
    return None


def _decode(data: bytes, name: str, suffix: str) -> str | None:
    """Bytes to text: UTF-8 (BOM allowed), UTF-16 with a BOM; an ANSI GEDCOM as Windows-1252.
    ``None`` when it is not text and not a family file (the story loader will say why)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise FormatError(f"{name} is not valid UTF-16 ({err.reason})",
                              where=f"byte {err.start}", code="E431") from None
    data = data.removeprefix(_BOM8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        if _GEDCOM_START_BYTES.match(data):
            log.warning("%s is not UTF-8; reading it as Windows-1252 (ANSI/ANSEL GEDCOM)", name)
            return data.decode("cp1252", errors="replace")
        if suffix.lower() in SUFFIXES:
            raise FormatError(f"{name} is not valid UTF-8 ({err.reason})",
                              where=f"byte {err.start}", code="E431") from None
        return None


def _as_path(source: str | Path) -> Path | None:
    if isinstance(source, Path):
        return source
    if "\n" in source or len(source) > 4096:
        return None
    if Path(source).suffix.lower() in SUFFIXES or os.path.exists(source):
        return Path(source)
    return None


def _read(path: Path) -> bytes:
    if not path.exists():
        raise InputError(f"no such file: {path}", code="E101")
    if path.is_dir():
        raise InputError(f"{path} is a directory; give a file", code="E102")
    try:
        if path.stat().st_size > MAX_FAMILY_BYTES:
            raise InputError(f"{path} is too large ({path.stat().st_size:,} bytes)", code="E106")
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}", code="E108") from None


def load_family(source: str | Path | bytes, *, name: str | None = None) -> Family | None:
    """A family from a file (a path), raw bytes, or text, in any of our formats.

    Returns ``None`` when the input is a story: run ``genogram.read.read_story`` on it.
    Raises :class:`FormatError` for a malformed family file, :class:`InputError` for a file
    that cannot be read.
    """
    if isinstance(source, bytes):
        data, label, suffix = source, name or "stdin", ""
    else:
        path = _as_path(source)
        if path is None:
            return parse_family(str(source), name=name or "text")
        data, label, suffix = _read(path), name or str(path), path.suffix
    text = _decode(data, label, suffix)
    if text is None:
        return None
    src = Source(name=label, sha256=hashlib.sha256(data).hexdigest(), chars=len(text))
    return parse_family(text, name=label, suffix=suffix, source=src)


def dump_family(family: Family, format: str) -> str:
    """The family as text in ``format``: ``json`` (family.json), ``gedcom`` (7.0) or ``geno``."""
    if format == "json":
        return family.to_json() + "\n"
    if format == "gedcom":
        return dump_gedcom(family)
    if format == "geno":
        return dump_geno(family)
    raise FormatError(f"unknown format {short(format)}; expected one of {', '.join(FORMATS)}",
                      code="E430")
