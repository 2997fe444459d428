"""The family model: the contract ``genogram/1`` (see ``docs/family-json.md``).

Field names and enum values are fixed by the contract; new fields may be added, none renamed.
All objects are immutable. Ties carry their own data (a parent tie has a ``kind``; a union has
``partners``, ``type`` and ``status``), so same-sex and unknown parents need no special slots.

Offsets: a :data:`Span` is ``(start, end)``, half-open, in Python ``str`` indices (code points)
into the input text exactly as decoded from UTF-8: newlines kept, no normalisation.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from genogram.model.errors import ModelError

SCHEMA_ID = "genogram/1"

PersonId = Annotated[str, Field(min_length=1, description="Unique id of a person in this family.")]
Span = Annotated[
    tuple[Annotated[int, Field(ge=0)], Annotated[int, Field(ge=0)]],
    Field(description="[start, end): half-open character offsets into the original text."),
]
Evidence = Annotated[list[Span], Field(description="Spans of the input text that support a fact.")]

Gender = Literal["female", "male", "nonbinary", "unknown"]
UnionType = Literal["marriage", "cohabitation", "engagement", "dating", "affair"]
UnionStatus = Literal["together", "separated", "divorced", "widowed", "ended"]
ChildKind = Literal["biological", "adoptive", "step", "foster", "caregiver"]
SiblingKind = Literal["full", "half", "step", "twin", "unknown"]
LinkType = Literal[
    "close", "fused", "distant", "conflict", "hostile", "cutoff", "abuse", "neglect",
    "friend", "fictive-kin", "household",
]
EventType = Literal[
    "birth", "death", "marriage", "divorce", "separation", "engagement", "cohabitation", "affair",
    "pregnancy", "move", "job", "business", "education", "custody", "reunion", "financial",
    "illness", "other",
]
FindingKind = Literal["pattern", "lint"]

GENDERS: tuple[str, ...] = Gender.__args__  # type: ignore[attr-defined]
UNION_TYPES: tuple[str, ...] = UnionType.__args__  # type: ignore[attr-defined]
UNION_STATUSES: tuple[str, ...] = UnionStatus.__args__  # type: ignore[attr-defined]
CHILD_KINDS: tuple[str, ...] = ChildKind.__args__  # type: ignore[attr-defined]
SIBLING_KINDS: tuple[str, ...] = SiblingKind.__args__  # type: ignore[attr-defined]
LINK_TYPES: tuple[str, ...] = LinkType.__args__  # type: ignore[attr-defined]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """Where the family came from: the story's name, the SHA-256 of its UTF-8 bytes, its length."""

    name: str
    sha256: str
    chars: int = Field(ge=0)


class Person(_Frozen):
    """One real individual, named or not ("my husband", "a neighbor")."""

    id: PersonId
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    descriptions: list[str] = Field(default_factory=list)
    gender: Gender = "unknown"
    narrator: bool = False
    deceased: bool = False
    age: int | None = Field(default=None, ge=0, le=130)
    birth_year: int | None = None
    death_year: int | None = None
    mentions: Evidence = Field(default_factory=list)

    @property
    def label(self) -> str:
        """A human label: the name, else the first description, else the id."""
        if self.name:
            return self.name
        if self.descriptions:
            return self.descriptions[0]
        return self.id


class Union(_Frozen):
    """A couple: married, living together, engaged, dating, or an affair, with its status."""

    id: str = Field(min_length=1)
    partners: list[PersonId] = Field(min_length=2, max_length=2)
    type: UnionType = "marriage"
    status: UnionStatus = "together"
    evidence: Evidence = Field(default_factory=list)


class ChildOf(_Frozen):
    """A parent-child tie and its kind (biological, adoptive, step, foster, caregiver)."""

    parent: PersonId
    child: PersonId
    kind: ChildKind = "biological"
    evidence: Evidence = Field(default_factory=list)


class Sibling(_Frozen):
    """A sibling tie: full, half, step, twin, or unknown."""

    a: PersonId
    b: PersonId
    kind: SiblingKind = "unknown"
    evidence: Evidence = Field(default_factory=list)


class Link(_Frozen):
    """An emotional or social relationship between two people, from the text's own signals."""

    a: PersonId
    b: PersonId
    type: LinkType
    evidence: Evidence = Field(default_factory=list)


class When(_Frozen):
    """When an event happened: its words, a year if known, its place in the story's order."""

    text: str | None = None
    year: int | None = None
    order: int = 0
    approximate: bool = False


class Event(_Frozen):
    """A life event with its participants and a one-line summary."""

    id: str = Field(min_length=1)
    type: EventType
    people: list[PersonId] = Field(default_factory=list)
    summary: str = ""
    when: When = Field(default_factory=When)
    evidence: Evidence = Field(default_factory=list)


class NarrationSegment(_Frozen):
    """A stretch of text ``[start, end)`` told by one narrator (``None``: third person)."""

    narrator: PersonId | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Finding(_Frozen):
    """A pattern (family-systems) or a lint (story consistency) with a plain-language message."""

    code: str = Field(min_length=1)
    kind: FindingKind
    message: str
    people: list[PersonId] = Field(default_factory=list)
    evidence: Evidence = Field(default_factory=list)


class Family(_Frozen):
    """The whole family system read from one story: the document ``family.json``."""

    schema_: Literal["genogram/1"] = Field(default=SCHEMA_ID, alias="schema")
    source: Source
    people: list[Person] = Field(default_factory=list)
    unions: list[Union] = Field(default_factory=list)
    children: list[ChildOf] = Field(default_factory=list)
    siblings: list[Sibling] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    narration: list[NarrationSegment] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _check_references(self) -> Family:
        ids = [p.id for p in self.people]
        known = set(ids)
        if len(known) != len(ids):
            dup = sorted({i for i in ids if ids.count(i) > 1})
            raise ModelError(f"duplicate person id(s): {', '.join(dup)}", code="E201")

        def need(pid: str | None, what: str) -> None:
            if pid is not None and pid not in known:
                raise ModelError(f"{what} refers to unknown person id {pid!r}", code="E202")

        for u in self.unions:
            for pid in u.partners:
                need(pid, f"union {u.id}")
        for c in self.children:
            need(c.parent, "a parent tie")
            need(c.child, "a parent tie")
            if c.parent == c.child:
                raise ModelError(f"person {c.parent!r} is their own parent", code="E203")
        for s in self.siblings:
            need(s.a, "a sibling tie")
            need(s.b, "a sibling tie")
        for link in self.links:
            need(link.a, "a link")
            need(link.b, "a link")
        for e in self.events:
            for pid in e.people:
                need(pid, f"event {e.id}")
        for seg in self.narration:
            need(seg.narrator, "a narration segment")
        for f in self.findings:
            for pid in f.people:
                need(pid, f"finding {f.code}")
        return self

    # --- convenient lookups (derived, never stored) ---------------------------------------

    def person(self, pid: str) -> Person:
        """The person with id ``pid``; :class:`ModelError` if there is none."""
        for p in self.people:
            if p.id == pid:
                return p
        raise ModelError(f"no person with id {pid!r}", code="E204")

    def to_json(self, *, indent: int | None = 2) -> str:
        """Serialise as ``family.json`` text (field ``schema`` first, by alias)."""
        return self.model_dump_json(by_alias=True, indent=indent)

    @classmethod
    def from_json(cls, text: str | bytes) -> Family:
        """Parse ``family.json`` text; raises pydantic's ValidationError or :class:`ModelError`."""
        return cls.model_validate_json(text)
