"""Stage 3: place and compact. Horizontal positions that keep the order and the spacing.

Each row is solved on its own, given its neighbours: every block wants to move so that the children
of a couple are centred under the couple's line (pulled from above) and so that a couple's line is
centred over its children (pulled from below). The best positions that keep the row's order and the
minimum gaps are a weighted isotonic regression, solved exactly by pool-adjacent-violators. Rows are
solved top-down and bottom-up a few times (Gauss-Seidel on the quadratic programme that kinship2's
alignped4 hands to a solver). Finally the drawing is shifted to start at the margin.
"""

from __future__ import annotations

from genogram.draw import style
from genogram.draw.order import Block, Ordering, descent_x, packed_positions
from genogram.draw.structure import Structure

ITERATIONS = 12
STAY_WEIGHT = 0.05


def isotonic(targets: list[float], weights: list[float], seps: list[float]) -> list[float]:
    """Positions p minimising sum w*(p - t)^2 subject to p[i+1] - p[i] >= seps[i]."""
    offsets = [0.0]
    for sep in seps:
        offsets.append(offsets[-1] + sep)
    vals = [t - o for t, o in zip(targets, offsets, strict=True)]
    pools: list[list[float]] = []  # [weighted mean, weight, count]
    for v, w in zip(vals, weights, strict=True):
        pools.append([v, w, 1])
        while len(pools) > 1 and pools[-2][0] > pools[-1][0]:
            m2, w2, c2 = pools.pop()
            m1, w1, c1 = pools.pop()
            wt = w1 + w2
            pools.append([(m1 * w1 + m2 * w2) / wt, wt, c1 + c2])
    out: list[float] = []
    for mean, _, count in pools:
        out.extend([mean] * int(count))
    return [y + o for y, o in zip(out, offsets, strict=True)]


def _gap(left: Block, right: Block) -> float:
    shared = set(left.above) & set(right.above)
    return style.BLOCK_GAP if shared else style.FAMILY_GAP


def _targets(s: Structure, o: Ordering, r: int, xs: dict[str, float]) -> tuple[list[float], list[float]]:
    targets: list[float] = []
    weights: list[float] = []
    for b in o.rows[r]:
        left = xs[b.members[0]] - b.offsets[0]
        acc, wsum = left * STAY_WEIGHT, STAY_WEIGHT
        for did in b.above:
            kids = [c for c, _ in s.descents[did].children if o.block_of[c].row == r]
            centre = (min(xs[c] for c in kids) + max(xs[c] for c in kids)) / 2
            acc += left + descent_x(s, did, xs) - centre
            wsum += 1.0
        for did in b.below:
            kids = [c for c, _ in s.descents[did].children if o.block_of[c].row > r]
            if not kids:
                continue
            centre = (min(xs[c] for c in kids) + max(xs[c] for c in kids)) / 2
            acc += left + centre - descent_x(s, did, xs)
            wsum += 1.0
        near = [xs[a] for a in b.anchors if a in xs]
        if near:
            centre = (xs[b.members[0]] + xs[b.members[-1]]) / 2
            acc += 0.5 * (left + sum(near) / len(near) - centre)
            wsum += 0.5
        targets.append(acc / wsum)
        weights.append(wsum)
    return targets, weights


def _place_row(s: Structure, o: Ordering, r: int, xs: dict[str, float]) -> None:
    row = o.rows[r]
    if not row:
        return
    targets, weights = _targets(s, o, r, xs)
    seps = [a.width + _gap(a, b) for a, b in zip(row, row[1:], strict=False)]
    lefts = isotonic(targets, weights, seps)
    for b, left in zip(row, lefts, strict=True):
        for m, off in zip(b.members, b.offsets, strict=True):
            xs[m] = left + off


def place(s: Structure, o: Ordering) -> dict[str, float]:
    """Centre x of every node, the leftmost box at the margin."""
    xs = packed_positions(s, o.rows)
    n = len(o.rows)
    for _ in range(ITERATIONS):
        for r in range(n):
            _place_row(s, o, r, xs)
        for r in range(n - 1, -1, -1):
            _place_row(s, o, r, xs)
    if xs:
        low = min(xs[m] - s.nodes[m].width / 2 for m in xs)
        for m in xs:
            xs[m] = round(xs[m] - low + style.MARGIN, 2)
    return xs
