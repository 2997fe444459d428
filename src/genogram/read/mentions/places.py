"""Capitalised words that name a place or a thing rather than a person: the object of a place
preposition or a motion verb ("in Viseu", "moved to Tonopah", "the island of Leros") and a name
modifying a common noun ("the Hallam place", "a Lego set").
"""

from __future__ import annotations

from collections import Counter

from genogram.read.document import StoryDoc
from genogram.read.lexicon import HONORIFICS, HUMAN_NOUNS, kin_term
from genogram.read.mentions.name_cues import _possessed_kin_follows, divorce_sought
from genogram.read.names import is_given_name

#: Common nouns whose "of X" names a place: "the island of Leros", "the village of Carvoeiro".
_PLACE_NOUNS = frozenset(["island", "town", "city", "village", "province", "county", "state",
                          "region", "valley", "coast", "port", "parish", "district", "country",
                          "kingdom", "republic", "hamlet", "suburb", "borough", "municipality",
                          "outskirts", "shore", "bay", "mountain", "hills", "hill", "river",
                          "plain", "highlands", "lowlands", "island", "duchy"])

#: Nouns of a journey whose "to X" / "from X" names a place: "made his way to X", "the trip
#: back to X", "a ticket to X".
_JOURNEY_NOUNS = frozenset(["way", "trip", "journey", "road", "route", "voyage", "passage",
                            "flight", "ticket", "crossing", "move", "return", "drive"])

_MOTION_VERBS = frozenset(["move", "go", "come", "travel", "emigrate", "immigrate", "sail", "fly", "drive", "return", "relocate", "leave", "flee", "head", "walk", "ride", "follow"])


#: Nouns and verbs whose "from X" names a person: "a letter from Jo", "heard from Jo".
_FROM_SOMEONE = frozenset(["letter", "call", "message", "gift", "card", "note", "visit", "email", "text", "package", "present", "word", "news", "inherit", "hear", "receive", "get", "borrow", "learn", "apart", "away", "separate", "divorce"])


#: Capitalised words that open a place name: "San Lucio", "Lake Orm", "Fort Bray".
_PLACE_PREFIXES = frozenset(["san", "santa", "santo", "são", "sao", "fort", "port", "mount",
                             "mt", "mt.", "lake", "cape", "st", "st.", "saint", "sankt", "ciudad",
                             "puerto", "porto", "villa", "rio", "río", "bad", "new"])


def _after_place_prefix(doc: StoryDoc, k: int) -> bool:
    """ "San Lucio", "Lake Orm", "St. Brel": a name after a word that opens place names
    names the place (but "Saint" or "New" inside a longer name, "Ivo St. John", stays)."""
    toks = doc.toks
    if k == 0 or toks[k - 1].sent != toks[k].sent or not toks[k - 1].is_title:
        return False
    prev = toks[k - 1]
    if prev.lower not in _PLACE_PREFIXES or prev.lower in ("new", "st", "st.", "saint") and (
            k >= 2 and toks[k - 2].pos == "PROPN" and toks[k - 2].is_title):
        return False
    if k >= 2 and kin_term(toks[k - 2].lower) is not None:
        return False  # "his aunt Santa Berg": a given name after a kin title
    return prev.lower != "new" or toks[k].ent in ("GPE", "LOC")


def _place_object(doc: StoryDoc, k: int) -> bool:
    """ "in Viseu", "at Knock": the object of a place preposition, not a known given name."""
    if _after_place_prefix(doc, k):
        return True
    t = doc.toks[k]
    if t.dep == "compound" and t.head > k and doc.toks[t.head].pos == "PROPN":
        if not is_given_name(t.text) or t.ent in ("GPE", "LOC") and doc.toks[t.head].ent == t.ent:
            return _place_object(doc, t.head)  # "born in Tsim Pui": the first word of the place
        # "made her way to Santa Ana", "left for Santa Ana" (but "In 1946 Ana Quill…")
        return _journey_end(doc, t.head) or _destination(doc, t.head)
    if (t.dep == "appos" and doc.toks[t.head].dep == "pobj" and t.head != k
            and doc.toks[t.head].pos == "PROPN" and not is_given_name(doc.toks[t.head].text)
            and kin_term(doc.toks[t.head].lower) is None):  # "from her Grandma, Hedvig": a name
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
        first -= 1  # "In 1946 Tomé Furtado married …": the given name before the surname
    if any(doc.toks[c].dep == "nummod" and doc.toks[c].ent == "DATE" for c in t.children) and (
            prep.i + 2 == first and prep.head > k and (
                doc.toks[prep.head].pos in ("VERB", "AUX") or doc.sents[t.sent].start_tok == prep.i)):
        return False  # "In 1980 Koldo married Grainne": the year and the subject run together
    year = doc.toks[prep.i + 1]
    if year.tag == "CD" and year.ent == "DATE" and (
            prep.i + 2 == first and k + 1 < len(doc.toks)
            and doc.toks[k + 1].tag in ("VBD", "VBZ", "VBP", "MD")):
        return False  # "When Ada died in 1911 Ivo married her cousin": Ivo is the next subject
    if any(doc.toks[j].pos in ("VERB", "AUX") and doc.toks[j].tag != "VBG"
           for j in range(prep.i + 1, first)):
        return False  # "In 1957 Kestutis married Clara": the parser ran the clause into the phrase
    if prep.lower in ("in", "at", "near", "into", "outside", "across", "toward", "towards",
                      "above", "below", "beyond", "around", "outside", "off", "along",
                      "past", "via"):
        return True  # "stay with her in Lisieux", "a farmhouse above Bermeo"
    if prep.lower == "of" and doc.toks[prep.head].lemma in _PLACE_NOUNS:
        return True  # "the island of Leros", "the town of Arcos"
    if prep.lower == "from" and divorce_sought(doc, prep.head):
        return False  # "sued for divorce from Ebo": whom one leaves
    if prep.lower == "from" and doc.toks[prep.head].lemma not in _FROM_SOMEONE:
        return True  # "drove over from Dubuque", "a son from Carvoeiro" (not "a letter from Jo")
    # "sailed for New Haven", "moved to Tonopah", "came from Hull", "went back to Leros"
    head = doc.toks[prep.head]
    if head.lower in ("back", "home", "out", "over", "down", "up") and head.dep == "advmod":
        head = doc.toks[head.head]
    if prep.lower in ("to", "from", "for") and head.lemma in _MOTION_VERBS:
        return True
    if _journey_end(doc, k):
        return True
    if prep.lower == "to" and head.lemma in ("take", "send", "bring") and not is_given_name(t.text):
        return True  # "took the twins to Valmora" (but "took him to Ivo": a known given name)
    return prep.lower == "from" and not is_given_name(t.text)  # "a whaler's son from Carvoeiro"


def _destination(doc: StoryDoc, k: int) -> bool:
    """ "left for X", "sailed for X", "headed for X": the object of "for" on a motion verb is
    where the journey ends, even when its first word is also a given name (a person left is the
    verb's direct object: "left him for X")."""
    t = doc.toks[k]
    if t.dep != "pobj" or doc.toks[t.head].lower != "for":
        return False
    verb = doc.toks[doc.toks[t.head].head]
    return verb.lemma in _MOTION_VERBS and not any(
        doc.toks[c].dep == "dobj" for c in verb.children)


def _journey_end(doc: StoryDoc, k: int) -> bool:
    """ "made his way to Tonopah", "the trip back to Leros", "the road from Ardee": the object of
    "to"/"from" on a journey noun, or on a verb whose object is one."""
    t = doc.toks[k]
    if t.dep != "pobj" or doc.toks[t.head].lower not in ("to", "from"):
        return False
    head = doc.toks[doc.toks[t.head].head]
    if head.lower in ("back", "home", "out", "over", "down", "up") and head.dep == "advmod":
        head = doc.toks[head.head]
    if head.pos == "NOUN":
        return head.lemma in _JOURNEY_NOUNS
    return head.pos == "VERB" and any(doc.toks[c].dep == "dobj" and doc.toks[c].lemma in _JOURNEY_NOUNS
                                      for c in head.children)


def _names_a_thing(doc: StoryDoc, k: int) -> bool:
    """ "the Hallam place", "a Lego set": a name modifying a common noun with an article."""
    t = doc.toks[k]
    head = doc.toks[t.head]
    return (t.dep == "compound" and head.pos == "NOUN" and head.text.islower()
            and kin_term(head.lower) is None and head.lemma not in HUMAN_NOUNS
            and any(doc.toks[c].lower in ("the", "a", "an") for c in head.children))


#: Verbs whose object is a language, not a person: "studied Welsh", "spoke Tagalog".
_LANGUAGE_VERBS = frozenset(["speak", "learn", "study", "teach", "understand"])


def _a_people_or_language(doc: StoryDoc, k: int) -> bool:
    """ "where the Welsh had settled", "she studied Welsh": a single capitalised word that is not
    a given name, after "the" with no name following, or the object of a language verb, names a
    people or a language (the entity tagger often calls it a person)."""
    toks = doc.toks
    t = toks[k]
    if t.pos != "PROPN" or any(
            toks[c].dep == "compound" for c in t.children) or t.dep == "compound":
        return False
    if is_given_name(t.text) and not (t.ent in ("LOC", "GPE", "FAC") and k > 0
                                      and toks[k - 1].lower == "the"):
        return False  # (but "where the Jordan bends south": a place the tagger names)
    if t.dep == "dobj" and toks[t.head].lemma in _LANGUAGE_VERBS:
        return True
    return k > 0 and toks[k - 1].lower == "the" and toks[k - 1].head == k and (
        k + 1 >= len(toks) or not toks[k + 1].is_title)


def _hyphenated_thing(doc: StoryDoc, k: int) -> bool:
    """ "spilled Zing-Ade on the rug": a capitalised hyphenated word whose last part the tagger
    reads as a common noun is a brand or a thing; a hyphenated surname ("Voll-Ostby") is all
    proper nouns."""
    toks = doc.toks
    t = toks[k]
    if t.dep != "compound" or t.head != k + 2 or toks[k + 1].text not in ("-", "‑"):
        return False
    last = toks[k + 2]
    return (last.pos == "NOUN" and last.is_title and not is_given_name(t.text)
            and not is_given_name(last.text) and kin_term(last.lower) is None)


#: Prepositions of a place someone is at: their object is a place, never a person spoken of.
_WHERE_PREPS = frozenset(["in", "at", "near", "outside", "across", "into", "around", "above"])


def place_words(doc: StoryDoc) -> frozenset[str]:
    """Single capitalised words the story uses as a place somewhere ("a farm near Arvika",
    "the school in Arvika") and the tagger calls a place there, other than given
    names: the same word elsewhere is that place too, where the parse gave no cue. Cached on
    the document."""
    cached = getattr(doc, "_place_words", None)
    if cached is None:
        found = {t.text for t in doc.toks if t.is_title and t.pos == "PROPN"
                 and t.ent in ("GPE", "LOC", "FAC")
                 and len(t.text) > 2 and kin_term(t.lower) is None and _place_object(doc, t.i)
                 # ("left the house to Ulla" is a person's "to")
                 and doc.toks[t.head].lower in _WHERE_PREPS
                 # ("dinner at Ivo and Ulla's place": the owners of a place)
                 and not (t.i + 1 < len(doc.toks)
                          and doc.toks[t.i + 1].lower in ("and", "&", "'s", "\u2019s"))}
        # a given name is a place word only when it is a place twice ("to Victoria", "in
        # Victoria") and the tagger never calls it a person nor is it anyone's owner there
        named = {w for w in found if is_given_name(w)}
        if named:
            uses = Counter(t.text for t in doc.toks if t.text in named
                           and t.ent in ("GPE", "LOC", "FAC") and _place_object(doc, t.i))
            named = {w for w in named if uses[w] >= 2} - {
                t.text for t in doc.toks if t.text in named and (
                    t.ent == "PERSON" or t.i + 1 < len(doc.toks)
                    and doc.toks[t.i + 1].lower in ("'s", "\u2019s"))}
        cached = frozenset(w for w in found if not is_given_name(w) or w in named)
        doc._place_words = cached  # type: ignore[attr-defined]
    return cached


def a_known_place(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` a word the story uses as a place elsewhere, standing alone here (no
    honorific or kin title before it, no other capitalised word joined to it)?"""
    toks = doc.toks
    t = toks[k]
    if t.text not in place_words(doc):
        return False
    prev = toks[k - 1] if k > 0 and toks[k - 1].sent == t.sent else None
    if prev is not None and prev.is_title and (
            prev.lower.rstrip(".") in HONORIFICS or kin_term(prev.lower) is not None
            or prev.pos == "PROPN"):
        return False  # "Mrs. Arvika", "Ivo Arvika": a person's name
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == t.sent else None
    return not (nxt is not None and nxt.is_title and nxt.pos == "PROPN")
