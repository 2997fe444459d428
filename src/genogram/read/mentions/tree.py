"""Walks over the dependency parse that several readers share: a phrase's leftmost token,
coordinated tokens ("Ivy and May"), subtree membership, the antecedent of a relative clause, the
controller of a subjectless clause, and the subject the parser fused with a leading year.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc, governs
from genogram.read.names import is_given_name


def _relative_antecedent(doc: StoryDoc, k: int) -> int:
    """The noun a relative clause hangs on, seen from a token inside it (-1 if none)."""
    toks = doc.toks
    for _ in range(6):
        if toks[k].dep in ("relcl", "acl"):
            x = toks[k].head
            while toks[x].dep == "pobj" and toks[toks[x].head].dep == "prep" and (
                    toks[x].pos == "PROPN" and toks[x].ent in ("GPE", "LOC", "FAC", "ORG", "")
                    and not is_given_name(toks[x].text)):
                x = toks[toks[x].head].head  # "a widower from the coast whose wife"
            if contrasted_appositive(doc, x):
                x = toks[x].head  # "it was Ivo, not his uncle, who drove me home": Ivo
            return x
        if toks[k].head == k:
            return -1
        k = toks[k].head
    return -1


def contrasted_appositive(doc: StoryDoc, k: int) -> bool:
    """Is ``k`` set beside a noun with "not" ("Ivo, not his uncle, who…")? A relative clause
    after it is about that noun, not about ``k``."""
    toks = doc.toks
    h = toks[k].head
    return toks[k].dep == "appos" and h < k and any(
        toks[i].lower == "not" for i in range(h + 1, k))


#: Verbs whose object is who their "on/for -ing" or "to" clause is about ("thanked her for
#: raising his son", "asked him to bring his wife").
_OBJECT_CONTROL = frozenset(["congratulate", "thank", "praise", "blame", "forgive", "scold",
                             "accuse", "punish", "criticize", "criticise", "ask", "tell", "beg",
                             "convince", "persuade", "urge", "encourage", "force", "remind",
                             "invite", "help", "teach", "allow", "want", "expect"])


def controller_of(doc: StoryDoc, verb: int) -> int:
    """Who a subjectless clause ("on becoming a father") is about when an object-control verb
    governs it: that verb's object ("congratulated him on becoming a father"); -1 otherwise
    (a subject's own try or wish, "he never tried to act as my father", says nothing about him)."""
    toks = doc.toks
    if toks[verb].dep not in ("pcomp", "xcomp", "advcl"):
        return -1
    gov = toks[verb].head
    if toks[verb].dep == "pcomp" and toks[gov].pos == "ADP":
        gov = toks[gov].head
    if toks[gov].lemma not in _OBJECT_CONTROL:
        return -1
    # the object may be a kin noun as well as a name or pronoun ("asked his son to fetch")
    return next((c for c in toks[gov].children if toks[c].dep == "dobj"
                 and toks[c].pos in ("PRON", "PROPN", "NOUN")), -1)


def _leftmost(doc: StoryDoc, k: int) -> int:
    left = k
    for c in doc.toks[k].children:
        if c < k:
            left = min(left, _leftmost(doc, c))
    return left


def conjuncts(doc: StoryDoc, k: int) -> list[int]:
    """Tokens coordinated with token ``k`` ("Ivy and May"), nested ones included."""
    out = []
    for c in doc.toks[k].children:
        if doc.toks[c].dep == "conj":
            out.append(c)
            out.extend(conjuncts(doc, c))
    return out


def year_fused_subject(doc: StoryDoc, verb: int) -> int:
    """"In 1980 Koldo married Grainne": the parser makes the name the object of "In 1980"."""
    toks = doc.toks
    for c in toks[verb].children:
        if toks[c].dep != "prep" or c > verb:
            continue
        for o in toks[c].children:
            year = any(toks[n].dep == "nummod" and toks[n].ent == "DATE"
                       for n in toks[o].children)
            # "In 1931 Edvin Lask, a cooper's son, married …": the name may have a surname
            # and an apposition between it and the verb
            between = all(toks[j].pos in ("ADV", "AUX", "PART") or _under(doc, j, o)
                          for j in range(o + 1, verb))
            first = c + 2
            while first < o and toks[first].dep == "compound" and toks[first].head == o:
                first += 1
            if toks[o].dep == "pobj" and toks[o].pos == "PROPN" and first == o and year \
                    and between:
                return o
    # "When Ada died in 1911 Ivo married her cousin": "in 1911 Ivo" hangs on the other clause
    k = verb - 1
    if (k >= 2 and toks[k].pos == "PROPN" and toks[k].dep == "pobj" and toks[k - 1].tag == "CD"
            and toks[k - 1].ent == "DATE" and toks[k - 2].lower in ("in", "by", "until")
            and toks[verb].tag in ("VBD", "VBZ", "VBP")):
        return k
    return -1


def _under(doc: StoryDoc, j: int, top: int) -> bool:
    """Is token ``j`` inside the subtree of token ``top`` (within twelve steps)?"""
    return governs(doc.toks, top, j, 12)
