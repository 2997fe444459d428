"""The family model (schema ``genogram/1``). Imports nothing else of genogram's."""

from genogram.model.errors import (
    DrawingError,
    FormatError,
    GenogramError,
    InputError,
    ModelError,
    ReadingError,
)
from genogram.model.family import (
    CHILD_KINDS,
    EVENT_TYPES,
    GENDERS,
    LINK_TYPES,
    SCHEMA_ID,
    SIBLING_KINDS,
    UNION_STATUSES,
    UNION_TYPES,
    ChildOf,
    Event,
    Family,
    Finding,
    Link,
    NarrationSegment,
    Person,
    Sibling,
    Source,
    Span,
    Union,
    When,
)

__all__ = [
    "CHILD_KINDS", "EVENT_TYPES", "GENDERS", "LINK_TYPES", "SCHEMA_ID", "SIBLING_KINDS",
    "UNION_STATUSES", "UNION_TYPES", "ChildOf", "DrawingError", "Event", "Family", "Finding",
    "FormatError", "GenogramError", "InputError", "Link", "ModelError", "NarrationSegment",
    "Person", "ReadingError", "Sibling", "Source", "Span", "Union", "When",
]
