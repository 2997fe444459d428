"""Adjective and noun cues: "close", "estranged", "violent toward"; "fights", "abuse",
"tension between", "no contact", "favorite person"."""

from __future__ import annotations

from genogram.read.emotions.lexicon import (
    ABUSE_NOUNS,
    CLOSE_ADJ,
    CONFLICT_NOUNS,
    DISTANT_ADJ,
    FUSED_ADJ,
    HOSTILE_NOUNS,
    NEGLECT,
    VIOLENT_ADJ,
)
from genogram.read.emotions.reader import LinkReader


def adj_cue(r: LinkReader, a: int, low: str) -> None:
    toks = r.toks
    t = toks[a]
    if low in VIOLENT_ADJ and t.quote == -1:
        # "PGF was violent toward PGM"
        if t.dep in ("acomp", "attr") and not r.negated(t.head) and not r.irrealis(t.head):
            subs = r.subjects(t.head)
            objs = [o for o in r.objects(a, ("toward", "towards", "to", "with")) if o not in subs]
            r.add_pairs(subs, objs, "abuse", a)
        return
    if t.quote != -1 and low not in ("inseparable",):
        return
    if low == "closest" and toks[t.head].lower == "thing":
        _closest_thing(r, a)
        return
    if low in CLOSE_ADJ or low in FUSED_ADJ or low in DISTANT_ADJ or low == "friendly":
        if low.startswith("clos") and t.pos != "ADJ" and not _verbless_verdict(r, a):
            return  # "close by", "the door closed"
        if low == "friendly" and t.dep != "acomp":
            return  # ("a friendly man": a manner, not a tie)
        type_ = ("fused" if low in FUSED_ADJ else "cutoff" if low == "estranged"
                 else "distant" if low in DISTANT_ADJ else "friend" if low == "friendly"
                 else "close")
        # "X and Y were close", "close to her", "Tuva and Inger, inseparable"
        head = t.head
        neg = any(toks[c].dep == "neg" or toks[c].lower == "never" for c in toks[head].children) \
            or any(toks[c].dep == "neg" or toks[c].lower == "never" for c in t.children) \
            or r.negated(head)  # ("no longer close")
        if neg and type_ == "close":
            type_ = "distant"
        elif neg:
            return
        if r.irrealis(head):
            return
        objs = r.objects(a, ("to", "from", "with", "of", "toward", "towards"))
        subs: list[int] = []
        if t.dep in ("acomp", "attr", "oprd"):
            subs = r.subjects(head)
            if toks[head].dep == "relcl":
                # "her half-brother, with whom she stays friendly": the preposition hangs on the
                # relative clause's copula
                objs += [o for o in r.objects(head, ("with", "to")) if o not in objs]
        elif t.dep == "amod":
            h = toks[head]
            if h.lower in ("friend", "friends", "relationship", "bond", "sisters", "brothers",
                           "cousins", "siblings", "twins") or r.by_head.get(head):
                subs = r.with_conj(head) if r.by_head.get(head) else []
                if not subs and h.lower in ("relationship", "bond", "friend", "friends"):
                    owners = [p for c in h.children if toks[c].dep == "poss"
                              for p in r.people_at(c)]
                    subs = owners + r.subjects(h.head) if toks[head].dep in (
                        "attr", "dobj", "pobj") else owners
                    if toks[head].dep == "pobj":
                        subs = owners + r.subjects(toks[toks[head].head].head)
        elif t.dep in ("appos", "advcl", "conj", "ROOT", "advmod") or t.dep == "acl":
            subs = r.with_conj(head) if r.people_at(head) else r.subjects(head)
            if t.dep == "ROOT":
                subs = r.subjects(a)
        own = next((c for c in t.children if toks[c].dep == "nsubj" and r.people_at(c)), -1)
        if own != -1 and t.dep not in ("acomp", "attr", "oprd"):
            # the parser made a note's verdict its own clause, subject and all, and hung it on
            # the next line: "Hedvig's brother, Kaarlo (35M), supportive;"
            subs, head = r.with_conj(own), own
        if (t.dep in ("amod", "appos") and a > head or head == own) and len(subs) == 1 and (
                not objs):
            # a note's verdict after a kin phrase: "Hedvig's brother, Kaarlo (35M), supportive"
            objs = _kin_owner(r, head, subs[0])
        subs = list(dict.fromkeys(subs))
        objs = [o for o in objs + r.between(a) if o not in subs]
        if type_ == "friend" and len(subs) == 1 and len(objs) == 1 and r.any_kin(subs[0], objs[0]):
            type_ = "close"  # friendly kin: a warm tie, not a friendship
        if subs and objs:
            r.add_pairs(subs, objs, type_, a)
        elif len(subs) >= 2:
            r.add_among(subs, type_, a)


def _closest_thing(r: LinkReader, a: int) -> None:
    """ "Ola was the closest thing I had to a brother" (the relative clause on "thing" or on
    "brother"): the copula's subject and the one who "had" them."""
    toks = r.toks
    thing = toks[a].head
    verb = toks[thing].head
    if toks[thing].dep != "attr" or r.negated(verb) or r.irrealis(verb):
        return
    near = [thing, verb] + [g for k in (thing, verb) for c in toks[k].children
                            if toks[c].dep == "prep" and toks[c].lower == "to"
                            for g in toks[c].children if toks[g].dep == "pobj"]
    havers = [p for k in near for c in toks[k].children if toks[c].dep == "relcl"
              for g in toks[c].children if toks[g].dep == "nsubj" for p in r.people_at(g)]
    subs = r.subjects(verb)
    r.add_pairs(subs[:1], [h for h in havers if h not in subs][:1], "close", a)


def _verbless_verdict(r: LinkReader, a: int) -> bool:
    """A note's sentence with no verb: "Client and PGF very close", where the tagger takes
    "close" for an adverb heading the sentence with its own subjects."""
    toks = r.toks
    t = toks[a]
    if t.pos != "ADV":
        return False
    if t.dep == "ROOT":
        return any(toks[c].dep == "nsubj" for c in t.children)
    # (or an adverb hung on the first of the people: "Client and PGF very close (...)")
    return t.dep == "advmod" and len(r.with_conj(t.head)) >= 2


def _kin_owner(r: LinkReader, noun: int, who: int) -> list[int]:
    """The owner of the kin phrase at ``noun`` ("Hedvig's brother" -> Hedvig), if it is no
    partner of ``who`` (a couple's warmth is not what a note's adjective weighs)."""
    m = r.by_head.get(noun)
    if m is None or m.kin is None or m.kin.path == "E" or m.possessor == -1:
        return []
    pm = r.ms[m.possessor]
    if pm.entity == -1:
        return []
    owner = r.d.ents.find(pm.entity)
    return [owner] if owner != who else []


def noun_cue(r: LinkReader, n: int, low: str) -> None:
    toks = r.toks
    t = toks[n]
    if t.quote != -1:
        return
    sent = t.sent
    if low in CONFLICT_NOUNS or low in ABUSE_NOUNS or low in NEGLECT or low in HOSTILE_NOUNS:
        type_ = ("abuse" if low in ABUSE_NOUNS else "neglect" if low in NEGLECT
                 else "hostile" if low in HOSTILE_NOUNS else "conflict")
        if low == "violence" and not any(toks[c].lower in ("domestic", "physical")
                                         for c in t.children):
            return
        if low == "abuse" and any(toks[c].lower in ("substance", "alcohol", "drug", "opioid")
                                  for c in t.children):
            return
        if any(toks[c].dep == "neg" or toks[c].lower == "no" for c in t.children):
            return
        people = r.between(n)
        if not people:
            # "their fights", "his fight with Ed", "had a big fight"
            owners = [p for c in t.children if toks[c].dep == "poss" for p in r.people_at(c)]
            withs = r.objects(n, ("with", "against"))
            if owners and withs:
                r.add_pairs(owners, [w for w in withs if w not in owners], type_, n)
                return
            h = t.head
            if t.dep in ("dobj", "attr") and toks[h].pos in ("VERB", "AUX"):
                if r.negated(h) or r.irrealis(h):
                    return
                subs = r.subjects(h)
                withs += [w for w in r.objects(h, ("with", "against")) if w not in withs]
                if subs and withs:
                    r.add_pairs(subs, [w for w in withs if w not in subs], type_, n)
                    return
                people = subs
            elif t.dep == "pobj" and type_ == "conflict" and (toks[h].lower == "into" or (
                    toks[h].lower == "in" and low not in ("row", "rows"))):
                # "My sister and I got into a huge argument (with Mom)", "are locked in a feud"
                # (not "a seat in the third row")
                verb = toks[h].head
                if r.negated(verb) or r.irrealis(verb):
                    return
                people = r.subjects(verb)
                withs = [w for w in withs if w not in people]
                if people and withs:
                    r.add_pairs(people, withs, type_, n)
                    return
            elif t.dep == "pobj" and toks[h].lower == "of" and type_ != "conflict":
                victims = r.people_at(toks[h].head)
                people = victims
            if len(people) < 2:
                people = owners + people
        if len(people) >= 2:
            r.add_among(people, type_, n)
        elif type_ in ("abuse",) and low == "dv":
            sp = r.sentence_people(sent)
            if len(sp) == 2:
                r.add_among(sp, type_, n)
        return
    if low in ("objection", "objections", "disapproval", "protests", "blessing"):
        _objections(r, n, low)
    elif low == "contact" or low == "touch":
        _no_contact(r, n)
    elif low == "person" and any(toks[c].lower in ("favorite", "favourite") for c in t.children):
        _favorite(r, n)


def _objections(r: LinkReader, n: int, low: str) -> None:
    """ "married her over his mother's objections", "against her father's wishes" (via
    "blessing": "without his parents' blessing"): the objector against the one who went ahead,
    and against the spouse when what they objected to was the marriage."""
    toks = r.toks
    t = toks[n]
    owners = [p for c in t.children if toks[c].dep == "poss" for p in r.people_at(c)]
    prep = t.head
    if not owners or t.dep != "pobj" or toks[prep].lower not in (
            ("without",) if low == "blessing" else ("over", "despite", "against")):
        return
    verb = toks[prep].head
    if toks[verb].pos not in ("VERB", "AUX") or r.negated(verb) or r.irrealis(verb):
        return
    subs = [s for s in r.subjects(verb) if s not in owners]
    others = subs
    if toks[verb].lemma in ("marry", "wed"):
        # (the tagger may take the spouse's name for an adverb: "married Ida over ...")
        spouses = r.objects(verb, ("to",)) + [p for c in toks[verb].children
                                              if toks[c].dep == "npadvmod" for p in r.people_at(c)]
        others = subs + [o for o in spouses if o not in owners and o not in subs]
    r.add_pairs(owners[:2], others[:2], "conflict", n)


def _favorite(r: LinkReader, n: int) -> None:
    """ "Teija's favorite person on earth is the neighbour, Elva": close."""
    toks = r.toks
    t = toks[n]
    owners = [p for c in t.children if toks[c].dep == "poss" for p in r.people_at(c)]
    h = t.head
    if toks[h].lemma != "be" or r.negated(h):
        return
    others = []
    for c in toks[h].children:
        if c != n and toks[c].dep in ("nsubj", "attr"):
            others += r.with_conj(c)
    r.add_pairs(owners, [o for o in others if o not in owners], "close", n)


def _no_contact(r: LinkReader, n: int) -> None:
    """ "no contact since", "not in contact with them", "lost touch with"."""
    toks = r.toks
    t = toks[n]
    neg = any(toks[c].lower in ("no",) for c in t.children)
    h = t.head
    if not neg and t.dep == "pobj":
        prep = toks[h]
        verb = prep.head
        neg = r.negated(verb) or any(toks[c].lower in ("no",) for c in toks[verb].children)
        if not neg and toks[verb].lemma in ("lose",):
            neg = True
    if not neg and t.dep == "dobj" and toks[h].lemma in ("lose", "cut", "break", "end", "refuse"):
        neg = not r.negated(h)
    if not neg and t.dep == "dobj" and toks[h].lemma in ("have", "want", "make"):
        neg = r.negated(h)  # "I refuse to have any contact with him", "doesn't want contact"
    if not neg:
        return
    people = r.objects(n, ("with",))
    verb = h if toks[h].pos in ("VERB", "AUX") else toks[h].head
    subs = r.subjects(verb) if toks[verb].pos in ("VERB", "AUX") else []
    if toks[verb].pos in ("VERB", "AUX") and r.irrealis(verb):
        return
    withs = people + [o for o in r.objects(verb, ("with",)) if o not in people]
    if not subs and withs and toks[verb].pos in ("VERB", "AUX"):
        subs = r.kin_group(verb, withs)
    if subs and withs:
        r.add_pairs(subs, [w for w in withs if w not in subs], "cutoff", n)
        return
    sp = r.sentence_people(t.sent)
    if len(sp) == 2:
        r.add_among(sp, "cutoff", n)
