"""Gold files (``family-gold/1``, see ``docs/gold-format.md``): parse and validate.

A gold file is checked against the story it annotates: every id it refers to exists, every span
lies inside the text, every narration line exists, every enum value is one of the contract's.
Anything malformed raises :class:`GoldError` naming the file and the place; keys we do not know
only give a warning (annotators may keep notes), collected in :attr:`Gold.warnings`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from genogram.model import (
    CHILD_KINDS,
    EVENT_TYPES,
    GENDERS,
    LINK_TYPES,
    SIBLING_KINDS,
    UNION_STATUSES,
    UNION_TYPES,
    FormatError,
)
from genogram.text import LineIndex

GOLD_SCHEMA = "family-gold/1"
NOT_RELATION_KINDS: tuple[str, ...] = ("parent", "child", "sibling", "union")
GENRES: tuple[str, ...] = ("viral", "clinical", "memoir", "saga", "forum")

Span = tuple[int, int]


class GoldError(FormatError):
    """A gold file is malformed (bad JSON, unknown id, span outside the text, bad value)."""

    code = "E450"


@dataclass(frozen=True)
class GoldPerson:
    id: str
    name: str | None
    gender: str | None          # None: the key is absent (gender not scored for this person)
    narrator: bool
    deceased: bool | None       # None: absent or null (not scored)
    age: int | None
    birth_year: int | None
    death_year: int | None
    mentions: tuple[Span, ...]
    minor: bool = False


@dataclass(frozen=True)
class GoldUnion:
    a: str
    b: str
    types: tuple[str, ...]      # accepted values; empty: not scored
    statuses: tuple[str, ...]
    minor: bool = False


@dataclass(frozen=True)
class GoldChild:
    parent: str
    child: str
    kinds: tuple[str, ...]
    minor: bool = False


@dataclass(frozen=True)
class GoldSibling:
    a: str
    b: str
    kinds: tuple[str, ...]
    minor: bool = False


@dataclass(frozen=True)
class GoldLink:
    a: str
    b: str
    types: tuple[str, ...]
    minor: bool = False


@dataclass(frozen=True)
class GoldEvent:
    types: tuple[str, ...]
    people: tuple[str, ...]
    year: int | None = None
    minor: bool = False


@dataclass(frozen=True)
class GoldNarration:
    narrator: str | None
    first_line: int             # 1-based, inclusive
    last_line: int


@dataclass(frozen=True)
class GoldFinding:
    code: str
    people: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldNotRelation:
    kind: str                   # parent (a is parent of b) | child (a is child of b) | sibling | union
    a: str
    b: str


@dataclass(frozen=True)
class Gold:
    """One parsed, validated gold file. ``None`` for an optional section means the key is absent."""

    name: str
    people: tuple[GoldPerson, ...]
    unions: tuple[GoldUnion, ...] = ()
    children: tuple[GoldChild, ...] = ()
    siblings: tuple[GoldSibling, ...] = ()
    links: tuple[GoldLink, ...] | None = None
    events: tuple[GoldEvent, ...] | None = None
    narration: tuple[GoldNarration, ...] = ()
    findings_required: tuple[GoldFinding, ...] | None = None
    findings_forbidden: tuple[GoldFinding, ...] | None = None
    events_forbidden: tuple[GoldEvent, ...] = ()
    not_relations: tuple[GoldNotRelation, ...] = ()
    genre: str | None = None
    telling_year: int | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def person(self, gid: str) -> GoldPerson:
        for p in self.people:
            if p.id == gid:
                return p
        raise KeyError(gid)


_TOP_KEYS = {"schema", "genre", "telling_year", "people", "unions", "children", "siblings", "links",
             "events", "narration", "findings_required", "findings_forbidden", "events_forbidden",
             "not_relations"}


def load_gold(path: str | Path, text: str) -> Gold:
    """Read and validate the gold file at ``path`` against the story ``text`` it annotates."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise GoldError(f"{path}: not valid UTF-8 ({err.reason})") from None
    except OSError as err:
        raise GoldError(f"{path}: cannot read it ({err.strerror})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}: not valid JSON: {err.msg}",
                        where=f"line {err.lineno}, column {err.colno}") from None
    return parse_gold(data, text, name=str(path))


def parse_gold(data: Any, text: str, *, name: str = "gold") -> Gold:
    """Validate already-decoded gold JSON ``data`` against ``text``; raise :class:`GoldError`."""
    return _Parser(name, text).parse(data)


class _Parser:
    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self.lines = LineIndex(text).count
        self.warnings: list[str] = []
        self.ids: set[str] = set()

    # --- helpers ------------------------------------------------------------------------------

    def fail(self, what: str, where: str) -> GoldError:
        return GoldError(f"{self.name}: {what}", where=where)

    def obj(self, value: Any, where: str, known: set[str], required: tuple[str, ...] = ()
            ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(f"expected an object, got {_kind(value)}", where)
        for key in required:
            if key not in value:
                raise self.fail(f"missing key {key!r}", where)
        for key in value:
            if key not in known:
                self.warnings.append(f"{self.name}: unknown key {key!r} ignored (at {where})")
        return value

    def items(self, data: dict[str, Any], key: str) -> list[tuple[str, Any]]:
        value = data.get(key, [])
        if value is None:
            value = []
        if not isinstance(value, list):
            raise self.fail(f"{key!r} must be a list, got {_kind(value)}", key)
        return [(f"{key}[{i}]", item) for i, item in enumerate(value)]

    def string(self, value: Any, where: str, *, nullable: bool = False) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str) or not value:
            raise self.fail(f"expected a non-empty string, got {_kind(value)}", where)
        return value

    def integer(self, value: Any, where: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"expected a whole number or null, got {_kind(value)}", where)
        return value

    def boolean(self, value: Any, where: str) -> bool | None:
        if value is None:
            return None
        if not isinstance(value, bool):
            raise self.fail(f"expected true or false, got {_kind(value)}", where)
        return value

    def enum_list(self, value: Any, where: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        if value is None:
            return ()
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list):
            raise self.fail(f"expected a list of values, got {_kind(value)}", where)
        for v in values:
            if v not in allowed:
                raise self.fail(f"{v!r} is not one of: {', '.join(allowed)}", where)
        return tuple(dict.fromkeys(values))

    def ref(self, value: Any, where: str, *, nullable: bool = False) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise self.fail(f"expected a person id, got {_kind(value)}", where)
        if value not in self.ids:
            raise self.fail(f"unknown person id {value!r}", where)
        return value

    def refs(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(f"expected a list of person ids, got {_kind(value)}", where)
        out = tuple(str(self.ref(v, f"{where}[{i}]")) for i, v in enumerate(value))
        return tuple(dict.fromkeys(out))

    def span(self, value: Any, where: str) -> Span:
        if (not isinstance(value, list) or len(value) != 2
                or any(isinstance(v, bool) or not isinstance(v, int) for v in value)):
            raise self.fail(f"a span must be [start, end] (two whole numbers), got {value!r}",
                            where)
        s, e = value
        if not 0 <= s < e <= len(self.text):
            raise self.fail(f"span [{s}, {e}] is empty or outside the text "
                            f"({len(self.text)} characters)", where)
        return (s, e)

    def cuts_word(self, s: int, e: int) -> bool:
        """A span that starts or ends inside a word (likely an offset slip) or on a space."""
        t = self.text
        return (t[s].isspace() or t[e - 1].isspace()
                or (s > 0 and t[s - 1].isalnum() and t[s].isalnum())
                or (e < len(t) and t[e - 1].isalnum() and t[e].isalnum()))

    # --- sections -----------------------------------------------------------------------------

    def parse(self, data: Any) -> Gold:
        data = self.obj(data, "top level", _TOP_KEYS, required=("schema", "people"))
        if data["schema"] != GOLD_SCHEMA:
            raise self.fail(f"schema must be {GOLD_SCHEMA!r}, got {data['schema']!r}", "schema")
        genre = data.get("genre")
        if genre is not None and genre not in GENRES:
            self.warnings.append(f"{self.name}: genre {genre!r} is not one of {', '.join(GENRES)}")
        telling_year = self.integer(data.get("telling_year"), "telling_year")

        people = self.people(data)
        unions = self.unions(data)
        children = tuple(self.each(data, "children", self.child))
        self.duplicates([(c.parent, c.child) for c in children], "children", "parent tie")
        siblings = tuple(self.each(data, "siblings", self.sibling))
        self.duplicates([frozenset((s.a, s.b)) for s in siblings], "siblings", "sibling pair")
        links = tuple(self.each(data, "links", self.link)) if "links" in data else None
        events = (tuple(self.each(data, "events", self.event)) if "events" in data else None)
        events_forbidden = tuple(self.each(data, "events_forbidden", self.event))
        narration = self.narration(data)
        req = (tuple(self.each(data, "findings_required", self.finding))
               if "findings_required" in data else None)
        forb = (tuple(self.each(data, "findings_forbidden", self.finding))
                if "findings_forbidden" in data else None)
        not_rel = tuple(self.each(data, "not_relations", self.not_relation))
        return Gold(name=self.name, people=people, unions=unions, children=children,
                    siblings=siblings, links=links, events=events, narration=narration,
                    findings_required=req, findings_forbidden=forb,
                    events_forbidden=events_forbidden, not_relations=not_rel,
                    genre=genre if isinstance(genre, str) else None, telling_year=telling_year,
                    warnings=tuple(self.warnings))

    def each(self, data: dict[str, Any], key: str, fn: Callable[[Any, str], Any]) -> list[Any]:
        return [fn(item, where) for where, item in self.items(data, key)]

    def people(self, data: dict[str, Any]) -> tuple[GoldPerson, ...]:
        known = {"id", "name", "gender", "narrator", "deceased", "age", "birth_year",
                 "death_year", "mentions", "minor"}
        raw = self.items(data, "people")
        out: list[GoldPerson] = []
        for where, item in raw:
            item = self.obj(item, where, known, required=("id", "mentions"))
            pid = str(self.string(item["id"], f"{where}.id"))
            if pid in self.ids:
                raise self.fail(f"duplicate person id {pid!r}", f"{where}.id")
            self.ids.add(pid)
            gender = item.get("gender")
            if gender is not None and gender not in GENDERS:
                raise self.fail(f"gender {gender!r} is not one of: {', '.join(GENDERS)}",
                                f"{where}.gender")
            mentions_raw = item["mentions"]
            if not isinstance(mentions_raw, list) or not mentions_raw:
                raise self.fail(f"person {pid!r} needs a non-empty list of mentions",
                                f"{where}.mentions")
            mentions = tuple(self.span(m, f"{where}.mentions[{i}]")
                             for i, m in enumerate(mentions_raw))
            for i, (s, e) in enumerate(mentions):
                if self.cuts_word(s, e):
                    self.warnings.append(
                        f"{self.name}: mention [{s}, {e}] of {pid!r} cuts a word: "
                        f"{self.text[s:e]!r} in {self.text[max(0, s - 4):e + 4]!r} "
                        f"(at {where}.mentions[{i}])")
            out.append(GoldPerson(
                id=pid,
                name=self.string(item.get("name"), f"{where}.name", nullable=True),
                gender=gender,
                narrator=bool(self.boolean(item.get("narrator"), f"{where}.narrator")),
                deceased=self.boolean(item.get("deceased"), f"{where}.deceased"),
                age=self.integer(item.get("age"), f"{where}.age"),
                birth_year=self.integer(item.get("birth_year"), f"{where}.birth_year"),
                death_year=self.integer(item.get("death_year"), f"{where}.death_year"),
                mentions=mentions,
                minor=bool(self.boolean(item.get("minor"), f"{where}.minor")),
            ))
        return tuple(out)

    def minor(self, item: dict[str, Any], where: str) -> bool:
        return bool(self.boolean(item.get("minor"), f"{where}.minor"))

    def pair(self, item: dict[str, Any], where: str, ka: str, kb: str, what: str
             ) -> tuple[str, str]:
        a = str(self.ref(item[ka], f"{where}.{ka}"))
        b = str(self.ref(item[kb], f"{where}.{kb}"))
        if a == b:
            raise self.fail(f"{what} of {a!r} with themself", where)
        return a, b

    def unions(self, data: dict[str, Any]) -> tuple[GoldUnion, ...]:
        out: list[GoldUnion] = []
        for where, item in self.items(data, "unions"):
            item = self.obj(item, where, {"partners", "type", "status", "minor"},
                            required=("partners",))
            partners = item["partners"]
            if not isinstance(partners, list) or len(partners) != 2:
                raise self.fail("partners must be a list of two person ids", f"{where}.partners")
            a = str(self.ref(partners[0], f"{where}.partners[0]"))
            b = str(self.ref(partners[1], f"{where}.partners[1]"))
            if a == b:
                raise self.fail(f"union of {a!r} with themself", where)
            out.append(GoldUnion(
                a, b, self.enum_list(item.get("type"), f"{where}.type", UNION_TYPES),
                self.enum_list(item.get("status"), f"{where}.status", UNION_STATUSES),
                self.minor(item, where)))
        return tuple(out)

    def child(self, item: Any, where: str) -> GoldChild:
        item = self.obj(item, where, {"parent", "child", "kind", "minor"},
                        required=("parent", "child"))
        parent, child = self.pair(item, where, "parent", "child", "parent tie")
        return GoldChild(parent, child, self.enum_list(item.get("kind"), f"{where}.kind",
                                                       CHILD_KINDS), self.minor(item, where))

    def sibling(self, item: Any, where: str) -> GoldSibling:
        item = self.obj(item, where, {"a", "b", "kind", "minor"}, required=("a", "b"))
        a, b = self.pair(item, where, "a", "b", "sibling tie")
        return GoldSibling(a, b, self.enum_list(item.get("kind"), f"{where}.kind", SIBLING_KINDS),
                           self.minor(item, where))

    def link(self, item: Any, where: str) -> GoldLink:
        item = self.obj(item, where, {"a", "b", "type", "minor"}, required=("a", "b", "type"))
        a, b = self.pair(item, where, "a", "b", "link")
        types = self.enum_list(item.get("type"), f"{where}.type", LINK_TYPES)
        if not types:
            raise self.fail("a link needs at least one accepted type", f"{where}.type")
        return GoldLink(a, b, types, self.minor(item, where))

    def event(self, item: Any, where: str) -> GoldEvent:
        item = self.obj(item, where, {"type", "people", "year", "minor"}, required=("type",))
        types = self.enum_list(item.get("type"), f"{where}.type", EVENT_TYPES)
        if not types:
            raise self.fail("an event needs at least one accepted type", f"{where}.type")
        return GoldEvent(types, self.refs(item.get("people"), f"{where}.people"),
                         self.integer(item.get("year"), f"{where}.year"), self.minor(item, where))

    def finding(self, item: Any, where: str) -> GoldFinding:
        item = self.obj(item, where, {"code", "people"}, required=("code",))
        return GoldFinding(str(self.string(item["code"], f"{where}.code")),
                           self.refs(item.get("people"), f"{where}.people"))

    def not_relation(self, item: Any, where: str) -> GoldNotRelation:
        item = self.obj(item, where, {"kind", "a", "b"}, required=("kind", "a", "b"))
        kind = item["kind"]
        if kind not in NOT_RELATION_KINDS:
            raise self.fail(f"kind {kind!r} is not one of: {', '.join(NOT_RELATION_KINDS)}",
                            f"{where}.kind")
        a, b = self.pair(item, where, "a", "b", f"{kind} relation")
        return GoldNotRelation(kind, a, b)

    def narration(self, data: dict[str, Any]) -> tuple[GoldNarration, ...]:
        out: list[GoldNarration] = []
        owner: dict[int, str] = {}
        for where, item in self.items(data, "narration"):
            item = self.obj(item, where, {"narrator", "lines"}, required=("lines",))
            narrator = self.ref(item.get("narrator"), f"{where}.narrator", nullable=True)
            lines = item["lines"]
            if (not isinstance(lines, list) or len(lines) != 2
                    or any(isinstance(v, bool) or not isinstance(v, int) for v in lines)):
                raise self.fail(f"lines must be [first, last] (1-based), got {lines!r}",
                                f"{where}.lines")
            first, last = lines
            if not 1 <= first <= last <= self.lines:
                raise self.fail(f"lines [{first}, {last}] are not within 1..{self.lines} "
                                f"(the story has {self.lines} lines)", f"{where}.lines")
            for n in range(first, last + 1):
                if n in owner:
                    raise self.fail(f"line {n} is in two narration segments ({owner[n]} and "
                                    f"{where})", f"{where}.lines")
                owner[n] = where
            out.append(GoldNarration(narrator, first, last))
        if out:
            index = LineIndex(self.text)
            uncovered = [n for n in range(1, self.lines + 1) if n not in owner
                         and _line_text(self.text, index, n).strip()]
            if uncovered:
                shown = ", ".join(str(n) for n in uncovered[:8])
                more = "" if len(uncovered) <= 8 else f" and {len(uncovered) - 8} more"
                self.warnings.append(f"{self.name}: non-blank line(s) {shown}{more} are in no "
                                     "narration segment (not scored)")
        return tuple(out)

    def duplicates(self, keys: list[Any], where: str, what: str) -> None:
        seen: set[Any] = set()
        for key in keys:
            if key in seen:
                shown = sorted(key) if isinstance(key, frozenset) else list(key)
                self.warnings.append(f"{self.name}: duplicate {what} {shown} in {where}")
            seen.add(key)


def line_bounds(text: str, index: LineIndex, line: int) -> tuple[int, int]:
    """``[start, end)`` of 1-based ``line`` without its newline (the last line runs to the end)."""
    start, end = index.line_span(line)
    return start, (len(text) if end < 0 else end)


def _line_text(text: str, index: LineIndex, line: int) -> str:
    s, e = line_bounds(text, index, line)
    return text[s:e]


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)
