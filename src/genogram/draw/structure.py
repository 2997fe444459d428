"""Stage 0: from the family model to what is drawn (nodes, couples, families, overlay ties).

A *node* is a person or a phantom (an unknown parent the story does not name). A *couple* joins two
nodes with a horizontal line: a union of the model, two parents with no stated union ("implied"),
or a parent and a phantom. A *family* is a set of children hanging from one couple (or, for a
caregiver or step parent alone, from one node). Every child hangs from at most one family; its other
parent ties become overlay *ties* (for example the biological parents of an adopted child).

Choices (documented in docs/drawing.md):
- primary family: adoptive parents, else biological, else foster; two parents who form a couple
  are preferred over two who do not;
- one known parent: if that parent's partner is the child's step parent, the child hangs from that
  couple with a step line; otherwise from the parent and a phantom partner (as kinship2 and
  pedigreejs do), one phantom per parent shared by all such children;
- only a caregiver or step parent: the child hangs from that person (or couple) with that kind's line;
- siblings with no parent in the model: full, twin and unknown-kind siblings join the family of a
  sibling who has one, or share a pair of phantom parents; half and step sibling ties the sibships
  do not show are drawn as overlay ties;
- pregnancies, stillbirths, miscarriages and abortions (``births.py``): such a person is drawn as a
  small symbol of that kind; a pregnancy event with no person of its own adds a small node that
  hangs from the expectant parent(s) like a child.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from genogram.draw import births, style
from genogram.model import ChildOf, DrawingError, Family, Person

PRIMARY_ORDER = ("adoptive", "biological", "foster")


@dataclass
class Node:
    """A person (``person`` set) or a phantom parent (``person`` is None). ``kind``: "person", or
    pregnancy / stillbirth / miscarriage / abortion (a small symbol); ``event``: the pregnancy
    event a node stands for when it is no person of the model (``person`` is then made up)."""

    id: str
    person: Person | None
    lines: tuple[str, ...] = ()
    width: float = style.SYMBOL
    height: float = style.SYMBOL
    index: bool = False
    kind: str = "person"
    event: str | None = None

    @property
    def phantom(self) -> bool:
        return self.person is None

    @property
    def size(self) -> float:
        if self.person is None:
            return style.PHANTOM
        return style.KIND_SIZE.get(self.kind, style.SYMBOL)


@dataclass
class Couple:
    """A line joining two nodes of one row: a union, implied parents, or a parent and a phantom."""

    id: str
    a: str
    b: str
    type: str  # a UnionType, or "implied" / "phantom"
    status: str = "together"
    label: str | None = None
    union_ids: tuple[str, ...] = ()


@dataclass
class Descent:
    """Children hanging from one couple (``couple``) or from one node alone (``parent``)."""

    id: str
    couple: str | None
    parent: str | None
    children: list[tuple[str, str]] = field(default_factory=list)  # (child, kind)
    twins: list[set[str]] = field(default_factory=list)


@dataclass
class Tie:
    """An overlay line that is not an emotional link: a secondary parent tie or a sibling tie."""

    a: str
    b: str
    type: str  # "child:<kind>" or "tie:<sibling kind>"


@dataclass
class Structure:
    """Everything the later stages need, with deterministic orders."""

    nodes: dict[str, Node]
    couples: dict[str, Couple]
    descents: dict[str, Descent]
    ties: list[Tie]
    index: str | None
    birth_key: dict[str, float]

    def couple_of(self, cid: str) -> Couple:
        return self.couples[cid]


# --- labels --------------------------------------------------------------------------------------


def wrap_name(name: str, limit: int = style.MAX_LABEL_CHARS) -> list[str]:
    """Split a name into at most two lines of about ``limit`` characters (ellipsis beyond)."""
    name = " ".join(name.split()) or "?"
    if len(name) <= limit:
        return [name]
    words = name.split(" ")
    first = ""
    rest_at = 0
    for i, word in enumerate(words):
        candidate = f"{first} {word}".strip()
        if len(candidate) > limit:
            break
        first = candidate
        rest_at = i + 1
    if not first:  # one very long word
        first, rest = name[:limit - 1] + "-", name[limit - 1:]
    else:
        rest = " ".join(words[rest_at:])
    if len(rest) > limit:
        rest = rest[:limit - 1].rstrip() + "…"
    return [first, rest] if rest else [first]


def info_line(p: Person) -> str | None:
    """Years and age under the name: "1920–1990", "b. 1950 · 74", "age 42"."""
    parts: list[str] = []
    if p.birth_year is not None and p.death_year is not None:
        parts.append(f"{p.birth_year}–{p.death_year}")
    elif p.birth_year is not None:
        parts.append(f"b. {p.birth_year}")
    elif p.death_year is not None:
        parts.append(f"d. {p.death_year}")
    if p.age is not None:
        parts.append(f"age {p.age}" if not parts else str(p.age))
    return " · ".join(parts) if parts else None


def make_node(p: Person | None, nid: str, kind: str = "person",
              lines: list[str] | None = None) -> Node:
    if p is None:
        return Node(nid, None, (), style.PHANTOM + 8, style.PHANTOM)
    if lines is None:
        lines = wrap_name(p.label)
        info = info_line(p)
        if info:
            lines.append(info)
    size = style.KIND_SIZE.get(kind, style.SYMBOL)
    width = max([size + 20] + [style.text_width(t) + 6 for t in lines])
    # a small symbol is centred where a full one would be: its text starts higher
    height = (style.SYMBOL + size) / 2 + style.LABEL_GAP + style.LINE_H * len(lines)
    return Node(nid, p, tuple(lines), width, height, kind=kind)


def expected_node(e: births.Expected, nid: str) -> Node:
    """The node of a pregnancy (or loss) that is no person of the model: its year as text."""
    text = style.KIND_LABEL[e.kind] + (f" {e.year}" if e.year is not None else "")
    title = style.KIND_TITLE[e.kind] + (f" ({e.year})" if e.year is not None else "")
    p = Person(id=nid, descriptions=[title])
    node = make_node(p, nid, e.kind, [text])
    node.event = e.id
    return node


# --- the index person ----------------------------------------------------------------------------


def resolve_index(family: Family, index: str | None) -> str | None:
    """The id of the index person: ``index`` matched by id, name or alias; else the first narrator."""
    if index is None:
        for seg in family.narration:
            if seg.narrator is not None:
                return seg.narrator
        for p in family.people:
            if p.narrator:
                return p.id
        return None
    wanted = index.strip()
    for p in family.people:
        if p.id == wanted:
            return p.id
    low = wanted.casefold()
    for p in family.people:
        names = [p.name or "", *p.aliases, p.label]
        if any(n and n.casefold() == low for n in names):
            return p.id
    raise DrawingError(f"no person named {index!r} to use as the index person", code="E501")


# --- birth order ---------------------------------------------------------------------------------


def birth_keys(family: Family) -> dict[str, float]:
    """A comparable birth time for each person whose birth year or age is known (smaller = older)."""
    refs = [p.birth_year + p.age for p in family.people
            if p.birth_year is not None and p.age is not None]
    ref = sorted(refs)[len(refs) // 2] if refs else datetime.date.today().year
    keys: dict[str, float] = {}
    for p in family.people:
        if p.birth_year is not None:
            keys[p.id] = float(p.birth_year)
        elif p.age is not None:
            keys[p.id] = float(ref - p.age)
    return keys


# --- couples -------------------------------------------------------------------------------------


def union_labels(family: Family) -> dict[frozenset[str], list[tuple[int, str]]]:
    """Year labels per pair of partners, from marriage/divorce/... events with a year."""
    labels: dict[frozenset[str], list[tuple[int, str]]] = {}
    for ev in family.events:
        abbrev = style.EVENT_ABBREV.get(ev.type)
        if abbrev is None or ev.when.year is None or len(set(ev.people)) != 2:
            continue
        key = frozenset(ev.people)
        item = (ev.when.year, f"{abbrev} {ev.when.year}")
        if item not in labels.setdefault(key, []):
            labels[key].append(item)
    return labels


class _Builder:
    def __init__(self, family: Family, index: str | None) -> None:
        self.family = family
        kinds = births.person_kinds(family)
        self.nodes: dict[str, Node] = {p.id: make_node(p, p.id, kinds.get(p.id, "person"))
                                       for p in family.people}
        self.couples: dict[str, Couple] = {}
        self.pair_couple: dict[frozenset[str], str] = {}
        self.descents: dict[str, Descent] = {}
        self.ties: list[Tie] = []
        self.index = index
        self.placed: dict[str, str] = {}  # child -> descent id
        self.phantom_of: dict[str, str] = {}  # parent -> phantom id
        if index is not None:
            self.nodes[index].index = True

    # ids that cannot collide with person ids: they contain a character no reader produces
    def _fresh(self, prefix: str) -> str:
        n = 1
        while f"{prefix}#{n}" in self.nodes or f"{prefix}#{n}" in self.couples:
            n += 1
        return f"{prefix}#{n}"

    def add_unions(self) -> None:
        labels = union_labels(self.family)
        gender = {p.id: p.gender for p in self.family.people}
        for u in self.family.unions:
            a, b = u.partners
            if a == b:
                continue
            key = frozenset((a, b))
            if gender[a] == "female" and gender[b] == "male":
                a, b = b, a
            if key in self.pair_couple:  # the same two people again: the later union wins
                old = self.couples[self.pair_couple[key]]
                old.type, old.status = u.type, u.status
                old.union_ids = (*old.union_ids, u.id)
                continue
            text = " ".join(t for _, t in sorted(labels.get(key, [])))
            self.couples[u.id] = Couple(u.id, a, b, u.type, u.status, text or None, (u.id,))
            self.pair_couple[key] = u.id

    def couple_for(self, a: str, b: str) -> str:
        key = frozenset((a, b))
        if key not in self.pair_couple:
            cid = self._fresh("implied")
            self.couples[cid] = Couple(cid, a, b, "implied")
            self.pair_couple[key] = cid
        return self.pair_couple[key]

    def phantom_couple(self, parent: str) -> str:
        if parent not in self.phantom_of:
            pid = self._fresh("phantom")
            self.nodes[pid] = make_node(None, pid)
            self.phantom_of[parent] = pid
            cid = self._fresh("phantom-couple")
            self.couples[cid] = Couple(cid, parent, pid, "phantom")
            self.pair_couple[frozenset((parent, pid))] = cid
        return self.pair_couple[frozenset((parent, self.phantom_of[parent]))]

    def descent(self, couple: str | None, parent: str | None) -> Descent:
        did = f"couple:{couple}" if couple is not None else f"solo:{parent}"
        if did not in self.descents:
            self.descents[did] = Descent(did, couple, parent)
        return self.descents[did]

    def place(self, child: str, d: Descent, kind: str) -> None:
        d.children.append((child, kind))
        self.placed[child] = d.id

    def add_children(self) -> None:
        ties: dict[str, list[ChildOf]] = {}
        for t in self.family.children:
            ties.setdefault(t.child, []).append(t)
        for child in (p.id for p in self.family.people):
            if child in ties:
                self._place_child(child, ties[child])

    def _place_child(self, child: str, ties: list[ChildOf]) -> None:
        kinds = {}
        for t in ties:  # one kind per parent: the first stated
            kinds.setdefault(t.parent, t.kind)
        primary = [p for p, k in kinds.items() if k in PRIMARY_ORDER]
        primary.sort(key=lambda p: PRIMARY_ORDER.index(kinds[p]))
        used: list[str] = []
        d: Descent | None = None
        kind = "biological"
        if len(primary) >= 2:
            pairs = [(a, b) for i, a in enumerate(primary) for b in primary[i + 1:]]
            coupled = [pr for pr in pairs if frozenset(pr) in self.pair_couple]
            a, b = (coupled or pairs)[0]
            d = self.descent(self.couple_for(a, b), None)
            # born to one of them: a biological line (a second-parent adoption stays solid)
            pair_kinds = {kinds[a], kinds[b]}
            kind = "biological" if "biological" in pair_kinds else \
                min(pair_kinds, key=PRIMARY_ORDER.index)
            used = [a, b]
        elif len(primary) == 1:
            p = primary[0]
            kind = kinds[p]
            step = [s for s, k in kinds.items() if k == "step"
                    and frozenset((p, s)) in self.pair_couple]
            if step:
                d = self.descent(self.pair_couple[frozenset((p, step[0]))], None)
                kind = "step"
                used = [p, step[0]]
            else:
                d = self.descent(self.phantom_couple(p), None)
                used = [p]
        else:
            social = [p for p, k in kinds.items() if k in ("caregiver", "step")]
            if social:
                pairs = [(a, b) for i, a in enumerate(social) for b in social[i + 1:]
                         if frozenset((a, b)) in self.pair_couple]
                if pairs:
                    a, b = pairs[0]
                    d = self.descent(self.pair_couple[frozenset((a, b))], None)
                    used = [a, b]
                else:
                    d = self.descent(None, social[0])
                    used = [social[0]]
                kind = kinds[used[0]]
        if d is None:
            return
        self.place(child, d, kind)
        partners = self._partners_of_used(used)
        for p, k in kinds.items():
            if p in used:
                continue
            if k == "step" and p in partners:
                continue  # a step parent married to a parent: the union line already says it
            self.ties.append(Tie(p, child, f"child:{k}"))

    def _partners_of_used(self, used: list[str]) -> set[str]:
        out: set[str] = set()
        for c in self.couples.values():
            if c.a in used:
                out.add(c.b)
            if c.b in used:
                out.add(c.a)
        return out

    def add_siblings(self) -> None:
        sibs = [s for s in self.family.siblings if s.a != s.b]
        # join full/twin/unknown siblings into groups
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.setdefault(x, x) != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for s in sibs:
            if s.kind in ("full", "twin", "unknown"):
                parent[find(s.a)] = find(s.b)
        groups: dict[str, list[str]] = {}
        for pid in (p.id for p in self.family.people):
            if pid in parent:
                groups.setdefault(find(pid), []).append(pid)
        for members in groups.values():
            homes = [self.placed[m] for m in members if m in self.placed]
            if homes:
                d = self.descents[homes[0]]
            else:
                pa, pb = self._fresh("phantom"), ""
                self.nodes[pa] = make_node(None, pa)
                pb = self._fresh("phantom")
                self.nodes[pb] = make_node(None, pb)
                cid = self._fresh("phantom-couple")
                self.couples[cid] = Couple(cid, pa, pb, "phantom")
                d = self.descent(cid, None)
            for m in members:
                if m not in self.placed:
                    self.place(m, d, "biological")
        for s in sibs:
            same = self.placed.get(s.a) is not None and self.placed.get(s.a) == self.placed.get(s.b)
            if s.kind == "twin" and same:
                self._add_twins(self.descents[self.placed[s.a]], s.a, s.b)
            elif not same:
                kind = {"half": "half-sibling", "step": "step-sibling"}.get(s.kind, "sibling")
                self.ties.append(Tie(s.a, s.b, f"tie:{kind}"))

    def add_expected(self, birth: dict[str, float]) -> None:
        """Pregnancies with no person of their own: a node under the expectant parent(s)."""
        youngest = max(birth.values(), default=0.0) + 1.0
        for nid, n in self.nodes.items():
            if n.kind == "pregnancy" and nid not in birth:
                birth[nid] = youngest
        for e in births.expected(self.family, birth):
            nid = self._fresh(e.kind)
            self.nodes[nid] = expected_node(e, nid)
            if len(e.parents) == 2:
                d = self.descent(self.couple_for(*e.parents), None)
            else:
                d = self.descent(self.phantom_couple(e.parents[0]), None)
            self.place(nid, d, "biological")
            if e.year is not None:
                birth[nid] = float(e.year)
            elif e.kind == "pregnancy":
                birth[nid] = youngest  # a pregnancy with no year: the youngest of its sibship

    @staticmethod
    def _add_twins(d: Descent, a: str, b: str) -> None:
        hit = [g for g in d.twins if a in g or b in g]
        merged = {a, b}.union(*hit) if hit else {a, b}
        d.twins = [g for g in d.twins if g not in hit] + [merged]

    def build(self, birth: dict[str, float]) -> Structure:
        self.add_unions()
        self.add_children()
        self.add_siblings()
        self.add_expected(birth)
        return Structure(self.nodes, self.couples, self.descents, self.ties, self.index, birth)


def build_structure(family: Family, index: str | None = None) -> Structure:
    """Stage 0: the drawable structure of ``family`` (index: a name, alias or id, or None)."""
    idx = resolve_index(family, index)
    return _Builder(family, idx).build(birth_keys(family))
