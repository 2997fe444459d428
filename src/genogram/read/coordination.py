"""Who owns a possessive inside a coordinated phrase: "Dana and her son went out".

Kept apart from :mod:`resolve` so that the rule is small and testable on its own: the pronoun
resolver asks here for the first conjunct when a possessive has no other candidate.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc


def coordinated_owner(doc: StoryDoc, k: int) -> int:
    """The token a possessive pronoun at ``k`` is coordinated with, or -1.

    "Dana and her son went out", "Ask Dana and his sister": the possessive hangs on a noun that
    is a conjunct of another noun; in English the nearest such conjunct is the one the
    possessive points back to when nothing else in the discourse fits it. Only the noun
    directly coordinated counts (not a conjunct of a conjunct), and only when it comes first.
    """
    toks = doc.toks
    if not 0 <= k < len(toks) or toks[k].dep != "poss":
        return -1
    noun = toks[k].head
    if noun == k or toks[noun].dep != "conj":
        return -1
    first = toks[noun].head
    if first == noun or first >= k or toks[first].pos not in ("PROPN", "NOUN"):
        return -1
    # "Dana and her son": only "and" (or a comma) between the first conjunct and the phrase
    between = [toks[j].lower for j in range(first + 1, k)]
    if not between or any(w not in ("and", ",") for w in between):
        return -1
    return first
