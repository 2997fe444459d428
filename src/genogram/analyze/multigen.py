"""The ``multigenerational`` pattern: the same pattern (divorce, cutoff, a parent leaving, early
loss of a parent, substance use, affairs, a child raised by a grandparent, a lone parent) in two or
more generations of one family line. Carriers come from the family's unions, events, links and
descriptions, and from cue sentences of the story text.
"""

from __future__ import annotations

import re
from collections import defaultdict

from genogram.analyze.affairs import CHEAT_WORDS, cheater, text_affairs
from genogram.analyze.cues import Cues
from genogram.analyze.graph import View, spans
from genogram.model import Finding, Span

_SUBSTANCE = re.compile(
    r"\b(?:alcoholi[cs]m?|alcohol (?:use|abuse|problem)|drunk(?:ard)?|drank|drinking (?:problem)?|"
    r"addict(?:ion|ed)?|opioids?|heroin|meth|cocaine|crack|pills|overdos(?:e|ed)|"
    r"substance (?:use|abuse)|rehab|sober|sobriety|AA meetings?|using again|relapsed?|"
    r"(?:began|begun|started|start|starts|took) (?:to )?drink(?:ing)?|"
    r"drinks? (?:too much|heavily|every day)|drank every day|drinking heavily|heavy drinker|"
    r"a drinker|vaping|vapes|occasional alcohol|alcohol use|in recovery|recovering alcoholic|"
    r"drank (?:himself|herself) to death|hooked on|(?:on|did|doing|took|taking) drugs|"
    r"drug (?:use|abuse|problem|habit|addiction)|hit the bottle|the bottle|DUIs?|"
    r"painkillers|marijuana|benzos)\b",
    re.IGNORECASE)
_LONE = re.compile(
    r"\b(?:single (?:mother|mom|father|dad|parent)|raised (?:\w+ ){1,6}(?:on (?:her|his) own|"
    r"by (?:her|him)self|alone)|on (?:her|his) own with (?:the|two|three|four) (?:kids|children))\b",
    re.IGNORECASE)
#: A parent leaving the family: "had run off too", "walked out on him", "left when she was
#: small", "The night Mama left," (the verb ending its clause), "left us".
_LEFT = re.compile(
    r"\b(?:ran off|run off|runs off|walked out|walks out|took off|abandoned|deserted|"
    r"left (?:the family|home for good|us|them|for good|when|without)\b|"
    r"left(?=[,.;])|disappeared from)", re.IGNORECASE)
#: Early loss of a parent: a death told with the child's young age ("died when she was 6",
#: "killed in 1944; Mihaly was eleven", "lost his father at nine").
_DIED = re.compile(r"\b(?:died|dies|was killed|were killed|drowned|passed away|passed|was shot|"
                   r"killed)\b", re.IGNORECASE)
_YOUNG = (r"(?:only |just |barely |not yet )?(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|"
          r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
          r"a (?:baby|boy|girl|child|toddler|teenager|small child|little girl|little boy)|"
          r"an infant|little|small|young)\b")
_AGE_WAS = re.compile(r"\b(?P<who>[A-Z][\w’'-]+|he|she|I|they)(?: \w+)? (?:was|were) " + _YOUNG)
_LOST = re.compile(r"\b(?:lost (?:his|her|their|my) (?:mother|father|mom|dad|parents?|mama|papa)"
                   r"|orphaned)\b", re.IGNORECASE)
#: Raised by a grandparent: "was raised by her own grandmother", "lives with maternal
#: grandmother ... since age 9", "grandmother and legal guardian".
_BY_GRAND = re.compile(
    r"\b(?:raised|brought up|reared) by (?:\w+ ){0,2}(?:own )?(?:maternal |paternal )?"
    r"(?:grandmother|grandfather|grandparents?|grandma|grandpa|granny|nana|nan|gran)\b|"
    r"\b(?:lives?|living|lived|went to live|moved in) with (?:\w+ ){0,2}(?:maternal |paternal )?"
    r"(?:grandmother|grandfather|grandparents?|grandma|grandpa|granny|gran)\b|"
    r"\b(?:grandmother|grandfather|grandparents?) and (?:legal )?(?:guardian|custodian)s?\b",
    re.IGNORECASE)


#: Names of the multigenerational patterns, as a clinician would say them.
PATTERN_NAMES = {
    "abandonment": "a parent leaving the family",
    "cutoff": "emotional cutoff",
    "divorce": "divorce",
    "early-loss": "early loss of a parent",
    "substance": "substance use",
    "affair": "affairs",
    "grandparent-raised": "a child raised by a grandparent",
    "lone-parent": "a parent raising children alone",
}


def carriers(v: View, cues: Cues) -> dict[str, dict[str, list[Span]]]:
    """For each pattern, the people who show it and the evidence."""
    fam = v.family
    out: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    for u in fam.unions:
        if u.type == "affair":
            a, b = u.partners
            out["affair"][cheater(v, a, b)] += u.evidence
        elif u.status == "divorced":
            for p in u.partners:
                out["divorce"][p] += u.evidence
    for e in fam.events:
        if e.type == "divorce" and len(e.people) == 2:
            for p in e.people:
                out["divorce"][p] += e.evidence
        elif e.type == "affair" and e.people:
            out["affair"][e.people[0]] += e.evidence
        elif e.type == "illness" and _SUBSTANCE.search(e.summary or ""):
            for p in e.people[:1]:
                out["substance"][p] += e.evidence
    for p in fam.people:
        for desc in p.descriptions:
            if any(w in desc.lower() for w in CHEAT_WORDS):
                out["affair"][p.id] += v.mention(p.id)
            if _SUBSTANCE.search(desc):
                out["substance"][p.id] += v.mention(p.id)
    for link in fam.links:
        if link.type == "cutoff":
            for p in (link.a, link.b):
                out["cutoff"][p] += link.evidence
        if link.type in ("cutoff", "neglect"):
            for par, kid in ((link.a, link.b), (link.b, link.a)):
                if par in v.parents.get(kid, ()):
                    out["abandonment"][par] += link.evidence
    for c in fam.children:
        if c.kind in ("caregiver", "foster", "adoptive") and any(
                c.parent in v.parents.get(p, ()) for p in v.parents.get(c.child, ())):
            out["grandparent-raised"][c.child] += c.evidence
    # early loss: a parent who died before the child turned 18 (years known)
    for c in fam.children:
        par, kid = v.people.get(c.parent), v.people.get(c.child)
        if par is None or kid is None or c.kind != "biological":
            continue
        if par.death_year and kid.birth_year and 0 <= par.death_year - kid.birth_year < 18:
            out["early-loss"][kid.id] += c.evidence + v.mention(par.id)
    for cheat, _other, sent in text_affairs(v, cues):
        out["affair"][cheat].append(sent)
    for pid, cue, sent in cues.hits(_SUBSTANCE):
        # "a history of alcohol use in his uncle": the person after "in" is the one who drinks
        text = cues.text or ""
        after = cues.people_in(cue[1] + 4, cue[1] + 8) if re.match(
            r"\s+in\s", text[cue[1]:cue[1] + 4]) else []
        out["substance"][after[0] if after else pid].append(sent)
    for pid, _cue, sent in cues.hits(_LEFT):
        if v.kids.get(pid):
            out["abandonment"][pid].append(sent)
    for pid, sent in _early_losses(v, cues):
        out["early-loss"][pid].append(sent)
    for pid, _cue, sent in cues.hits(_BY_GRAND):
        out["grandparent-raised"][pid].append(sent)
    for cue, sent in cues.unowned(_BY_GRAND):
        # "Household: Lives with maternal grandmother (Ragna)": no subject in a note; the
        # grandparent named after the cue raises their grandchildren
        after = cues.around(*cue)[1]
        gps = [p for p in after[:1] if any(v.kids.get(k) for k in v.kids.get(p, ()))]
        for g in gps:
            for k in v.kids.get(g, ()):
                for gk in v.kids.get(k, ()):
                    out["grandparent-raised"][gk].append(sent)
    _repeats(v, cues, out)
    for pid, _cue, sent in cues.hits(_LONE):
        if v.kids.get(pid):
            out["lone-parent"][pid].append(sent)
    return out


def _early_losses(v: View, cues: Cues) -> list[tuple[str, Span]]:
    """(person, sentence) for a parent's death told with the child's young age: the child and
    the parent who died. The age is in the death's sentence or the next one; the child must be
    a child of the one who died."""
    text = cues.text
    if not text:
        return []
    out: list[tuple[str, Span]] = []
    for m in _DIED.finditer(text):
        before, _after, sent = cues.around(m.start(), m.end())
        if not before:
            continue
        dead = before[0]
        kids = v.kids.get(dead, set())
        if not kids:
            continue
        nxt = text.find(". ", sent[1])
        window_end = nxt + 1 if nxt != -1 and nxt - sent[1] < 200 else sent[1]
        for a in _AGE_WAS.finditer(text, m.end(), window_end):
            near = cues.people_in(a.start("who"), a.end("who"))
            young = [p for p in near if p in kids]
            if young:
                out += [(young[0], (sent[0], window_end)), (dead, sent)]
                break
    for m in _LOST.finditer(text):
        before, _after, sent = cues.around(m.start(), m.end())
        if before and v.parents.get(before[0]):
            out.append((before[0], sent))
            out += [(p, sent) for p in v.parents[before[0]] if v.people.get(p) is not None
                    and v.people[p].deceased]
    return out


#: The story saying a pattern repeats: "did exactly what his father did", "the same as Daddy
#: did to us", "just like his father", "the way his father drank".
_REPEAT = re.compile(
    r"\b(?:did|does|do) (?:exactly |just )?what (?:his|her|their) (?:own )?"
    r"(?:father|mother|dad|mom|mum|parents?) (?:did|had done)\b"
    r"|\b(?:the same as|just like|like) (?:(?:his|her|their) (?:own )?)?(?P<who>[A-Z]?\w+) "
    r"(?:did|had|had done)\b"
    r"|\bthe way (?:his|her|their) (?:father|mother|dad|mom) (?:did|drank|had)\b"
    r"|\blike (?:his|her|their) (?:father|mother|dad|mom) before (?:him|her|them)\b")


def _repeats(v: View, cues: Cues, out: dict[str, dict[str, list[Span]]]) -> None:
    """A repeat cue passes the patterns of one person in its sentence to the other: the
    subject before the cue and the parent (or named person) it compares them to."""
    text = cues.text
    if not text:
        return
    for m in _REPEAT.finditer(text):
        before, after, sent = cues.around(m.start(), m.end())
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
        group |= set(before)  # "Daddy's own daddy walked out on him, the same as Daddy did"
        if len(group) < 2:
            continue
        for people in list(out.values()):
            if any(p in people for p in group):
                for p in group:
                    people[p].append(sent)


def multigenerational(v: View, cues: Cues) -> list[Finding]:
    """The same pattern in two or more generations of one family."""
    gens = v.generations()
    out: list[Finding] = []
    for pattern, people in carriers(v, cues).items():
        by_comp: dict[int, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
        for pid in people:
            if pid in gens:
                comp, g = gens[pid]
                by_comp[comp][g].append(pid)
        for levels in by_comp.values():
            if len(levels) < 2 or not _in_one_line(v, levels):
                continue
            ordered = sorted(levels)
            who = [p for g in ordered for p in sorted(levels[g])]
            parts = "; ".join(
                f"generation {g}: {', '.join(v.label(p) for p in sorted(levels[g]))}"
                for g in ordered)
            msg = (f"{PATTERN_NAMES[pattern][:1].upper()}{PATTERN_NAMES[pattern][1:]} recurs "
                   f"across {len(ordered)} generations ({parts}) (multigenerational: "
                   f"{pattern}).")
            ev = spans(*[people[p] for p in who])
            if ev:
                out.append(Finding(code="multigenerational", kind="pattern", message=msg,
                                   people=who, evidence=ev))
    return out


def _in_one_line(v: View, levels: dict[int, list[str]]) -> bool:
    """Carriers of two generations are blood or marriage kin: one is an ancestor (or an
    ancestor's partner) of another, so the pattern runs down one family line."""
    ordered = sorted(levels)
    for i, g in enumerate(ordered):
        for h in ordered[i + 1:]:
            for young in levels[h]:
                anc = v.ancestors(young)
                anc |= {s for a in anc for s in v.partners.get(a, ())}
                if any(old in anc for old in levels[g]):
                    return True
    return False

