"""Stage 4: lines. Rows get their heights, couples and sibships their lines, in lanes that do not clash.

Between two rows, horizontal lines run in *lanes*: first the lines of partners who are not side by
side (someone's third partner), then lines that pass a row on their way down (a child two rows
below), then the sibship lines, nearest the children. Lines of one kind that overlap horizontally
get different lanes (interval colouring). A line that must cross a row goes through a gap between
two blocks, never between two partners (the gap their children's line uses).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from genogram.draw import style
from genogram.draw.generations import descent_parents
from genogram.draw.geometry import (
    DescentDrawing,
    Line,
    Point,
    Rect,
    Symbol,
    UnionDrawing,
)
from genogram.draw.order import Block, Ordering, _label_lines
from genogram.draw.structure import Structure

TOP_PAD = 10.0  # below a row's lowest box before the first lane
CHILD_STUB = 28.0  # from a sibship line down to the child's symbol
TIER_EXIT = 0.3  # tiered union lines leave a symbol this fraction of its size below its centre


class Lanes:
    """Interval colouring: the first lane free over [x1, x2] (with a little padding)."""

    def __init__(self) -> None:
        self.lanes: list[list[tuple[float, float]]] = []

    def take(self, x1: float, x2: float, pad: float = 6.0) -> int:
        lo, hi = min(x1, x2) - pad, max(x1, x2) + pad
        for i, used in enumerate(self.lanes):
            if all(hi <= a or lo >= b for a, b in used):
                used.append((lo, hi))
                return i
        self.lanes.append([(lo, hi)])
        return len(self.lanes) - 1

    def __len__(self) -> int:
        return len(self.lanes)


@dataclass
class Gap:
    tiers: Lanes = field(default_factory=Lanes)
    jogs: Lanes = field(default_factory=Lanes)
    sibs: Lanes = field(default_factory=Lanes)
    tier_label: bool = False


def symbol_edge(sym_size: float, gender: str | None, dy: float) -> float:
    """Half-width of a symbol at height ``dy`` from its centre."""
    r = sym_size / 2
    dy = min(abs(dy), r)
    if gender == "female":
        return math.sqrt(max(r * r - dy * dy, 0.0))
    if gender in ("nonbinary", "unknown", None):
        return r - dy
    return r


class Router:
    """Builds the lines of one component from its ordering and x positions."""

    def __init__(self, s: Structure, o: Ordering, xs: dict[str, float]) -> None:
        self.s, self.o, self.xs = s, o, xs
        self.nrows = len(o.rows)
        self.gaps = [Gap() for _ in range(max(self.nrows, 1))]
        self.row_top: list[float] = []
        self.row_bottom: list[float] = []
        self.union_plan: dict[str, tuple[str, str, int]] = {}  # couple -> (left, right, tier)
        self.tier_lane: dict[str, int] = {}
        self.descent_plan: list[tuple[str, int, list[str], list[tuple[int, float, int]], int]] = []
        self.overlay_children: list[tuple[str, str, str]] = []

    # --- planning: which lanes, before any y is known -----------------------------------------

    def box_x(self, n: str) -> tuple[float, float]:
        w = self.s.nodes[n].width
        return self.xs[n] - w / 2, self.xs[n] + w / 2

    def plan_unions(self) -> None:
        for c in self.s.couples.values():
            if c.a not in self.xs:
                continue  # another component
            b = self.o.block_of[c.a]
            if b is not self.o.block_of[c.b]:
                continue
            i, j = sorted((b.members.index(c.a), b.members.index(c.b)))
            left, right = b.members[i], b.members[j]
            if j - i == 1:
                self.union_plan[c.id] = (left, right, 0)
                continue
            x1 = self.box_x(left)[1] + 6
            x2 = self.box_x(right)[0] - 6
            gap = self.gaps[b.row]
            lane = gap.tiers.take(x1, x2)
            if c.label:
                gap.tier_label = True
            self.union_plan[c.id] = (left, right, lane + 1)

    def drop_x(self, did: str) -> float:
        d = self.s.descents[did]
        if d.couple is None:
            assert d.parent is not None
            return self.box_x(d.parent)[1] + 6
        left, right, tier = self.union_plan[d.couple]
        if tier == 0:
            return (self.xs[left] + self.xs[right]) / 2
        return (self.box_x(left)[1] + 6 + self.box_x(right)[0] - 6) / 2

    def free_column(self, row: int, target: float) -> float:
        """An x in ``row`` between two blocks (or beyond the ends), nearest ``target``."""
        blocks = self.o.rows[row]
        cands: list[float] = []
        for k, b in enumerate(blocks):
            lo = self.box_x(b.members[0])[0]
            hi = self.box_x(b.members[-1])[1]
            if k == 0:
                cands.append(lo - 14)
            if k + 1 < len(blocks):
                nlo = self.box_x(blocks[k + 1].members[0])[0]
                if nlo - hi >= 12:
                    cands.append((hi + nlo) / 2)
            else:
                cands.append(hi + 14)
        if not cands:
            return target
        return min(cands, key=lambda x: (abs(x - target), x))

    def plan_descents(self) -> None:
        for did, d in self.s.descents.items():
            if any(p not in self.xs for p in descent_parents(self.s, did)):
                continue  # another component
            prow = self.o.row_of_descent[did]
            by_row: dict[int, list[str]] = {}
            for child, kind in d.children:
                crow = self.o.block_of[child].row
                if crow <= prow:
                    parents = [d.parent] if d.couple is None else \
                        [self.s.couples[d.couple].a, self.s.couples[d.couple].b]
                    real = [p for p in parents if p is not None and not self.s.nodes[p].phantom]
                    if real:
                        self.overlay_children.append((real[0], child, f"child:{kind}"))
                    continue
                by_row.setdefault(crow, []).append(child)
            x0 = self.drop_x(did)
            for crow, kids in sorted(by_row.items()):
                jogs: list[tuple[int, float, int]] = []  # (gap, x after the jog, lane)
                x = x0
                for r in range(prow + 1, crow):
                    col = self.free_column(r, self._sib_centre(kids, x))
                    lane = self.gaps[r - 1].jogs.take(x, col)
                    jogs.append((r - 1, col, lane))
                    x = col
                pts = [self.xs[c] for c in kids] + [x] + self._twin_points(d, kids)
                lane = self.gaps[crow - 1].sibs.take(min(pts), max(pts))
                self.descent_plan.append((did, crow, kids, jogs, lane))

    def _sib_centre(self, kids: list[str], default: float) -> float:
        vals = [self.xs[c] for c in kids]
        return (min(vals) + max(vals)) / 2 if vals else default

    def _twin_points(self, d: object, kids: list[str]) -> list[float]:
        out = []
        for twins in getattr(d, "twins", []):
            here = [c for c in kids if c in twins]
            if len(here) >= 2:
                out.append(sum(self.xs[c] for c in here) / len(here))
        return out

    # --- rows: heights from the lanes ---------------------------------------------------------

    def set_rows(self, top: float) -> None:
        y = top
        for r in range(self.nrows):
            self.row_top.append(y)
            height = max((self.s.nodes[m].height for b in self.o.rows[r] for m in b.members),
                         default=style.SYMBOL)
            self.row_bottom.append(y + height)
            g = self.gaps[r]
            need = (TOP_PAD + len(g.tiers) * style.LANE + (12 if g.tier_label else 0)
                    + len(g.jogs) * style.LANE + len(g.sibs) * style.LANE + CHILD_STUB + 6)
            y = y + height + max(style.MIN_ROW_GAP, need)

    def cy(self, row: int) -> float:
        return self.row_top[row] + style.SYMBOL / 2

    def tier_y(self, row: int, tier: int) -> float:
        return self.row_bottom[row] + TOP_PAD + (tier - 1) * style.LANE

    def jog_y(self, gap: int, lane: int) -> float:
        g = self.gaps[gap]
        return (self.row_bottom[gap] + TOP_PAD + len(g.tiers) * style.LANE
                + (12 if g.tier_label else 0) + lane * style.LANE + 4)

    def sib_y(self, gap: int, lane: int) -> float:
        return self.row_top[gap + 1] - CHILD_STUB - lane * style.LANE

    # --- drawing ------------------------------------------------------------------------------

    def symbols(self) -> list[Symbol]:
        out = []
        for r, row in enumerate(self.o.rows):
            for b in row:
                for m in b.members:
                    out.append(self._symbol(m, r))
        return out

    def _symbol(self, m: str, r: int) -> Symbol:
        n = self.s.nodes[m]
        x, y = self.xs[m], self.cy(r)
        if n.person is None:
            half = n.width / 2
            box = Rect(x - half, y - n.size / 2, n.width, n.size)
            return Symbol(m, True, "unknown", False, False, False, x, y, n.size, (),
                          "parent not named in the story", box, r)
        p = n.person
        box = Rect(round(x - n.width / 2, 2), self.row_top[r], n.width, n.height)
        return Symbol(m, False, p.gender, p.deceased, n.index, p.narrator, x, y, n.size, n.lines,
                      p.label, box, r, n.kind, n.event)

    def symbol_top(self, m: str, r: int) -> float:
        """Where a child's line meets the symbol: its top (lower for a small symbol)."""
        return self.row_top[r] + (style.SYMBOL - self.s.nodes[m].size) / 2

    def _gender(self, n: str) -> str | None:
        p = self.s.nodes[n].person
        return p.gender if p is not None else None

    def unions(self) -> list[UnionDrawing]:
        has_kids = {d.couple for d in self.s.descents.values() if d.children}
        out = []
        for cid, (left, right, tier) in self.union_plan.items():
            c = self.s.couples[cid]
            r = self.o.block_of[left].row
            y = self.cy(r)
            nl, nr = self.s.nodes[left], self.s.nodes[right]
            owners = frozenset((left, right))
            if tier == 0:
                x1 = self.xs[left] + nl.size / 2
                x2 = self.xs[right] - nr.size / 2
                pts: tuple[Point, ...] = ((x1, y), (x2, y))
                hy = y
                mid = (self.xs[left] + self.xs[right]) / 2
                label_at, below = (mid, y - 5), False
            else:
                ey = y + style.SYMBOL * TIER_EXIT
                hy = self.tier_y(r, tier)
                x1 = self.box_x(left)[1] + 6
                x2 = self.box_x(right)[0] - 6
                el = self.xs[left] + symbol_edge(nl.size, self._gender(left), ey - y)
                er = self.xs[right] - symbol_edge(nr.size, self._gender(right), ey - y)
                pts = ((el, ey), (x1, ey), (x1, hy), (x2, hy), (x2, ey), (er, ey))
                mid = (x1 + x2) / 2
                label_at, below = (x1 + 5, hy + 11), True
            slashes = self._slashes(c.status, mid, hy, cid in has_kids)
            label = tuple(_label_lines(c.label)) if c.label else ()
            out.append(UnionDrawing(cid, left, right, c.type, c.status,
                                    (Line(_round(pts), f"union:{c.type}", owners),),
                                    slashes, label, _rp(label_at), below))
        return out

    @staticmethod
    def _slashes(status: str, x: float, y: float, kids: bool) -> tuple[tuple[Point, Point], ...]:
        n = style.STATUS_SLASHES.get(status, 0)
        if not n:
            return ()
        centre = x - 13 if kids else x
        xs = [centre] if n == 1 else [centre - 3.5, centre + 3.5]
        return tuple(((_r(cx - 4), _r(y + 7)), (_r(cx + 4), _r(y - 7))) for cx in xs)

    def descents(self) -> list[DescentDrawing]:
        grouped: dict[str, list[Line]] = {}
        kids_of: dict[str, list[str]] = {}
        for did, crow, kids, jogs, lane in self.descent_plan:
            d = self.s.descents[did]
            lines = grouped.setdefault(did, [])
            kids_of.setdefault(did, []).extend(kids)
            prow = self.o.row_of_descent[did]
            start, owners = self._drop_start(did, prow)
            pts: list[Point] = list(start)
            x = pts[-1][0]
            for gap, col, jlane in jogs:
                jy = self.jog_y(gap, jlane)
                pts += [(x, jy), (col, jy)]
                x = col
            sy = self.sib_y(crow - 1, lane)
            pts.append((x, sy))
            lines.append(Line(_round(tuple(pts)), "descent", owners))
            kinds = dict(d.children)
            twin_groups = [[c for c in kids if c in t] for t in d.twins]
            twin_groups = [g for g in twin_groups if len(g) >= 2]
            in_twins = {c for g in twin_groups for c in g}
            anchors = [self.xs[c] for c in kids if c not in in_twins]
            for g in twin_groups:
                anchors.append(sum(self.xs[c] for c in g) / len(g))
            span = anchors + [x]
            lines.append(Line(_round(((min(span), sy), (max(span), sy))), "sibship", frozenset()))
            for c in kids:
                if c in in_twins:
                    continue
                top = self.symbol_top(c, crow)
                lines.append(Line(_round(((self.xs[c], sy), (self.xs[c], top))),
                                  f"child:{kinds[c]}", frozenset((c,))))
            for g in twin_groups:
                tx = sum(self.xs[c] for c in g) / len(g)
                for c in g:
                    top = self.symbol_top(c, crow)
                    lines.append(Line(_round(((tx, sy), (self.xs[c], top))),
                                      f"twin:{kinds[c]}", frozenset((c,))))
        out = []
        for did, lines in grouped.items():
            d = self.s.descents[did]
            out.append(DescentDrawing(did, d.couple, d.parent, tuple(lines), tuple(kids_of[did])))
        return out

    def _drop_start(self, did: str, prow: int) -> tuple[list[Point], frozenset[str]]:
        d = self.s.descents[did]
        y = self.cy(prow)
        if d.couple is None:
            assert d.parent is not None
            n = self.s.nodes[d.parent]
            ey = y + style.SYMBOL * TIER_EXIT
            edge = self.xs[d.parent] + symbol_edge(n.size, self._gender(d.parent), ey - y)
            x = self.box_x(d.parent)[1] + 6
            return [(edge, ey), (x, ey)], frozenset((d.parent,))
        left, right, tier = self.union_plan[d.couple]
        owners = frozenset((left, right))
        if tier == 0:
            return [((self.xs[left] + self.xs[right]) / 2, y)], owners
        x = (self.box_x(left)[1] + 6 + self.box_x(right)[0] - 6) / 2
        return [(x, self.tier_y(prow, tier))], owners

    def bottom(self) -> float:
        return self.row_bottom[-1] if self.row_bottom else 0.0


def _r(v: float) -> float:
    return round(v, 2)


def _rp(p: Point) -> Point:
    return (_r(p[0]), _r(p[1]))


def _round(pts: tuple[Point, ...]) -> tuple[Point, ...]:
    return tuple(_rp(p) for p in pts)


def route(s: Structure, o: Ordering, xs: dict[str, float], top: float) -> Router:
    """Plan lanes, set row heights, and return the router ready to emit drawings."""
    r = Router(s, o, xs)
    r.plan_unions()
    r.plan_descents()
    r.set_rows(top)
    return r


__all__ = ["Block", "Router", "route"]
