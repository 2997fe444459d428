"""``layout(family)``: the stages in order, one connected component at a time, then composed.

0. structure   (structure.py)   what is drawn: nodes, couples, families, overlay ties
1. generations (generations.py) a row for every node
2. order       (order.py)       blocks ordered within rows
3. place       (place.py)       x positions, compacted to the margin
4. route       (route.py)       row heights, lanes, lines
Then overlays (emotional links, other ties) and the legend. Components sit side by side, the index
person's first; people tied to nobody stand in a side row underneath.
"""

from __future__ import annotations

import math
from dataclasses import replace

from genogram.draw import style
from genogram.draw.generations import Generations, assign_generations, prune
from genogram.draw.geometry import (
    Caption,
    DescentDrawing,
    Layout,
    Overlay,
    Point,
    Rect,
    Symbol,
    UnionDrawing,
    move_descent,
    move_symbol,
    move_union,
)
from genogram.draw.order import Ordering, build_blocks, order_rows
from genogram.draw.place import place
from genogram.draw.route import route
from genogram.draw.structure import Structure, Tie, build_structure
from genogram.model import Family

COMPONENT_GAP = 60.0
LEGEND_COL = 250.0
LEGEND_ROW = 20.0
SIDE_CAPTION = "Not tied by family to anyone above:"


def layout(family: Family, index: str | None = None) -> Layout:
    """Lay out ``family`` as a genogram. ``index``: a person's id, name or alias (default: the
    first narrator). Raises :class:`genogram.model.DrawingError` for an unknown index name."""
    s = build_structure(family, index)
    g = assign_generations(s)
    if prune(s, g):
        g = assign_generations(s)
    o = build_blocks(s, g)
    comps, isolated = _components(s, g, o)

    symbols: list[Symbol] = []
    unions: list[UnionDrawing] = []
    descents: list[DescentDrawing] = []
    overlay_children: list[tuple[str, str, str]] = []
    x_at = 0.0
    bottom = style.MARGIN
    for comp in comps:
        xs = place(s, comp)
        router = route(s, comp, xs, style.MARGIN)
        syms = router.symbols()
        right = max(sym.box.right for sym in syms)
        dx = x_at
        symbols += [move_symbol(sym, dx, 0) for sym in syms]
        unions += [move_union(u, dx, 0) for u in router.unions()]
        descents += [move_descent(d, dx, 0) for d in router.descents()]
        overlay_children += router.overlay_children
        x_at = dx + right + COMPONENT_GAP - style.MARGIN
        bottom = max(bottom, router.bottom())

    captions: list[Caption] = []
    if isolated:
        top = bottom + 44 if symbols else style.MARGIN + 18
        if symbols:
            captions.append(Caption(SIDE_CAPTION, (style.MARGIN, round(top - 12, 2))))
        x = style.MARGIN
        for nid in isolated:
            n = s.nodes[nid]
            sym = _side_symbol(s, nid, x + n.width / 2, top)
            symbols.append(sym)
            x += n.width + style.BLOCK_GAP
        bottom = max(sym.box.bottom for sym in symbols)

    by_id = {sym.id: sym for sym in symbols}
    overlays = _overlays(family, s, by_id, overlay_children, [_union_label_rect(u) for u in unions
                                                              if u.label])
    legend = _legend_keys(symbols, unions, descents, overlays)

    content_right = max((sym.box.right for sym in symbols), default=style.MARGIN)
    pts = [p for ov in overlays for p in ov.points]
    top_y = min([style.MARGIN] + [p[1] - 6 for p in pts])
    content_right = max([content_right] + [p[0] + 6 for p in pts])
    bottom = max([bottom] + [p[1] + 6 for p in pts])
    dy = style.MARGIN - top_y if top_y < style.MARGIN else 0.0
    if dy:
        symbols = [move_symbol(sym, 0, dy) for sym in symbols]
        unions = [move_union(u, 0, dy) for u in unions]
        descents = [move_descent(d, 0, dy) for d in descents]
        overlays = [replace(ov, points=tuple((x, round(y + dy, 2)) for x, y in ov.points))
                    for ov in overlays]
        captions = [replace(c, at=(c.at[0], round(c.at[1] + dy, 2))) for c in captions]
        bottom += dy

    width = content_right + style.MARGIN
    cols = max(1, min(3, int((width - 2 * style.MARGIN) // LEGEND_COL)))
    legend_at = (style.MARGIN, round(bottom + 40, 2))
    nrows = math.ceil(len(legend) / cols) if legend else 0
    height = legend_at[1] + 22 + nrows * LEGEND_ROW + style.MARGIN if legend else bottom + \
        style.MARGIN
    width = max(width, 2 * style.MARGIN + cols * LEGEND_COL if legend else width)
    return Layout(
        symbols=tuple(symbols), unions=tuple(unions), descents=tuple(descents),
        overlays=tuple(overlays), legend=tuple(legend), legend_at=legend_at,
        legend_columns=cols, width=round(width, 2), height=round(height, 2),
        title=f"Genogram: {family.source.name}", index=s.index, captions=tuple(captions))


def _components(s: Structure, g: Generations, o: Ordering) -> tuple[list[Ordering], list[str]]:
    members: dict[str, list[str]] = {}
    for n in s.nodes:
        members.setdefault(g.component[n], []).append(n)
    isolated = [ms[0] for ms in members.values() if len(ms) == 1]
    multi = [c for c, ms in members.items() if len(ms) > 1]
    index_comp = g.component.get(s.index) if s.index else None
    multi.sort(key=lambda c: (c != index_comp, -len(members[c])))
    out: list[Ordering] = []
    for c in multi:
        rows = [[b for b in row if g.component[b.members[0]] == c] for row in o.rows]
        rows = [row for row in rows if row]
        lo = min(b.row for row in rows for b in row)
        for row in rows:
            for b in row:
                b.row -= lo
        sub = Ordering(rows, o.block_of, o.row_of_descent)
        if lo:
            sub.row_of_descent = {d: r - lo if g.component[_first_parent(s, d)] == c else r
                                  for d, r in o.row_of_descent.items()}
        out.append(order_rows(s, sub))
    return out, isolated


def _first_parent(s: Structure, did: str) -> str:
    d = s.descents[did]
    if d.couple is not None:
        return s.couples[d.couple].a
    assert d.parent is not None
    return d.parent


def _side_symbol(s: Structure, nid: str, x: float, top: float) -> Symbol:
    n = s.nodes[nid]
    p = n.person
    assert p is not None
    box = Rect(round(x - n.width / 2, 2), round(top, 2), n.width, n.height)
    return Symbol(nid, False, p.gender, p.deceased, n.index, p.narrator, round(x, 2),
                  round(top + style.SYMBOL / 2, 2), n.size, n.lines, p.label, box, -1, n.kind,
                  n.event)


# --- overlays ------------------------------------------------------------------------------------


def _union_label_rect(u: UnionDrawing) -> Rect:
    w = max(style.text_width(t, style.SMALL_FONT) for t in u.label)
    h = 10.5 * len(u.label)
    x, y = u.label_at
    if u.label_below:
        return Rect(x - 3, y - 12, w + 6, h + 6)
    return Rect(x - w / 2 - 3, y - h - 4, w + 6, h + 8)


def _overlays(family: Family, s: Structure, by_id: dict[str, Symbol],
              extra: list[tuple[str, str, str]], texts: list[Rect]) -> list[Overlay]:
    wanted: list[tuple[str, str, str, str]] = []
    for t in s.ties:
        wanted.append(("tie", t.type, t.a, t.b))
    for a, b, kind in extra:
        wanted.append(("tie", kind, a, b))
    for link in family.links:
        wanted.append(("link", link.type, link.a, link.b))
    boxes = [(sym.id, sym.box) for sym in by_id.values()]
    labels = [(sym.id, _label_rect(sym)) for sym in by_id.values() if sym.lines]
    boxes += [("", r) for r in texts]
    seen: dict[frozenset[str], int] = {}
    out: list[Overlay] = []
    for kind, typ, a, b in wanted:
        if a == b or a not in by_id or b not in by_id:
            continue
        key = frozenset((a, b))
        k = seen.get(key, 0)
        seen[key] = k + 1
        out.append(Overlay(kind, typ, a, b, _best_curve(by_id[a], by_id[b], k, boxes, labels)))
    return out


def _label_rect(sym: Symbol) -> Rect:
    top = sym.y + sym.size / 2 + 2
    return Rect(sym.box.x + 4, top, max(sym.box.w - 8, 1.0), max(sym.box.bottom - top, 1.0))


def _best_curve(sa: Symbol, sb: Symbol, k: int, boxes: list[tuple[str, Rect]],
                labels: list[tuple[str, Rect]]) -> tuple[Point, ...]:
    """A curve from a to b; of a few shapes, the one crossing the fewest boxes and labels.

    In one row: an arc above the row. Between rows: the curve leaves the upper person sideways
    (clear of their own name) and comes down into the lower one from above, at a slant."""
    dist = math.hypot(sb.x - sa.x, sb.y - sa.y)
    cands: list[tuple[Point, ...]] = []
    if abs(sb.y - sa.y) < 1:
        base = max(60.0, min(110.0, 0.25 * dist)) + 16.0 * k
        cands = [_arc(sa, sb, bend) for bend in (base, 1.6 * base, -base)]
    else:
        upper, lower = (sa, sb) if sa.y < sb.y else (sb, sa)
        toward = 1.0 if lower.x >= upper.x else -1.0
        for side in (toward, -toward):
            for reach in (1.0, 2.0, 3.0):
                curve = _elbow(upper, lower, side, reach, k)
                cands.append(curve if upper is sa else tuple(reversed(curve)))
    best: tuple[int, int] | None = None
    chosen: tuple[Point, ...] = cands[0]
    for rank, curve in enumerate(cands):
        hits = _hits(curve, boxes, labels, {sa.id, sb.id})
        if best is None or (hits, rank) < best:
            best, chosen = (hits, rank), curve
        if hits == 0:
            break
    return chosen


def _hits(curve: tuple[Point, ...], boxes: list[tuple[str, Rect]], labels: list[tuple[str, Rect]],
          own: set[str]) -> int:
    xs = [p[0] for p in curve]
    ys = [p[1] for p in curve]
    frame = Rect(min(xs), min(ys), max(xs) - min(xs) + 0.1, max(ys) - min(ys) + 0.1)
    near = [r for sid, r in boxes if sid not in own and r.overlaps(frame)]
    near += [r for sid, r in labels if sid in own and r.overlaps(frame)]  # the ends' own text
    step = max(1, len(curve) // 14)
    coarse = list(curve[::step]) + [curve[-1]]
    return sum(any(r.hit_by(p, q, 1.0) for p, q in zip(coarse, coarse[1:], strict=False))
               for r in near)


def _bezier(p0: Point, p1: Point, p2: Point, p3: Point, n: int) -> list[Point]:
    out = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                    a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def _trim(pts: list[Point], sa: Symbol, sb: Symbol) -> tuple[Point, ...]:
    ra, rb = sa.size / 2 + 4, sb.size / 2 + 4
    kept = [p for p in pts if math.hypot(p[0] - sa.x, p[1] - sa.y) > ra
            and math.hypot(p[0] - sb.x, p[1] - sb.y) > rb]
    if len(kept) < 2:
        kept = [pts[0], pts[-1]]
    return tuple((round(x, 2), round(y, 2)) for x, y in kept)


def _arc(sa: Symbol, sb: Symbol, bend: float) -> tuple[Point, ...]:
    """A symmetric arc bulging ``bend`` units (upwards when positive) between two centres."""
    (ax, ay), (bx, by) = (sa.x, sa.y), (sb.x, sb.y)
    dist = math.hypot(bx - ax, by - ay) or 1.0
    nx, ny = -(by - ay) / dist, (bx - ax) / dist
    if ny > 0 or (ny == 0 and nx < 0):
        nx, ny = -nx, -ny
    c1 = (ax + (bx - ax) / 3 + nx * bend * 0.75, ay + (by - ay) / 3 + ny * bend * 0.75)
    c2 = (ax + 2 * (bx - ax) / 3 + nx * bend * 0.75, ay + 2 * (by - ay) / 3 + ny * bend * 0.75)
    return _trim(_bezier((ax, ay), c1, c2, (bx, by), max(16, int(dist / 6))), sa, sb)


def _elbow(upper: Symbol, lower: Symbol, side: float, reach: float, k: int) -> tuple[Point, ...]:
    """From the upper centre out sideways, then down into the lower centre from above."""
    dx, dy = lower.x - upper.x, lower.y - upper.y
    out = side * (upper.box.w / 2 + 16 + 14 * k) * reach
    p1 = (upper.x + out + (dx * 0.3 if side * dx > 0 else 0.0), upper.y)
    p2 = (lower.x - side * 10 * reach, lower.y - max(40.0, 0.5 * dy))
    dist = math.hypot(dx, dy) + abs(out)
    return _trim(_bezier((upper.x, upper.y), p1, p2, (lower.x, lower.y), max(20, int(dist / 6))),
                 upper, lower)


# --- legend --------------------------------------------------------------------------------------


def _legend_keys(symbols: list[Symbol], unions: list[UnionDrawing],
                 descents: list[DescentDrawing], overlays: list[Overlay]) -> list[str]:
    used: set[str] = set()
    for sym in symbols:
        if sym.phantom:
            used.add("phantom")
            continue
        if sym.kind != "person":  # its own entry says it all (a stillborn son: small square, X)
            used.add(sym.kind)
        else:
            used.add(sym.gender)
            if sym.deceased:
                used.add("deceased")
        if sym.index:
            used.add("index")
        if sym.narrator:
            used.add("narrator")
    for u in unions:
        if u.type != "phantom":
            used.add(f"union:{u.type}")
        if u.status != "together":
            used.add(f"status:{u.status}")
    for d in descents:
        for line in d.lines:
            if line.style.startswith("child:"):
                used.add(line.style)
            elif line.style.startswith("twin:"):
                used.add("twins")
                used.add("child:" + line.style.split(":", 1)[1])
    for ov in overlays:
        used.add(f"link:{ov.type}" if ov.kind == "link" else ov.type)
    return [k for k in style.LEGEND_ORDER if k in used]


__all__ = ["Layout", "Tie", "layout"]
