"""Whose kin a kin or description phrase names: the possessive on the noun ("her son"), split
owners ("Cara and Ivo's father were"), a possessor shared over a list or a "with" phrase ("her son
and daughter", "a widower with a son"), the owner of a bracketed list, and "of their own".
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.lexicon import kin_term
from genogram.read.names import is_given_name


def _possessor_of(doc: StoryDoc, k: int) -> int:
    toks = doc.toks
    owners = [c for c in toks[k].children if toks[c].dep == "poss"]
    if not owners:
        return -1
    c = owners[0]
    if len(owners) > 1:
        # two possessives on one noun: 'calls her "my baby"' is the speaker's baby, not hers;
        # the nearer one inside the quotation wins (a lone 'his "cousin"' keeps its owner)
        c = max(owners, key=lambda x: (x < k, x))
    split = split_owner(doc, k)
    return split[1] if split is not None else c


_PLURAL_VERB_FORMS = frozenset(["were", "are", "have", "had", "do", "did"])


def split_owner(doc: StoryDoc, k: int) -> tuple[int, int] | None:
    """ "Cara and Ivo's father were never married": two subjects, not one father of both. The
    parser hangs "Cara" as the owner with "Ivo's" coordinated to it; a singular kin noun whose
    verb agrees in the plural shows the first name is a subject of its own. Returns (the first
    name's token, the real owner's token), else None ("Ada and Ivo's son" stays theirs)."""
    toks = doc.toks
    t = toks[k]
    poss = next((c for c in t.children if toks[c].dep == "poss"), -1)
    if poss == -1 or t.tag != "NN" or t.dep not in ("nsubj", "nsubjpass"):
        return None
    owner = next((c for c in toks[poss].children if toks[c].dep == "conj" and any(
        toks[g].tag == "POS" for g in toks[c].children)), -1)
    if owner == -1:
        return None
    verb = toks[t.head]
    forms = [verb.lower] + [toks[c].lower for c in verb.children
                            if toks[c].dep in ("aux", "auxpass")]
    if not any(f in _PLURAL_VERB_FORMS for f in forms) or verb.tag == "VBZ" or any(
            toks[c].lower in ("has", "is", "was") for c in verb.children):
        return None
    return poss, owner


def _listed_possessor(doc: StoryDoc, k: int) -> int:
    """"his father Hugh and grandfather James", read from the surface when the parser hangs the
    second pair elsewhere: a bare kin noun after "and" / "," that follows a possessed kin noun
    (and its name) shares that possessor."""
    toks = doc.toks
    j = k - 1
    if j < 0 or toks[j].lower not in ("and", ",", "or") or toks[j].sent != toks[k].sent:
        return -1
    j -= 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
    while j >= 0 and toks[j].pos == "PROPN" and toks[j].is_title and toks[j].sent == toks[k].sent:
        j -= 1  # the first kin noun's name
    if j >= 0 and toks[j].text == ",":
        j -= 1
    if j < 1 or kin_term(toks[j].lower) is None or toks[j].sent != toks[k].sent:
        return -1
    if toks[k].dep == "appos" and toks[k].head == j and toks[k].is_title:
        return -1  # "Dad's father, Grandpa,": the title names her, it is no second relative
    poss = toks[j - 1]
    if poss.tag == "PRP$":
        return j - 1
    if poss.tag == "POS" and j >= 2:
        return j - 2
    return -1


def _shared_possessor(doc: StoryDoc, k: int) -> int:
    """The possessor a bare kin noun takes from its context, or -1.

    - coordination: "her son and daughter", "Clothilde's son Fridolin and brother Dunja": a kin noun
      with no determiner of its own, joined to a possessed kin noun, shares its possessor;
    - "with": "a man with a wife named Jordan", "Gaute, with two sons": the person the
      "with" phrase hangs on."""
    toks = doc.toks
    t = toks[k]
    if any(toks[c].dep == "poss" for c in t.children):
        return -1
    own_det = any(toks[c].dep == "det" for c in t.children)
    x = t.head if t.dep == "compound" and toks[t.head].pos == "PROPN" else k
    if x != k and _possessor_of(doc, x) != -1:
        return _possessor_of(doc, x)  # "her mother Frances": the parser put "her" on the name
    if toks[x].dep == "conj" and not own_det:
        h = toks[x].head
        if toks[h].dep == "appos" and kin_term(toks[toks[h].head].lower) is not None:
            poss = _possessor_of(doc, toks[h].head)
            if poss != -1:  # "his daughter Solvor and son Tam": the name stands in for
                return poss  # the possessed kin noun it names, so the son is his too
        if (toks[h].pos in ("PROPN", "NOUN") and toks[h].is_title and t.tag == "NN"
                and kin_term(toks[h].lower) is None
                and is_given_name(toks[h].text) and _possessor_of(doc, h) == -1
                and toks[h].dep != "pobj" and not any(toks[c].dep == "prep" for c in t.children)
                and k > 0 and toks[k - 1].lower in ("and", "&")
                and not any(toks[c].dep == "compound" and kin_term(toks[c].lower) is not None
                            for c in toks[h].children)):
            return h  # "Shantel and husband Reginald": the bare kin noun is the first one's
        for _ in range(3):  # the first conjunct holds the possessive
            poss = _possessor_of(doc, h)
            if poss == -1 and toks[h].dep == "compound" and toks[toks[h].head].pos == "PROPN":
                poss = _possessor_of(doc, toks[h].head)
            if poss == -1:
                kin_child = next((c for c in toks[h].children if toks[c].dep == "compound"
                                  and kin_term(toks[c].lower) is not None), -1)
                if kin_child != -1:
                    poss = _possessor_of(doc, kin_child)
            if poss != -1:
                return poss if kin_term(toks[h].lower) is not None or toks[h].pos == "PROPN" \
                    else -1
            if toks[h].dep != "conj":
                break
            h = toks[h].head
        return _listed_possessor(doc, k)
    if t.dep == "pobj" and toks[t.head].lower == "with" and all(
            toks[c].lower in ("a", "an") for c in t.children if toks[c].dep == "det"):
        w = toks[toks[t.head].head]
        for _ in range(3):  # "a boarder, a widower from Tolosa with a son": the appositions
            if w.dep == "appos" and toks[w.head].pos in ("NOUN", "PROPN"):
                w = toks[w.head]
        if w.dep == "attr" and toks[w.head].lemma == "be":
            subj = next((c for c in toks[w.head].children if toks[c].dep == "nsubj"), -1)
            return subj if subj != -1 and toks[subj].pos in ("PROPN", "NOUN") else -1
        if w.pos == "PROPN":
            return w.i
    return -1 if own_det else _listed_possessor(doc, k)


def _bracket_owner(doc: StoryDoc, paren: int) -> int:
    """Whose kin a bracket opening with a kin noun lists: the subject of the clause the bracket
    closes ("Ragna is married (husband Edvin)", "Ole has two sons (Sten and Nils)"), or -1."""
    toks = doc.toks
    k = paren - 1
    for _ in range(4):
        if k < 0 or toks[k].sent != toks[paren].sent:
            return -1
        if toks[k].pos in ("VERB", "AUX") or toks[k].dep == "ROOT":
            return next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")
                         and toks[c].pos in ("PROPN", "PRON", "NOUN")), -1)
        k = toks[k].head if toks[k].head != k else -1
    return -1


def _of_ones_own(doc: StoryDoc, g: int) -> int:
    """The possessive of "of their own" when ``g`` is "own" or the word the parser hung it on
    ("a son of their own, Torben"), else -1."""
    toks = doc.toks
    for o in [g, *toks[g].children]:
        if toks[o].lower == "own" and (o == g or toks[o].dep == "amod"):
            # ("his own, Mats" may hang both "his" and "own" on the name)
            return next((c for c in toks[o].children + toks[g].children
                         if toks[c].dep == "poss"), -1)
    return -1
