"""Affairs: told in the text, carried by an affair union or event, or implied by a child a married
person had with someone else (the ``affair`` pattern finding).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from genogram.analyze.cues import Cues
from genogram.analyze.graph import View, spans
from genogram.model import Finding, Span

CHEAT_WORDS = ("cheating", "unfaithful", "philandering", "adulterous")
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
#: "never had an affair", "didn't sleep with" ("n't" is glued to its verb: no word boundary).
_NEGATED_CUE = re.compile(r"(?:\bnever|\bnot|n[’']t|\bno)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: "the woman who slept with my husband": the one who had the affair is an unnamed noun phrase,
#: not the person named before it.
_UNNAMED_SUBJECT = re.compile(r"\b(?:woman|man|lady|guy|girl|boy|person|one)\s+(?:who|that)\s+"
                              r"(?:\w+\s+)?$", re.IGNORECASE)
#: An affair told by its owner's possessive: "they parted over his affair with a colleague",
#: "after her affair came out" (the pronoun is the one who had it).
_AFFAIR_OF = re.compile(r"\b(?P<pron>his|her) (?:\w+ )?(?:affairs?|infidelit(?:y|ies))\b",
                        re.IGNORECASE)
#: An affair only rumoured, denied or suspected: "the rumours about his affair", "denied her
#: affair".
_DOUBTED = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rumou?r(?:s|ed)?|accus\w*|suspect\w*|"
                      r"imagined|alleged)\b[^.;!?]{0,30}$", re.IGNORECASE)
#: Two people joined by "and" who "were together", "were involved", "were lovers": an affair when
#: one of them has another partner.
_PAIRED = re.compile(r"\b(?:were|had been) (?:secretly |quietly |still )?(?:together|involved|"
                     r"lovers|an item|seeing each other|sleeping together)\b", re.IGNORECASE)


def affairs(v: View, cues: Cues | None = None) -> list[Finding]:
    """One ``affair`` finding per affair union (and per affair event or affair told in the
    story text not covered by one)."""
    out = []
    seen: set[frozenset[str]] = set()
    for cheat, other, sent in text_affairs(v, cues) if cues is not None else []:
        key = frozenset((cheat, other))
        if key in seen:
            continue
        seen.add(key)
        tail = _while_with(v, cheat, other)
        msg = (f"{v.label(cheat)} had an affair with {v.label(other)}{tail}; the story tells it "
               f"here (affair).")
        out.append(Finding(code="affair", kind="pattern", message=msg, people=[cheat, other],
                           evidence=[sent]))
    for u in v.family.unions:
        if u.type != "affair" or frozenset(u.partners) in seen:
            continue
        a, b = u.partners
        cheat = cheater(v, a, b)
        other = b if cheat == a else a
        tail = _while_with(v, cheat, other)
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
        if e.type != "affair" or not e.people or not e.evidence:
            continue
        key = frozenset(e.people[:2])
        if key in seen or len(key) == 1 and any(key <= k for k in seen):
            continue  # (one partner only: an affair told above with both)
        tail = _while_with(v, e.people[0], "") if len(key) == 1 else ""
        if len(key) == 1 and not tail:
            continue  # no partner to stray from: not an affair of this family
        seen.add(key)
        names = " and ".join(v.label(p) for p in e.people[:2])
        out.append(Finding(code="affair", kind="pattern",
                           message=f"An affair: {names}{tail} (affair).",
                           people=list(e.people), evidence=spans(e.evidence)))
    for cheat, sent in _possessed(v, cues) if cues is not None else []:
        if any(cheat in key for key in seen):
            continue  # (the same affair, told with its partner above)
        seen.add(frozenset((cheat,)))
        tail = _while_with(v, cheat, "")
        msg = f"{v.label(cheat)} had an affair{tail}; the story tells it here (affair)."
        out.append(Finding(code="affair", kind="pattern", message=msg, people=[cheat],
                           evidence=[sent]))
    return out


def _while_with(v: View, cheat: str, other: str) -> str:
    """" while with his wife Ann": the partner betrayed, or '' if there is none. A spouse before
    other partners, a living marriage before one that split (often over the affair) before one
    ended by death; a fixed choice, so the message does not change from run to run."""
    rank = {"together": 0, "separated": 1, "divorced": 2}
    best: dict[str, tuple[int, int]] = {}
    for u in v.family.unions:
        if cheat in u.partners and other not in u.partners:
            (p,) = [x for x in u.partners if x != cheat] or [cheat]
            if p in v.parents.get(cheat, ()) or p in v.kids.get(cheat, ()):
                continue  # a union misread between a parent and child betrays no one
            key = (u.type != "marriage", rank.get(u.status, 3))
            best[p] = min(best.get(p, key), key)
    if not best:
        return ""
    spouse = min(best, key=lambda p: (best[p], p))
    return f" while with {v.described(cheat, spouse)}"


def cheater(v: View, a: str, b: str) -> str:
    """The partner of an affair who also has another partner (the one being unfaithful)."""
    a_other = [s for s in v.partners.get(a, ()) if s != b]
    b_other = [s for s in v.partners.get(b, ()) if s != a]
    if b_other and not a_other:
        return b
    return a


def text_affairs(v: View, cues: Cues) -> list[tuple[str, str, Span]]:
    """(the one who had the affair, the affair partner, sentence) for affairs the story tells:
    "Tage had an affair with a coworker, Nanna"; "Gunvor had been seeing his secretary" or "he
    fell in love with his bookkeeper" when that person already has a partner."""
    if not cues.text:
        return []
    text = cues.text
    out: list[tuple[str, str, Span]] = []
    for pattern, needs_partner in ((_AFFAIR_SAID, False), (_AFFAIR_IF_PARTNERED, True)):
        for m in pattern.finditer(text):
            if _NEGATED_CUE.search(text[max(0, m.start() - 20):m.start()]) or (
                    _UNNAMED_SUBJECT.search(text[max(0, m.start() - 30):m.start()])):
                continue
            before, after, sent = cues.around(m.start(), m.end())
            if not before:
                continue
            cheater = before[0]
            others = [p for p in after if p != cheater and p not in v.kids.get(cheater, ())]
            if not others and re.search(r"second|double|other|secret", m.group(0), re.I):
                # "had a second life ... In Marlow there was a woman named Tilde": the first
                # non-kin named in the next sentences
                others = _next_outsider(v, cues, sent[1], cheater)
            if not others and len(before) > 1:
                # "Ulla is the lady Pappy was seeing": the partner named just before the one
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
    return out + _paired(v, cues)


def _possessed(v: View, cues: Cues) -> list[tuple[str, Span]]:
    """(the one who had the affair, sentence) for "his affair", "her infidelity": the person the
    reader gave the pronoun, else the nearest one before it in the sentence of the pronoun's
    gender (a partner of someone in the family, as an affair betrays a partner)."""
    text = cues.text or ""
    out: list[tuple[str, Span]] = []
    for m in _AFFAIR_OF.finditer(text):
        if _NEGATED_CUE.search(text[max(0, m.start() - 20):m.start()]) or _DOUBTED.search(
                text[max(0, m.start() - 50):m.start()]):
            continue
        before, _after, sent = cues.around(m.start(), m.end())
        want = "male" if m.group("pron").lower() == "his" else "female"
        said = cues.people_in(m.start("pron"), m.end("pron"))
        cands = said or [p for p in before if v.people[p].gender == want]
        if cands and v.partners.get(cands[0]) and v.people[cands[0]].gender in (want, "unknown"):
            out.append((cands[0], sent))
    return out


def _paired(v: View, cues: Cues) -> list[tuple[str, str, Span]]:
    """"she and Dad were together for two years": the two people joined by "and" just before
    the cue, when one has another partner (the one who had the affair) and the two were never a
    couple in the family's unions."""
    text = cues.text or ""
    out: list[tuple[str, str, Span]] = []
    for m in _PAIRED.finditer(text):
        if _NEGATED_CUE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        s0 = cues.around(m.start(), m.end())[2][0]
        pair = [(s, e, p) for s, e, p in cues.starts if s0 <= s and e <= m.start()][-2:]
        if len(pair) < 2 or pair[0][2] == pair[1][2]:
            continue
        (_s, e0, a), (s1, e1, b) = pair
        if not re.fullmatch(r"\s*and\s+", text[e0:s1]) or text[e1:m.start()].strip():
            continue
        if b in v.partners.get(a, ()) or b in v.kids.get(a, ()) or a in v.kids.get(b, ()):
            continue
        for one, two in ((a, b), (b, a)):
            if any(s != two for s in v.partners.get(one, ())):
                out.append((one, two, cues.around(m.start(), m.end())[2]))
                break
    return out


_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers", "they", "them", "their", "i",
                       "me", "my", "we", "us", "our", "you", "your", "himself", "herself"])


def _next_outsider(v: View, cues: Cues, at: int, pid: str) -> list[str]:
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
    not their partner, born during that marriage: an affair the story implies. Both years must
    be known (the child's birth and the wedding), as a child from before the marriage is no
    affair."""
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

