"""Load a story from a file or stdin and decode it, refusing what is not a story.

Decoding is strict UTF-8 (a leading BOM is accepted and dropped). Offsets everywhere else in
genogram are indices into the string this module returns.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from genogram.model.errors import InputError

#: Default ceiling on input size; override with ``max_bytes=`` or the env var below.
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_BYTES_ENV = "GENOGRAM_MAX_BYTES"

_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Story:
    """A decoded story: its display name, its text, and the SHA-256 of its UTF-8 bytes."""

    name: str
    text: str
    sha256: str

    @property
    def stem(self) -> str:
        """The name without directory and extension (``stdin`` for standard input)."""
        return Path(self.name).stem or "story"


def max_bytes_from_env() -> int:
    """The configured input ceiling: ``$GENOGRAM_MAX_BYTES`` if set, else the default (5 MiB)."""
    raw = os.environ.get(MAX_BYTES_ENV)
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"{MAX_BYTES_ENV} must be a whole number of bytes, not {raw!r}",
                         code="E107") from None
    if value <= 0:
        raise InputError(f"{MAX_BYTES_ENV} must be positive", code="E107")
    return value


def decode_story(data: bytes, name: str = "story") -> Story:
    """Decode raw bytes into a :class:`Story`, or raise :class:`InputError` saying why not."""
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError(f"{name} looks like a binary file, not text (NUL byte)",
                         where=f"byte {nul}", code="E103")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name} is not valid UTF-8 ({err.reason}); save it as UTF-8 and try again",
            where=f"byte {err.start}", code="E104",
        ) from None
    if not text.strip():
        raise InputError(f"{name} is empty: there is no story to read", code="E105")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8:
        raise InputError(f"{name} looks like a binary file, not text (control characters)",
                         code="E103")
    return Story(name=name, text=text, sha256=hashlib.sha256(data).hexdigest())


def load_story(source: str | Path, *, max_bytes: int | None = None) -> Story:
    """Load a story from a path, or from standard input when ``source`` is ``"-"``."""
    limit = max_bytes if max_bytes is not None else max_bytes_from_env()
    if str(source) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        name = "stdin"
    else:
        path = Path(source)
        name = str(path)
        if not path.exists():
            raise InputError(f"no such file: {name}", code="E101")
        if path.is_dir():
            raise InputError(f"{name} is a directory; give a story file", code="E102")
        try:
            size = path.stat().st_size
            if size > limit:
                raise InputError(_too_large(name, size, limit), code="E106")
            with path.open("rb") as fh:
                data = fh.read(limit + 1)
        except OSError as err:
            raise InputError(f"cannot read {name}: {err.strerror}", code="E108") from None
    if len(data) > limit:
        raise InputError(_too_large(name, len(data), limit), code="E106")
    return decode_story(data, name=name)


def _too_large(name: str, size: int, limit: int) -> str:
    return (f"{name} is too large ({size:,} bytes; the limit is {limit:,}); "
            f"raise it with --max-bytes or {MAX_BYTES_ENV}")
