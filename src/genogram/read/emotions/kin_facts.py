"""Kin facts a link cue checks before it speaks: a stated kin claim, a parent, a sibling, a
partner (a parent's care or a couple's shared home is the default, not a signal)."""

from __future__ import annotations

from collections import defaultdict

from genogram.read.resolve import Discourse

#: Qualifiers that keep a parent term a parent: "late", "twin", "biological", "adoptive".
_PARENT_QUALS = frozenset({"late", "twin", "biological", "birth", "adoptive"})


class KinFacts:
    """Mixed into ``LinkReader``: questions about stated kin ties between two entities."""

    d: Discourse
    couples: frozenset[frozenset[int]]
    _kin_pairs: dict[int, set[int]] | None

    def kin(self, a: int, b: int, paths: tuple[str, ...]) -> bool:
        """``b`` stands to ``a`` in one of the kin ``paths`` by a stated claim."""
        ents = self.d.ents
        a, b = ents.find(a), ents.find(b)
        for c in ents.claims:
            p, r = ents.find(c.possessor), ents.find(c.referent)
            if p == a and r == b and c.term.path in paths:
                return True
        return False

    def is_parent(self, parent: int, child: int) -> bool:
        """A parent by a stated claim, a birth or adoptive one included ("his bio dad", "her
        adoptive mother": the graph's ``parents_of`` leaves those qualified terms out)."""
        ents = self.d.ents
        parent, child = ents.find(parent), ents.find(child)
        if parent in ents.parents_of(child):
            return True
        for c in ents.claims:
            if c.term.qual - _PARENT_QUALS:
                continue
            p, r = ents.find(c.possessor), ents.find(c.referent)
            if (c.term.path == "P" and (p, r) == (child, parent)) or (
                    c.term.path == "C" and (p, r) == (parent, child)):
                return True
        return False

    def parent_in_fact(self, parent: int, child: int) -> bool:
        """``parent`` is ``child``'s parent by a stated claim, or the parent of a stated
        sibling of the child ("my father Dagfinn ... my brother Eirik": Dagfinn is Eirik's father too)."""
        ents = self.d.ents
        if self.is_parent(parent, child):
            return True
        child = ents.find(child)
        sibs = {ents.find(c.referent) if ents.find(c.possessor) == child else ents.find(c.possessor)
                for c in ents.claims if c.term.path == "S" and c.term.qual <= {"late", "twin"}
                and child in (ents.find(c.possessor), ents.find(c.referent))}
        return any(self.is_parent(parent, s) for s in sibs if s != child)

    def any_kin(self, a: int, b: int) -> bool:
        if self._kin_pairs is None:
            ents = self.d.ents
            pairs: dict[int, set[int]] = defaultdict(set)
            for c in ents.claims:
                if c.term.path in ("G", "g") or c.title_only:
                    continue
                p, r = ents.find(c.possessor), ents.find(c.referent)
                pairs[p].add(r)
                pairs[r].add(p)
            self._kin_pairs = pairs
        ents = self.d.ents
        return ents.find(b) in self._kin_pairs.get(ents.find(a), set())

    def siblings(self, a: int, b: int) -> bool:
        """A stated sibling claim, or a parent in common."""
        ents = self.d.ents
        return (self.kin(a, b, ("S",)) or self.kin(b, a, ("S",))
                or bool(ents.parents_of(a) & ents.parents_of(b)))

    def partners(self, a: int, b: int) -> bool:
        """A stated spouse claim, or a union the graph holds."""
        find = self.d.ents.find
        return (self.kin(a, b, ("E",)) or self.kin(b, a, ("E",))
                or frozenset((find(a), find(b))) in self.couples)
