"""Name mentions and their spans: a name's tokens (given name, surname, suffix, hyphenated
parts, a "Min-ho" syllable), its honorific or kin title ("Aunt Lou", "Dr. Harrow"), "late" before
it, where a run-on sentence splits two names, the gender a fused kin noun states, and the name
words the story uses with confidence so their other uses count as names too.
"""

from __future__ import annotations

import re
from collections import Counter

from genogram.read.document import StoryDoc
from genogram.read.lexicon import HONORIFICS, KinTerm, kin_term
from genogram.read.mentions.groups import _in_kin_group
from genogram.read.mentions.mention import (
    _DEAD_ADJ,
    _NOT_NAMES,
    CLERICAL_TITLES,
    NAME_SUFFIXES,
    PET_NAME_WORDS,
    ROLE_NAMES,
    Mention,
)
from genogram.read.mentions.name_cues import (
    _after_kin_comma,
    _after_kin_noun,
    _called_in_a_quote,
    _named_by_copula,
    _said_to_be_kin,
    aged_subject,
)
from genogram.read.mentions.name_detection import _looks_like_name
from genogram.read.mentions.pet_names import in_thing_name, thing_names
from genogram.read.mentions.places import _LANGUAGE_VERBS, _place_object
from genogram.read.mentions.plausibility import _plausible_name
from genogram.read.mentions.possessors import _possessor_of
from genogram.read.mentions.pronouns import POSSESSIVE_PRONOUNS
from genogram.read.name_pairs import possessed_second_name
from genogram.read.names import is_given_name, name_gender


def _late_adverb(doc: StoryDoc, k: int) -> bool:
    """The "late" at ``k`` ends the verb phrase before the name, not a dead person's title: in
    "when Mom worked late Aunt Ivy came over" it follows a verb with no article or possessive."""
    toks = doc.toks
    return toks[k].lower == "late" and k > 0 and toks[k - 1].pos in ("VERB", "AUX") and (
        toks[k - 1].sent == toks[k].sent)


def _hyphen_inside_name(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` the hyphen of a double name ("Voll-Ostby"), with no space around it, or
    the lower-case second syllable of a hyphenated given name ("Min-ho")?"""
    toks = doc.toks
    if 1 < k < len(toks) and _name_syllable(doc, k):
        return True
    return (0 < k < len(toks) - 1 and toks[k].text in ("-", "‑") and toks[k - 1].is_title
            and (toks[k + 1].is_title or _name_syllable(doc, k + 1))
            and toks[k].start == toks[k - 1].end
            and toks[k + 1].start == toks[k].end and toks[k + 1].text.isalpha())


#: Lower-case words that follow a name's hyphen as an English suffix, not a second syllable.
_HYPHEN_WORDS = frozenset(["like", "style", "type", "esque", "ish", "era", "based", "born",
                           "made", "free", "year", "old", "led", "owned", "sized", "ward"])


def _name_syllable(doc: StoryDoc, k: int) -> bool:
    """Token ``k`` is a short lower-case syllable glued by a hyphen to a capitalised given name:
    the "ho" of "Min-ho" (Korean, Chinese and Vietnamese given names are written so)."""
    toks = doc.toks
    t, hy, first = toks[k], toks[k - 1], toks[k - 2]
    return (t.text.isalpha() and t.text.islower() and 2 <= len(t.text) <= 5
            and t.lower not in _HYPHEN_WORDS and kin_term(t.lower) is None
            and hy.text in ("-", "‑") and first.is_title and not first.text.isupper()
            and hy.start == first.end and t.start == hy.end
            and (k + 1 >= len(toks) or toks[k + 1].start > t.end or not toks[k + 1].text[:1].isalpha()))


def _run_on_name(doc: StoryDoc, first: int, k: int) -> bool:
    """Does a new sentence start at token ``k``, inside what looks like one name? "…played catch
    with his dad, Reginald Leocadia and her brother are…": a full stop left out between two given
    names, the second one the subject of what follows (a verb, or "and her/his")."""
    toks = doc.toks
    if possessed_second_name(doc, first, k):
        return True  # "which makes Casimir Eskil's uncle": two people, not one name
    if (k >= 2 and re.fullmatch(r"[A-Z]\.", toks[k - 1].text) and toks[k].text != toks[k - 1].text
            and toks[k - 2].lower.rstrip(".") in HONORIFICS  # "Mr. F.", not "Ivo J. Berg, …"
            and k + 1 < len(toks) and toks[k + 1].text == "," and _title_word_counts(doc)[0][
                toks[k].text] > 1):
        # "We all called him Mr. K. Ulla, who was six, …": the initial closed the
        # sentence, and the word after it is a name the story uses on its own
        return True
    if k != first + 1 or not (is_given_name(toks[first].text) and is_given_name(toks[k].text)):
        return False
    if name_gender(toks[first].text) is None and name_gender(toks[k].text) is None:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or nxt.sent != toks[k].sent:
        return False
    starts_clause = nxt.tag in ("VBZ", "VBD", "VBP", "MD") or (
        nxt.lower == "and" and k + 2 < len(toks) and toks[k + 2].tag in ("PRP$", "NNP"))
    # the first name closes a phrase that began before it ("his dad, Reginald")
    closes = first > 0 and (toks[first - 1].text == "," or kin_term(toks[first - 1].lower)
                            is not None and not toks[first - 1].is_title)
    if not (starts_clause and closes):
        return False
    # a double given name ("Mary Ann") recurs as a pair; a run-on meets each name on its own
    words, pairs = _title_word_counts(doc)
    alone = words[toks[first].text] + words[toks[k].text]
    return pairs[(toks[first].text, toks[k].text)] == 1 and (alone > 2 or nxt.lower == "and")


def _title_word_counts(doc: StoryDoc) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """How often each capitalised word, and each pair of adjacent ones, occurs in the story:
    counted once per story (the run-on check asks for every pair of adjacent names)."""
    cached = getattr(doc, "_title_word_counts", None)
    if cached is None:
        toks = doc.toks
        words: Counter[str] = Counter(t.text for t in toks if t.is_title)
        pairs: Counter[tuple[str, str]] = Counter(
            (a.text, b.text) for a, b in zip(toks, toks[1:], strict=False)
            if a.is_title and b.is_title)
        cached = (words, pairs)
        doc._title_word_counts = cached  # type: ignore[attr-defined]
    return cached


def _known_name_words(doc: StoryDoc) -> set[str]:
    """Words of names found in the story with some confidence (a given name, a tagged person, a
    name with a surname, a name after a kin title: "Uncle Tobes"): another use of the same word
    is the same name, however the tagger labels it there ("Eleni Vlachou" ... "Stelios and
    Eleni had")."""
    out: set[str] = set()
    scratch: set[int] = set()
    for t in doc.toks:
        if t.i in scratch or not t.is_title:
            continue
        looks = _looks_like_name(doc, t.i)
        if t.ent == "PERSON" and t.ent_start and not _place_object(doc, t.i) or looks:
            m = _name_mention(doc, t.i, scratch)
            if m is not None and m.name and (len(m.name.split()) > 1 or t.ent == "PERSON"
                                             or is_given_name(t.text) or m.title is not None
                                             or _names_a_relative(doc, t.i)
                                             or aged_subject(doc, t.i)):
                out.update(w for w in m.name.split()[:1]
                           if len(w) > 2 and w.lower() not in _NOT_NAMES and w[0].isupper())
    return out


#: A note's shorthand that a tagger may take for part of a name
_NOTE_WORDS = frozenset(["hx", "dx", "tx", "sx", "etoh"])


def _names_a_relative(doc: StoryDoc, k: int) -> bool:
    """Is the capitalised word ``k`` set where only a relative's name goes ("a son, Ivo",
    "two sons, Ivo and Bo", "his wife Ulla", "her name was Ulla")? Then it is a name
    wherever else it occurs, however rare the word."""
    t = doc.toks[k]
    return t.pos == "PROPN" and t.lower.rstrip(".") not in HONORIFICS and (
        t.lower not in ROLE_NAMES) and (
        _after_kin_comma(doc, k) or _after_kin_noun(doc, k)
        or t.dep in ("conj", "appos") and _in_kin_group(doc, k) or _named_by_copula(doc, k))


def _kin_title_word(doc: StoryDoc, b: int) -> bool:
    """A kin title inside a run of capitalised words ("Autumn Uncle Ivo") starts a new name."""
    toks = doc.toks
    term = kin_term(toks[b].lower)
    # (a title that ends the run is part of the name: "Big Mama")
    return term is not None and term.title and b + 1 < len(toks) and toks[b + 1].is_title and (
        toks[b + 1].sent == toks[b].sent)


#: Greetings that open a letter before its reader's name.
_SALUTATIONS = frozenset(["dear", "dearest", "hello", "hi", "hey"])


def _name_mention(doc: StoryDoc, k: int, used: set[int], *, known: bool = False
                  ) -> Mention | None:
    toks = doc.toks
    a = k
    # extend over the entity / following capitalised name tokens
    b = k + 1
    while b < len(toks) and toks[b].sent == toks[k].sent and (
            # an entity run over a comma ("her Grandmother, Hedvig") is a title and a name
            (toks[b].ent == "PERSON" and not toks[b].ent_start and toks[b].text != ",")
            or (toks[b].is_title and toks[b].pos == "PROPN" and toks[b].quote == toks[k].quote
                and toks[b].lower not in _NOT_NAMES
                # ("taught Ivo Spanish": a language, no surname; but "Brisa Parish" is one name)
                and not (toks[b].ent == "NORP" and toks[b].dep == "dobj"
                         and toks[toks[b].head].lemma in _LANGUAGE_VERBS))
            or toks[b].lower.rstrip(",") in NAME_SUFFIXES
            or _hyphen_inside_name(doc, b)) and not _run_on_name(doc, k, b) and not (
                _kin_title_word(doc, b)):  # "The Autumn Uncle Ivo Came Home": two words
        b += 1
        if toks[b - 1].lower.rstrip(",") in NAME_SUFFIXES and b - 1 > k:
            break  # "Hesketh Jr. Dad drove": a suffix ends the name (the parser ran on)
    while b > a + 1 and toks[b - 1].lower in ("'s", "'", "s"):
        b -= 1
    # "Jesko Cosmin" where the tagger's PERSON starts at the surname: take the given name too
    while (a > 0 and toks[a - 1].sent == toks[k].sent and toks[a - 1].pos == "PROPN"
           and toks[a - 1].is_title and toks[a - 1].dep == "compound" and toks[a - 1].head >= k
           and toks[a - 1].lower not in _NOT_NAMES and kin_term(toks[a - 1].lower) is None
           and a - 1 not in used and toks[a - 1].lower.rstrip(",") not in NAME_SUFFIXES
           and toks[a - 1].lower.rstrip(".") not in HONORIFICS and toks[k].ent == "PERSON"
           and not _run_on_name(doc, a - 1, a)):
        a -= 1
    # a title before: honorific (Mr.) or kin title (Aunt, Grandma)
    title: KinTerm | None = None
    gender: str | None = None
    deceased = False
    honored = False  # "Dr. B. Harrow": an honorific of no gender still makes a name
    while a > 0 and toks[a - 1].sent == toks[k].sent:
        prev = toks[a - 1]
        low = prev.lower.rstrip(".")
        if prev.is_title and kin_term(prev.lower) is not None and kin_term(prev.lower).title:
            title = kin_term(prev.lower)
            a -= 1
        elif prev.is_title and low in HONORIFICS:
            gender = HONORIFICS[low]
            honored = True
            a -= 1
        else:
            break
    words = [toks[i] for i in range(a, b)]
    # strip kin/honorific words from the entity's own start (spaCy's "Aunt Lou" entity)
    core_toks = []
    for w in words:
        low = w.lower.rstrip(".")
        term = kin_term(w.lower)
        if not core_toks and term is not None and term.title and w.is_title:
            title = term
            continue
        if not core_toks and term is not None and w.is_title and w.i + 1 < b and (
                toks[w.i + 1].is_title) and w.tag != "NNS" and not w.lower.endswith("s") and (
                w.lower not in CLERICAL_TITLES | PET_NAME_WORDS):
            # ("Sister Irmgard" of the church keeps its title; "Baby Jane" is a pet name)
            # "Grandson Orvar (17) is close to pt": a capitalised kin noun before the name is
            # read as its own kin phrase, in apposition
            a = w.i + 1
            continue
        if not core_toks and low in HONORIFICS and w.is_title:
            gender = HONORIFICS[low]
            honored = True
            continue
        if w.text[:1].isalpha() and (w.is_title or w.lower in NAME_SUFFIXES) or (
                core_toks and _hyphen_inside_name(doc, w.i)):
            core_toks.append(w)
        elif core_toks:
            break
    if len(core_toks) > 1 and core_toks[0].text in ("F", "M"):
        core_toks = core_toks[1:]  # a note's "F Ivo Berg": the father's letter, then his name
        a = core_toks[0].i
    if len(core_toks) > 1 and core_toks[0].lower in _NOT_NAMES:
        core_toks = core_toks[1:]  # "Married Ulla in 1982": a note's verb, then the name
        a = core_toks[0].i
    if len(core_toks) > 1 and core_toks[0].lower in _SALUTATIONS:
        core_toks = core_toks[1:]  # "Dear Ulla,": a letter's greeting, then the name
        a = core_toks[0].i
    if title is None and gender is None and _sentence_initial_word_before_name(doc, core_toks):
        core_toks = core_toks[1:]  # "Revisit Siggi's plan": a capitalised verb, then the name
        a = core_toks[0].i
    if (title is not None and title.word in CLERICAL_TITLES and len(core_toks) == 1
            and name_gender(core_toks[0].text) is None):
        # "Father Flanagan", "Sister Immaculata": a priest, a nun, a church elder (but a note's
        # "Father Ivo left" is the father, named)
        title, honored = None, True
    if a > 0 and toks[a - 1].lower in _DEAD_ADJ and not _late_adverb(doc, a - 1):
        deceased = True
    if not core_toks:
        # a kin title used as a name ("Mom", "Dad"): handled as a kin mention
        if title is not None and b - a == 1:
            return None
        if title is None:
            return None
    if len(core_toks) == 1 and kin_term(core_toks[0].lower) is not None:
        return None  # "MIL", "Nana" alone: a kin word, read as one
    if any(_in_day_range(doc, w.i) for w in core_toks):
        return None  # "works Tue-Fri": days of the week, not a person
    if core_toks and title is None and not honored and (
            core_toks[0].lower in thing_names(doc) or in_thing_name(doc, core_toks[0].i)):
        return None  # "a parrot named Quill": an animal's or a boat's name, no person
    if core_toks and not _plausible_name(doc, core_toks, known or honored or title is not None
                                         or gender is not None or _named_by_copula(doc, k)
                                         or _called_in_a_quote(doc, k)
                                         or _said_to_be_kin(doc, core_toks[-1].i)):
        return None
    name = "".join((" " if n and w.start != core_toks[n - 1].end else "") + w.text.rstrip(",")
                   for n, w in enumerate(core_toks)) if core_toks else None
    if name and (name.lower() in _NOT_NAMES or _NOTE_WORDS & set(name.lower().split())):
        return None  # (a note's "Hx EtOH": history of alcohol, no one)
    if name and all(not c.isalpha() for c in name):
        return None
    end_tok = core_toks[-1].i if core_toks else b - 1
    for i in range(a, end_tok + 1):
        used.add(i)
    head = end_tok
    if title is not None and gender is None:
        gender = title.gender
    if gender is None:
        gender = _kin_word_gender(doc, a, head)
    poss = _possessor_of(doc, head)
    if (poss == -1 and title is not None and a >= 1 and toks[a - 1].sent == toks[a].sent
            and toks[a - 1].lower in POSSESSIVE_PRONOUNS):
        poss = a - 1  # "gave her Aunt Hedvig a kiss": "her" parsed as the verb's object
    return Mention(0, toks[a].start, toks[end_tok].end, head, "name", quote=toks[k].quote,
                   name=name, title=title, gender=gender, deceased=deceased,
                   possessor_tok=poss if title is not None else -1)


def _sentence_initial_word_before_name(doc: StoryDoc, core: list) -> bool:
    """ "Revisit Siggi's grief work.": the first word of a sentence, no given name, before a given
    name the story also uses without it, is capitalised as a sentence start, not as a name."""
    if len(core) < 2:
        return False
    first, second = core[0], core[1]
    if doc.sents[first.sent].start_tok != first.i or is_given_name(first.text):
        return False
    if not is_given_name(second.text):
        return False
    words, pairs = _title_word_counts(doc)
    return words[second.text] > pairs[(first.text, second.text)]


def _kin_word_gender(doc: StoryDoc, a: int, head: int) -> str | None:
    """The gender a lowercase kin noun fused onto the name states ("and half-sister Ada Moss",
    "stepfather Ivo"): the parser makes it a compound of the name, and with no possessor it
    may make no kin mention of its own, yet it still says who the named person is."""
    toks = doc.toks
    if a == 0 or toks[a - 1].sent != toks[head].sent or toks[a - 1].is_title:
        return None
    prev = toks[a - 1]
    term = kin_term(prev.lower)
    if term is None or prev.dep != "compound" or not a <= prev.head <= head:
        return None
    return term.gender


def honorific_pairs(doc: StoryDoc, ms: list[Mention]) -> list[Mention]:
    """ "Mr. and Mrs. Roe": the first honorific is a person too, of the same surname. Returns
    the mentions with one added for each such honorific, in text order and renumbered."""
    toks = doc.toks
    starts = {m.start for m in ms}
    added: list[Mention] = []
    for m in ms:
        if m.kind != "name" or m.name is None:
            continue
        a = doc.tok_at(m.start)
        if a < 2 or toks[a].lower.rstrip(".") not in HONORIFICS:
            continue
        first = toks[a - 2]
        low = first.lower.rstrip(".")
        if (toks[a - 1].lower in ("and", "&") and first.is_title and low in HONORIFICS
                and first.sent == toks[a].sent and first.start not in starts):
            added.append(Mention(0, first.start, first.end, first.i, "name", quote=first.quote,
                                 name=m.name, gender=HONORIFICS[low]))
    if not added:
        return ms
    out = sorted(ms + added, key=lambda m: (m.start, -m.end))
    for i, m in enumerate(out):
        m.idx = i
    return out


#: Short names of the days of the week, as notes write them in ranges ("Tue-Fri").
_DAY_ABBREVIATIONS = frozenset(["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
                                "sun"])


def _in_day_range(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` one end of a range of weekdays ("Tue-Fri", "Wed–Sat")? (Some of these
    short forms are given names too, so a lone one stays a name.)"""
    toks = doc.toks
    if toks[k].lower.rstrip(".") not in _DAY_ABBREVIATIONS:
        return False
    for dash, other in ((k - 1, k - 2), (k + 1, k + 2)):
        if 0 <= other < len(toks) and toks[dash].text in ("-", "–") and (
                toks[other].lower.rstrip(".") in _DAY_ABBREVIATIONS):
            return True
    return False
