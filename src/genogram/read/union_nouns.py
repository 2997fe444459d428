"""Unions told by a noun rather than a verb: "a married couple", "their anniversary", "his
affair with a coworker", "First marriage, to Ebo Obi (1976-1991), ended in divorce".

Read after :func:`verbs.read_verbs`, into the same :class:`verbs.VerbFacts`; never from a negated
or hypothetical clause.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.mentions.name_cues import name_within
from genogram.read.resolve import Discourse
from genogram.read.verbs import ChildFact, VerbFacts, _people_at, _subjects, _union, is_irrealis


def read_union_nouns(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts) -> None:
    """Add the unions that couple, anniversary, affair and marriage nouns state."""
    _couples_by_noun(doc, ms, d, vf)
    _affairs_by_noun(doc, ms, d, vf)
    _marriages_by_noun(doc, ms, d, vf)
    _married_fragments(doc, ms, d, vf)
    _earlier_relationships(doc, ms, d, vf)


def _affairs_by_noun(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts) -> None:
    """"X had an affair with Y", "X's affair with Y": an affair union, never when negated or
    hypothetical ("he never had an affair")."""
    toks = doc.toks
    for t in toks:
        if t.quote != -1 or t.lemma not in ("affair", "fling", "liaison"):
            continue
        verb = _verb_having(doc, t.i)
        # "with" hangs on the noun or, as often, on the verb: "was having an affair with X"
        hosts = [h for h in (t.i, verb) if h != -1]
        if verb != -1:  # "was in an affair for two years with X": on the time phrase
            hosts += [g for c in toks[verb].children if toks[c].dep == "prep"
                      for g in toks[c].children if toks[g].dep == "pobj" and toks[g].ent == "DATE"]
        withs = [g for h in hosts for c in toks[h].children
                 if toks[c].dep == "prep" and toks[c].lower == "with"
                 for g in toks[c].children if toks[g].dep == "pobj"]
        if not withs:
            continue
        owner = next((c for c in t.children if toks[c].dep == "poss"), -1)
        if owner != -1:  # "the split came after his affair with X": his, whatever the verb
            lovers = _people_at(doc, ms, d, owner)
        elif verb != -1:
            if is_irrealis(doc, verb):
                continue
            lovers = _subjects(doc, ms, d, verb)
        else:
            lovers = []
        # "an affair with a man from her choir, Tancred": the name the phrase sets off
        others = [p for w in withs for p in _people_at(doc, ms, d, _named_within(doc, w))]
        if len(lovers) != 1 or len(others) != 1 or lovers[0] == others[0]:
            continue
        sent = doc.sents[t.sent]
        known = any({u.a, u.b} == {lovers[0], others[0]} for u in vf.unions)
        u = _union(vf, lovers[0], others[0])
        if not known:
            u.type = "affair"  # a later marriage of the two ("remarried Ms. Ronja") stays one
        u.evidence.append((toks[sent.start_tok].start, toks[sent.end_tok - 1].end))


def _named_within(doc: StoryDoc, k: int) -> int:
    name = name_within(doc, k)
    return k if name == -1 else name


def _verb_having(doc: StoryDoc, k: int) -> int:
    """The verb an affair noun is had or lived in: "had an affair", "was in an affair", or -1."""
    toks = doc.toks
    t = toks[k]
    if t.dep == "dobj" and toks[t.head].pos in ("VERB", "AUX"):
        return t.head
    prep = toks[t.head]
    if (t.dep == "pobj" and prep.lower == "in" and prep.dep == "prep"
            and toks[prep.head].pos in ("VERB", "AUX")):
        return prep.head
    return -1


_COUPLE_TYPES = {"married": "marriage", "engaged": "engagement", "dating": "dating"}


def _couples_by_noun(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts) -> None:
    """Two people named together and called a couple ("Alaric and Marian, a married couple";
    "X and Y are a married couple") or keeping their anniversary ("X and Y celebrate their
    anniversary"): a union, never from a negated or hypothetical clause."""
    toks = doc.toks
    for t in toks:
        if t.quote != -1 or t.lemma not in ("couple", "anniversary"):
            continue
        if t.lemma == "couple":
            if t.dep == "appos":
                group_head = t.head
            elif t.dep == "attr" and toks[t.head].lemma == "be":
                group_head = next((c for c in toks[t.head].children
                                   if toks[c].dep == "nsubj"), -1)
                if any(toks[c].dep == "neg" for c in toks[t.head].children):
                    continue
            else:
                continue
            mods = {toks[c].lower for c in t.children if toks[c].dep in ("amod", "compound")}
            type_ = next((v for k, v in _COUPLE_TYPES.items() if k in mods), "marriage"
                         if "married" in mods else None)
            if type_ is None:
                continue  # "a young couple" says too little
        else:
            if not any(toks[c].dep == "poss" and toks[c].lower == "their" for c in t.children):
                continue
            verb = t.head
            if toks[verb].pos not in ("VERB", "AUX") or is_irrealis(doc, verb):
                continue
            group_head = verb
            type_ = "marriage"
        if group_head == -1:
            continue
        if t.lemma == "anniversary":
            # "X and Y went out to celebrate their anniversary": the subjects, climbing clauses
            people = _subjects(doc, ms, d, group_head)
        else:
            heads = [group_head] + [c for c in toks[group_head].children
                                    if toks[c].dep == "conj"]
            people = list(dict.fromkeys(p for h in heads for p in _people_at(doc, ms, d, h)))
        if len(people) != 2:
            continue
        sent = doc.sents[t.sent]
        ev = (toks[sent.start_tok].start, toks[sent.end_tok - 1].end)
        u = _union(vf, people[0], people[1])
        u.type = type_ if u.type == "marriage" else u.type
        u.evidence.append(ev)


#: Words after a marriage noun, in its sentence, that tell how it ended.
_ENDINGS = {"divorce": "divorced", "divorced": "divorced", "widowed": "widowed"}


def _marriages_by_noun(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts) -> None:
    """ "Her first marriage, to Ebo Obi, ended in divorce"; in a clinical note the owner may
    go unsaid ("First marriage, to Ebo Obi (1976-1991)"): the note's identified patient."""
    toks = doc.toks
    patient = d.patient()
    for t in toks:
        if t.quote != -1 or t.lemma not in ("marriage", "engagement", "wedding"):
            continue
        tos = [g for c in t.children if toks[c].dep == "prep" and toks[c].lower == "to"
               for g in toks[c].children if toks[g].dep == "pobj"]
        owner = next((c for c in t.children if toks[c].dep == "poss"), -1)
        if not tos and owner != -1 and toks[owner].lower in ("our", "their"):
            pair = _couple_having(doc, ms, d, t.i)  # "Ana and I held our wedding at the lake"
            owners, others = pair[:1], pair[1:]
        else:
            others = [p for g in tos for p in _people_at(doc, ms, d, g)]
            owners = _people_at(doc, ms, d, owner) if owner != -1 else (
                [patient] if patient is not None else [])
        if len(others) != 1:
            continue
        if toks[t.head].pos in ("VERB", "AUX") and is_irrealis(doc, t.head):
            continue
        if len(owners) != 1 or owners[0] == others[0]:
            continue
        sent = doc.sents[t.sent]
        u = _union(vf, owners[0], others[0])
        if t.lemma == "engagement" and u.type == "marriage" and not u.evidence:
            u.type = "engagement"
        ending = next((_ENDINGS[w.lower] for w in toks[t.i:sent.end_tok]
                       if w.lower in _ENDINGS or w.lemma in _ENDINGS), None)
        if ending is not None and u.status == "together":
            u.status = ending
        u.evidence.append((toks[sent.start_tok].start, toks[sent.end_tok - 1].end))


def _couple_having(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The two people of "Ana and I held our wedding": the subject pair of the verb whose
    object is noun ``k`` (else no one)."""
    toks = doc.toks
    verb = toks[k].head
    if toks[k].dep != "dobj" or toks[verb].lemma not in ("have", "hold", "plan", "celebrate"):
        return []
    subj = next((c for c in toks[verb].children if toks[c].dep == "nsubj"), -1)
    if subj == -1:
        return []
    people: list[int] = []
    for x in [subj, *(c for c in toks[subj].children if toks[c].dep == "conj")]:
        for p in _people_at(doc, ms, d, x):
            if p not in people:
                people.append(p)
    return people if len(people) == 2 else []


def _married_fragments(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts) -> None:
    """A note's subjectless "Married to Ada Amo." after a line about someone ("Father: Bartek
    Amo (36), lives in Velmont."): the one the previous sentence of the line is about."""
    toks = doc.toks
    for sent_i, sent in enumerate(doc.sents):
        t = toks[sent.start_tok]
        if (t.lower != "married" or t.quote != -1 or sent_i == 0
                or doc.sents[sent_i - 1].para != sent.para
                or any(toks[c].dep in ("nsubj", "nsubjpass") for c in t.children)
                or is_irrealis(doc, t.i)):
            continue
        tos = [g for c in t.children if toks[c].dep == "prep" and toks[c].lower == "to"
               for g in toks[c].children if toks[g].dep == "pobj"]
        others = [p for g in tos for p in _people_at(doc, ms, d, g)]
        prev = doc.sents[sent_i - 1]
        about = next((m for m in ms if prev.start_tok <= m.head < prev.end_tok
                      and m.kind in ("name", "kin") and m.entity != -1 and m.quote == -1), None)
        if about is None or len(others) != 1:
            continue
        a = d.ents.find(about.entity)
        if a == others[0]:
            continue
        u = _union(vf, a, others[0])
        u.evidence.append((t.start, toks[sent.end_tok - 1].end))


_EARLIER = frozenset(["previous", "prior", "first", "former", "earlier", "last"])


def _earlier_relationships(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts) -> None:
    """ "a daughter, Vivi (9), from his previous relationship with Ulla": an ended union of the
    owner and Ulla, and Ulla the other parent of the child the phrase hangs on."""
    toks = doc.toks
    for t in toks:
        if t.quote != -1 or t.lemma not in ("relationship", "marriage") or not any(
                toks[c].dep == "amod" and toks[c].lower in _EARLIER for c in t.children):
            continue
        owner = next((c for c in t.children if toks[c].dep == "poss"), -1)
        # (a named partner: "her first relationship with a woman" names a kind of partner)
        withs = [g for c in t.children if toks[c].dep == "prep" and toks[c].lower in ("with", "to")
                 for g in toks[c].children if toks[g].dep == "pobj" and toks[g].pos == "PROPN"]
        owners = _people_at(doc, ms, d, owner) if owner != -1 else []
        others = [p for g in withs for p in _people_at(doc, ms, d, g)]
        if len(owners) != 1 or len(others) != 1 or owners[0] == others[0]:
            continue
        a, b = owners[0], others[0]
        u = _union(vf, a, b)
        if u.status == "together":
            u.status = "ended"
        if t.lemma == "relationship" and u.type == "marriage" and not u.evidence:
            u.type = "dating"
        sent = doc.sents[t.sent]
        ev = (toks[sent.start_tok].start, toks[sent.end_tok - 1].end)
        u.evidence.append(ev)
        # the child the phrase is about: "from" hangs on it (or on the verb that has it)
        prep = t.head
        if toks[prep].lower != "from":
            continue
        host = toks[prep].head
        kids = [host, *(c for c in toks[host].children if toks[c].dep in ("dobj", "appos"))]
        for k in kids:
            for kid in _people_at(doc, ms, d, k):
                if kid not in (a, b) and a in d.ents.parents_of(kid):
                    vf.children.append(ChildFact(b, kid, "biological", [ev]))
