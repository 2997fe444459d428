"""The :class:`Mention` record every finder below fills in, and the word lists they share
(name suffixes, words never a name, the role words and labels clinical notes use for the patient,
the "(34F)" age and sex tag).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from genogram.read.lexicon import KinTerm

NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii", "iv"])
_DEAD_ADJ = frozenset(("late", "deceased", "dead"))
_NOT_NAMES = frozenset(["throwaway", "edit", "update", "aita", "wibta", "tldr", "nta", "yta", "esh", "god", "lord", "jesus", "christ", "mary's", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mine", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter", "thanksgiving", "okay", "ok", "yeah", "hey", "hi", "oh", "please", "thanks", "sorry", "mr", "mrs", "ms", "dr", "pt",
    # sentence adverbs a run-on sentence leaves capitalised before a name ("Sometimes Ylva")
    "sometimes", "usually", "often", "always", "never", "yesterday", "today", "tomorrow",
    "unfortunately", "luckily", "fortunately", "finally", "recently", "meanwhile", "suddenly",
    "afterwards", "later", "then", "also", "still",
    # possessive pronouns a sentence starts with ("Mine and his dad is…"), tagged as a name
    "mine", "yours", "hers", "ours", "theirs",
    # letter closings before the writer's name ("Love, Dad")
    "love", "sincerely", "regards", "xoxo",
    # a note's subjectless verbs before a name ("Married Ulla 1998", "Divorced Ivo 2009",
    # "Refer Ulla to counseling"; not "said", which is also a given name)
    "married", "remarried", "divorced", "widowed", "separated", "refer", "referred",
    "denies", "reports", "states"]) - {"may", "june", "april", "august"}
#: Kin words that are also a cleric's title before a surname ("Sister Irmgard", "Father Quill").
CLERICAL_TITLES = frozenset(["father", "mother", "sister", "brother"])
#: Child words that open pet names rather than kin labels: "Baby Jane", "Girl Friday".
PET_NAME_WORDS = frozenset(["baby", "babe", "girl", "boy", "kid", "child", "sonny"])
#: Role words clinical notes use as a name for the identified patient ("Client reports...").
ROLE_NAMES = frozenset(["client", "patient", "pt", "ip", "consumer", "proband"])


_TAG = re.compile(r"\(\s*(\d{1,3})\s*([MFmf]|NB|nb)?\s*[),;]|\(\s*([MFmf])\s*,?\s*(\d{1,3})\s*\)")
#: An age and sex tag just before a bracketed name (a note's opening "61M (Ebo) seen for …").
TAG_BEFORE = re.compile(r"(?<![\w.])(\d{1,3}) ?([MF])\s*\(\s*$")


@dataclass
class Mention:
    """One mention of a person (or a group of people)."""

    idx: int
    start: int
    end: int
    head: int                     # head token
    kind: str                     # self we you he she they name kin desc
    quote: int = -1
    name: str | None = None       # core name, e.g. "Sigrun", "Arthur Jr."
    title: KinTerm | None = None  # kin title in/as a name: "Aunt Lou", "Mom"
    kin: KinTerm | None = None    # kin phrase: "my husband", "Ebba's husband"
    possessor_tok: int = -1       # token of the possessor of a kin/desc phrase
    possessor: int = -1           # mention index of that possessor (set after all mentions exist)
    of_tok: list[int] = field(default_factory=list)  # "the son of X and Y": tokens X, Y
    noun: str = ""                # head noun of a description ("neighbor")
    gender: str | None = None
    plural: bool = False
    deceased: bool = False
    age: int | None = None
    ordinal: str | None = None    # "first", "second" (his first wife)
    definite: bool = False
    members: list[int] = field(default_factory=list)   # names in apposition to a group
    same_as: list[int] = field(default_factory=list)   # mentions known to co-refer (appos, copula)
    aliases: list[int] = field(default_factory=list)   # another name for the same person ("Bix")
    entity: int = -1
    generic: bool = False         # refers to no one: a denied role ("X is not my mum")
    count: int = 0                # "two daughters" -> 2 (plural kin with a number)

    @property
    def is_pronoun(self) -> bool:
        return self.kind in ("self", "we", "you", "he", "she", "they")

    def same_person(self, other: Mention) -> None:
        """Record, both ways, that ``other`` names the same person (an apposition, a copula)."""
        self.same_as.append(other.idx)
        other.same_as.append(self.idx)

    def not_same_person(self, other: Mention) -> None:
        """Undo :meth:`same_person` (both ways, whichever side holds the link)."""
        if other.idx in self.same_as:
            self.same_as.remove(other.idx)
        if self.idx in other.same_as:
            other.same_as.remove(self.idx)

    def another_name(self, other: Mention) -> None:
        """Record, both ways, that ``other`` is another name of the same person ("Bix")."""
        self.aliases.append(other.idx)
        other.aliases.append(self.idx)

    def not_another_name(self, other: Mention) -> None:
        """Undo :meth:`another_name` (both ways, whichever side holds the link)."""
        if other.idx in self.aliases:
            self.aliases.remove(other.idx)
        if self.idx in other.aliases:
            other.aliases.remove(self.idx)


#: Labels that a note puts before the person it is about ("Client: …"); the note frames read
#: the same labels.
#: "… whom Ivo calls “", "known as ", "calls them ": a title name that follows is what someone
#: calls that person, not a tie the text states
_CALLED_BEFORE = re.compile(r"\b(?:calls?|called|calling|known\s+as|nicknamed)\s+"
                            r"(?:(?:him|her|them)\s+)?[\"\u201c']?$", re.I)


def called_just_before(text: str, start: int) -> bool:
    """Does a calling phrase ("whom Ivo calls “", "known as ") end right before ``start``?"""
    return _CALLED_BEFORE.search(text, max(0, start - 40), start) is not None


ROLE_LABELS = ("IP", "Identified patient", "Identified child", "Identified youth", "Client",
               "Clients", "Pt", "Patient", "Consumer", "Student", "Child", "Youth",
               "Proband")
_CLIENT_LABELS = frozenset([w.split()[-1].lower() for w in ROLE_LABELS] + ["name"])
