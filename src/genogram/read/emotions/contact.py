"""Contact verbs (speak, call, visit, write...): negated -> cutoff, rare -> distant, and the
time and frequency phrases that tell a cutoff from a sulk."""

from __future__ import annotations

import re

from genogram.read.emotions.lexicon import RARE, REFUSE_VERBS, SHORT_SPANS
from genogram.read.emotions.reader import LinkReader, has_child, people_or_teller

#: The object of a naming "call": "only ever called her 'Mrs. Quarrie'".
_ANY_NAME = frozenset(["anything", "nothing", "something"])


def contact_cue(r: LinkReader, v: int, lemma: str, prt: str) -> None:
    """Contact verbs: negated -> cutoff ("hasn't spoken to his dad in years"); rare -> distant."""
    toks = r.toks
    t = toks[v]
    if r.irrealis(v) and not _modal_refusal(r, v):
        return
    preps = ("to", "with", "from", "on")
    if lemma == "hear" and not any(toks[c].lower == "from" for c in t.children):
        return
    if lemma in ("answer", "return") and not any(toks[c].lower in ("call", "calls", "letters",
                                                                   "texts", "messages")
                                                 for c in t.children):
        return
    if lemma == "call" and any(toks[c].dep in ("oprd", "xcomp", "ccomp")
                               and toks[c].pos not in ("VERB", "AUX") for c in t.children):
        return  # "calls her Nana Elva": a name, not contact ("calls him to check on him" is)
    if lemma == "call" and any(toks[c].lower in _ANY_NAME for c in t.children):
        return  # "only ever called her Mrs. Quarrie": a name withheld, not a call
    if r.negated(v):
        if lemma in ("answer", "return"):
            subs = r.subjects(v)
            owners = []
            for c in t.children:
                if toks[c].dep == "dobj":
                    for g in toks[c].children:
                        if toks[g].dep == "poss":
                            owners += r.people_at(g)
            r.add_pairs(subs, [o for o in owners if o not in subs], "cutoff", v)
            return
        if lemma == "meet":
            # "never met her father", "did not meet until 2004": no relationship to draw yet,
            # so no link (a cutoff needs a tie that was broken)
            return
        if _hedged(r, v):
            # "we don't really talk", "hasn't talked to me much lately": little contact, not none
            r.reciprocal(v, "distant", preps)
            return
        if lemma == "see" and not has_time_span(r, v) and not _refused(r, v):
            return
        subs = r.subjects(v)
        if len(subs) == 1 and not r.objects(v, preps) and not r.between(v) and lemma in (
                "call", "write", "visit", "phone", "contact"):
            # "his father ... never called": the kin phrase's owner is the one not called
            owners = r.subject_owners(v, subs[0])
            if owners:
                r.add_pairs(subs, owners, "cutoff", v)
                return
        if len(subs) == 1 and not r.objects(v, preps) and not r.between(v) and any(
                toks[c].lower == "again" for c in t.children):
            # "She wrote to her cousin once ... She never wrote again": the one she wrote to
            before = _earlier_contact(r, v, lemma, subs[0])
            if before:
                r.add_pairs(subs, before, "cutoff", v)
                return
        if len(subs) == 1 and not r.objects(v, preps) and not r.between(v):
            # "Her father quit speaking to us": an "us" that names no known group is at
            # least the teller
            us = [p for c in t.children if toks[c].dep == "prep" and toks[c].lower in preps
                  for g in toks[c].children if toks[g].dep == "pobj"
                  for p in people_or_teller(r, g) if p not in subs]
            if us:
                r.add_pairs(subs, us[:1], "conflict" if _short_span(r, v) else "cutoff", v)
                return
        r.reciprocal(v, "conflict" if _short_span(r, v) else "cutoff", preps)
        return
    if any(toks[c].lower in RARE or toks[c].lower in ("year", "years") and any(
            toks[g].lower in ("once", "twice", "a") for g in toks[c].children)
           for c in t.children) or _rare_freq(r, v):
        r.reciprocal(v, "distant", preps)
    elif lemma in ("talk", "speak", "visit", "call") and has_child(r, v, "still"):
        # "the one cousin she still calls": contact kept when others broke
        r.reciprocal(v, "close", preps)
    elif lemma in ("talk", "speak", "visit", "call", "phone", "write", "text", "see") and (
            _frequent(r, v)):
        # "talks to him about boats for hours", "I call her each Friday": chosen, steady
        # contact
        r.reciprocal(v, "close", preps)


#: Words that soften a negated contact verb to "little": "don't really talk", "not much".
_HEDGES = frozenset(["really", "much", "often", "regularly", "properly"])


def _hedged(r: LinkReader, v: int) -> bool:
    """A negated contact verb softened by "really", "much", "often" (on the verb or on its
    adverb: "much since")."""
    toks = r.toks
    near = [c for c in toks[v].children]
    near += [g for c in near if toks[c].dep == "advmod" for g in toks[c].children]
    return any(toks[k].lower in _HEDGES for k in near)


#: Time units that make contact steady with "every"/"each": "every Sunday", "each week".
_STEADY_UNITS = frozenset(["day", "night", "morning", "evening", "week", "sunday", "monday",
                           "tuesday", "wednesday", "thursday", "friday", "saturday", "weekend"])


def _frequent(r: LinkReader, v: int) -> bool:
    """"for hours", "every Sunday", "each week", "daily", "weekly" on the contact verb (not
    "every few years", which is rare)."""
    toks = r.toks
    # (down to the objects' own phrases: "talks to him about boats for hours")
    near = [g for c in toks[v].children for x in toks[c].children for g in [c, *toks[x].children]]
    for c in dict.fromkeys(near + list(toks[v].children)):
        w = toks[c]
        if w.lower in ("daily", "weekly", "nightly") or (
                w.dep == "prep" and w.lower == "for"
                and any(toks[g].lower == "hours" for g in w.children)):
            return True
        if w.dep in ("npadvmod", "advmod", "dobj") and w.lemma.lower() in _STEADY_UNITS and any(
                toks[g].lower in ("every", "each") for g in w.children):
            return True
    return False


def habitual(r: LinkReader, v: int) -> bool:
    """ "He would hit us with a belt": "would" telling what used to happen, not a condition
    (no if/unless in the sentence) nor a report of an intention (no saying or thinking verb
    governs it)."""
    toks = r.toks
    t = toks[v]
    if not any(toks[c].dep == "aux" and toks[c].lower in ("would", "'d") for c in t.children):
        return False
    s = r.doc.sents[t.sent]
    if any(toks[k].lower in ("if", "unless", "whether", "otherwise", "or") for k in
           range(s.start_tok, s.end_tok)):
        return False
    return t.dep not in ("ccomp", "xcomp", "advcl")


def _refused(r: LinkReader, v: int) -> bool:
    """ "refused to see her", "declined to visit": the refusal is the negation."""
    t = r.toks[v]
    return t.dep == "xcomp" and r.toks[t.head].lemma in REFUSE_VERBS


def _modal_refusal(r: LinkReader, v: int) -> bool:
    """ "wouldn't talk to her for years", "won't speak to him": a negated would/will is a
    refusal told as fact, unless a condition governs it ("if he wouldn't call")."""
    toks = r.toks
    kids = [toks[c] for c in toks[v].children]
    return (any(w.dep == "neg" for w in kids)
            and any(w.dep == "aux" and w.lower in ("would", "wo") for w in kids)
            and not any(w.dep == "mark" for w in kids)
            and not r.conditioned(v))


def _earlier_contact(r: LinkReader, v: int, lemma: str, subj: int) -> list[int]:
    """The people ``subj`` contacted with the same verb in the two sentences before ``v``."""
    toks = r.toks
    sent = toks[v].sent
    for s_i in (sent - 1, sent - 2):
        if s_i < 0:
            continue
        s = r.doc.sents[s_i]
        for k in range(s.start_tok, s.end_tok):
            if toks[k].lemma == lemma and toks[k].pos == "VERB" and subj in r.subjects(k):
                objs = [o for o in r.objects(k, ("to", "with")) if o != subj]
                if objs:
                    return objs[:1]
    return []


def has_time_span(r: LinkReader, v: int) -> bool:
    """ "in eight years", "since 2016", "for a decade", "again", "anymore"."""
    toks = r.toks
    for c in toks[v].children:
        w = toks[c]
        if w.lower in ("since", "again", "anymore", "for", "in") or w.lower == "years":
            return True
        if _clause_mark(r, c) == "since":
            return True  # "hasn't called her since she moved": the span is a whole clause
    return False


def _clause_mark(r: LinkReader, c: int) -> str:
    """The subordinator of an adverbial clause ("since she left" -> "since"), else ""."""
    toks = r.toks
    if toks[c].dep != "advcl":
        return ""
    return next((toks[g].lower for g in toks[c].children if toks[g].dep == "mark"), "")


def _short_span(r: LinkReader, v: int) -> bool:
    """A silence with an end: "didn't speak to us for three weeks", "for most of that spring",
    "not until the wedding": a quarrel, not a cutoff."""
    toks = r.toks
    for c in toks[v].children:
        if toks[c].dep == "prep" and toks[c].lower in ("until", "till"):
            return True
        if toks[c].dep == "prep" and toks[c].lower == "for":
            for g in toks[c].children:
                if toks[g].lemma in SHORT_SPANS or toks[g].lower == "most":
                    return True
        elif toks[c].dep == "npadvmod" and toks[c].lemma in SHORT_SPANS:
            return True  # "didn't say a word to her all winter"
    return False


def _rare_freq(r: LinkReader, v: int) -> bool:
    toks = r.toks
    s = r.doc.sents[toks[v].sent]
    words = " ".join(toks[i].lower for i in range(s.start_tok, s.end_tok))
    return bool(re.search(r"\b(?:once|twice) a (?:year|decade)\b|\bevery few years\b|"
                          r"\b(?:at|on|for) (?:the )?holidays\b|\bat christmas\b|"
                          r"\ba (?:couple|few) (?:of )?times a year\b|"
                          r"\bless (?:and less|each year|every year)\b|, if that\b", words))
