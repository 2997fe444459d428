"""Who owns a kin phrase: "my"/"our"/"X's", an "of" phrase, or the subject of the verb that
brings it in ("They had two daughters", "Anna had a son with Piet")."""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention, conjuncts
from genogram.read.resolve.couples import _couple, _they_pair, our_partners
from genogram.read.resolve.discourse import Discourse, _mention_at, _resolve_one
from genogram.read.resolve.perspective import _narrator, _speaker
from genogram.read.resolve.salience import _clause_subject

_ANCHOR_VERBS = frozenset(["have", "bear", "adopt", "foster", "raise", "welcome", "lose", "deliver", "expect", "give", "bring", "bless", "share", "leave"])
#: Verbs whose subject gains the spouse an indefinite spouse word names: "he took a wife",
#: "found a husband in Arnhem" (not "met a husband at the bar": whose husband is open).
_SPOUSE_FINDING_VERBS = frozenset(["find", "take"])


_OP_OWNER = re.compile(r"OP['\u2019]s\b")


def _possessors(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """Entities that possess a kin phrase: my -> narrator, our -> narrator (+partner), X's -> X."""
    toks = doc.toks
    out: list[int] = []
    if m.possessor == -1 and _OP_OWNER.match(doc.text, m.start):
        # "OP's mom": the original poster's, i.e. the first narrator's (even in an update
        # written by someone else)
        return [d.ents.find(d.narrators[0][1]) if d.narrators else _narrator(doc, d, m.start)]
    if m.possessor != -1:
        pm = ms[m.possessor]
        if pm.entity == -1 and pm.kind not in ("we", "they"):
            _resolve_one(doc, ms, d, pm)
        if pm.kind == "we":
            me = _narrator(doc, d, pm.start) if pm.quote == -1 else _speaker(doc, ms, d, pm.quote)
            if me is not None:
                out.append(me)
                out.extend(our_partners(doc, ms, d, me, pm.start))
                out.extend(_co_subjects(doc, ms, d, pm))
        elif pm.kind == "they":
            out.extend(_they_pair(doc, ms, d, pm, for_child=m.kin is not None
                                  and m.kin.path == "C"))
        elif pm.entity != -1 and not (pm.kind in ("he", "she") and pm.idx in d.unsure_pronouns):
            out.append(d.ents.find(pm.entity))
    elif m.of_tok:
        for t in m.of_tok:
            pm = _mention_at(ms, doc, t)
            if pm is not None:
                if pm.entity == -1:
                    _resolve_one(doc, ms, d, pm)
                if pm.entity != -1:
                    out.append(d.ents.find(pm.entity))
    elif m.kin is not None and not m.title and "widow" not in m.kin.qual:
        # "They had two daughters": the subject of the governing verb is the anchor
        k = m.head
        for _ in range(3):
            k = toks[k].head
            if toks[k].pos in ("VERB", "AUX"):
                break
        if (m.kin.path == "E" and toks[k].dep in ("dep", "conj")
                and toks[toks[k].head].lemma in _SPOUSE_FINDING_VERBS):
            k = toks[k].head  # "He finds a job, then a flat, and then a wife": gapped "finds"
        if (toks[k].lemma in _ANCHOR_VERBS or toks[k].lemma in _SPOUSE_FINDING_VERBS
                and m.kin.path == "E" and not m.definite) and not (
                toks[k].lemma in ("leave", "give") and m.definite) and not _subject_of(
                    doc, m.head, k):
            # (but "left the baby with a sitter", "gave me the baby" is no parent's word, and
            # "the kid has a cold" says nothing of whose kid he is)
            verb = k
            while toks[k].dep == "conj" and toks[k].head != k and not any(
                    toks[c].dep in ("nsubj", "nsubjpass") for c in toks[k].children):
                k = toks[k].head  # "He remarried and had another boy": the first verb's subject
            # "was blessed with a baby girl": the passive subject is the parent
            # (and "Ragni is married and has a daughter": the first verb's passive subject)
            subj = next((c for c in toks[k].children if toks[c].dep == "nsubj"
                         or toks[c].dep == "nsubjpass" and (toks[verb].lemma == "bless"
                                                            or k != verb)), -1)
            if subj == -1 and toks[k].tag == "VBG" and toks[k].dep == "advcl":
                # "He died in 1944, leaving a wife and a son": the subject of the clause it ends
                h = toks[k].head
                subj = next((c for c in toks[h].children if toks[c].dep == "nsubj"), -1)
            if subj != -1 and toks[subj].lemma in ("couple", "pair") and _mention_at(
                    ms, doc, subj) is None:
                pair = _couple(doc, d, m)  # "The couple share one son"
                out.extend(pair or ())
            elif subj != -1:
                sm = _mention_at(ms, doc, subj)
                if sm is None and toks[subj].lower in ("who", "that") and toks[k].dep == "relcl":
                    sm = _mention_at(ms, doc, toks[k].head)  # "a sister who has a son"
                if sm is not None:
                    if sm.kind == "they":  # ("They had a son": a child's parents)
                        out.extend(_they_pair(doc, ms, d, sm, for_child=m.kin.path == "C"))
                    elif sm.kind == "we":
                        me = _narrator(doc, d, sm.start)
                        out.append(me)
                        out.extend(our_partners(doc, ms, d, me, sm.start))
                    else:
                        if sm.entity == -1:
                            _resolve_one(doc, ms, d, sm)
                        if sm.entity != -1:
                            out.append(d.ents.find(sm.entity))
                        # "Mother and Ivo have one son": the second subject is a parent even
                        # when the first could not be placed
                        conj = [c for c in toks[subj].children if toks[c].dep == "conj"]
                        for c in conj:
                            cm = _mention_at(ms, doc, c)
                            if cm is not None:
                                out.extend(_entity_of(doc, ms, d, cm))
            if out and m.kin.path == "C":
                out.extend(_co_parents_with(doc, ms, d, verb, m.head))
    return list(dict.fromkeys(out))


def _subject_of(doc: StoryDoc, tok: int, verb: int) -> bool:
    """Is ``tok`` the subject of ``verb``, or hung under it ("Ivo the kid has…": the parser may
    read "the kid" as the apposition, or even the object, of "Ivo")?"""
    toks = doc.toks
    for _ in range(3):
        if toks[tok].dep in ("nsubj", "nsubjpass") and toks[tok].head == verb:
            return True
        if toks[tok].head in (tok, verb):
            return False
        tok = toks[tok].head
    return False


def _co_parents_with(doc: StoryDoc, ms: list[Mention], d: Discourse, verb: int,
                     kid: int) -> list[int]:
    """"Anna had a son with Piet", "adopted a girl with her wife", "had a son by her first
    husband", "gave Piet a son": the "with"/"by" person, or the one given, is the other parent
    (the parser hangs the preposition on the verb or on the child noun)."""
    toks = doc.toks
    if toks[verb].lemma in ("give", "bear") and toks[kid].lemma != "birth":
        # "she gave Ivo a son", "bore him two daughters": the one given the child is its
        # other parent
        return [p for c in toks[verb].children if toks[c].dep == "dative"
                for pm in [_mention_at(ms, doc, c)]
                if pm is not None and pm.kind not in ("we", "they") and not pm.plural
                for p in _entity_of(doc, ms, d, pm)]
    if toks[verb].lemma not in ("have", "adopt", "expect", "raise", "welcome", "conceive"):
        return []
    out: list[int] = []
    for c in list(toks[verb].children) + list(toks[kid].children):
        # ("had a daughter by a later boyfriend, Tom": "by" names the other parent too)
        if toks[c].dep != "prep" or toks[c].lower != "with" and not (
                toks[c].lower == "by" and toks[verb].lemma == "have"):
            continue
        for g in toks[c].children:
            if toks[g].dep != "pobj":
                continue
            pm = _mention_at(ms, doc, g)
            if pm is not None and pm.kind not in ("we", "they") and not pm.plural:
                out.extend(_entity_of(doc, ms, d, pm))
    return out


def _entity_of(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """The person a mention is (resolving it now if it is not yet), as a list of zero or one."""
    if m.entity == -1:
        _resolve_one(doc, ms, d, m)
    return [d.ents.find(m.entity)] if m.entity != -1 else []


def _co_subjects(doc: StoryDoc, ms: list[Mention], d: Discourse, pm: Mention) -> list[int]:
    """For "our": the others in a coordinated subject with "I" ("Aslak and I raised our daughter")."""
    toks = doc.toks
    subj = _clause_subject(doc, pm.head)
    if subj == -1:
        # "The summer Pirjo and I started school, our parents sold the farm": a pair with "I"
        # earlier in the same sentence
        sent = doc.sents[toks[pm.head].sent]
        subj = next((k for k in range(sent.start_tok, pm.head - 2)
                     if toks[k + 1].lower == "and" and toks[k + 2].text == "I"
                     and _mention_at(ms, doc, k) is not None), -1)
        group = [subj, subj + 2] if subj != -1 else []
    else:
        group = [subj] + conjuncts(doc, subj)
    if subj == -1:
        return []
    if not any(toks[k].lower in ("i", "me") for k in group):
        return []
    out = []
    for k in group:
        om = _mention_at(ms, doc, k)
        if om is None or om.kind in ("self", "we", "they") or toks[k].lower in ("i", "me"):
            continue
        out.extend(_entity_of(doc, ms, d, om))
    return out
