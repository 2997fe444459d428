"""Kinship calculator: how is B related to A? (after Gramps' relationship module).

Two pure functions, kept apart on purpose:

- :func:`relationship` reads the family graph and returns a structured :class:`Relationship`:
  the path of :class:`Step` from A to B, the generations ``ga`` / ``gb`` from A's and B's side up to
  the common ancestor, and the flags ``half``, ``step``, ``in_law``, ``ex``, with B's gender.
- :func:`describe` phrases a :class:`Relationship` in plain English: "maternal grandmother",
  "half-brother", "first cousin once removed" (degree = min(ga, gb) - 1, removed = |ga - gb|),
  "son-in-law", "stepfather", "ex-wife"; gender-neutral words when B's gender is not known.

The graph: parent ties (``ChildOf``) of every kind, unions of every type and status (partner steps),
and sibling ties. Blood runs through biological and adoptive parent ties; step, foster and caregiver
ties are named as such when direct and otherwise only appear in a path. Siblings stated without
parents share a virtual parent (a half tie: a virtual parent of their own). Two people who share a
child but have no union are *co-parents*; relatives reached through them are phrased through the
child ("daughter's grandfather"), never as in-laws.

Choice of path: the cheapest explanation wins, counting one per step (a co-parent counts two, the
child and back up); at equal cost a stated union beats blood, blood beats a direct non-blood tie,
which beats step and in-law readings; a path through a real common ancestor beats a virtual one.
When nothing structured fits, the shortest path is phrased as a chain ("wife's brother's son").
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from genogram.model import Family

Move = Literal["parent", "child", "sibling", "partner"]
Kind = Literal["self", "partner", "blood", "tie", "step", "in-law", "co-parent", "chain"]
Side = Literal["maternal", "paternal"]

BLOOD_KINDS = frozenset({"biological", "adoptive"})
"""Parent-tie kinds that carry blood (legal) kinship through more than one generation."""
EX_STATUSES = frozenset({"divorced", "separated", "ended"})
"""Union statuses that make a partner an ex."""
COPARENT = "co-parent"
"""The ``type`` of a :class:`Partnership` between two people who only share a child."""


@dataclass(frozen=True)
class Step:
    """One move along the family graph: ``dst`` is ``src``'s parent, child, sibling or partner.

    ``tie`` is the tie's own kind: a ``ChildOf.kind``, a ``Sibling.kind`` ("inferred" for siblings
    who only share a parent or a sibling), or a ``Union.type``; ``status`` is a union's status.
    ``gender`` is the gender of ``dst``.
    """

    src: str
    dst: str
    move: Move
    tie: str
    gender: str = "unknown"
    status: str | None = None


@dataclass(frozen=True)
class Partnership:
    """The partner step at one end of an in-law or step relationship (or of a partner answer).

    ``person`` is the partner of ``of``. ``type`` is the union type, or ``"co-parent"`` when the two
    only share a child (then ``child`` / ``child_gender`` name that child, seen from ``of``).
    """

    person: str
    of: str
    type: str
    status: str | None = None
    gender: str = "unknown"
    child: str | None = None
    child_gender: str = "unknown"

    @property
    def ex(self) -> bool:
        """True when the union is over by divorce, separation or a break-up."""
        return self.status in EX_STATUSES


@dataclass(frozen=True)
class Relationship:
    """How B is related to A, as structure (phrase it with :func:`describe`).

    ``kind``: ``self``; ``partner`` (B is A's partner, see ``a_partner``); ``blood`` (a common
    ancestor, real or the virtual parent of stated siblings); ``tie`` (a direct step, foster or
    caregiver parent tie, or a step-sibling tie); ``step`` (through a partner, to a partner's
    descendant or an ancestor's partner, or a parent's partner's child); ``in-law`` (through a
    partner at A's end, at B's end, or both); ``co-parent`` (a relative of the other parent of
    A's child, with no union between them: phrased through the child); ``chain`` (nothing
    simpler fits: ``path`` only).

    ``ga`` / ``gb``: generations from A's side and B's side up to the common ancestor (for in-law
    and step answers: of the blood part between the partners). ``ancestors``: the real common
    ancestors at that level (two for a couple). ``side``: for ancestors two or more generations up,
    the gender of the parent the line runs through.
    """

    a: str
    b: str
    kind: Kind
    path: tuple[Step, ...] = ()
    ga: int = 0
    gb: int = 0
    ancestors: tuple[str, ...] = ()
    half: bool = False
    step: bool = False
    in_law: bool = False
    ex: bool = False
    gender: str = "unknown"
    side: Side | None = None
    tie: str | None = None
    a_partner: Partnership | None = None
    b_partner: Partnership | None = None
    deceased: bool = False

    @property
    def degree(self) -> int:
        """Cousin degree: min(ga, gb) - 1 (0: siblings, aunts, nephews; 1: first cousins)."""
        return min(self.ga, self.gb) - 1

    @property
    def removed(self) -> int:
        """Generations removed: |ga - gb|."""
        return abs(self.ga - self.gb)


# ----------------------------------------------------------------------------------------------
# The graph


@dataclass(frozen=True)
class _Virtual:
    """A virtual parent: of a sibling group (``group``) or of one half-sibling pair (``half``)."""

    kind: str
    key: str


_Node = str | _Virtual


class _Graph:
    """Adjacency over one family, built once per call."""

    def __init__(self, family: Family) -> None:
        self.gender = {p.id: p.gender for p in family.people}
        self.deceased = {p.id: p.deceased for p in family.people}
        self.parents: dict[str, dict[str, str]] = {}
        self.children: dict[str, dict[str, str]] = {}
        for c in family.children:
            self.parents.setdefault(c.child, {}).setdefault(c.parent, c.kind)
            self.children.setdefault(c.parent, {}).setdefault(c.child, c.kind)
        self.sib: dict[str, dict[str, str]] = {}
        for s in family.siblings:
            if s.a != s.b:
                self.sib.setdefault(s.a, {})[s.b] = s.kind
                self.sib.setdefault(s.b, {})[s.a] = s.kind
        self.unions: dict[str, dict[str, tuple[str, str]]] = {}
        for u in family.unions:
            x, y = u.partners
            if x == y:
                continue
            for p, q in ((x, y), (y, x)):
                known = self.unions.setdefault(p, {})
                # several unions of one couple: the one still together wins, else the last stated
                if q not in known or known[q][1] != "together":
                    known[q] = (u.type, u.status)
        self._root: dict[str, str] = {}
        for a, others in self.sib.items():
            for b, kind in others.items():
                if kind in ("full", "twin", "unknown"):
                    self._join(a, b)
        self._groups: dict[str, list[str]] = {}
        for pid in list(self._root):
            self._groups.setdefault(self._find(pid), []).append(pid)

    # sibling groups: siblings by a full, twin or unknown tie share their parents
    def _find(self, x: str) -> str:
        root = self._root.setdefault(x, x)
        while root != self._root[root]:
            root = self._root[root]
        while self._root[x] != root:
            self._root[x], x = root, self._root[x]
        return root

    def _join(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._root[max(ra, rb)] = min(ra, rb)

    def group(self, x: str) -> list[str]:
        """x's sibling group (x included, x alone if it has none)."""
        return self._groups.get(self._find(x), [x]) if x in self._root else [x]

    def blood_parents(self, x: str) -> dict[str, str]:
        return {p: k for p, k in self.parents.get(x, {}).items() if k in BLOOD_KINDS}

    def parent_set(self, x: str) -> set[str]:
        """x's blood parents, with those of x's sibling group."""
        out: set[str] = set()
        for y in self.group(x):
            out.update(self.blood_parents(y))
        return out

    def step(self, src: str, dst: str, move: Move, tie: str, status: str | None = None) -> Step:
        return Step(src, dst, move, tie, self.gender.get(dst, "unknown"), status)

    def sibling_step(self, x: str, y: str) -> Step:
        return self.step(x, y, "sibling", self.sib.get(x, {}).get(y, "inferred"))

    def up(self, x: str) -> Iterator[tuple[_Node, tuple[Step, ...]]]:
        """One generation up from x: (ancestor or virtual node, the steps to reach a real one)."""
        own = self.blood_parents(x)
        for p, kind in own.items():
            yield p, (self.step(x, p, "parent", kind),)
        members = self.group(x)
        for y in members:
            if y == x:
                continue
            for p, kind in self.blood_parents(y).items():
                if p not in own:
                    yield p, (self.sibling_step(x, y), self.step(y, p, "parent", kind))
        if len(members) > 1:
            yield _Virtual("group", self._find(x)), ()
        for y, kind in self.sib.get(x, {}).items():
            if kind == "half":
                yield _Virtual("half", f"{min(x, y)}|{max(x, y)}"), ()

    def partners(self, x: str) -> dict[str, Partnership]:
        """x's partners by union, then co-parents (who share a blood child with x)."""
        out: dict[str, Partnership] = {}
        for q, (utype, status) in self.unions.get(x, {}).items():
            out[q] = Partnership(q, x, utype, status, self.gender.get(q, "unknown"))
        for c, kind in self.children.get(x, {}).items():
            if kind not in BLOOD_KINDS:
                continue
            for q in self.blood_parents(c):
                if q != x and q not in out:
                    out[q] = Partnership(q, x, COPARENT, None, self.gender.get(q, "unknown"),
                                         child=c, child_gender=self.gender.get(c, "unknown"))
        return out

    def partner_steps(self, p: Partnership) -> tuple[Step, ...]:
        if p.type == COPARENT and p.child is not None:
            kind_c = self.children[p.of][p.child]
            kind_p = self.parents[p.child][p.person]
            return (self.step(p.of, p.child, "child", kind_c),
                    self.step(p.child, p.person, "parent", kind_p))
        return (self.step(p.of, p.person, "partner", p.type, p.status),)

    def neighbours(self, x: str) -> Iterator[Step]:
        """Every tie out of x, for the chain fallback."""
        for q, (utype, status) in self.unions.get(x, {}).items():
            yield self.step(x, q, "partner", utype, status)
        for p, kind in self.parents.get(x, {}).items():
            yield self.step(x, p, "parent", kind)
        for c, kind in self.children.get(x, {}).items():
            yield self.step(x, c, "child", kind)
        for y, kind in self.sib.get(x, {}).items():
            yield self.step(x, y, "sibling", kind)
        stated = self.sib.get(x, {})
        for y in self.siblings_by_parent(x):
            if y not in stated:
                yield self.step(x, y, "sibling", "inferred")

    def siblings_by_parent(self, x: str) -> list[str]:
        """People who share x's sibling group or one of x's blood parents (x excluded)."""
        out = [y for y in self.group(x) if y != x]
        for p in self.parent_set(x):
            out += [c for c, k in self.children.get(p, {}).items()
                    if k in BLOOD_KINDS and c != x and c not in out]
        return out


# ----------------------------------------------------------------------------------------------
# Blood


@dataclass(frozen=True)
class _Blood:
    ga: int
    gb: int
    path: tuple[Step, ...]
    ancestors: tuple[str, ...]
    half: bool
    side: Side | None
    virtual: bool


def _ancestry(g: _Graph, start: str) -> dict[_Node, tuple[int, tuple[Step, ...], str]]:
    """Every ancestor of ``start`` (virtual ones too): generations, steps, and the node one
    generation below it on the way (the line's child of that ancestor)."""
    seen: dict[_Node, tuple[int, tuple[Step, ...], str]] = {start: (0, (), start)}
    queue: deque[_Node] = deque([start])
    while queue:
        x = queue.popleft()
        gen, steps, _ = seen[x]
        if isinstance(x, _Virtual):
            continue
        for anc, more in g.up(x):
            if anc not in seen:
                seen[anc] = (gen + 1, steps + more, x)
                queue.append(anc)
    return seen


def _invert(steps: tuple[Step, ...], g: _Graph) -> tuple[Step, ...]:
    """The same steps walked backwards (parent <-> child, sibling and partner stay)."""
    flip: dict[str, Move] = {"parent": "child", "child": "parent", "sibling": "sibling",
                             "partner": "partner"}
    return tuple(g.step(s.dst, s.src, flip[s.move], s.tie, s.status) for s in reversed(steps))


def _side(g: _Graph, path: tuple[Step, ...]) -> Side | None:
    for s in path:
        if s.move == "parent":
            gender = g.gender.get(s.dst, "unknown")
            return "maternal" if gender == "female" else "paternal" if gender == "male" else None
    return None


def _is_half(g: _Graph, x: str, y: str, n_common: int) -> bool:
    """Are x and y (one generation below a common ancestor) half siblings?"""
    kind = g.sib.get(x, {}).get(y)
    if kind is not None:
        return kind == "half"
    if n_common >= 2 or g._find(x) == g._find(y):
        return False
    px, py = g.parent_set(x), g.parent_set(y)
    # half only on positive evidence: each has a parent the other lacks
    return bool(px & py) and bool(px - py) and bool(py - px)


def _blood(g: _Graph, a: str, b: str) -> _Blood | None:
    if a == b:
        return None
    up_a, up_b = _ancestry(g, a), _ancestry(g, b)
    best: tuple[tuple[int, int, int, int], _Node] | None = None
    for node in up_a.keys() & up_b.keys():
        ga, sa, _ = up_a[node]
        gb, sb, _ = up_b[node]
        key = (ga + gb, int(isinstance(node, _Virtual)), len(sa) + len(sb), ga)
        if best is None or key < best[0]:
            best = (key, node)
    if best is None:
        return None
    node = best[1]
    ga, steps_a, below_a = up_a[node]
    gb, steps_b, below_b = up_b[node]
    virtual = isinstance(node, _Virtual)
    common = tuple(sorted(n for n in up_a.keys() & up_b.keys() if isinstance(n, str)
                          and up_a[n][0] == ga and up_b[n][0] == gb))
    if virtual:
        path = steps_a + (g.sibling_step(below_a, below_b),) + _invert(steps_b, g)
        half = isinstance(node, _Virtual) and node.kind == "half"
    else:
        path = steps_a + _invert(steps_b, g)
        half = ga > 0 and gb > 0 and _is_half(g, below_a, below_b, len(common))
    side = _side(g, path) if gb == 0 and ga >= 2 else None
    return _Blood(ga, gb, path, common, half, side, virtual)


# ----------------------------------------------------------------------------------------------
# The calculator


def _rel_from_blood(a: str, b: str, bl: _Blood, g: _Graph) -> Relationship:
    return Relationship(a=a, b=b, kind="blood", path=bl.path, ga=bl.ga, gb=bl.gb,
                        ancestors=bl.ancestors, half=bl.half, side=bl.side,
                        gender=g.gender.get(b, "unknown"), deceased=g.deceased.get(b, False))


def _candidates(g: _Graph, a: str, b: str) -> Iterator[tuple[tuple[int, int], Relationship]]:
    """Every structured reading of how b is related to a, each with its (cost, priority)."""
    gender, dead = g.gender.get(b, "unknown"), g.deceased.get(b, False)
    base = {"a": a, "b": b, "gender": gender, "deceased": dead}
    a_partners, b_partners = g.partners(a), g.partners(b)

    # B is A's partner
    p = a_partners.get(b)
    if p is not None and p.type != COPARENT:
        yield (1, 0), Relationship(kind="partner", path=g.partner_steps(p), a_partner=p,
                                   ex=p.ex, tie=p.type, **base)

    # blood
    bl = _blood(g, a, b)
    if bl is not None:
        tie = None
        if bl.ga + bl.gb == 1:
            tie = bl.path[0].tie if bl.path else None
        elif bl.ga == 1 and bl.gb == 1 and len(bl.path) == 1 and bl.path[0].tie == "twin":
            tie = "twin"
        rel = _rel_from_blood(a, b, bl, g)
        yield (bl.ga + bl.gb, 1 + int(bl.virtual)), replace(rel, tie=tie)

    # direct non-blood ties: step, foster or caregiver parents and children; step siblings
    for move, table in (("parent", g.parents), ("child", g.children)):
        kind = table.get(a, {}).get(b)
        if kind is not None and kind not in BLOOD_KINDS:
            ga, gb = (1, 0) if move == "parent" else (0, 1)
            yield (1, 2), Relationship(kind="tie", path=(g.step(a, b, move, kind),), ga=ga, gb=gb,
                                       tie=kind, step=kind == "step", **base)
    if g.sib.get(a, {}).get(b) == "step":
        yield (1, 2), Relationship(kind="tie", path=(g.step(a, b, "sibling", "step"),), ga=1,
                                   gb=1, tie="step", step=True, **base)

    # through A's partner: in-laws (partner's kin) and step-descendants (partner's descendants)
    for q, pa in a_partners.items():
        if q == b:
            continue
        bl = _blood(g, q, b)
        if bl is None:
            continue
        lead = g.partner_steps(pa)
        kind = "co-parent" if pa.type == COPARENT else "step" if bl.ga == 0 else "in-law"
        yield (len(lead) + bl.ga + bl.gb, 3), Relationship(
            kind=kind, path=lead + bl.path, ga=bl.ga, gb=bl.gb, ancestors=bl.ancestors,
            half=bl.half, step=kind == "step", in_law=kind == "in-law", ex=pa.ex, side=bl.side,
            a_partner=pa, **base)

    # through B's partner: child's or sibling's partner (in-law), an ancestor's partner (step)
    for r, pb in b_partners.items():
        if r == a or pb.type == COPARENT:
            continue
        bl = _blood(g, a, r)
        if bl is None:
            continue
        tail = _invert(g.partner_steps(pb), g)
        kind = "step" if bl.gb == 0 else "in-law"
        yield (len(tail) + bl.ga + bl.gb, 3), Relationship(
            kind=kind, path=bl.path + tail, ga=bl.ga, gb=bl.gb, ancestors=bl.ancestors,
            half=bl.half, step=kind == "step", in_law=kind == "in-law", ex=pb.ex, side=bl.side,
            b_partner=pb, **base)

    # through both partners: a partner's sibling's partner and the like
    for q, pa in a_partners.items():
        for r, pb in b_partners.items():
            if q in (b, r) or r == a or COPARENT in (pa.type, pb.type):
                continue
            bl = _blood(g, q, r)
            if bl is None:
                continue
            lead, tail = g.partner_steps(pa), _invert(g.partner_steps(pb), g)
            yield (len(lead) + len(tail) + bl.ga + bl.gb, 4), Relationship(
                kind="in-law", path=lead + bl.path + tail, ga=bl.ga, gb=bl.gb,
                ancestors=bl.ancestors, in_law=True, ex=pa.ex or pb.ex, a_partner=pa,
                b_partner=pb, **base)

    # a parent's partner's child who is not a sibling: a step-sibling
    for parent in g.parent_set(a):
        for q, pq in g.partners(parent).items():
            if pq.type == COPARENT or q in g.parent_set(a) or b not in g.children.get(q, {}):
                continue
            up = _blood(g, a, parent)  # one generation up, perhaps through a sibling
            lead = up.path if up is not None else ()
            path = (*lead, *g.partner_steps(pq), g.step(q, b, "child", g.children[q][b]))
            yield (len(path), 3), Relationship(kind="step", path=path, ga=1, gb=1, step=True,
                                               ex=pq.ex, **base)


def _shortest_path(g: _Graph, a: str, b: str) -> tuple[Step, ...] | None:
    prev: dict[str, Step | None] = {a: None}
    queue = deque([a])
    while queue:
        x = queue.popleft()
        if x == b:
            steps: list[Step] = []
            while (s := prev[x]) is not None:
                steps.append(s)
                x = s.src
            return tuple(reversed(steps))
        for s in g.neighbours(x):
            if s.dst not in prev:
                prev[s.dst] = s
                queue.append(s.dst)
    return None


def relationship(family: Family, a_id: str, b_id: str) -> Relationship | None:
    """How is B related to A? ``None`` when no chain of ties joins them.

    Raises :class:`~genogram.model.ModelError` if either id is not in the family.
    """
    family.person(a_id)
    family.person(b_id)
    g = _Graph(family)
    if a_id == b_id:
        return Relationship(a=a_id, b=b_id, kind="self", gender=g.gender.get(b_id, "unknown"))
    best: tuple[tuple[int, int], Relationship] | None = None
    for key, rel in _candidates(g, a_id, b_id):
        if best is None or key < best[0]:
            best = (key, rel)
    if best is not None:
        return best[1]
    path = _shortest_path(g, a_id, b_id)
    if path is None:
        return None
    return Relationship(a=a_id, b=b_id, kind="chain", path=path,
                        gender=g.gender.get(b_id, "unknown"),
                        deceased=g.deceased.get(b_id, False))


# ----------------------------------------------------------------------------------------------
# Words

_ORDINALS = ("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth", "tenth")
_TIMES = ("", "once", "twice", "three times")


def _g(gender: str, male: str, female: str, neutral: str) -> str:
    return male if gender == "male" else female if gender == "female" else neutral


def _ordinal(n: int) -> str:
    return _ORDINALS[n] if n < len(_ORDINALS) else _numeric_ordinal(n)


def _numeric_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _greats(n: int) -> str:
    """The "great-" prefix for n greats: great-, great-great-, great-great-great-, 4th great-."""
    if n <= 0:
        return ""
    if n <= 3:
        return "great-" * n
    return f"{_numeric_ordinal(n)} great-"


def _lineal(n: int, gender: str, up: bool) -> str:
    """Ancestor (up) or descendant n generations away."""
    if up:
        male, female, neutral = "father", "mother", "parent"
    else:
        male, female, neutral = "son", "daughter", "child"
    word = _g(gender, male, female, neutral)
    if n == 1:
        return word
    return _greats(n - 2) + "grand" + word


def blood_term(ga: int, gb: int, gender: str, *, half: bool = False, side: Side | None = None,
               tie: str | None = None) -> str:
    """The word for a blood relative ga generations up from A and gb from B (see module doc)."""
    if ga == 0 and gb == 0:
        return "self"
    if ga == 0:
        word = _lineal(gb, gender, up=False)
        if gb == 1 and tie == "adoptive":
            return "adopted " + word
        return word
    if gb == 0:
        word = _lineal(ga, gender, up=True)
        if ga == 1 and tie == "adoptive":
            return "adoptive " + word
        return f"{side} {word}" if side and ga >= 2 else word
    pre = "half-" if half else ""
    if ga == 1 and gb == 1:
        word = _g(gender, "brother", "sister", "sibling")
        if tie == "twin":
            return "twin " + word
        return pre + word
    if ga == 1:  # a sibling's descendant
        if gender in ("male", "female"):
            return pre + _greats(gb - 2) + _g(gender, "nephew", "niece", "")
        return f"{pre}sibling's {_lineal(gb - 1, gender, up=False)}"
    if gb == 1:  # an ancestor's sibling
        if gender in ("male", "female"):
            return pre + _greats(ga - 2) + _g(gender, "uncle", "aunt", "")
        return f"{_lineal(ga - 1, gender, up=True)}'s {pre}sibling"
    degree, removed = min(ga, gb) - 1, abs(ga - gb)
    word = f"{_ordinal(degree)} cousin"
    if half:
        word = "half " + word
    if removed:
        times = _TIMES[removed] if removed < len(_TIMES) else f"{removed} times"
        word += f" {times} removed"
    return word


def partner_word(p: Partnership, *, deceased: bool = False) -> str:
    """What to call a partner: wife, ex-husband, fiancée, girlfriend, partner, co-parent."""
    gender = p.gender
    if p.type == COPARENT:
        return "co-parent"
    if p.type == "marriage":
        word = _g(gender, "husband", "wife", "spouse")
    elif p.type == "engagement":
        word = _g(gender, "fiancé", "fiancée", "fiancé(e)")
    elif p.type == "dating":
        word = _g(gender, "boyfriend", "girlfriend", "partner")
    elif p.type == "affair":
        word = "lover"
    else:
        word = "partner"
    if p.ex:
        return "ex-" + word
    if deceased and p.status == "widowed":
        return "late " + word
    return word


def _step_term(ga: int, gb: int, gender: str) -> str | None:
    if (ga, gb) == (1, 0):
        return "step" + _g(gender, "father", "mother", "parent")
    if (ga, gb) == (0, 1):
        return "step" + _g(gender, "son", "daughter", "child")
    if (ga, gb) == (1, 1):
        return "step" + _g(gender, "brother", "sister", "sibling")
    if ga == 0 or gb == 0:
        return "step-" + _lineal(ga or gb, gender, up=gb == 0)
    return None


def _in_law_a(ga: int, gb: int, gender: str) -> str | None:
    """B is A's partner's blood relative (ga, gb from the partner)."""
    if gb == 0 and ga in (1, 2):
        return _lineal(ga, gender, up=True) + "-in-law"
    if (ga, gb) == (1, 1):
        return _g(gender, "brother", "sister", "sibling") + "-in-law"
    if (ga, gb) == (1, 2) and gender in ("male", "female"):
        return _g(gender, "nephew", "niece", "") + " by marriage"  # a partner's sibling's child
    return None


def _in_law_b(ga: int, gb: int, gender: str) -> str | None:
    """B is the partner of A's blood relative (ga, gb from A)."""
    if ga == 0 and gb in (1, 2):
        return _lineal(gb, gender, up=False) + "-in-law"
    if (ga, gb) == (1, 1):
        return _g(gender, "brother", "sister", "sibling") + "-in-law"
    if gb == 1 and ga >= 2 and gender in ("male", "female"):
        return _greats(ga - 2) + _g(gender, "uncle", "aunt", "") + " by marriage"
    if ga == 1 and gb == 2 and gender in ("male", "female"):
        return _g(gender, "nephew", "niece", "") + "-in-law"
    return None


_TIE_WORDS = {
    ("parent", "step"): ("stepfather", "stepmother", "stepparent"),
    ("child", "step"): ("stepson", "stepdaughter", "stepchild"),
    ("parent", "foster"): ("foster father", "foster mother", "foster parent"),
    ("child", "foster"): ("foster son", "foster daughter", "foster child"),
    ("parent", "caregiver"): ("caregiver", "caregiver", "caregiver"),
    ("child", "caregiver"): ("child in their care", "child in their care", "child in their care"),
    ("sibling", "step"): ("stepbrother", "stepsister", "stepsibling"),
}


def _basic(s: Step) -> str:
    """One step as a word, for chains: mother, son, sister, husband."""
    if s.move == "partner":
        return partner_word(Partnership(s.dst, s.src, s.tie, s.status, s.gender))
    if s.tie in ("step", "foster", "caregiver") and (s.move, s.tie) in _TIE_WORDS:
        return _g(s.gender, *_TIE_WORDS[(s.move, s.tie)])
    if s.move == "sibling":
        if s.tie == "half":
            return "half-" + _g(s.gender, "brother", "sister", "sibling")
        return _g(s.gender, "brother", "sister", "sibling")
    return _lineal(1, s.gender, up=s.move == "parent")


def _chain(steps: Iterable[Step]) -> str:
    return "'s ".join(_basic(s) for s in steps)


def _through_child(p: Partnership, ga: int, gb: int, gender: str, half: bool) -> str:
    """A co-parent's relative, named from the shared child: "daughter's maternal grandfather"."""
    side: Side | None = ("maternal" if p.gender == "female" else
                         "paternal" if p.gender == "male" else None)
    child = _g(p.child_gender, "son", "daughter", "child")
    term = blood_term(ga + 1, gb, gender, half=half or ga == 0, side=side if gb == 0 else None)
    return f"{child}'s {term}"


def describe(rel: Relationship) -> str:
    """How B is related to A, in plain words ("maternal grandmother", "son-in-law")."""
    gender = rel.gender if rel.gender in ("male", "female") else "unknown"
    if rel.kind == "self":
        return "self"
    if rel.kind == "partner" and rel.a_partner is not None:
        return partner_word(rel.a_partner, deceased=rel.deceased)
    if rel.kind == "blood":
        return blood_term(rel.ga, rel.gb, gender, half=rel.half, side=rel.side, tie=rel.tie)
    if rel.kind == "tie" and rel.path:
        return _basic(replace(rel.path[0], gender=gender))
    ex = "former " if rel.ex else ""
    # a stepparent is a parent's spouse or live-in partner; a parent's girlfriend is named as such
    settled = all(s.tie in ("marriage", "cohabitation") for s in rel.path if s.move == "partner")
    if rel.kind == "step" and not rel.ex and settled:
        word = _step_term(rel.ga, rel.gb, gender)
        if word is not None:
            return word
    if rel.kind == "co-parent" and rel.a_partner is not None:
        return _through_child(rel.a_partner, rel.ga, rel.gb, gender, rel.half)
    if rel.kind == "in-law":
        pa, pb = rel.a_partner, rel.b_partner
        if pa is not None and pb is not None:
            if (rel.ga, rel.gb) == (1, 1) and COPARENT not in (pa.type, pb.type):
                return ex + _g(gender, "brother", "sister", "sibling") + "-in-law"
        elif pa is not None:
            word = _in_law_a(rel.ga, rel.gb, gender) if pa.type == "marriage" else None
            if word is not None:
                return ex + word
            blood = blood_term(rel.ga, rel.gb, gender, half=rel.half, side=rel.side)
            return f"{partner_word(pa)}'s {blood}"
        elif pb is not None:
            word = _in_law_b(rel.ga, rel.gb, gender) if pb.type == "marriage" else None
            if word is not None:
                return ex + word
            blood = blood_term(rel.ga, rel.gb, pb.gender, half=rel.half, side=rel.side)
            partner = partner_word(Partnership(rel.b, pb.person, pb.type, pb.status, gender))
            return f"{blood}'s {partner}"
    return _chain(replace(s, gender=gender) if i == len(rel.path) - 1 else s
                  for i, s in enumerate(rel.path))


def sentence(rel: Relationship | None, a_label: str, b_label: str) -> str:
    """One sentence for people: "Sindre is Ylva's son." (or that they are not related)."""
    if rel is None:
        return f"{b_label} and {a_label} are not related through any tie in this family."
    if rel.kind == "self":
        return f"{b_label} and {a_label} are the same person."
    return f"{b_label} is {a_label}'s {describe(rel)}."
