"""Whether the capitalised words of a candidate name make a person's name, not a heading, an
acronym, a place or institution ("Hallam Hill", "Avenida Libertador"), a job title ("General
Practitioner") or a capitalised common word ("Elbow"); unknown words need a surname, a person's
slot or a second use.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.mentions.groups import _in_kin_group
from genogram.read.mentions.mention import _TAG
from genogram.read.mentions.name_cues import (
    _acts_like_a_person,
    _after_kin_abbreviation,
    _after_kin_comma,
    _after_kin_noun,
    _in_person_slot,
    _person_tagged_actor,
    _what_kin_is,
    subject_goes_on_as_a_person,
)
from genogram.read.names import is_given_name, name_gender

#: Last words of capitalised job titles ("General Practitioner", "Case Worker").
_JOB_WORDS = frozenset(["practitioner", "officer", "worker", "director", "manager", "counselor",
                        "counsellor", "therapist", "nurse", "physician", "specialist",
                        "coordinator", "assistant", "psychologist", "psychiatrist", "consultant",
                        "clinician", "supervisor", "registrar", "surgeon", "advocate"])


#: Last words that make a capitalised phrase a place or an institution, not a person.
_PLACE_WORDS = frozenset(["street", "st", "road", "rd", "avenue", "ave", "lane", "way", "boulevard", "drive", "hill", "hills", "park", "lake", "river", "bay", "beach", "mountain", "hospital", "school", "college", "university", "church", "chapel", "cathedral", "airport", "station", "county", "city", "town", "village", "valley", "island", "islands", "heights", "square", "market", "hotel", "inn", "cafe", "restaurant", "bar", "company", "co", "inc", "ltd", "corp", "bank", "club", "center", "centre", "institute", "prison", "jail", "court", "house", "hall", "mall", "store", "shop", "hardware", "mine", "mines", "hollow", "creek", "farm", "farms", "ranch", "works", "bakery", "pharmacy", "lutheran", "baptist", "methodist", "presbyterian", "episcopal", "catholic", "pentecostal", "memorial", "synagogue", "mosque", "branch", "garage", "motors", "diner", "grocery", "cemetery", "ridge", "falls", "springs", "harbor", "harbour", "plantation", "manor", "gardens", "parish", "pass", "township", "landing", "bluff", "bluffs", "junction", "pub", "tavern", "theatre", "theater", "studio", "academy", "clinic", "goods", "supply", "supplies", "foods", "intercontinental", "international", "airlines"])
_PLACE_FIRST = frozenset(["panadería", "panaderia", "tienda", "avenida", "rua", "calle", "rue", "via", "piazza", "plaza", "saint", "st.", "san", "santa", "mount", "lake", "fort", "port", "new", "north", "south", "east", "west", "upper", "lower"])


def _plausible_name(doc: StoryDoc, core: list, titled: bool) -> bool:
    """A person's name, not a heading ("Marital:"), an acronym ("AITA"), a place ("Hallam Hill",
    "Avenida Libertador") or a capitalised common word ("Elbow")."""
    first, last = core[0], core[-1]
    if len(core) == 1 and len(first.text.rstrip(".")) < 2:
        return False  # an initial or a tag letter ("M"), not a name
    before = doc.toks[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower.rstrip(".") in ("née", "nee", "geb"):
        return False  # "Magna Velk (née Strand)": a maiden surname, not another person
    if before is not None and before.lower == "the" and not titled and (
            last.lower in ("mills", "market", "mill", "works", "yards")
            or last.i + 1 < len(doc.toks) and doc.toks[last.i + 1].pos == "NOUN"
            and doc.toks[last.i + 1].text.islower() and doc.toks[last.i + 1].dep != "appos"):
        return False  # "the Hallberg Mills", "the Aldgate market": a place or a thing
    nxt = doc.text[last.end:last.end + 1]
    if nxt == ":" and len(core) == 1 and not titled:
        return False
    if first.text.isupper() and len(first.text) > 1 and not titled:
        return False
    if len(core) > 1 and (last.lower.rstrip(".") in _PLACE_WORDS or first.lower in _PLACE_FIRST
                          or first.ent in ("GPE", "LOC", "FAC") and last.ent == first.ent
                          and name_gender(first.text) is None):
        return False  # "Hallam Hill", "Calle Mayor", "Tucuman"
    if last.lower in _JOB_WORDS and len(core) > 1:
        return False  # "General Practitioner" under a signature: a job title
    if (len(core) > 1 and last.text.isupper() and len(last.text) <= 4
            and not is_given_name(first.text)):
        return False  # "Cutoff MGM": an acronym after a capitalised word is no surname
    if titled:
        return True
    if not any(is_given_name(w.text) for w in core) and _on_a_heading_line(doc, first, last):
        return False  # "Couples Assessment - Second Session", "Family Therapy, Session 3"
    after = doc.text[last.end:last.end + 8].lstrip()
    if _TAG.match(after):
        return True  # "Veikko (9M)"
    if first.pos == "PROPN" and last.dep in ("nsubj", "nsubjpass") and any(
            doc.toks[c].dep == "conj" and doc.toks[c].pos == "PROPN"
            and is_given_name(doc.toks[c].text) and name_gender(doc.toks[c].text) is not None
            for c in last.children):
        return True  # "Wendeline and Gustavo were inseparable": paired with a known given name
    if is_given_name(first.text):
        return not (first.ent in ("GPE", "LOC", "FAC") and len(core) > 1
                    and name_gender(first.text) is None)
    if (first.pos == "PROPN" or first.pos == "NOUN" and first.dep in ("appos", "conj")) and (
            _in_kin_group(doc, first.i) or _after_kin_comma(doc, first.i)):
        return True  # ("three children: Ovar in 1891, …": the tagger may call the first a noun)
    if first.pos == "PROPN" and (_acts_like_a_person(doc, last.i) or _what_kin_is(doc, last.i)
                                 or _after_kin_abbreviation(doc, first.i)
                                 or subject_goes_on_as_a_person(doc, last.i)):
        return True  # "Marika, a widow at thirty-six, raised the two children"
    if first.pos == "PROPN" and name_gender(first.text) is not None and _in_person_slot(
            doc, last.i):
        return True  # "Jethro kept his word": a rarer given name where a person goes
    if first.ent != "PERSON" and not (len(core) > 1 and last.ent == "PERSON"):
        return False
    if _used_as_common_word(doc, first):
        return False
    # an unknown word tagged PERSON: trust it with a surname, next to another name, or if it recurs
    return (len(core) > 1 or first.dep in ("conj", "appos") or _occurrences(doc, first.text) >= 2
            or _after_kin_noun(doc, first.i)  # "my stepdad Corvin"
            or _person_tagged_actor(doc, first.i))  # "Ebo sailed for Lisbon"


def _on_a_heading_line(doc: StoryDoc, first, last) -> bool:
    """Is the candidate on a title line: a line of three or more words, every one capitalised,
    with no sentence end ("Couples Assessment - Second Session Summary")?"""
    text = doc.text
    start = text.rfind("\n", 0, first.start) + 1
    end = text.find("\n", last.end)
    line = text[start:end if end != -1 else len(text)].strip()
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    return (len(words) >= 3 and not line.endswith((".", "?", "!", ":"))
            and all(w[0].isupper() for w in words))


_SMALL_WORDS = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
                          "by", "with", "from", "as", "but", "is"])


def _only_in_the_title_line(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` in the story's title (its first line, in title case, with no punctuation)
    while its word is never capitalised in the running text? Unlike a heading line (below),
    this drops given names too: a title names no one the story does not name again."""
    cached = getattr(doc, "_title_lines", None)
    if cached is None:
        text = doc.text
        spans, body = [], set()
        for n, (a, b) in enumerate(doc.para_bounds):
            line = text[a:b].strip()
            words = re.findall(r"[A-Za-z][\w'\u2019-]*", line)
            # only the story's first line, and nothing a note's entry has ("Mother: Ana Berg",
            # "- Ana Berg (44), MGM"): no colon, bracket, comma, digit or bullet
            if (n == 0 and 3 <= len(words) <= 12 and line.upper() != line
                    and not re.search(r"[:;,()\d\"\u201c\u201d.!?]", line) and line[:1].isalpha()
                    and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)
                    and sum(w[0].isupper() for w in words) >= 3):
                spans.append((a, b))
            else:
                body |= {w for w in re.findall(r"\b[A-Z][\w'\u2019-]*", line)}
        cached = (spans, body)
        doc._title_lines = cached  # type: ignore[attr-defined]
    spans, body = cached
    t = doc.toks[k]
    return any(a <= t.start < b for a, b in spans) and t.text not in body


def _occurrences(doc: StoryDoc, word: str) -> int:
    """How often ``word`` occurs in the text (as a substring), counted once per word and story:
    the name finder asks for every capitalised candidate, and a scan each time is slow on a book."""
    cache = getattr(doc, "_occurrences", None)
    if cache is None:
        cache = {}
        doc._occurrences = cache  # type: ignore[attr-defined]
    if word not in cache:
        cache[word] = doc.text.count(word)
    return cache[word]


def _used_as_common_word(doc: StoryDoc, t) -> bool:
    """ "Elbow" when the text also says "elbow": a common noun at a sentence start."""
    low = t.text.lower()
    if low == t.text:
        return False
    return re.search(rf"(?<![A-Za-z]){re.escape(low)}(?![A-Za-z])", doc.text) is not None
