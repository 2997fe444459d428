"""Stage 1: generations. Partners share a row; parents sit one row (or more) above their children.

Partners are merged into *partner groups* (everyone joined by couple lines). Groups form a graph,
parent group -> child group; a tie inside one group or one that closes a cycle (odd data: someone
their own ancestor, a parent partnered with a child) is dropped from the layout and later drawn as an
overlay tie. Each group's generation is its longest path from a group with no parents; then groups
with no parents sink to just above their highest child (kinship2 aligns married-in founders the
same way), so in-laws' parents stand one row above the in-law rather than at the top.
"""

from __future__ import annotations

from dataclasses import dataclass

from genogram.draw.structure import Structure, Tie


class DisjointSet:
    """Union-find over string ids, remembering first-seen order for deterministic roots."""

    def __init__(self, items: list[str]) -> None:
        self.parent = {x: x for x in items}
        self.rank = {x: i for i, x in enumerate(items)}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.rank[rb] < self.rank[ra]:
            ra, rb = rb, ra
        self.parent[rb] = ra  # the earliest item stays the root


@dataclass
class Generations:
    """Row of every node, partner group of every node, and connected component of every node."""

    row: dict[str, int]
    group: dict[str, str]
    component: dict[str, str]
    members: dict[str, list[str]]  # group -> nodes, in node order
    anchors: dict[str, list[str]]  # a node tied by overlay only -> the people it stands near


def descent_parents(s: Structure, did: str) -> list[str]:
    """The node(s) a descent hangs from."""
    d = s.descents[did]
    if d.couple is not None:
        c = s.couples[d.couple]
        return [c.a, c.b]
    return [d.parent] if d.parent is not None else []


def assign_generations(s: Structure) -> Generations:
    order = list(s.nodes)
    groups = DisjointSet(order)
    comps = DisjointSet(order)
    for c in s.couples.values():
        groups.join(c.a, c.b)
        comps.join(c.a, c.b)
    for did, d in s.descents.items():
        parents = descent_parents(s, did)
        for child, _ in d.children:
            comps.join(parents[0], child)
    group = {n: groups.find(n) for n in order}
    members: dict[str, list[str]] = {}
    for n in order:
        members.setdefault(group[n], []).append(n)
    gids = list(members)

    edges: dict[str, list[str]] = {g: [] for g in gids}
    for did, d in s.descents.items():
        pg = group[descent_parents(s, did)[0]]
        for child, _ in d.children:
            cg = group[child]
            if cg != pg and cg not in edges[pg]:
                edges[pg].append(cg)
    edges = _drop_cycles(gids, edges)
    gen = _longest_path(gids, edges)
    _sink_founders(gids, edges, gen)

    anchors = _anchor_loners(s, order, group, members, gen, comps)
    component = {n: comps.find(n) for n in order}
    low: dict[str, int] = {}
    for n in order:
        c = component[n]
        low[c] = min(low.get(c, gen[group[n]]), gen[group[n]])
    row = {n: gen[group[n]] - low[component[n]] for n in order}
    return Generations(row, group, component, members, anchors)


def _anchor_loners(s: Structure, order: list[str], group: dict[str, str],
                   members: dict[str, list[str]], gen: dict[str, int],
                   comps: DisjointSet) -> dict[str, list[str]]:
    """People tied to the family by an overlay tie only (a birth parent of an adopted child, a
    half-sibling with no parents drawn): a row next to the person they are tied to."""
    busy = {c.a for c in s.couples.values()} | {c.b for c in s.couples.values()}
    for d in s.descents.values():
        busy.update(c for c, _ in d.children)
        if d.parent is not None:
            busy.add(d.parent)
    anchors: dict[str, list[str]] = {}
    for t in s.ties:
        for lone, other, delta in ((t.a, t.b, -1), (t.b, t.a, 1)):
            if lone in busy or other not in busy or lone in anchors:
                continue
            if t.type.startswith("tie:"):
                delta = 0
            gen[group[lone]] = gen[group[other]] + delta
            comps.join(other, lone)
            anchors[lone] = [other]
    return anchors


def prune(s: Structure, g: Generations) -> bool:
    """Children that cannot hang below their parents (same partner group, or at or above their
    parents' row after a cycle was broken) become overlay ties; phantoms left with no child go."""
    changed = False
    for did, d in list(s.descents.items()):
        parents = descent_parents(s, did)
        keep = []
        for child, kind in d.children:
            if g.group[child] == g.group[parents[0]] or g.row[child] <= g.row[parents[0]]:
                for p in parents:
                    if not s.nodes[p].phantom:
                        s.ties.append(Tie(p, child, f"child:{kind}"))
                changed = True
            else:
                keep.append((child, kind))
        d.children = keep
        if not keep:
            del s.descents[did]
    used = {d.couple for d in s.descents.values()}
    for cid, c in list(s.couples.items()):
        if c.type == "phantom" and cid not in used:
            del s.couples[cid]
            changed = True
    in_couple = {c.a for c in s.couples.values()} | {c.b for c in s.couples.values()}
    for nid, n in list(s.nodes.items()):
        if n.phantom and nid not in in_couple:
            del s.nodes[nid]
    return changed


def _drop_cycles(gids: list[str], edges: dict[str, list[str]]) -> dict[str, list[str]]:
    """Remove back edges found by an iterative depth-first search (deterministic order)."""
    state = dict.fromkeys(gids, 0)  # 0 new, 1 on stack, 2 done
    kept: dict[str, list[str]] = {g: [] for g in gids}
    for start in gids:
        if state[start]:
            continue
        stack = [(start, iter(edges[start]))]
        state[start] = 1
        while stack:
            g, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[g] = 2
                stack.pop()
                continue
            if state[nxt] == 1:
                continue  # a back edge: drop it
            kept[g].append(nxt)
            if state[nxt] == 0:
                state[nxt] = 1
                stack.append((nxt, iter(edges[nxt])))
    return kept


def _topological(gids: list[str], edges: dict[str, list[str]]) -> list[str]:
    indeg = dict.fromkeys(gids, 0)
    for g in gids:
        for h in edges[g]:
            indeg[h] += 1
    ready = [g for g in gids if indeg[g] == 0]
    out: list[str] = []
    while ready:
        g = ready.pop(0)
        out.append(g)
        for h in edges[g]:
            indeg[h] -= 1
            if indeg[h] == 0:
                ready.append(h)
    return out


def _longest_path(gids: list[str], edges: dict[str, list[str]]) -> dict[str, int]:
    gen = dict.fromkeys(gids, 0)
    for g in _topological(gids, edges):
        for h in edges[g]:
            gen[h] = max(gen[h], gen[g] + 1)
    return gen


def _sink_founders(gids: list[str], edges: dict[str, list[str]], gen: dict[str, int]) -> None:
    has_parent = {h for g in gids for h in edges[g]}
    for g in reversed(_topological(gids, edges)):
        if g not in has_parent and edges[g]:
            gen[g] = min(gen[h] for h in edges[g]) - 1
