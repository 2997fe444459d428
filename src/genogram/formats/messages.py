"""Small helpers for error messages."""

from __future__ import annotations


def short(value: str, limit: int = 40) -> str:
    """``repr`` of a value for an error message, cut to ``limit`` characters."""
    return repr(value if len(value) <= limit else value[:limit - 3] + "...")
