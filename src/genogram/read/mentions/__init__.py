"""Mentions of people: names (with titles), kin phrases, descriptions, and pronouns.

Each mention knows its character span, its head token, whether it sits inside a quote, and the
cues it carries (gender, a kin term and its possessor, "late", an age). Mentions are found from
spaCy's parse plus our lexicons; resolving them to people is the next step's job.

The package reads one concern a module: :mod:`.mention` (the record and shared word lists),
:mod:`.finder` (the pass over the tokens), :mod:`.pronouns`, :mod:`.name_detection`,
:mod:`.name_cues`, :mod:`.name_mentions`, :mod:`.plausibility`, :mod:`.places`,
:mod:`.nicknames`, :mod:`.abbreviations`, :mod:`.kin`, :mod:`.possessors`, :mod:`.descriptions`,
:mod:`.groups`, :mod:`.apposition_checks`, :mod:`.linking`, :mod:`.tree` and :mod:`.numbers`.
"""

from __future__ import annotations

from genogram.read.mentions.abbreviations import defined_abbreviations
from genogram.read.mentions.finder import find_mentions
from genogram.read.mentions.mention import (
    NAME_SUFFIXES,
    ROLE_LABELS,
    ROLE_NAMES,
    Mention,
    called_just_before,
)
from genogram.read.mentions.name_cues import BIRTH_NAMING_LEMMAS, NAMING_LEMMAS, name_within
from genogram.read.mentions.name_mentions import _known_name_words
from genogram.read.mentions.numbers import number_word
from genogram.read.mentions.possessors import split_owner
from genogram.read.mentions.pronouns import POSSESSIVE_PRONOUNS, PRONOUNS
from genogram.read.mentions.tree import conjuncts, controller_of, year_fused_subject

__all__ = [
    "BIRTH_NAMING_LEMMAS",
    "NAME_SUFFIXES",
    "NAMING_LEMMAS",
    "POSSESSIVE_PRONOUNS",
    "PRONOUNS",
    "ROLE_LABELS",
    "ROLE_NAMES",
    "Mention",
    "_known_name_words",
    "called_just_before",
    "conjuncts",
    "controller_of",
    "defined_abbreviations",
    "find_mentions",
    "name_within",
    "number_word",
    "split_owner",
    "year_fused_subject",
]
