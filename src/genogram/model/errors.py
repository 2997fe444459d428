"""Errors with a short code, a user-facing message and an optional location.

Every layer raises a subclass of :class:`GenogramError`; only the CLI and the web layer turn one
into output. The code is stable (tests and users can match on it); the message is for people.
"""

from __future__ import annotations


class GenogramError(Exception):
    """Root of every error genogram raises on purpose.

    ``code`` is a short stable identifier such as ``"E101"``. ``where`` locates the problem for the
    user: ``"byte 1234"``, ``"line 3, column 7"``, or a character span ``"chars 10-20"``.
    """

    code = "E000"

    def __init__(self, message: str, *, where: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        if code is not None:
            self.code = code

    def one_line(self) -> str:
        """The error as one line for a terminal: ``error E101: message (at where)``."""
        loc = f" (at {self.where})" if self.where else ""
        text = " ".join(self.message.split())
        return f"error {self.code}: {text}{loc}"


class InputError(GenogramError):
    """The input cannot be read as a story: missing, empty, binary, not UTF-8, too large."""

    code = "E100"


class ModelError(GenogramError):
    """A family model breaks an invariant (a dangling id, a person their own parent)."""

    code = "E200"


class ReadingError(GenogramError):
    """The reading engine could not run (e.g. the language model is not installed)."""

    code = "E300"


class FormatError(GenogramError):
    """A file in one of our formats (.geno, GEDCOM, family.json) is malformed."""

    code = "E400"


class DrawingError(GenogramError):
    """A drawing could not be produced (e.g. an unknown output format)."""

    code = "E500"
