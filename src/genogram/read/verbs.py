"""Relations stated by verbs: married, divorced, separated, left, was seeing, moved in, died,
was born, raised, adopted, fostered — unless negated or only planned ("never married",
"planning to move back").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention, name_within, split_owner, year_fused_subject
from genogram.read.resolve import Discourse, _blood_pair, _mention_at, _partners

_IRREALIS_HEADS = frozenset(["plan", "want", "hope", "promise", "wish", "intend", "threaten", "consider", "dream", "try", "mean", "expect", "refuse", "pretend", "suggest", "propose", "urge", "advise", "recommend"])
_COUPLE_NOUNS = frozenset(["couple", "newlywed", "newlyweds", "pair"])
_MODALS = frozenset(["would", "could", "should", "might", "may", "must", "ought"])
YEAR = re.compile(r"^(1[6-9]\d\d|20\d\d)$")


@dataclass
class UnionFact:
    a: int
    b: int
    type: str = "marriage"
    status: str = "together"
    evidence: list[tuple[int, int]] = field(default_factory=list)
    year: int | None = None
    end_year: int | None = None
    #: made by a parting alone ("they split", "separated"): its "marriage" is the default
    #: type, no wedding the text told
    by_parting: bool = False


@dataclass
class ChildFact:
    parent: int
    child: int
    kind: str
    evidence: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class VerbFacts:
    unions: list[UnionFact] = field(default_factory=list)
    children: list[ChildFact] = field(default_factory=list)
    deaths: dict[int, tuple[tuple[int, int], int | None]] = field(default_factory=dict)
    births: dict[int, tuple[tuple[int, int], int | None]] = field(default_factory=dict)
    negated: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    #: couples stated never to have married ("They never married"): a union of theirs is not a
    #: marriage, whatever their shared children suggest
    unmarried: set[frozenset] = field(default_factory=set)
    #: "My parents divorced in 2003": (the one whose parents they are, union status, evidence),
    #: placed on the two parents once the graph knows them
    parents_unions: list[tuple[int, str, tuple[int, int]]] = field(default_factory=list)
    #: "after her father left": one who left, with no partner known to the verbs yet; the
    #: graph separates them from their one partner once it knows who that is
    departures: list[tuple[int, tuple[int, int]]] = field(default_factory=list)


def _plainly_negated(doc: StoryDoc, verb: int) -> bool:
    """"never married", "did not marry": a fact stated in the negative, not a modal or an
    "if" (which say nothing either way)."""
    toks = doc.toks
    kids = [toks[c] for c in toks[verb].children]
    return (any(w.dep == "neg" or w.lower in ("never", "not", "n't") for w in kids)
            and not any(w.dep == "aux" and w.lower in _MODALS or w.dep == "mark" for w in kids))


def is_irrealis(doc: StoryDoc, verb: int) -> bool:
    """Negated, modal, conditional or planned: "never married", "was going to leave"."""
    toks = doc.toks
    v = toks[verb]
    # "are not getting married": the negation may hang on the auxiliary
    near = list(v.children) + [g for c in v.children if toks[c].dep in ("aux", "auxpass")
                               for g in toks[c].children]
    for c in near:
        w = toks[c]
        if w.dep == "neg" or w.lower in ("never", "not", "n't"):
            return True
        if w.dep == "aux" and w.lower in _MODALS:
            return True
        if w.dep == "mark" and w.lower in ("if", "unless"):
            return True
    k = verb
    for _ in range(3):
        t = toks[k]
        if t.dep in ("xcomp", "ccomp", "advcl") and t.head != k:
            h = toks[t.head]
            if h.lemma in _IRREALIS_HEADS:
                return True
            if (h.lemma == "go" and h.tag == "VBG" and t.dep == "xcomp"
                    and any(toks[c].lower == "to" for c in t.children)):
                return True  # "was going to leave" (not "went out to celebrate")
            if any(toks[c].dep == "neg" for c in h.children) and h.lemma in (
                    "get", "do", "be"):
                return True
            k = t.head
        else:
            break
    return False


def _subjects(doc: StoryDoc, ms: list[Mention], d: Discourse, verb: int) -> list[int]:
    toks = doc.toks
    out: list[int] = []
    k = verb
    # "…, and the two were married": a subject hung on the verb's own auxiliary is the
    # clause's, before any subject of a verb it is conjoined with
    subj = next((g for c in toks[verb].children if toks[c].dep in ("aux", "auxpass")
                 for g in toks[c].children if toks[g].dep in ("nsubj", "nsubjpass")), -1)
    for _ in range(3 if subj == -1 else 0):
        subj = _nearest_subject(doc, k)
        if subj != -1 or toks[k].dep not in ("conj", "xcomp", "advcl", "acomp"):
            break
        k = toks[k].head
    if subj == -1:
        subj = year_fused_subject(doc, verb)
    if subj == -1:
        # "My sister and Evert are getting married", "Ronan and Hedvig are married": the
        # subject hung on the auxiliary
        subj = next((g for c in toks[verb].children if toks[c].dep in ("aux", "auxpass")
                     for g in toks[c].children if toks[g].dep in ("nsubj", "nsubjpass")), -1)
    if subj == -1 and toks[verb].tag in ("NNS", "NN"):
        # "Liv remarries": a verb the tagger took for a noun keeps its subject as a compound
        subj = next((c for c in toks[verb].children if toks[c].dep == "compound" and c < verb
                     and (toks[c].pos in ("PROPN", "PRON") or toks[c].is_title)), -1)
    if subj == -1:
        return out
    if toks[subj].lemma in _COUPLE_NOUNS and _mention_at(ms, doc, subj) is None:
        pair = d.couple_before(toks[subj].sent)  # "the couple welcomed a son"
        return [d.ents.find(p) for p in pair] if pair else out
    if _the_two(doc, subj) and _mention_at(ms, doc, subj) is None:
        return _two_named_before(doc, ms, d, subj)
    out += _people_at(doc, ms, d, subj)
    for c in toks[subj].children:
        if toks[c].dep == "conj":
            out += _people_at(doc, ms, d, c)
    split = split_owner(doc, subj)
    if split is not None:  # "Cara and Ivo's father were never married": Cara is a subject
        out += _people_at(doc, ms, d, split[0])
    return list(dict.fromkeys(out))


def _may_be_a_couple(d: Discourse, a: int, b: int) -> bool:
    """Can two people said to be or live "together" be a couple: not kin by any claim or blood?"""
    return not _is_kin_pair(d, a, b) and not _blood_pair(d.ents, a, b) and (
        not _siblings_by_claims(d, a, b))


_PARTNER_NOUNS = frozenset(["lady", "woman", "man", "guy", "girl", "fellow"])


def _a_new_partner(d: Discourse, o: int) -> bool:
    """Is ``o`` told as a possible partner ("a lady named Ulla", "his girlfriend"), not kin,
    a titled elder or a family?"""
    e = d.ents.get(o)
    if e.titles:
        return False
    words = {w.lower() for desc in e.descs for w in desc.split()}
    return bool(words & _PARTNER_NOUNS) or any(
        c.term.path == "E" for c in d.ents.claims_about(o))


def _relative_antecedent_subject(doc: StoryDoc, ms: list[Mention], d: Discourse,
                                 verb: int) -> list[int]:
    """ "Ivo, who is married to Lou, …": the people of the name a "who" clause hangs on."""
    toks = doc.toks
    k = verb if toks[verb].dep != "acomp" else toks[verb].head
    if toks[k].dep != "relcl" or not any(toks[c].dep in ("nsubj", "nsubjpass")
                                         and toks[c].lower == "who" for c in toks[k].children):
        return []
    return _people_at(doc, ms, d, toks[k].head)


def _the_two(doc: StoryDoc, k: int) -> bool:
    """ "the two", "the two of them", "both of them" as a clause's subject."""
    t = doc.toks[k]
    if t.lower == "two":
        return any(doc.toks[c].lower == "the" for c in t.children)
    return t.lower == "both" and any(doc.toks[c].lower == "of" for c in t.children)


def _two_named_before(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """Who "the two" at token ``k`` are: the two people named earlier in its sentence ("Ivo met
    Lou at a dance, and the two married"), else in the sentence before; none when the count is
    not two."""
    toks = doc.toks
    for sent in (toks[k].sent, toks[k].sent - 1):
        people: list[int] = []
        for m in ms:
            if m.head >= k or toks[m.head].sent != sent or m.entity == -1:
                continue
            if m.kind == "name" or m.kind in ("he", "she"):
                people.append(d.ents.find(m.entity))
        people = list(dict.fromkeys(people))
        if len(people) == 2:
            return people
        if people:
            return []
    return []


def _nearest_subject(doc: StoryDoc, verb: int) -> int:
    """The verb's subject; of two (a clause after a semicolon the parser hung on the same verb:
    "Ivo Rask, not in contact; Ada and Ivo separated"), the one nearest before the verb."""
    subs = [c for c in doc.toks[verb].children if doc.toks[c].dep in ("nsubj", "nsubjpass")]
    before = [c for c in subs if c < verb]
    subj = max(before) if before else subs[0] if subs else -1
    if subj != -1:
        # "Ivo Rask, no contact since 2016; Ada and Ivo separated": the words after the
        # semicolon, parsed as an apposition to the name before it, are the subject
        fresh = [c for c in doc.toks[subj].children if doc.toks[c].dep == "appos"
                 and c < verb and doc.toks[c - 1].text == ";"]
        subj = fresh[-1] if fresh else subj
    return subj


def people_and_conjuncts(doc: StoryDoc, ms: list[Mention], d: Discourse, tok: int) -> list[int]:
    """The people at token ``tok`` and at the tokens coordinated with it ("Ana and Ivo")."""
    out = _people_at(doc, ms, d, tok)
    for cc in doc.toks[tok].children:
        if doc.toks[cc].dep == "conj":
            out += _people_at(doc, ms, d, cc)
    return out


def _people_at(doc: StoryDoc, ms: list[Mention], d: Discourse, tok: int) -> list[int]:
    m = _mention_at(ms, doc, tok)
    if m is None:
        # "his bookkeeper, Lina": a noun the lexicon does not know, named in apposition
        names = [_mention_at(ms, doc, c) for c in doc.toks[tok].children
                 if doc.toks[c].dep == "appos" and doc.toks[tok].pos == "NOUN"]
        m = next((n for n in names if n is not None and n.kind == "name"), None)
    if m is None:
        return []
    if m.entity != -1:
        return [d.ents.find(m.entity)]
    group = [d.ents.find(e) for e in d.groups.get(m.idx, [])]
    if not group and m.plural and m.kin is not None and m.kin.path == "P" and not m.kin.qual and (
            m.possessor != -1 and ms[m.possessor].entity != -1):
        # "my parents died in a crash … my father … my mother": the two the story gives later
        parents = d.ents.parents_of(ms[m.possessor].entity, born=True)
        if len(parents) == 2:
            return sorted(parents)
    return group


def _objects(doc: StoryDoc, ms: list[Mention], d: Discourse, verb: int,
             preps: tuple[str, ...] = ()) -> list[int]:
    toks = doc.toks
    out: list[int] = []
    for c in toks[verb].children:
        w = toks[c]
        if w.dep in ("dobj", "attr") or w.dep == "dative" and not any(
                toks[x].dep == "dobj" for x in toks[verb].children):
            # a dative with no direct object is one the parser misread ("wed Ana three months
            # after", "months" taken for the object)
            out += people_and_conjuncts(doc, ms, d, c)
        elif w.dep in ("prep", "agent") and (w.lower in preps or w.dep == "agent"):
            for g in w.children:
                if toks[g].dep == "pobj" and toks[g].lower in ("whom", "who"):
                    out += _relative_head(doc, ms, d, g)   # "Ivo, to whom she was engaged"
                elif toks[g].dep == "pobj":
                    out += people_and_conjuncts(doc, ms, d, g)
        elif w.dep == "prt":
            for g in w.children:
                if toks[g].dep == "pobj":
                    out += _people_at(doc, ms, d, g)
    if not out and toks[verb].dep == "relcl":
        out += _people_at(doc, ms, d, toks[verb].head)
    return list(dict.fromkeys(out))


def _relative_head(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The people a relative pronoun at ``k`` stands for: the head of its relative clause."""
    toks = doc.toks
    x = k
    for _ in range(6):
        if toks[x].dep == "relcl":
            return _people_at(doc, ms, d, toks[x].head)
        if toks[x].head == x:
            break
        x = toks[x].head
    return []


def _apposed_object(doc: StoryDoc, ms: list[Mention], d: Discourse, verb: int) -> list[int]:
    """"married a Navy welder from Derby, Ivo Quist": the name set off after an object that is no
    person of its own."""
    obj = next((c for c in doc.toks[verb].children if doc.toks[c].dep == "dobj"), -1)
    tok = name_within(doc, obj) if obj != -1 else -1
    return _people_at(doc, ms, d, tok) if tok != -1 else []


def _loose_object(doc: StoryDoc, ms: list[Mention], d: Discourse, verb: int) -> list[int]:
    """ "1950. Uli marries Pilar Vik. 1952. …": the parser, misled by the year headings, hangs
    the spouse on the verb as an adverbial; the person right after the verb is its object."""
    toks = doc.toks
    for c in toks[verb].children:
        if c > verb and toks[c].dep in ("npadvmod", "oprd", "dep") and c - verb <= 4:
            found = _people_at(doc, ms, d, c)
            if found:
                return found
    return []


def _year_near(doc: StoryDoc, verb: int) -> int | None:
    toks = doc.toks
    for c in toks[verb].children:
        w = toks[c]
        if w.dep == "prep":
            for g in w.children:
                if YEAR.match(toks[g].text):
                    return int(toks[g].text)
                for gg in toks[g].children:
                    if YEAR.match(toks[gg].text):
                        return int(toks[gg].text)
        if YEAR.match(w.text) and w.dep in ("npadvmod", "pobj", "nummod", "advmod"):
            return int(w.text)
    return None


def _union(vf: VerbFacts, a: int, b: int) -> UnionFact:
    for u in vf.unions:
        if {u.a, u.b} == {a, b}:
            return u
    u = UnionFact(a, b)
    vf.unions.append(u)
    return u


def _wedding_ahead(doc: StoryDoc, verb: int) -> bool:
    """"Dad is marrying Petra next spring", "they are getting married in June": a wedding still
    to come (present progressive), so the two are engaged, not married."""
    toks = doc.toks
    v = toks[verb]
    kids = [toks[c] for c in v.children]
    if v.lower == "married" and toks[v.head].lemma == "get":
        kids = [toks[c] for c in toks[v.head].children]  # "… are getting married"
        progressive = toks[v.head].tag == "VBG"
    else:  # "marrying", or "getting" parsed as the auxiliary of "married"
        progressive = v.tag == "VBG" or any(w.lower == "getting" for w in kids)
        kids += [toks[g] for w in kids if w.lower == "getting" for g in w.children]
    return progressive and any(w.dep == "aux" and w.lower in _PRESENT_BE for w in kids)


_PRESENT_BE = frozenset(["is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"])


def _owner_of_parents_subject(doc: StoryDoc, ms: list[Mention], d: Discourse,
                              verb: int) -> int | None:
    """Whose parents the subject is, when it is a possessed "parents" ("My parents divorced",
    "Client's parents married in 1988 and divorced in 2003")."""
    toks = doc.toks
    k = verb
    while toks[k].dep == "conj" and toks[k].head != k and not any(
            toks[c].dep in ("nsubj", "nsubjpass") for c in toks[k].children):
        k = toks[k].head
    subj = next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")), -1)
    m = _mention_at(ms, doc, subj) if subj != -1 else None
    if m is None or m.kind != "kin" or m.kin is None or m.kin.word != "parents":
        return None
    pm = ms[m.possessor] if m.possessor != -1 else None
    return d.ents.find(pm.entity) if pm is not None and pm.entity != -1 else None


def _has_union(vf: VerbFacts, a: int, b: int) -> bool:
    """Whether a verb already tied the two (a new union's type is only a default until a verb
    states one)."""
    return any({u.a, u.b} == {a, b} for u in vf.unions)


def _stated_union(vf: VerbFacts, a: int, b: int, type_: str,
                  keep: tuple[str, ...]) -> UnionFact:
    """The two's union with the type a verb states ("was dating", "moved in with"), unless an
    earlier verb stated one of the ``keep`` types (a new union's "marriage" is only a default)."""
    fresh = not _has_union(vf, a, b)
    u = _union(vf, a, b)
    if fresh or u.type not in keep:
        u.type = type_
    return u


def _partners_of(vf: VerbFacts, a: int, claims_partners: dict[int, list[int]]) -> list[int]:
    out = [u.b if u.a == a else u.a for u in vf.unions
           if a in (u.a, u.b) and u.type != "affair"]
    out += [p for p in claims_partners.get(a, []) if p not in out]
    return out


def read_verbs(doc: StoryDoc, ms: list[Mention], d: Discourse,
               claim_partners: dict[int, list[int]]) -> VerbFacts:
    """Collect union, child, birth and death facts from verbs."""
    vf = VerbFacts()
    toks = doc.toks
    for t in toks:
        if t.pos not in ("VERB", "AUX", "ADJ") or t.quote != -1 and t.lemma not in ("die",):
            continue
        lemma = t.lemma
        prt = next((toks[c].lower for c in t.children if toks[c].dep == "prt"
                    or toks[c].dep == "advmod" and toks[c].lower == "in" and c == t.i + 1), "")
        ev = (doc.toks[doc.sents[t.sent].start_tok].start, doc.toks[doc.sents[t.sent].end_tok - 1].end)
        together = lemma in ("be", "get") and _has_child(doc, t.i, "together")
        if lemma not in _ALL and t.lower not in _ALL and not together:
            continue
        if is_irrealis(doc, t.i):  # (a negation on an auxiliary counts too)
            vf.negated.append((lemma, ev))
            if lemma == "marry" and _plainly_negated(doc, t.i):
                subs = _subjects(doc, ms, d, t.i)
                if not subs and t.dep in ("appos", "acl"):
                    subs = _people_at(doc, ms, d, t.head)   # a note's "Ivo (34), never married"
                if len(subs) == 1:   # "Ivo (34), never married to mother": the one wed
                    objs = _objects(doc, ms, d, t.i, ("to",))
                    subs += objs if len(objs) == 1 else []
                if len(subs) == 2 and subs[0] != subs[1]:
                    vf.unmarried.add(frozenset(subs))
            continue
        subs = _subjects(doc, ms, d, t.i) or _relative_antecedent_subject(doc, ms, d, t.i)
        owner = _owner_of_parents_subject(doc, ms, d, t.i) if not subs else None
        if owner is not None:
            status = ("divorced" if lemma == "divorce" or t.lower == "divorced" else
                      "separated" if lemma == "separate" else
                      "ended" if lemma in ("split", "break") and prt == "up" else
                      "together" if lemma in ("marry", "wed") or t.lower == "married" else None)
            if status is not None:
                vf.parents_unions.append((owner, status, ev))
                continue
        if lemma in ("marry", "wed", "remarry") or t.lower in ("married", "wed"):
            subs = subs or _relative_antecedent_subject(doc, ms, d, t.i)
            objs = (_objects(doc, ms, d, t.i, ("to",)) or _apposed_object(doc, ms, d, t.i)
                    or _loose_object(doc, ms, d, t.i))
            pairs = [(s, o) for s in subs for o in objs if s != o]
            if not pairs and len(subs) == 2:
                pairs = [(subs[0], subs[1])]
            if not pairs and t.dep != "ROOT":
                pairs = _misparsed_pair(doc, ms, d, t.i, subs)
            planned = _wedding_ahead(doc, t.i)
            for a, b in pairs[:2]:
                fresh = not _has_union(vf, a, b)
                u = _union(vf, a, b)
                u.type = "engagement" if planned and (fresh or u.type == "engagement") else (
                    "marriage")
                u.evidence.append(ev)
                u.year = u.year or _year_near(doc, t.i)
                u.by_parting = False
        elif lemma == "divorce" or t.lower == "divorced":
            objs = _objects(doc, ms, d, t.i, ("from",))
            pairs = [(s, o) for s in subs for o in objs if s != o]
            if not pairs and len(subs) == 2:
                pairs = [(subs[0], subs[1])]
            if not pairs and len(subs) == 1:
                pairs = [(subs[0], p) for p in _partners_of(vf, subs[0], claim_partners)[:1]]
            for a, b in pairs[:1]:
                u = _union(vf, a, b)
                u.status = "divorced"
                u.by_parting = False
                u.evidence.append(ev)
                u.end_year = _year_near(doc, t.i)
        elif lemma in ("separate",) or (lemma in ("split", "break") and prt == "up") or (
                lemma == "split" and t.pos == "VERB" and not _has_dep(doc, t.i, "dobj")):
            # "they split when she was three" (not "split the bill")
            objs = _objects(doc, ms, d, t.i, ("from", "with"))
            pairs = [(s, o) for s in subs for o in objs if s != o]
            if not pairs and len(subs) == 2:
                pairs = [(subs[0], subs[1])]
            if not pairs and len(subs) == 1 and not _subject_coordinated(doc, t.i):
                # ("his mum and I parted" read as one person names someone else, not the
                # partner on record)
                pairs = [(subs[0], p) for p in _partners_of(vf, subs[0], claim_partners)[:1]]
            for a, b in pairs[:1]:
                fresh = not _has_union(vf, a, b)
                u = _union(vf, a, b)
                u.by_parting = u.by_parting or fresh
                if u.status != "divorced":
                    u.status = "separated" if lemma == "separate" else "ended"
                u.evidence.append(ev)
        elif lemma in ("reconcile", "reunite") and not _has_dep(doc, t.i, "neg"):
            # "They separated for five months … they reconciled in 2023": together again
            pairs = [(subs[0], subs[1])] if len(subs) == 2 else [
                (subs[0], p) for p in _partners_of(vf, subs[0], claim_partners)[:1]
            ] if len(subs) == 1 and not _subject_coordinated(doc, t.i) else []
            for a, b in pairs:
                if _has_union(vf, a, b):
                    u = _union(vf, a, b)
                    if u.status in ("separated", "ended"):
                        u.status = "together"
                        u.evidence.append(ev)
        elif lemma in ("leave", "abandon", "desert") or (lemma in ("walk", "move") and prt == "out"):
            if not subs:
                continue
            objs = _objects(doc, ms, d, t.i, ("on",))
            s = subs[0]
            partners = _partners_of(vf, s, claim_partners)
            hit = [p for p in partners if p in objs]
            if not hit and _us_object(doc, t.i) and len(partners) == 1:
                hit = partners  # "he left us": the family, so the partner in it
            if not hit and not objs and len(partners) == 1 and (
                    prt == "out" or lemma == "leave" and _left_outright(doc, t.i)):
                hit = partners  # "he walked out", "he left when I was three"
            if not partners and not objs and not d.ents.get(s).narrator and (
                    prt == "out" and lemma == "walk"
                    or lemma == "leave" and _left_outright(doc, t.i)):
                vf.departures.append((s, ev))  # the partner may be known only to the graph
            for p in hit[:1]:
                u = _union(vf, s, p)
                if u.status == "together":
                    u.status = "separated"
                u.evidence.append(ev)
            # "left us for a woman": the one he left for
            for c in t.children:
                if toks[c].dep == "prep" and toks[c].lower == "for":
                    for g in toks[c].children:
                        for o in _people_at(doc, ms, d, g):
                            if o != s:
                                u = _union(vf, s, o)
                                u.type = "affair" if partners else "dating"
                                u.evidence.append(ev)
        elif (lemma in ("see", "date", "cheat", "sleep") and _progressive_or_relcl(doc, t.i)
              or lemma == "cheat" or lemma == "date"):
            objs = _objects(doc, ms, d, t.i, ("with",))
            for s in subs[:1]:
                for o in objs[:1]:
                    if o == s or d.ents.get(o).narrator and lemma == "see":
                        continue
                    partners = _partners_of(vf, s, claim_partners)
                    u = _stated_union(vf, s, o, "affair" if partners and o not in partners
                                      else "dating", keep=("marriage",))
                    u.evidence.append(ev)
        elif lemma in ("engage",) or t.lower == "engaged":
            objs = _objects(doc, ms, d, t.i, ("to",))
            pairs = [(s, o) for s in subs for o in objs if s != o] or (
                [(subs[0], subs[1])] if len(subs) == 2 else [])
            for a, b in pairs[:1]:
                u = _stated_union(vf, a, b, "engagement", keep=("marriage",))
                u.evidence.append(ev)
        elif together and len(subs) == 2 and (lemma == "get" or any(
                toks[c].lower in ("been", "had", "have") for c in t.children)):
            # "He and my mother had been together before she married his brother", "they got
            # together in 1990": a couple (kin, or friends "together at the park", are not)
            if _may_be_a_couple(d, subs[0], subs[1]) and not (
                    d.ents.children_of(subs[0]) & d.ents.children_of(subs[1])):
                # (a couple with a child of theirs, "my mom and dad got together", is more)
                u = _stated_union(vf, subs[0], subs[1], "dating",
                                  keep=("marriage", "engagement", "cohabitation", "affair"))
                u.evidence.append(ev)
        elif lemma == "live" and len(subs) == 2 and _has_child(doc, t.i, "together"):
            # "Hedvig and Max lived together for thirty years": a couple living together (kin
            # who share a house are no couple)
            if _may_be_a_couple(d, subs[0], subs[1]):
                u = _stated_union(vf, subs[0], subs[1], "cohabitation",
                                  keep=("marriage", "engagement"))
                u.evidence.append(ev)
        elif (lemma == "move" and prt == "in") or lemma == "cohabit" or (
                lemma == "live" and t.dep in ("xcomp", "advcl")
                and toks[t.head].lemma in ("go", "move", "leave")):  # "went to live with Ada"
            objs = _objects(doc, ms, d, t.i, ("with",))
            pairs = [(s, o) for s in subs for o in objs if s != o] or (
                [(subs[0], subs[1])] if len(subs) == 2 else [])
            if lemma == "live" and (len(subs) != 1 or not objs or not all(
                    _a_new_partner(d, o) for o in objs)):
                # "Bo and I went to live with Grandma Ada", "I went to live with Mrs. Olsen":
                # a household; only "a lady named X", "his girlfriend" make a couple
                continue
            for a, b in pairs[:1]:
                if _is_kin_pair(d, a, b):
                    continue
                u = _stated_union(vf, a, b, "cohabitation", keep=("marriage", "engagement"))
                u.evidence.append(ev)
        elif lemma in ("die", "pass", "perish") and (lemma != "pass" or prt == "away"
                                                     or _has_child(doc, t.i, "away")) or lemma == "kill" and any(toks[c].dep == "nsubjpass" for c in t.children):
            for s in subs:
                vf.deaths.setdefault(s, (ev, _year_near(doc, t.i)))
        elif lemma == "bury":
            # "the week we buried my aunt", "she was buried beside her mother": the one buried died
            passive = [c for c in t.children if toks[c].dep == "nsubjpass"]
            if passive:
                # (not a "they": the pair it finds is a guess, and a wrong death is costly)
                dead = subs if toks[passive[0]].lower not in ("they", "them") else []
            else:
                dead = [o for o in _objects(doc, ms, d, t.i) if o not in subs]
            for o in dead:
                vf.deaths.setdefault(o, (ev, _year_near(doc, t.i)))
        elif lemma == "lose" and subs:
            for o in _objects(doc, ms, d, t.i):
                if o != subs[0] and _is_kin_pair(d, subs[0], o):
                    vf.deaths.setdefault(o, (ev, _year_near(doc, t.i)))
        elif lemma == "bear" or t.lower == "born" or lemma == "come" and any(
                toks[c].lower == "along" for c in t.children) and t.dep in ("ROOT", "conj"):
            # (a clause's "years before Bo came along" may be anyone joining the family)
            if any(toks[c].dep == "nsubjpass" for c in t.children) or t.lower == "born" or (
                    lemma == "come" and _named_subject(doc, ms, t.i)):
                # ("Bo came along two years later" is a birth; "before I came along" a
                # stepmother's arrival)
                for s in subs:
                    vf.births.setdefault(s, (ev, _year_near(doc, t.i)))
                parents = _objects(doc, ms, d, t.i, ("to",)) or _couple_just_named(
                    doc, ms, d, t.i, subs, vf)
                for p in parents:
                    for s in subs:
                        if p != s:
                            vf.children.append(ChildFact(p, s, "biological", [ev]))
        elif lemma == "have" and subs:
            # "They had Imre in 1931, Tess in 1934 and Cato in 1940": named children with years;
            # "Mum and Ivo had my little brother Kees": a sibling word names the couple's child
            kids = [d.ents.find(k.entity) for k in _children_had_with_years(doc, ms, t.i)
                    if k.entity != -1] + _siblings_had(doc, ms, d, t.i)
            for kid in dict.fromkeys(kids):
                for p in subs:
                    if p != kid:
                        vf.children.append(ChildFact(p, kid, "biological", [ev]))
        elif lemma == "give" and subs and _has_child(doc, t.i, "birth"):
            # "In 1921 Gerda gave birth to Runhild"
            for k in _objects(doc, ms, d, t.i, ("to",)):
                for p in subs:
                    if p != k:
                        vf.children.append(ChildFact(p, k, "biological", [ev]))
        elif lemma == "welcome" and _into_the_world(doc, t.i):
            # "the couple welcomed Emily into the world": a birth to the subjects
            for k in _objects(doc, ms, d, t.i, ()):
                for p in subs:
                    if p != k:
                        vf.children.append(ChildFact(p, k, "biological", [ev]))
        elif lemma in ("raise", "adopt", "foster") or (lemma == "bring" and prt == "up") or (
                lemma == "take" and prt == "in"):
            kind = {"adopt": "adoptive", "foster": "foster"}.get(lemma, "caregiver")
            passive = any(toks[c].dep == "nsubjpass" for c in t.children)
            objs = _objects(doc, ms, d, t.i, ())
            if passive:
                carers = [o for o in objs]
                kids = subs
            else:
                carers = subs or _we_couple(doc, ms, d, t.i)
                kids = [o for o in objs if o not in carers] or _us_narrator(doc, ms, d, t.i)
            for c in carers:
                for k in kids:
                    if c != k:
                        vf.children.append(ChildFact(c, k, kind, [ev]))
        elif lemma == "place" and any(toks[c].dep == "nsubjpass" for c in t.children) and (
                _placement(doc, t.i)):
            # "Bo was placed with the Lunds by the county": the foster parents
            for c in _objects(doc, ms, d, t.i, ("with",)):
                for k in subs:
                    if c != k:
                        vf.children.append(ChildFact(c, k, "foster", [ev]))
    return vf


def _placement(doc: StoryDoc, verb: int) -> bool:
    """Is the passive "placed" a child's placement: with foster, adoption or care words near?"""
    sent = doc.sents[doc.toks[verb].sent]
    return any(doc.toks[k].lemma in ("foster", "care", "adoption", "adopt", "agency", "county",
                                     "state", "court", "caseworker", "kinship")
               for k in range(sent.start_tok, sent.end_tok))


_HAD_GAP = re.compile(r"\s*(?:,\s*and|,|and)\s*$")
_IN_YEAR = re.compile(r"\s+in\s+(?:1[6-9]|20)\d\d\b")


def _children_had_with_years(doc: StoryDoc, ms: list[Mention], verb: int) -> list[Mention]:
    """The names "had" lists as births, each with its year ("had Imre in 1931, Tess in 1934"):
    a name right after the verb, then names joined by commas or "and", every one followed by
    "in YEAR" (the years are what make it a birth, not "had Piet over")."""
    toks = doc.toks
    text = doc.text
    pos = toks[verb].end
    out: list[Mention] = []
    sent_end = toks[doc.sents[toks[verb].sent].end_tok - 1].end
    for m in ms:
        if m.start < pos:
            continue
        if m.start >= sent_end or m.kind != "name":
            break
        gap = text[pos:m.start]
        if not (gap.strip() == "" if not out else _HAD_GAP.fullmatch(gap)):
            break
        year = _IN_YEAR.match(text, m.end)
        if year is None:
            break
        out.append(m)
        pos = year.end()
    return out


def _siblings_had(doc: StoryDoc, ms: list[Mention], d: Discourse, verb: int) -> list[int]:
    """The object of "had" when it is a possessed sibling word ("had my little brother Kees",
    "had our baby sister"): a child born to the subjects, whoever else the sibling word implies."""
    toks = doc.toks
    cands = [_mention_at(ms, doc, c) for c in toks[verb].children if toks[c].dep == "dobj"]
    if not any(cands):
        # a name the tagger reads as a verb ("my little brother Kees" -> "Kees" VBZ) breaks
        # the tree; the mention that starts right after "had" is then the object
        end = toks[verb].end
        starts = _mention_starts(doc, ms)
        j = bisect.bisect_right(starts, end) if starts is not None else next(
            (k for k, m in enumerate(ms) if m.start > end), len(ms))
        cands = []
        while j < len(ms) and doc.text[end:ms[j].start].isspace():
            if ms[j].kind == "kin":  # (mentions are in text order: only those right after)
                cands = [ms[j]]
                break
            j += 1
    # "had my half-sister Ulla": the parser may take the name for the object; the sibling
    # word right before it, of the same person, is then what was had
    def kin_before(m: Mention) -> Mention | None:
        k = ms[m.idx - 1] if m.idx > 0 else None
        if (k is None or m.kind != "name" or k.kind != "kin" or k.entity == -1 or m.entity == -1
                or doc.text[k.end:m.start].strip(" ,")):
            return None
        return k if d.ents.find(k.entity) == d.ents.find(m.entity) else None

    cands = [(kin_before(m) or m) if m is not None else None for m in cands]
    return [d.ents.find(m.entity) for m in cands
            if m is not None and m.kind == "kin" and m.kin is not None and m.kin.path == "S"
            and m.possessor != -1 and m.entity != -1 and not m.plural]


def _mention_starts(doc: StoryDoc, ms: list[Mention]) -> list[int] | None:
    """The mentions' start offsets, kept on the document (read once), or None when the
    mentions are not in text order (then no search by halves)."""
    starts = getattr(doc, "_mention_starts", None)
    if starts is None or len(starts) != len(ms):
        starts = [m.start for m in ms]
        if any(a > b for a, b in zip(starts, starts[1:], strict=False)):
            starts = None
        doc._mention_starts = starts  # type: ignore[attr-defined]
    return starts


def _into_the_world(doc: StoryDoc, i: int) -> bool:
    toks = doc.toks
    # "into the world" hangs on the verb or, as the parser often has it, on the object
    heads = [i] + [c for c in toks[i].children if toks[c].dep == "dobj"]
    return any(toks[c].dep == "prep" and toks[c].lower == "into"
               and any(toks[g].lemma == "world" for g in toks[c].children)
               for h in heads for c in toks[h].children)


_ALL = frozenset(["marry", "wed", "remarry", "married", "divorce", "divorced", "separate", "split", "break", "leave", "abandon", "desert", "walk", "move", "see", "date", "cheat", "sleep", "engage", "engaged", "cohabit", "reconcile", "reunite", "die", "pass", "perish", "kill", "lose", "bear", "born", "come", "place", "raise", "adopt", "foster", "bring", "take", "welcome", "have", "bury", "give", "live"])


def _named_subject(doc: StoryDoc, ms: list[Mention], verb: int) -> bool:
    """Is the verb's subject a name ("Bo came along"), not a pronoun or a description?"""
    subj = _nearest_subject(doc, verb)
    m = _mention_at(ms, doc, subj) if subj != -1 else None
    return m is not None and m.kind == "name"


def _couple_just_named(doc: StoryDoc, ms: list[Mention], d: Discourse, verb: int,
                       subs: list[int], vf: VerbFacts) -> list[int]:
    """ "Ivo married Ulla in 1971. Bo was born in 1973" / "Bo came along two years later": a
    named baby with no parents of its own, born in the sentence after a couple married, is
    theirs."""
    if len(subs) != 1 or d.ents.parents_of(subs[0]) or not _named_subject(doc, ms, verb):
        return []
    s = doc.toks[verb].sent
    if any(ms[i].start < doc.toks[doc.sents[s].start_tok].start
           for i in d.ents.get(subs[0]).mentions):
        return []  # a baby is new to the story ("the house where Ivo was born" is not)
    last, pair = next(((sent, p) for sent, p in reversed(d.couples) if sent < s), (-10, None))
    if pair is None or s - last > 2 or doc.sents[last].para != doc.sents[s].para or (
            subs[0] in {d.ents.find(x) for x in pair}) or _blood_pair(d.ents, *pair):
        return []
    couple = {d.ents.find(x) for x in pair}
    lo = doc.toks[doc.sents[last].start_tok].start
    hi = doc.toks[doc.sents[last].end_tok - 1].end
    if not any({d.ents.find(u.a), d.ents.find(u.b)} == couple and u.type == "marriage"
               and any(lo <= a < hi for a, _b in u.evidence) for u in vf.unions):
        return []  # (only a couple the sentence before wed)
    return sorted(couple)


def _subject_coordinated(doc: StoryDoc, verb: int) -> bool:
    """Whether the verb's subject is two or more coordinated words ("Ada and I")."""
    subj = _nearest_subject(doc, verb)
    return subj != -1 and any(doc.toks[c].dep == "conj" for c in doc.toks[subj].children)


def _narrator_at(d: Discourse, pos: int) -> int | None:
    """The narrator of the stretch of text at character ``pos``."""
    here = [e for start, e in d.narrators if start <= pos]
    return d.ents.find(here[-1]) if here else None


def _we_couple(doc: StoryDoc, ms: list[Mention], d: Discourse, verb: int) -> list[int]:
    """"We adopted our son": a "we" the resolver left open, as the subject of a verb of
    raising a child, is the narrator and the narrator's one partner (as "our" is)."""
    subj = _nearest_subject(doc, verb)
    m = _mention_at(ms, doc, subj) if subj != -1 else None
    if m is None or m.kind != "we" or m.quote != -1 or doc.toks[subj].lower != "we":
        return []
    me = _narrator_at(d, m.start)
    return [] if me is None else [me] + [d.ents.find(p) for p in _partners(d, me)]


def _us_narrator(doc: StoryDoc, ms: list[Mention], d: Discourse, verb: int) -> list[int]:
    """"she raised us", "raised me": the narrator (a "we" raised is the narrator's
    generation; the siblings in it get their tie through the narrator's parents)."""
    for c in doc.toks[verb].children:
        w = doc.toks[c]
        if w.dep == "dobj" and w.lower in ("us", "me") and w.quote == -1:
            me = _narrator_at(d, w.start)
            return [me] if me is not None else []
    return []


def _has_dep(doc: StoryDoc, verb: int, dep: str) -> bool:
    return any(doc.toks[c].dep == dep for c in doc.toks[verb].children)


#: what a "left" with these says is a trip or a move, not a parting ("left for work", "left
#: to find work", "left at dawn", "left the house")
_LEFT_FOR = frozenset(["for", "to", "at", "from", "on", "with", "by", "through", "into", "of"])
#: Nouns a "left" may tell the time of ("the day he left"), not what was left.
_WHEN_NOUNS = frozenset(["day", "night", "morning", "evening", "afternoon", "week", "month",
                         "year", "summer", "winter", "spring", "fall", "autumn", "time",
                         "moment", "hour", "minute", "weekend"])


def _left_outright(doc: StoryDoc, verb: int) -> bool:
    """"He left when I was three", "after Dad left": a "left" with no object, place or
    purpose — a parent or partner leaving the family."""
    toks = doc.toks
    if toks[verb].pos != "VERB":
        return False
    t = toks[verb]
    if t.dep == "relcl" and toks[t.head].lemma not in _WHEN_NOUNS and any(
            toks[c].dep == "nsubj" and toks[c].tag not in ("WP", "WDT") for c in t.children):
        return False  # "the only thing he had left": what he has left is the noun
    for c in toks[verb].children:
        w = toks[c]
        if w.dep in ("dobj", "xcomp", "ccomp", "oprd", "acomp", "dative", "attr"):
            return False
        if w.dep == "prep" and w.lower in _LEFT_FOR or w.dep == "advmod" and w.lower in (
                "home", "early", "town", "behind", "alone"):
            return False
    return True


def _has_child(doc: StoryDoc, verb: int, word: str) -> bool:
    return any(doc.toks[c].lower == word for c in doc.toks[verb].children)


def _progressive_or_relcl(doc: StoryDoc, verb: int) -> bool:
    t = doc.toks[verb]
    return t.tag == "VBG" or t.dep == "relcl"


def _us_object(doc: StoryDoc, verb: int) -> bool:
    return any(doc.toks[c].lower in ("us", "me") for c in doc.toks[verb].children)


def _narrator_like(d: Discourse, ent: int) -> bool:
    return d.ents.get(ent).narrator


def _is_kin_pair(d: Discourse, a: int, b: int) -> bool:
    ents = d.ents
    a, b = ents.find(a), ents.find(b)
    return any({ents.find(c.possessor), ents.find(c.referent)} == {a, b} for c in ents.claims)


def _siblings_by_claims(d: Discourse, a: int, b: int) -> bool:
    """Both claimed as one person's siblings or children ("my sisters Hedvig and Noelle")."""
    ents = d.ents
    a, b = ents.find(a), ents.find(b)

    def owners(x: int) -> set[int]:
        return {ents.find(c.possessor) for c in ents.claims_about(x) if c.term.path in ("S", "C")}
    return bool(owners(a) & owners(b))


def _misparsed_pair(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int,
                    subs: list[int]) -> list[tuple[int, int]]:
    """A marriage the parser read as a noun phrase, "married" an adjective: "Osvald married
    Gerda." ("married" modifies the name; the subject is found), "Later Mum married Ivo" (the
    person right before the verb), "Dervla, a whaler's son from Carvoeiro, married Oline" (the
    sentence's first person, before the verb and outside an appositive); the other partner is
    the first person named right after the verb."""
    toks = doc.toks
    if subs:
        if toks[k].dep != "amod" or toks[k].head < k:
            return []
        return [(s, o) for s in subs for o in _people_at(doc, ms, d, toks[k].head) if s != o]
    sent = doc.sents[toks[k].sent]
    before = [m for m in ms if sent.start_tok <= m.head < k and m.entity != -1
              and m.kind in ("name", "kin", "he", "she", "self")
              and toks[m.head].tag != "PRP$"]  # the "my" of "my mom, Runa, married": an owner
    after = [m for m in ms if k < m.head < min(k + 5, sent.end_tok) and m.entity != -1
             and m.kind in ("name", "kin")]
    if not before or not after:
        return []
    if toks[k - 1].text in (",", "\u2014"):
        first = before[0]
    elif toks[k].dep == "amod" and before[-1].end == toks[k - 1].end:
        first = before[-1]  # "Later Mum married Ivo" parsed as one noun phrase "Mum married Ivo"
    else:
        return []
    a, b = d.ents.find(first.entity), d.ents.find(after[0].entity)
    return [(a, b)] if a != b else []
