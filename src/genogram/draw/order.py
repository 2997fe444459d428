"""Stage 2: order within a row.

A *block* is a partner group: people joined by couple lines, kept side by side in a fixed order
(someone with several partners in the middle, partners alternately left and right in the order
the story gives them; a man left of a woman in a couple, as in McGoldrick's figures). Blocks are
ordered row by row by barycentre sweeps (Sugiyama), with keys that keep each couple's children
together: a block sorts by the position of the couple(s) its members descend from, then by a
secondary key. Siblings are then put oldest to youngest, left to right, when their birth years or
ages are known; a sibling whose partner's family is also drawn sits at the end facing that family.
Twins are kept side by side. The order with the fewest parent-child crossings wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from genogram.draw import style
from genogram.draw.generations import Generations, descent_parents
from genogram.draw.structure import Structure

SWEEPS = 6


@dataclass
class Block:
    """One partner group in one row: ``members`` left to right, ``offsets`` their centres."""

    id: str
    row: int
    members: list[str]
    offsets: list[float] = field(default_factory=list)
    width: float = 0.0
    left_pad: float = 0.0  # from the block's left edge to the first member's centre
    above: list[str] = field(default_factory=list)  # descents the members hang from
    below: list[str] = field(default_factory=list)  # descents hanging from the members
    anchors: list[str] = field(default_factory=list)  # people elsewhere it should stand near


@dataclass
class Ordering:
    rows: list[list[Block]]
    block_of: dict[str, Block]
    row_of_descent: dict[str, int]


def _linearize(s: Structure, members: list[str]) -> list[str]:
    if len(members) == 1:
        return list(members)
    mset = set(members)
    adj: dict[str, list[str]] = {m: [] for m in members}
    for c in s.couples.values():
        if c.a in mset and c.b in mset:
            adj[c.a].append(c.b)
            adj[c.b].append(c.a)
    if len(members) == 2:
        first = next(c for c in s.couples.values() if c.a in mset and c.b in mset)
        return _orient_pair(s, first.a, first.b)
    deg = {m: len(set(adj[m])) for m in members}
    n_edges = sum(deg.values()) // 2
    if max(deg.values()) <= 2 and n_edges == len(members) - 1:  # a simple path
        start = next(m for m in members if deg[m] == 1)
        path, prev = [start], None
        while len(path) < len(members):
            nxt = next(x for x in adj[path[-1]] if x != prev and x not in path)
            prev = path[-1]
            path.append(nxt)
        return path
    hub = max(members, key=lambda m: (deg[m], -members.index(m)))
    left: list[str] = []
    right: list[str] = []
    placed = {hub}
    frontier = [(hub, 0)]
    while frontier:
        node, side = frontier.pop(0)
        for p in adj[node]:
            if p in placed:
                continue
            placed.add(p)
            if side == 0:
                go_left = len(left) <= len(right)
                (left if go_left else right).append(p)
                frontier.append((p, -1 if go_left else 1))
            else:
                (left if side < 0 else right).append(p)
                frontier.append((p, side))
    rest = [m for m in members if m not in placed]
    return list(reversed(left)) + [hub] + right + rest


def _orient_pair(s: Structure, a: str, b: str) -> list[str]:
    na, nb = s.nodes[a], s.nodes[b]
    if nb.phantom and na.person is not None and na.person.gender == "female":
        return [b, a]
    if na.phantom and nb.person is not None and nb.person.gender != "female":
        return [b, a]
    return [a, b]


def member_gap(s: Structure, left: str, right: str) -> float:
    """Distance between the centres of two neighbours in one block."""
    nl, nr = s.nodes[left], s.nodes[right]
    couple = next((c for c in s.couples.values() if {c.a, c.b} == {left, right}), None)
    if couple is None:
        return (nl.width + nr.width) / 2 + style.BLOCK_GAP
    d = max(nl.width, nr.width) + style.PARTNER_GAP
    if couple.label:
        widest = max(style.text_width(t, style.SMALL_FONT) for t in _label_lines(couple.label))
        d = max(d, (nl.size + nr.size) / 2 + widest + 22)
    return d


def _label_lines(label: str) -> list[str]:
    words = label.split(" ")
    return [" ".join(words[i:i + 2]) for i in range(0, len(words), 2)]


def _set_geometry(s: Structure, b: Block) -> None:
    offs = [0.0]
    for left, right in zip(b.members, b.members[1:], strict=False):
        offs.append(offs[-1] + member_gap(s, left, right))
    first = s.nodes[b.members[0]]
    last = s.nodes[b.members[-1]]
    b.left_pad = first.width / 2
    b.offsets = [o + b.left_pad for o in offs]
    b.width = b.offsets[-1] + last.width / 2


def build_blocks(s: Structure, g: Generations) -> Ordering:
    blocks: dict[str, Block] = {}
    for gid, members in g.members.items():
        row = g.row[members[0]]
        b = Block(gid, row, _linearize(s, members))
        _set_geometry(s, b)
        blocks[gid] = b
    block_of = {n: blocks[g.group[n]] for n in s.nodes}
    row_of_descent: dict[str, int] = {}
    for did, d in s.descents.items():
        parents = descent_parents(s, did)
        pb = block_of[parents[0]]
        row_of_descent[did] = pb.row
        if did not in pb.below:
            pb.below.append(did)
        for child, _ in d.children:
            cb = block_of[child]
            if cb.row > pb.row and did not in cb.above:
                cb.above.append(did)
    for n, others in g.anchors.items():
        block_of[n].anchors.extend(others)
    nrows = max((b.row for b in blocks.values()), default=-1) + 1
    rows: list[list[Block]] = [[] for _ in range(nrows)]
    for b in _initial_order(s, blocks, block_of):
        rows[b.row].append(b)
    return Ordering(rows, block_of, row_of_descent)


def _initial_order(s: Structure, blocks: dict[str, Block], block_of: dict[str, Block]) -> list[Block]:
    """Depth-first from the top rows: each block, then its children's blocks in birth order."""
    seen: set[str] = set()
    out: list[Block] = []

    def visit(b: Block) -> None:
        stack = [b]
        while stack:
            cur = stack.pop()
            if cur.id in seen:
                continue
            seen.add(cur.id)
            out.append(cur)
            kids: list[Block] = []
            for did in cur.below:
                for child, _ in sorted(s.descents[did].children,
                                       key=lambda ck: s.birth_key.get(ck[0], 0.0)):
                    kb = block_of[child]
                    if kb.id not in seen and kb not in kids:
                        kids.append(kb)
            stack.extend(reversed(kids))

    for b in sorted(blocks.values(), key=lambda b: b.row):
        if not b.above:
            visit(b)
    for b in blocks.values():
        visit(b)
    return out


# --- sweeps --------------------------------------------------------------------------------------


def packed_positions(s: Structure, rows: list[list[Block]]) -> dict[str, float]:
    """Centre x of every node when each row is packed left to right and centred on 0."""
    xs: dict[str, float] = {}
    for row in rows:
        x = 0.0
        placed: list[tuple[Block, float]] = []
        for i, b in enumerate(row):
            if i:
                x += style.FAMILY_GAP
            placed.append((b, x))
            x += b.width
        shift = -x / 2
        for b, left in placed:
            for m, off in zip(b.members, b.offsets, strict=True):
                xs[m] = left + off + shift
    return xs


def descent_x(s: Structure, did: str, xs: dict[str, float]) -> float:
    parents = descent_parents(s, did)
    return sum(xs[p] for p in parents) / len(parents)


def _block_x(b: Block, xs: dict[str, float]) -> float:
    return sum(xs[m] for m in b.members) / len(b.members)


def _children_x(s: Structure, b: Block, xs: dict[str, float], row: int) -> float | None:
    vals = [xs[c] for did in b.below for c, _ in s.descents[did].children if c in xs]
    return sum(vals) / len(vals) if vals else None


def _sort_row(s: Structure, o: Ordering, r: int, xs: dict[str, float], down: bool) -> None:
    row = o.rows[r]
    keys: dict[str, tuple[float, float]] = {}
    for b in row:
        here = _block_x(b, xs)
        above = [descent_x(s, d, xs) for d in b.above]
        below = _children_x(s, b, xs, r)
        if above:
            second = here if down or below is None else below
            keys[b.id] = (sum(above) / len(above), second)
        elif not down and below is not None:
            keys[b.id] = (below, here)
        elif b.anchors:
            ax = sum(xs[a] for a in b.anchors if a in xs) / max(1, sum(a in xs for a in b.anchors))
            keys[b.id] = (ax, here)
        else:
            keys[b.id] = (here, here)
    row.sort(key=lambda b: keys[b.id])
    _birth_order(s, o, r)
    _orient_blocks(s, o, r, xs)


def _orient_blocks(s: Structure, o: Ordering, r: int, xs: dict[str, float]) -> None:
    """A couple whose two members both have parents drawn: each spouse on their own family's side."""
    for b in o.rows[r]:
        if len(b.members) != 2:
            continue
        ka = [descent_x(s, d, xs) for d in b.above if _hangs(s, d, b.members[0])]
        kb = [descent_x(s, d, xs) for d in b.above if _hangs(s, d, b.members[1])]
        if ka and kb and sum(ka) / len(ka) > sum(kb) / len(kb):
            b.members.reverse()
            _set_geometry(s, b)


def _hangs(s: Structure, did: str, node: str) -> bool:
    return any(c == node for c, _ in s.descents[did].children)


def _birth_order(s: Structure, o: Ordering, r: int) -> None:
    """Within each sibship: oldest left (known keys only); twins side by side."""
    row = o.rows[r]
    for did in _descents_into(o, r):
        d = s.descents[did]
        kids = {c for c, _ in d.children}
        slots = [i for i, b in enumerate(row) if b.above == [did]]
        known = [i for i in slots if _block_birth(s, row[i], kids) is not None]
        ordered = sorted((row[i] for i in known), key=lambda b: _block_birth(s, b, kids) or 0.0)
        for i, b in zip(known, ordered, strict=True):
            row[i] = b
        for twins in d.twins:
            idx = sorted(i for i, b in enumerate(row) if set(b.members) & twins)
            if len(idx) < 2:
                continue
            moving = [row[i] for i in idx[1:]]
            for i in reversed(idx[1:]):
                del row[i]
            at = idx[0] + 1
            row[at:at] = moving


def _descents_into(o: Ordering, r: int) -> list[str]:
    out: list[str] = []
    for b in o.rows[r]:
        for did in b.above:
            if did not in out:
                out.append(did)
    return out


def _block_birth(s: Structure, b: Block, kids: set[str]) -> float | None:
    vals = [s.birth_key[m] for m in b.members if m in kids and m in s.birth_key]
    return min(vals) if vals else None


def crossings(s: Structure, o: Ordering, xs: dict[str, float]) -> int:
    """Parent-to-child segments that cross, counted between consecutive rows."""
    segs: dict[int, list[tuple[float, float]]] = {}
    for did, d in s.descents.items():
        if any(p not in xs for p in descent_parents(s, did)):
            continue  # another component
        r = o.row_of_descent[did]
        px = descent_x(s, did, xs)
        for child, _ in d.children:
            if child in xs and o.block_of[child].row == r + 1:
                segs.setdefault(r, []).append((px, xs[child]))
    total = 0
    for lst in segs.values():
        for i, (a1, b1) in enumerate(lst):
            for a2, b2 in lst[i + 1:]:
                if (a1 - a2) * (b1 - b2) < 0:
                    total += 1
    return total


def order_rows(s: Structure, o: Ordering) -> Ordering:
    """Barycentre sweeps down and up; keep the order with the fewest crossings."""
    for r in range(len(o.rows)):
        _birth_order(s, o, r)
    xs = packed_positions(s, o.rows)
    best = crossings(s, o, xs)
    best_rows = [list(row) for row in o.rows]
    best_members = {b.id: list(b.members) for row in o.rows for b in row}
    for _ in range(SWEEPS):
        for r in range(1, len(o.rows)):
            _sort_row(s, o, r, xs, down=True)
            xs = packed_positions(s, o.rows)
        for r in range(len(o.rows) - 2, -1, -1):
            _sort_row(s, o, r, xs, down=False)
            xs = packed_positions(s, o.rows)
        n = crossings(s, o, xs)
        if n < best:
            best = n
            best_rows = [list(row) for row in o.rows]
            best_members = {b.id: list(b.members) for row in o.rows for b in row}
        if best == 0:
            break
    o.rows = best_rows
    for row in o.rows:
        for b in row:
            if b.members != best_members[b.id]:
                b.members = best_members[b.id]
                _set_geometry(s, b)
    return o
