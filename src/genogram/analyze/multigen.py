"""The ``multigenerational`` pattern: the same pattern (divorce, cutoff, a parent leaving, early
loss of a parent, young widowhood, substance use, affairs, abuse, a child raised by a grandparent
or in foster care, a lone parent; and the theme of someone leaving) in two or more generations of
one family line.

Each occurrence of a pattern comes from the family's unions, events, links or descriptions, or from
a cue sentence of the story, and is placed at one generation (a tie across generations by its
older side): one parent-child cutoff is one occurrence, not a pattern in two generations.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from genogram.analyze.affairs import CHEAT_WORDS, cheater, text_affairs
from genogram.analyze.cues import Cues
from genogram.analyze.dates import age_value
from genogram.analyze.generations import Generations
from genogram.analyze.graph import View, spans
from genogram.analyze.pattern_cues import (
    AGE_WAS,
    BY_GRAND,
    DIED,
    FOSTERED,
    HANDED,
    LEFT,
    LONE,
    LOST,
    PLACED,
    REPEAT,
    SUBSTANCE,
    WIDOWED,
    YOUNG_WIDOW_AGE,
)
from genogram.model import Finding, Span

#: Names of the multigenerational patterns, as a clinician would say them.
PATTERN_NAMES = {
    "abandonment": "a parent leaving the family",
    "cutoff": "emotional cutoff",
    "divorce": "divorce",
    "early-loss": "early loss of a parent",
    "substance": "substance use",
    "affair": "an affair",
    "grandparent-raised": "a child raised by a grandparent",
    "lone-parent": "a parent raising children alone",
    "foster-care": "a child growing up in foster care or a children's home",
    "widowhood": "losing a partner young, with children to raise",
    "abuse": "abuse or neglect of a child",
    "leaving": "a parent or partner leaving (walking out, an affair, a divorce or separation)",
}
#: Patterns a clinician reads as one theme, relationships ending by someone leaving; the theme is
#: reported when it spans generations that no single one of them does.
_LEAVING = ("abandonment", "affair", "divorce", "separation")


@dataclass
class Instance:
    """One occurrence of a pattern: ``carriers`` show it (their generation places it; for a tie
    across generations, the older side), ``people`` is everyone it involves, with evidence."""

    pattern: str
    carriers: list[str]
    people: list[str]
    evidence: list[Span] = field(default_factory=list)
    #: the people a story sentence says repeat this pattern ("as her mother had been"): their
    #: generations count as one line even where the graph does not join them
    told: frozenset[str] = frozenset()


def instances(v: View, cues: Cues) -> list[Instance]:
    """Every occurrence of every pattern the family or its story shows."""
    out = _from_family(v) + _from_text(v, cues) + _fostered(v, cues)
    return out + _repeats(v, cues, out)


class _Found:
    """Instances gathered, with a short way to add one."""

    def __init__(self) -> None:
        self.items: list[Instance] = []

    def add(self, pattern: str, carriers: list[str], others: list[str], ev: list[Span]) -> None:
        people = list(dict.fromkeys(carriers + others))
        self.items.append(Instance(pattern, carriers, people, list(ev)))


def _from_family(v: View) -> list[Instance]:
    """Occurrences the family's unions, events, descriptions, links and ties show."""
    fam = v.family
    out = _Found()
    add = out.add
    for u in fam.unions:
        if u.type == "affair":
            a, b = u.partners
            add("affair", [cheater(v, a, b)], [], u.evidence)
        elif u.status == "divorced":
            add("divorce", list(u.partners), [], u.evidence)
    for e in fam.events:
        if e.type == "divorce" and len(e.people) == 2:
            add("divorce", list(e.people), [], e.evidence)
        elif e.type == "separation" and len(e.people) == 2:
            add("separation", list(e.people), [], e.evidence)
        elif e.type == "affair" and e.people:
            add("affair", e.people[:1], e.people[1:2], e.evidence)
        elif e.type == "illness" and SUBSTANCE.search(e.summary or ""):
            add("substance", e.people[:1], [], e.evidence)
    for p in fam.people:
        for desc in p.descriptions:
            if any(w in desc.lower() for w in CHEAT_WORDS):
                add("affair", [p.id], [], v.mention(p.id))
            if SUBSTANCE.search(desc):
                add("substance", [p.id], [], v.mention(p.id))
    for link in fam.links:
        if link.type == "cutoff":
            older = _older(v, link.a, link.b)
            add("cutoff", older, [link.a, link.b], link.evidence)
        if link.type in ("cutoff", "neglect"):
            for par, kid in ((link.a, link.b), (link.b, link.a)):
                if par in v.parents.get(kid, ()):
                    add("abandonment", [par], [kid], link.evidence)
        if link.type in ("abuse", "neglect"):
            for par, kid in ((link.a, link.b), (link.b, link.a)):
                if par in v.parents.get(kid, ()):
                    add("abuse", [par], [kid], link.evidence)
    for c in fam.children:
        if c.kind in ("caregiver", "foster", "adoptive"):
            middle = [p for p in v.parents.get(c.child, ()) if c.parent in v.parents.get(p, ())]
            if middle:
                add("grandparent-raised", [c.child], [*middle, c.parent], c.evidence)
    for e in fam.events:
        # a custody or move event joining a child and a grandparent: "sent to live with his
        # grandmother", "Grandma took custody of her"
        if e.type != "custody":
            continue
        for kid in e.people:
            grands = [g for g in e.people for p in v.parents.get(kid, ())
                      if g in v.parents.get(p, ())]
            if grands:
                middle = sorted(v.parents.get(kid, ()))
                add("grandparent-raised", [kid], [*middle, *grands], e.evidence)
    for kid, par, ev in _dated_losses(v):
        add("early-loss", [kid], [par], ev)
        # the dead parent's partner and the child's other parent: widowed with a child to raise
        for other in sorted(v.parents.get(kid, set()) & v.partners.get(par, set())):
            add("widowhood", [other], [par, kid], ev)
    for u in fam.unions:
        if u.status == "separated":
            add("separation", list(u.partners), [], u.evidence)
    return out.items


def _from_text(v: View, cues: Cues) -> list[Instance]:
    """Occurrences told by cue sentences of the story text."""
    out = _Found()
    add = out.add
    text = cues.text or ""
    for pid, cue, sent in cues.hits(WIDOWED):
        m = WIDOWED.match(text, cue[0])
        age = age_value(m.group("age")) if m and m.group("age") else None
        if age is None or age < YOUNG_WIDOW_AGE:
            add("widowhood", [pid], sorted(v.partners.get(pid, ())), [sent])
    for cheat, other, sent in text_affairs(v, cues):
        add("affair", [cheat], [other], [sent])
    for pid, cue, sent in cues.hits(SUBSTANCE):
        # "a history of alcohol use in his uncle": the person after "in" is the one who drinks
        after = cues.people_in(cue[1] + 4, cue[1] + 8) if re.match(
            r"\s+in\s", text[cue[1]:cue[1] + 4]) else []
        add("substance", [after[0] if after else pid], [], [sent])
    for pid, _cue, sent in cues.hits(LEFT):
        if v.kids.get(pid):
            add("abandonment", [pid], [], [sent])
            # "left when Lena was six": the child, young, lost a parent
            for kid in _young_in(v, cues, v.kids[pid], sent):
                add("early-loss", [kid], [pid], [sent])
    for kid, par, sent in _early_losses(v, cues):
        add("early-loss", [kid], [par] if par else [], [sent])
    for pid, _cue, sent in cues.hits(BY_GRAND):
        add("grandparent-raised", [pid], sorted(v.parents.get(pid, ())), [sent])
    for cue, sent in cues.unowned(BY_GRAND):
        # "Household: lives with maternal grandmother (name)": no subject in a note; the
        # grandparent named after the cue raises their grandchildren
        after = cues.around(*cue)[1]
        gps = [p for p in after[:1] if any(v.kids.get(k) for k in v.kids.get(p, ()))]
        for g in gps:
            for k in sorted(v.kids.get(g, ())):
                for gk in sorted(v.kids.get(k, ())):
                    add("grandparent-raised", [gk], [k, g], [sent])
    for pid, _cue, sent in cues.hits(HANDED):
        # "left all four children with her mother": the children, raised by a grandparent
        kids = sorted(v.kids.get(pid, ()))
        if kids:
            add("grandparent-raised", kids, [pid], [sent])
    for pid, _cue, sent in cues.hits(LONE):
        if v.kids.get(pid):
            add("lone-parent", [pid], [], [sent])
    return out.items


def _fostered(v: View, cues: Cues) -> list[Instance]:
    """Children in foster care or a children's home: a foster tie, a "foster boy" description, a
    cue sentence about the child, or a parent placing a child ("put her in a home")."""
    out = [Instance("foster-care", [c.child], [c.child], list(c.evidence))
           for c in v.family.children if c.kind == "foster"]
    for p in v.family.people:
        if any(FOSTERED.search(d) for d in p.descriptions):
            out.append(Instance("foster-care", [p.id], [p.id], v.mention(p.id)))
    out += [Instance("foster-care", [pid], [pid], [sent]) for pid, _cue, sent in
            cues.hits(FOSTERED)]
    text = cues.text or ""
    for m in PLACED.finditer(text):
        before, _after, sent = cues.around(m.start(), m.end())
        kids = [p for p in cues.people_in(m.start("obj"), m.end("obj")) if before and p in
                v.kids.get(before[0], ())]
        if not kids and before and len(v.kids.get(before[0], ())) == 1:
            kids = sorted(v.kids[before[0]])  # the object pronoun not read: the only child
        out += [Instance("foster-care", [k], [k, before[0]], [sent]) for k in kids]
    return out


def _older(v: View, a: str, b: str) -> list[str]:
    """The parent of a parent-child pair (the older generation places a tie), else both."""
    if a in v.parents.get(b, ()):
        return [a]
    if b in v.parents.get(a, ()):
        return [b]
    return [a, b]


def _dated_losses(v: View) -> list[tuple[str, str, list[Span]]]:
    """(child, parent, evidence) for a parent who died before the child turned 18, by the years
    of the people or of their birth and death events."""
    born = {p.id: p.birth_year for p in v.family.people if p.birth_year}
    died = {p.id: p.death_year for p in v.family.people if p.death_year}
    for e in v.family.events:
        if e.when.year and e.people and e.type in ("birth", "death"):
            (born if e.type == "birth" else died).setdefault(e.people[0], e.when.year)
    out = []
    for c in v.family.children:
        if c.kind != "biological" or c.parent not in died or c.child not in born:
            continue
        if 0 <= died[c.parent] - born[c.child] < 18:
            ev = [x for e in v.family.events if e.type == "death" and e.people[:1] == [c.parent]
                  for x in e.evidence]
            out.append((c.child, c.parent, list(c.evidence) + (ev or v.mention(c.parent))))
    return out


def _young_in(v: View, cues: Cues, kids: set[str], sent: Span) -> list[str]:
    """Children of ``kids`` told as young in the sentence: "when Lena was six", "Lena, only
    four,", "When Lena turned eight"."""
    text = cues.text or ""
    out = []
    for a in AGE_WAS.finditer(text, sent[0], sent[1]):
        out += [p for p in cues.people_in(a.start("who"), a.end("who")) if p in kids]
    return list(dict.fromkeys(out))


def _early_losses(v: View, cues: Cues) -> list[tuple[str, str | None, Span]]:
    """(child, parent, sentence) for a parent's death told with the child's young age ("died
    when Lena was six"; the age in the death's sentence or the next one, the child a child of
    the one who died), or a child who "lost her father" (the parent, if one is known dead)."""
    text = cues.text
    if not text:
        return []
    out: list[tuple[str, str | None, Span]] = []
    for m in DIED.finditer(text):
        before, _after, sent = cues.around(m.start(), m.end())
        if not before:
            continue
        dead = before[0]
        kids = v.kids.get(dead, set())
        if not kids:
            continue
        nxt = text.find(". ", sent[1])
        window_end = nxt + 1 if nxt != -1 and nxt - sent[1] < 200 else sent[1]
        for a in AGE_WAS.finditer(text, m.end(), window_end):
            near = cues.people_in(a.start("who"), a.end("who"))
            young = [p for p in near if p in kids]
            if young:
                out.append((young[0], dead, (sent[0], window_end)))
                break
    for m in LOST.finditer(text):
        before, _after, sent = cues.around(m.start(), m.end())
        if before and v.parents.get(before[0]):
            dead = sorted(p for p in v.parents[before[0]] if v.people.get(p) is not None
                          and v.people[p].deceased)
            out.append((before[0], dead[0] if dead else None, sent))
    return out



def _repeats(v: View, cues: Cues, found: list[Instance]) -> list[Instance]:
    """A repeat cue passes the patterns of one person in its sentence to the others: the
    subject before the cue and the parent (or named person) it compares them to."""
    text = cues.text
    if not text:
        return []
    out: list[Instance] = []
    for m in REPEAT.finditer(text):
        before, _after, sent = cues.around(m.start(), m.end())
        inside = cues.people_in(m.start(), m.end())
        if not before and not inside:
            continue
        subject = before[0] if before else inside[0]
        group = {subject, *inside}
        word = m.group(0).lower()
        if any(k in word for k in ("father", "dad")):
            group |= {p for p in v.parents.get(subject, ()) if v.people.get(p) is not None
                      and v.people[p].gender == "male"}
        elif any(k in word for k in ("mother", "mom", "mum")):
            group |= {p for p in v.parents.get(subject, ()) if v.people.get(p) is not None
                      and v.people[p].gender == "female"}
        group |= set(before)  # "Papa's own papa walked out on him, the same as Papa did"
        if len(group) < 2:
            continue
        # the patterns the sentence itself tells, else every pattern its people show
        patterns = {i.pattern for i in found if group & set(i.carriers) and any(
            a < sent[1] and sent[0] < b for a, b in i.evidence)}
        patterns = patterns or {i.pattern for i in found if group & set(i.carriers)}
        for pattern in sorted(patterns):
            for p in sorted(group):
                out.append(Instance(pattern, [p], [p], [sent], told=frozenset(group)))
    return out


def multigenerational(v: View, cues: Cues) -> list[Finding]:
    """The same pattern at two or more generations of one family line: one finding per pattern
    and family, naming the generations and who shows it at each."""
    gens = Generations(v, cues.text)
    by_pattern: dict[str, list[Instance]] = defaultdict(list)
    for inst in instances(v, cues):
        by_pattern[inst.pattern].append(inst)
        if inst.pattern in _LEAVING:
            by_pattern["leaving"].append(inst)
    out: list[Finding] = []
    spanned: set[tuple[int, frozenset[int]]] = set()  # (family, generations) a pattern spans
    for pattern in sorted(by_pattern, key=lambda p: p == "leaving"):
        if pattern not in PATTERN_NAMES:
            continue  # (separation counts only toward the theme of leaving)
        for comp, levels in _levels(gens, by_pattern[pattern]).items():
            key = (comp, frozenset(levels))
            if len(levels) < 2 or not _in_one_line(gens, levels):
                continue
            if pattern == "leaving" and key in spanned:
                continue  # one of its patterns already spans these generations
            if pattern in _LEAVING:
                spanned.add(key)
            out.append(_finding(gens, pattern, levels))
    return out


def _levels(gens: Generations, found: list[Instance]) -> dict[int, dict[int, list[Instance]]]:
    """family component -> generation -> the instances placed there (by their oldest carrier)."""
    by_comp: dict[int, dict[int, list[Instance]]] = defaultdict(lambda: defaultdict(list))
    for inst in found:
        placed = sorted(gens.gen[p] for p in inst.carriers if p in gens.gen)
        if placed:
            comp, g = placed[0]
            by_comp[comp][g].append(inst)
    return by_comp


def _finding(gens: Generations, pattern: str, levels: dict[int, list[Instance]]) -> Finding:
    v = gens.v
    ordered = sorted(levels)
    # who shows the pattern at each generation (a tie across generations is placed by its older
    # side: the younger side is named with the rest of the finding's people)
    shown = {g: list(dict.fromkeys(p for i in levels[g] for p in i.carriers
                                   if gens.gen.get(p, (0, g))[1] == g)) for g in ordered}
    parts = "; ".join(f"generation {g}: {', '.join(v.label(p) for p in shown[g])}"
                      for g in ordered)
    name = PATTERN_NAMES[pattern]
    msg = (f"{name[:1].upper()}{name[1:]} recurs across {len(ordered)} generations ({parts}) "
           f"(multigenerational: {pattern}). Ask how the family explains it and whether the "
           f"next generation is expected to repeat it.")
    people = list(dict.fromkeys(p for g in ordered for i in levels[g] for p in i.people))
    ev = spans(*[i.evidence for g in ordered for i in levels[g]])
    return Finding(code="multigenerational", kind="pattern", message=msg, people=people,
                   evidence=ev)


def _in_one_line(gens: Generations, levels: dict[int, list[Instance]]) -> bool:
    """Carriers of two generations are blood or marriage kin: one is an ancestor (or an
    ancestor's partner) of another, so the pattern runs down one family line; or the story
    says outright that they repeat it ("as her mother had been")."""
    ordered = sorted(levels)
    v = gens.v
    for i, g in enumerate(ordered):
        old = {p for inst in levels[g] for p in inst.people}
        told = {p for inst in levels[g] for p in inst.told}
        for h in ordered[i + 1:]:
            for young in {p for inst in levels[h] for p in inst.carriers}:
                anc = gens.ancestors(young)
                anc |= {s for a in anc for s in v.partners.get(a, ())}
                if old & anc or (young in told and old & told):
                    return True
    return False
