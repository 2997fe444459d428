"""Small lookups over a :class:`Family` shared by the findings: labels, relation words,
generations. Imports only the model.
"""

from __future__ import annotations

from collections import defaultdict, deque

from genogram.model import Family, Span

_PARENT = {"female": "mother", "male": "father"}
_CHILD = {"female": "daughter", "male": "son"}
_SIB = {"female": "sister", "male": "brother"}
_SPOUSE = {"female": "wife", "male": "husband"}


class View:
    """Indexes over one family: people by id, parents, children, partners, siblings, links."""

    def __init__(self, family: Family) -> None:
        self.family = family
        self.people = {p.id: p for p in family.people}
        self.parents: dict[str, set[str]] = defaultdict(set)
        self.kids: dict[str, set[str]] = defaultdict(set)
        self.kind: dict[tuple[str, str], str] = {}
        self.child_ev: dict[tuple[str, str], list[Span]] = {}
        for c in family.children:
            self.parents[c.child].add(c.parent)
            self.kids[c.parent].add(c.child)
            self.kind[(c.parent, c.child)] = c.kind
            self.child_ev[(c.parent, c.child)] = list(c.evidence)
        self.partners: dict[str, set[str]] = defaultdict(set)
        for u in family.unions:
            a, b = u.partners
            self.partners[a].add(b)
            self.partners[b].add(a)
        self.sibs: dict[str, set[str]] = defaultdict(set)
        for s in family.siblings:
            self.sibs[s.a].add(s.b)
            self.sibs[s.b].add(s.a)
        self.links: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for link in family.links:
            self.links[link.a][link.b].add(link.type)
            self.links[link.b][link.a].add(link.type)
        self._gen: dict[str, tuple[int, int]] | None = None

    def label(self, pid: str) -> str:
        p = self.people.get(pid)
        if p is None:
            return pid
        if p.name:
            return p.name
        if p.narrator:
            return "the narrator"
        if p.descriptions:
            return p.descriptions[0]
        return f"an unnamed person ({pid})"

    def relation(self, a: str, b: str) -> str | None:
        """What ``b`` is to ``a`` in one word ("son", "mother", "wife", "sister"), if direct."""
        g = self.people[b].gender if b in self.people else "unknown"
        if b in self.parents.get(a, ()):
            return _PARENT.get(g, "parent")
        if b in self.kids.get(a, ()):
            return _CHILD.get(g, "child")
        if b in self.partners.get(a, ()):
            return _SPOUSE.get(g, "partner")
        if b in self.sibs.get(a, ()):
            return _SIB.get(g, "sibling")
        return None

    def possessive(self, a: str) -> str:
        g = self.people[a].gender if a in self.people else "unknown"
        return {"female": "her", "male": "his"}.get(g, "their")

    def described(self, a: str, b: str) -> str:
        """``b`` named from ``a``'s side: "his son Sindre", else just the label."""
        rel = self.relation(a, b)
        name = self.label(b)
        if rel and self.people.get(b) and self.people[b].name:
            return f"{self.possessive(a)} {rel} {name}"
        if rel:
            return f"{self.possessive(a)} {rel}"
        return name

    def generations(self) -> dict[str, tuple[int, int]]:
        """Each person's (component, generation): parents one above their children, partners and
        siblings level. Breadth-first from the first person of each component."""
        if self._gen is not None:
            return self._gen
        adj: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for c in self.family.children:
            adj[c.child].append((c.parent, -1))
            adj[c.parent].append((c.child, 1))
        # sorted: sets of ids iterate in a hash order that changes from run to run, and where
        # the ties disagree (a cycle) the order decides the generation
        for a, bs in self.partners.items():
            adj[a].extend((b, 0) for b in sorted(bs))
        for a, bs in self.sibs.items():
            adj[a].extend((b, 0) for b in sorted(bs))
        out: dict[str, tuple[int, int]] = {}
        comp = 0
        for p in self.family.people:
            if p.id in out:
                continue
            comp += 1
            out[p.id] = (comp, 0)
            queue = deque([p.id])
            while queue:
                x = queue.popleft()
                gx = out[x][1]
                for y, step in adj[x]:
                    if y not in out:
                        out[y] = (comp, gx + step)
                        queue.append(y)
        # number generations from 1 (the oldest) within each component
        low: dict[int, int] = {}
        for c, g in out.values():
            low[c] = min(low.get(c, g), g)
        self._gen = {pid: (c, g - low[c] + 1) for pid, (c, g) in out.items()}
        return self._gen

    def ancestors(self, pid: str) -> set[str]:
        seen: set[str] = set()
        stack = list(self.parents.get(pid, ()))
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            stack.extend(self.parents.get(x, ()))
        return seen

    def mention(self, pid: str) -> list[Span]:
        p = self.people.get(pid)
        return [tuple(p.mentions[0])] if p is not None and p.mentions else []  # type: ignore[list-item]


def spans(*groups: list[Span] | list[tuple[int, int]]) -> list[Span]:
    """Evidence spans, deduplicated and sorted."""
    out: set[tuple[int, int]] = set()
    for g in groups:
        for a, b in g:
            out.add((int(a), int(b)))
    return sorted(out)  # type: ignore[return-value]
