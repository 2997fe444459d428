"""Cues of more than one word, each anchored on one token of the idiom (dispatch), and the
idioms of distance and conflict: "nothing to do with", "fell out", "at odds", "not on speaking
terms", "NC", "out of my life", "never there for", "joined at the hip"."""

from __future__ import annotations

from genogram.read.emotions.bonds import (
    became_friends,
    called_parent,
    cared_for,
    described_as,
    like_kin,
    relationship_cue,
    share_home,
    taught_skill,
    titled_by,
    treated_badly,
)
from genogram.read.emotions.described import (
    DESCRIBE_VERBS,
    described_person,
    kin_title_claimed,
)
from genogram.read.emotions.lexicon import ANCHOR_NOUNS, AT_ODDS, HOUSEMATE_NOUNS, RARE, REL_NOUNS
from genogram.read.emotions.reader import LinkReader, clause_link, has_child, people_or_teller
from genogram.read.emotions.slights import LABEL_VERBS, label_cue, to_face
from genogram.read.emotions.word_cues import noun_cue


def idiom_cue(r: LinkReader, i: int, lemma: str) -> None:
    """Cues of more than one word, each anchored on one token of the idiom."""
    t = r.toks[i]
    if t.quote != -1:
        return
    low = t.lower
    if low == "nothing":
        _nothing_to_do_with(r, i)
    elif lemma == "fall" and has_child(r, i, "out"):
        _falling_out(r, i)
    elif low in AT_ODDS or (low == "heads" and t.dep == "dobj"):
        _at_odds(r, i)
    elif low == "blood" and has_child(r, i, "bad"):
        noun_cue(r, i, "conflict")
    elif low in REL_NOUNS and (low != "things" or r.between(i)):
        relationship_cue(r, i)  # ("things between X and Y are tense")
    elif low in ("friends", "friend") and t.dep == "attr":
        became_friends(r, i)
    elif low == "like" and t.dep == "prep":
        like_kin(r, i)
    elif low in ("there", "around") and t.dep == "advmod":
        _never_there(r, i)
    elif low == "absent":
        _absent_parent(r, i)
    elif low == "hip" and r.toks[t.head].lower == "at":
        _at_the_hip(r, i)
    elif low in ("favorite", "favourite") and t.dep == "amod":
        titled_by(r, t.head, "close")
    elif low == "estranged" and t.dep == "amod":
        titled_by(r, t.head, "cutoff")  # "my estranged father"
    elif t.text in ("NC", "LC"):
        _no_contact_abbrev(r, i)
    elif low == "terms" and (has_child(r, i, "speaking") or r.toks[t.head].lower == "speaking"):
        _speaking_terms(r, i)
    elif low == "picture" and r.toks[t.head].lower == "in":
        _never_there(r, i)  # "his mother was never in the picture"
    elif low in ANCHOR_NOUNS and t.dep == "attr":
        titled_by(r, i, "close")  # "My brother is my rock"
    elif low == "face":
        to_face(r, i)  # "said it to her face"
    elif low in ("life", "lives"):
        _out_of_life(r, i)
    elif low == "thieves" and r.toks[t.head].lower == "as":
        _at_the_hip(r, i)  # "thick as thieves"
    elif t.dep == "attr" and t.pos == "NOUN":
        kin_title_claimed(r, i)  # "Rolf has been my dad since I was four"
    elif low in HOUSEMATE_NOUNS and t.pos == "NOUN":
        titled_by(r, i, "household")
    elif r.toks[i].pos in ("VERB", "AUX"):
        _idiom_verb(r, i, lemma)


def _idiom_verb(r: LinkReader, v: int, lemma: str) -> None:
    if r.negated(v) and lemma == "forgive" and not r.irrealis(v):
        # "She never forgave her brother": a grudge
        subs = r.subjects(v)
        r.add_pairs(subs, [o for o in r.objects(v, ()) if o not in subs], "hostile", v)
    elif lemma == "get" and has_child(r, i=v, word="along"):
        # "Hilde and her son never got along" -> conflict; "get along well" -> close; a bare
        # "get along" (as most people do) says nothing
        if r.irrealis(v):
            return
        if r.negated(v):
            r.reciprocal(v, "conflict", ("with",))
        elif any(r.toks[c].lower in _GET_ALONG_WELL for c in r.toks[v].children):
            r.reciprocal(v, "close", ("with",))
    elif lemma == "avoid" and not r.negated(v) and not r.irrealis(v):
        # "Kaarlo and his stepfather avoid each other", "she avoids her father": kept apart by
        # choice (avoiding a topic or a place names no one, so links nothing)
        if r.mutual(v):
            r.add_among(r.subjects(v), "distant", v)
        else:
            r.reciprocal(v, "distant", ())
    elif lemma == "look" and has_child(r, v, "up") and not r.negated(v) and not r.irrealis(v):
        subs = r.subjects(v)  # "looked up to her brother"
        r.add_pairs(subs, [o for o in r.objects(v, ("to",)) if o not in subs], "close", v)
    elif lemma in ("take", "side") and _sides_with(r, v, lemma):
        pass
    elif lemma in ("take", "care", "look"):
        cared_for(r, v, lemma)
    elif lemma == "teach":
        taught_skill(r, v)
    elif lemma in DESCRIBE_VERBS:
        described_as(r, v)
        described_person(r, v)
    elif lemma == "follow" and any(r.toks[c].lower in ("everywhere", "around")
                                   for c in r.toks[v].children):
        # "my little sister follows me everywhere": a child's attachment
        if not r.negated(v) and not r.irrealis(v):
            subs = r.subjects(v)
            r.add_pairs(subs, [o for o in r.objects(v, ()) if o not in subs], "close", v)
    elif lemma == "call":
        called_parent(r, v)
        label_cue(r, v)
    elif lemma in LABEL_VERBS:
        label_cue(r, v)
    elif lemma == "treat":
        treated_badly(r, v)
    elif lemma in ("protect", "defend") and r.negated(v) and not r.irrealis(v):
        # "My mother never protected me from him": a parent's (or kin's) failure to protect
        subs = r.subjects(v)
        for s in subs[:1]:
            for o in r.objects(v, ()):
                if o != s and (r.is_parent(s, o) or r.any_kin(s, o)):
                    r.add(s, o, "neglect", v)
    elif lemma == "share":
        share_home(r, v)
    elif lemma == "know" and any(r.toks[c].lower in RARE for c in r.toks[v].children):
        if not r.irrealis(v):
            r.reciprocal(v, "distant", ())  # "barely knows her father"
    elif lemma == "ignore" and not r.negated(v) and not r.irrealis(v):
        # a parent ignoring their child is neglect; anyone else ignoring someone is too vague
        subs = r.subjects(v)
        for s in subs[:2]:
            for o in r.objects(v, ()):
                if r.is_parent(s, o):
                    r.add(s, o, "neglect", v)


def _sides_with(r: LinkReader, v: int, lemma: str) -> bool:
    """ "Grandma always takes Halvor's side", "she sided with her brother": an ally in the
    family's quarrels -> close. True when the verb is this idiom (linked or not)."""
    toks = r.toks
    if lemma == "take":
        side = next((c for c in toks[v].children if toks[c].dep == "dobj"
                     and toks[c].lower in ("side", "sides")), -1)
        if side == -1:
            return False
        allies = [p for c in toks[side].children if toks[c].dep == "poss"
                  for p in r.people_at(c)]
    else:
        allies = r.objects(v, ("with",))
    if not r.negated(v) and not r.irrealis(v):
        subs = r.subjects(v)
        r.add_pairs(subs[:1], [a for a in allies if a not in subs][:1], "close", v)
    return True


#: Adverbs that make getting along a bond: "they get along well".
_GET_ALONG_WELL = frozenset(["well", "great", "famously", "wonderfully", "beautifully"])


def _out_of_life(r: LinkReader, n: int) -> None:
    """ "My mother has been out of my life since I was ten", "he hasn't been part of my life",
    "she is no longer in our lives": cutoff between the subject and the life's owner."""
    toks = r.toks
    t = toks[n]
    owners = [p for c in t.children if toks[c].dep == "poss" for p in people_or_teller(r, c)]
    if not owners or t.dep != "pobj":
        return
    prep = toks[t.head]
    verb = prep.head
    out_of = prep.lower == "of" and toks[verb].lower == "out"
    part_of = prep.lower == "of" and toks[verb].lower == "part"
    if out_of or part_of:
        verb = toks[verb].head
    elif prep.lower != "in":
        return
    if toks[verb].lemma not in ("be", "stay", "remain", "go", "disappear", "vanish") or (
            r.irrealis(verb)):
        return
    neg = r.negated(verb) or any(toks[c].lower == "longer" for c in toks[verb].children)
    if (out_of and neg) or (not out_of and not neg) or (
            toks[verb].lemma in ("go", "disappear", "vanish") and not out_of):
        return  # "he is part of my life", "never out of my life"
    subs = [p for p in r.subjects(verb) if p not in owners]
    r.add_pairs(subs, owners, "cutoff", n)


def _no_contact_abbrev(r: LinkReader, n: int) -> None:
    """Forum shorthand: "went NC with my mother" (no contact) -> cutoff; "I'm LC with my
    sister" (low contact) -> distant."""
    toks = r.toks
    verb = toks[n].head if toks[n].dep != "ROOT" else n
    if r.negated(verb) or r.irrealis(verb):
        return
    subs = [p for c in toks[verb].children if toks[c].dep == "nsubj"
            for p in people_or_teller(r, c)] or r.subjects(verb)
    objs = [o for o in r.objects(n, ("with",)) + r.objects(verb, ("with",)) if o not in subs]
    r.add_pairs(subs, objs, "cutoff" if toks[n].text == "NC" else "distant", n)


def _speaking_terms(r: LinkReader, n: int) -> None:
    """ "haven't been on speaking terms since the funeral": cutoff (only when negated)."""
    toks = r.toks
    on = toks[n].head if toks[toks[n].head].lower != "speaking" else toks[toks[n].head].head
    if toks[on].lower != "on":
        return
    verb = toks[on].head
    neg = r.negated(verb) or any(toks[c].lower == "longer" for c in toks[verb].children)
    if not neg or r.irrealis(verb):
        return
    clause_link(r, n, verb, "cutoff")


def _nothing_to_do_with(r: LinkReader, n: int) -> None:
    """ "wants nothing to do with her brother", "had nothing to do with us": cutoff."""
    toks = r.toks
    h = toks[n].head
    # (not r.negated: "nothing" itself reads as the negation there)
    if toks[h].lemma not in ("want", "have") or any(toks[c].dep == "neg" for c in toks[
            h].children) or r.irrealis(h):
        return
    do = next((c for c in toks[n].children if toks[c].lemma == "do"), -1)
    if do == -1:
        return
    if any(toks[g].dep == "pobj" and any(toks[x].lower in ("a", "an") for x in toks[g].children)
           for c in toks[do].children for g in toks[c].children):
        return  # "nothing to do with a sailor": a kind of person, not someone known
    subs = r.subjects(h)
    objs = [o for o in r.objects(do, ("with",)) if o not in subs]
    if not objs:
        objs = [p for c in toks[do].children if toks[c].lower == "with"
                for g in toks[c].children for p in people_or_teller(r, g) if p not in subs]
    r.add_pairs(subs, objs, "cutoff", n)


def _falling_out(r: LinkReader, i: int) -> None:
    """ "fell out with her brother" (a verb) or "had a falling out with him" (a noun)."""
    t = r.toks[i]
    if t.dep in ("dobj", "attr", "nsubj", "pobj"):
        noun_cue(r, i, "falling-out")
    elif not r.negated(i) and not r.irrealis(i):
        r.reciprocal(i, "conflict", ("with",))


def _at_odds(r: LinkReader, n: int) -> None:
    """ "is at odds with her brother", "butts heads with him", "are at each other's throats"."""
    toks = r.toks
    t = toks[n]
    verb = toks[t.head].head if t.dep == "pobj" else t.head
    if t.dep == "pobj" and toks[t.head].lower != "at":
        return
    if t.dep == "dobj" and toks[verb].lemma not in ("butt", "bump", "knock", "lock", "but"):
        return
    if r.negated(verb) or r.irrealis(verb):
        return
    clause_link(r, n, verb, "conflict")


def _never_there(r: LinkReader, a: int) -> None:
    """ "My father was never there for me", "her dad was never around", "never in the
    picture": neglect."""
    toks = r.toks
    h = toks[a].head if toks[a].lower != "picture" else toks[toks[a].head].head
    if toks[h].lemma != "be" or not r.negated(h) or r.irrealis(h):
        return
    subs = r.subjects(h)
    if len(subs) != 1:
        return
    objs = [o for o in r.objects(h, ("for",)) + r.objects(a, ("for",)) if o not in subs]
    if not objs and toks[a].lower in ("around", "picture"):
        # the owner of the subject's kin phrase, when the subject is their parent
        objs = [o for o in r.subject_owners(h, subs[0]) if r.is_parent(subs[0], o)]
    r.add_pairs(subs, objs, "neglect", a)


def _absent_parent(r: LinkReader, a: int) -> None:
    """ "Her father was an absent father", "he was absent from their lives": neglect toward the
    child whose parent the subject is."""
    toks = r.toks
    t = toks[a]
    h = t.head
    be = toks[h].head if t.dep == "amod" and toks[h].dep == "attr" else h
    if toks[be].lemma != "be" or r.negated(be) or r.irrealis(be):
        return
    subs = r.subjects(be)
    if len(subs) != 1:
        return
    kids = [o for o in r.subject_owners(be, subs[0]) if r.is_parent(subs[0], o)]
    kids += [k for k in r.d.ents.children_of(subs[0]) if k not in kids and any(
        r.people_at(c) == [r.d.ents.find(k)] for c in range(toks[a].i, r.doc.sents[t.sent].end_tok))]
    r.add_pairs(subs, kids, "neglect", a)


def _at_the_hip(r: LinkReader, n: int) -> None:
    """ "joined at the hip": fused; "thick as thieves": close."""
    toks = r.toks
    verb = toks[toks[n].head].head
    type_ = "fused"
    if toks[n].lower == "thieves":
        type_ = "close"
        if toks[verb].lower == "thick":
            verb = toks[verb].head
    elif toks[verb].lemma not in ("join", "attach"):
        return
    if r.negated(verb) or r.irrealis(verb):
        return
    clause_link(r, n, verb, type_, ("with", "to"))
