"""Couples and "they": two people named together, the couple in focus for "they"/"their", the
pair the sentences before describe, and partners known from claims."""

from __future__ import annotations

import bisect
import re

from genogram.read.document import StoryDoc
from genogram.read.entities import Entities
from genogram.read.mentions import Mention, year_fused_subject
from genogram.read.resolve.discourse import COUPLE_SPAN, Discourse, _mention_at


def _blood_pair(ents: Entities, a: int, b: int) -> bool:
    """Two people the text already made siblings, parent and child or other blood kin: named
    together ("Client and her sister stayed…") they are no couple to own a new child."""
    a, b = ents.find(a), ents.find(b)
    return any(ents.find(c.referent) == b and c.term.path not in ("E", "G", "g")
               for c in ents.claims_by(a)) or any(
        ents.find(c.referent) == a and c.term.path not in ("E", "G", "g")
        for c in ents.claims_by(b))


def _stated_blood_pair(doc: StoryDoc, ents: Entities, a: int, b: int) -> bool:
    """Two people a possessed or definite kin phrase makes blood kin ("her son", "his mother").
    A bare indefinite ("married Ada, a girl he knew at school") describes, it does not
    relate: such a claim is too weak to take a couple's "they" away from them."""
    a, b = ents.find(a), ents.find(b)
    return any({ents.find(c.possessor), ents.find(c.referent)} == {a, b}
               and c.term.path not in ("E", "G", "g")
               and not _INDEFINITE.match(doc.text, c.span[0]) for c in ents.claims)


#: An indefinite article opening a kin phrase ("a girl", "an only son").
_INDEFINITE = re.compile(r"(?:a|an)\s", re.IGNORECASE)


def _partners(d: Discourse, ent: int) -> list[int]:
    ents = d.ents
    e = ents.find(ent)
    out = []
    for c in ents.claims:
        if c.term.path == "E" and "ex" not in c.term.qual and "affair" not in c.term.qual:
            p, r = ents.find(c.possessor), ents.find(c.referent)
            if p == e and r not in out:
                out.append(r)
            elif r == e and p not in out:
                out.append(p)
    return out[:1] if len(out) == 1 else []


def our_partners(doc: StoryDoc, ms: list[Mention], d: Discourse, me: int, at: int) -> list[int]:
    """Who "we" joins the narrator with when the two are a couple: the one "I married" last
    before ``at`` ("I married Hesketh in 1962. … We had two children"; "In 1968 I married
    again, to Ulla … we had two more"), else the partner kin words gave (``_partners``)."""
    married = _last_married(doc, ms, d, me, at)
    if married is not None:
        return [married]
    return _partners(d, me)


def _last_married(doc: StoryDoc, ms: list[Mention], d: Discourse, me: int,
                  at: int) -> int | None:
    """The person named in the last "I married …" before ``at`` (as object, as "to"'s object,
    or as the other subject of "Ivo and I got married"), if the clause names one."""
    toks = doc.toks
    ents = d.ents
    for m in reversed([x for x in _i_married(doc, ms) if x.start < at]):
        if ents.find(m.entity if m.entity != -1 else me) != me:
            continue
        if toks[m.head].dep == "conj":  # "Ivo and I got married": the other subject
            cands = [toks[m.head].head]
        else:
            verb = toks[m.head].head
            # "Ivo and I got married" parsed with two subjects; "married again, to Ulla"
            cands = [c for c in toks[verb].children if toks[c].dep == "dobj"
                     or toks[c].dep in ("nsubj", "nsubjpass") and c != m.head]
            cands += [g for c in toks[verb].children if toks[c].dep == "prep"
                      and toks[c].lower == "to" for g in toks[c].children
                      if toks[g].dep == "pobj"]
        objs = [_mention_at(ms, doc, c) for c in cands]
        objs = [o for o in objs if o is not None and o.kind in ("name", "kin", "desc")
                and o.entity != -1 and ents.find(o.entity) != me]
        return ents.find(objs[0].entity) if len(objs) == 1 else None
    return None


def _i_married(doc: StoryDoc, ms: list[Mention]) -> list[Mention]:
    """The "I" of every "I married …" not negated, in text order (found once per story)."""
    cached = getattr(doc, "_i_married", None)
    if cached is None or cached[0] != len(ms):
        toks = doc.toks
        found = [m for m in ms if m.kind == "self" and _marrying_subject(toks, m.head)]
        cached = (len(ms), found)
        doc._i_married = cached  # type: ignore[attr-defined]
    return cached[1]


def _marrying_subject(toks: list, k: int) -> bool:
    """Is token ``k`` a subject of an affirmed "marry" ("I married Ivo"), alone or as the second
    of two ("Ivo and I (got) married")?"""
    if toks[k].dep == "conj" and toks[toks[k].head].dep in ("nsubj", "nsubjpass"):
        k = toks[k].head
    if toks[k].dep not in ("nsubj", "nsubjpass"):
        return False
    verb = toks[toks[k].head]
    return verb.lemma in ("marry", "wed") and not any(toks[c].dep == "neg" for c in verb.children)


def _note_couple(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    """Remember two people named together ("Tomás and Sigrun", "she married Tomás") for "they"."""
    toks = doc.toks
    t = toks[m.head]
    other = None
    if t.dep == "conj" and d.note_couple is None and COUPLE_LINE.match(
            doc.text, toks[doc.sent_of(m.head).start_tok].start):
        # "Present: Ivo Dane (52) and Ada Dane (49)": the couple the note is about
        head = _mention_at(ms, doc, t.head)
        if head is not None and head.entity != -1 and m.entity != -1:
            a, b = d.ents.find(head.entity), d.ents.find(m.entity)
            if a != b:
                d.note_couple = (a, b)
    if t.dep == "conj":
        other = _mention_at(ms, doc, t.head)
        # "Tomás and Sigrun married": a pair that acts together, not names listed in a group
        if other is None or toks[other.head].dep not in ("nsubj", "nsubjpass"):
            other = None
    if t.dep == "appos":  # "wed one of the boarders, Casimir Palle"
        t = toks[t.head]
    if t.dep == "conj":
        pass
    elif t.dep in ("dobj", "pobj") or t.dep in ("npadvmod", "nsubj") and t.head < t.i:
        # (an object the parser took for an adverbial: "1950. Uli marries Pilar Vik. 1952.",
        # or for a second subject after the verb: "Uli marries Pilar Vik, a nurse.")
        verb = t.head if t.dep != "pobj" else toks[t.head].head
        if toks[verb].lemma in ("marry", "wed", "date", "meet", "divorce", "remarry",
                                "court", "propose") or (
                toks[verb].lemma in ("take", "move") and any(
                    toks[c].dep == "prt" and toks[c].lower in ("up", "in")
                    for c in toks[verb].children)):
            # ("takes up with Bea", "moved in with Bea", "courted Bea": the new couple "they"
            # will mean)
            k, subj = verb, -1
            for _ in range(8):  # "He found work and married Nelle": the subject of the first verb
                # (however long the chain: "He left, came back, bought land and married Ada")
                subj = next((c for c in toks[k].children if toks[c].dep == "nsubj"), -1)
                if subj != -1 or toks[k].dep not in ("conj", "xcomp", "advcl"):
                    break  # ("returns home to marry Runhild": the subject of "returns")
                k = toks[k].head
            if subj == -1:
                subj = year_fused_subject(doc, verb)
            other = _mention_at(ms, doc, subj) if subj != -1 else None
        elif toks[verb].lemma in ("marriage", "engagement") and t.dep == "pobj":
            # "her first marriage, to Ebo Obi"; a note's "First marriage, to Ebo Obi": the
            # client's
            owner = next((c for c in toks[verb].children if toks[c].dep == "poss"), -1)
            other = _mention_at(ms, doc, owner) if owner != -1 else None
            role = d.patient()
            if owner == -1 and role is not None:
                a, b = role, d.ents.find(m.entity)
                if a != b:
                    d.couple, d.couple_sent = (a, b), t.sent
                    d.couples.append((t.sent, (a, b)))
        elif toks[verb].lower in ("married", "engaged") and toks[verb].dep == "acomp":
            # "Amy is married to Piet": the subject of the copula
            subj = next((c for c in toks[toks[verb].head].children
                         if toks[c].dep in ("nsubj", "nsubjpass")), -1)
            other = _mention_at(ms, doc, subj) if subj != -1 else None
    if (other is None and m.kind == "kin" and m.kin is not None and m.kin.path == "E"
            and "ex" in m.kin.qual and not m.plural and m.possessor != -1
            and ms[m.possessor].kind in ("he", "she", "name", "kin")):
        other = ms[m.possessor]  # "His ex-wife, Sigvor, … They divorced in 2008": those two
    if other is not None and other.entity != -1:
        a, b = d.ents.find(other.entity), d.ents.find(m.entity)
        if a != b:
            d.couple = (a, b)
            d.couple_sent = toks[m.head].sent
            d.couples.append((d.couple_sent, (a, b)))


def co_partners(d: Discourse) -> dict[int, list[int]]:
    """Each person's partners known from claims: stated partners and the other parent of a child."""
    ents = d.ents
    out: dict[int, list[int]] = {}

    def add(a: int, b: int) -> None:
        if a != b:
            out.setdefault(a, [])
            if b not in out[a]:
                out[a].append(b)

    parents: dict[int, list[int]] = {}
    for c in ents.claims:
        p, r = ents.find(c.possessor), ents.find(c.referent)
        if c.term.path == "E" and "ex" not in c.term.qual and "affair" not in c.term.qual:
            add(p, r)
            add(r, p)
        elif c.term.path == "P" and not c.term.qual:
            parents.setdefault(p, []).append(r)
        elif c.term.path == "C" and not c.term.qual:
            parents.setdefault(r, []).append(p)
    for ps in parents.values():
        ps = list(dict.fromkeys(ps))
        if len(ps) == 2:
            add(ps[0], ps[1])
            add(ps[1], ps[0])
    return out


def _couple(doc: StoryDoc, d: Discourse, m: Mention) -> tuple[int, int] | None:
    """The couple in focus for mention ``m``, if named together recently enough."""
    if d.couple is None or doc.toks[m.head].sent - d.couple_sent > COUPLE_SPAN:
        return None
    return d.couple


def _they_pair(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention, *,
               for_child: bool = False) -> list[int]:
    """Who "they"/"their" at ``m`` are when no group is named: the couple in focus, else the
    pair the sentences just before describe. ``for_child``: the "their" of a child ("their
    daughter"), which is no couple the text says had no children."""
    s = doc.toks[m.head].sent
    here = [e for e, _ in _people_in_sentence(doc, ms, d, m, s)]
    if (for_child or _union_subject(doc, m)) and d.couple is not None and _stated_blood_pair(
            doc, d.ents, *d.couple):
        # "Ada met Ivo. Ada and her son Leo moved in. They married in June": a mother and her
        # own child are no couple to wed or to have a child: the couple named before them is
        # meant, else none
        pair = next((p for sent, p in reversed(d.couples) if not _stated_blood_pair(
            doc, d.ents, *p) and s - sent <= COUPLE_SPAN), None)
        return list(pair) if pair is not None else []
    before = _named_pair(doc, ms, d, m, s - 1) if for_child and d.couple_sent < s - 1 else []
    if before and set(before) != set(d.couple or ()) and _known_couple(d, *before):
        # "Ivo married Ana … Ulla married Bo. … Ana died in May, and Ivo a week after her.
        # Their son …": a couple named earlier, just met again as the only two people of the
        # sentence before, comes back into focus
        d.couple, d.couple_sent = (before[0], before[1]), s - 1
        return before
    if _couple(doc, d, m) is not None and (d.couple_sent == s or len(here) != 2):
        if for_child and _childless(doc, ms, d, d.couple, s):
            # "wed at 19 to X; that marriage was childless and short. … Their
            # daughter": the couple before, who did have children
            for _sent, pair in reversed(d.couples):
                if set(pair) != set(d.couple) and not _childless(doc, ms, d, pair, s):
                    return list(pair)
            return list(d.note_couple) if d.note_couple and set(d.note_couple) != set(
                d.couple) else []
        return list(d.couple)
    if len(here) == 2:  # "He had left a wife, Amrit, and she later bore their daughter"
        if for_child:  # (and "…, followed by a daughter": the same two)
            d.couple, d.couple_sent = (here[0], here[1]), s
        return here
    return (_pair_just_before(doc, ms, d, m) or _pair_of_portraits(doc, ms, d, m)
            or list(d.note_couple or ()))


#: Verbs whose subject is a couple making or ending a union ("they married", "they divorced").
_UNION_VERBS = frozenset(["marry", "wed", "remarry", "divorce", "separate", "engage"])


def _union_subject(doc: StoryDoc, m: Mention) -> bool:
    """Is ``m`` the subject of a union verb: "they married", "they were married", "they got
    engaged" (where the parser may hang "married" on "got" as its complement)?"""
    t = doc.toks[m.head]
    if t.dep not in ("nsubj", "nsubjpass"):
        return False
    verb = doc.toks[t.head]
    if verb.lemma in _UNION_VERBS or verb.lower in ("married", "engaged", "divorced"):
        return True
    return verb.lemma in ("get", "become") and any(
        doc.toks[c].lower in ("married", "engaged", "divorced") for c in verb.children)


#: A note's line that names the couple it is about ("Present:", "Clients:"), matched at a line's
#: or sentence's start.
COUPLE_LINE = re.compile(r"\s*(?:clients?|present|couple|partners)\s*:", re.IGNORECASE)

_NO_CHILDREN = re.compile(r"\b(?:no|without)\s+(?:children|kids|child)\b|\bchildless\b"
                          r"|\bnever had (?:any )?(?:children|kids)\b", re.IGNORECASE)

#: A time limit on a statement: "for a decade", "at first", "until 1950", "not yet".
_FOR_A_TIME = re.compile(r"\bfor\s+(?:\w+\s+){0,2}(?:years?|months?|while|decades?)\b"
                         r"|\bat\s+first\b|\buntil\b|\byet\b", re.IGNORECASE)


def _childless(doc: StoryDoc, ms: list[Mention], d: Discourse, pair: tuple[int, int],
               before: int) -> bool:
    """Does a sentence before ``before`` that names both of ``pair`` say they had no children?"""
    find = d.ents.find
    want = {find(pair[0]), find(pair[1])}
    for s in range(max(0, before - 12), before):
        sent = doc.sents[s]
        a, b = doc.toks[sent.start_tok].start, doc.toks[sent.end_tok - 1].end
        if not _NO_CHILDREN.search(doc.text, a, b) or _FOR_A_TIME.search(doc.text, a, b):
            continue  # ("for a decade they had none": then they did)
        if len(d.mention_starts) != len(ms):
            d.mention_starts = [x.start for x in ms]
        lo, hi = bisect.bisect_left(d.mention_starts, a), bisect.bisect_left(d.mention_starts, b)
        named = {find(x.entity) for x in ms[lo:hi] if x.entity != -1}  # (by index: no scan)
        # "Their marriage stayed childless": the members of a plural "their"
        named |= {find(e) for x in ms[lo:hi] for e in d.groups.get(x.idx, ())}
        if want <= named:
            return True
    return False


def _people_in_sentence(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention,
                        s: int) -> list[tuple[int, Mention]]:
    """The non-narrator people named in sentence ``s`` (before ``m``), first mention of each."""
    sent = doc.sents[s]
    found: list[tuple[int, Mention]] = []
    if len(d.mention_starts) != len(ms):
        d.mention_starts = [x.start for x in ms]
    lo = bisect.bisect_left(d.mention_starts, doc.toks[sent.start_tok].start)
    hi = bisect.bisect_left(d.mention_starts, doc.toks[sent.end_tok - 1].end)
    for other in ms[lo:min(hi, m.idx)]:  # the sentence's mentions only, by index: no scan
        if sent.start_tok <= other.head < sent.end_tok and other.entity != -1 and (
                other.kind in ("name", "kin", "he", "she")) and other.quote == -1:
            e = d.ents.find(other.entity)
            if e not in (f for f, _ in found) and not d.ents.get(e).narrator:
                found.append((e, other))
    return found


def _named_pair(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention, s: int) -> list[int]:
    """The two people sentence ``s`` names, each by name, if it names exactly two."""
    if s < 0:
        return []
    found = _people_in_sentence(doc, ms, d, m, s)
    if len(found) != 2 or any(x.kind != "name" for _e, x in found):
        return []
    return [e for e, _ in found]


def _known_couple(d: Discourse, a: int, b: int) -> bool:
    """Were ``a`` and ``b`` named as a couple before, or given a child together?"""
    ents = d.ents
    a, b = ents.find(a), ents.find(b)
    return any({a, b} == {ents.find(x) for x in pair} for _sent, pair in d.couples) or bool(
        ents.children_of(a) & ents.children_of(b))


def _pair_just_before(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """ "X, a whaler's son, married Y. Their first child…": with no couple in focus, "their" is
    the first two people named in the sentence before, if they are exactly two."""
    s = doc.toks[m.head].sent - 1
    if s < 0:
        return []
    found = _people_in_sentence(doc, ms, d, m, s)
    return [e for e, _ in found] if len(found) == 2 else []


def _pair_of_portraits(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """ "Edda kept bees. Kalle fixed tractors. They had a son": two sentences in a row, each
    about one person who is its subject, make the pair that "they" continues with."""
    s = doc.toks[m.head].sent
    if s < 2:
        return []
    pair: list[int] = []
    for prev in (s - 1, s - 2):
        found = _people_in_sentence(doc, ms, d, m, prev)
        if len(found) != 1:
            return []
        who = found[0][1]  # its subject, or its first word when the parser misses the subject
        if doc.toks[who.head].dep not in ("nsubj", "nsubjpass") and who.start != doc.toks[
                doc.sents[prev].start_tok].start:
            return []
        pair.append(found[0][0])
    return pair[::-1] if pair[0] != pair[1] else []
