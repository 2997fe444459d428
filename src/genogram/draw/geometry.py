"""The plain ``Layout`` object: where every symbol, line and label goes. Renderers only read it.

Coordinates are SVG user units (px), y grows downwards. A person's *box* is the symbol and the text
under it; structural lines (unions, sibships, children) list the nodes they may touch
(``owners``); overlay lines (emotional links, secondary parent ties, sibling ties) are drawn over
everything and may cross anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def overlaps(self, other: Rect, pad: float = 0.0) -> bool:
        return (self.x < other.right + pad and other.x < self.right + pad
                and self.y < other.bottom + pad and other.y < self.bottom + pad)

    def hit_by(self, p: Point, q: Point, pad: float = 0.0) -> bool:
        """Does the segment p-q pass through the inside of this rectangle (shrunk by ``pad``)?"""
        x0, y0, x1, y1 = self.x + pad, self.y + pad, self.right - pad, self.bottom - pad
        if x0 >= x1 or y0 >= y1:
            return False
        # Liang-Barsky clipping of the segment against the open rectangle
        t0, t1 = 0.0, 1.0
        dx, dy = q[0] - p[0], q[1] - p[1]
        for pk, qk in ((-dx, p[0] - x0), (dx, x1 - p[0]), (-dy, p[1] - y0), (dy, y1 - p[1])):
            if pk == 0:
                if qk <= 0:
                    return False
                continue
            t = qk / pk
            if pk < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 >= t1:
                return False
        return True

    def moved(self, dx: float, dy: float) -> Rect:
        return Rect(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True)
class Symbol:
    """A person (``phantom`` False) or a placeholder for an unknown parent, centred at (x, y).

    ``kind``: "person", or pregnancy / stillbirth / miscarriage / abortion (a small symbol of
    ``size``); ``event``: the pregnancy event's id when the symbol is no person of the model."""

    id: str
    phantom: bool
    gender: str
    deceased: bool
    index: bool
    narrator: bool
    x: float
    y: float
    size: float
    lines: tuple[str, ...]
    title: str
    box: Rect
    row: int
    kind: str = "person"
    event: str | None = None


@dataclass(frozen=True)
class Line:
    """A polyline with a style key (``union:marriage``, ``child:adoptive``, ``sibship``...)."""

    points: tuple[Point, ...]
    style: str
    owners: frozenset[str] = frozenset()


@dataclass(frozen=True)
class UnionDrawing:
    id: str
    a: str
    b: str
    type: str  # marriage ... affair, or "implied" / "phantom"
    status: str
    lines: tuple[Line, ...]
    slashes: tuple[tuple[Point, Point], ...]
    label: tuple[str, ...]
    label_at: Point
    label_below: bool = False


@dataclass(frozen=True)
class DescentDrawing:
    """The children of one couple (or one caregiver): drop, sibship line, one line per child."""

    id: str
    union: str | None
    parent: str | None
    lines: tuple[Line, ...]
    children: tuple[str, ...]


@dataclass(frozen=True)
class Overlay:
    """An emotional link (``kind`` "link") or another tie (``kind`` "tie") between two people."""

    kind: str
    type: str
    a: str
    b: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Caption:
    text: str
    at: Point


@dataclass(frozen=True)
class Layout:
    """Everything a renderer needs, already placed. ``legend`` lists the entry keys used."""

    symbols: tuple[Symbol, ...]
    unions: tuple[UnionDrawing, ...]
    descents: tuple[DescentDrawing, ...]
    overlays: tuple[Overlay, ...]
    legend: tuple[str, ...]
    legend_at: Point
    legend_columns: int
    width: float
    height: float
    title: str
    index: str | None = None
    captions: tuple[Caption, ...] = field(default_factory=tuple)

    def symbol(self, sid: str) -> Symbol:
        for s in self.symbols:
            if s.id == sid:
                return s
        raise KeyError(sid)

    def structural_lines(self) -> list[Line]:
        """Union, sibship and child lines: the ones that must not cross a box they do not own."""
        out: list[Line] = []
        for u in self.unions:
            out.extend(u.lines)
        for d in self.descents:
            out.extend(d.lines)
        return out


# --- moving things (used when components are composed side by side) ------------------------------


def move_point(p: Point, dx: float, dy: float) -> Point:
    return (round(p[0] + dx, 2), round(p[1] + dy, 2))


def move_line(line: Line, dx: float, dy: float) -> Line:
    return replace(line, points=tuple(move_point(p, dx, dy) for p in line.points))


def move_symbol(s: Symbol, dx: float, dy: float) -> Symbol:
    return replace(s, x=round(s.x + dx, 2), y=round(s.y + dy, 2), box=s.box.moved(dx, dy))


def move_union(u: UnionDrawing, dx: float, dy: float) -> UnionDrawing:
    return replace(
        u, lines=tuple(move_line(x, dx, dy) for x in u.lines),
        slashes=tuple((move_point(a, dx, dy), move_point(b, dx, dy)) for a, b in u.slashes),
        label_at=move_point(u.label_at, dx, dy))


def move_descent(d: DescentDrawing, dx: float, dy: float) -> DescentDrawing:
    return replace(d, lines=tuple(move_line(x, dx, dy) for x in d.lines))
