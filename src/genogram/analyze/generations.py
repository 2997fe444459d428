"""Generations for the multigenerational pattern: from the parent-child graph, and, where the graph
is thin, from kin words. A person the reader left outside the teller's part of the family ("my
grandmother", "Lena's father", "her paternal grandfather") is placed by the kin word of one of
their mentions, relative to its owner: a grandmother two generations above, a niece one below.
"""

from __future__ import annotations

import re
from collections import defaultdict

from genogram.analyze.cues import fold, sentence_at
from genogram.analyze.graph import View
from genogram.read.lexicon import kin_term

#: "my own grandmother", "Lena's late father", "her paternal grandfather", "our uncle".
_OWNED = re.compile(
    r"^(?P<owner>my|our|his|her|their|[A-Z][\w’'-]+[’']s?)\s+"
    r"(?:(?:own|late|dear|beloved|paternal|maternal|biological|birth)\s+)*"
    r"(?P<kin>[\w-]+(?:\s[\w-]+)?)$", re.IGNORECASE)
_PRONOUNS = frozenset(["i", "me", "my", "we", "our", "he", "him", "his", "she", "her", "they",
                       "them", "their", "you", "your"])


class Generations:
    """Each person's (component, generation) and the ancestor ties kin words add to the graph.

    ``gen[pid]`` is ``(component, generation)`` with generation 1 the oldest of its component;
    ``lineal[pid]`` holds people a kin word makes ``pid``'s ancestors ("my grandmother").
    """

    def __init__(self, v: View, text: str | None = None) -> None:
        self.v = v
        self.gen: dict[str, tuple[int, int]] = dict(v.generations())
        self.lineal: dict[str, set[str]] = defaultdict(set)
        if text:
            self._place_by_kin_words(text)
        self._renumber()

    def ancestors(self, pid: str) -> set[str]:
        """Ancestors by parent ties and by lineal kin words."""
        seen: set[str] = set()
        stack = [*self.v.parents.get(pid, ()), *self.lineal.get(pid, ())]
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            stack += [*self.v.parents.get(x, ()), *self.lineal.get(x, ())]
        return seen

    def _place_by_kin_words(self, text: str) -> None:
        for p in self.v.family.people:
            for s, e in p.mentions:
                m = _OWNED.match(text[s:e])
                steps = _steps(m.group("kin")) if m else None
                if m is None or steps is None:
                    continue
                owner = self._owner(text, m.group("owner"), s, p.id)
                if owner is None or owner not in self.gen or p.id not in self.gen:
                    continue
                if self.gen[owner][0] == self.gen[p.id][0]:
                    continue  # the graph already places them together
                self._join(p.id, owner, steps[0])
                if steps[1] == "up":
                    self.lineal[owner].add(p.id)
                elif steps[1] == "down":
                    self.lineal[p.id].add(owner)
                break

    def _join(self, pid: str, owner: str, offset: int) -> None:
        """Move ``pid``'s whole component next to ``owner``: ``pid`` ``offset`` generations
        below the owner (negative: above)."""
        comp, g = self.gen[pid]
        to_comp, to_g = self.gen[owner]
        delta = to_g + offset - g
        for q, (c, h) in list(self.gen.items()):
            if c == comp:
                self.gen[q] = (to_comp, h + delta)

    def _owner(self, text: str, word: str, at: int, pid: str) -> str | None:
        """Whose kin the mention names: the narrator for "my"/"our"; the person of that name or
        description for "Lena's"/"Client's"; for "his"/"her"/"their" the first person named
        earlier in the sentence (its subject, in a note's "Client reports that her father ...")."""
        v = self.v
        low = word.lower()
        if low in ("my", "our"):
            return _narrator_at(v, at)
        if low in ("his", "her", "their"):
            s0 = sentence_at(text, at)[0]
            named = sorted((s, q.id) for q in v.family.people for s, e in q.mentions
                           if s0 <= s < at and text[s:e].lower() not in _PRONOUNS)
            if not named or named[0][1] == pid:
                return None
            subject = v.people[named[0][1]]
            cannot = {"his": "female", "her": "male"}.get(low)
            return subject.id if subject.gender != cannot else None
        name = fold(re.sub(r"[’']s?$", "", word))
        found = [q.id for q in v.family.people if q.id != pid and (
            name in [fold(w) for n in [q.name or "", *q.aliases] for w in n.split()]
            or name in [fold(d) for d in q.descriptions])]
        return found[0] if len(found) == 1 else None

    def _renumber(self) -> None:
        low: dict[int, int] = {}
        for c, g in self.gen.values():
            low[c] = min(low.get(c, g), g)
        self.gen = {p: (c, g - low[c] + 1) for p, (c, g) in self.gen.items()}


def _steps(kin: str) -> tuple[int, str] | None:
    """How many generations below its owner a kin word puts someone (negative: above), and
    whether the tie is lineal ("up": an ancestor, "down": a descendant, "": neither)."""
    term = kin_term(kin) or kin_term(kin.split()[-1])
    if term is None or "god" in term.qual:
        return None
    path = term.path
    offset = path.count("C") - path.count("P")
    if set(path) == {"P"}:
        return offset, "up"
    if set(path) == {"C"}:
        return offset, "down"
    return offset, ""


def _narrator_at(v: View, at: int) -> str | None:
    """The narrator telling the text at ``at``, else the story's one narrator."""
    for seg in v.family.narration:
        if seg.start <= at < seg.end and seg.narrator in v.people:
            return seg.narrator
    tellers = [p.id for p in v.family.people if p.narrator]
    return tellers[0] if len(tellers) == 1 else None
