"""Clause mood: is a cue's clause asserted? Negation ("never called", "no longer speaks",
"stopped speaking") and irrealis (modal, conditional, wished, believed, "going to")."""

from __future__ import annotations

from genogram.read.document import StoryDoc, Tok
from genogram.read.emotions.lexicon import (
    BELIEF_HEADS,
    MODALS,
    REFUSE_VERBS,
    STOP_VERBS,
    WISH_HEADS,
)

#: Words that open a yes/no question when the parser does not tag them as auxiliaries.
_QUESTION_OPENERS = frozenset(["did", "does", "do", "was", "were", "is", "are", "has", "have",
                               "had", "would", "could", "will", "can", "should"])


_HEADS = WISH_HEADS | BELIEF_HEADS


def _head_lemma(t: Tok) -> str:
    """The lemma of a governing verb, mending a tagger's slip ("hoped" -> "hop")."""
    if t.lemma in _HEADS:
        return t.lemma
    for cut, add in (("ed", "e"), ("es", "e"), ("ing", "e"), ("s", "")):
        if t.lower.endswith(cut) and (w := t.lower[:-len(cut)] + add) in _HEADS:
            return w
    return t.lemma


class ClauseMood:
    """Mixed into ``LinkReader``: the mood of the clause a cue verb heads."""

    toks: list[Tok]
    doc: StoryDoc

    def negated(self, verb: int) -> bool:
        toks = self.toks
        for c in toks[verb].children:
            w = toks[c]
            if w.dep == "neg" or w.lower in ("never",) or (
                    w.dep in ("dobj", "npadvmod") and w.lower in ("nothing", "none")):
                return True
            if w.dep == "advmod" and w.lower == "longer" and any(
                    toks[g].lower == "no" for g in w.children):
                return True
        # "died without seeing either of them again"
        head = toks[toks[verb].head]
        if head.dep == "prep" and head.lower == "without" and toks[verb].dep == "pcomp" and any(
                toks[c].lower == "again" for c in toks[verb].children):
            return True
        # "stopped speaking to him", "hasn't bothered to call": the governing verb's negation
        t = toks[verb]
        return bool(t.dep == "xcomp" and toks[t.head].lemma in STOP_VERBS | REFUSE_VERBS)

    def conditioned(self, verb: int) -> bool:
        """``verb`` is a condition or the consequence of one: "if he tells anyone, I will
        never talk to him again" is a threat, not a silence that happened."""
        toks = self.toks
        if any(toks[c].dep == "mark" and toks[c].lower in ("if", "unless")
               for c in toks[verb].children):
            return True
        return any(toks[c].dep == "advcl" and any(
            toks[g].dep == "mark" and toks[g].lower in ("if", "unless") for g in toks[c].children)
            for c in toks[verb].children)

    def irrealis(self, verb: int) -> bool:
        """Modal, conditional or wished: "if he called", "wanted to fight", "would argue"."""
        toks = self.toks
        k = verb
        for _ in range(4):
            t = toks[k]
            for c in t.children:
                w = toks[c]
                if w.dep == "aux" and w.lower in MODALS:
                    return True
                if w.dep == "mark" and w.lower in ("if", "unless", "whether", "before"):
                    return True
            if t.dep in ("xcomp", "ccomp", "advcl") and t.head != k:
                h = toks[t.head]
                lemma = _head_lemma(h)
                if lemma in WISH_HEADS and t.dep == "xcomp" or lemma in ("afraid", "worry"):
                    return True
                if t.dep == "ccomp" and lemma in BELIEF_HEADS:
                    return True
                if h.lemma == "go" and h.lower == "going" and any(
                        toks[c].lower == "to" for c in t.children):
                    return True  # "going to fight": future; "went to live with": done
                k = t.head
            else:
                break
        return self.asked(verb)

    def asked(self, verb: int) -> bool:
        """A yes/no question ("Did he ever hit her?"): the sentence opens with an auxiliary
        and ends with a question mark (not a post title like "AITA for ...?")."""
        toks = self.toks
        s = self.doc.sents[toks[verb].sent]
        words = [k for k in range(s.start_tok, s.end_tok) if toks[k].pos != "PUNCT"]
        if not words or not any(toks[k].text == "?" for k in range(verb, s.end_tok)):
            return False
        first = toks[words[0]]
        return first.pos == "AUX" and first.dep == "aux" or first.lower in _QUESTION_OPENERS
