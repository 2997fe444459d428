"""Clause mood: is a cue's clause asserted? Negation ("never called", "no longer speaks",
"stopped speaking") and irrealis (modal, conditional, wished, believed, "going to")."""

from __future__ import annotations

from genogram.read.document import Tok
from genogram.read.emotions.lexicon import (
    BELIEF_HEADS,
    MODALS,
    REFUSE_VERBS,
    STOP_VERBS,
    WISH_HEADS,
)


class ClauseMood:
    """Mixed into ``LinkReader``: the mood of the clause a cue verb heads."""

    toks: list[Tok]

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
        # "died without seeing any of them again"
        if any(toks[c].dep == "prep" and toks[c].lower == "without" for c in [toks[verb].head]) \
                and toks[verb].dep == "pcomp" and any(toks[c].lower == "again"
                                                      for c in toks[verb].children):
            return True
        # "stopped speaking to him", "hasn't bothered to call": the governing verb's negation
        t = toks[verb]
        return bool(t.dep == "xcomp" and toks[t.head].lemma in STOP_VERBS | REFUSE_VERBS)

    def irrealis(self, verb: int) -> bool:
        """Modal, conditional or wished: "if he called", "wanted to fight", "would argue"."""
        toks = self.toks
        k = verb
        for depth in range(4):
            t = toks[k]
            for c in t.children:
                w = toks[c]
                if w.dep == "aux" and w.lower in MODALS:
                    return True
                if w.dep == "mark" and w.lower in ("if", "unless", "whether", "before"):
                    return True
            if depth == 0 and t.quote != -1:
                pass
            if t.dep in ("xcomp", "ccomp", "advcl") and t.head != k:
                h = toks[t.head]
                if h.lemma in WISH_HEADS and t.dep == "xcomp" or h.lemma in ("afraid", "worry"):
                    return True
                if t.dep == "ccomp" and h.lemma in BELIEF_HEADS:
                    return True
                if h.lemma == "go" and h.lower == "going" and any(
                        toks[c].lower == "to" for c in t.children):
                    return True  # "going to fight": future; "went to live with": done
                k = t.head
            else:
                break
        return False
