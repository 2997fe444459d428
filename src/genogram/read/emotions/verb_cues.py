"""One-word verb cues: cutting off, fighting, hating, hitting, neglecting, adoring, living
with, walking out on, raising someone else's child."""

from __future__ import annotations

from genogram.read.emotions.contact import contact_cue, habitual, has_time_span
from genogram.read.emotions.lexicon import (
    ABUSE_VERBS,
    CLOSE_VERBS,
    CONFLICT_VERBS,
    CONTACT_VERBS,
    CUTOFF_VERBS,
    FUSED_VERBS,
    HOMES,
    HOSTILE_VERBS,
    HOUSE_VERBS,
    INSULTS,
    LEAVE_VERBS,
    NEGLECT,
    RAISE_VERBS,
)
from genogram.read.emotions.reader import LinkReader, has_child, people_or_teller


def _prt(r: LinkReader, verb: int) -> str:
    return next((r.toks[c].lower for c in r.toks[verb].children if r.toks[c].dep == "prt"), "")


def verb_cue(r: LinkReader, v: int, lemma: str) -> None:
    toks = r.toks
    t = toks[v]
    if t.quote != -1:
        return
    prt = _prt(r, v)
    if lemma == "call" and not r.negated(v) and not r.irrealis(v) and any(
            toks[c].dep in ("oprd", "xcomp", "ccomp", "attr") and toks[c].lemma in INSULTS
            for c in t.children):
        # "My sister Ingolf called me a fool"
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ()) if o not in subs]
        objs += [p for c in t.children if toks[c].dep == "dobj" for p in people_or_teller(r, c)
                 if p not in subs and p not in objs]
        r.add_pairs(subs, objs, "conflict", v)
        return
    if lemma in ("sit", "say") and any(toks[c].lower in ("shiva", "kaddish") for c in t.children) \
            and not r.negated(v) and not r.irrealis(v):
        # "sat shiva for her living daughter": mourning the living is a cutoff
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("for",)) if o not in subs]
        objs = [o for o in objs if not r.d.ents.get(o).deceased]
        r.add_pairs(subs[:1], objs[:1], "cutoff", v)
        return
    if lemma in CONTACT_VERBS or (lemma in ("say", "exchange") and any(
            toks[c].dep == "dobj" and toks[c].lemma == "word" for c in t.children)):
        # "didn't say a word to his brother for a month" is "didn't speak to him"; "did not
        # exchange one more word" is "did not speak" (to each other)
        contact_cue(r, v, "speak" if lemma in ("say", "exchange") else lemma, prt)
        return
    if lemma == "exchange" and any(toks[c].dep == "dobj" and toks[c].lemma in (
            "letter", "card", "call", "message", "text", "email") for c in t.children):
        contact_cue(r, v, "write", prt)  # "She and her cousin never exchanged one more letter"
        return
    if lemma in ("send", "mail") and any(toks[c].dep == "dobj" and toks[c].lemma in _SENDABLES
                                         for c in t.children):
        # "never sent a card", "never sent money": writing by another name
        contact_cue(r, v, "write", prt)
        return
    if lemma in ("have", "eat", "grab", "get") and any(
            toks[c].dep == "dobj" and toks[c].lemma in _MEALS for c in t.children):
        # "has dinner with his grandmother every Sunday": a meal together is seeing someone
        contact_cue(r, v, "see", prt)
        return
    out_ = prt or next((toks[c].lower for c in t.children if toks[c].dep in ("prep", "advmod")
                        and toks[c].lower in ("out", "off")), "")
    if lemma == "hang" and prt == "up" and any(toks[c].dep == "prep" and toks[c].lower == "on"
                                               for c in t.children):
        # "hung up on his mother": a fight on the phone, not the end of contact (a silence
        # after it says cutoff on its own)
        if not r.negated(v) and not r.irrealis(v):
            subs = r.subjects(v)
            r.add_pairs(subs, [o for o in r.objects(v, ("on",)) if o not in subs], "conflict", v)
        return
    if lemma in CUTOFF_VERBS or (lemma == "cut" and out_ in ("off", "out")) or (
            lemma == "turn" and prt == "away") or (lemma in ("kick", "throw") and out_ == "out") or (
            lemma in ("cut", "sever", "break") and any(
                toks[c].dep == "dobj" and toks[c].lemma in ("tie", "contact", "connection")
                for c in t.children)) or (
            lemma == "close" and any(
                toks[c].lower == "door" for c in t.children)):
        if r.negated(v) or r.irrealis(v):
            return
        if lemma == "close":
            subs = r.subjects(v)
            others = [p for p in r.sentence_people(t.sent) if p not in subs]
            if subs and len(others) == 1:
                r.add_pairs(subs[:1], others, "hostile", v)
            return
        if lemma == "estrange":
            r.reciprocal(v, "cutoff", ("from",))
            return
        ties = next((c for c in t.children if toks[c].dep == "dobj"
                     and toks[c].lemma in ("tie", "contact", "connection")), -1)
        if ties != -1:
            # "cut ties with her mother": the "with" hangs on the noun or on the verb
            subs = r.subjects(v)
            objs = [o for o in r.objects(ties, ("with",)) + r.objects(v, ("with",))
                    if o not in subs]
            r.pairs_or_mutual(v, subs, objs, "cutoff", v)
            return
        r.reciprocal(v, "cutoff", ("from", "on", "out"))
        return
    if lemma in CONFLICT_VERBS:
        if r.negated(v) or (r.irrealis(v) and not habitual(r, v)) or _allies(r, v):
            return
        r.reciprocal(v, "conflict", ("with", "against", "over"))
        return
    if (lemma in ("yell", "scream", "shout", "lash", "snap", "explode", "holler", "rage")
            or (lemma == "blow" and prt == "up")) and not r.negated(v) and not r.irrealis(v):
        # "yelled at her", "blew up at him", "lashed out at his son" (an outburst at someone)
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("at",)) if o not in subs]
        if subs and objs and any(toks[c].dep == "prep" and toks[c].lower == "at"
                                 for c in t.children):
            r.add_pairs(subs, objs, "conflict", v)
        return
    if lemma == "disapprove" and _prep(r, v, "of") and not r.negated(v) and not r.irrealis(v):
        # "her father disapproved of her husband" (of a person; "of the match" names none)
        subs = r.subjects(v)
        r.add_pairs(subs, [o for o in r.objects(v, ("of",)) if o not in subs], "conflict", v)
        return
    if lemma in HOSTILE_VERBS or (lemma == "like" and r.negated(v)) or (
            lemma == "stand" and r.negated(v) and any(toks[c].lower in ("ca", "can", "could")
                                                      for c in t.children)):
        if lemma != "like" and lemma != "stand" and (r.negated(v) or r.irrealis(v)):
            return
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("for",)) if o not in subs]
        r.pairs_or_mutual(v, subs, objs, "hostile", v)
        return
    harm = "abuse" if lemma in ABUSE_VERBS and not _contest(r, v) else (
        "neglect" if lemma == "neglect" or t.lower in NEGLECT else None)
    if harm is not None:
        if r.negated(v) or (r.irrealis(v) and not habitual(r, v)):
            return
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ()) if o not in subs]
        if not objs:  # "Our mother neglected us": the teller, when "us" names no known group
            objs = [p for c in t.children if toks[c].dep == "dobj"
                    for p in people_or_teller(r, c) if p not in subs]
        if any(toks[c].dep == "nsubjpass" for c in t.children):  # "was neglected by her mother"
            objs, subs = subs, [o for o in r.objects(v, ("by",)) if o not in subs]
        # the object's own kin word, owned by the subject ("I punched my brother"), whoever
        # the reader took "my" for
        subj = next((toks[c].lower for c in t.children if toks[c].dep == "nsubj"), "")
        sib_word = any(toks[c].dep == "dobj" and (m := r.by_head.get(c)) is not None
                       and m.kin is not None and m.kin.path == "S"
                       and any(toks[g].dep == "poss" and (subj, toks[g].lower) in _OWN
                               for g in toks[c].children) for c in t.children)
        for s in subs[:3]:
            for o in objs[:3]:
                # "I kicked my brother at the wedding": one blow between siblings is a fight;
                # abuse is a pattern ("would hit us", "beat her for years") or a blow across a
                # generation or a couple
                fight = lemma in _BLOWS and (r.siblings(s, o) or sib_word) and not (
                    _repeated(r, v))
                r.add(s, o, "conflict" if fight else harm, v)
        return
    if lemma in CLOSE_VERBS or lemma in ("love", "bond") or (lemma == "lean" and _prep(r, v, "on")):
        if r.negated(v) or r.irrealis(v):
            return
        if lemma == "bond":  # two-sided: "X and his cousin bonded", "bonded with her aunt"
            r.reciprocal(v, "close", ("with",))
            return
        subs = r.subjects(v)
        # ("confided in", "doted on", "leaned on her aunt")
        objs = [o for o in r.objects(v, ("on", "in", "to", "with")) if o not in subs]
        if lemma == "love":
            # "loved his half-sister": warmth between kin. Between partners love is what the
            # union already says, and between two people of no stated kin it is as likely a
            # romance as a bond
            objs = [o for o in objs if all(_kin_not_partner(r, s, o) for s in subs)]
        r.pairs_or_mutual(v, subs, objs, "close", v)
        return
    if lemma in FUSED_VERBS:
        # "Jorunn is enmeshed with her son", "her mother smothers her"
        if r.negated(v) or r.irrealis(v):
            return
        if lemma in ("enmesh", "fuse"):
            # a state two share: "Ebo and her son are enmeshed", "enmeshed with her son"
            r.reciprocal(v, "fused", ("with", "to"))
            return
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("with", "to")) if o not in subs]
        r.pairs_or_mutual(v, subs, objs, "fused", v)
        return
    if lemma == "grow" and prt == "up" and _prep(r, v, "with"):
        _grew_up_with(r, v)
        return
    if lemma in HOUSE_VERBS or (lemma in ("drift", "grow") and has_child(r, v, "apart")):
        _household(r, v, lemma, prt)
        return
    if _left_in_want(r, v, lemma) or _care_withheld(r, v, lemma) or _shared_home(r, v, lemma):
        return
    if lemma in LEAVE_VERBS:
        _abandon(r, v, lemma, prt)
        return
    if lemma in RAISE_VERBS or (lemma == "bring" and prt == "up"):
        if r.negated(v) or r.irrealis(v):
            return
        passive = any(toks[c].dep == "nsubjpass" for c in t.children)
        if passive:
            return  # "was raised by her grandmother": a caregiver tie (the graph's), not a link
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("by",) if passive else ()) if o not in subs]
        if not passive and not objs:
            # "Grandma raised us": the teller, when "us" names no known group
            objs = [p for c in t.children if toks[c].dep == "dobj"
                    for p in people_or_teller(r, c) if p not in subs]
        carers, kids = (objs, subs) if passive else (subs, objs)
        for c in carers[:2]:
            for k in kids[:3]:
                # (a stated kin tie: a parent whose tie the reader missed is no carer to link)
                if (r.any_kin(c, k) or _grandparent(r, c, k)) and not r.is_parent(c, k) and (
                        not r.partners(c, k)):
                    r.add(c, k, "close", v)  # raised by a grandparent, an aunt, a neighbour


def _prep(r: LinkReader, v: int, word: str) -> bool:
    return any(r.toks[c].dep == "prep" and r.toks[c].lower == word for c in r.toks[v].children)


def _kin_not_partner(r: LinkReader, a: int, b: int) -> bool:
    return not r.partners(a, b) and (r.any_kin(a, b) or r.siblings(a, b) or r.is_parent(a, b)
                                     or r.is_parent(b, a))


def _grandparent(r: LinkReader, g: int, k: int) -> bool:
    """``g`` is a parent of one of ``k``'s parents (by stated claims)."""
    ents = r.d.ents
    return any(ents.find(g) in ents.parents_of(p) for p in ents.parents_of(k))


def _grew_up_with(r: LinkReader, v: int) -> None:
    """ "Elke grew up with her grandmother": a childhood home shared with a relative who is
    not a parent or a sibling (those share it by default). Only stated kin: "grew up with
    Kip" may be a playmate down the street, not a housemate."""
    if r.negated(v) or r.irrealis(v):
        return
    subs = r.subjects(v)
    objs = [o for o in r.objects(v, ("with",)) if o not in subs]
    for s in subs[:2]:
        for o in objs[:3]:
            if (r.any_kin(s, o) or _grandparent(r, o, s)) and not (
                    r.siblings(s, o) or r.partners(s, o)):
                r.add(s, o, "household", v)


def _household(r: LinkReader, v: int, lemma: str, prt: str) -> None:
    toks = r.toks
    t = toks[v]
    if lemma in ("live", "drift", "grow", "move") and has_child(r, v, "apart"):
        # "they lived apart for years", "the brothers drifted apart"
        if not r.negated(v) and not r.irrealis(v):
            r.reciprocal(v, "distant", ("from",))
        return
    if lemma == "move" and _into_home_of(r, v):
        return
    if lemma == "move" and prt != "in" and not has_child(r, v, "in"):
        return  # "moved in with" (the parser may make "in" an adverb, not a particle)
    if lemma in ("stay", "room", "board", "live", "reside") or lemma == "move":
        if r.negated(v) or r.irrealis(v):
            return
        if any(toks[c].lower in ("together",) for c in t.children):
            return
        # the "with" objects, on the verb or its particle (not a plural elsewhere in the
        # sentence: "lived with Hedvig, and the sisters were inseparable")
        withs = [g for c in t.children for g in toks[c].children
                 if toks[c].lower == "with" or toks[c].dep == "prt"]
        withs += [g for c in withs if toks[c].lower == "with" for g in toks[c].children]
        if any(r.by_head.get(x) is not None and r.by_head[x].plural for x in withs):
            return  # "lives with them": a group we cannot name
        subs = r.subjects(v)
        objs = r.objects(v, ("with",))
        subs = r.unbind(v, subs, objs)
        objs = [o for o in objs if o not in subs]
        if not any(toks[c].dep == "prep" and toks[c].lower == "with" for c in t.children) and not (
                prt and any(toks[g].lower == "with" for c in t.children
                            if toks[c].dep == "prt" for g in toks[c].children)):
            return
        if lemma == "stay" and not has_time_span(r, v):
            return
        # siblings share a home by default; "lived with her sister for forty years" is a choice
        years = any(toks[c].dep == "prep" and toks[c].lower == "for" and any(
            toks[g].lemma in ("year", "decade") for g in toks[c].children) for c in t.children)
        for s in subs[:2]:
            for o in objs[:3]:
                if years or not (r.kin(s, o, ("S",)) or r.kin(o, s, ("S",))):
                    r.add(s, o, "household", v)


def _into_home_of(r: LinkReader, v: int) -> bool:
    """ "We moved into my uncle's flat": a household with the owner of the home."""
    toks = r.toks
    for c in toks[v].children:
        if toks[c].dep != "prep" or toks[c].lower not in ("into", "in", "to"):
            continue
        for g in toks[c].children:
            if toks[g].dep == "pobj" and toks[g].lower in HOMES:
                owners = [p for x in toks[g].children if toks[x].dep == "poss"
                          for p in r.people_at(x)]
                if not owners or r.negated(v) or r.irrealis(v):
                    return False
                subs = [p for x in toks[v].children if toks[x].dep == "nsubj"
                        for p in people_or_teller(r, x)] or r.subjects(v)
                r.add_pairs([p for p in subs if p not in owners], owners, "household", v)
                return True
    return False


#: Spans a parent may leave a child for without leaving them: "for an hour", "for the weekend".
_SHORT_SPANS = frozenset(["minute", "hour", "afternoon", "evening", "night", "day", "weekend",
                          "morning"])


def _abandon(r: LinkReader, v: int, lemma: str, prt: str) -> None:
    """A parent who walked out on / left / abandoned their child: cutoff."""
    toks = r.toks
    t = toks[v]
    if lemma == "walk" and prt != "out":
        return
    if r.negated(v) or r.irrealis(v):
        return
    if any(toks[c].lower in ("alone", "unattended") or toks[c].dep == "prep"
           and toks[c].lower == "for" and any(toks[g].lemma in _SHORT_SPANS
                                              for g in toks[c].children) for c in t.children):
        return   # "left her son alone for an hour": a while, not for good
    subs = r.subjects(v)
    if len(subs) != 1:
        return
    parent = subs[0]
    kids = [o for o in r.objects(v, ("on",)) if o != parent]
    if not kids:  # "walked out on us": the teller, when "us" names no known group
        kids = [p for c in t.children if toks[c].lower == "on" for g in toks[c].children
                for p in people_or_teller(r, g) if p != parent]
    # "walked out when he was three": the child in the when-clause
    for c in t.children:
        w = toks[c]
        if w.dep == "advcl" and any(toks[g].lower == "when" for g in w.children):
            for g in w.children:
                if toks[g].dep in ("nsubj", "nsubjpass"):
                    kids += r.people_at(g)
    for k in dict.fromkeys(kids):
        if k != parent and r.is_parent(parent, k):
            r.add(parent, k, "cutoff", v)


#: States a dependant is left in that say their care was neglected ("left her unfed").
_WANT_STATES = frozenset(["unfed", "unwashed", "hungry", "starving", "unattended",
                          "unsupervised", "filthy", "untended", "unclothed", "malnourished"])
#: Care verbs whose denial is neglect ("never once fed the boy a hot meal").
_CARE_VERBS = frozenset(["feed", "clothe", "bathe", "wash"])


def _neglect(r: LinkReader, v: int) -> bool:
    """Mark neglect from the verb's subjects to its objects; True if any pair was marked."""
    subs = r.subjects(v)
    objs = [o for o in r.objects(v, ()) if o not in subs]
    for s in subs[:3]:
        for o in objs[:3]:
            r.add(s, o, "neglect", v)
    return bool(subs and objs)


def _left_in_want(r: LinkReader, v: int, lemma: str) -> bool:
    """ "left his mother unwashed and unfed", "left the twins hungry": neglect of the one left."""
    toks = r.toks
    if lemma != "leave" or r.irrealis(v) or r.negated(v):
        return False
    states = [c for c in toks[v].children if toks[c].dep in ("oprd", "advcl", "xcomp", "acomp")]
    states += [g for c in states for g in toks[c].children if toks[g].dep == "conj"]
    if not any(toks[c].lower in _WANT_STATES for c in states):
        return False
    return _neglect(r, v)


def _care_withheld(r: LinkReader, v: int, lemma: str) -> bool:
    """ "never once fed the boy a hot meal": care denied to a dependant is neglect."""
    if lemma not in _CARE_VERBS or not r.negated(v) or r.irrealis(v):
        return False
    return _neglect(r, v)


#: Homes one shares or rents part of ("shares a flat with", "rents a room in her house").
_HOME_NOUNS = frozenset(["house", "flat", "apartment", "home", "room", "place", "cottage",
                         "attic", "basement", "loft", "bedroom", "trailer"])


def _shared_home(r: LinkReader, v: int, lemma: str) -> bool:
    """ "shares a flat with Ivo", "rents the attic from Ana", "took a room in Ana's
    house": one household."""
    toks = r.toks
    if lemma not in ("share", "rent") or r.negated(v) or r.irrealis(v):
        return False
    homes = [c for c in toks[v].children if toks[c].dep == "dobj" and toks[c].lemma in _HOME_NOUNS]
    if not homes:
        return False
    subs = r.subjects(v)
    prep = "with" if lemma == "share" else "from"
    others = r.objects(v, (prep,))
    # (the parser often hangs the "with"/"from" on the home: "shares [a flat with Ivo]")
    others += [p for h in homes for c in toks[h].children if toks[c].lower == prep
               for g in toks[c].children if toks[g].dep == "pobj" for p in r.people_at(g)]
    if lemma == "rent":   # "a room in Ana's house": the owner of the home it is in
        others += [p for h in homes for c in toks[h].children if toks[c].lower == "in"
                   for g in toks[c].children for x in toks[g].children if toks[x].dep == "poss"
                   for p in r.people_at(x)]
    others = [o for o in others if o not in subs and not any(
        o == p for h in homes for p in r.people_at(h))]
    for s in subs[:2]:
        for o in others[:3]:
            r.add(s, o, "household", v)
    return bool(subs and others)


def _allies(r: LinkReader, v: int) -> bool:
    """ "fought in the war together", "fought side by side", "fought alongside him": on the
    same side."""
    toks = r.toks
    near = [c for c in toks[v].children] + [g for c in toks[v].children
                                             for g in toks[c].children]
    return any(toks[k].lower in ("together", "alongside", "side") for k in near) or any(
        toks[c].dep == "prep" and toks[c].lower == "in" and any(
            toks[g].lemma in _WARS for g in toks[c].children) for c in toks[v].children)


_WARS = frozenset(["war", "army", "battle", "resistance", "navy", "revolution", "uprising",
                   "trenches", "underground"])


def _contest(r: LinkReader, v: int) -> bool:
    """ "beat her at chess", "beat him in the final": a game won, not a blow."""
    toks = r.toks
    return toks[v].lemma in ("beat", "whip") and any(
        toks[c].dep == "prep" and toks[c].lower in ("at", "in") and any(
            toks[g].dep == "pobj" and toks[g].lemma not in _PLACES_OF_HARM
            for g in toks[c].children) for c in toks[v].children)


#: Where a beating happens, not a game: "beat her at home", "in the kitchen".
_PLACES_OF_HARM = frozenset(["home", "night", "time", "kitchen", "house", "bedroom", "yard",
                             "street", "car", "barn", "front", "face", "head"])


#: What one sends to keep in touch: "never sent a card", "never sent a dime".
_SENDABLES = frozenset(["card", "letter", "money", "dime", "penny", "cent", "check", "cheque",
                        "gift", "present", "word", "note", "postcard", "support"])

#: Meals shared with someone: "has dinner with her every Sunday", "have lunch together".
_MEALS = frozenset(["dinner", "lunch", "breakfast", "supper", "brunch", "coffee", "tea",
                    "meal", "meals"])

#: A subject pronoun and the possessive of the same person.
_OWN = frozenset([("i", "my"), ("we", "our"), ("he", "his"), ("she", "her"), ("they", "their")])

#: One blow, not a pattern by itself (bullying, tormenting, abusing are).
_BLOWS = frozenset(["hit", "punch", "slap", "kick", "strike", "beat"])
#: Words that make a blow a pattern: "hit us constantly", "beat her for years".
_REPEATED = frozenset(["always", "constantly", "often", "regularly", "repeatedly", "routinely",
                       "daily", "every", "years", "whenever"])


def _repeated(r: LinkReader, v: int) -> bool:
    toks = r.toks
    # (the verb's own modifiers, not a clause joined to it: "punched him and then spent
    # years ...")
    own = [c for c in toks[v].children if toks[c].dep not in ("conj", "advcl", "ccomp")]
    near = [v, *own]
    near += [g for c in own for g in toks[c].children]
    return habitual(r, v) or any(toks[k].lower in _REPEATED for k in near) or any(
        toks[c].lemma == "use" and toks[c].dep == "aux" for c in toks[v].children)
