"""Who takes part in an event: subjects, objects, possessors and the partner of a
couple event said of one person (``_Partners``: each person's partners in story order and the
unions known to have ended).
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.events.classify import _in_love_with, _taken_as_spouse
from genogram.read.events.constructions import _NEWBORN_NOUNS
from genogram.read.events.lexicon import (
    _CARE_NOUNS,
    _LOST_FIGHTS,
    _MOTION_VERBS,
    _UNION_TYPES,
    CUSTODY_NOUNS,
    PARTNER_NOUNS,
    _brings_a_child,
    _lem,
)
from genogram.read.events.subjects import _subjects_of
from genogram.read.events.taken import _taken_by_illness, _taken_people
from genogram.read.mentions import NAMING_LEMMAS, Mention, name_within
from genogram.read.resolve import Discourse, _mention_at, co_partners
from genogram.read.verbs import VerbFacts, _objects, _people_at, _subjects, people_and_conjuncts


def _partnered(doc: StoryDoc, k: int, people: list[int], partners: dict[int, list[int]],
               type_: str) -> bool:
    a, b = people[0], people[1]
    ps = partners.get(a, [])
    if type_ == "affair":
        return any(p != b for p in ps)
    toks = doc.toks
    if any(toks[c].dep == "prep" and toks[c].lower == "with" and any(
            toks[x].dep == "conj" for g in toks[c].children for x in toks[g].children)
           for c in toks[k].children):
        return False   # "lived with Malte and Ottar": a household, not a couple
    named_partner = any(toks[c].dep == "prep" and toks[c].lower == "with" and any(
        toks[x].lemma in PARTNER_NOUNS for g in toks[c].children
        for x in (g, *(a for a in toks[g].children if toks[a].dep == "appos")))
                        for c in toks[k].children)   # "with Ivo, her boyfriend"
    return b in ps or named_partner


def _is_parent_pair(d: Discourse, a: int, b: int) -> bool:
    """A kin claim makes one of ``a``, ``b`` the other's (not step- or foster-) parent."""
    f = d.ents.find
    pair = {f(a), f(b)}
    return any({f(c.possessor), f(c.referent)} == pair and c.term.path in ("P", "C")
               and not {"step", "foster", "god"} & set(c.term.qual) for c in d.ents.claims)


def _own_affair(doc: StoryDoc, k: int) -> bool:
    """'after his affair', 'he cheated', 'she was unfaithful': one person's affair, the other
    one untold."""
    t = doc.toks[k]
    if t.pos in ("NOUN", "PROPN"):
        return any(doc.toks[c].dep == "poss" for c in t.children)
    return t.lemma == "cheat" or t.lower == "unfaithful"


def _moved_in_with_family(doc: StoryDoc, d: Discourse, k: int, people: list[int]) -> bool:
    """'moved in with us / them / her parents / his sister': a household, not a couple."""
    toks = doc.toks
    withs = [g for c in toks[k].children for x in [c, *toks[c].children]
             if toks[x].dep == "prep" and toks[x].lower == "with"
             for g in toks[x].children if toks[g].dep == "pobj"]
    if any(toks[g].lower in ("us", "them", "me") or toks[g].tag == "NNS" for g in withs):
        return True
    return len(people) >= 2 and _blood_kin(d, people[0], people[1])


def _blood_kin(d: Discourse, a: int, b: int) -> bool:
    """A kin claim ties ``a`` and ``b`` other than as partners."""
    f = d.ents.find
    pair = {f(a), f(b)}
    return any({f(c.possessor), f(c.referent)} == pair and "E" not in c.term.path
               for c in d.ents.claims)


def _together_not_kin(doc: StoryDoc, d: Discourse, k: int, people: list[int]) -> bool:
    """'Ana and Ivo lived together': a couple, unless the story makes them kin by blood."""
    if not any(doc.toks[c].lower == "together" for c in doc.toks[k].children):
        return False
    return not _blood_kin(d, people[0], people[1])


def _own_people(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The possessor or the "of" object of an event noun: "her funeral", "the death of Ana"."""
    toks = doc.toks
    out: list[int] = []
    for c in toks[k].children:
        if toks[c].dep == "poss":
            out += _people_at(doc, ms, d, c)
        elif toks[c].dep == "prep" and toks[c].lower == "of":
            out += [p for g in toks[c].children if toks[g].dep == "pobj"
                    for p in _people_at(doc, ms, d, g)]
    return out


def _born_kids(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    return list(_born_kid_toks(doc, ms, d, k))


def _born_kid_toks(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> dict[int, int]:
    """The children a "had / welcomed" verb brings, each with the token that names them: the
    object, the names in apposition to it and their conjuncts ("had a son, Jorund", "had twins,
    Ilka and Bo", "had three children: Inka in 1905, Clemens in 1908 and Aase in 1911")."""
    toks = doc.toks
    subs = set(_subjects(doc, ms, d, k))
    out: dict[int, int] = {}
    starts = [c for c in toks[k].children if toks[c].dep == "dobj" or toks[c].dep == "npadvmod"
              and toks[k].lemma == "bear" and toks[c].lemma in _NEWBORN_NOUNS]
    # ("she bore him a son": the parser may hang "son" as a bare noun phrase)
    if len(starts) > 1 and not any(toks[c].pos == "PROPN" for c in starts):
        starts = starts[-1:]   # "had a child that year, a boy": one child, said twice
    # "had two children, Ana in 1936 and Ivo in 1939": the names may hang from the verb
    named = [c for c in toks[k].children if toks[c].dep in ("npadvmod", "appos")
             and toks[c].pos == "PROPN" and starts and c > starts[0]]
    starts += named
    if toks[k].lemma == "give":   # "gave birth to Ivo"
        starts += [g for c in toks[k].children if toks[c].dep == "prep" and toks[c].lower == "to"
                   for g in toks[c].children if toks[g].dep == "pobj"]
    for c in starts:
        stack, seen = [c], 0
        while stack and seen < 20:
            x = stack.pop()
            seen += 1
            here = [p for p in _people_at(doc, ms, d, x) if p not in subs]
            for p in here:   # a name's own token beats a group word ("three children")
                if len(here) == 1 or p not in out:
                    out[p] = x
            stack += [g for g in toks[x].children if toks[g].dep in ("appos", "conj")]
    if named:   # the names, not the group word before them
        out = {p: x for p, x in out.items() if toks[x].pos == "PROPN" or x not in starts[:1]}
    for p, x in out.items():
        if toks[x].pos != "PROPN":   # reached through the group word: its own name, if told here
            own = [ms[i].head for i in d.ents.get(p).mentions
                   if ms[i].kind == "name" and toks[ms[i].head].sent == toks[k].sent]
            if own:
                out[p] = own[0]
    return dict(sorted(out.items(), key=lambda kv: kv[1]))


def _married_here(doc: StoryDoc, ms: list[Mention], d: Discourse, s_index: int) -> set[int]:
    """People married with a "marry" verb in the sentence (its subjects and objects)."""
    sent = doc.sents[s_index]
    out: set[int] = set()
    for x in range(sent.start_tok, sent.end_tok):
        if doc.toks[x].lemma in ("marry", "remarry", "wed") and doc.toks[x].pos == "VERB":
            out |= {d.ents.find(p) for p in _objects(doc, ms, d, x, ("to",))}
    return out


def _misparsed_marriage(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """"He left school, trained as a teacher, and married Vigdis Lind": the parse makes "married"
    an adjective of the name, which it hangs on the earlier verb; the couple is that verb's
    subject (a pronoun too) and the one named."""
    toks = doc.toks
    name = toks[k].head
    verb = toks[name].head
    if toks[name].dep not in ("conj", "dobj") or toks[verb].pos not in ("VERB", "AUX"):
        return []
    subs = _subjects_of(doc, ms, d, verb)
    wed = [p for p in _people_at(doc, ms, d, name) if p not in subs]
    return subs + wed[:1] if len(subs) == 1 and wed else []


def _surface_couple(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The first person named in the sentence and the one named right after the verb."""
    toks = doc.toks
    sent = doc.sents[toks[k].sent]
    before = [m for x in range(sent.start_tok, k) if (m := _mention_at(ms, doc, x)) is not None
              and m.kind == "name" and m.entity != -1]
    after = next((m for x in range(k + 1, min(k + 5, sent.end_tok))
                  if (m := _mention_at(ms, doc, x)) is not None and m.entity != -1), None)
    if not before or after is None:
        return []
    return [d.ents.find(before[0].entity), d.ents.find(after.entity)]


_LEFT_OBJECTS = frozenset(["us", "me", "family", "home", "house", "marriage", "husband", "wife"])


def _left_for(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """Whom a leaving was for: "left her for his secretary, Torun" -> Torun."""
    toks = doc.toks
    return [p for c in toks[k].children if toks[c].dep == "prep" and toks[c].lower == "for"
            for g in toks[c].children if toks[g].dep == "pobj"
            for p in people_and_conjuncts(doc, ms, d, g) or _named_within(doc, ms, d, g)]


def _left_partner(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int, subs: list[int],
                  partners: dict[int, list[int]]) -> list[int]:
    """'X left (us / the family / her husband / for a woman)': X and X's partner, else nothing."""
    toks = doc.toks
    if len(subs) != 1:
        return []
    ps = partners.get(subs[0], [])
    objs = _objects(doc, ms, d, k, ("on",))
    hit = [o for o in objs if o in ps]
    if hit:
        return subs + hit[:1]
    for_people = _left_for(doc, ms, d, k)
    if objs and for_people and objs[0] not in for_people:
        return subs + objs[:1]   # "he left her for his secretary": she was his partner
    kids = [toks[c] for c in toks[k].children]
    dobj = [c for c in kids if c.dep == "dobj"]
    preps = [c for c in kids if c.dep == "prep" and c.lower not in ("in", "after", "when", "on",
                                                                   "at", "for", "with")]
    if len(ps) == 1 and (any(c.lemma in _LEFT_OBJECTS for c in dobj) or not dobj and not preps):
        return subs + ps
    return []


def _verb_people(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int, type_: str,
                 partners: dict[int, list[int]]) -> list[int]:
    """The participants of the event verb at ``k``, with the later members of a list that the
    first member stands for ("took in three of them, Ana, Bo and Cy": Bo and Cy too)."""
    people = _verb_people_core(doc, ms, d, k, type_, partners)
    return people + [p for p in _listed_further(doc, ms, d, k, people) if p not in people]


def _listed_further(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int,
                    people: list[int]) -> list[int]:
    """People coordinated at a second remove with a subject or object the event already has:
    the parse often hangs "Ana, Bo and Cy" as Bo under Ana and Cy under Bo, and the common
    readers take only the first level."""
    toks = doc.toks
    out: list[int] = []
    heads = [c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass", "dobj")]
    for h in heads:
        firsts = [c for c in toks[h].children if toks[c].dep == "conj"]
        if not any(p in people for c in firsts for p in _people_at(doc, ms, d, c)):
            continue   # the list is not the event's (its first member was not taken)
        stack = [g for c in firsts for g in toks[c].children if toks[g].dep == "conj"]
        while stack and len(out) < 10:
            x = stack.pop(0)
            out += [p for p in _people_at(doc, ms, d, x) if p not in out]
            stack += [g for g in toks[x].children if toks[g].dep == "conj"]
    return out


def _verb_people_core(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int, type_: str,
                      partners: dict[int, list[int]]) -> list[int]:
    preps: tuple[str, ...] = {"marriage": ("to", "with"), "divorce": ("from",),
                              "separation": ("from", "with", "on"), "engagement": ("to",),
                              "cohabitation": ("with",), "affair": ("with", "on"),
                              "reunion": ("with",), "custody": ("of", "by"),
                              "move": ("with",), "birth": ("to",)}.get(type_, ("with",))
    toks = doc.toks
    if toks[k].dep in ("amod", "compound") and type_ == "marriage":
        return _misparsed_marriage(doc, ms, d, k) or _surface_couple(doc, ms, d, k)
    if type_ == "birth" and toks[k].lower == "born":
        born = _born_described(doc, ms, d, k)
        if born:
            return born
    subs = _subjects_of(doc, ms, d, k)
    if not subs and type_ in _UNION_TYPES:   # "my parents split up"
        subs = _parents_subject(doc, ms, d, k, partners)
    if not subs and type_ == "move":   # "the family emigrated", "we moved to Bergen"
        subs = _family_subject(doc, ms, d, k, partners)
    if not subs and type_ not in _UNION_TYPES:
        subs = _we_subject(doc, d, k, partners)
    if type_ == "move" and toks[k].lemma in _MOTION_VERBS:
        # "followed him to Bristol": the subject and whom they went with or after; a relative
        # clause's head is not its subject ("Eskil, whose parents had come from Tromso")
        sent = [p for c in toks[k].children if toks[c].dep == "dobj"
                for p in people_and_conjuncts(doc, ms, d, c)]
        if toks[k].lemma == "send" and sent:
            return sent   # "sent Hugo to Quebec": Hugo went, not the one who sent him
        if not subs:
            return []
        follow = _objects(doc, ms, d, k, ("with",)) if toks[k].dep != "relcl" else []
        follow += _with_household(doc, ms, d, k, subs, partners)
        return subs + [o for o in dict.fromkeys(follow) if o not in subs]
    if type_ == "move" and subs:   # "moved to Bergen with his wife and the children"
        subs = subs + [o for o in _with_household(doc, ms, d, k, subs, partners)
                       if o not in subs]
    if type_ == "custody" and any(toks[c].dep == "dobj" and toks[c].lemma in CUSTODY_NOUNS
                                  for c in toks[k].children):
        # "the judge gave Ivo custody of the boys": who got it and the children, not the
        # court; "she won custody of the twins": the subject too
        got = [p for c in toks[k].children if toks[c].dep == "dative"
               for p in people_and_conjuncts(doc, ms, d, c)] or subs
        kids = [p for c in _deps(doc, k, "dobj") for p in _objects(doc, ms, d, c, ("of",))]
        return got + [p for p in kids if p not in got]
    if type_ == "custody":
        if not subs and toks[k].dep == "acl":   # "Ditte (4), placed with his paternal aunt"
            subs = _people_at(doc, ms, d, toks[k].head)
        return subs + [o for o in _custody_others(doc, ms, d, k, partners) if o not in subs]
    if type_ == "death" and _lem(toks[k]) == "lose" and not any(
            toks[c].dep == "dobj" and toks[c].lemma in _LOST_FIGHTS for c in toks[k].children):
        return [p for c in toks[k].children if toks[c].dep == "dobj"   # the one lost
                for p in people_and_conjuncts(doc, ms, d, c)]
    if type_ == "death" and _taken_by_illness(doc, k):
        return _taken_people(doc, ms, d, k)
    if type_ == "death" and _lem(toks[k]) in ("widow", "become"):
        # "Saffi was widowed in 1950": her spouse died; with no spouse known, no one's death is told
        late = _late_partner(d, subs, partners, toks[k].start)
        return late + subs if late else []
    if type_ == "marriage" and _lem(toks[k]) == "become":   # "became Oddvar's wife"
        return subs + [p for c in toks[k].children if toks[c].dep == "attr"
                       for g in toks[c].children if toks[g].dep == "poss"
                       for p in _people_at(doc, ms, d, g) if p not in subs]
    if type_ == "affair" and toks[k].lower == "unfaithful":   # the partner betrayed
        lovers = _objects(doc, ms, d, k, ("with",)) or [   # ("with" under the "to" phrase)
            p for c in _deps(doc, k, "prep") if toks[c].lower == "to"
            for g in _deps(doc, c, "pobj") for p in _objects(doc, ms, d, g, ("with",))]
        if lovers:   # "unfaithful to his wife with Ana": the affair is with Ana
            return subs + [p for p in lovers if p not in subs]
        betrayed = _objects(doc, ms, d, k, ("to",))
        if not betrayed and len(subs) == 1 and isinstance(partners, _Partners):
            betrayed = partners.current(subs[0], d)[:1]
        return subs + [p for p in betrayed if p not in subs]
    if type_ == "business" and toks[k].lemma in ("hand", "sign", "turn", "pass"):
        # "handed the shop to his daughter": the one who gave it and the ones who took it over
        givers = subs or _owners_of_subject(doc, ms, d, k)
        return givers + [p for p in _objects(doc, ms, d, k, ("to",)) if p not in givers]
    if not subs and type_ in ("business", "financial"):   # "his shop closed", "their house was
        subs = _owners_of_subject(doc, ms, d, k)             # repossessed": the owners
    if type_ == "reunion" and toks[k].lemma == "meet":
        return subs + [o for o in _objects(doc, ms, d, k, ("with",)) if o not in subs]
    if type_ == "separation" and toks[k].lemma in ("leave", "abandon", "desert"):
        return _left_partner(doc, ms, d, k, subs, partners)
    if type_ == "birth" and _brings_a_child(toks[k]):
        kids = _born_kids(doc, ms, d, k)
        return kids + subs if kids else []
    if type_ == "affair" and toks[k].lemma == "fall":   # "fell in love with his secretary, Ana"
        loved = [p for g in _in_love_with(doc, k)
                 for p in people_and_conjuncts(doc, ms, d, g) or _named_within(doc, ms, d, g)]
        return subs + [p for p in loved if p not in subs]
    if type_ == "affair" and toks[k].lemma == "see" and toks[k].dep == "relcl":
        return subs + [p for p in _people_at(doc, ms, d, toks[k].head) if p not in subs]
    if type_ == "birth" and not subs and toks[k].dep == "acl" and toks[k].lemma == "conceive":
        return _people_at(doc, ms, d, toks[k].head)   # "Ceylan (4M), conceived via donor IVF"
    if type_ == "birth" and not subs:
        # "two children born to Dorit and Idun": the born are no one person; the parents
        # named after "to" were not born then
        subs = [p for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")
                for g in toks[c].children if toks[g].dep == "appos"
                for p in people_and_conjuncts(doc, ms, d, g)]   # "twin girls, Ana and Emma"
        if not subs:
            return []
    objs = _objects(doc, ms, d, k, preps)
    taken = _taken_as_spouse(doc, k) if type_ == "marriage" else -1
    if taken != -1:   # "made Ana his wife"
        objs = _people_at(doc, ms, d, taken)
    if type_ == "marriage" and not objs:   # "married one of the lodgers, Casimir Palle"
        objs = [p for c in toks[k].children if toks[c].dep in ("dobj", "npadvmod")
                for x in [c, *toks[c].children] if toks[x].dep in ("appos", "npadvmod")
                or x != c and toks[x].pos == "PROPN" and toks[x].dep == "appos"
                for p in _people_at(doc, ms, d, x)]
    if type_ in _UNION_TYPES and not objs and toks[k].dep == "acomp":
        # "to whom she had become engaged": the "to" hangs on "become"
        objs = [p for p in _objects(doc, ms, d, toks[k].head, preps) if p not in subs]
    if type_ in _UNION_TYPES and not objs:
        # a misparse gives the verb a second subject after it: "Ivo marries Ana Hultgren, a
        # nurse" with "Ana" a compound of "Hultgren", the subject: that is the object
        objs = [p for c in toks[k].children if toks[c].dep == "nsubj" and c > k
                for p in people_and_conjuncts(doc, ms, d, c)]
    if type_ in _UNION_TYPES and not objs:   # "had been seeing a coworker, Ana"
        objs = [p for c in toks[k].children if toks[c].dep == "dobj"
                for p in _named_within(doc, ms, d, c)]
    if type_ in _UNION_TYPES and not objs:   # "remarried in 2010 to a baker named Ivo"
        objs = [p for c in toks[k].children if toks[c].dep == "prep" and toks[c].lower in preps
                for g in toks[c].children if toks[g].dep == "pobj"
                for p in _named_within(doc, ms, d, g)]
    if type_ == "separation" and toks[k].lemma in ("move", "walk") and not objs:
        return subs
    if type_ == "other" and not objs:   # "cut off contact with his brother": the one cut off
        objs = [p for c in _deps(doc, k, "dobj") for p in _objects(doc, ms, d, c, ("with",))]
    # the subject of a governing verb for an xcomp/conj without its own ("decided to divorce")
    return subs + [o for o in objs if o not in subs]


_WE_WORDS = frozenset(["we", "us"])

#: Nouns of a household as a whole ("the family emigrated", "with his family").
_FAMILY_NOUNS = frozenset(["family", "household", "families"])

#: Plural nouns of a couple's children ("with his wife and the three children").
_CHILD_GROUP_NOUNS = frozenset(["children", "kids", "sons", "daughters", "boys", "girls",
                                "youngsters", "little", "ones"])


def _kids_known(d: Discourse, partners: dict[int, list[int]], parents: list[int],
                at: int) -> list[int]:
    """The children of ``parents`` the story has named before character ``at``."""
    kids = getattr(partners, "kids", {})
    out: list[int] = []
    for a in parents:
        for c in sorted(kids.get(d.ents.find(a), ()), key=lambda x: d.ents.get(x).first):
            if c not in out and c not in parents and d.ents.get(c).first < at:
                out.append(c)
    return out


def _household(d: Discourse, partners: dict[int, list[int]], anchors: list[int],
               at: int, until: int) -> list[int]:
    """A household for a move said of it as a whole: the anchor, the anchor's one current
    partner, and the children of either named so far."""
    out = list(dict.fromkeys(d.ents.find(a) for a in anchors))
    if len(out) == 1 and isinstance(partners, _Partners):
        ps = partners.current(out[0], d)
        if len(ps) == 1:
            out.append(ps[0])
    out += [c for c in _kids_known(d, partners, out, at) if c not in out]
    return [p for p in out if not _dead_by(d, partners, p, until)]


def _dead_by(d: Discourse, partners: dict[int, list[int]], p: int, until: int) -> bool:
    """``p``'s death is told before character ``until`` (the end of the move's sentence): a
    household that moves after a death is without the dead ("after her husband died she and the
    children moved to Bergen": without him)."""
    told = getattr(partners, "deaths", {}).get(d.ents.find(p))
    return told is not None and told < until


def _narrator_household(d: Discourse, partners: dict[int, list[int]], at: int,
                        until: int) -> list[int]:
    """Whom an unresolved "we" of a move stands for: the narrator's own household (partner and
    children) if the story gives one, else the household the narrator grew up in (parents and
    siblings), else no one."""
    narrators = [r for r in d.ents.roots() if d.ents.items[r].narrator]
    if len(narrators) != 1:
        return []
    n = narrators[0]
    own = _household(d, partners, [n], at, until)
    if len(own) > 1:
        return own
    parents = sorted(d.ents.parents_of(n))
    if not parents or len(parents) > 2:
        return []
    f = d.ents.find
    sibs = [f(c.referent) for c in d.ents.claims_by(n) if c.term.path == "S"]
    sibs += [f(c.possessor) for c in d.ents.claims_about(n) if c.term.path == "S"]
    return list(dict.fromkeys([n] + [p for p in _household(d, partners, parents, at, until) + sibs
                                     if p != n]))


#: Plural nouns of someone's two parents ("my folks split up").
_PARENT_GROUP_NOUNS = frozenset(["parents", "folks"])


def _parents_subject(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int,
                     partners: dict[int, list[int]] | None = None) -> list[int]:
    """The two parents a subject like "my parents" or "Ana's folks" stands for, when the story
    gives that person exactly two parents and the words themselves were left unresolved."""
    toks = doc.toks
    subj = next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")), -1)
    if subj == -1 or toks[subj].lower not in _PARENT_GROUP_NOUNS or _people_at(doc, ms, d, subj):
        return []
    poss = [c for c in toks[subj].children if toks[c].dep == "poss"]
    if not poss:
        return []
    if toks[poss[0]].lower == "my":
        owners = [r for r in d.ents.roots() if d.ents.items[r].narrator]
    else:
        owners = _people_at(doc, ms, d, poss[0])
    if len(owners) != 1:
        return []
    parents = sorted(d.ents.parents_of(owners[0]), key=lambda x: d.ents.get(x).first)
    if len(parents) == 1 and partners is not None:
        # "Saffi, my mother, married Ivo in 1973 ... my parents divorced": the one parent known
        # and her one partner (with more than one, which of them is unknown)
        ps = [p for p in partners.get(parents[0], []) if p not in parents]
        parents += ps if len(ps) == 1 else []
    return parents if len(parents) == 2 else []


def _own_or_shared_subject(doc: StoryDoc, k: int) -> int:
    """The verb's subject token, or that of the verb it is a conjunct or complement of (-1)."""
    toks = doc.toks
    for v in (k, toks[k].head) if toks[k].dep in ("conj", "xcomp") else (k,):
        subj = next((c for c in toks[v].children if toks[c].dep in ("nsubj", "nsubjpass")), -1)
        if subj != -1:
            return subj
    return -1


def _family_subject(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int,
                    partners: dict[int, list[int]]) -> list[int]:
    """The members of a move's subject that is a household as a whole: "we" (see
    :func:`_narrator_household`), "his family" (his household), "the family" (the household of
    the couple the story last named together)."""
    toks = doc.toks
    subj = _own_or_shared_subject(doc, k)
    if subj == -1 or _people_at(doc, ms, d, subj):
        return []
    at = toks[k].start
    until = doc.toks[doc.sents[toks[k].sent].end_tok - 1].end
    w = toks[subj]
    if w.lower in _WE_WORDS:
        return _narrator_household(d, partners, at, until)
    if w.lemma not in _FAMILY_NOUNS or w.tag != "NN":
        return []
    poss = [c for c in w.children if toks[c].dep == "poss"]
    if poss:
        if toks[poss[0]].lower in ("our", "my"):
            return _narrator_household(d, partners, at, until)
        anchors = _people_at(doc, ms, d, poss[0])
    else:
        if any(toks[c].dep in ("det", "amod") and toks[c].lower in ("a", "another", "new", "one")
               for c in w.children):
            return []   # "a family moved in next door": not one of theirs
        pair = d.couple_before(w.sent)
        anchors = list(pair) if pair else []
    return _household(d, partners, anchors, at, until) if anchors else []


def _with_household(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int, subs: list[int],
                    partners: dict[int, list[int]]) -> list[int]:
    """Members of the mover's household named as a group after "with": "with his wife and the
    three children" (the movers' children), "with his family" (partner and children)."""
    toks = doc.toks
    heads = [g for c in toks[k].children if toks[c].dep == "prep" and toks[c].lower == "with"
             for g in toks[c].children if toks[g].dep == "pobj"]
    heads += [x for g in heads for x in toks[g].children if toks[x].dep == "conj"]
    at = toks[k].start
    until = doc.toks[doc.sents[toks[k].sent].end_tok - 1].end
    out: list[int] = []
    for g in heads:
        if _people_at(doc, ms, d, g):
            continue
        if toks[g].lower in _CHILD_GROUP_NOUNS or toks[g].lemma in ("child", "kid") and \
                toks[g].tag == "NNS":
            parents = _household(d, partners, subs[:1], at, until)[:2] if len(subs) == 1 else subs
            out += _kids_known(d, partners, parents, at)
        elif toks[g].lemma in _FAMILY_NOUNS and toks[g].tag == "NN" and len(subs) == 1:
            out += _household(d, partners, subs, at, until)[1:]
    # "moved into her father's house": the one whose home it is takes part
    out += [p for c in toks[k].children if toks[c].dep == "prep" and toks[c].lower in _INTO
            for g in toks[c].children if toks[g].dep == "pobj" and toks[g].lemma in _HOME_NOUNS
            for x in toks[g].children if toks[x].dep == "poss"
            for p in _people_at(doc, ms, d, x)]
    return [p for p in dict.fromkeys(out) if p not in subs]


_INTO = frozenset(["into", "to"])
_HOME_NOUNS = frozenset(["house", "home", "apartment", "flat", "farm", "place", "cottage",
                         "basement", "attic", "farmhouse", "bungalow", "trailer"])


def _named_within(doc: StoryDoc, ms: list[Mention], d: Discourse, c: int) -> list[int]:
    """The person a described object names further on (see :func:`name_within`)."""
    tok = name_within(doc, c)
    return _people_at(doc, ms, d, tok)[:1] if tok != -1 else []


def _born_described(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """Who a "born" with no subject of its own describes: the noun it hangs from ("his son, born
    the next year") or the object before it ("named his son, born in 1990, after ..."); and for a
    born child named in the next verb, the name ("was born in 1972 and baptized Emma")."""
    toks = doc.toks
    t = toks[k]
    own = [c for c in t.children if toks[c].dep in ("nsubj", "nsubjpass")]
    if not own and t.dep == "acl":
        return _people_at(doc, ms, d, t.head)
    if not own and t.dep == "advcl" and not any(toks[c].dep in ("aux", "auxpass", "mark")
                                                for c in t.children):
        objs = [c for c in toks[t.head].children if toks[c].dep == "dobj" and c < k]
        return _people_at(doc, ms, d, objs[-1]) if objs else []
    if own and not any(toks[g].pos == "PROPN" for g in [own[0], *toks[own[0]].children]):
        for c in t.children:   # "... and baptized Emma", "... and named Ivo"
            if toks[c].dep == "conj" and _lem(toks[c]) in NAMING_LEMMAS:
                named = [p for g in toks[c].children if toks[g].dep in ("dobj", "oprd")
                         and toks[g].pos == "PROPN" for p in _people_at(doc, ms, d, g)]
                if named:
                    return named[:1]
    return []


def _owners_of_subject(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The possessors of the verb's subject: "Oddvar's shop closed" -> Oddvar."""
    toks = doc.toks
    return [p for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")
            for g in toks[c].children if toks[g].dep == "poss"
            for p in people_and_conjuncts(doc, ms, d, g)]


def _late_partner(d: Discourse, subs: list[int], partners: dict[int, list[int]],
                  at: int) -> list[int]:
    """The partner a widow lost: the one partner, else the one the story knows is dead; a
    partner the story first names after the widowing (at character ``at``) is a later one."""
    if len(subs) != 1:
        return []
    ps = partners.get(subs[0], [])
    ps = [p for p in ps if any(a < at for a, _b in d.ents.get(p).spans)] or ps
    dead = [p for p in ps if d.ents.get(p).deceased]
    return ps if len(ps) == 1 else dead[:1]


def _we_subject(doc: StoryDoc, d: Discourse, k: int, partners: dict[int, list[int]]) -> list[int]:
    """An unresolved "we" as the subject: the narrator and the narrator's one current partner
    ("My wife and I ... We fostered him"), else no one."""
    toks = doc.toks
    subj = _own_or_shared_subject(doc, k)
    if subj == -1 or toks[subj].lower not in _WE_WORDS:
        return []
    # (with no partner known, the narrator at least: "we finally cleared the debt")
    return _narrator_couple(d, partners) or _the_narrator(d)


def _the_narrator(d: Discourse) -> list[int]:
    """The story's one narrator, as a list (empty if none or several)."""
    narrators = [r for r in d.ents.roots() if d.ents.items[r].narrator]
    return narrators if len(narrators) == 1 else []


def _narrator_couple(d: Discourse, partners: dict[int, list[int]]) -> list[int]:
    narrator = _the_narrator(d)
    if not narrator:
        return []
    n = narrator[0]
    ps = partners.current(n, d) if isinstance(partners, _Partners) else partners.get(n, [])
    return [n, ps[0]] if len(ps) == 1 else []


def _custody_others(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int,
                    partners: dict[int, list[int]]) -> list[int]:
    """The other side of a custody verb: its objects; "placed with X", "removed from X's care",
    "brought Sverre to his mother", "went to live with X"; an unresolved "us" object is the
    narrator's couple."""
    toks = doc.toks
    out = _objects(doc, ms, d, k, ("of", "by", "with", "to", "from"))
    out += [p for c in toks[k].children if toks[c].dep in ("agent", "prep")   # "by X and by Y"
            for cc in toks[c].children if toks[cc].dep == "conj" and toks[cc].pos == "ADP"
            for g in toks[cc].children if toks[g].dep == "pobj"
            for p in people_and_conjuncts(doc, ms, d, g)]
    out += [p for c in toks[k].children if toks[c].dep == "dative"   # "brought Lida to Hana"
            for g in toks[c].children if toks[g].dep == "pobj" for p in _people_at(doc, ms, d, g)]
    for c in toks[k].children:
        w = toks[c]
        if w.dep == "dobj" and w.lower in _WE_WORDS and not _people_at(doc, ms, d, c):
            out += _narrator_couple(d, partners)
        if w.dep == "prep" and w.lower in ("from", "in", "into", "to"):
            for g in w.children:   # "from mother's care": the owner of the care
                if toks[g].dep == "pobj" and toks[g].lemma in _CARE_NOUNS:
                    out += [p for x in toks[g].children if toks[x].dep == "poss"
                            for p in _people_at(doc, ms, d, x)]
    return list(dict.fromkeys(out))


def _noun_people(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int,
                 gov: int | None) -> list[int]:
    toks = doc.toks
    out: list[int] = []
    for c in toks[k].children:
        w = toks[c]
        if w.dep == "poss":
            out += _people_at(doc, ms, d, c)
        elif w.dep == "prep" and w.lower in ("of", "with", "from", "to", "between", "for"):
            for g in w.children:
                if toks[g].dep == "pobj":
                    out += people_and_conjuncts(doc, ms, d, g)
    owned = any(toks[c].dep == "poss" for c in toks[k].children)
    # "after the divorce I met Aslak", "he came to my graduation": the clause's people are not
    # the event's; "filed for divorce", "went through a divorce": they are
    framed = toks[k].dep == "pobj" and toks[toks[k].head].lower not in ("for", "through", "into")
    if gov is not None and not owned and not framed and toks[k].dep in (
            "dobj", "pobj", "attr", "nsubj", "nsubjpass", "conj", "appos"):
        if toks[k].dep not in ("nsubj", "nsubjpass"):
            out = _subjects(doc, ms, d, gov) + out
        out += [o for o in _objects(doc, ms, d, gov, ("with", "from", "of", "to"))
                if o not in out]
    return out


class _Partners(dict[int, list[int]]):
    """Each person's partners in story order, and the pairs whose union has ended."""

    ended: set[frozenset[int]]
    unmarried: set[frozenset[int]]  # couples stated never to have married
    kids: dict[int, set[int]]   # each person's children (claimed or told by a verb)
    deaths: dict[int, int]      # where a person's death is told (character offset)

    def add(self, a: int, b: int) -> None:
        """Record ``a`` and ``b`` as partners (a couple event told them so)."""
        if a != b:
            if b not in self.setdefault(a, []):
                self[a].append(b)
            if a not in self.setdefault(b, []):
                self[b].append(a)

    def current(self, a: int, d: Discourse) -> list[int]:
        """Partners whose union with ``a`` has not ended and who are not dead, else all."""
        ps = self.get(a, [])
        live = [p for p in ps if frozenset((a, p)) not in self.ended
                and not d.ents.get(p).deceased]
        return live or ps


def _partner_map(d: Discourse, vf: VerbFacts) -> _Partners:
    f = d.ents.find
    out = _Partners()
    out.ended = {frozenset((f(u.a), f(u.b))) for u in vf.unions if u.status != "together"}
    out.ended |= {frozenset((f(c.possessor), f(c.referent))) for c in d.ents.claims
                  if c.term.path == "E" and "ex" in c.term.qual}
    out.unmarried = {frozenset(f(x) for x in pair) for pair in vf.unmarried}
    for u in vf.unions:
        if u.type == "affair":
            continue
        a, b = f(u.a), f(u.b)
        out.setdefault(a, []).append(b)
        out.setdefault(b, []).append(a)
    for a, ps in co_partners(d).items():
        for p in ps:
            if f(p) not in out.setdefault(f(a), []):
                out[f(a)].append(f(p))
    out.kids = {}
    out.deaths = {f(p): ev[0][0] for p, ev in vf.deaths.items()}
    for c in vf.children:
        out.kids.setdefault(f(c.parent), set()).add(f(c.child))
    for r in d.ents.roots():
        for ch in d.ents.children_of(r):
            out.kids.setdefault(f(r), set()).add(f(ch))
    return out


def _deps(doc: StoryDoc, k: int, dep: str) -> list[int]:
    """The children of token ``k`` with dependency ``dep``."""
    return [c for c in doc.toks[k].children if doc.toks[c].dep == dep]
