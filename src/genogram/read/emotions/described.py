"""A person described by someone: "Client describes her mother as 'my best friend'", "describes
his stepsisters as 'fine, we don't really talk'", "characterized her father as cold". The words
of the "as" phrase (a quote or not) say what the describer's tie to the described is; only
words about a tie count ("my best friend", "distant", "we fight"), not traits alone ("tall",
"funny")."""

from __future__ import annotations

from genogram.read.emotions.lexicon import (
    CLOSE_ADJ,
    CONFLICT_NOUNS,
    CONFLICT_VERBS,
    CONTACT_VERBS,
    DISTANT_ADJ,
    FRIEND_NOUNS,
    FUSED_ADJ,
    HOSTILE_VERBS,
    cue_lemma,
)
from genogram.read.emotions.reader import LinkReader, people_or_teller
from genogram.read.lexicon import kin_term

DESCRIBE_VERBS = frozenset(["describe", "characterize", "characterise", "portray", "depict"])

#: Warm words for a tie ("warm", "supportive"); negated ("never warm") they say distant.
_WARM = frozenset(["warm", "loving", "supportive", "affectionate", "caring", "protective",
                   "rock", "anchor", "everything", "lifeline"]) | CLOSE_ADJ

_HOSTILE = frozenset(["cruel", "hateful", "vicious", "nasty", "spiteful"])

_NEGATORS = frozenset(["not", "n't", "never", "no", "hardly", "barely", "rarely", "seldom"])

#: "basically my other parent", "a second mother": a parent's place, said of a non-parent.
_ORDINALS = frozenset(["other", "second", "real", "true"])


def described_person(r: LinkReader, v: int) -> None:
    """``v`` is a describing verb with a person as its object and an "as" phrase."""
    toks = r.toks
    if r.negated(v) or r.irrealis(v):
        return
    obj = next((c for c in toks[v].children if toks[c].dep == "dobj"), -1)
    if obj != -1:
        described = r.with_conj(obj)
        subs = [p for p in r.subjects(v) if p not in described]
    else:
        # "his wife, Ona, is described by the client as 'civil, never warm'"
        obj = next((c for c in toks[v].children if toks[c].dep == "nsubjpass"), -1)
        if obj == -1:
            return
        described = r.subjects(v)
        subs = [p for p in r.objects(v, ("by",)) if p not in described]
    if not described or not subs:
        return
    s = r.doc.sents[toks[v].sent]
    start = next((k for k in range(obj + 1, s.end_tok) if toks[k].lower == "as"), -1)
    if start == -1:
        return
    words = [toks[k] for k in range(start + 1, min(start + 16, s.end_tok))]
    type_ = _tie_of(words)
    if type_ is not None:
        r.add_pairs(subs[:1], described[:3], type_, v)


def _tie_of(words: list) -> str | None:
    """What the words of an "as" phrase say about a tie, or None: the first cue wins."""
    for j, w in enumerate(words):
        low = w.lower
        negated = any(x.lower in _NEGATORS for x in words[max(0, j - 3):j])
        lemma = cue_lemma(w.lemma, low)
        if low in FUSED_ADJ:
            return "fused"
        if low in _WARM:
            return "distant" if negated else "close"
        if low in FRIEND_NOUNS or (low in ("parent", "mother", "father", "sister", "brother")
                                   and j > 0 and words[j - 1].lower in _ORDINALS):
            return None if negated else "close"
        if low in DISTANT_ADJ:
            return "cutoff" if low == "estranged" else "distant"
        if lemma in CONTACT_VERBS and w.pos in ("VERB", "AUX"):
            if negated:
                return "distant"  # "we don't really talk"
            continue
        if (low in CONFLICT_NOUNS or lemma in CONFLICT_VERBS) and not negated:
            return "conflict"
        if (low in _HOSTILE or lemma in HOSTILE_VERBS) and not negated:
            return "hostile"
        if kin_term(low) is not None and j > 0 and words[j - 1].lower == "like":
            return "close"  # "like a sister"
    return None


#: Words that make a kin title a claim of feeling: "my real dad", "my father in all but name".
_TRUE_KIN = frozenset(["real", "true", "other", "second", "only"])


def kin_title_claimed(r: LinkReader, n: int) -> None:
    """ "Rolf has been my dad since I was four", "I say Rolf is my real dad": a parent
    word given to a stepparent (or, with "real"/"in every way", to anyone not the parent by
    birth) -> close. A plain "Rolf is my dad" of a father is identification, no link."""
    toks = r.toks
    t = toks[n]
    term = kin_term(t.lower)
    if term is None or term.path != "P" or t.dep != "attr" or toks[t.head].lemma != "be":
        return
    v = t.head
    if r.negated(v) or r.irrealis(v):
        return
    owners = [p for c in t.children if toks[c].dep == "poss" for p in people_or_teller(r, c)]
    subs = [p for p in r.subjects(v) if p not in owners]
    if len(owners) != 1 or not subs:
        return
    s = r.doc.sents[t.sent]
    words = {toks[k].lower for k in range(s.start_tok, s.end_tok)}
    emphatic = any(toks[c].lower in _TRUE_KIN for c in t.children) or {"every", "way"} <= words
    for x in subs[:1]:
        if _step_parent(r, x, owners[0]) or (emphatic and not _birth_parent(
                r, x, owners[0], toks[n].start)):
            r.add(x, owners[0], "close", n)


def _step_parent(r: LinkReader, parent: int, child: int) -> bool:
    ents = r.d.ents
    parent, child = ents.find(parent), ents.find(child)
    return any("step" in c.term.qual and (
        (c.term.path == "P" and (ents.find(c.possessor), ents.find(c.referent)) == (child, parent))
        or (c.term.path == "C" and (ents.find(c.possessor), ents.find(c.referent))
            == (parent, child))) for c in ents.claims)


def _birth_parent(r: LinkReader, parent: int, child: int, title: int) -> bool:
    """A parent by a stated claim with no step, adoptive or foster qualifier, other than the
    claim the title at character ``title`` makes itself."""
    ents = r.d.ents
    parent, child = ents.find(parent), ents.find(child)
    return any(not c.term.qual & {"step", "adoptive", "foster", "god", "in-law"}
               and not c.span[0] <= title < c.span[1] and (
        (c.term.path == "P" and (ents.find(c.possessor), ents.find(c.referent)) == (child, parent))
        or (c.term.path == "C" and (ents.find(c.possessor), ents.find(c.referent))
            == (parent, child))) and not c.title_only for c in ents.claims)
