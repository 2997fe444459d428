"""What keeps a trigger from being an event that happened: negation, plans, wishes, conditions,
the future ("never married", "planned to move", "will marry"), a present habit or state ("every
Thursday", "is married to"), a clause that only dates another ("before I was born").
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.events.grammar import _time_prep
from genogram.read.events.lexicon import _IRREALIS_WORDS, _WISH_HEADS, _lem
from genogram.read.verbs import is_irrealis


def _dates_another(doc: StoryDoc, k: int) -> bool:
    """The verb heads a clause that only dates another ("before I was born", "years before I
    came along")."""
    toks = doc.toks
    return toks[k].dep == "advcl" and any(
        toks[c].dep == "mark" and toks[c].lower in ("before", "after", "since", "until", "till")
        for c in toks[k].children)


def _unreal(doc: StoryDoc, k: int) -> bool:
    """Negated, modal, planned, wished or future: no event."""
    toks = doc.toks
    if _as_if(doc, k):
        return True
    outside = _negation_outside(doc, k)
    if not outside and is_irrealis(doc, k) and not _went_to_do(doc, k):
        return True
    if any(toks[c].lower in _IRREALIS_WORDS and c not in outside for c in toks[k].children):
        return True
    for c in toks[k].children:   # "never got married": the negation hangs from the auxiliary
        if toks[c].dep in ("aux", "auxpass") and any(
                toks[g].lower in _IRREALIS_WORDS for g in toks[c].children):
            return True
    h = k
    for _ in range(4):
        t = toks[h]
        if t.dep == "advcl" and any(toks[c].lower in _TIME_MARKS for c in t.children):
            break   # "when he died last March, I thought...": a time clause stands on its own
        if t.dep in ("pcomp",) and toks[t.head].lower in ("about", "of") or t.dep == "ROOT":
            if t.dep == "pcomp":
                return True
            break
        nxt = t.head
        if _semicolon_apart(doc, h, nxt):
            break   # "Ivo died in 2010; his sister has not called since": two sentences in one
        if _lem(toks[nxt]) in _WISH_HEADS and t.dep in ("xcomp", "ccomp", "pcomp", "pobj",
                                                         "acomp", "advcl"):
            return True
        if t.dep in ("xcomp", "ccomp", "conj", "acomp", "pcomp", "pobj", "prep", "advcl",
                     "relcl", "auxpass", "dobj") and any(
                toks[c].lower in ("never", "not", "n't") for c in toks[nxt].children) and t.dep in (
                "xcomp", "ccomp", "acomp"):
            return True
        h = nxt
    return False


def _semicolon_apart(doc: StoryDoc, k: int, head: int) -> bool:
    """A semicolon stands between the clause of ``k`` and its head: the parser often hangs the
    first of two independent clauses from the second, whose negation or modal is not its own."""
    lo, hi = sorted((k, head))
    return any(doc.toks[j].text == ";" for j in range(lo + 1, hi))


def _as_if(doc: StoryDoc, k: int) -> bool:
    """The clause is a comparison with what is not so: "acted like she was pregnant", "as if he
    had died", "as though they were married"."""
    toks = doc.toks
    v = k
    for _ in range(3):   # from an adjective or participle up to its clause's verb
        if toks[v].dep not in ("acomp", "xcomp", "attr", "oprd") or toks[v].head == v:
            break
        v = toks[v].head
    for c in toks[v].children:
        w = toks[c]
        if w.dep == "mark" and (w.lower == "like" or w.lower in ("if", "though") and c > 0
                                and toks[c - 1].lower == "as"):
            return True
    return False


_PRESENT_BE = frozenset(["am", "is", "are", "'m", "'re", "'s"])


def _negation_outside(doc: StoryDoc, k: int) -> set[int]:
    """Negations before the verb's own "when": "(She never wrote.) Not when our father died" or
    "not even after Dad died" deny the other clause; the death took place."""
    toks = doc.toks
    kids = toks[k].children
    marks = [c for c in kids if toks[c].lower in _TIME_MARKS and toks[c].dep in ("mark", "advmod")]
    if not marks:
        return set()
    return {c for c in kids if c < marks[0] and toks[c].lower in ("not", "never", "n't")}


def _present_progressive(doc: StoryDoc, k: int) -> bool:
    """'are moving', 'is getting married', 'am getting divorced'."""
    toks = doc.toks
    t = toks[k]
    kids = [toks[c] for c in t.children]
    if t.tag == "VBG" and any(c.dep == "aux" and c.lower in _PRESENT_BE for c in kids):
        return True
    getting = [c for c in kids if c.dep in ("aux", "auxpass") and c.lower == "getting"]
    if not getting and t.pos == "ADJ" and toks[t.head].lower == "getting":   # "getting married"
        getting = [toks[t.head]]
        kids = [toks[c] for c in toks[t.head].children]
    # "are getting divorced": the parse may hang "are" from "getting" rather than the verb
    kids += [toks[g] for c in getting for g in c.children]
    return bool(getting) and any(c.dep == "aux" and c.lower in _PRESENT_BE for c in kids)


def _no_object(doc: StoryDoc, k: int) -> bool:
    """The verb's object is denied: "had no children", "lost no one"."""
    toks = doc.toks
    return any(toks[c].dep == "dobj" and (toks[c].lower in ("nobody", "none", "nothing")
                                          or any(toks[g].dep == "det" and toks[g].lower == "no"
                                                 for g in toks[c].children))
               for c in toks[k].children)


def _married_now(doc: StoryDoc, k: int) -> bool:
    """'is married to Orla', 'are married': the present state with no time of the wedding."""
    toks = doc.toks
    t = toks[k]
    if t.lower != "married" or t.pos != "ADJ" or toks[t.head].lemma != "be":
        return False
    if toks[t.head].tag not in ("VBZ", "VBP"):
        return False
    return not any(toks[c].dep == "prep" and _time_prep(doc, c)
                   for x in (k, t.head) for c in toks[x].children)


def _habitual(doc: StoryDoc, k: int) -> bool:
    """'every Thursday', 'each summer': a habit, not an event."""
    toks = doc.toks
    stack = [c for c in toks[k].children if toks[c].dep in ("npadvmod", "prep", "advmod")]
    for x in stack[:6]:
        if toks[x].dep == "prep":
            stack += [g for g in toks[x].children if toks[g].dep == "pobj"]
            continue
        if any(toks[g].dep == "det" and toks[g].lower in ("every", "each")
               for g in toks[x].children):
            return True
    return False


def _when_present(doc: StoryDoc, k: int) -> bool:
    """A present-tense clause of time or condition: "when he gets a job", "once she moves"."""
    toks = doc.toks
    t = toks[k]
    dated = any(toks[c].dep == "prep" and any(
        toks[g].text.isdigit() and len(toks[g].text) == 4 for g in toks[c].children)
        for c in t.children)   # "kept house until Aldo dies in 1921": a chronicle's present, a fact
    return t.tag in ("VBZ", "VBP") and t.dep == "advcl" and not dated and any(
        toks[c].lower in ("when", "once", "if", "after", "before", "until", "whenever", "unless")
        or toks[c].dep == "prep" and any(toks[g].lower == "case" for g in toks[c].children)
        for c in t.children)   # ("in case I die": the parse makes "in case" a phrase)


def _caused(doc: StoryDoc, k: int) -> bool:
    """The verb is what someone made or let another do: "made me leave", "let her go"."""
    toks = doc.toks
    t = toks[k]
    return t.dep in ("ccomp", "xcomp") and _lem(toks[t.head]) in (
        "make", "let", "ask", "tell", "force", "have", "want", "beg", "order")


def _went_to_do(doc: StoryDoc, k: int) -> bool:
    """'went to live with her aunt', 'had gone to work at the mill': done, not planned ("was
    going to leave" is planned), unless the going itself is negated or conditional."""
    toks = doc.toks
    t = toks[k]
    if t.dep not in ("xcomp", "advcl") or t.head == k:
        return False
    h = toks[t.head]
    if h.lemma != "go" or h.tag not in ("VBD", "VBN"):
        return False
    return not any(c.dep == "neg" or c.lower in _IRREALIS_WORDS or c.lower in _MODAL_WORDS
                   or c.dep == "mark" and c.lower in ("if", "unless") for c in
                   (toks[x] for x in h.children))


_TIME_MARKS = frozenset(["when", "after", "before", "since", "while", "as", "once", "until",
                         "till"])


_MODAL_WORDS = frozenset(["would", "'d", "might", "could", "should", "may", "must"])


#: Words that make an event noun one still to come: "divorce pending", "the planned wedding".
_NOT_YET = frozenset(["pending", "planned", "proposed", "impending", "upcoming", "possible",
                      "potential", "future", "threatened", "hypothetical", "eventual"])


def _noun_negated(doc: StoryDoc, k: int) -> bool:
    """'no divorce', 'never a wedding', 'divorce pending', 'the divorce is still pending'."""
    toks = doc.toks
    if any(toks[c].lower in ("no", "never") or toks[c].lower in _NOT_YET
           for c in toks[k].children):
        return True
    h = toks[k].head   # "divorce (is) pending": the word may be the noun's own verb
    return toks[k].dep == "nsubj" and (toks[h].lower in _NOT_YET or toks[h].lemma == "be" and any(
        toks[c].lower in _NOT_YET for c in toks[h].children))
