"""Family-systems patterns (Bowen): ``cutoff``, ``affair``, ``parentification``, ``triangle`` and
``multigenerational`` (the same pattern in two or more generations).

Every finding comes from ties, links, events or descriptions already in the family (each with
its evidence); the optional story text only lends cue sentences for substance use, lone
parenting and parentification, attributed to the person mentioned nearest the cue.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from genogram.analyze.graph import View, spans
from genogram.model import Family, Finding, Span

_NEGATIVE = ("conflict", "hostile", "cutoff", "abuse")

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
_PARENTIFIED = re.compile(
    r"\b(?:parentified|(?:like|became) a (?:second )?(?:mother|father|parent) to|"
    r"(?:raised|looked after|took care of|takes care of|cared for|mothered) (?:his|her|their|my) "
    r"(?:little |younger |baby )?(?:brothers?|sisters?|siblings?)|"
    r"checks (?:her|his) homework|walks (?:her|him|them) to school)\b",
    re.IGNORECASE)
#: A parent leaving the family: "had run off too", "walked out on him", "left when she was
#: small", "The night Mama left," (the verb ending its clause), "left us".
#: A child's hands-on care of a younger sibling: "I changed her diapers", "fed and bathed the
#: twins", "got my brothers ready for school" (counted only for someone who has a parent and a
#: sibling in the family, so a parent's own care does not count).
_SIBLING_CARE = re.compile(
    r"\b(?:changed (?:his|her|their|the baby's) diapers?|"
    r"(?:fed|bathed) (?:him|her|them|the baby|the twins|my (?:little |baby )?(?:brothers?|"
    r"sisters?))|got (?:them|my (?:brothers|sisters|siblings)) ready for school|"
    r"put (?:him|her|them|the little ones) to bed|packed (?:their|his|her) lunch(?:es)?|"
    r"grew up (?:too )?fast|had to grow up (?:too )?(?:fast|quickly|early)|"
    r"the adult in the (?:house|family))\b",
    re.IGNORECASE)
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
_SIDES = re.compile(r"\b(?:takes?|took|taking) (?:his|her|their|my) \w+'?s? side|"
                    r"\btakes? sides\b|\bcaught in the middle\b|\bgo-between\b|\bmessenger\b",
                    re.IGNORECASE)
_CHEAT_WORDS = ("cheating", "unfaithful", "philandering", "adulterous")
#: An affair said outright: the person before the cue had it, the person after is the partner.
_AFFAIR_SAID = re.compile(
    r"\b(?:had|has|having|have|began|begun|started|carried on|conducted) (?:an? )?"
    r"(?:long |brief |secret |years-long |\w+-year )?(?:affair|fling)s?\b"
    r"|\bslept with\b|\bsleeping with\b|\bcheated (?:on \w+ )?with\b"
    r"|\bleft (?:her|him|his wife|her husband|them|us|the family|my (?:mother|father|mom|dad)) "
    r"for\b",
    re.IGNORECASE)
#: Courting words that mean an affair only when the person already has another partner.
_AFFAIR_IF_PARTNERED = re.compile(
    r"\b(?:was|were|had been|been|is|are) (?:secretly |quietly )?seeing\b"
    r"|\bfell in love with\b|\bhad (?:a|another) (?:girlfriend|boyfriend|lover|woman)\b"
    r"|\b(?:his|her) (?:mistress|lover)\b|\bthe other (?:woman|man)\b"
    r"|\b(?:second|double|secret) (?:life|family|household)\b",
    re.IGNORECASE)
_NEGATED_CUE = re.compile(r"\b(?:never|not|n[’']t|no)\s+(?:\w+\s+)?$", re.IGNORECASE)


def cutoffs(v: View) -> list[Finding]:
    """One ``cutoff`` finding per cutoff link."""
    out = []
    for link in v.family.links:
        if link.type != "cutoff":
            continue
        a, b = link.a, link.b
        if b in v.parents.get(a, ()):
            a, b = b, a  # say it from the parent's side: "John ... his son Colin"
        msg = (f"{v.label(a)} and {v.described(a, b)} are cut off from each other: the story "
               f"describes no contact or an outright rejection (cutoff).")
        out.append(Finding(code="cutoff", kind="pattern", message=msg, people=[a, b],
                           evidence=spans(link.evidence)))
    return out


def affairs(v: View, cues: _Cues | None = None) -> list[Finding]:
    """One ``affair`` finding per affair union (and per affair event or affair told in the
    story text not covered by one)."""
    out = []
    seen: set[frozenset[str]] = set()
    for cheat, other, sent in text_affairs(v, cues) if cues is not None else []:
        key = frozenset((cheat, other))
        if key in seen:
            continue
        seen.add(key)
        spouses = [s for s in v.partners.get(cheat, ()) if s != other]
        tail = f" while with {v.described(cheat, spouses[0])}" if spouses else ""
        msg = (f"{v.label(cheat)} had an affair with {v.label(other)}{tail}; the story tells it "
               f"here (affair).")
        out.append(Finding(code="affair", kind="pattern", message=msg, people=[cheat, other],
                           evidence=[sent]))
    for u in v.family.unions:
        if u.type != "affair" or frozenset(u.partners) in seen:
            continue
        a, b = u.partners
        cheat = _cheater(v, a, b)
        other = b if cheat == a else a
        spouses = [s for s in v.partners.get(cheat, ()) if s != other]
        tail = f" while with {v.described(cheat, spouses[0])}" if spouses else ""
        msg = f"{v.label(cheat)} had an affair with {v.label(other)}{tail} (affair)."
        seen.add(frozenset(u.partners))
        out.append(Finding(code="affair", kind="pattern", message=msg, people=[cheat, other],
                           evidence=spans(u.evidence)))
    for cheat, other, ev in hidden_children(v):
        key = frozenset((cheat, other))
        if key in seen or not ev:
            continue
        seen.add(key)
        msg = (f"{v.label(cheat)} had a child with {v.label(other)} while married to someone "
               f"else: an affair the story implies (affair).")
        out.append(Finding(code="affair", kind="pattern", message=msg, people=[cheat, other],
                           evidence=spans(ev)))
    for e in v.family.events:
        if e.type != "affair" or len(e.people) < 2 or not e.evidence:
            continue
        key = frozenset(e.people[:2])
        if key in seen:
            continue
        seen.add(key)
        names = " and ".join(v.label(p) for p in e.people[:2])
        out.append(Finding(code="affair", kind="pattern", message=f"An affair: {names} (affair).",
                           people=list(e.people), evidence=spans(e.evidence)))
    return out


def _cheater(v: View, a: str, b: str) -> str:
    """The partner of an affair who also has another partner (the one being unfaithful)."""
    a_other = [s for s in v.partners.get(a, ()) if s != b]
    b_other = [s for s in v.partners.get(b, ()) if s != a]
    if b_other and not a_other:
        return b
    return a


class _Cues:
    """Cue sentences of the story text, each attributed to the nearest person mention."""

    def __init__(self, v: View, text: str | None) -> None:
        self.text = text
        starts: list[tuple[int, int, str]] = []
        for p in v.family.people:
            for s, e in p.mentions:
                starts.append((s, e, p.id))
        starts.sort()
        self.starts = starts
        self.keys = [s for s, _e, _p in starts]

    def hits(self, pattern: re.Pattern[str]) -> list[tuple[str, Span, Span]]:
        """(person, cue span, sentence span) for each cue, the person nearest the cue in its
        sentence (before it preferred: "Grandmother reports alcohol use in her father")."""
        if not self.text:
            return []
        text = self.text
        out = []
        for m in pattern.finditer(text):
            s0 = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            s1 = min([x for x in (text.find(". ", m.end()), text.find("\n", m.end())) if x != -1]
                     or [len(text)])
            best, dist = None, 10**9
            later, later_d = None, 10**9
            i = bisect.bisect_left(self.keys, s0)
            while i < len(self.starts) and self.starts[i][0] < s1:
                s, e, pid = self.starts[i]
                if e <= m.start():
                    d = m.start() - e
                    if d < dist and not _aside(text, e, m.start()):
                        best, dist = pid, d
                elif 0 <= s - m.end() < later_d:
                    later, later_d = pid, s - m.end()
                i += 1
            if best is None:
                # a note's sentence with no subject ("Hx of opioid use disorder"): the person
                # of the sentence before it on the same line
                line0 = text.rfind("\n", 0, s0) + 1
                p0 = max(text.rfind(". ", line0, max(s0 - 2, line0)) + 1, line0)
                if p0 < s0:
                    i = bisect.bisect_left(self.keys, p0)
                    first = [pid for s, e, pid in self.starts[i:i + 8] if p0 <= s < s0
                             and not _aside(text, s, s0)]
                    best = first[0] if first else None
            best = best if best is not None else later
            if best is not None:
                out.append((best, (m.start(), m.end()), (s0, min(s1 + 1, len(text)))))
        return out


    def unowned(self, pattern: re.Pattern[str]) -> list[tuple[Span, Span]]:
        """(cue span, sentence span) for the cues with no person before them in their
        sentence."""
        if not self.text:
            return []
        out = []
        for m in pattern.finditer(self.text):
            before, _after, sent = self.around(m.start(), m.end())
            if not before:
                out.append(((m.start(), m.end()), sent))
        return out

    def people_in(self, a: int, b: int) -> list[str]:
        """People with a mention overlapping ``[a, b)``."""
        i = max(bisect.bisect_left(self.keys, a) - 3, 0)
        out = []
        while i < len(self.starts) and self.starts[i][0] < b:
            s, e, pid = self.starts[i]
            if s < b and a < e and pid not in out:
                out.append(pid)
            i += 1
        return out

    def around(self, a: int, b: int) -> tuple[list[str], list[str], Span]:
        """People mentioned before ``[a, b)`` in its sentence (nearest first), people after it
        (nearest first), and the sentence span."""
        text = self.text or ""
        s0 = max(text.rfind(". ", 0, a) + 1, text.rfind("\n", 0, a) + 1, 0)
        ends = [x for x in (text.find(". ", b), text.find("\n", b)) if x != -1]
        s1 = min(ends) + 1 if ends else len(text)
        before: list[tuple[int, str]] = []
        after: list[tuple[int, str]] = []
        i = bisect.bisect_left(self.keys, s0)
        while i < len(self.starts) and self.starts[i][0] < s1:
            s, e, pid = self.starts[i]
            if e <= a:
                before.append((a - e, pid))
            elif s >= b:
                after.append((s - b, pid))
            i += 1
        return _nearest(before), _nearest(after), (s0, min(s1, len(text)))


def _aside(text: str, a: int, b: int) -> bool:
    """``[a, b)`` closes a parenthesis opened before ``a``: a mention inside an aside
    ("Wiebke Mads (father of Hjalmar and Quirin) d. 2015") is not the subject after it."""
    return text.count(")", a, b) > text.count("(", a, b)


def _nearest(xs: list[tuple[int, str]]) -> list[str]:
    return list(dict.fromkeys(p for _d, p in sorted(xs)))


def text_affairs(v: View, cues: _Cues) -> list[tuple[str, str, Span]]:
    """(the one who had the affair, the affair partner, sentence) for affairs the story tells:
    "Tage had an affair with a coworker, Nanna"; "Gunvor had been seeing his secretary" or "he
    fell in love with his bookkeeper" when that person already has a partner."""
    if not cues.text:
        return []
    text = cues.text
    out: list[tuple[str, str, Span]] = []
    for pattern, needs_partner in ((_AFFAIR_SAID, False), (_AFFAIR_IF_PARTNERED, True)):
        for m in pattern.finditer(text):
            if _NEGATED_CUE.search(text[max(0, m.start() - 20):m.start()]):
                continue
            before, after, sent = cues.around(m.start(), m.end())
            if not before:
                continue
            cheater = before[0]
            others = [p for p in after if p != cheater and p not in v.kids.get(cheater, ())]
            if not others and re.search(r"second|double|other|secret", m.group(0), re.I):
                # "had a second life ... In Rosario there was a woman named Sixten": the first
                # non-kin named in the next sentences
                others = _next_outsider(v, cues, sent[1], cheater)
            if not others and len(before) > 1:
                # "Gry is the lady Daddy was seeing": the partner named just before the one
                # who had the affair, with nothing but a relative clause between them
                gap = text[max(0, m.start() - 60):m.start()]
                if re.search(r"\b(?:the|a|this|that) (?:woman|man|lady|guy|girl|person) "
                             r"(?:[\w’']+ ){1,2}$", gap) is None and re.search(
                             r"\bis the (?:woman|man|lady|guy|girl|one) \w+ $", gap) is None:
                    continue
                kin = v.kids.get(cheater, set()) | v.parents.get(cheater, set())
                others = [p for p in before[1:2] if p != cheater and p not in kin]
                # "the woman he'd been seeing" unnamed here: the outsider named next
                others = others or _next_outsider(v, cues, sent[1], cheater)
            if not others:
                continue
            other = others[0]
            if other in v.parents.get(cheater, ()) or other in v.sibs.get(cheater, ()):
                continue
            # another partner, or the other parent of one's children
            partnered = [s for s in set(v.partners.get(cheater, ())) | {
                q for k in v.kids.get(cheater, ()) for q in v.parents.get(k, ())}
                         if s not in (cheater, other)]
            found_out = re.search(r"\b(?:found out|discovered|learned|caught|secretly)\b",
                                  text[max(sent[0], m.start() - 80):m.end()])
            if needs_partner and not partnered and not found_out:
                continue
            out.append((cheater, other, sent))
    return out


_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers", "they", "them", "their", "i",
                       "me", "my", "we", "us", "our", "you", "your", "himself", "herself"])


def _next_outsider(v: View, cues: _Cues, at: int, pid: str) -> list[str]:
    """The first person named (not by a pronoun) in the 700 characters after ``at`` who is not
    ``pid``'s kin, nor the other parent of a teller who is ``pid``'s child, and narrates nothing."""
    text = cues.text or ""
    # (a later partner may be the lover: "Dad married Kirsa" after the funeral)
    kin = v.parents.get(pid, set()) | v.kids.get(pid, set()) | v.sibs.get(pid, set()) | {pid}
    # the other parent of the teller (a child of ``pid``) is the partner betrayed, not the lover
    kin |= {q for k in v.kids.get(pid, ()) if v.people.get(k) and v.people[k].narrator
            for q in v.parents.get(k, ())}
    i = bisect.bisect_left(cues.keys, at)
    while i < len(cues.starts) and cues.starts[i][0] < at + 700:
        s, e, p = cues.starts[i]
        i += 1
        person = v.people.get(p)
        first = text[s:e].split()[0].lower() if text[s:e].split() else ""
        if p in kin or person is None or person.narrator or first in _PRONOUNS:
            continue  # a pronoun, or a kin phrase ("your mother") that may be anyone's kin
        return [p]
    return []


def hidden_children(v: View) -> list[tuple[str, str, list[Span]]]:
    """(parent, other parent, evidence) for a child a married person had with someone who is
    not their partner, born during that marriage (years known) or with no years to say
    otherwise: an affair the story implies."""
    out: list[tuple[str, str, list[Span]]] = []
    married: dict[str, list[tuple[str, int | None]]] = defaultdict(list)
    for u in v.family.unions:
        if u.type == "marriage":
            a, b = u.partners
            year = next((e.when.year for e in v.family.events if e.type == "marriage"
                         and set(e.people[:2]) == {a, b} and e.when.year), None)
            married[a].append((b, year))
            married[b].append((a, year))
    for kid, pars in v.parents.items():
        bio = [p for p in pars if v.kind.get((p, kid)) == "biological"]
        if len(bio) != 2:
            continue
        born = v.people[kid].birth_year if kid in v.people else None
        for p in bio:
            q = next(x for x in bio if x != p)
            if q in v.partners.get(p, ()):
                continue
            for spouse, year in married.get(p, []):
                if spouse == q or kid in v.kids.get(spouse, ()):
                    continue
                if born is None or year is None or born < year:
                    continue
                out.append((p, q, v.child_ev.get((p, kid), []) + v.child_ev.get((q, kid), [])))
                break
    return out


def parentification(v: View, cues: _Cues) -> list[Finding]:
    """A child in a parent's role: a caregiver tie from a sibling, or a cue sentence."""
    out: list[Finding] = []
    done: set[str] = set()
    for c in v.family.children:
        if c.kind == "caregiver" and c.child in v.sibs.get(c.parent, ()):
            done.add(c.parent)
            msg = (f"{v.label(c.parent)} took a parent's role for {v.described(c.parent, c.child)}"
                   f" (parentification).")
            out.append(Finding(code="parentification", kind="pattern", message=msg,
                               people=[c.parent, c.child], evidence=spans(c.evidence)))
    hits = cues.hits(_PARENTIFIED) + [
        h for h in cues.hits(_SIBLING_CARE) if v.parents.get(h[0]) and v.sibs.get(h[0])]
    for pid, _cue, sent in hits:
        if pid in done:
            continue
        sibs = sorted(v.sibs.get(pid, ()))
        # the sibling cared for: one linked as close, else the only one
        close = [s for s in sibs if v.links.get(pid, {}).get(s)]
        cared = close[:1] or (sibs if len(sibs) == 1 else [])
        done.add(pid)
        whom = f" for {v.described(pid, cared[0])}" if cared else ""
        msg = f"{v.label(pid)} takes on a parent's tasks{whom} (parentification)."
        out.append(Finding(code="parentification", kind="pattern", message=msg,
                           people=[pid, *cared], evidence=[sent]))
    return out


def triangles(v: View, cues: _Cues) -> list[Finding]:
    """Two people in conflict (conflict, hostile, cutoff) with a third drawn in: linked to both,
    or a child of one of them who "takes sides"."""
    out: list[Finding] = []
    seen: set[frozenset[str]] = set()
    bad = [(link.a, link.b, link) for link in v.family.links if link.type in _NEGATIVE]
    for a, b, link in bad:
        for c in sorted(set(v.links.get(a, {})) & set(v.links.get(b, {})) - {a, b}):
            key = frozenset((a, b, c))
            if key in seen:
                continue
            seen.add(key)
            ev = [x.evidence for x in v.family.links if {x.a, x.b} in ({a, c}, {b, c})]
            msg = (f"{v.label(a)} and {v.label(b)} are in {link.type}, and {v.label(c)} is drawn "
                   f"in with ties to both (triangle).")
            out.append(Finding(code="triangle", kind="pattern", message=msg, people=[a, b, c],
                               evidence=spans(link.evidence, *ev)))
    for pid, _cue, sent in cues.hits(_SIDES):
        for a, b, link in bad:
            if pid in (a, b) or not (pid in v.kids.get(a, ()) or pid in v.kids.get(b, ())):
                continue
            key = frozenset((a, b, pid))
            if key in seen:
                continue
            seen.add(key)
            msg = (f"{v.label(pid)} is caught between {v.label(a)} and {v.label(b)}, who are in "
                   f"{link.type} (triangle).")
            out.append(Finding(code="triangle", kind="pattern", message=msg, people=[a, b, pid],
                               evidence=spans(link.evidence, [sent])))
    return out


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


def carriers(v: View, cues: _Cues) -> dict[str, dict[str, list[Span]]]:
    """For each pattern, the people who show it and the evidence."""
    fam = v.family
    out: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    for u in fam.unions:
        if u.type == "affair":
            a, b = u.partners
            out["affair"][_cheater(v, a, b)] += u.evidence
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
            if any(w in desc.lower() for w in _CHEAT_WORDS):
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


def _early_losses(v: View, cues: _Cues) -> list[tuple[str, Span]]:
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


def _repeats(v: View, cues: _Cues, out: dict[str, dict[str, list[Span]]]) -> None:
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


def multigenerational(v: View, cues: _Cues) -> list[Finding]:
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


def find_patterns(family: Family, text: str | None = None) -> list[Finding]:
    """All pattern findings of a family."""
    v = View(family)
    cues = _Cues(v, text)
    return (multigenerational(v, cues) + cutoffs(v) + affairs(v, cues) + parentification(v, cues)
            + triangles(v, cues))
