"""Whether a capitalised token starts a person's name, whatever the tagger made of it: the
decision the finder asks of every title-case word, weighing known given names, honorifics and kin
titles, person slots, places and dates ("May was playing tag" but "May came early").
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.lexicon import HONORIFICS, HUMAN_NOUNS, kin_term
from genogram.read.mentions.groups import (
    _born_in_a_had_list,
    _in_kin_group,
    _kin_then_aged_name,
    _listed_after_colon,
    _named_after_counted_children,
    _parent_of_counted_kin,
)
from genogram.read.mentions.mention import _NOT_NAMES, ROLE_NAMES
from genogram.read.mentions.name_cues import (
    PERSON_ONLY_VERBS,
    _acts_like_a_person,
    _after_client_label,
    _after_kin_abbreviation,
    _after_kin_comma,
    _after_kin_noun,
    _age_tagged,
    _called_in_a_quote,
    _described_as_person,
    _in_person_slot,
    _kin_of,
    _named_by_copula,
    _object_of_kin_to,
    _opens_a_letter,
    _possessed_kin_follows,
    _said_to_be_kin,
    _sentence_initial,
    _wed_or_newborn,
    _what_kin_is,
    subject_goes_on_as_a_person,
)
from genogram.read.mentions.places import _place_object
from genogram.read.mentions.plausibility import _only_in_the_title_line
from genogram.read.names import is_given_name, name_gender

#: A note's shorthand for a union or a life date right after a person's name ("Ulla m. Ivo")
_NOTE_SHORTHAND = frozenset(["m.", "div.", "sep.", "b.", "d."])
_PLACE_PREPS = frozenset(["to", "in", "from", "at", "near", "into", "outside", "across", "toward", "towards"])
_MONTH_VERBS = frozenset(["be", "come", "begin", "end", "arrive", "pass", "bring", "start",
                          "follow", "go", "turn", "seem", "feel", "look", "roll", "fly", "drag",
                          "approach", "mark", "see"])
"""Verbs whose subject is as likely a month as a person ("May came early")."""


#: The last word of a street's name: "reached Alder Street and Ivo…" names no "Street".
_STREET_WORDS = frozenset(["street", "avenue", "road", "lane", "boulevard", "highway", "parkway",
                           "terrace"])


def _looks_like_name(doc: StoryDoc, k: int) -> bool:
    t = doc.toks[k]
    if not t.is_title or t.lower in _NOT_NAMES:
        return False
    if t.lower in _STREET_WORDS and k > 0 and doc.toks[k - 1].is_title:
        return False
    if _only_in_the_title_line(doc, k):
        return False  # "The Autumn Uncle Ivo Came Home": a story's title, not an "Autumn"
    nxt0 = doc.toks[k + 1] if k + 1 < len(doc.toks) else None
    if nxt0 is not None and nxt0.text.isdigit() and not is_given_name(t.text):
        return False  # "rode Tram 9", "Room 12": a numbered thing
    if (k + 2 < len(doc.toks) and doc.toks[k + 1].lower == "and"
            and doc.toks[k + 2].tag == "PRP$" and is_given_name(t.text)
            and name_gender(t.text) is not None):
        return True  # "Frances and her husband": however the tagger took the name
    if t.pos in ("PROPN", "NOUN") and t.is_title and _paired_with_own_kin(doc, k):
        return True  # "Ludo and his sister Zelma are close": a rare name paired with its own kin
    if t.pos == "PROPN" and paired_with_a_personal_pronoun(doc, k):
        return True  # "Ebo and I held our wedding": one of a pair with a person
    if _opens_a_letter(doc, k):
        return True  # "Dear Ebo, we hear you moved …": the letter's reader
    if _after_client_label(doc, k):
        return True  # "Client: Hedwiga Zielinska, 34": the one a note is about, named first
    if t.pos == "PROPN" and t.ent not in ("DATE", "TIME") and _said_to_be_kin(doc, k):
        return True  # "Maelis is Dad's girlfriend": whose relative a word is, is a person
    if t.pos == "PROPN" and t.ent not in ("DATE", "TIME") and _what_kin_is(doc, k):
        return True  # "His daddy is Dashel": what a kin phrase is said to be is a person
    if (t.pos not in ("PRON", "DET", "NUM", "PUNCT") and t.ent not in ("DATE", "TIME")
            and kin_term(t.lower) is None and _age_tagged(doc, k)):
        return True  # "my SIL, Averilly (34F)": only people carry an age and sex tag (the
        # tagger may even call such a name an adverb)
    if _called_in_a_quote(doc, k):
        return True  # "I know, Ebuka.": a rare name someone is spoken to by
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
                     and doc.toks[k + 2].tag == "PRP$"
                     # "Ilko, Lou's brother, lives here": set off by a possessed kin phrase
                     or _sentence_initial(doc, k) and nxt is not None and nxt.text == ","
                     and _possessed_kin_follows(doc, k + 2)
                     # "Ilko dotes on her": the name taken for a modifier of its own verb
                     or _sentence_initial(doc, k) and nxt is not None and nxt.pos == "VERB"
                     and t.head == nxt.i and t.dep in ("amod", "advmod", "compound")))
    if nxt is not None and kin_term(f"{t.lower} {nxt.lower}") is not None:
        return False  # "Foster parents:", "Half sister"
    if t.is_title and (is_given_name(t.text) or t.ent == "PERSON" and t.pos == "PROPN") and (
            _after_kin_noun(doc, k)):
        return True  # "fixed her husband Clarence a meal": however the name was parsed
    head = doc.toks[t.head]
    if nxt is not None and nxt.lower in _NOTE_SHORTHAND and is_given_name(t.text):
        return True  # "Ulla m. Ivo Berg 1985": a given name before a note's union shorthand
    if t.dep == "compound" and head.pos == "NOUN" and head.text.islower():
        return False  # "the Don bend", "a Lego set"
    if (t.pos == "PROPN" or t.pos == "NOUN" and not _sentence_initial(doc, k)) and t.dep in (
            "conj", "appos") and _in_kin_group(doc, k):
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
    if _after_kin_abbreviation(doc, k) and t.pos in ("PROPN", "NOUN"):
        return True  # "MGM Tandi Mwale (61)": a note's grandparent abbreviation before a name
    if (t.pos == "PROPN" and is_given_name(t.text) and name_gender(t.text) is not None
            and (_described_as_person(doc, k) or _object_of_kin_to(doc, k))):
        return True  # "wrote to Ilko, her brother", "an uncle to Ilko": a person, not a place
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
        return True  # "the son of Tancred", "a niece of Ilka and Lou"
    if t.pos in ("PROPN", "NOUN") and _kin_then_aged_name(doc, k):
        return True  # "Half-brother Elof (8)": a note's entry, however the tagger took it
    if t.pos in ("PROPN", "NOUN") and _born_in_a_had_list(doc, k):
        return True  # "They had Elof in 1927, Gunvor in 1930": however the tagger took them
    if t.pos == "PROPN" and t.ent not in ("DATE", "TIME") and (
            _parent_of_counted_kin(doc, k) or _listed_after_colon(doc, k)):
        return True  # "Balwinder and Gurnaam had three children": however the tagger took them
    if _named_after_counted_children(doc, k):
        return True  # "We had two children. Roelke came first, then Gerda."
    if t.pos == "PROPN" and t.ent not in ("DATE", "TIME") and _wed_or_newborn(doc, k):
        return True
    if t.ent in ("GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART"):
        # "Ivo and Tancred, both brothers": paired with a name the tagger saw as a person
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
            return True  # "April, Alaric's daughter, came over"
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
        if t.ent in ("DATE", "TIME"):
            return False
        last = t.head if t.dep == "compound" and doc.toks[t.head].pos == "PROPN" else k
        if t.pos == "PROPN" and t.ent not in ("GPE", "LOC") and _acts_like_a_person(
                doc, last):
            # a rare name tagged as an organisation: "with Ovar Quist, a saddler", "Ovar
            # Quist, born 1902"
            return True
        if t.pos == "PROPN" and t.dep in ("nsubj", "nsubjpass") and doc.toks[
                t.head].lemma in PERSON_ONLY_VERBS:
            return True  # "Ebo drowned", "Ebo emigrated": no place does that
        if paired and t.pos == "PROPN" and t.ent not in ("GPE", "LOC", "FAC") and t.dep in (
                "nsubj", "nsubjpass"):
            return True  # "Wendeline and Gustavo were inseparable": a rare name paired with one
        if t.pos == "PROPN" and t.ent not in ("GPE", "LOC", "FAC") and subject_goes_on_as_a_person(
                doc, k):
            return True  # "Ebo moved to Accra after she turned twenty" (tagged an organisation)
        if name_gender(t.text) is None and not person_role:
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


#: Personal pronouns that only people are: "Ebo and I", "me and Ebo", "Ebo and she".
_PERSON_PRONOUNS = frozenset(["i", "me", "he", "she", "him", "we", "us"])


def paired_with_a_personal_pronoun(doc: StoryDoc, k: int) -> bool:
    """Is the word joined by "and" to a personal pronoun ("Ebo and I", "me and Ebo")?"""
    toks = doc.toks
    t = toks[k]
    low = t.lower
    if low in ROLE_NAMES or low in HUMAN_NOUNS or kin_term(low) is not None or t.ent in (
            "GPE", "LOC", "FAC", "DATE", "TIME") or not t.is_title:
        return False  # ("Vienna and I were made for each other": a place)
    pair = [c for c in t.children if toks[c].dep == "conj"]
    if t.dep == "conj":
        pair.append(t.head)
    return any(toks[j].lower in _PERSON_PRONOUNS and toks[j].tag == "PRP" and abs(j - k) == 2
               and toks[min(j, k) + 1].lower in ("and", "&") for j in pair)


def _paired_with_own_kin(doc: StoryDoc, k: int) -> bool:
    """ "Ludo and his sister", "Ludo and her little brother Bo": a word joined by "and" to a
    "his"/"her" kin phrase, whose owner it is (only a person has kin of their own)."""
    toks = doc.toks
    if k + 3 >= len(toks) or toks[k + 1].lower != "and" or toks[k + 2].lower not in ("his", "her"):
        return False
    low = toks[k].lower
    if low in ROLE_NAMES or low in HUMAN_NOUNS or kin_term(low) is not None:
        return False  # "Client and her brother": a role word, not a name
    j = k + 3
    while j < len(toks) and toks[j].pos == "ADJ" and j < k + 6:
        j += 1
    return j < len(toks) and kin_term(toks[j].lower) is not None and toks[j].sent == toks[k].sent
