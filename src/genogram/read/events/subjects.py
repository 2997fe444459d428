"""Who an event verb's subject is when the parse hides it: hung on an auxiliary ("got
engaged"), on the verb an adjective completes ("got pregnant"), counted by a quantifier ("both
of them died"), stranded as the object of a clause's opener ("since my father, Ivo, passed
away"), or the noun a relative clause describes ("Cato, who had lately got engaged")."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse
from genogram.read.verbs import _people_at, _subjects, people_and_conjuncts


def _subjects_of(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """Subjects, also when the parse hangs them on an auxiliary ("got engaged") or on the verb an
    adjective completes ("got pregnant")."""
    toks = doc.toks
    subs = _stranded_subject(doc, ms, d, k) or _subjects(doc, ms, d, k)
    if subs:
        return subs
    for c in toks[k].children:
        if toks[c].dep in ("aux", "auxpass"):
            for g in toks[c].children:
                if toks[g].dep in ("nsubj", "nsubjpass"):
                    subs += _people_at(doc, ms, d, g)
                    subs += [p for cc in toks[g].children if toks[cc].dep == "conj"
                             for p in _people_at(doc, ms, d, cc)]
    if not subs and (toks[k].dep in ("acomp", "oprd") or toks[k].dep == "advmod" and toks[k].pos
                     == "ADJ") and toks[k].head != k:   # "fell pregnant", parsed as an adverb
        subs = _subjects(doc, ms, d, toks[k].head)
    if not subs:   # "both of them died in 1974": the people the quantifier counts
        subs = _quantified_subject(doc, ms, d, k)
    if not subs:   # "Cato, who had lately got engaged": the one the clause describes
        subs = _relative_subject(doc, ms, d, k)
    if not subs:   # a date line parsed as a first subject ("Date: 03/05/2024 <newline> Ana moved")
        subs = [p for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")
                for p in people_and_conjuncts(doc, ms, d, c)][:2]
    return subs


_QUANTIFIERS = frozenset(["both", "all", "each", "two", "three", "four"])


def _quantified_subject(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The people of "both of them", "all three of my uncles" when that is the verb's subject."""
    toks = doc.toks
    out: list[int] = []
    for c in toks[k].children:
        if toks[c].dep not in ("nsubj", "nsubjpass") or toks[c].lower not in _QUANTIFIERS:
            continue
        for prep in toks[c].children:
            if toks[prep].dep == "prep" and toks[prep].lower == "of":
                out += [p for g in toks[prep].children if toks[g].dep == "pobj"
                        for p in people_and_conjuncts(doc, ms, d, g)]
    return list(dict.fromkeys(out))


#: Words that open a time clause the parse may take for a preposition ("since my father died").
_CLAUSE_OPENERS = frozenset(["since", "after", "before", "until", "till"])


def _stranded_subject(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The subject a misparse left as the object of the clause's opener: in "she has lived
    alone since my father, Ivo, passed away" the parse makes "my father" the object of "since"
    and "passed" a clause with no subject, which would otherwise borrow the main clause's."""
    toks = doc.toks
    t = toks[k]
    if t.dep != "advcl" or t.tag not in ("VBD", "VBZ", "VBP") or any(
            toks[c].dep in ("nsubj", "nsubjpass", "expl") for c in t.children):
        return []
    for c in [*toks[t.head].children, *t.children]:
        if not (toks[c].dep in ("prep", "mark") and toks[c].lower in _CLAUSE_OPENERS and c < k):
            continue
        for g in toks[c].children:
            if toks[g].dep != "pobj" or g > k:
                continue
            last = max(_subtree(doc, g))
            if all(toks[x].pos == "PUNCT" for x in range(last + 1, k)):
                return people_and_conjuncts(doc, ms, d, g)
    return []


def _subtree(doc: StoryDoc, k: int) -> list[int]:
    """The token indices under ``k`` (itself included)."""
    out, stack = [], [k]
    while stack and len(out) < 60:
        x = stack.pop()
        out.append(x)
        stack += doc.toks[x].children
    return out


def _relative_subject(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The noun a relative clause describes when "who" or "that" is the clause's subject."""
    toks = doc.toks
    v = k
    for _ in range(3):
        if toks[v].dep == "relcl":
            break
        if toks[v].dep not in ("acomp", "xcomp", "conj", "oprd") or toks[v].head == v:
            return []
        v = toks[v].head
    rel = [c for c in toks[v].children if toks[c].dep in ("nsubj", "nsubjpass")
           and toks[c].lower in ("who", "that")] if toks[v].dep == "relcl" else []
    if not rel:
        return []
    # "Ana (29), a cook, and Bo (25), who returned ...": the parse may hang the clause on the
    # first of a list; the name right before "who" (past a parenthesis) is the one described
    x = rel[0] - 1
    while x > 0 and (toks[x].pos in ("PUNCT", "NUM") or toks[x].lower in ("(", ")")):
        x -= 1
    if x != toks[v].head and toks[x].pos == "PROPN":
        near = _people_at(doc, ms, d, x)
        if near:
            return near
    return _people_at(doc, ms, d, toks[v].head)
