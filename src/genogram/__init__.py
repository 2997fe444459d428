"""genogram: read a family story in plain English and give back the family system it describes.

    >>> import genogram
    >>> family = genogram.read("My husband, Piet, left when our son Olle was six.")
    >>> [p.label for p in family.people]

The public API is what ``__all__`` lists; everything else may change.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from genogram.model import (
    ChildOf,
    Event,
    Family,
    Finding,
    GenogramError,
    InputError,
    Link,
    NarrationSegment,
    Person,
    Sibling,
    Union,
)

try:
    __version__ = version("genogram")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

# Load the reading subpackage first, so that ``genogram.read`` below stays the function: a later
# first import of the subpackage would rebind the package attribute to the module.
import genogram.read as _reading  # noqa: E402,F401


def read(text: str, *, name: str = "story") -> Family:
    """Read a story (a ``str``) and return its :class:`Family`."""
    from genogram.analyze.findings import with_findings
    from genogram.read import read_text

    return with_findings(read_text(text, name=name), text)


def read_file(path: str) -> Family:
    """Load a story file (UTF-8) and return its :class:`Family`."""
    from genogram.analyze.findings import with_findings
    from genogram.read import read_story
    from genogram.text import load_story

    story = load_story(path)
    return with_findings(read_story(story), story.text)


__all__ = [
    "ChildOf", "Event", "Family", "Finding", "GenogramError", "InputError", "Link",
    "NarrationSegment", "Person", "Sibling", "Union", "__version__", "read", "read_file",
]
