"""Personal pronouns as mentions: each pronoun word's kind ("self", "he", "they"...), gender and
number, and which of them are possessive. The finder reads a pronoun from this table alone.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc

PRONOUNS: dict[str, tuple[str, str | None, bool]] = {
    # word: (kind, gender, plural)
    "i": ("self", None, False), "me": ("self", None, False), "my": ("self", None, False),
    "mine": ("self", None, False), "myself": ("self", None, False),
    "we": ("we", None, True), "us": ("we", None, True), "our": ("we", None, True),
    "ours": ("we", None, True), "ourselves": ("we", None, True),
    "he": ("he", "male", False), "him": ("he", "male", False), "his": ("he", "male", False),
    "himself": ("he", "male", False),
    "she": ("she", "female", False), "her": ("she", "female", False),
    "hers": ("she", "female", False), "herself": ("she", "female", False),
    "they": ("they", None, True), "them": ("they", None, True), "their": ("they", None, True),
    "theirs": ("they", None, True), "themselves": ("they", None, True),
    "you": ("you", None, False), "your": ("you", None, False), "yours": ("you", None, False),
    "yourself": ("you", None, False),
}
POSSESSIVE_PRONOUNS = frozenset(["my", "our", "his", "her", "their", "your"])


def _is_nonhuman_they(doc: StoryDoc, k: int) -> bool:
    # "it", "they" for things are common; keep "they" only with a human-looking verb nearby
    return False
