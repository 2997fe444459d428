"""Small questions about the parse that the event rules ask: a verb's particle, whether it is
passive or modal, the verb a noun hangs from, whether a word is a place.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc, Tok
from genogram.read.events.lexicon import _KIN_CARERS, _PLACE_ENTS


def _modal(doc: StoryDoc, k: int) -> bool:
    toks = doc.toks
    return any(toks[c].dep == "aux" and toks[c].lower in ("will", "'ll", "would", "'d", "might",
                                                          "could", "should", "may")
               for c in toks[k].children)


def _noun_tagged_verb(doc: StoryDoc, k: int) -> bool:
    """A verb of the historical present the tagger took for a plural noun after a name: in
    "In 1931 Gottlieb emigrates to Canada" the parse makes "Gottlieb" a compound of "emigrates",
    the sentence's root (or the object of its opening "In"), which has a preposition of its own
    as a verb would."""
    toks = doc.toks
    t = toks[k]
    if t.pos != "NOUN" or t.tag != "NNS" or not t.lower.endswith("s") or not (
            t.dep == "ROOT" or t.dep == "pobj" and toks[t.head].dep == "ROOT"):
        return False
    return any(toks[c].dep == "compound" and c == k - 1 and toks[c].is_title
               for c in t.children) and any(toks[c].dep == "prep" for c in t.children)


def _is_place(doc: StoryDoc, g: int) -> bool:
    """A place name: tagged as one, or a proper name the tagger took for an organisation or a
    product or left untagged ("followed him to Sligo") that is no kin title ("went to Grandma")."""
    w = doc.toks[g]
    if w.ent in _PLACE_ENTS or w.ent == "FAC":
        return True
    if w.pos != "PROPN" or w.ent not in ("ORG", "PRODUCT", "") or (
            w.lower in _KIN_CARERS | _KIN_TITLES):
        return False
    nxt = doc.toks[g + 1] if g + 1 < len(doc.toks) else None
    return not (nxt is not None and nxt.lower in ("'s", "’s"))


#: Kin titles that stand as names ("went to Nana"): people, not places.
_KIN_TITLES = frozenset(["nana", "nonna", "nonno", "granny", "gran", "grandad", "granddad",
                         "abuela", "abuelo", "oma", "opa", "babcia", "mama", "papa", "auntie",
                         "aunty", "uncle", "aunt", "pop", "pops", "mom", "mum", "dad", "daddy"])


def _to_place(doc: StoryDoc, k: int) -> bool:
    """The verb's object or its "for"/"to" object is a place ("left Uruguay", "left for Hobart")."""
    toks = doc.toks
    for c in toks[k].children:
        w = toks[c]
        if w.dep in ("dobj", "npadvmod") and w.ent in _PLACE_ENTS:
            return True
        if w.dep == "prep" and w.lower in ("for", "to") and any(
                toks[g].dep == "pobj" and (_is_place(doc, g) or _of_a_place(doc, g))
                for g in w.children):
            return True
    return False


def _of_a_place(doc: StoryDoc, g: int) -> bool:
    """'the vineyards of Tokaj', 'the mines of Kolar': a common noun of a tagged place."""
    toks = doc.toks
    return any(toks[c].dep == "prep" and toks[c].lower == "of" and any(
        toks[x].dep == "pobj" and toks[x].ent in _PLACE_ENTS for x in toks[c].children)
        for c in toks[g].children)


def _particle(doc: StoryDoc, k: int) -> str:
    """The verb's particle: a ``prt``, an adverb right after it the parse did not call one
    ("moved out"), or a preposition with no object after the verb's object ("took Ana in")."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    prt = next((c.lower for c in kids if c.dep == "prt"), "")
    if prt:
        return prt
    prt = next((c.lower for c in kids if c.dep == "advmod" and c.i == k + 1
                and c.lower in ("out", "in", "away", "back", "up", "off", "down", "along")), "")
    if prt:
        return prt
    # "took Ana in", "dropped out of school": a preposition with no object of its own
    return next((c.lower for c in kids if c.dep == "prep" and c.i > k
                 and c.lower in ("in", "out", "away", "up", "off", "down")
                 and not any(toks[g].dep == "pobj" for g in c.children)), "")


def _time_prep(doc: StoryDoc, c: int) -> bool:
    """A preposition that only dates the verb: "in 1995", "in March", "at nineteen"."""
    toks = doc.toks
    return any(toks[g].dep == "pobj" and (toks[g].ent in ("DATE", "TIME", "CARDINAL")
                                          or toks[g].pos == "NUM") for g in toks[c].children)


def _passive(doc: StoryDoc, k: int) -> bool:
    toks = doc.toks
    return toks[k].tag == "VBN" and (
        any(toks[c].dep in ("nsubjpass", "auxpass") for c in toks[k].children)
        or toks[k].dep == "acl" or toks[toks[k].head].lemma == "get")


def _obj_lemmas(kids: list[Tok]) -> set[str]:
    """The lemmas of the objects and attributes among ``kids``."""
    return {c.lemma for c in kids if c.dep in ("dobj", "attr", "oprd")}


def _governor(doc: StoryDoc, k: int) -> int | None:
    """The verb a noun trigger hangs from ("filed for divorce" -> filed)."""
    toks = doc.toks
    h = k
    for _ in range(3):
        t = toks[h]
        if t.head == h:
            return None
        h = t.head
        if toks[h].pos in ("VERB", "AUX"):
            return h
    return None
