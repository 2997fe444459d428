"""Invariants of a good drawing, each a function returning the problems it finds (empty: fine).

Used by the tests on the whole catalogue and handy when a drawing of a real story looks wrong.
"""

from __future__ import annotations

from genogram.draw.geometry import Layout, Symbol
from genogram.model import Family


def overlapping_boxes(layout: Layout) -> list[str]:
    """Pairs of symbols (with their text) that overlap."""
    syms = sorted(layout.symbols, key=lambda s: s.box.x)
    out = []
    for i, a in enumerate(syms):
        for b in syms[i + 1:]:
            if b.box.x >= a.box.right:
                break
            if a.box.overlaps(b.box):
                out.append(f"{a.id} overlaps {b.id}")
    return out


def lines_through_boxes(layout: Layout) -> list[str]:
    """Structural lines (unions, sibships, children) that cross a box they do not own."""
    out = []
    for line in layout.structural_lines():
        for p, q in zip(line.points, line.points[1:], strict=False):
            lo_x, hi_x = min(p[0], q[0]), max(p[0], q[0])
            lo_y, hi_y = min(p[1], q[1]), max(p[1], q[1])
            for s in layout.symbols:
                b = s.box
                if s.id in line.owners or b.x > hi_x or b.right < lo_x or b.y > hi_y \
                        or b.bottom < lo_y:
                    continue
                if b.hit_by(p, q, 0.5):
                    out.append(f"{line.style} line {p}-{q} crosses {s.id}")
    return out


def children_below_parents(layout: Layout, family: Family) -> list[str]:
    """Every drawn parent-child line goes down: the child's row is below the parent's."""
    by_id = {s.id: s for s in layout.symbols}
    out = []
    for d in layout.descents:
        parents = [d.parent] if d.union is None else [
            u for un in layout.unions if un.id == d.union for u in (un.a, un.b)]
        for c in d.children:
            for p in parents:
                if p and by_id[c].y <= by_id[p].y:
                    out.append(f"{c} is not below its parent {p}")
    for t in family.children:
        if t.child in by_id and t.parent in by_id and by_id[t.child].row >= 0 and \
                _drawn_from(layout, t.parent, t.child) and by_id[t.child].y <= by_id[t.parent].y:
            out.append(f"{t.child} is drawn from {t.parent} but not below")
    return out


def _drawn_from(layout: Layout, parent: str, child: str) -> bool:
    for d in layout.descents:
        if child in d.children:
            if d.parent == parent:
                return True
            return any(u.id == d.union and parent in (u.a, u.b) for u in layout.unions)
    return False


def partners_side_by_side(layout: Layout) -> list[str]:
    """Partners share a row; anyone between two partners belongs to their partner group (someone
    with several partners has them on both sides; nobody unrelated stands in between)."""
    by_id = {s.id: s for s in layout.symbols}
    group = {s.id: s.id for s in layout.symbols}

    def find(x: str) -> str:
        while group[x] != x:
            group[x] = group[group[x]]
            x = group[x]
        return x

    for u in layout.unions:
        group[find(u.a)] = find(u.b)
    out = []
    for u in layout.unions:
        a, b = by_id[u.a], by_id[u.b]
        if a.y != b.y:
            out.append(f"partners {u.a} and {u.b} are in different rows")
            continue
        lo, hi = sorted((a.x, b.x))
        for s in layout.symbols:
            if s.y == a.y and lo < s.x < hi and find(s.id) != find(u.a):
                out.append(f"{s.id} stands between partners {u.a} and {u.b}")
    return out


def simple_couples_adjacent(layout: Layout) -> list[str]:
    """A couple in which each partner has no other partner stands side by side."""
    count: dict[str, int] = {}
    for u in layout.unions:
        count[u.a] = count.get(u.a, 0) + 1
        count[u.b] = count.get(u.b, 0) + 1
    by_id = {s.id: s for s in layout.symbols}
    out = []
    for u in layout.unions:
        if count[u.a] == 1 and count[u.b] == 1:
            a, b = by_id[u.a], by_id[u.b]
            lo, hi = sorted((a.x, b.x))
            if a.y != b.y or any(s.y == a.y and lo < s.x < hi for s in layout.symbols):
                out.append(f"{u.a} and {u.b} are not side by side")
    return out


def used_legend_keys(layout: Layout) -> set[str]:
    """What the drawing shows, recomputed from the layout (the legend must list exactly this)."""
    used: set[str] = set()
    for s in layout.symbols:
        used |= _symbol_keys(s)
    for u in layout.unions:
        if u.type != "phantom":
            used.add(f"union:{u.type}")
        if u.status != "together":
            used.add(f"status:{u.status}")
    for d in layout.descents:
        for line in d.lines:
            kind, _, rest = line.style.partition(":")
            if kind == "child":
                used.add(line.style)
            elif kind == "twin":
                used |= {"twins", f"child:{rest}"}
    for o in layout.overlays:
        used.add(f"link:{o.type}" if o.kind == "link" else o.type)
    return used


def _symbol_keys(s: Symbol) -> set[str]:
    if s.phantom:
        return {"phantom"}
    if s.kind != "person":
        keys = {s.kind}
        flags = ((s.index, "index"), (s.narrator, "narrator"))
    else:
        keys = {s.gender}
        flags = ((s.deceased, "deceased"), (s.index, "index"), (s.narrator, "narrator"))
    for flag, key in flags:
        if flag:
            keys.add(key)
    return keys


def all_problems(layout: Layout, family: Family) -> list[str]:
    """Every invariant at once."""
    return (overlapping_boxes(layout) + lines_through_boxes(layout)
            + children_below_parents(layout, family) + partners_side_by_side(layout)
            + simple_couples_adjacent(layout))
