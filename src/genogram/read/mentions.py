"""Mentions of people: names (with titles), kin phrases, descriptions, and pronouns.

Each mention knows its character span, its head token, whether it sits inside a quote, and the
cues it carries (gender, a kin term and its possessor, "late", an age). Mentions are found from
spaCy's parse plus our lexicons; resolving them to people is the next step's job.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from genogram.read.document import StoryDoc
from genogram.read.lexicon import (
    FEMALE_NOUNS,
    HONORIFICS,
    HUMAN_NOUNS,
    MALE_NOUNS,
    KinTerm,
    kin_term,
)
from genogram.read.name_pairs import possessed_second_name
from genogram.read.names import is_given_name, name_gender

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
NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii", "iv"])
_DEAD_ADJ = frozenset(("late", "deceased", "dead"))
_NOT_NAMES = frozenset(["throwaway", "edit", "update", "aita", "wibta", "tldr", "nta", "yta", "esh", "god", "lord", "jesus", "christ", "mary's", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "mine", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter", "thanksgiving", "okay", "ok", "yeah", "hey", "hi", "oh", "please", "thanks", "sorry", "mr", "mrs", "ms", "dr",
    # sentence adverbs a run-on sentence leaves capitalised before a name ("Sometimes Ylva")
    "sometimes", "usually", "often", "always", "never", "yesterday", "today", "tomorrow",
    "unfortunately", "luckily", "fortunately", "finally", "recently", "meanwhile", "suddenly",
    "afterwards", "later", "then", "also", "still",
    # possessive pronouns a sentence starts with ("Mine and his dad is…"), tagged as a name
    "mine", "yours", "hers", "ours", "theirs"]) - {"may", "june", "april", "august"}
#: Role words clinical notes use as a name for the identified patient ("Client reports...").
ROLE_NAMES = frozenset(["client", "patient", "pt", "ip", "consumer"])
_ENDEARMENTS = frozenset(["baby", "babies", "kid", "kids", "child", "boy", "girl", "sonny"])
_BRACKETED = re.compile(r"\s*[(\[]\s*[\"'\u201c\u2018]?([A-Z][\w\u2019'-]*)")
_KNOWN_AS = re.compile(r",?\s*(?:also\s+|better\s+)?known\s+as\s+[\"'\u201c\u2018]?([A-Z][\w\u2019'-]*)")
_PLACE_PREPS = frozenset(["to", "in", "from", "at", "near", "into", "outside", "across", "toward", "towards"])
_THEY_THEM = re.compile(r"[^.\n]{0,40}?\bthey\s*/\s*them\b", re.I)
_TAG = re.compile(r"\(\s*(\d{1,3})\s*([MFmf]|NB|nb)?\s*[),;]|\(\s*([MFmf])\s*(\d{1,3})\s*\)")


@dataclass
class Mention:
    """One mention of a person (or a group of people)."""

    idx: int
    start: int
    end: int
    head: int                     # head token
    kind: str                     # self we you he she they name kin desc
    quote: int = -1
    name: str | None = None       # core name, e.g. "Brita", "Arthur Jr."
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
    generic: bool = False
    count: int = 0                # "two daughters" -> 2 (plural kin with a number)

    @property
    def is_pronoun(self) -> bool:
        return self.kind in ("self", "we", "you", "he", "she", "they")


def _kin_at(doc: StoryDoc, k: int) -> tuple[KinTerm | None, int]:
    """The kin term whose last token is ``k`` (multi-word: "mother-in-law", "half sister")."""
    toks = doc.toks
    best: tuple[KinTerm | None, int] = (None, k)
    for width in range(5, 0, -1):
        a = k - width + 1
        if a < 0 or toks[a].sent != toks[k].sent:
            continue
        words = doc.text[toks[a].start:toks[k].end]
        term = kin_term(words)
        if term is None and "-" in words:
            term = kin_term(words.replace(" ", ""))
        if term is not None:
            return term, a
    return best


def _starts_hyphenated_kin(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` the first part of a longer hyphenated kin word ("mother-in-law")?"""
    toks = doc.toks
    if k + 2 >= len(toks) or toks[k + 1].text not in ("-", "‑"):
        return False
    for j in range(k + 2, min(k + 5, len(toks))):
        if toks[j].sent != toks[k].sent:
            break
        if kin_term(doc.text[toks[k].start:toks[j].end].replace(" ", "")) is not None:
            return True
    return False


def find_mentions(doc: StoryDoc) -> list[Mention]:
    """All person mentions in text order."""
    toks = doc.toks
    out: list[Mention] = []
    used: set[int] = set()

    def add(m: Mention) -> Mention:
        m.idx = len(out)
        out.append(m)
        return m

    known = _known_name_words(doc)
    abbrs = defined_abbreviations(doc)
    for t in toks:
        if t.i in used:
            continue
        low = t.lower
        if t.text in abbrs and t.start > abbrs[t.text][1]:
            # "the identified patient (IP) … IP reports": the abbreviation names that person
            add(Mention(0, t.start, t.end, t.i, "name", quote=t.quote, name=t.text))
            continue
        # --- pronouns
        if low in PRONOUNS and (t.pos in ("PRON", "DET") or low in ("i", "my")):
            kind, gender, plural = PRONOUNS[low]
            if low == "her" and t.pos == "DET":
                pass
            if kind == "they" and _is_nonhuman_they(doc, t.i):
                continue
            add(Mention(0, t.start, t.end, t.i, kind, quote=t.quote, gender=gender,
                        plural=plural))
            continue
        # --- names (spaCy PERSON entities, or capitalised given names)
        recurring = (t.text in known and t.is_title and t.i not in used
                     and not _place_object(doc, t.i) and kin_term(low) is None)
        if (t.ent == "PERSON" and t.ent_start and not _place_object(doc, t.i)
                and not _names_a_thing(doc, t.i) or recurring or _looks_like_name(doc, t.i)):
            m = _name_mention(doc, t.i, used, known=recurring or _after_client_label(doc, t.i)
                              or t.pos == "PROPN" and (_parent_of_counted_kin(doc, t.i)
                                                       or _listed_after_colon(doc, t.i)
                                                       or _born_in_a_had_list(doc, t.i)
                                                       or _kin_then_aged_name(doc, t.i)))
            if m is not None:
                add(m)
                continue
        # --- kin words and human nouns
        if t.pos in ("NOUN", "PROPN") or (t.is_title and kin_term(low)) or (
                t.pos in ("ADJ", "VERB") and t.i > 0 and toks[t.i - 1].tag in ("PRP$", "POS")
                and kin_term(low)):  # "his aunt Ulla", "her sibling Ivo" tagged ADJ or VERB
            term, a = _kin_at(doc, t.i)
            if term is not None and _starts_hyphenated_kin(doc, t.i):
                continue  # "ex" of "ex-husband", "mother" of "mother-in-law": read at the end
            if term is not None and not _is_compound_modifier(doc, t.i):
                m = _kin_mention(doc, t.i, a, term)
                if m is not None:
                    add(m)
                continue
            if low in HUMAN_NOUNS or t.lemma in HUMAN_NOUNS or _unnamed_spouse(doc, t.i):
                m = _desc_mention(doc, t.i)
                if m is not None:
                    add(m)
    out = _fuse_quoted_nicknames(doc, out)
    _link_syntax(doc, out)
    _link_abbreviations(doc, out, abbrs)
    return out


#: "the identified patient (IP)", "referred client (RC)": a capitalised abbreviation in
#: brackets right after the words it stands for
_ABBR_DEF = re.compile(r"\(([A-Z]{2,4})\)")


def defined_abbreviations(doc: StoryDoc) -> dict[str, tuple[int, int]]:
    """Abbreviations a text defines in brackets, with the span of their first definition, when
    the brackets follow a lower-case word (a description, not a name: "Ana Ortas (AR)" is rare
    and "(MGM)" after "maternal grandmother" is fine either way)."""
    out: dict[str, tuple[int, int]] = {}
    for hit in _ABBR_DEF.finditer(doc.text):
        before = doc.text[max(0, hit.start() - 40):hit.start()].rstrip()
        if before and (before[-1].isalpha() and before.split()[-1].islower()) and (
                hit.group(1).lower() not in ROLE_NAMES):  # "IP" has its own reading
            out.setdefault(hit.group(1), (hit.start(), hit.end()))
    return out


def _link_abbreviations(doc: StoryDoc, ms: list[Mention],
                        abbrs: dict[str, tuple[int, int]]) -> None:
    """Each use of a defined abbreviation is the person the words before its brackets name."""
    for abbr, (a, _b) in abbrs.items():
        owner = next((m for m in reversed(ms) if m.end <= a and not doc.text[m.end:a].strip()
                      and m.kind in ("desc", "kin", "name")), None)
        if owner is None:
            continue
        for m in ms:
            if m is not owner and m.kind == "name" and m.name == abbr and m.start > a:
                m.aliases.append(owner.idx)  # another name for the same person
                owner.aliases.append(m.idx)


#: A quoted nickname between a given name and a surname: ' "Wiga" ', ' “Kip” '.
_QUOTED_NICK = re.compile(r"\s+[\"\u201c\u2018]([A-Z][\w\u2019'-]*)[\"\u201d\u2019]\s+")


def _late_adverb(doc: StoryDoc, k: int) -> bool:
    """The "late" at ``k`` ends the verb phrase before the name, not a dead person's title: in
    "when Mom worked late Aunt Ivy came over" it follows a verb with no article or possessive."""
    toks = doc.toks
    return toks[k].lower == "late" and k > 0 and toks[k - 1].pos in ("VERB", "AUX") and (
        toks[k - 1].sent == toks[k].sent)


def _hyphen_inside_name(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` the hyphen of a double name ("Lund-Ostby"), with no space around it, or
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


def _surname_at(doc: StoryDoc, pos: int) -> int:
    """The last token of a one-word or hyphenated surname starting at character ``pos``
    ("Brzozowska", "Lund-Ostby"), or -1."""
    toks = doc.toks
    k = doc.tok_at(pos)
    if k < 0 or toks[k].start != pos or not toks[k].is_title or not toks[k].text.isalpha():
        return -1
    while (k + 2 < len(toks) and toks[k + 1].text in ("-", "‑") and toks[k + 1].start == toks[k].end
           and toks[k + 2].start == toks[k + 1].end and toks[k + 2].is_title):
        k += 2
    return k


def _fuse_quoted_nicknames(doc: StoryDoc, ms: list[Mention]) -> list[Mention]:
    """ 'Hedwiga "Wiga" Brzozowska': one person whose name is the given name and the surname,
    and whose nickname is the quoted word between them (not two or three people)."""
    toks = doc.toks
    out: list[Mention] = []
    pairs: list[tuple[Mention, Mention]] = []
    i = 0
    while i < len(ms):
        first = ms[i]
        hit = _QUOTED_NICK.match(doc.text, first.end) if (
            first.kind == "name" and first.name and first.title is None) else None
        rest = [m for m in ms[i + 1:i + 3] if m.kind == "name"] if hit else []
        sur = _surname_at(doc, hit.end()) if hit else -1
        if hit is None or sur == -1 or toks[first.head].sent != toks[sur].sent:
            out.append(first)
            i += 1
            continue
        k = doc.tok_at(hit.start(1))
        nick = next((m for m in rest if m.start == hit.start(1)), None) or Mention(
            0, hit.start(1), hit.end(1), k, "name", quote=toks[k].quote, name=hit.group(1))
        first.name = f"{first.name} {doc.text[hit.end():toks[sur].end]}"
        first.end, first.head = toks[sur].end, sur
        out += [first, nick]
        pairs.append((first, nick))
        i += 1
        while i < len(ms) and ms[i].start < first.end:
            i += 1  # the nickname and the surname, if they were read as names of their own
    if not pairs:
        return ms
    for n, m in enumerate(out):
        m.idx = n
    for first, nick in pairs:
        first.aliases.append(nick.idx)
        nick.aliases.append(first.idx)
    return out


#: Last words of capitalised job titles ("General Practitioner", "Case Worker").
_JOB_WORDS = frozenset(["practitioner", "officer", "worker", "director", "manager", "counselor",
                        "counsellor", "therapist", "nurse", "physician", "specialist",
                        "coordinator", "assistant", "psychologist", "psychiatrist", "consultant",
                        "clinician", "supervisor", "registrar", "surgeon", "advocate"])

#: Common nouns whose "of X" names a place: "the island of Leros", "the village of Carvoeiro".
_PLACE_NOUNS = frozenset(["island", "town", "city", "village", "province", "county", "state",
                          "region", "valley", "coast", "port", "parish", "district", "country",
                          "kingdom", "republic", "hamlet", "suburb", "borough", "municipality",
                          "outskirts", "shore", "bay", "mountain", "hills"])

_MOTION_VERBS = frozenset(["move", "go", "come", "travel", "emigrate", "immigrate", "sail", "fly", "drive", "return", "relocate", "leave", "flee", "head", "walk", "ride", "follow"])


#: Nouns and verbs whose "from X" names a person: "a letter from Jo", "heard from Jo".
_FROM_SOMEONE = frozenset(["letter", "call", "message", "gift", "card", "note", "visit", "email", "text", "package", "present", "word", "news", "inherit", "hear", "receive", "get", "borrow", "learn", "apart", "away", "separate", "divorce"])


def _place_object(doc: StoryDoc, k: int) -> bool:
    """ "in Viseu", "at Knock": the object of a place preposition, not a known given name."""
    t = doc.toks[k]
    if (t.dep == "compound" and t.head > k and doc.toks[t.head].pos == "PROPN"
            and not is_given_name(t.text)):
        return _place_object(doc, t.head)  # "born in Shek Pui": the first word of the place
    if (t.dep == "appos" and doc.toks[t.head].dep == "pobj" and t.head != k
            and doc.toks[t.head].pos == "PROPN" and not is_given_name(doc.toks[t.head].text)
            and kin_term(doc.toks[t.head].lower) is None):  # "from her Grandma, Ilse": a name
        return _place_object(doc, t.head)  # "born in Tarbes, France"
    if t.dep != "pobj":
        return False
    if (k + 2 < len(doc.toks) and doc.toks[k + 1].text == "," and is_given_name(t.text)
            and _possessed_kin_follows(doc, k + 2)):
        return False  # "went to Ivo, her father": a person, whatever the verb
    prep = doc.toks[t.head]
    first = k
    while first - 1 > prep.i and doc.toks[first - 1].dep == "compound" and (
            doc.toks[first - 1].head == k):
        first -= 1  # "In 1946 Tomé Medeiros married …": the given name before the surname
    if any(doc.toks[c].dep == "nummod" and doc.toks[c].ent == "DATE" for c in t.children) and (
            prep.i + 2 == first and prep.head > k and (
                doc.toks[prep.head].pos in ("VERB", "AUX") or doc.sents[t.sent].start_tok == prep.i)):
        return False  # "In 1980 Koldo married Maeve": the year and the subject run together
    if prep.lower in ("in", "at", "near", "into", "outside", "across", "toward", "towards",
                      "above", "below", "beyond", "around", "outside", "off", "along"):
        return True  # "stay with her in Lisieux", "a farmhouse above Bermeo"
    if prep.lower == "of" and doc.toks[prep.head].lemma in _PLACE_NOUNS:
        return True  # "the island of Leros", "the town of Arcos"
    if prep.lower == "from" and doc.toks[prep.head].lemma not in _FROM_SOMEONE:
        return True  # "drove over from Dubuque", "a son from Carvoeiro" (not "a letter from Jo")
    # "sailed for New Haven", "moved to Tonopah", "came from Hull", "went back to Leros"
    head = doc.toks[prep.head]
    if head.lower in ("back", "home", "out", "over", "down", "up") and head.dep == "advmod":
        head = doc.toks[head.head]
    if prep.lower in ("to", "from", "for") and head.lemma in _MOTION_VERBS:
        return True
    return prep.lower == "from" and not is_given_name(t.text)  # "a whaler's son from Carvoeiro"


def _unnamed_spouse(doc: StoryDoc, k: int) -> bool:
    """ "married a schoolteacher", "she wed a sailor from Cork": whatever the noun, the one
    married is a person, unless a name set off in the phrase names them ("married a welder
    from Derby, Lorcan Gudrun")."""
    toks = doc.toks
    t = toks[k]
    if t.pos != "NOUN" or t.dep != "dobj" or t.tag in ("NNS", "NNPS"):
        return False
    verb = toks[t.head]
    if verb.lemma not in ("marry", "wed", "remarry") or not any(
            toks[c].lower in ("a", "an") for c in t.children):
        return False
    return name_within(doc, k) == -1


#: Verbs that give a person a name at birth ("named her Ilka", "christened him Piet")
BIRTH_NAMING_LEMMAS = frozenset(["name", "baptize", "baptise", "christen"])
NAMING_LEMMAS = BIRTH_NAMING_LEMMAS | {"call"}


def name_within(doc: StoryDoc, c: int) -> int:
    """The token of a name that a described phrase at ``c`` sets off further on, or -1: "a welder
    from Derby, Ivo Quist" (the parse may hang the name on the place), "a quiet dentist named
    Paul Stone". Looks three steps down through prepositions, appositions and participles."""
    toks = doc.toks
    stack, seen = [(c, 0)], 0
    while stack and seen < 16:
        x, depth = stack.pop()
        seen += 1
        w = toks[x]
        if x != c and w.pos == "PROPN" and (
                w.dep == "appos" or w.dep == "oprd" and toks[w.head].lemma in NAMING_LEMMAS):
            return x
        if depth < 3:
            stack += [(g, depth + 1) for g in w.children
                      if toks[g].dep in ("prep", "pobj", "appos", "acl", "oprd", "compound",
                                         "amod")]
    return -1


def _names_a_thing(doc: StoryDoc, k: int) -> bool:
    """ "the Hallam place", "a Lego set": a name modifying a common noun with an article."""
    t = doc.toks[k]
    head = doc.toks[t.head]
    return (t.dep == "compound" and head.pos == "NOUN" and head.text.islower()
            and kin_term(head.lower) is None and head.lemma not in HUMAN_NOUNS
            and any(doc.toks[c].lower in ("the", "a", "an") for c in head.children))


def _is_nonhuman_they(doc: StoryDoc, k: int) -> bool:
    # "it", "they" for things are common; keep "they" only with a human-looking verb nearby
    return False


def _is_compound_modifier(doc: StoryDoc, k: int) -> bool:
    """'sister' in 'sister Bodil' is part of the name mention; 'baby' in 'baby shower' is not kin."""
    t = doc.toks[k]
    if any(doc.toks[c].dep == "poss" for c in t.children):
        return False  # "fixed her husband Clarence spaghetti": a possessed kin noun is a person
    head = doc.toks[t.head]
    if head.is_title and head.i > 0 and head.sent == doc.toks[head.i - 1].sent:
        return False  # "his granddaughter Imke" with the name tagged a common noun
    return bool(t.dep == "compound" and head.pos in ("NOUN",) and not kin_term(head.lower))


def _looks_like_name(doc: StoryDoc, k: int) -> bool:
    t = doc.toks[k]
    if not t.is_title or t.lower in _NOT_NAMES:
        return False
    if (k + 2 < len(doc.toks) and doc.toks[k + 1].lower == "and"
            and doc.toks[k + 2].tag == "PRP$" and is_given_name(t.text)
            and name_gender(t.text) is not None):
        return True  # "Frances and her husband": however the tagger took the name
    if _after_client_label(doc, k):
        return True  # "Client: Hedwiga Zielinska, 34": the one a note is about, named first
    if _named_by_copula(doc, k):
        return is_given_name(t.text) or t.pos == "PROPN"  # "Her name is Marian."
    nxt = doc.toks[k + 1] if k + 1 < len(doc.toks) else None
    if (_sentence_initial(doc, k) and nxt is not None and nxt.tag == "NNS" and nxt.dep == "ROOT"
            and nxt.text.islower() and t.head == nxt.i and is_given_name(t.text)
            and name_gender(t.text) is not None):
        return True  # "Ulla treasures her son", "Ulla talks to her son": the verb read as a noun
    if t.pos not in ("PROPN", "NOUN"):
        # the small tagger calls a sentence-initial name an adverb or adjective ("Irene's
        # sister"): a known given name in a person's slot is still a name
        return (t.pos in ("ADV", "ADJ", "X", "INTJ", "VERB") and is_given_name(t.text)
                and name_gender(t.text) is not None
                and (t.dep in ("poss", "nsubj", "nsubjpass", "appos", "conj", "csubj")
                     or _after_kin_noun(doc, k)  # "took his daughter Ulla out" (Ulla a verb)
                     or nxt is not None and nxt.text in ("'s", "’s", "'")
                     # "Petra and her son": the name pairs with a possessed phrase
                     or nxt is not None and nxt.lower == "and" and k + 2 < len(doc.toks)
                     and doc.toks[k + 2].tag == "PRP$"))
    if nxt is not None and kin_term(f"{t.lower} {nxt.lower}") is not None:
        return False  # "Foster parents:", "Half sister"
    if t.is_title and (is_given_name(t.text) or t.ent == "PERSON" and t.pos == "PROPN") and (
            _after_kin_noun(doc, k)):
        return True  # "fixed her husband Clarence a meal": however the name was parsed
    head = doc.toks[t.head]
    if t.dep == "compound" and head.pos == "NOUN" and head.text.islower():
        return False  # "the Don bend", "a Lego set"
    if t.pos == "PROPN" and t.dep in ("conj", "appos") and _in_kin_group(doc, k):
        return True  # "twins, Halden and Eilif": whatever the tagger thinks of the names
    prev = doc.toks[k - 1] if k > 0 and doc.toks[k - 1].sent == t.sent else None
    if prev is not None and prev.is_title and prev.lower.rstrip(".") in HONORIFICS:
        return True
    if kin_term(t.lower) is not None:
        # "Aunt Irmelin": the title starts a name when a capitalised word follows it
        nxt = doc.toks[k + 1] if k + 1 < len(doc.toks) else None
        return bool(kin_term(t.lower).title and nxt is not None and nxt.sent == t.sent
                    and nxt.is_title and nxt.pos == "PROPN" and nxt.lower not in _NOT_NAMES
                    and kin_term(nxt.lower) is None)
    prev_title = prev is not None and prev.is_title and kin_term(prev.lower) is not None
    if prev_title:
        return True
    if _place_object(doc, k):
        return False  # "born in Viseu", "drove over from Dubuque": a place
    if t.pos == "PROPN" and _after_kin_comma(doc, k):
        return True  # "one daughter together, Chrysa, born in 1957"
    if t.pos == "PROPN" and t.dep == "poss" and kin_term(doc.toks[t.head].lower) is not None:
        return True  # "Jaz's parents": whatever the entity tagger thought "Jaz" was
    if (t.pos == "PROPN" and nxt is not None and nxt.tag == "POS" and k + 2 < len(doc.toks)
            and kin_term(doc.toks[k + 2].lower) is not None):
        return True  # "Jaz's sibling Olek was…" with "Jaz" parsed as a subject
    if (t.pos == "PROPN" and t.dep in ("pobj", "conj") and is_given_name(t.text)
            and _kin_of(doc, k)):
        return True  # "the son of Lorcan", "a niece of Ilka and Lou"
    if t.pos in ("PROPN", "NOUN") and _kin_then_aged_name(doc, k):
        return True  # "Half-brother Elof (8)": a note's entry, however the tagger took it
    if t.pos in ("PROPN", "NOUN") and _born_in_a_had_list(doc, k):
        return True  # "They had Elof in 1927, Gunvor in 1930": however the tagger took them
    if t.pos == "PROPN" and t.ent not in ("DATE", "TIME") and (
            _parent_of_counted_kin(doc, k) or _listed_after_colon(doc, k)):
        return True  # "Balwinder and Gurnaam had three children": however the tagger took them
    if t.pos == "PROPN" and t.ent not in ("DATE", "TIME") and _wed_or_newborn(doc, k):
        return True
    if t.ent in ("GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART"):
        # "Ivo and Lorcan, both brothers": paired with a name the tagger saw as a person
        paired = any(doc.toks[c].dep == "conj" and doc.toks[c].pos == "PROPN"
                     and is_given_name(doc.toks[c].text)
                     and name_gender(doc.toks[c].text) is not None for c in t.children)
        person_role = is_given_name(t.text) and (
            t.dep in ("nsubj", "nsubjpass", "poss", "appos", "conj") or paired
            or t.dep == "pobj" and doc.toks[t.head].lower in ("of", "with", "for", "by")
            and name_gender(t.text) is not None)
        if t.ent == "DATE" and person_role and t.dep in ("appos", "poss"):
            return True  # "his daughter, May"
        if t.ent == "DATE" and is_given_name(t.text) and _after_kin_noun(doc, k):
            return True  # "took his wife April to the coast"
        if (t.ent == "DATE" and is_given_name(t.text) and k + 1 < len(doc.toks)
                and doc.toks[k + 1].text == "," and _possessed_kin_follows(doc, k + 2)):
            return True  # "April, George's daughter, came over"
        if (t.ent == "DATE" and person_role and t.dep == "nsubj"
                and doc.toks[t.head].lemma not in _MONTH_VERBS):
            return True  # "May was playing tag" (but "May came early", "June was wet")
        if t.ent == "DATE" and is_given_name(t.text) and (
                t.dep == "nsubj" or t.dep == "npadvmod" and _sentence_initial(doc, k)) and any(
                doc.toks[j].tag == "PRP$" and doc.toks[j].sent == t.sent
                and kin_term(doc.toks[doc.toks[j].head].lower) is not None
                for j in range(k + 2, min(k + 6, len(doc.toks)))):
            return True  # a month name that goes out "with her husband" is a person
        if (t.ent == "DATE" and is_given_name(t.text) and t.dep in ("nsubj", "npadvmod")
                and doc.toks[t.head].lemma == "be") and any(
                doc.toks[c].dep == "attr" and kin_term(doc.toks[c].lower) is not None
                for c in doc.toks[t.head].children):
            return True  # a month name said to be someone's daughter or sister is a person
        head = doc.toks[t.head]
        if (t.ent == "DATE" and t.dep == "conj" and is_given_name(t.text) and head.is_title
                and head.ent != "DATE" and is_given_name(head.text)):
            return True  # "James and June went out" (but "May and June were wet")
        if t.ent in ("DATE", "TIME") or (name_gender(t.text) is None and not person_role):
            return False
        head = doc.toks[t.head]
        if t.dep == "pobj" and head.lower in _PLACE_PREPS:
            return False
        surname_next = t.dep == "compound" and doc.toks[t.head].pos == "PROPN"
        return t.pos in ("PROPN", "NOUN") and is_given_name(t.text) and (surname_next or paired or (
            t.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "poss",
                      "npadvmod")))
    if t.pos == "NOUN":
        # a sentence-initial name the tagger took for a noun ("Gaute took his ...")
        return (name_gender(t.text) is not None and is_given_name(t.text)
                and t.dep in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss"))
    return t.pos == "PROPN" and (is_given_name(t.text) or _acts_like_a_person(doc, k)
                                 or name_gender(t.text) is not None and _in_person_slot(doc, k))


def _sentence_initial(doc: StoryDoc, k: int) -> bool:
    return k == 0 or doc.toks[k - 1].sent != doc.toks[k].sent


def _in_person_slot(doc: StoryDoc, k: int) -> bool:
    """A rarer given name ("Tobiah", known to the name data but not common enough to trust
    alone) where a person goes: the subject of a clause that goes on with "his"/"her"
    ("Tobiah kept his word"), or a name beside a kin word or another name."""
    toks = doc.toks
    t = toks[k]
    if t.dep in ("appos", "conj", "poss"):
        return True
    if t.dep not in ("nsubj", "nsubjpass"):
        return False
    verb = toks[t.head]
    for j in range(k + 1, min(len(toks), k + 12)):
        w = toks[j]
        if w.sent != t.sent or w.dep == "punct" and w.text in (";", ":"):
            break
        if w.lower in ("his", "her", "himself", "herself", "he", "she") and (
                w.head == verb.i or toks[w.head].head == verb.i or w.head == k):
            return True
    return False


#: Labels that a note puts before the person it is about ("Client: …"); the note frames read
#: the same labels.
ROLE_LABELS = ("IP", "Identified patient", "Client", "Clients", "Pt", "Patient", "Consumer")
_CLIENT_LABELS = frozenset([w.split()[-1].lower() for w in ROLE_LABELS] + ["name"])


def _kin_then_aged_name(doc: StoryDoc, k: int) -> bool:
    """Token ``k`` is a capitalised word between a kin noun and an age in brackets: a note's
    entry such as "Half-brother Elof (8)" or "sister Mirja (41)"."""
    toks = doc.toks
    return (toks[k].is_title and k >= 1 and k + 2 < len(toks)
            and kin_term(toks[k - 1].lower) is not None and toks[k - 1].sent == toks[k].sent
            and toks[k + 1].text == "(" and toks[k + 2].text[:1].isdigit())


def _born_in_a_had_list(doc: StoryDoc, k: int) -> bool:
    """Token ``k`` is a capitalised word followed by "in YEAR" in a list that "had" opens:
    "They had Elof in 1927, Gunvor in 1930 and Tuva in 1933"."""
    toks = doc.toks
    if k + 2 >= len(toks) or toks[k + 1].lower != "in" or not re.fullmatch(
            r"(1[6-9]|20)\d\d", toks[k + 2].text):
        return False
    j = k - 1
    while j >= 0 and toks[j].sent == toks[k].sent:
        w = toks[j]
        if w.lemma == "have" and w.pos in ("VERB", "AUX"):
            return True
        if not (w.text in (",", "and", "in") or w.is_title or w.text.isdigit()):
            return False
        j -= 1
    return False


def _after_client_label(doc: StoryDoc, k: int) -> bool:
    toks = doc.toks
    return (k >= 2 and toks[k - 1].text == ":" and toks[k - 2].lower in _CLIENT_LABELS
            and toks[k].is_title and toks[k].pos in ("PROPN", "NOUN", "ADJ", "X"))


def _after_kin_comma(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` right after "<kin noun>[ adverb]," in its sentence ("a daughter, Ana")?"""
    toks = doc.toks
    if k < 2 or toks[k - 1].text != "," or toks[k - 1].sent != toks[k].sent:
        return False
    j = k - 2
    if toks[j].pos == "ADV" and j > 0:
        j -= 1
    w = toks[j]
    term = kin_term(w.lower)
    return term is not None and w.pos == "NOUN" and w.sent == toks[k].sent and not w.is_title


_LIST_OPEN = re.compile(r"(?:\s+(?:in|at|on|near|over|with|who|that)\s[^,.;:]{1,50})?"
                        r"\s*[,:\u2014\u2013]\s*$")
_LIST_GAP = re.compile(r"\s*(?:(?:in|born(?: in)?)\s+\d{4}|\((?:\d{1,3}\s*[MFmf]?|(?:b\.\s*)?\d{4})\))?\s*"
                       r"(?:,\s*and|,|and)\s*(?:(?:little|baby|big|young|younger|older|"
                       r"elder|eldest|youngest)\s+)?$")


#: "… with her, " / "… with his second wife, " between a counted kin noun and its names
_WITH_PARENT = re.compile(r"\s+with\s+[^,.;:]{1,40}(?=,)")


def _listed_names(doc: StoryDoc, ms: list[Mention], i: int) -> list[Mention]:
    """The names listed right after mention ``i`` ("…, Halvor in 1936 and Knud in 1939")."""
    k = ms[i]
    out: list[Mention] = []
    prev_end = k.end
    other_parent = _WITH_PARENT.match(doc.text, k.end)
    in_twins = False
    for j, n in enumerate(ms[i + 1:i + 9], start=i + 1):
        if other_parent and n.start < other_parent.end():
            continue  # "two sons with her, Ludo and Basil": the other parent is no item
        if j + 1 < len(ms) and ms[j + 1].start == n.start and ms[j + 1].kind == "kin":
            continue  # the "my" of "my grandfather": read with its kin phrase
        gap = doc.text[prev_end:n.start]
        if not (_LIST_OPEN if not out else _LIST_GAP).fullmatch(gap) and not (
                in_twins and gap == " "):
            break
        in_twins = False
        if n.kind == "kin" and n.plural and n.kin is not None and "twin" in n.kin.qual:
            in_twins = True  # "Ada (1890), the twins Kit and Kat (1893), and Ned": twins' names
            prev_end = n.end
            continue
        if n.kind == "kin" and not n.plural and j + 1 < len(ms) and ms[j + 1].kind == "name" and (
                doc.text[n.end:ms[j + 1].start].strip() == ","):
            prev_end = n.end  # "…, and my grandfather, Paramjit, in 1932": the name is the item
            continue
        if n.kind != "name":
            break
        out.append(n)
        prev_end = n.end
    return out


def _listed_under_group(doc: StoryDoc, k: int, by_head: dict[int, Mention]) -> Mention | None:
    """The plural kin phrase a chain of appositions and conjuncts from token ``k`` hangs on."""
    toks = doc.toks
    for _ in range(5):
        m = by_head.get(k)
        if m is not None and m.kind == "kin" and m.plural:
            return m
        if toks[k].dep not in ("appos", "conj") or toks[k].head == k:
            return None
        k = toks[k].head
    return None


def _run_on_name(doc: StoryDoc, first: int, k: int) -> bool:
    """Does a new sentence start at token ``k``, inside what looks like one name? "…played catch
    with his dad, Harold Marie and her brother are…": a full stop left out between two given
    names, the second one the subject of what follows (a verb, or "and her/his")."""
    toks = doc.toks
    if possessed_second_name(doc, first, k):
        return True  # "which makes Casimir Sigrid's uncle": two people, not one name
    if k != first + 1 or not (is_given_name(toks[first].text) and is_given_name(toks[k].text)):
        return False
    if name_gender(toks[first].text) is None and name_gender(toks[k].text) is None:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or nxt.sent != toks[k].sent:
        return False
    starts_clause = nxt.tag in ("VBZ", "VBD", "VBP", "MD") or (
        nxt.lower == "and" and k + 2 < len(toks) and toks[k + 2].tag in ("PRP$", "NNP"))
    # the first name closes a phrase that began before it ("his dad, Harold")
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


def _kin_of(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` (or the list it ends) the object of "of" after a kin noun?"""
    toks = doc.toks
    for _ in range(3):
        if toks[k].dep != "conj":
            break
        k = toks[k].head
    of = toks[k].head
    return (toks[k].dep == "pobj" and toks[of].lower == "of"
            and kin_term(toks[toks[of].head].lower) is not None)


def _after_kin_noun(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` right after a singular kin noun with a possessor ("his wife April")?"""
    toks = doc.toks
    if k < 2 or toks[k - 1].sent != toks[k].sent:
        return False
    w = toks[k - 1]
    if kin_term(w.lower) is None or w.pos not in ("NOUN", "ADJ") or w.is_title:
        return False
    j = k - 2
    while j > 0 and j >= k - 4 and toks[j].tag in ("JJ", "VBG") and toks[j].sent == w.sent:
        j -= 1  # "his loving wife Ulla"
    if toks[j].tag in ("PRP$", "POS"):
        return True
    # "his daughter Ulla and son Piet": the possessive before "and" is shared
    return toks[j].lower == "and" and any(toks[i].tag in ("PRP$", "POS") and toks[i].sent == w.sent
                                          for i in range(max(0, j - 4), j))


def _possessed_kin_follows(doc: StoryDoc, j: int) -> bool:
    """Does a possessed kin phrase start at token ``j`` ("George's daughter", "her son")?"""
    toks = doc.toks
    if j >= len(toks):
        return False
    if toks[j].tag == "PRP$":
        j += 1
    elif toks[j].pos == "PROPN" and j + 1 < len(toks) and toks[j + 1].tag == "POS":
        j += 2
    else:
        return False
    return j < len(toks) and kin_term(toks[j].lower) is not None


def _in_kin_group(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` one of the names listed after a kin noun ("two daughters, Ivy and May")?"""
    toks = doc.toks
    for _ in range(4):
        h = toks[k].head
        if h == k:
            return False
        if kin_term(toks[h].lower) is not None and toks[h].pos == "NOUN":
            return True
        if toks[k].dep not in ("conj", "appos"):
            return False
        k = h
    return False


def _named_by_copula(doc: StoryDoc, k: int) -> bool:
    """The X of "(Her) name is X" / "was named X" / "is called X"."""
    toks = doc.toks
    if k < 2:
        return False
    a, b = toks[k - 2], toks[k - 1]
    return (a.lower == "name" and b.lemma == "be") or (
        b.lower in ("named", "called") and toks[k].sent == b.sent) or (
        # "We named her Orla", "they christened him Tobin"
        b.lower in ("her", "him") and a.lemma in BIRTH_NAMING_LEMMAS and a.tag == "VBD"
        and a.sent == toks[k].sent)


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
                                             or is_given_name(t.text) or m.title is not None):
                out.update(w for w in m.name.split()[:1]
                           if len(w) > 2 and w.lower() not in _NOT_NAMES and w[0].isupper())
    return out


def _name_mention(doc: StoryDoc, k: int, used: set[int], *, known: bool = False
                  ) -> Mention | None:
    toks = doc.toks
    a = k
    # extend over the entity / following capitalised name tokens
    b = k + 1
    while b < len(toks) and toks[b].sent == toks[k].sent and (
            # an entity run over a comma ("her Grandmother, Ilse") is a title and a name
            (toks[b].ent == "PERSON" and not toks[b].ent_start and toks[b].text != ",")
            or (toks[b].is_title and toks[b].pos == "PROPN" and toks[b].quote == toks[k].quote
                and toks[b].lower not in _NOT_NAMES)
            or toks[b].lower.rstrip(",") in NAME_SUFFIXES
            or _hyphen_inside_name(doc, b)) and not _run_on_name(doc, k, b):
        b += 1
    while b > a + 1 and toks[b - 1].lower in ("'s", "'", "s"):
        b -= 1
    # "Jesko Cosmin" where the tagger's PERSON starts at the surname: take the given name too
    while (a > 0 and toks[a - 1].sent == toks[k].sent and toks[a - 1].pos == "PROPN"
           and toks[a - 1].is_title and toks[a - 1].dep == "compound" and toks[a - 1].head >= k
           and toks[a - 1].lower not in _NOT_NAMES and kin_term(toks[a - 1].lower) is None
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
        if not core_toks and low in HONORIFICS and w.is_title:
            gender = HONORIFICS[low]
            honored = True
            continue
        if w.text[:1].isalpha() and (w.is_title or w.lower in NAME_SUFFIXES) or (
                core_toks and _hyphen_inside_name(doc, w.i)):
            core_toks.append(w)
        elif core_toks:
            break
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
    if core_toks and not _plausible_name(doc, core_toks, known or honored or title is not None
                                         or gender is not None or _named_by_copula(doc, k)):
        return None
    name = "".join((" " if n and w.start != core_toks[n - 1].end else "") + w.text.rstrip(",")
                   for n, w in enumerate(core_toks)) if core_toks else None
    if name and name.lower() in _NOT_NAMES:
        return None
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
        poss = a - 1  # "gave her Aunt Ilse a kiss": "her" parsed as the verb's object
    return Mention(0, toks[a].start, toks[end_tok].end, head, "name", quote=toks[k].quote,
                   name=name, title=title, gender=gender, deceased=deceased,
                   possessor_tok=poss if title is not None else -1)


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


#: Last words that make a capitalised phrase a place or an institution, not a person.
_PLACE_WORDS = frozenset(["street", "st", "road", "rd", "avenue", "ave", "lane", "way", "boulevard", "drive", "hill", "hills", "park", "lake", "river", "bay", "beach", "mountain", "hospital", "school", "college", "university", "church", "chapel", "cathedral", "airport", "station", "county", "city", "town", "village", "valley", "island", "islands", "heights", "square", "market", "hotel", "inn", "cafe", "restaurant", "bar", "company", "co", "inc", "ltd", "corp", "bank", "club", "center", "centre", "institute", "prison", "jail", "court", "house", "hall", "mall", "store", "shop", "hardware", "mine", "mines", "hollow", "creek", "farm", "farms", "ranch", "works", "bakery", "pharmacy", "garage", "motors", "diner", "grocery", "cemetery", "ridge", "falls", "springs", "harbor", "harbour", "plantation", "manor", "gardens", "pub", "tavern", "theatre", "theater", "studio", "academy", "clinic"])
_PLACE_FIRST = frozenset(["avenida", "rua", "calle", "rue", "via", "piazza", "plaza", "saint", "st.", "san", "santa", "mount", "lake", "fort", "port", "new", "north", "south", "east", "west", "upper", "lower"])


def _plausible_name(doc: StoryDoc, core: list, titled: bool) -> bool:
    """A person's name, not a heading ("Marital:"), an acronym ("AITA"), a place ("Morris Hill",
    "Avenida Corrientes") or a capitalised common word ("Elbow")."""
    first, last = core[0], core[-1]
    if len(core) == 1 and len(first.text.rstrip(".")) < 2:
        return False  # an initial or a tag letter ("M"), not a name
    before = doc.toks[first.i - 1] if first.i > 0 else None
    if before is not None and before.lower.rstrip(".") in ("née", "nee", "geb"):
        return False  # "Magna Lund (née Strand)": a maiden surname, not another person
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
        return False  # "Morris Hill", "Calle Canning", "Buenos Aires"
    if last.lower in _JOB_WORDS and len(core) > 1:
        return False  # "General Practitioner" under a signature: a job title
    if titled:
        return True
    after = doc.text[last.end:last.end + 8].lstrip()
    if _TAG.match(after):
        return True  # "Eero (9M)"
    if is_given_name(first.text):
        return not (first.ent in ("GPE", "LOC", "FAC") and len(core) > 1
                    and name_gender(first.text) is None)
    if first.pos == "PROPN" and (_in_kin_group(doc, first.i) or _after_kin_comma(doc, first.i)):
        return True
    if first.pos == "PROPN" and _acts_like_a_person(doc, last.i):
        return True  # "Marika, a widow at thirty-six, raised the two children"
    if first.pos == "PROPN" and name_gender(first.text) is not None and _in_person_slot(
            doc, last.i):
        return True  # "Tobiah kept his word": a rarer given name where a person goes
    if first.ent != "PERSON" and not (len(core) > 1 and last.ent == "PERSON"):
        return False
    if _used_as_common_word(doc, first):
        return False
    # an unknown word tagged PERSON: trust it with a surname, next to another name, or if it recurs
    return (len(core) > 1 or first.dep in ("conj", "appos") or _occurrences(doc, first.text) >= 2
            or _after_kin_noun(doc, first.i))  # "my stepdad Corvin"


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


#: Verbs whose subject is a person: a capitalised unknown word doing these is a name.
_MONTH_VERBS = frozenset(["be", "come", "begin", "end", "arrive", "pass", "bring", "start",
                          "follow", "go", "turn", "seem", "feel", "look", "roll", "fly", "drag",
                          "approach", "mark", "see"])
"""Verbs whose subject is as likely a month as a person ("May came early")."""
_HUMAN_VERBS = frozenset(["marry", "remarry", "divorce", "die", "bear", "raise", "adopt", "foster", "say", "tell", "ask", "reply", "cry", "laugh", "smile", "weep", "love", "hate", "miss", "kiss", "hug", "sob", "whisper", "shout", "scream", "sing", "dance", "pray"])


_PARTNER_VERBS = frozenset(["marry", "remarry", "wed", "divorce", "date"])


def _wed_or_newborn(doc: StoryDoc, k: int) -> bool:
    """ "Ulla married Tormod", "was engaged to Tormod", "gave birth to Runhild": slots only a
    person fills, whatever the entity tagger made of an unfamiliar name."""
    toks = doc.toks
    t = toks[k]
    head = toks[t.head]
    if t.dep == "compound" and head.pos == "PROPN" and head.i > k:
        t, head = head, toks[head.head]  # "to Emeka Obi": the surname holds the slot
    if t.dep == "dobj" and head.lemma in _PARTNER_VERBS:
        return True
    if t.dep != "pobj" or head.lower not in ("to", "with"):
        return False
    up = toks[head.head]
    return (up.lower in ("married", "engaged", "marriage", "engagement")
            or up.lemma in ("marry", "remarry")) or (
        head.lower == "to" and (up.lower == "birth" or any(
            toks[c].lower == "birth" and toks[c].dep == "dobj" for c in up.children)))


def _acts_like_a_person(doc: StoryDoc, k: int) -> bool:
    """Subject of a verb only people do, or described by a person noun in apposition."""
    toks = doc.toks
    t = toks[k]
    for c in t.children:
        w = toks[c]
        if w.dep == "appos" and (w.lemma in HUMAN_NOUNS or kin_term(w.lower) is not None):
            return True
    verb = toks[t.head]
    if _wed_or_newborn(doc, k):
        return True
    if t.dep not in ("nsubj", "nsubjpass"):
        return False
    return verb.lemma in _HUMAN_VERBS or any(
        toks[c].dep == "conj" and toks[c].lemma in _HUMAN_VERBS for c in verb.children)


def _parent_of_counted_kin(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` (or the subject it is coordinated with) the subject of "had/raised" whose
    object is a child ("had three children"), or of a verb whose object is "his/her" kin ("took
    his son")? Places have no children."""
    toks = doc.toks
    t = toks[k]
    subj = t.head if t.dep == "conj" and toks[t.head].dep == "nsubj" else k
    if toks[subj].dep != "nsubj":
        return False
    verb = toks[toks[subj].head]
    for c in verb.children:
        term = kin_term(toks[c].lower) if toks[c].dep == "dobj" else None
        if term is None:
            continue
        if term.path == "C" and verb.lemma in ("have", "raise", "adopt", "bear"):
            return True
        if any(toks[g].dep == "poss" and toks[g].lower in ("his", "her", "their")
               for g in toks[c].children):
            return True  # "Rizal took his son to the fair"
    return False


def _listed_after_colon(doc: StoryDoc, k: int) -> bool:
    """ "had three children on Maple Street: Sukhdev in 1926": the first capitalised word after a
    colon that follows a counted kin noun in the same sentence."""
    toks = doc.toks
    if k < 2 or not toks[k].is_title:
        return False
    colon = k - 1
    while colon > max(k - 16, 0) and toks[colon].text != ":" and (
            toks[colon].text in (",", "(", ")") or toks[colon].lower in ("and", "in", "born", "the")
            or toks[colon].pos in ("NUM", "PROPN") or toks[colon].tag == "PRP$"
            or kin_term(toks[colon].lower) is not None):
        colon -= 1  # back over the items listed so far ("Sukhdev in 1926, Tarlochan")
    if toks[colon].text != ":":
        return False
    for j in range(colon - 1, max(colon - 13, -1), -1):
        if toks[j].sent != toks[colon].sent:
            break
        term = kin_term(toks[j].lower)
        if term is not None and toks[j].tag == "NNS" and any(
                toks[c].dep == "nummod" for c in toks[j].children):
            return True
    return False


def _used_as_common_word(doc: StoryDoc, t) -> bool:
    """ "Elbow" when the text also says "elbow": a common noun at a sentence start."""
    low = t.text.lower()
    if low == t.text:
        return False
    return re.search(rf"(?<![A-Za-z]){re.escape(low)}(?![A-Za-z])", doc.text) is not None


def _possessor_of(doc: StoryDoc, k: int) -> int:
    for c in doc.toks[k].children:
        if doc.toks[c].dep == "poss":
            split = split_owner(doc, k)
            return split[1] if split is not None else c
    return -1


_PLURAL_VERB_FORMS = frozenset(["were", "are", "have", "had", "do", "did"])


def split_owner(doc: StoryDoc, k: int) -> tuple[int, int] | None:
    """ "Cara and Ivo's father were never married": two subjects, not one father of both. The
    parser hangs "Cara" as the owner with "Ivo's" coordinated to it; a singular kin noun whose
    verb agrees in the plural shows the first name is a subject of its own. Returns (the first
    name's token, the real owner's token), else None ("Ada and Ivo's son" stays theirs)."""
    toks = doc.toks
    t = toks[k]
    poss = next((c for c in t.children if toks[c].dep == "poss"), -1)
    if poss == -1 or t.tag != "NN" or t.dep not in ("nsubj", "nsubjpass"):
        return None
    owner = next((c for c in toks[poss].children if toks[c].dep == "conj" and any(
        toks[g].tag == "POS" for g in toks[c].children)), -1)
    if owner == -1:
        return None
    verb = toks[t.head]
    forms = [verb.lower] + [toks[c].lower for c in verb.children
                            if toks[c].dep in ("aux", "auxpass")]
    if not any(f in _PLURAL_VERB_FORMS for f in forms) or verb.tag == "VBZ" or any(
            toks[c].lower in ("has", "is", "was") for c in verb.children):
        return None
    return poss, owner


def _relative_antecedent(doc: StoryDoc, k: int) -> int:
    """The noun a relative clause hangs on, seen from a token inside it (-1 if none)."""
    toks = doc.toks
    for _ in range(6):
        if toks[k].dep in ("relcl", "acl"):
            x = toks[k].head
            while toks[x].dep == "pobj" and toks[toks[x].head].dep == "prep" and (
                    toks[x].pos == "PROPN" and toks[x].ent in ("GPE", "LOC", "FAC", "ORG", "")
                    and not is_given_name(toks[x].text)):
                x = toks[toks[x].head].head  # "a widower from Chania whose wife"
            return x
        if toks[k].head == k:
            return -1
        k = toks[k].head
    return -1


def _listed_possessor(doc: StoryDoc, k: int) -> int:
    """"his father Hugh and grandfather James", read from the surface when the parser hangs the
    second pair elsewhere: a bare kin noun after "and" / "," that follows a possessed kin noun
    (and its name) shares that possessor."""
    toks = doc.toks
    j = k - 1
    if j < 0 or toks[j].lower not in ("and", ",", "or") or toks[j].sent != toks[k].sent:
        return -1
    j -= 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
    while j >= 0 and toks[j].pos == "PROPN" and toks[j].is_title and toks[j].sent == toks[k].sent:
        j -= 1  # the first kin noun's name
    if j >= 0 and toks[j].text == ",":
        j -= 1
    if j < 1 or kin_term(toks[j].lower) is None or toks[j].sent != toks[k].sent:
        return -1
    poss = toks[j - 1]
    if poss.tag == "PRP$":
        return j - 1
    if poss.tag == "POS" and j >= 2:
        return j - 2
    return -1


def _shared_possessor(doc: StoryDoc, k: int) -> int:
    """The possessor a bare kin noun takes from its context, or -1.

    - coordination: "her son and daughter", "Agnes's son Felix and brother Dunja": a kin noun
      with no determiner of its own, joined to a possessed kin noun, shares its possessor;
    - "with": "a man with a wife named Jordan", "Gaute, with two sons": the person the
      "with" phrase hangs on."""
    toks = doc.toks
    t = toks[k]
    if any(toks[c].dep == "poss" for c in t.children):
        return -1
    own_det = any(toks[c].dep == "det" for c in t.children)
    x = t.head if t.dep == "compound" and toks[t.head].pos == "PROPN" else k
    if x != k and _possessor_of(doc, x) != -1:
        return _possessor_of(doc, x)  # "her mother Frances": the parser put "her" on the name
    if toks[x].dep == "conj" and not own_det:
        h = toks[x].head
        if toks[h].dep == "appos" and kin_term(toks[toks[h].head].lower) is not None:
            poss = _possessor_of(doc, toks[h].head)
            if poss != -1:  # "his daughter Marit and son Tam": the name stands in for
                return poss  # the possessed kin noun it names, so the son is his too
        if (toks[h].pos in ("PROPN", "NOUN") and toks[h].is_title and t.tag == "NN"
                and kin_term(toks[h].lower) is None
                and is_given_name(toks[h].text) and _possessor_of(doc, h) == -1
                and toks[h].dep != "pobj" and not any(toks[c].dep == "prep" for c in t.children)
                and k > 0 and toks[k - 1].lower in ("and", "&")
                and not any(toks[c].dep == "compound" and kin_term(toks[c].lower) is not None
                            for c in toks[h].children)):
            return h  # "Shantel and husband Harold": the bare kin noun is the first one's
        for _ in range(3):  # the first conjunct holds the possessive
            poss = _possessor_of(doc, h)
            if poss == -1 and toks[h].dep == "compound" and toks[toks[h].head].pos == "PROPN":
                poss = _possessor_of(doc, toks[h].head)
            if poss == -1:
                kin_child = next((c for c in toks[h].children if toks[c].dep == "compound"
                                  and kin_term(toks[c].lower) is not None), -1)
                if kin_child != -1:
                    poss = _possessor_of(doc, kin_child)
            if poss != -1:
                return poss if kin_term(toks[h].lower) is not None or toks[h].pos == "PROPN" \
                    else -1
            if toks[h].dep != "conj":
                break
            h = toks[h].head
        return _listed_possessor(doc, k)
    if t.dep == "pobj" and toks[t.head].lower == "with" and all(
            toks[c].lower in ("a", "an") for c in t.children if toks[c].dep == "det"):
        w = toks[toks[t.head].head]
        for _ in range(3):  # "a boarder, a widower from Tolosa with a son": the appositions
            if w.dep == "appos" and toks[w.head].pos in ("NOUN", "PROPN"):
                w = toks[w.head]
        if w.dep == "attr" and toks[w.head].lemma == "be":
            subj = next((c for c in toks[w.head].children if toks[c].dep == "nsubj"), -1)
            return subj if subj != -1 and toks[subj].pos in ("PROPN", "NOUN") else -1
        if w.pos == "PROPN":
            return w.i
    return -1 if own_det else _listed_possessor(doc, k)


def _in_simile(doc: StoryDoc, k: int) -> bool:
    """ "holding his hat like a boy", "as a child", "more than a brother": a comparison, not a
    person in the story."""
    t = doc.toks[k]
    if any(doc.toks[c].dep == "poss" for c in t.children):
        return False  # "better than her sister Agnes": a person after all
    return t.dep == "pobj" and doc.toks[t.head].lower in ("like", "than", "unlike", "as")


def _kin_mention(doc: StoryDoc, k: int, a: int, term: KinTerm) -> Mention | None:
    toks = doc.toks
    t = toks[k]
    if _in_simile(doc, k):
        return None
    poss = _possessor_of(doc, k)
    if poss == -1 and a != k:
        poss = _possessor_of(doc, a)
    if poss == -1 and t.dep == "compound" and (toks[t.head].pos == "PROPN"
                                               or toks[t.head].is_title and t.head > k):
        poss = _possessor_of(doc, t.head)  # "her brother Rolf": the name holds the possessive
    if (poss == -1 and a >= 2 and toks[a - 1].text in ("'s", "’s") and toks[a - 1].tag == "POS"
            and toks[a - 2].is_title and toks[a - 1].sent == t.sent):
        poss = a - 2  # "Lou's sibling Nils was…" parsed with "Lou" as the subject
    if poss == -1 and a >= 4 and toks[a - 1].text == ")" and toks[a - 3].text == "(" and (
            toks[a - 4].lower in POSSESSIVE_PRONOUNS):
        poss = a - 4  # "My (34F) husband": a forum tag between the possessive and the noun
    if (poss == -1 and a >= 1 and toks[a - 1].tag == "PRP$" and toks[a - 1].sent == t.sent
            and toks[toks[a - 1].head].pos not in ("NOUN", "PROPN")
            or poss == -1 and a >= 1 and toks[a - 1].tag == "PRP$" and toks[a - 1].sent == t.sent
            and kin_term(toks[toks[a - 1].head].lower) is None
            and toks[a - 1].head > k):
        poss = a - 1  # "her mother Frances car shopping": "her" hung on a later noun
    if (poss == -1 and a >= 1 and toks[a - 1].lower == "her" and toks[a - 1].tag == "PRP"
            and toks[a - 1].sent == t.sent
            # "told her Mom was ill" is two people; "took her Mom to the fair" is one
            and (not toks[a].is_title or t.dep in ("dobj", "pobj"))
            and not any(toks[c].dep in ("det", "poss") for c in t.children)):
        poss = a - 1  # "describes her stepfather, …": "her" parsed as a second object
    shared = poss == -1
    if shared:
        poss = _shared_possessor(doc, k)
    if (poss == -1 and a >= 2 and toks[a - 1].text == "(" and toks[a - 1].sent == t.sent
            and k + 1 < len(toks) and toks[k + 1].is_title and toks[k + 1].pos == "PROPN"):
        poss = _bracket_owner(doc, a - 1)  # "Ragna is married (husband Edvin, 33)"
    elif toks[poss].lower == "whose":
        poss = _relative_antecedent(doc, poss)  # "a widower whose first wife"
        shared = True
    dets = [toks[c] for c in t.children if toks[c].dep in ("det", "nummod", "predet")]
    if t.is_title and term.title:
        # "When I was 7 Mom married Ivo": the age ran into the title, which counts no one
        dets = [d for d in dets if not (d.dep == "nummod" and d.text.isdigit())]
    amods = [toks[c].lower for c in t.children if toks[c].dep in ("amod", "compound")]
    start_tok = a
    if poss != -1 and not shared:
        start_tok = min(start_tok, _leftmost(doc, poss))
    for d in dets:
        start_tok = min(start_tok, d.i)
    for c in t.children:
        if toks[c].dep in ("amod", "compound", "nummod") and c < k:
            start_tok = min(start_tok, c)
    plural = t.tag in ("NNS", "NNPS") or term.word.endswith("s") and term.word in (
        "parents", "grandparents", "children", "kids", "twins", "siblings", "in-laws")
    count = 0
    for d in dets:
        n = _number(d.lower)
        if n is not None and 1 < n < 13:
            count = n
    if any(d.lower in ("two", "three", "four", "five", "six", "both", "several") for d in dets):
        plural = True
    if ("twin" in term.qual or "twin" in amods or "twins" in amods) and plural:
        count = count or 2
    definite = any(d.lower in ("the", "this", "that") for d in dets)
    of_toks: list[int] = []
    for c in t.children:
        # "the mother of Ana"; "a single mom to Majken", "a father to the boys"
        if toks[c].dep == "prep" and (toks[c].lower == "of" or toks[c].lower == "to"
                                      and term.path == "P" and t.dep == "attr" and any(
                    toks[g].pos in ("PROPN", "PRON") or kin_term(toks[g].lower) is not None
                    for g in toks[c].children if toks[g].dep == "pobj")):
            for g in toks[c].children:
                own = _of_ones_own(doc, g)
                if own != -1:
                    # "a son of their own, Torben": the parser made the name the object of "of"
                    if poss == -1:
                        poss, shared = own, False
                    continue
                if toks[g].dep == "pobj":
                    # "husband of Ilka and son of Piet": a kin noun in the list is a second
                    # predicate, not an owner
                    of_toks.append(g)
                    of_toks.extend(x for x in conjuncts(doc, g) if not (
                        kin_term(toks[x].lower) is not None and any(
                            toks[y].dep == "prep" and toks[y].lower == "of"
                            for y in toks[x].children)))
    title_use = poss == -1 and not dets and not of_toks and (term.title and (
        t.is_title or t.dep in ("nsubj", "dobj", "pobj", "npadvmod", "nsubjpass", "ROOT"))
        # a note's bare owner of another kin word: "Stepmother's daughter, Ida (9)"
        or t.dep == "poss" and t.is_title and term.path in ("P", "E", "S", "PP"))
    if title_use and t.dep == "dobj" and toks[t.head].lemma in ("say", "write", "spell"):
        return None  # "children must say Tio to their elders": the word itself, not a person
    if poss == -1 and not dets and not of_toks and not amods and term.word in _ENDEARMENTS:
        return None  # "Of course he does, baby."
    had = t.dep == "dobj" and toks[t.head].lemma in ("have", "adopt", "foster", "raise", "bear")
    if (not title_use and poss == -1 and not dets and not of_toks and not term.title
            and t.dep not in ("attr", "appos") and not had and not _names_listed_after(doc, k)):
        return None  # bare "son" or "sisters" with no anchor: too vague to be a person
    ordinal = next((w for w in amods if w in ("first", "second", "third", "former", "new")), None)
    m = Mention(0, toks[start_tok].start, t.end, k, "kin", quote=t.quote, kin=term,
                possessor_tok=poss, of_tok=of_toks, gender=term.gender, plural=plural,
                deceased=any(w in _DEAD_ADJ for w in amods), ordinal=ordinal,
                definite=definite, count=count)
    if title_use:
        m.title = term
    return m


def _names_listed_after(doc: StoryDoc, k: int) -> bool:
    """ "Twin boys, Eskil and Aarne, followed": a bare plural kin noun that names its members
    right after a comma is a group of people, not a vague word."""
    toks = doc.toks
    t = toks[k]
    if t.tag not in ("NNS", "NNPS") and not t.lower.endswith("s"):
        return False
    if k + 2 >= len(toks) or toks[k + 1].text != "," or toks[k + 2].sent != t.sent:
        return False
    nxt = toks[k + 2]
    return nxt.pos == "PROPN" and nxt.is_title and nxt.head == k and nxt.dep in ("conj", "appos")


def _desc_mention(doc: StoryDoc, k: int) -> Mention | None:
    toks = doc.toks
    t = toks[k]
    if t.tag in ("NNS", "NNPS"):
        return None
    dets = [toks[c] for c in t.children if toks[c].dep in ("det", "poss")]
    if not dets and t.lower not in ROLE_NAMES:
        return None
    if t.quote != -1 and all(d.lower in ("a", "an") for d in dets):
        return None  # "Helping a friend." said in passing is nobody in particular
    low = t.lemma if t.lemma in HUMAN_NOUNS else t.lower
    gender = "female" if low in FEMALE_NOUNS else "male" if low in MALE_NOUNS else None
    start = min([d.i for d in dets] + [_leftmost(doc, d.i) for d in dets if d.dep == "poss"] + [k])
    poss = _possessor_of(doc, k)
    definite = any(d.lower in ("the", "this", "that") for d in dets) or t.lower in ROLE_NAMES
    return Mention(0, toks[start].start, t.end, k, "desc", quote=t.quote, noun=low,
                   gender=gender, possessor_tok=poss, definite=definite)


def _bracket_owner(doc: StoryDoc, paren: int) -> int:
    """Whose kin a bracket opening with a kin noun lists: the subject of the clause the bracket
    closes ("Ragna is married (husband Edvin)", "Ole has two sons (Sten and Nils)"), or -1."""
    toks = doc.toks
    k = paren - 1
    for _ in range(4):
        if k < 0 or toks[k].sent != toks[paren].sent:
            return -1
        if toks[k].pos in ("VERB", "AUX") or toks[k].dep == "ROOT":
            return next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")
                         and toks[c].pos in ("PROPN", "PRON", "NOUN")), -1)
        k = toks[k].head if toks[k].head != k else -1
    return -1


#: Verbs whose object is who their "on/for -ing" or "to" clause is about ("thanked her for
#: raising his son", "asked him to bring his wife").
_OBJECT_CONTROL = frozenset(["congratulate", "thank", "praise", "blame", "forgive", "scold",
                             "accuse", "punish", "criticize", "criticise", "ask", "tell", "beg",
                             "convince", "persuade", "urge", "encourage", "force", "remind",
                             "invite", "help", "teach", "allow", "want", "expect"])


def controller_of(doc: StoryDoc, verb: int) -> int:
    """Who a subjectless clause ("on becoming a father") is about when an object-control verb
    governs it: that verb's object ("congratulated him on becoming a father"); -1 otherwise
    (a subject's own try or wish, "he never tried to act as my father", says nothing about him)."""
    toks = doc.toks
    if toks[verb].dep not in ("pcomp", "xcomp", "advcl"):
        return -1
    gov = toks[verb].head
    if toks[verb].dep == "pcomp" and toks[gov].pos == "ADP":
        gov = toks[gov].head
    if toks[gov].lemma not in _OBJECT_CONTROL:
        return -1
    # the object may be a kin noun as well as a name or pronoun ("asked his son to fetch")
    return next((c for c in toks[gov].children if toks[c].dep == "dobj"
                 and toks[c].pos in ("PRON", "PROPN", "NOUN")), -1)


def _of_ones_own(doc: StoryDoc, g: int) -> int:
    """The possessive of "of their own" when ``g`` is "own" or the word the parser hung it on
    ("a son of their own, Torben"), else -1."""
    toks = doc.toks
    for o in [g, *toks[g].children]:
        if toks[o].lower == "own" and (o == g or toks[o].dep == "amod"):
            # ("his own, Mats" may hang both "his" and "own" on the name)
            return next((c for c in toks[o].children + toks[g].children
                         if toks[c].dep == "poss"), -1)
    return -1


def _leftmost(doc: StoryDoc, k: int) -> int:
    left = k
    for c in doc.toks[k].children:
        if c < k:
            left = min(left, _leftmost(doc, c))
    return left


def conjuncts(doc: StoryDoc, k: int) -> list[int]:
    """Tokens coordinated with token ``k`` ("Ivy and May"), nested ones included."""
    out = []
    for c in doc.toks[k].children:
        if doc.toks[c].dep == "conj":
            out.append(c)
            out.extend(conjuncts(doc, c))
    return out


def year_fused_subject(doc: StoryDoc, verb: int) -> int:
    """"In 1980 Koldo married Maeve": the parser makes the name the object of "In 1980"."""
    toks = doc.toks
    for c in toks[verb].children:
        if toks[c].dep != "prep" or c > verb:
            continue
        for o in toks[c].children:
            year = any(toks[n].dep == "nummod" and toks[n].ent == "DATE"
                       for n in toks[o].children)
            # "In 1931 Edvin Lask, a cooper's son, married …": the name may have a surname
            # and an apposition between it and the verb
            between = all(toks[j].pos in ("ADV", "AUX", "PART") or _under(doc, j, o)
                          for j in range(o + 1, verb))
            first = c + 2
            while first < o and toks[first].dep == "compound" and toks[first].head == o:
                first += 1
            if toks[o].dep == "pobj" and toks[o].pos == "PROPN" and first == o and year \
                    and between:
                return o
    return -1


def _under(doc: StoryDoc, j: int, top: int) -> bool:
    """Is token ``j`` inside the subtree of token ``top``?"""
    toks = doc.toks
    for _ in range(12):
        if j == top:
            return True
        if toks[j].head == j:
            return False
        j = toks[j].head
    return False


_REPORTING_VERBS = frozenset(["think", "know", "believe", "say", "hope", "feel", "hear", "wish",
                              "guess", "suppose", "realize", "notice"])

#: Words that go on after an object and its apposition ("took her son, Bo to school")
_AFTER_OBJECT = frozenset(["to", "how", "for", "about", "into", "out", "home", "back"])


def _comma_apposition(doc: StoryDoc, m: Mention, by_tok: dict[int, Mention]) -> None:
    """"his granddaughter, Irene, to a game": an apposition the parser hung on the verb.

    Only the surface shape is trusted: a singular kin phrase, a comma, the name, and then a
    punctuation mark or the end of the sentence, all in one sentence ("After his father died, Piet
    left" has a verb after the name and is no apposition)."""
    toks = doc.toks
    a = doc.tok_at(m.start)
    b = doc.tok_at(max(m.end - 1, m.start))
    if a < 2 or toks[a - 1].text != "," or toks[a - 1].sent != toks[a].sent:
        return
    j = a - 2
    if toks[j].pos == "ADV" and j > 0 and toks[j].dep == "advmod":
        j -= 1  # "one daughter together, Chrysa"
    if toks[j].lower == "own":  # "a son of their own, Torben" with the name as object of "of"
        j = next((i for i in range(j - 1, max(j - 4, 0), -1) if toks[i].lower == "of"), j)
        j = toks[j].head if toks[j].lower == "of" else j
    other = by_tok.get(j)
    for _ in range(4):  # "a son of her own, Vendela": climb out of the kin phrase's modifiers
        if other is not None or toks[j].head == j:
            break
        j = toks[j].head
        if j >= a:
            break
        other = by_tok.get(j) if by_tok.get(j) is not None and by_tok[j].head == j else None
        if other is None and toks[j].pos in ("VERB", "AUX"):
            # "has a daughter from an earlier marriage, Gusti": the parser hung the phrase on the verb
            obj = max((c for c in toks[j].children if toks[c].dep == "dobj" and c < a), default=-1)
            other = by_tok.get(obj) if obj != -1 else None
            break
    if other is None or other is m or other.kind != "kin" or other.plural:
        return
    if other.idx in m.same_as or toks[doc.tok_at(other.start)].sent != toks[a].sent:
        return
    if b + 1 < len(toks) and toks[b + 1].text == "(":
        # "her stepfather, Ivo Bodo (66), as kind": step over the bracket after the name
        close = next((i for i in range(b + 2, min(b + 6, len(toks))) if toks[i].text == ")"), -1)
        b = close if close != -1 else b
    nxt = toks[b + 1] if b + 1 < len(toks) else None
    if nxt is not None and nxt.text in ("'s", "’s"):
        after = toks[b + 2] if b + 2 < len(toks) else None
        if after is not None and (kin_term(after.lower) is not None or after.lemma in HUMAN_NOUNS):
            return  # "his first wife, Petros's mother": the name owns the next kin phrase
        nxt = None  # "his granddaughter, Sylvie's birthday": the name owns what follows
    coordinated = toks[other.head].dep == "conj"  # "Rolf and his daughter, Orla go"
    # "Oddny's child, Alvilde was already there": a possessed kin phrase opening its sentence
    opening = (other.possessor_tok != -1 and doc.sents[toks[a].sent].start_tok
               == doc.tok_at(other.start))
    # "while her husband, Robert is out of town": a possessed kin noun, its name and a verb
    # (a clause of its own would put a verb before the comma: "after his father died, Piet left")
    possessed = other.possessor_tok != -1 and toks[other.head].dep in ("nsubj", "nsubjpass")
    # "she knew her brother, Ivo would come": the object of a verb of thinking is the subject
    # of the clause after it
    reported = (other.possessor_tok != -1 and toks[other.head].dep == "dobj"
                and toks[toks[other.head].head].lemma in _REPORTING_VERBS)
    coordinated = coordinated or opening or possessed or reported
    if coordinated and nxt is not None and nxt.pos == "ADV" and b + 2 < len(toks):
        nxt = toks[b + 2]  # "Ilka's father, Piet just got home"
    if nxt is not None and other.possessor_tok != -1 and toks[other.head].dep in ("dobj", "pobj") and (
            nxt.lower in _AFTER_OBJECT or nxt.lower == "and" and _possessed_kin_follows(doc, b + 2)):
        # "took her mother, Ilse to the fair", "taught her niece, Ilse how to bake", "her son,
        # Bo and his sister": the closing comma left out after a possessed object
        nxt = None
    if nxt is not None and nxt.sent == toks[b].sent and nxt.text not in (",", ".", ";", "!", "?",
                                                                         ")", ":") and not (
            coordinated and nxt.pos in ("VERB", "AUX")) and not _run_on_name(doc, b, b + 1):
        return
    if nxt is not None and nxt.text == "," and b + 2 < len(toks) and toks[b + 2].lower in (
            "and", "or") and any(by_tok.get(j) is not None for j in range(b + 3, b + 5)
                                 if j < len(toks)):
        return  # "his son, Piet, and Mary": a list, not an apposition
    m.same_as.append(other.idx)
    other.same_as.append(m.idx)


def _two_roles(doc: StoryDoc, m: Mention, other: Mention) -> bool:
    """Two kin phrases of the speaker's own that cannot be one person: different kinds of kin
    ("Papa" and "my sister") or of opposite gender. (With different owners they may well be
    one: "her husband, my father".)"""
    if m.kind != "kin" or other.kind != "kin" or m.kin is None or other.kin is None:
        return False

    def mine(x: Mention) -> bool:
        if x.possessor_tok == -1:
            return x.title is not None
        return doc.toks[x.possessor_tok].lower in ("my", "our")

    if not (mine(m) and mine(other)):
        return False
    gm, go = m.gender or m.kin.gender, other.gender or other.kin.gender
    return m.kin.path != other.kin.path or (gm is not None and go is not None and gm != go)


def _child_word_on_parent(doc: StoryDoc, m: Mention, other: Mention) -> bool:
    """An unpossessed, indefinite child word ("a boy", "a daughter") in apposition to a parent
    word, or to the "with" person of "had a baby with Piet, a boy …": a parent cannot be "a boy",
    so the parser attached the apposition to the wrong noun."""
    if not (m.kind == "kin" and m.kin is not None and m.kin.path == "C"
            and m.possessor_tok == -1 and not m.definite and not m.plural):
        return False
    t = doc.toks[other.head]
    return (other.kind == "kin" and other.kin is not None and other.kin.path == "P"
            or t.dep == "pobj" and doc.toks[t.head].lower == "with")


def _coordinated_predicate(doc: StoryDoc, k: int):
    """The kin predicate a conjoined kin noun shares its copula with ("X is husband of Ilka and
    son of Piet": the parser hangs "son" on "Ilka"); the token itself when there is none."""
    toks = doc.toks
    j = k
    for step in range(4):
        j = toks[j].head
        w = toks[j]
        # "X is a male and the grandfather of Lou": any predicate noun it is coordinated with
        if w.dep == "attr" and toks[w.head].lemma == "be" and (
                kin_term(w.lower) is not None or step == 0):
            return w
        if w.dep not in ("conj", "pobj", "prep"):
            break
    return toks[k]


def _listed_kin(doc: StoryDoc, m: Mention, other: Mention) -> bool:
    """Two possessed kin phrases with "and" between them are two people listed, not one
    person in apposition ("with her brother Bo and her sister Ulla")."""
    if m.kind != "kin" or other.kind != "kin" or m.possessor_tok == -1 or other.possessor_tok == -1:
        return False
    first, second = (other, m) if other.start < m.start else (m, other)
    return "and" in doc.text[first.end:second.start].lower().split()


def _nearer_kin(doc: StoryDoc, m: Mention, by_tok: dict[int, Mention]) -> Mention | None:
    """ "raised by her mother, Ilse and grandfather, Ivo": the parser hangs the second name on
    the first kin word; the unnamed kin word right before the name's comma is the one it names."""
    toks = doc.toks
    a = doc.tok_at(m.start)
    if m.kind != "name" or a < 2 or toks[a - 1].text != ",":
        return None
    k = by_tok.get(a - 2)
    if k is None or k.kind != "kin" or k.plural or toks[k.head].i != a - 2:
        return None
    if toks[a - 2].head == m.head or toks[m.head].head == a - 2:
        return None  # the parser already links the two
    return k if toks[k.head].dep == "conj" else None


def _name_comma_kin(doc: StoryDoc, m: Mention, by_tok: dict[int, Mention]) -> None:
    """"Ilka, Piet's daughter, came over": a possessed kin phrase set off by commas after a name,
    which the parser often makes the subject and the name a loose modifier."""
    toks = doc.toks
    b = doc.tok_at(max(m.end - 1, m.start))
    if b + 2 >= len(toks) or toks[b + 1].text != ",":
        return
    # the kin phrase starts right after the comma ("Piet's daughter": the name "Piet" is its own
    # mention on the same token, so look for the kin phrase's head a few tokens on)
    other = next((x for x in (by_tok.get(j) for j in range(b + 2, min(b + 6, len(toks))))
                  if x is not None and x.kind == "kin" and doc.tok_at(x.start) == b + 2), None)
    if (other is None or other is m or other.plural
            or other.possessor_tok == -1 or other.idx in m.same_as or other.title is not None):
        return
    e = doc.tok_at(max(other.end - 1, other.start))
    nxt = toks[e + 1] if e + 1 < len(toks) else None
    # "Ilka, Piet's daughter sings": a name opening its sentence, the closing comma left out
    opening_verb = (nxt is not None and nxt.pos in ("VERB", "AUX") and m.quote == -1
                    and _sentence_initial(doc, doc.tok_at(m.start)))
    if nxt is None or nxt.sent != toks[b].sent or (
            nxt.text not in (",", ".", ";", "!", "?") and not opening_verb):
        return
    if nxt.text == "," and e + 2 < len(toks) and toks[e + 2].lower in ("and", "or"):
        return  # "Ilka, Piet's daughter, and Lou": a list
    m.same_as.append(other.idx)
    other.same_as.append(m.idx)


def _link_syntax(doc: StoryDoc, ms: list[Mention]) -> None:
    """Possessors, appositions ("our son, Sindre"), copulas ("Lou is Dad's sister"), groups."""
    toks = doc.toks
    by_head: dict[int, Mention] = {}
    by_tok: dict[int, Mention] = {}
    for m in ms:
        by_head.setdefault(m.head, m)
        a, b = doc.tok_at(m.start), doc.tok_at(max(m.end - 1, m.start))
        for i in range(a, b + 1):
            by_tok.setdefault(i, m)
        if m.kind == "kin" and b > a:
            # "sister-in-law": our head is "law", the parser's is "sister", and an apposition
            # ("my sister-in-law (Jon's sister)") hangs on the parser's head
            root = next((i for i in range(a, b + 1) if not a <= toks[i].head <= b), -1)
            if root not in (-1, m.head):
                by_head.setdefault(root, m)
    for m in ms:
        if m.possessor_tok != -1:
            p = by_head.get(m.possessor_tok) or by_tok.get(m.possessor_tok)
            if p is not None and p is not m:
                m.possessor = p.idx
        t = toks[m.head]
        # apposition: "our son, Sindre" / "Sindre, our son" / "two daughters, Ivy and May"
        head_m = by_head.get(t.head)
        if (m.kind == "name" and t.dep == "conj" and head_m is not None and head_m.plural
                and head_m.kind == "kin"
                and "and" not in doc.text[head_m.end:m.start].lower().split()):
            # "two sons, Piet and Bill" (misparsed) but not "Eleni's children and Petros"
            head_m.members.append(m.idx)
            for c in conjuncts(doc, m.head):
                if c in by_head:
                    head_m.members.append(by_head[c].idx)
        elif t.dep == "appos" and t.head in by_head:
            other = _nearer_kin(doc, m, by_tok) or by_head[t.head]
            group = _listed_under_group(doc, t.head, by_head) if m.kind == "name" else None
            if group is not None and other.kind == "name":
                other = group  # "three children: Folke in 1913, Ilkka in 1915": a list
            pair = [by_head[c].idx for c in conjuncts(doc, t.head) if c in by_head]
            own_names = any(c > m.head and c in by_head and by_head[c].kind == "name"
                            for c in toks[m.head].children)
            if (other is not m and m.kind == "kin" and m.plural and pair and not m.members
                    and not own_names):  # ("Ada, the twins Kit and Kat, and Ned": theirs)
                m.members.extend([other.idx, *pair])  # "Ivo and Lorcan, both brothers,"
            elif other is not m and _two_roles(doc, m, other):
                pass  # "me, Papa, my little sister Opal and a dog": a list, not one person
            elif other is not m and _listed_kin(doc, m, other):
                pass  # "her brother Bo and her sister Ulla": two people, whatever the parse
            elif other is not m and _child_word_on_parent(doc, m, other):
                # "bore a child with Papa, a girl they called Fenn": the apposition renames the
                # child said before the parent, not the parent
                prior = None
                for x in reversed(ms[:other.idx]):  # back over this sentence only
                    if toks[x.head].sent != t.sent:
                        break
                    if x.kind == "kin" and x.kin is not None and x.kin.path == "C":
                        prior = x
                        break
                if prior is not None:
                    m.same_as.append(prior.idx)
                    prior.same_as.append(m.idx)
            elif other is not m:
                if other.plural and m.kind == "name":
                    other.members.append(m.idx)
                    for c in conjuncts(doc, m.head):
                        if c in by_head:
                            other.members.append(by_head[c].idx)
                else:
                    m.same_as.append(other.idx)
                    other.same_as.append(m.idx)
        elif m.kind == "name":
            _comma_apposition(doc, m, by_tok)
            _name_comma_kin(doc, m, by_tok)
        # compound name: "sister Bodil" (kin word as a compound of the name)
        if m.kind == "name":
            for c in t.children:
                if (toks[c].dep == "compound" and c in by_head and by_head[c].kind == "kin"
                        and toks[c + 1].start >= m.start):
                    # the kin word right before the name; "Mum married Ivo" misparsed as one
                    # noun phrase has a verb between them: two people
                    k = by_head[c]
                    k.same_as.append(m.idx)
                    m.same_as.append(k.idx)
            # "Ivo the uncle of Ulla decided…": the name, "the", then its own kin noun "of"
            k = by_head.get(m.head + 2)
            if (k is not None and k.kind == "kin" and not k.plural and m.head + 3 < len(toks)
                    and toks[m.head + 1].lower == "the" and toks[m.head + 3].lower == "of"
                    and toks[m.head + 3].sent == t.sent and k.idx not in m.same_as
                    # not a verb's two objects: "showed Ivo the mother of the bride"
                    and (m.head == 0 or toks[m.head - 1].pos not in ("VERB", "AUX"))):
                k.same_as.append(m.idx)
                m.same_as.append(k.idx)
        # copula: X is/was Y ("Aunt Lou is Dad's sister", "My name is Arvo")
        if m.kind == "kin" and t.dep == "conj":
            t = _coordinated_predicate(doc, t.i)  # "X is husband of Ilka and son of Piet"
        if t.dep in ("attr", "acomp", "oprd") and toks[t.head].lemma in ("be", "become"):
            verb = t.head
            subj = next((c for c in toks[verb].children if toks[c].dep == "nsubj"), -1)
            if (subj == -1 and verb >= 1 and toks[verb - 1].sent == t.sent
                    and verb - 1 in by_head and by_head[verb - 1].kind == "kin"):
                subj = verb - 1  # "… and Ivo's mother is Ilse" misparsed as one long clause
            if subj == -1 and toks[verb].dep == "conj":  # "Lou is a female and is the niece of"
                subj = next((c for c in toks[toks[verb].head].children
                             if toks[c].dep == "nsubj"), -1)
            if subj == -1:  # not the subject's own: "he never tried to act as my father"
                subj = controller_of(doc, verb)
            if subj == -1:  # a month name as the subject, parsed as a modifier of "is"
                subj = next((c for c in toks[verb].children if toks[c].dep == "npadvmod"
                             and c < verb and c in by_head and by_head[c].kind == "name"), -1)
            neg = any(toks[c].dep == "neg" for c in toks[verb].children)
            if any(toks[c].dep == "amod" and toks[c].lower in _UNION_PARTICIPLES
                   for c in t.children):
                # "When I was 7 Mom married Ivo" parsed as "I was … Ivo": a clause read as a
                # noun phrase, not an identity
                continue
            if subj != -1 and not neg:
                sm = by_head.get(subj)
                if sm is None and toks[subj].lower in ("who", "that") and toks[verb].dep == "relcl":
                    sm = by_head.get(toks[verb].head)  # "Dervla Jr., who by then was Jack"
                if sm is None and toks[subj].lower == "name" and any(
                        toks[c].lower in ("middle", "last", "maiden", "family", "second")
                        for c in toks[subj].children):
                    continue  # "Yunus's middle name is Tariq": a part of a name, no person
                if sm is None and toks[subj].lower == "name":
                    p = _possessor_of(doc, subj)
                    if p != -1 and toks[p].lower == "whose":
                        p = _relative_antecedent(doc, p)  # "a sister whose name is Cosima"
                    sm = by_head.get(p) if p != -1 else None
                if (sm is not None and m.plural and m.kind == "kin" and not sm.plural
                        and m.possessor_tok == -1 and not m.members):
                    # "Marian and Ruth are sisters": the coordinated subjects are the group
                    group = [sm.idx] + [by_head[c].idx for c in conjuncts(doc, subj)
                                        if c in by_head and c != subj]
                    if len(group) >= 2:
                        m.members.extend(group)
                    continue
                if (sm is not None and sm.plural and sm.kind == "kin" and m.kind == "name"
                        and not sm.members):
                    # "Jaz's parents are Tibor and Anikó": the names are the group
                    sm.members.append(m.idx)
                    sm.members.extend(by_head[c].idx for c in conjuncts(doc, m.head)
                                      if c in by_head)
                    continue
                if sm is not None and sm is not m and not (m.plural and not sm.plural):
                    # "he became Peter", "she was Kathy from her first day": a pronoun said to
                    # be a name gives that person another name
                    # "my sister Lili is Pip": a named relative said to be another name has
                    # a nickname too
                    renamed = m.kind == "name" and (
                        sm.kind in ("he", "she", "name") or toks[verb].lemma == "become"
                        or sm.kind == "kin" and any(ms[j].kind == "name" for j in sm.same_as))
                    # "I was Little Ebbe, and by school I was just Bo": what "I" was called is
                    # another name of mine, even when I already have one
                    said_of_me = m.kind == "name" and sm.kind == "self" and toks[subj].lower == "i"
                    if renamed and sm.kind != "self" or said_of_me:
                        m.aliases.append(sm.idx)
                        sm.aliases.append(m.idx)
                    else:
                        m.same_as.append(sm.idx)
                        sm.same_as.append(m.idx)
    # "Jens is the son's name": the subject names the possessor of "name"
    for m in ms:
        t = toks[m.head]
        if m.kind != "name" or t.dep != "nsubj" or toks[t.head].lemma != "be":
            continue
        attr = next((c for c in toks[t.head].children if toks[c].dep == "attr"
                     and toks[c].lemma == "name"), -1)
        p = _possessor_of(doc, attr) if attr != -1 else -1
        owner = by_head.get(p) if p != -1 else None
        if owner is not None and owner is not m and owner.kind in ("kin", "desc", "he", "she"):
            m.same_as.append(owner.idx)
            owner.same_as.append(m.idx)
    # "Wesley is one of Cindy's brothers": the subject is a member of the group
    for m in ms:
        t = toks[m.head]
        if m.kind != "kin" or not m.plural or t.dep != "pobj" or toks[t.head].lower != "of":
            continue
        one = toks[toks[t.head].head]
        if one.lower != "one" or one.dep != "attr" or toks[one.head].lemma != "be":
            continue
        subj = next((c for c in toks[one.head].children if toks[c].dep == "nsubj"), -1)
        sm = by_head.get(subj) if subj != -1 else None
        if sm is not None and sm.kind == "name" and sm.idx not in m.members:
            m.members.append(sm.idx)
    # "Everyone called her Marika", "We called him Uncle Aurel": a name given to someone
    for m in ms:
        t = toks[m.head]
        if m.kind != "name" or t.dep not in ("oprd", "attr", "dobj", "npadvmod"):
            continue
        verb = toks[t.head]
        if verb.lemma not in ("call", "nickname", "name", "christen", "dub", "baptize",
                              "baptise", "bear", "rename") or verb.lemma == "bear" and (
                                  t.dep == "dobj"):
            continue
        if any(toks[c].dep == "neg" or toks[c].lower == "never" for c in verb.children):
            continue  # "he never called her Nana": a name not given
        # "Ilka, whose brother was named Runo": the relative clause has a subject of its own,
        # and the name is that subject's (the passive naming below)
        own_subject = any(toks[c].dep == "nsubjpass" and toks[c].tag not in ("WDT", "WP")
                          for c in verb.children)
        if verb.dep == "relcl" and not own_subject and (
                any(toks[c].tag in ("WDT", "WP") for c in verb.children)
                or t.dep in ("dobj", "oprd") and toks[verb.head].lemma != "name"):
            # "a baby girl that he named Runa": the name is the relative clause's antecedent's
            other = by_head.get(verb.head)
            if other is not None and other is not m and other.kind in ("kin", "desc"):
                m.same_as.append(other.idx)
                other.same_as.append(m.idx)
            continue
        her = next((c for c in t.children if toks[c].dep == "poss" and toks[c].lower == "her"
                    and c == m.head - 1 and t.dep == "dobj"), -1)
        if her != -1 and verb.lemma != "bear":
            # "We named her Emma": the parser read "her" as the name's possessive
            other = by_head.get(her)
            if other is not None and other is not m:
                m.aliases.append(other.idx)
                other.aliases.append(m.idx)
            continue
        if not any(toks[c].dep == "dobj" and c < m.head for c in verb.children):
            if verb.tag != "VBN":
                continue  # "Ilka called Runa": a phone call, not a name given
            # passive naming: "Their daughter was born in 1972 and baptized Oline"
            k = verb.i
            while toks[k].dep == "conj" and toks[k].head != k:
                k = toks[k].head
            subj = next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")),
                        -1)
            other = by_head.get(subj)
            if other is not None and other is not m:
                m.aliases.append(other.idx)
                other.aliases.append(m.idx)
            continue
        for c in verb.children:
            other = by_head.get(c)
            if (other is not None and other is not m and toks[c].dep == "dobj" and c < m.head
                    and other.kind in ("name", "he", "she", "kin", "desc")):
                m.aliases.append(other.idx)
                other.aliases.append(m.idx)
                break
    # "Rigmor (“Bix”)", "Hedvig (Jaz)": a nickname in brackets right after the name;
    # "Ingeborg, known as “Inge”": one stated with "known as"
    by_start = {mm.start: mm for mm in ms}
    for m in ms:
        if m.kind != "name":
            continue
        hit = _BRACKETED.match(doc.text, m.end) or _KNOWN_AS.match(doc.text, m.end)
        if hit:
            other = by_start.get(hit.start(1))
            if other is not None and other.kind == "name":
                m.aliases.append(other.idx)
                other.aliases.append(m.idx)
    # "two children, Halvor in 1936 and Knud in 1939": a counted group listed after a comma,
    # whatever the parser made of the list
    for i, k in enumerate(ms):
        if k.kind == "kin" and k.plural and k.count >= 2 and len(k.members) < k.count:
            listed = [n.idx for n in _listed_names(doc, ms, i)]
            if len(listed) == k.count and set(k.members) <= set(listed):
                k.members[:] = listed  # the parser may have caught the first name only
        elif k.kind == "kin" and k.plural and not k.count and not k.members and (
                k.possessor_tok != -1):
            listed = [n.idx for n in _listed_names(doc, ms, i)]
            if len(listed) >= 2 and doc.text[k.end:ms[listed[0]].start].strip() == ",":
                k.members[:] = listed  # "our sons, Yaw and little Kojo", however parsed
    # "her two sisters Lynn and Dee": names right after a plural kin phrase are its members
    for k, n in zip(ms, ms[1:], strict=False):
        if (k.kind == "kin" and k.plural and not k.members and n.kind == "name"
                and doc.text[k.end:n.start] == " " and toks[n.head].sent == toks[k.head].sent):
            k.members.append(n.idx)
            k.members.extend(by_head[c].idx for c in conjuncts(doc, n.head)
                             if c in by_head and by_head[c].kind == "name")
    # "his sister Sylvie" parsed loosely: a name right after a singular kin phrase is its name
    for k, n in zip(ms, ms[1:], strict=False):
        if (k.kind == "kin" and not k.plural and n.kind == "name" and n.idx not in k.same_as
                and doc.text[k.end:n.start] == " " and toks[n.head].sent == toks[k.head].sent
                and k.title is None):
            k.same_as.append(n.idx)
            n.same_as.append(k.idx)
    # "two little boys—my half-brothers, Fenna and Unni": a counted group restated
    for i, k in enumerate(ms):
        if k.kind != "kin" or not k.plural or k.members:
            continue
        for n in ms[i + 1:i + 4]:
            if (n.kind == "kin" and n.plural and n.members and doc.text[k.end:n.start].strip()
                    in ("—", "–", "-", ":", ",", "(", "--")):
                k.members.extend(n.members)
                break
    # "a sister by the name of Oddny"
    for m in ms:
        if m.kind not in ("kin", "desc"):
            continue
        for c in toks[m.head].children:
            if toks[c].lower == "by":
                for g in toks[c].children:
                    if toks[g].lower != "name":
                        continue
                    for of in toks[g].children:
                        for n in toks[of].children if toks[of].lower == "of" else ():
                            other = by_head.get(n)
                            if other is not None and other.kind == "name":
                                m.same_as.append(other.idx)
                                other.same_as.append(m.idx)
    # "whom she calls "my baby brother"": a quoted kin phrase given as what someone is called
    # is a way of naming that person, not a new one
    for m in ms:
        t = toks[m.head]
        if m.kind != "kin" or m.quote == -1 or t.dep != "oprd" or toks[t.head].lemma != "call":
            continue
        verb = toks[t.head]
        obj = next((c for c in verb.children if toks[c].dep == "dobj"), -1)
        if obj != -1 and toks[obj].tag in ("WP", "WDT") and verb.dep == "relcl":
            obj = verb.head
        other = by_head.get(obj) if obj != -1 else None
        if other is not None and other is not m:
            m.same_as.append(other.idx)
            other.same_as.append(m.idx)
    # "a brother named Piet", "a girl called Pip"
    for m in ms:
        if m.kind not in ("kin", "desc"):
            continue
        for c in toks[m.head].children:
            if toks[c].dep == "acl" and toks[c].lemma in ("name", "call"):
                for g in toks[c].children:
                    other = by_head.get(g)
                    if other is not None and other.kind == "name":
                        m.same_as.append(other.idx)
                        other.same_as.append(m.idx)
    # "…a man hunched over… It was Jens.": an indefinite description named right after
    for m in ms:
        t = toks[m.head]
        if m.kind != "name" or t.dep != "attr" or toks[t.head].lemma != "be":
            continue
        subj = next((c for c in toks[t.head].children if toks[c].dep == "nsubj"), -1)
        if subj == -1 or toks[subj].lower not in ("it", "that", "this"):
            continue
        for other in reversed(ms[:m.idx]):
            if t.sent - toks[other.head].sent > 3:
                break
            if other.kind == "desc" and not other.definite and other.possessor_tok == -1:
                m.same_as.append(other.idx)
                other.same_as.append(m.idx)
                break
    # ages and tags: "Ella (4)", "(34F)", "our six-year-old son"
    text = doc.text
    for m in ms:
        if m.is_pronoun and m.kind != "self":
            continue
        tail = text[m.end:m.end + 12]
        hit = _TAG.match(tail.lstrip()) if tail.lstrip().startswith("(") else None
        if hit:
            age = hit.group(1) or hit.group(4)
            sex = (hit.group(2) or hit.group(3) or "").lower()
            if age:
                m.age = int(age)
            if sex in ("f", "m", "nb"):
                m.gender = {"f": "female", "m": "male", "nb": "nonbinary"}[sex]
        # "(they/them)", "uses they/them pronouns" right after a mention: stated nonbinary
        tt = _THEY_THEM.match(text, m.end)
        if tt and not any(m.end <= o.start < tt.end() for o in _near(ms, m)):
            m.gender = "nonbinary"
        for c in toks[m.head].children:
            w = toks[c]
            if w.dep in ("amod", "compound", "nummod") and "-year-old" in w.lower:
                n = _number(w.lower.split("-year-old")[0])
                if n is not None:
                    m.age = n
            elif w.lower == "old" and c + 1 < len(toks):
                pass


_NUMBERS = {w: i for i, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}


_UNION_PARTICIPLES = frozenset(["married", "divorced", "wed", "remarried"])


def _near(ms: list[Mention], m: Mention) -> list[Mention]:
    """The few mentions right after ``m`` (mentions are in text order)."""
    return ms[m.idx + 1:m.idx + 6]


def _number(word: str) -> int | None:
    w = word.strip().lower()
    if w.isdigit():
        return int(w)
    if w in _NUMBERS:
        return _NUMBERS[w]
    if w in _TENS:
        return _TENS[w]
    if "-" in w:
        a, _, b = w.partition("-")
        if a in _TENS and b in _NUMBERS:
            return _TENS[a] + _NUMBERS[b]
    return None


def number_word(word: str) -> int | None:
    """A small number written as digits or words ("six", "forty-two"), else None."""
    return _number(word)
