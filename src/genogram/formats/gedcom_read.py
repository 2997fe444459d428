"""GEDCOM 5.5.1 / 7 text -> family model.

Read: INDI (NAME, SEX, BIRT, DEAT, FAMC + PEDI, ASSO), FAM (HUSB, WIFE, CHIL, MARR, DIV, ENGA,
ANUL) and genogram's own ``_GENO_*`` extensions (:mod:`genogram.formats.gedcom_tags`), which restore
what standard GEDCOM cannot say. Every other tag is skipped. Facts read from a GEDCOM file have no
evidence spans unless genogram wrote them: they come from a file, not from a story's text.

A FAM with two partners is a union: its type is marriage (engagement when it only has ENGA), its
status is divorced or ended when its last MARR/DIV/ANUL is a DIV or ANUL, widowed when a partner has
died, together otherwise. Each CHIL becomes one parent tie per partner, of the kind its FAMC's PEDI
says (BIRTH -> biological, ADOPTED -> adoptive, FOSTER -> foster, OTHER with a PHRASE saying step
-> step, any other OTHER -> caregiver; no PEDI, SEALING or an extension value -> biological).

Errors (FormatError, with the line): E412 a pointer to a record that is not there or is of the
wrong type, a cross-reference used twice; E414 a family that cannot be (a person their own parent,
a genogram id used twice, a malformed ``_GENO_*`` value). ``@VOID@`` pointers mean "nobody".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import ValidationError

from genogram.formats.gedcom_lines import VOID, Node, parse_lines
from genogram.formats.gedcom_tags import parse_span_payload
from genogram.formats.messages import short
from genogram.model import (
    CHILD_KINDS,
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
    Link,
    ModelError,
    NarrationSegment,
    Person,
    Sibling,
    Source,
    Union,
    When,
)

GENDERS_BY_SEX = {"F": "female", "M": "male", "X": "nonbinary", "U": "unknown"}
KIND_BY_PEDI = {"BIRTH": "biological", "ADOPTED": "adoptive", "FOSTER": "foster"}
FAM_EVENTS = {"MARR": "marriage", "DIV": "divorce", "ENGA": "engagement"}
LINK_BY_ROLE = {"FRIEND": "friend", "GODP": "fictive-kin"}
_MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}
_APPROX = {"ABT", "CAL", "EST", "BEF", "AFT", "BET", "INT"}
_OTHER_CALENDARS = {"HEBREW", "FRENCH_R", "@#DHEBREW@", "@#DFRENCH", "@#DROMAN@", "@#DUNKNOWN@"}
_YEAR = re.compile(r"([0-9]{1,9})(?:/[0-9]+)?")


def _where(node: Node) -> str:
    return f"line {node.line}, column 1"


def _bad(node: Node, message: str, code: str = "E414") -> FormatError:
    return FormatError(message, where=_where(node), code=code)


def parse_date(value: str) -> tuple[int | None, bool]:
    """The (first) year of a GEDCOM date and whether it is approximate; no year for other
    calendars (Hebrew, French republican, extensions). ``1401 BCE`` is year -1401."""
    tokens = value.upper().split()
    if any(t in _OTHER_CALENDARS or t.startswith(("_", "@#DFRENCH")) for t in tokens):
        return None, False
    approx = any(t in _APPROX for t in tokens)
    for i, tok in enumerate(tokens):
        if tok.startswith("("):
            break
        m = _YEAR.fullmatch(tok)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if m and nxt not in _MONTHS:
            year = int(m.group(1))
            return (-year if nxt in ("BCE", "B.C.", "BC") else year), approx
    return None, approx


def _int(node: Node | None, what: str) -> int | None:
    if node is None:
        return None
    text = node.value.strip()
    if not re.fullmatch(r"-?[0-9]{1,18}", text):
        raise _bad(node, f"{what} must be a whole number, not {short(node.value)}")
    return int(text)


def _spans(node: Node, tag: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for sub in node.all(tag):
        more = parse_span_payload(sub.value)
        if more is None:
            raise _bad(sub, f"{tag} must list spans like 12-20, not {short(sub.value)}")
        spans.extend(more)
    return spans


def _yes(node: Node, tag: str) -> bool:
    sub = node.first(tag)
    return sub is not None and sub.value.strip().upper() in ("Y", "")


def _clean_name(node: Node) -> str | None:
    """A NAME's text: the exact ``_GENO_NAME``, else the payload without slashes, else its parts."""
    exact = node.first("_GENO_NAME")
    if exact is not None:
        return exact.value
    text = " ".join(node.value.replace("/", " ").split())
    if not text:
        parts = [node.text(t) for t in ("NPFX", "GIVN", "SPFX", "SURN", "NSFX")]
        text = " ".join(" ".join(p for p in parts if p).split())
    return text or None


class _Reader:
    """Turns the parsed records into a Family, resolving pointers as it goes."""

    def __init__(self, records: list[Node], source: Source) -> None:
        self.records = records
        self.head = records[0]
        self.index: dict[str, Node] = {}
        for rec in records:
            if rec.xref is not None:
                if rec.xref in self.index:
                    raise _bad(rec, f"the cross-reference {rec.xref} is used twice", "E412")
                self.index[rec.xref] = rec
        self.indis = [r for r in records if r.tag == "INDI"]
        self.fams = [r for r in records if r.tag == "FAM"]
        self.ids = self._person_ids()
        self.source = self._source(source)
        self.famc: dict[int, list[tuple[str, Node]]] = {}
        for indi in self.indis:
            for famc in indi.all("FAMC"):
                fam = self.target(famc, "FAM")
                if fam is not None:
                    self.famc.setdefault(id(fam), []).append((self.ids[id(indi)], famc))
            for fams in indi.all("FAMS"):
                self.target(fams, "FAM")
        self.people: list[Person] = []
        self.events: list[Event] = []

    # --- pointers ---------------------------------------------------------------------------

    def target(self, node: Node, tag: str) -> Node | None:
        """The record ``node`` points to, checked to be a ``tag``; None for @VOID@ or no pointer."""
        ptr = node.pointer
        if ptr is None or ptr == VOID:
            return None
        rec = self.index.get(ptr)
        if rec is None:
            raise _bad(node, f"{node.tag} points to {ptr}, which is not in the file", "E412")
        if rec.tag != tag:
            raise _bad(node, f"{node.tag} must point to an {tag} record; {ptr} is a {rec.tag}",
                       "E412")
        return rec

    def person_id(self, node: Node) -> str | None:
        rec = self.target(node, "INDI")
        return None if rec is None else self.ids[id(rec)]

    def pointed_people(self, node: Node, tag: str) -> list[str]:
        return [pid for sub in node.all(tag) if (pid := self.person_id(sub)) is not None]

    # --- records ----------------------------------------------------------------------------

    def _person_ids(self) -> dict[int, str]:
        ids: dict[int, str] = {}
        taken: set[str] = set()
        for rec in self.indis:
            gid = rec.first("_GENO_ID")
            if gid is not None and gid.value:
                if gid.value in taken:
                    raise _bad(gid, f"the person id {short(gid.value)} is used twice")
                ids[id(rec)] = gid.value
                taken.add(gid.value)
        for n, rec in enumerate(self.indis, start=1):
            if id(rec) in ids:
                continue
            base = rec.xref.strip("@") if rec.xref else f"indi{n}"
            pid, k = base, 1
            while pid in taken:
                k += 1
                pid = f"{base}_{k}"
            ids[id(rec)] = pid
            taken.add(pid)
        return ids

    def _source(self, fallback: Source) -> Source:
        node = self.head.first("_GENO_SOURCE")
        if node is None:
            return fallback
        chars = _int(node.first("_GENO_CHARS"), "_GENO_CHARS") or 0
        if chars < 0:
            raise _bad(node, "_GENO_CHARS cannot be negative")
        return Source(name=node.value, sha256=node.text("_GENO_SHA256") or "", chars=chars)

    def family(self) -> Family:
        self.people = [self._person(rec) for rec in self.indis]
        deceased = {p.id for p in self.people if p.deceased}
        unions: list[Union] = []
        children: list[ChildOf] = []
        for n, rec in enumerate(self.fams, start=1):
            union = self._union(rec, n, deceased)
            if union is not None:
                unions.append(union)
            children.extend(self._children(rec))
        for rec in self.indis:
            self._indi_events(rec)
        for rec in self.records:
            if rec.tag == "_GENO_EVENT":
                self.events.append(self._event(rec, "EVEN", []))
        seen: set[tuple[str, str, str]] = set()
        unique = []
        for tie in children:
            if (tie.parent, tie.child, tie.kind) not in seen:
                seen.add((tie.parent, tie.child, tie.kind))
                unique.append(tie)
        siblings, links = self._associations()
        return Family(source=self.source, people=self.people, unions=unions, children=unique,
                      siblings=siblings, links=links, events=self.events,
                      narration=self._narration(), findings=self._findings())

    def _person(self, rec: Node) -> Person:
        names = [(n, _clean_name(n)) for n in rec.all("NAME")]
        names = [(n, text) for n, text in names if text is not None]
        main = next((i for i, (n, _) in enumerate(names)
                     if (n.text("TYPE") or "").strip().upper() != "AKA"), None)
        name = names[main][1] if main is not None else None
        aliases = [text for i, (_, text) in enumerate(names) if i != main]
        sex = (rec.text("SEX") or "").strip().upper()[:1]
        birth, death = rec.first("BIRT"), rec.first("DEAT")
        deaths = rec.all("DEAT")
        age = _int(rec.first("_GENO_AGE"), "_GENO_AGE")
        if age is not None and not 0 <= age <= 130:
            raise _bad(rec.first("_GENO_AGE") or rec, f"_GENO_AGE {age} is not an age")
        return Person(
            id=self.ids[id(rec)], name=name, aliases=aliases,
            descriptions=[d.value for d in rec.all("_GENO_DESC")],
            gender=GENDERS_BY_SEX.get(sex, "unknown"),  # type: ignore[arg-type]
            narrator=_yes(rec, "_GENO_NARRATOR"),
            deceased=bool(deaths) and not any(_yes(d, "_GENO_ALIVE") for d in deaths),
            age=age, birth_year=self._year(birth), death_year=self._year(death),
            mentions=_spans(rec, "_GENO_MENTIONS"),
        )

    def _year(self, node: Node | None) -> int | None:
        if node is None:
            return None
        exact = node.first("_GENO_YEAR")
        if exact is not None:
            return _int(exact, "_GENO_YEAR")
        date = node.text("DATE")
        return parse_date(date)[0] if date else None

    def _union(self, rec: Node, n: int, deceased: set[str]) -> Union | None:
        husb, wife = self._partners(rec)
        utype = (rec.text("_GENO_UNION") or "").strip()
        if husb is None or wife is None or (rec.first("_GENO_NOUNION") and not utype):
            self._fam_events(rec, [p for p in (husb, wife) if p is not None])
            return None
        partners = [wife, husb] if _yes(rec, "_GENO_REVERSED") else [husb, wife]
        self._fam_events(rec, [husb, wife])
        status = (rec.text("_GENO_STATUS") or "").strip()
        gid = rec.text("_GENO_ID")
        return Union(
            id=gid or (rec.xref.strip("@") if rec.xref else f"fam{n}"), partners=partners,
            type=utype if utype in UNION_TYPES else self._infer_type(rec),  # type: ignore[arg-type]
            status=(status if status in UNION_STATUSES  # type: ignore[arg-type]
                    else self._infer_status(rec, partners, deceased)),
            evidence=_spans(rec, "_GENO_EVIDENCE"),
        )

    def _partners(self, rec: Node) -> tuple[str | None, str | None]:
        husb = next(iter(self.pointed_people(rec, "HUSB")), None)
        wife = next(iter(self.pointed_people(rec, "WIFE")), None)
        return husb, wife

    @staticmethod
    def _infer_type(rec: Node) -> str:
        tags = {c.tag for c in rec.children}
        if "ENGA" in tags and not tags & {"MARR", "MARB", "MARC", "MARL", "MARS", "DIV"}:
            return "engagement"
        return "marriage"

    @staticmethod
    def _infer_status(rec: Node, partners: list[str], deceased: set[str]) -> str:
        last = next((c.tag for c in reversed(rec.children) if c.tag in ("MARR", "DIV", "ANUL")),
                    None)
        if last == "DIV":
            return "divorced"
        if last == "ANUL":
            return "ended"
        return "widowed" if deceased & set(partners) else "together"

    def _fam_events(self, rec: Node, partners: list[str]) -> None:
        ours = rec.first("_GENO_UNION") is not None or rec.first("_GENO_NOUNION") is not None
        for node in rec.children:
            if node.tag not in FAM_EVENTS or not partners:
                continue
            if node.first("_GENO_ID") is not None:
                people = partners[::-1] if _yes(node, "_GENO_REVERSED") else partners
                self.events.append(self._event(node, node.tag, people))
            elif not ours:
                year, approx = parse_date(node.text("DATE") or "")
                phrase = node.first("DATE")
                self.events.append(Event(
                    id=f"e{len(self.events) + 1}", type=FAM_EVENTS[node.tag],  # type: ignore
                    people=list(partners),
                    when=When(year=year, approximate=approx,
                              text=phrase.text("PHRASE") if phrase else None)))

    def _children(self, rec: Node) -> list[ChildOf]:
        husb, wife = self._partners(rec)
        kids = self.pointed_people(rec, "CHIL")
        links: dict[str, list[Node]] = {}
        for cid, famc in self.famc.get(id(rec), []):
            links.setdefault(cid, []).append(famc)
            if cid not in kids:
                kids.append(cid)
        ties: list[ChildOf] = []
        roles = [(husb, "_GENO_HUSB_EVIDENCE"), (wife, "_GENO_WIFE_EVIDENCE")]
        if _yes(rec, "_GENO_REVERSED"):
            roles.reverse()
        for child in kids:
            for famc in links.get(child) or [None]:
                kind = _kind(famc)
                for parent, tag in roles:
                    if parent is None:
                        continue
                    if parent == child:
                        raise _bad(rec, f"person {short(child)} is listed as their own parent")
                    evidence = _spans(famc, tag) if famc is not None else []
                    ties.append(ChildOf(parent=parent, child=child, kind=kind,  # type: ignore
                                        evidence=evidence))
        return ties

    def _indi_events(self, rec: Node) -> None:
        pid = self.ids[id(rec)]
        for node in rec.children:
            if node.tag in ("BIRT", "DEAT", "EVEN") and node.first("_GENO_ID") is not None:
                others = self.pointed_people(node, "ASSO")
                self.events.append(self._event(node, node.tag, [pid, *others]))

    def _event(self, node: Node, tag: str, people: list[str]) -> Event:
        """One of genogram's own events (it carries _GENO_ID)."""
        if tag == "EVEN":
            etype = (node.text("TYPE") or node.text("_GENO_TYPE") or "").strip()
            etype = etype if etype in EVENT_TYPES else "other"
        else:
            etype = {"BIRT": "birth", "DEAT": "death", **FAM_EVENTS}[tag]
        date = node.first("DATE")
        year, approx = parse_date(date.value) if date is not None else (None, False)
        if node.first("_GENO_YEAR") is not None:
            year = _int(node.first("_GENO_YEAR"), "_GENO_YEAR")
        text = date.text("PHRASE") if date is not None else node.text("_GENO_WHEN")
        order = _int(node.first("_GENO_ORDER"), "_GENO_ORDER") or 0
        return Event(id=node.text("_GENO_ID") or f"e{len(self.events) + 1}",
                     type=etype,  # type: ignore[arg-type]
                     people=people,
                     summary=node.text("NOTE") or node.text("_GENO_SUMMARY") or "",
                     when=When(text=text, year=year, order=order,
                               approximate=approx or _yes(node, "_GENO_APPROX")),
                     evidence=_spans(node, "_GENO_EVIDENCE"))

    def _associations(self) -> tuple[list[Sibling], list[Link]]:
        siblings: list[Sibling] = []
        links: list[Link] = []
        for rec in self.indis:
            a = self.ids[id(rec)]
            for asso in rec.all("ASSO"):
                b = self.person_id(asso)
                if b is None:
                    continue
                sib = asso.text("_GENO_SIBLING")
                link = asso.text("_GENO_LINK")
                role = (asso.text("ROLE") or asso.text("RELA") or "").strip().upper()
                evidence = _spans(asso, "_GENO_EVIDENCE")
                if sib is not None:
                    kind = sib.strip() if sib.strip() in SIBLING_KINDS else "unknown"
                    siblings.append(Sibling(a=a, b=b, kind=kind,  # type: ignore[arg-type]
                                            evidence=evidence))
                elif link is not None and link.strip() in LINK_TYPES:
                    links.append(Link(a=a, b=b, type=link.strip(),  # type: ignore[arg-type]
                                      evidence=evidence))
                elif link is None and role in LINK_BY_ROLE:
                    links.append(Link(a=a, b=b, type=LINK_BY_ROLE[role]))  # type: ignore
        return siblings, links

    def _narration(self) -> list[NarrationSegment]:
        out = []
        for node in self.head.all("_GENO_NARRATION"):
            spans = parse_span_payload(node.value)
            if not spans or len(spans) != 1:
                raise _bad(node, f"_GENO_NARRATION must be START-END, not {short(node.value)}")
            narrators = self.pointed_people(node, "_GENO_PERSON")
            out.append(NarrationSegment(narrator=narrators[0] if narrators else None,
                                        start=spans[0][0], end=spans[0][1]))
        return out

    def _findings(self) -> list[Finding]:
        out = []
        for rec in self.records:
            if rec.tag != "_GENO_FINDING" or not rec.value:
                continue
            kind = (rec.text("_GENO_KIND") or "").strip()
            out.append(Finding(code=rec.value, kind="pattern" if kind == "pattern" else "lint",
                               message=rec.text("_GENO_MESSAGE") or "",
                               people=self.pointed_people(rec, "_GENO_PERSON"),
                               evidence=_spans(rec, "_GENO_EVIDENCE")))
        return out


def _kind(famc: Node | None) -> str:
    if famc is None:
        return "biological"
    pedi = famc.first("PEDI")
    if pedi is None:
        return "biological"
    value = pedi.value.strip().upper()
    if value in KIND_BY_PEDI:
        return KIND_BY_PEDI[value]
    if value == "OTHER":
        phrase = (pedi.text("PHRASE") or "").strip().lower()
        return phrase if phrase in CHILD_KINDS else ("step" if "step" in phrase else "caregiver")
    return "biological"


def parse_gedcom(text: str, *, source: Source | None = None) -> Family:
    """Read GEDCOM 5.5.1 or 7 text into a Family; :class:`FormatError` when it is malformed."""
    records = parse_lines(text)
    fallback = source or Source(name="family.ged", sha256="", chars=len(text))
    try:
        return _Reader(records, fallback).family()
    except (ValidationError, ModelError) as err:  # the checks above should catch these first
        message = err.message if isinstance(err, ModelError) else str(err).splitlines()[0]
        raise FormatError(f"not a valid family: {message}", code="E414") from None


def gedcom_records(text: str) -> Iterable[Node]:
    """The parsed records (HEAD first), for tools and tests that look at the raw structure."""
    return parse_lines(text)
