"""Family model -> GEDCOM 7.0 text.

Standard structures first, so genealogy programs show what they can: INDI with NAME (given names and
``/Surname/``; aliases as ``NAME`` + ``TYPE AKA``), SEX (M, F, X, U), BIRT and DEAT with DATE (``DEAT
Y`` when deceased without a year); FAM with HUSB, WIFE and CHIL, MARR/DIV/ENGA from the model's
events (``MARR Y``/``DIV Y``/``ENGA Y`` when the union says so but no event does); INDI.FAMC with
PEDI (BIRTH, ADOPTED, FOSTER, or OTHER + PHRASE ``step``/``caregiver``); other events as INDI
``EVEN`` + ``TYPE``, their other participants as ``ASSO`` + ``ROLE OTHER``; siblings and links as
INDI ``ASSO`` (``ROLE FRIEND`` for friends, else ``ROLE OTHER`` + PHRASE).

HUSB/WIFE: GEDCOM 7 says the roles imply nothing about sex or gender. A woman and a man are written
as WIFE and HUSB; any other couple (two women, two men, anyone of unknown or nonbinary gender) is
written in genogram's partner order, first as HUSB, second as WIFE. ``_GENO_REVERSED`` records when
genogram's order is the opposite of the file's, so the order survives a round trip.

Everything else (union types and statuses GEDCOM has no word for, ids, descriptions, ages, evidence
spans, mentions, narration, findings) travels as the ``_GENO_*`` extensions of
:mod:`genogram.formats.gedcom_tags`, registered in ``HEAD.SCHMA``. Text with characters GEDCOM 7
bans (control characters) gets U+FFFD in their place; a CR becomes a line break.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

from genogram.formats.gedcom_lines import LineWriter
from genogram.formats.gedcom_tags import schema_lines, span_payloads
from genogram.model import Event, Family, Link, Person, Sibling, Union

SEX_CODES = {"female": "F", "male": "M", "nonbinary": "X", "unknown": "U"}
PEDIGREE = {"biological": ("BIRTH", None), "adoptive": ("ADOPTED", None),
            "foster": ("FOSTER", None), "step": ("OTHER", "step"),
            "caregiver": ("OTHER", "caregiver")}
FAM_EVENT_TAGS = {"marriage": "MARR", "divorce": "DIV", "engagement": "ENGA"}
INDI_EVENT_TAGS = {"birth": "BIRT", "death": "DEAT"}


def _version() -> str:
    try:
        return version("genogram")
    except PackageNotFoundError:  # pragma: no cover - source tree not installed
        return "0.0.0"


@dataclass
class _Fam:
    """One FAM record being planned: a union, or just the parents of some children."""

    xref: str
    husb: str | None
    wife: str | None
    union: Union | None = None
    reversed: bool = False
    children: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


@dataclass
class _Famc:
    """One INDI.FAMC link: the family, the tie kind, and the evidence of each parent's tie."""

    fam: _Fam
    kind: str
    husb_evidence: list[tuple[int, int]] = field(default_factory=list)
    wife_evidence: list[tuple[int, int]] = field(default_factory=list)


def _roles(a: Person, b: Person) -> tuple[str, str, bool]:
    """(HUSB id, WIFE id, reversed): a woman and a man as WIFE and HUSB, others in order."""
    swap = ((a.gender == "female" and b.gender != "female")
            or (b.gender == "male" and a.gender != "male"))
    return (b.id, a.id, True) if swap else (a.id, b.id, False)


def _key(*ids: str) -> tuple[str, ...]:
    return tuple(sorted(ids))


class _Plan:
    """Decides which record carries each fact, before any line is written."""

    def __init__(self, family: Family) -> None:
        self.family = family
        self.people = {p.id: p for p in family.people}
        self.xref = {p.id: f"@I{i}@" for i, p in enumerate(family.people, start=1)}
        self.fams: list[_Fam] = []
        self.by_key: dict[tuple[str, ...], _Fam] = {}
        self.famc: dict[str, list[_Famc]] = {}
        self.indi_events: dict[str, list[tuple[str, Event]]] = {}
        self.record_events: list[Event] = []
        self._plan_unions()
        self._plan_children()
        self._plan_events()
        self.fams_of: dict[str, list[_Fam]] = {}
        for fam in self.fams:
            for pid in dict.fromkeys(p for p in (fam.husb, fam.wife) if p is not None):
                self.fams_of.setdefault(pid, []).append(fam)
        self.siblings_of: dict[str, list[Sibling]] = {}
        for s in family.siblings:
            self.siblings_of.setdefault(s.a, []).append(s)
        self.links_of: dict[str, list[Link]] = {}
        for link in family.links:
            self.links_of.setdefault(link.a, []).append(link)

    def _new_fam(self, husb: str | None, wife: str | None) -> _Fam:
        fam = _Fam(xref=f"@F{len(self.fams) + 1}@", husb=husb, wife=wife)
        self.fams.append(fam)
        return fam

    def _plan_unions(self) -> None:
        for u in self.family.unions:
            a, b = (self.people[pid] for pid in u.partners)
            husb, wife, rev = _roles(a, b)
            fam = self._new_fam(husb, wife)
            fam.union, fam.reversed = u, rev
            self.by_key.setdefault(_key(a.id, b.id), fam)

    def _parents_fam(self, parents: list[str]) -> _Fam:
        key = _key(*parents)
        if key not in self.by_key:
            rev = False
            if len(parents) == 2:
                husb, wife, rev = _roles(self.people[parents[0]], self.people[parents[1]])
            elif self.people[parents[0]].gender == "female":
                husb, wife = None, parents[0]
            else:
                husb, wife = parents[0], None
            self.by_key[key] = self._new_fam(husb, wife)
            self.by_key[key].reversed = rev
        return self.by_key[key]

    def _plan_children(self) -> None:
        groups: dict[str, dict[str, list[tuple[str, list[tuple[int, int]]]]]] = {}
        for tie in self.family.children:
            ties = groups.setdefault(tie.child, {}).setdefault(tie.kind, [])
            if all(p != tie.parent for p, _ in ties):
                ties.append((tie.parent, list(tie.evidence)))
        for child, kinds in groups.items():
            for kind, ties in kinds.items():
                for pair in self._pairs([p for p, _ in ties]):
                    fam = self._parents_fam(pair)
                    if child not in fam.children:
                        fam.children.append(child)
                    link = _Famc(fam, kind)
                    for parent, evidence in ties:
                        if parent in pair and parent == fam.husb:
                            link.husb_evidence = evidence
                        elif parent in pair:
                            link.wife_evidence = evidence
                    self.famc.setdefault(child, []).append(link)

    def _pairs(self, parents: list[str]) -> list[list[str]]:
        """Split a child's parents of one kind into couples: partners first, then in order."""
        rest, out = list(parents), []
        while rest:
            p = rest.pop(0)
            q = next((q for q in rest if _key(p, q) in self.by_key), rest[0] if rest else None)
            if q is None:
                out.append([p])
            else:
                rest.remove(q)
                out.append([p, q])
        return out

    def _plan_events(self) -> None:
        merged: set[tuple[str, str]] = set()
        for ev in self.family.events:
            fam = self._fam_host(ev)
            if fam is not None:
                fam.events.append(ev)
            elif ev.people:
                host = ev.people[0]
                tag = "EVEN"
                if (ev.type in INDI_EVENT_TAGS and len(ev.people) == 1
                        and (host, ev.type) not in merged and self._merges(ev)):
                    merged.add((host, ev.type))
                    tag = INDI_EVENT_TAGS[ev.type]
                self.indi_events.setdefault(host, []).append((tag, ev))
            else:
                self.record_events.append(ev)

    def _fam_host(self, ev: Event) -> _Fam | None:
        if ev.type not in FAM_EVENT_TAGS or len(ev.people) != 2:
            return None
        fam = self.by_key.get(_key(*ev.people))
        return fam if fam is not None and fam.union is not None else None

    def _merges(self, ev: Event) -> bool:
        """Whether a birth/death event can be the person's one BIRT/DEAT (same year)."""
        p = self.people[ev.people[0]]
        if ev.type == "birth":
            return ev.when.year == p.birth_year
        return (p.deceased or p.death_year is not None) and ev.when.year == p.death_year


def dump_gedcom(family: Family) -> str:
    """The family as GEDCOM 7.0 text (UTF-8 when written; lines end with LF)."""
    plan = _Plan(family)
    w = LineWriter()
    _head(w, family, plan)
    for person in family.people:
        _indi(w, person, plan)
    for fam in plan.fams:
        _fam(w, fam, plan)
    for i, ev in enumerate(plan.record_events, start=1):
        w.add(0, "_GENO_EVENT", xref=f"@E{i}@")
        _record_event(w, ev)
    for i, finding in enumerate(family.findings, start=1):
        w.add(0, "_GENO_FINDING", finding.code, xref=f"@X{i}@")
        w.add(1, "_GENO_KIND", finding.kind)
        if finding.message:
            w.add(1, "_GENO_MESSAGE", finding.message)
        for pid in finding.people:
            w.pointer(1, "_GENO_PERSON", plan.xref[pid])
        _spans(w, 1, "_GENO_EVIDENCE", finding.evidence)
    w.add(0, "TRLR")
    return w.text()


def _head(w: LineWriter, family: Family, plan: _Plan) -> None:
    w.add(0, "HEAD")
    w.add(1, "GEDC")
    w.add(2, "VERS", "7.0")
    w.add(1, "SCHMA")
    for line in schema_lines():
        w.add(2, "TAG", line)
    w.add(1, "SOUR", "genogram")
    w.add(2, "VERS", _version())
    w.add(2, "NAME", "genogram")
    src = family.source
    w.add(1, "_GENO_SOURCE", src.name)
    w.add(2, "_GENO_SHA256", src.sha256)
    w.add(2, "_GENO_CHARS", str(src.chars))
    for seg in family.narration:
        w.add(1, "_GENO_NARRATION", f"{seg.start}-{seg.end}")
        if seg.narrator is not None:
            w.pointer(2, "_GENO_PERSON", plan.xref[seg.narrator])


def _spans(w: LineWriter, level: int, tag: str, spans: list[tuple[int, int]]) -> None:
    for payload in span_payloads(spans):
        w.add(level, tag, payload)


def name_payload(name: str) -> tuple[str, bool]:
    """A NAME payload (``Given /Surname/``) and whether reading it back loses something."""
    clean = " ".join(name.replace("/", " ").split())
    words = clean.split(" ")
    payload = f"{' '.join(words[:-1])} /{words[-1]}/" if len(words) > 1 else clean
    return payload, clean != name or not clean


def _name(w: LineWriter, name: str, *, alias: bool) -> None:
    payload, lossy = name_payload(name)
    w.add(1, "NAME", payload)
    if alias:
        w.add(2, "TYPE", "AKA")
    if lossy:
        w.add(2, "_GENO_NAME", name)


def _year_date(w: LineWriter, level: int, year: int | None, approx: bool,
               phrase: str | None) -> bool:
    """Write DATE (or _GENO_YEAR); True when a DATE carried the year, approximation and text."""
    if year is not None and 1 <= abs(year) <= 9999:
        epoch = " BCE" if year < 0 else ""
        w.add(level, "DATE", f"{'ABT ' if approx else ''}{abs(year)}{epoch}")
        if phrase is not None:
            w.add(level + 1, "PHRASE", phrase)
        return True
    if year is not None:
        w.add(level, "_GENO_YEAR", str(year))
    return False


def _indi(w: LineWriter, p: Person, plan: _Plan) -> None:
    w.add(0, "INDI", xref=plan.xref[p.id])
    if p.name is not None:
        _name(w, p.name, alias=False)
    for alias in p.aliases:
        _name(w, alias, alias=True)
    w.add(1, "SEX", SEX_CODES[p.gender])
    events = plan.indi_events.get(p.id, [])
    tags = {tag for tag, _ in events}
    if p.birth_year is not None and "BIRT" not in tags:
        w.add(1, "BIRT")
        _year_date(w, 2, p.birth_year, False, None)
    if (p.deceased or p.death_year is not None) and "DEAT" not in tags:
        w.add(1, "DEAT", "" if p.death_year is not None else "Y")
        _year_date(w, 2, p.death_year, False, None)
        if not p.deceased:
            w.add(2, "_GENO_ALIVE", "Y")
    for tag, ev in events:
        _hosted_event(w, tag, ev, p, plan)
    for link in plan.famc.get(p.id, []):
        _famc(w, link)
    for fam in plan.fams_of.get(p.id, []):
        w.pointer(1, "FAMS", fam.xref)
    _associations(w, p, plan)
    w.add(1, "_GENO_ID", p.id)
    for desc in p.descriptions:
        w.add(1, "_GENO_DESC", desc)
    if p.narrator:
        w.add(1, "_GENO_NARRATOR", "Y")
    if p.age is not None:
        w.add(1, "_GENO_AGE", str(p.age))
    _spans(w, 1, "_GENO_MENTIONS", p.mentions)


def _hosted_event(w: LineWriter, tag: str, ev: Event, p: Person, plan: _Plan) -> None:
    _event_line(w, tag, ev)
    _event_details(w, 2, ev, plan, others=ev.people[1:], with_type=tag == "EVEN")
    if tag == "DEAT" and not p.deceased:
        w.add(2, "_GENO_ALIVE", "Y")


def _event_line(w: LineWriter, tag: str, ev: Event) -> None:
    """``1 TAG``, with ``Y`` for a standard event that has no DATE (GEDCOM's "it happened")."""
    dated = ev.when.year is not None and 1 <= abs(ev.when.year) <= 9999
    w.add(1, tag, "" if dated or tag == "EVEN" else "Y")


def _event_details(w: LineWriter, level: int, ev: Event, plan: _Plan, *, others: list[str],
                   with_type: bool, reversed_: bool = False) -> None:
    """The substructures of an event at ``level``: TYPE, DATE, NOTE, ASSO and extensions."""
    if with_type:
        w.add(level, "TYPE", ev.type)
    if not _year_date(w, level, ev.when.year, ev.when.approximate, ev.when.text):
        if ev.when.approximate:
            w.add(level, "_GENO_APPROX", "Y")
        if ev.when.text is not None:
            w.add(level, "_GENO_WHEN", ev.when.text)
    if ev.summary:
        w.add(level, "NOTE", ev.summary)
    for pid in others:
        w.pointer(level, "ASSO", plan.xref[pid])
        w.add(level + 1, "ROLE", "OTHER")
    w.add(level, "_GENO_ID", ev.id)
    if ev.when.order:
        w.add(level, "_GENO_ORDER", str(ev.when.order))
    if reversed_:
        w.add(level, "_GENO_REVERSED", "Y")
    _spans(w, level, "_GENO_EVIDENCE", ev.evidence)


def _record_event(w: LineWriter, ev: Event) -> None:
    """The body of a ``_GENO_EVENT`` record: only genogram's own tags (no GEDCOM meaning)."""
    w.add(1, "_GENO_TYPE", ev.type)
    if ev.when.year is not None:
        w.add(1, "_GENO_YEAR", str(ev.when.year))
    if ev.when.approximate:
        w.add(1, "_GENO_APPROX", "Y")
    if ev.when.text is not None:
        w.add(1, "_GENO_WHEN", ev.when.text)
    if ev.summary:
        w.add(1, "_GENO_SUMMARY", ev.summary)
    w.add(1, "_GENO_ID", ev.id)
    if ev.when.order:
        w.add(1, "_GENO_ORDER", str(ev.when.order))
    _spans(w, 1, "_GENO_EVIDENCE", ev.evidence)


def _famc(w: LineWriter, link: _Famc) -> None:
    w.pointer(1, "FAMC", link.fam.xref)
    pedi, phrase = PEDIGREE[link.kind]
    w.add(2, "PEDI", pedi)
    if phrase:
        w.add(3, "PHRASE", phrase)
    _spans(w, 2, "_GENO_HUSB_EVIDENCE", link.husb_evidence)
    _spans(w, 2, "_GENO_WIFE_EVIDENCE", link.wife_evidence)


def _associations(w: LineWriter, p: Person, plan: _Plan) -> None:
    for s in plan.siblings_of.get(p.id, []):
        w.pointer(1, "ASSO", plan.xref[s.b])
        w.add(2, "ROLE", "OTHER")
        w.add(3, "PHRASE", "sibling" if s.kind == "unknown" else f"{s.kind} sibling")
        w.add(2, "_GENO_SIBLING", s.kind)
        _spans(w, 2, "_GENO_EVIDENCE", s.evidence)
    for link in plan.links_of.get(p.id, []):
        w.pointer(1, "ASSO", plan.xref[link.b])
        if link.type == "friend":
            w.add(2, "ROLE", "FRIEND")
        else:
            w.add(2, "ROLE", "OTHER")
            w.add(3, "PHRASE", link.type)
        w.add(2, "_GENO_LINK", link.type)
        _spans(w, 2, "_GENO_EVIDENCE", link.evidence)


def _fam(w: LineWriter, fam: _Fam, plan: _Plan) -> None:
    w.add(0, "FAM", xref=fam.xref)
    if fam.husb is not None:
        w.pointer(1, "HUSB", plan.xref[fam.husb])
    if fam.wife is not None:
        w.pointer(1, "WIFE", plan.xref[fam.wife])
    for child in fam.children:
        w.pointer(1, "CHIL", plan.xref[child])
    order = [fam.husb, fam.wife]
    for ev in fam.events:
        _event_line(w, FAM_EVENT_TAGS[ev.type], ev)
        _event_details(w, 2, ev, plan, others=[], with_type=False, reversed_=ev.people != order)
    u = fam.union
    if u is None:
        w.add(1, "_GENO_NOUNION", "Y")
        if fam.reversed:
            w.add(1, "_GENO_REVERSED", "Y")
        return
    hosted = {ev.type for ev in fam.events}
    if u.type == "marriage" and "marriage" not in hosted:
        w.add(1, "MARR", "Y")
    if u.type == "engagement" and "engagement" not in hosted:
        w.add(1, "ENGA", "Y")
    if u.status == "divorced" and "divorce" not in hosted:
        w.add(1, "DIV", "Y")
    w.add(1, "_GENO_ID", u.id)
    w.add(1, "_GENO_UNION", u.type)
    w.add(1, "_GENO_STATUS", u.status)
    if fam.reversed:
        w.add(1, "_GENO_REVERSED", "Y")
    _spans(w, 1, "_GENO_EVIDENCE", u.evidence)
