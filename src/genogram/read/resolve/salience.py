"""Clause roles behind pronoun salience: how prominent a mention's role is, which sentences
count toward distance, the subject of a token's clause, and how far a name leans to a gender."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions import controller_of
from genogram.read.mentions.tree import year_fused_subject
from genogram.read.names import name_stats


def _salience_role(doc: StoryDoc, k: int) -> float:
    """How salient a mention's role is: main-clause subject > other subject > the rest
    (centering: "Jens never called… when Sindre turned seven. He…" -> Jens)."""
    toks = doc.toks
    t = toks[k]
    if t.dep == "pobj" and k + 1 < len(toks) and year_fused_subject(doc, k + 1) == k:
        verb = toks[k + 1]  # "When Ada died in 1911 Ivo married …": Ivo is the subject
    elif t.dep not in ("nsubj", "nsubjpass"):
        return 0.0
    else:
        verb = toks[t.head]
    while verb.dep == "conj" and verb.head != verb.i:
        verb = toks[verb.head]
    if verb.dep == "ROOT" and not _opens_with_subordinator(doc, verb.i):
        return 1.5
    if verb.dep in ("advcl", "relcl", "acl", "ROOT"):
        return -0.5
    return 0.8


_SUBORDINATORS = frozenset(["when", "whenever", "while", "if", "after", "before", "because",
                           "since", "until", "once", "although", "though", "as"])


def _opens_with_subordinator(doc: StoryDoc, verb: int) -> bool:
    """ "When Papa drives nights we stay at …": the small parser can make the opening
    subordinate clause the root; a clause that starts the sentence with "when", "if" or
    "because" is never the main one, so its subject is no more salient than any other."""
    toks = doc.toks
    first = doc.sents[toks[verb].sent].start_tok
    return any(c == first and toks[c].dep in ("advmod", "mark") and toks[c].lower in _SUBORDINATORS
               for c in toks[verb].children)


def _subject_sentences(doc: StoryDoc) -> list[int]:
    """Running count of sentences whose main clause has a subject: a fragment ("Never sent
    money.", "Never a card when Sindre turned seven.") continues the previous sentence's topic,
    so it does not push antecedents away."""
    cached = getattr(doc, "_subject_sents", None)
    if cached is None:
        cached, n = [], 0
        for sent in doc.sents:
            roots = [k for k in range(sent.start_tok, sent.end_tok) if doc.toks[k].dep == "ROOT"]
            if any(doc.toks[c].dep in ("nsubj", "nsubjpass") for r in roots
                   for c in doc.toks[r].children):
                n += 1
            cached.append(n)
        doc._subject_sents = cached  # type: ignore[attr-defined]
    return cached


def _clause_subject(doc: StoryDoc, k: int) -> int:
    """The subject token of the clause a token sits in (-1 if none, or if the token is inside
    the subject phrase itself: "Jaz's cousin Bjarke, the only one on his dad's side, told me")."""
    toks = doc.toks
    seen = {k}
    for _ in range(6):
        h = toks[k].head
        if h == k:
            break
        if (toks[k].lower == "with" and toks[h].dep == "appos" and toks[h].pos == "NOUN"
                and toks[toks[h].head].pos == "PROPN"):
            return toks[h].head  # "Nils Ek, a widower with twin girls of his own": his girls
        k = h
        seen.add(k)
        if toks[k].pos in ("VERB", "AUX"):
            v = k
            ctl = -1 if any(toks[c].dep in ("nsubj", "nsubjpass") for c in toks[v].children) \
                else controller_of(doc, v)
            if ctl != -1 and ctl not in seen:
                return ctl  # "congratulated Nils on becoming a father to his son"
            # "Ilka loves hanging out with her uncle": a subjectless verb takes the subject of
            # the verb it completes
            while toks[v].dep in ("conj", "xcomp") and toks[v].head != v and not any(
                    toks[c].dep in ("nsubj", "nsubjpass") for c in toks[v].children):
                v = toks[v].head
            subjs = [c for c in toks[v].children if toks[c].dep in ("nsubj", "nsubjpass")]
            if not subjs:  # "Ilka loves hanging out": the parser hangs "Ilka" on "loves" (aux)
                subjs = [g for c in toks[v].children if toks[c].dep == "aux"
                         for g in toks[c].children if toks[g].dep in ("nsubj", "nsubjpass")]
            if subjs and seen & set(subjs) and (toks[v].dep in ("ccomp", "xcomp") or (
                    toks[v].dep == "advcl" and toks[toks[v].head].dep == "relcl")):
                # "Ilka let her son spend the night": the phrase is the subject of a complement
                # clause, so "her" looks to the subject of the verb that governs it; and "Ilka,
                # who was born while her father worked abroad" to the one a relative clause
                # describes (but "Mum raised her alone after her father left" is open)
                up = toks[v].head
                outer = [c for c in toks[up].children if toks[c].dep in ("nsubj", "nsubjpass")
                         or toks[c].dep == "npadvmod" and toks[c].pos == "PROPN" and c < up]
                if outer and toks[outer[0]].tag in ("WP", "WDT") and toks[up].dep == "relcl":
                    return toks[up].head
                return outer[0] if outer else -1
            if not subjs or seen & set(subjs):
                return -1
            if toks[subjs[0]].tag in ("WP", "WDT") and toks[v].dep == "relcl":
                return toks[v].head  # "Piet, who stayed with his aunt": the relative's antecedent
            return subjs[0]
    return -1


def _name_lean(name: str | None, gender: str | None) -> float:
    """How far a given name of no sure gender leans to ``gender`` (0 when unknown): "Jordan"
    leans female, so "her" may still take it, but never as surely as a stated gender."""
    if not name or gender not in ("female", "male"):
        return 0.0
    st = name_stats(name.split()[0])
    if st is None or st[0] < 200:
        return 0.0
    p = st[1] if gender == "female" else 1.0 - st[1]
    return max(0.0, min(0.8, (p - 0.5) * 2.0))
