"""Kin nouns joined to names by shapes the apposition rules do not see: what someone has a person
as ("lucky to have Ulla as a wife", "glad to have Orvar for a son": the named object of "have" is
the kin noun after "as"/"for", the subject's own when no other owner is said), and a list of kin
nouns named by a list of names after a comma ("her mom and dad, Ulla and Orvar": in order)."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions.mention import Mention
from genogram.read.mentions.tree import conjuncts


def link_had_as(doc: StoryDoc, ms: list[Mention]) -> None:
    """Join each "have NAME as/for a KIN" kin mention to the name, owned by the subject."""
    toks = doc.toks
    by_head = {m.head: m for m in reversed(ms)}
    for m in ms:
        if m.kind != "kin" or m.plural:
            continue
        t = toks[m.head]
        prep = toks[t.head]
        if t.dep != "pobj" or prep.lower not in ("as", "for") or prep.head == prep.i:
            continue
        up = toks[prep.head]
        if up.lemma == "have":
            verb = up.i
            obj = next((c for c in up.children if toks[c].dep == "dobj"), -1)
        elif up.dep == "dobj" and toks[up.head].lemma == "have":
            verb, obj = up.head, up.i  # the parser hung "as a wife" on the name
        else:
            continue
        named = by_head.get(obj)
        if named is None or named.kind != "name" or named is m:
            continue
        m.same_person(named)
        if m.possessor_tok != -1:
            continue
        owner = by_head.get(_subject_up(doc, verb))
        if owner is not None and owner is not named:
            m.possessor_tok, m.possessor = owner.head, owner.idx


def _subject_up(doc: StoryDoc, verb: int) -> int:
    """The verb's subject, else that of the clause it completes ("Ivo is lucky to have …": the
    one who is lucky, "Ivo wants to have …"); -1 when there is none."""
    toks = doc.toks
    k = verb
    for _ in range(3):
        subj = next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")), -1)
        if subj != -1 or toks[k].dep not in ("xcomp", "acomp") or toks[k].head == k:
            return subj
        k = toks[k].head
    return -1


def pair_kin_with_names(doc: StoryDoc, ms: list[Mention]) -> None:
    """ "visited her mom and dad, Ulla and Orvar": two or more coordinated singular kin nouns,
    a comma, then as many coordinated names; each kin noun is the name in the same place."""
    toks = doc.toks
    by_head = {m.head: m for m in reversed(ms)}
    for m in ms:
        t = toks[m.head]
        if m.kind != "kin" or m.plural or t.dep == "conj" or m.same_as:
            continue
        kins = [m] + [by_head[c] for c in sorted(conjuncts(doc, m.head))
                      if c in by_head and by_head[c].kind == "kin"]
        last = kins[-1].head
        if len(kins) < 2 or last + 2 >= len(toks) or toks[last + 1].text != ",":
            continue
        first = by_head.get(last + 2)
        if first is None or first.kind != "name" or toks[first.head].dep != "conj":
            continue
        names = [first] + [by_head[c] for c in sorted(conjuncts(doc, first.head))
                           if c in by_head and by_head[c].kind == "name"]
        if len(names) != len(kins) or any(k.plural or k.same_as for k in kins):
            continue
        for k, n in zip(kins, names, strict=True):
            k.same_person(n)

