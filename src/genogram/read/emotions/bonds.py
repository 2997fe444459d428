"""Idioms of a bond and its quality: "a strained relationship", "became friends", "like a
sister to me", "my favorite uncle", "called him Papa", "treated her like dirt", "took care of",
"shared a flat with"."""

from __future__ import annotations

from genogram.read.emotions.lexicon import (
    BADLY,
    CLOSE_ADJ,
    CONFLICT_NOUNS,
    HOMES,
    LIKE_DIRT,
    REL_NOUNS,
    REL_QUALITY,
)
from genogram.read.emotions.reader import LinkReader, has_child, people_or_teller
from genogram.read.lexicon import kin_term


def titled_by(r: LinkReader, n: int, type_: str) -> None:
    """A person described by the noun at ``n`` and its possessor: "Bastian is my favorite
    uncle", "my favourite aunt, Gisella" (close); "my roommate Jessa", "our lodger" (household)."""
    toks = r.toks
    t = toks[n]
    owners = [p for c in t.children if toks[c].dep == "poss" for p in people_or_teller(r, c)]
    if not owners:
        return
    who = [p for c in [n, *t.children] if c == n or toks[c].dep in ("appos", "compound")
           for p in r.people_at(c)]
    if t.dep == "attr" and toks[t.head].lemma == "be":
        if r.negated(t.head) or r.irrealis(t.head):
            return
        who = r.subjects(t.head)  # "Bastian is my favorite uncle"
    elif t.dep == "appos":
        who += r.people_at(t.head)  # "Gisella, my favourite aunt"
    who = [p for p in dict.fromkeys(who) if p not in owners]
    r.add_pairs(who[:1], owners[:1], type_, n)


def called_parent(r: LinkReader, v: int) -> None:
    """ "She always called him Papa", "I call my stepfather Dad": a parent's title for
    someone the caller has no stated parent tie to (a stepparent, a grandparent who raised
    them) -> close."""
    toks = r.toks
    if r.negated(v) or r.irrealis(v):
        return
    s = r.doc.sents[toks[v].sent]
    title = next((k for k in range(v + 1, min(v + 6, s.end_tok))
                  if (term := kin_term(toks[k].lower)) is not None and term.path == "P"
                  and toks[k].text[:1].isupper() and toks[k].dep in ("oprd", "xcomp", "ccomp",
                                                                     "attr", "dobj", "appos")),
                 -1)
    if title == -1:
        return
    callers = [p for c in toks[v].children if toks[c].dep == "nsubj"
               for p in people_or_teller(r, c)] or r.subjects(v)
    called = [p for c in toks[v].children if toks[c].dep == "dobj" and c < title
              for p in r.target(v, c) if p not in callers]
    for a in callers[:1]:
        for b in called[:1]:
            if not r.is_parent(b, a):
                r.add(a, b, "close", v)


def treated_badly(r: LinkReader, v: int) -> None:
    """ "My stepmother treated me terribly", "treats her like dirt": hostile."""
    toks = r.toks
    t = toks[v]
    bad = any(toks[c].lower in BADLY for c in t.children) or any(
        toks[c].lower == "like" and any(toks[g].lower in LIKE_DIRT for g in toks[c].children)
        for c in t.children)
    if not bad or r.negated(v) or r.irrealis(v):
        return
    subs = r.subjects(v)
    objs = [o for c in t.children if toks[c].dep == "dobj" for o in
            (r.target(v, c) or people_or_teller(r, c)) if o not in subs]
    r.add_pairs(subs, objs, "hostile", v)


def relationship_cue(r: LinkReader, n: int) -> None:
    """ "Hilde and her father have a strained relationship", "Hilde's relationship with her father
    is strained", "a close bond between them"."""
    toks = r.toks
    t = toks[n]
    quality = next((REL_QUALITY[toks[c].lower] for c in t.children
                    if toks[c].dep == "amod" and toks[c].lower in REL_QUALITY), None)
    h = t.head
    if quality is None and t.dep in ("nsubj", "nsubjpass"):
        # "Their relationship is strained": the copula's complement, or the adjective itself
        # when the parser made it the root (and the copula its auxiliary)
        near = [h, toks[h].head, *toks[h].children]
        quality = next((REL_QUALITY[toks[c].lower] for c in near
                        if toks[c].pos == "ADJ" and toks[c].lower in REL_QUALITY), None)
    if quality is None and t.dep == "dobj":
        quality = as_quality(r, h)  # "describes her relationship with her son as tense"
    if any(toks[c].lower == "no" for c in t.children) and toks[h].lemma in ("want", "have"):
        quality = "cutoff"  # "I want no relationship with my father"
        if any(toks[c].dep == "neg" for c in toks[h].children):
            return
    if quality is None or any(toks[c].dep == "neg" for c in t.children):
        return
    verb = h if toks[h].pos in ("VERB", "AUX") else -1
    if verb != -1 and (r.negated(verb) or r.irrealis(verb)):
        return
    owners = [p for c in t.children if toks[c].dep == "poss" for p in r.with_conj(c)]
    subs = owners or (r.subjects(verb) if verb != -1 and t.dep in ("dobj", "attr") else [])
    objs = [o for o in r.objects(n, ("with", "between", "to")) + r.between(n) if o not in subs]
    if verb != -1 and t.dep == "dobj":
        objs += [o for o in r.objects(verb, ("with",)) if o not in subs and o not in objs]
    if subs and objs:
        r.add_pairs(subs, objs, quality, n)
    elif len(subs) >= 2:
        r.add_among(subs, quality, n)
    elif not subs:
        # "the relationship between Vi and Una is strained" (not "a good relationship with his
        # aunt and her husband": that is someone's with each)
        r.add_among([o for o in r.between(n) if o in objs], quality, n)


def as_quality(r: LinkReader, verb: int) -> str | None:
    """The quality an "as" phrase of ``verb`` gives ("describes it as tense", "as close",
    "as high-conflict"), or None."""
    toks = r.toks
    for c in toks[verb].children:
        if toks[c].dep == "prep" and toks[c].lower == "as":
            todo = list(toks[c].children)
        elif has_child(r, c, "as") and toks[c].dep in ("advcl", "oprd", "acomp", "xcomp"):
            todo = [c]  # "describes it as close" parsed as an adverbial clause "as close"
        else:
            continue
        words: list[str] = []
        while todo and len(words) < 12:
            k = todo.pop(0)
            words.append(toks[k].lower)
            todo += toks[k].children
        for w in words:
            if w in REL_QUALITY:
                return REL_QUALITY[w]
            if w in CLOSE_ADJ:
                return "close"
            if w in CONFLICT_NOUNS:
                return "conflict"
    return None


def described_as(r: LinkReader, v: int) -> None:
    """ "Both parents describe their custody arrangement as tense": the quality of what the
    describers share, among them (a relationship noun as the object is ``relationship_cue``'s;
    a person as the object is a description of that person, not of a tie)."""
    toks = r.toks
    objs = [c for c in toks[v].children if toks[c].dep == "dobj"]
    if any(r.people_at(c) or toks[c].lower in REL_NOUNS for c in objs) or r.negated(v) or (
            r.irrealis(v)):
        return
    quality = as_quality(r, v)
    if quality is not None:
        r.add_among(r.subjects(v), quality, v)


def became_friends(r: LinkReader, n: int) -> None:
    """ "Vi and Una became friends", "Vi is friends with Una": friends (close when kin)."""
    toks = r.toks
    h = toks[n].head
    if toks[h].lemma not in ("be", "become", "remain", "stay", "make") or r.negated(h) or (
            r.irrealis(h)):
        return
    if toks[n].lower == "friend" and not any(toks[c].dep == "prep" and toks[c].lower == "with"
                                             for c in toks[n].children):
        return  # "Una was a friend": whose, the friend mentions say
    subs = r.subjects(h)
    objs = [o for o in r.objects(n, ("with",)) + r.objects(h, ("with",)) if o not in subs]
    pairs = ([(s, o) for s in subs[:3] for o in objs[:3]] if objs
             else [(a, b) for k, a in enumerate(subs[:3]) for b in subs[k + 1:3]])
    for a, b in pairs:
        r.add(a, b, "close" if r.any_kin(a, b) else "friend", n)


def like_kin(r: LinkReader, p: int) -> None:
    """ "She is like a sister to me", "treated him like a son": close, with the kin word
    borrowed (a simile, so never a kin tie)."""
    toks = r.toks
    noun = next((c for c in toks[p].children if toks[c].dep == "pobj"), -1)
    if noun == -1 or kin_term(toks[noun].lower) is None:
        return
    verb = toks[p].head
    if toks[verb].pos not in ("VERB", "AUX") or r.negated(verb) or r.irrealis(verb):
        return
    subs = r.subjects(verb)
    objs = [o for o in r.objects(noun, ("to",)) + r.objects(verb, ("to",)) if o not in subs]
    if not objs and toks[verb].lemma != "be":
        objs = [o for o in r.objects(verb, ()) if o not in subs]
    if not objs:
        objs = [q for c in toks[noun].children if toks[c].dep == "prep" and toks[c].lower == "to"
                for g in toks[c].children for q in people_or_teller(r, g) if q not in subs]
    r.add_pairs(subs, objs, "close", p)


def cared_for(r: LinkReader, v: int, lemma: str) -> None:
    """ "took care of her grandfather", "cared for him", "looks after her sister": close when
    the carer is not the parent (a parent's care is the default, not a signal)."""
    toks = r.toks
    t = toks[v]
    if lemma == "take":
        care = next((c for c in t.children if toks[c].dep == "dobj" and toks[c].lower == "care"),
                    -1)
        if care == -1:
            return
        preps: tuple[str, ...] = ("of",)
        objs_at = [v, care]
    elif lemma == "care":
        preps, objs_at = ("for",), [v]
    elif lemma == "look" and any(toks[c].lower == "after" for c in t.children):
        preps, objs_at = ("after",), [v]
    else:
        return
    if r.negated(v) or r.irrealis(v):
        return
    subs = r.subjects(v)
    objs = [o for k in objs_at for o in r.objects(k, preps) if o not in subs]
    for s in subs[:2]:
        for o in objs[:3]:
            if not r.is_parent(s, o) and not r.partners(s, o):
                r.add(s, o, "close", v)


def taught_skill(r: LinkReader, v: int) -> None:
    """ "Her stepfather taught her to drive", "the one who taught her how to sail": a grown-up
    who passes on a skill is close to the learner, when not the learner's parent (a parent's
    teaching is the default, not a signal) nor partner."""
    toks = r.toks
    kids = toks[v].children
    if not any(toks[c].dep in ("xcomp", "ccomp") for c in kids) or r.negated(v) or (
            r.irrealis(v)):
        return
    subs = r.subjects(v)
    objs = [o for c in kids if toks[c].dep in ("dobj", "dative")
            for o in (r.target(v, c) or people_or_teller(r, c)) if o not in subs]
    for s in subs[:1]:
        for o in objs[:2]:
            if not r.parent_in_fact(s, o) and not r.partners(s, o):
                r.add(s, o, "close", v)


def share_home(r: LinkReader, v: int) -> None:
    """ "shares a flat with her cousin", "Vi and Una shared a house for years": household."""
    toks = r.toks
    if not any(toks[c].dep == "dobj" and toks[c].lower in HOMES for c in toks[v].children):
        return
    if r.negated(v) or r.irrealis(v):
        return
    subs = r.subjects(v)
    objs = [o for c in r.toks[v].children if r.toks[c].dep == "dobj"
            for o in r.objects(c, ("with",)) if o not in subs]
    objs += [o for o in r.objects(v, ("with",)) if o not in subs and o not in objs]
    pairs = ([(s, o) for s in subs[:2] for o in objs[:3]] if objs
             else [(a, b) for k, a in enumerate(subs[:3]) for b in subs[k + 1:3]])
    for a, b in pairs:
        # children share a room by default: siblings sharing one say nothing
        if not r.siblings(a, b):
            r.add(a, b, "household", v)
