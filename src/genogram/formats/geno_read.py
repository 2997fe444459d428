"""``.geno`` text -> family model (the format is described in ``docs/geno.md``).

Errors are :class:`FormatError` located as ``line L, column C``: E401 syntax (an unknown statement,
key or word, a missing token, a bad number), E402 an id that no ``person`` line declares, E403 a
family that cannot be (a person declared twice, their own parent), E404 an unsupported version.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import ValidationError

from genogram.formats.geno_syntax import (
    ARROW,
    CHILD_KIND_WORDS,
    GENDER_WORDS,
    HEADER_RE,
    NOBODY,
    Token,
    syntax_error,
    tokenize,
)
from genogram.formats.messages import short
from genogram.model import (
    EVENT_TYPES,
    LINK_TYPES,
    SIBLING_KINDS,
    UNION_STATUSES,
    UNION_TYPES,
    ChildOf,
    Event,
    Family,
    Finding,
    FormatError,
    GenogramError,
    Link,
    NarrationSegment,
    Person,
    Sibling,
    Source,
    Union,
    When,
)

STATEMENTS = ("person", "union", "child", "sibling", "link", "event", "narration", "finding",
              "source")
#: Union keys that add an event of this type with the partners and a year.
UNION_EVENT_KEYS = {"married": "marriage", "divorced": "divorce", "separated": "separation",
                    "engaged": "engagement"}
_INT = re.compile(r"-?[0-9]{1,18}")
_YEAR = re.compile(r"(~?)(-?[0-9]{1,18})")
_OFFSET = re.compile(r"[0-9]{1,18}")


@dataclass
class _Line:
    number: int
    tokens: list[Token]

    def error(self, message: str, tok: Token | None = None, code: str = "E401") -> FormatError:
        col = tok.col if tok is not None else (self.tokens[-1].col if self.tokens else 1)
        return syntax_error(message, self.number, col, code)


def _describe(tok: Token) -> str:
    if tok.kind == "key":
        return f"'{tok.key}=...'"
    if tok.kind == "text":
        return "a quoted text"
    return short(tok.value)


def _int(line: _Line, tok: Token, lo: int | None = None, hi: int | None = None) -> int:
    if tok.vkind != "word" or not _INT.fullmatch(tok.value):
        raise syntax_error(f"{tok.key}= expects a whole number, not {short(tok.value)}", line.number,
                           tok.vcol)
    value = int(tok.value)
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise syntax_error(f"{tok.key}={value} is out of range ({lo}..{hi})", line.number,
                           tok.vcol)
    return value


def _year(line: _Line, tok: Token) -> tuple[int, bool]:
    m = _YEAR.fullmatch(tok.value) if tok.vkind == "word" else None
    if m is None:
        raise syntax_error(f"{tok.key}= expects a year like 1990 or ~1990, not {short(tok.value)}",
                           line.number, tok.vcol)
    return int(m.group(2)), bool(m.group(1))


def _is_id(tok: Token) -> bool:
    return tok.kind == "id" or (tok.kind == "word" and tok.value not in (ARROW, NOBODY))


@dataclass
class _Builder:
    """Everything read so far, in file order."""

    ids: dict[str, int] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    unions: list[Union] = field(default_factory=list)
    children: list[ChildOf] = field(default_factory=list)
    siblings: list[Sibling] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    narration: list[NarrationSegment] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    source: Source | None = None


class _Parser:
    def __init__(self, lines: list[_Line]) -> None:
        self.lines = lines
        self.b = _Builder()

    def run(self) -> _Builder:
        for line in self.lines:  # people first: any line may name anyone
            if line.tokens[0].value == "person" and line.tokens[0].kind == "word":
                self.checked(self.person, line)
        for line in self.lines:
            head = line.tokens[0]
            word = head.value if head.kind == "word" else ""
            if word not in STATEMENTS:
                hint = difflib.get_close_matches(word, STATEMENTS, n=1)
                raise line.error(f"unknown statement {_describe(head)}"
                                 + (f" (did you mean {short(hint[0])}?)" if hint else "")
                                 + f"; expected one of {', '.join(STATEMENTS)}", head)
            if word != "person":
                self.checked(getattr(self, word), line)
        return self.b

    @staticmethod
    def checked(statement: Callable[[_Line], None], line: _Line) -> None:
        """Run one statement; a value the model refuses becomes an error on this line."""
        try:
            statement(line)
        except ValidationError as err:
            first = err.errors()[0]
            field_name = ".".join(str(x) for x in first["loc"])
            raise line.error(f"{field_name}: {first['msg']}", line.tokens[0], "E403") from None

    # --- helpers ---------------------------------------------------------------------------

    def ref(self, line: _Line, tok: Token) -> str:
        """A reference to a declared person."""
        if not _is_id(tok):
            raise line.error(f"expected a person id, found {_describe(tok)}", tok)
        if tok.value not in self.b.ids:
            hint = difflib.get_close_matches(tok.value, list(self.b.ids), n=1)
            raise line.error(f"unknown person {short(tok.value)}"
                             + (f" (did you mean {short(hint[0])}?)" if hint else "")
                             + "; declare it with a person line", tok, "E402")
        return tok.value

    @staticmethod
    def need(line: _Line, rest: list[Token], what: str) -> Token:
        if not rest:
            raise syntax_error(f"expected {what}", line.number,
                               line.tokens[-1].col + len(line.tokens[-1].value) + 1)
        return rest.pop(0)

    @staticmethod
    def unknown_key(line: _Line, tok: Token, keys: str) -> FormatError:
        return line.error(f"unknown key '{tok.key}' for {line.tokens[0].value} "
                          f"(expected {keys})", tok)

    # --- statements ------------------------------------------------------------------------

    def person(self, line: _Line) -> None:
        rest = line.tokens[1:]
        tok = self.need(line, rest, "a person id after 'person'")
        if not _is_id(tok):
            raise line.error(f"expected a person id after 'person', found {_describe(tok)}", tok)
        if tok.value in self.b.ids:
            raise line.error(f"person {short(tok.value)} is already declared on line "
                             f"{self.b.ids[tok.value]}", tok, "E403")
        self.b.ids[tok.value] = line.number
        f: dict = {"id": tok.value, "aliases": [], "descriptions": []}
        flags: set[str] = set()
        for t in rest:
            if t.kind == "text" and "name" not in f:
                f["name"] = t.value
            elif t.kind == "text":
                raise line.error('a person has one name; write other names as aka="..."', t)
            elif t.kind == "word" and t.value.lower() in GENDER_WORDS and "gender" not in f:
                f["gender"] = GENDER_WORDS[t.value.lower()]
            elif t.kind == "word" and t.value.lower() in ("narrator", "deceased", "dead",
                                                          "living", "alive"):
                flags.add({"dead": "deceased", "alive": "living"}.get(t.value.lower(),
                                                                      t.value.lower()))
            elif t.kind == "key":
                self._person_key(line, t, f)
            else:
                raise line.error(f"unexpected {_describe(t)} (expected a name in double quotes, "
                                 "a gender, narrator, deceased, living, or key=value)", t)
        if {"deceased", "living"} <= flags:
            raise line.error("a person cannot be both deceased and living", line.tokens[1])
        f["narrator"] = "narrator" in flags
        f["deceased"] = "deceased" in flags or (f.get("death_year") is not None
                                                and "living" not in flags)
        self.b.people.append(Person(**f))

    def _person_key(self, line: _Line, t: Token, f: dict) -> None:
        if t.key == "age":
            f["age"] = _int(line, t, 0, 130)
        elif t.key == "born":
            f["birth_year"] = _int(line, t)
        elif t.key == "died":
            f["death_year"] = _int(line, t)
        elif t.key == "aka":
            f["aliases"].append(t.value)
        elif t.key == "desc":
            f["descriptions"].append(t.value)
        else:
            raise self.unknown_key(line, t, "age, born, died, aka, desc")

    def union(self, line: _Line) -> None:
        rest = line.tokens[1:]
        a = self.ref(line, self.need(line, rest, "two partner ids after 'union'"))
        b = self.ref(line, self.need(line, rest, "a second partner id"))
        f: dict = {"id": f"u{len(self.b.unions) + 1}", "partners": [a, b]}
        sugar: list[tuple[str, int, bool]] = []
        for t in rest:
            word = t.value.lower() if t.kind == "word" else ""
            if word in UNION_TYPES and "type" not in f:
                f["type"] = word
            elif word in UNION_STATUSES and "status" not in f:
                f["status"] = word
            elif t.kind == "key" and t.key == "id":
                f["id"] = t.value
            elif t.kind == "key" and t.key in UNION_EVENT_KEYS:
                sugar.append((UNION_EVENT_KEYS[t.key], *_year(line, t)))
            elif t.kind == "key":
                raise self.unknown_key(line, t, "id, " + ", ".join(UNION_EVENT_KEYS))
            else:
                raise line.error(f"unexpected {_describe(t)} (expected a union type: "
                                 f"{', '.join(UNION_TYPES)}; a status: "
                                 f"{', '.join(UNION_STATUSES)}; or key=value)", t)
        self.b.unions.append(Union(**f))
        for etype, year, approx in sugar:
            self.b.events.append(Event(id=f"e{len(self.b.events) + 1}", type=etype,  # type: ignore
                                       people=[a, b], when=When(year=year, approximate=approx)))

    def child(self, line: _Line) -> None:
        rest = line.tokens[1:]
        parents: list[str] = []
        while rest and not (rest[0].kind == "word" and rest[0].value == ARROW):
            parents.append(self.ref(line, rest.pop(0)))
        if not rest:
            raise line.error("expected '->' between the parents and the children", None)
        arrow = rest.pop(0)
        if not parents:
            raise line.error("expected at least one parent id before '->'", arrow)
        kind = "biological"
        if rest and rest[-1].kind == "word" and rest[-1].value.lower() in CHILD_KIND_WORDS:
            kind = CHILD_KIND_WORDS[rest.pop().value.lower()]
        if not rest:
            raise line.error("expected at least one child id after '->'", arrow)
        for t in rest:
            kid = self.ref(line, t)
            for parent in parents:
                if parent == kid:
                    raise line.error(f"person {short(kid)} cannot be their own parent", t, "E403")
                self.b.children.append(ChildOf(parent=parent, child=kid, kind=kind))  # type: ignore

    def sibling(self, line: _Line) -> None:
        rest = line.tokens[1:]
        kind = "unknown"
        if rest and rest[-1].kind == "word" and rest[-1].value.lower() in SIBLING_KINDS:
            kind = rest.pop().value.lower()
        ids = [self.ref(line, t) for t in rest]
        if len(ids) < 2:
            raise line.error("expected two or more sibling ids", None)
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                self.b.siblings.append(Sibling(a=a, b=b, kind=kind))  # type: ignore[arg-type]

    def link(self, line: _Line) -> None:
        rest = line.tokens[1:]
        a = self.ref(line, self.need(line, rest, "two person ids after 'link'"))
        b = self.ref(line, self.need(line, rest, "a second person id"))
        t = self.need(line, rest, f"a link type ({', '.join(LINK_TYPES)})")
        if t.kind != "word" or t.value.lower() not in LINK_TYPES:
            raise line.error(f"unknown link type {_describe(t)} (expected one of "
                             f"{', '.join(LINK_TYPES)})", t)
        if rest:
            raise line.error(f"unexpected {_describe(rest[0])} after the link type", rest[0])
        self.b.links.append(Link(a=a, b=b, type=t.value.lower()))  # type: ignore[arg-type]

    def event(self, line: _Line) -> None:
        rest = line.tokens[1:]
        t = self.need(line, rest, f"an event type ({', '.join(EVENT_TYPES)})")
        if t.kind != "word" or t.value.lower() not in EVENT_TYPES:
            hint = difflib.get_close_matches(t.value.lower(), EVENT_TYPES, n=1)
            raise line.error(f"unknown event type {_describe(t)}"
                             + (f" (did you mean {short(hint[0])}?)" if hint else "")
                             + f"; expected one of {', '.join(EVENT_TYPES)}", t)
        f: dict = {"id": f"e{len(self.b.events) + 1}", "type": t.value.lower(), "people": []}
        when: dict = {}
        for tok in rest:
            if tok.kind == "word" and tok.value.lower() == "approx":
                when["approximate"] = True
            elif tok.kind == "text" and "summary" not in f:
                f["summary"] = tok.value
            elif tok.kind == "key":
                self._event_key(line, tok, f, when)
            elif tok.kind == "text":
                raise line.error("an event has one summary in double quotes", tok)
            else:
                f["people"].append(self.ref(line, tok))
        self.b.events.append(Event(**f, when=When(**when)))

    def _event_key(self, line: _Line, tok: Token, f: dict, when: dict) -> None:
        if tok.key == "id":
            f["id"] = tok.value
        elif tok.key == "year":
            when["year"], approx = _year(line, tok)
            when["approximate"] = when.get("approximate", False) or approx
        elif tok.key == "when":
            when["text"] = tok.value
        elif tok.key == "order":
            when["order"] = _int(line, tok)
        else:
            raise self.unknown_key(line, tok, "id, year, when, order")

    def narration(self, line: _Line) -> None:
        rest = line.tokens[1:]
        who = self.need(line, rest, "a narrator id (or - for third person)")
        narrator = None if who.kind == "word" and who.value == NOBODY else self.ref(line, who)
        nums = []
        for what in ("a start offset", "an end offset"):
            t = self.need(line, rest, what)
            if t.kind != "word" or not _OFFSET.fullmatch(t.value):
                raise line.error(f"expected {what} (a whole number), found {_describe(t)}", t)
            nums.append(int(t.value))
        if rest:
            raise line.error(f"unexpected {_describe(rest[0])} after the offsets", rest[0])
        self.b.narration.append(NarrationSegment(narrator=narrator, start=nums[0], end=nums[1]))

    def finding(self, line: _Line) -> None:
        rest = line.tokens[1:]
        code = self.need(line, rest, "a finding code (such as cutoff)")
        if code.kind not in ("word", "id") or not code.value:
            raise line.error(f"expected a finding code, found {_describe(code)}", code)
        kind = self.need(line, rest, "a finding kind (pattern or lint)")
        if kind.kind != "word" or kind.value.lower() not in ("pattern", "lint"):
            raise line.error(f"expected pattern or lint, found {_describe(kind)}", kind)
        people, message = [], None
        for t in rest:
            if t.kind == "text" and message is None:
                message = t.value
            elif t.kind == "text":
                raise line.error("a finding has one message in double quotes", t)
            else:
                people.append(self.ref(line, t))
        self.b.findings.append(Finding(code=code.value, kind=kind.value.lower(),  # type: ignore
                                       message=message or "", people=people))

    def source(self, line: _Line) -> None:
        if self.b.source is not None:
            raise line.error("the source is already given", line.tokens[0])
        rest = line.tokens[1:]
        name = self.need(line, rest, 'the story\'s name in double quotes: source "story.txt"')
        if name.kind != "text":
            raise line.error(f"expected the story's name in double quotes, found "
                             f"{_describe(name)}", name)
        f: dict = {"name": name.value, "sha256": "", "chars": 0}
        for t in rest:
            if t.kind == "key" and t.key == "sha256":
                f["sha256"] = t.value
            elif t.kind == "key" and t.key == "chars":
                f["chars"] = _int(line, t, 0)
            else:
                raise line.error(f"unexpected {_describe(t)} (expected sha256=... or chars=N)", t)
        self.b.source = Source(**f)


def _lines(text: str) -> list[_Line]:
    out = []
    for number, raw in enumerate(text.split("\n"), start=1):
        raw = raw.removesuffix("\r")
        if number == 1:
            raw = raw.removeprefix("\ufeff")
        m = HEADER_RE.match(raw.strip())
        if m and not out and m.group(1) != "1":
            raise syntax_error(f"this is .geno version {m.group(1)}; this genogram reads "
                               "version 1", number, 1, "E404")
        tokens = tokenize(raw, number)
        if tokens:
            out.append(_Line(number, tokens))
    return out


def parse_geno(text: str, *, name: str = "family.geno") -> Family:
    """Read ``.geno`` text into a Family. Without a ``source`` line the source is the .geno
    text itself (its name, SHA-256 and length)."""
    built = _Parser(_lines(text)).run()
    source = built.source or Source(name=name, chars=len(text),
                                    sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    try:
        return Family(source=source, people=built.people, unions=built.unions,
                      children=built.children, siblings=built.siblings, links=built.links,
                      events=built.events, narration=built.narration, findings=built.findings)
    except (ValidationError, GenogramError) as err:  # the checks above should catch these first
        message = err.message if isinstance(err, GenogramError) else str(err).splitlines()[0]
        raise FormatError(f"not a valid family: {message}", code="E403") from None
