"""Text -> family model. ``read_text`` runs the reading pipeline over one story."""

from __future__ import annotations

from genogram.model import Family
from genogram.read.engine import read_story, read_text

__all__ = ["Family", "read_story", "read_text"]
