"""The mention finder: one pass over the tokens taking each as an abbreviation, a pronoun, a name,
a kin phrase or a description, then fusing quoted nicknames and linking the mentions.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.lexicon import HUMAN_NOUNS, kin_term
from genogram.read.mentions.abbreviations import (
    PARENT_SHORTHAND,
    _link_abbreviations,
    defined_abbreviations,
    parent_shorthand,
)
from genogram.read.mentions.apposition_checks import letter_reader_kin
from genogram.read.mentions.counted_names import name_counted_children
from genogram.read.mentions.descriptions import _desc_mention, _unnamed_lover, _unnamed_spouse
from genogram.read.mentions.groups import (
    _born_in_a_had_list,
    _kin_then_aged_name,
    _listed_after_colon,
    _named_after_counted_children,
    _parent_of_counted_kin,
)
from genogram.read.mentions.kin import (
    _is_compound_modifier,
    _kin_at,
    _kin_mention,
    _starts_hyphenated_kin,
)
from genogram.read.mentions.kin_predicates import link_had_as, pair_kin_with_names
from genogram.read.mentions.linking import _link_syntax, link_stated_names_of
from genogram.read.mentions.mention import Mention
from genogram.read.mentions.name_cues import _after_client_label, _opens_a_letter, set_off_in_quote
from genogram.read.mentions.name_detection import (
    _looks_like_name,
    _paired_with_own_kin,
    paired_with_a_personal_pronoun,
)
from genogram.read.mentions.name_mentions import _known_name_words, _name_mention, honorific_pairs
from genogram.read.mentions.nicknames import _fuse_quoted_nicknames
from genogram.read.mentions.places import (
    _a_people_or_language,
    _hyphenated_thing,
    _names_a_thing,
    _place_object,
    a_known_place,
)
from genogram.read.mentions.pronouns import PRONOUNS, _is_nonhuman_they
from genogram.read.mentions.pseudonyms import pseudonym_letters

_MONTHS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"])


#: Month abbreviations that are also given names or words ("Jan", "Dec", "Mar", "Aug").
_MONTH_ABBREVIATIONS = frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                  "oct", "nov", "dec"])
#: (not "to", "of", "by" or "from": "wrote to Jan", "the son of Jan" are people)
_TIME_PREPOSITIONS = frozenset(["since", "until", "till", "in", "through", "before", "after",
                                "last", "next", "each", "every"])


def _month_abbreviation(doc: StoryDoc, k: int) -> bool:
    """ "suspended twice since Jan", "in Aug 2019", "3 Jan": a month abbreviation after a time
    preposition or beside a day or a year dates something; "Jan Berg" is a person."""
    toks = doc.toks
    if toks[k].lower.rstrip(".") not in _MONTH_ABBREVIATIONS:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.is_title and nxt.pos == "PROPN":
        return False  # "Jan Berg"
    prev = toks[k - 1] if k > 0 else None
    return (prev is not None and (prev.lower in _TIME_PREPOSITIONS or prev.tag == "CD")
            or nxt is not None and nxt.tag == "CD")


def _step_or_half_word(word: str) -> bool:
    """A one-word step or half relative ("stepfather", "half-sister"): never an adjective."""
    term = kin_term(word)
    return term is not None and bool(term.qual & {"step", "half"}) and " " not in word


def _month_in_brackets(doc: StoryDoc, k: int) -> bool:
    """ "UPDATE (June, OP again)": a month name opening brackets dates the text, whatever the
    entity tagger thought."""
    return doc.toks[k].lower in _MONTHS and k > 0 and doc.toks[k - 1].text == "("


def _pair_notation(m: Mention, known: set[str], letters: dict[str, str]) -> bool:
    """Is name mention ``m`` a note's hyphenated pair or triangle of people ("Ulla-Bo", "J-R",
    "J-R-Bogi"): every part a given name found elsewhere or a letter standing for one (a
    double-barrelled surname, "Smythe-Vane", has parts that are no given names)?"""
    if not m.name or " " in m.name or "-" not in m.name:
        return False
    parts = m.name.split("-")
    return len(parts) >= 2 and all(p in known or p in letters for p in parts)


def _denied_indefinite(doc: StoryDoc, m: Mention) -> bool:
    """ "he did not have a father or an uncle", "she never had a sister": an indefinite relative that a
    negated verb says was not there."""
    toks = doc.toks
    t = toks[m.head]
    if not any(toks[c].dep == "det" and toks[c].lower in ("a", "an", "any")
               for c in t.children):
        return False
    k = t.i
    while toks[k].dep == "conj" and toks[k].head != k:
        k = toks[k].head  # "a father or an uncle": the second hangs on the first
    if toks[k].dep != "dobj":
        return False
    verb = toks[toks[k].head]
    return any(toks[c].dep == "neg" or toks[c].lower == "never" for c in verb.children)


def _family_membership(doc: StoryDoc, m: Mention) -> bool:
    """ "I am not a Karlsen", "she was every inch a Lind": a one-word family name after "a" as
    what someone is (the predicate of "be"/"become") names a family, not a person."""
    toks = doc.toks
    k = doc.tok_at(m.start)
    t = toks[m.head]
    return (k > 0 and toks[k - 1].lower in ("a", "an") and m.name is not None
            and " " not in m.name and t.dep == "attr"
            and toks[t.head].lemma in ("be", "become") and not any(
                toks[c].lower in ("too", "also") for c in (*t.children, *toks[t.head].children)))
    # (but "his dad was a Sten too": named Sten as well, a person)


#: Endearments a speaker calls someone by ("Honey, …", "…, sweetheart."): no one's name.
_CALLS = frozenset(["honey", "hon", "sweetheart", "sweetie", "darling", "dear", "dearie", "sugar",
                    "love", "lovey", "pet", "babe", "kiddo", "buddy", "pal", "sweetpea"])


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
    letters = pseudonym_letters(doc)
    abbrs = defined_abbreviations(doc)
    shorthand = parent_shorthand(doc)
    for t in toks:
        if t.i in used:
            continue
        low = t.lower
        if t.i in shorthand:
            # "Mo reports …", "Mo says Fa moved away": the note's mother and father
            term = kin_term(PARENT_SHORTHAND[t.text])
            m = _kin_mention(doc, t.i, t.i, term) if term is not None else None
            if m is not None:
                add(m)
            continue
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
        # --- a letter the story uses as a name ("who I'll call J" … "J's dad")
        if t.text in letters and t.pos in ("PROPN", "NOUN", "X", "PRON", "DET", "ADJ"):
            add(Mention(0, t.start, t.end, t.i, "name", quote=t.quote, name=letters[t.text]))
            used.add(t.i)
            continue
        # --- names (spaCy PERSON entities, or capitalised given names)
        if t.quote != -1 and low in _CALLS and all(set_off_in_quote(doc, t.i, after_a_stop=True)):
            continue  # "Honey, sit down": what a speaker calls the one spoken to, no name
        if t.is_title and a_known_place(doc, t.i):
            continue  # "to Arvika" once, so "Arvika" is that place wherever it stands alone
        recurring = (t.text in known and t.is_title and t.i not in used
                     and not _place_object(doc, t.i) and kin_term(low) is None
                     and not _a_people_or_language(doc, t.i))
        if not _month_in_brackets(doc, t.i) and not _month_abbreviation(doc, t.i) and (
                t.ent == "PERSON" and t.ent_start and not _place_object(doc, t.i)
                and not _names_a_thing(doc, t.i) and not _a_people_or_language(doc, t.i)
                and not _hyphenated_thing(doc, t.i)
                or recurring or _looks_like_name(doc, t.i) and not (
                    t.ent in ("LOC", "GPE", "FAC") and _a_people_or_language(doc, t.i))):
            m = _name_mention(doc, t.i, used, known=recurring or _after_client_label(doc, t.i)
                              or _opens_a_letter(doc, t.i)
                              or t.pos == "PROPN" and (_parent_of_counted_kin(doc, t.i)
                                                       or _listed_after_colon(doc, t.i)
                                                       or _named_after_counted_children(doc, t.i)
                                                       or _born_in_a_had_list(doc, t.i)
                                                       or _kin_then_aged_name(doc, t.i)
                                                       or _paired_with_own_kin(doc, t.i)
                                                       or paired_with_a_personal_pronoun(
                                                           doc, t.i)))
            if m is not None and _pair_notation(m, known, letters):
                continue  # "the Ulla-Bo cutoff", "(J-R conflict)": two people, named as a pair
            if m is not None and _family_membership(doc, m):
                continue  # "I am not a Karlsen": one of a family, not a person of that name
            if m is not None:
                add(m)
                if m.start == t.start or kin_term(low) is None or kin_term(low).title:
                    continue
                # ("Grandson Orvar": the kin word before the name is read on its own too)
        # --- kin words and human nouns
        if t.pos in ("NOUN", "PROPN") or (t.is_title and kin_term(low)) or (
                t.pos in ("ADJ", "VERB") and t.i > 0 and toks[t.i - 1].tag in ("PRP$", "POS")
                and kin_term(low)) or (  # "his aunt Ulla", "her sibling Ivo" tagged ADJ or VERB
                t.pos in ("ADJ", "ADV") and t.dep != "amod" and _step_or_half_word(low)):
            # ("Ivo Lind (47), stepfather.": the tagger calls the bare word an adjective)
            term, a = _kin_at(doc, t.i)
            if term is not None and _starts_hyphenated_kin(doc, t.i):
                continue  # "ex" of "ex-husband", "mother" of "mother-in-law": read at the end
            if term is not None and not _is_compound_modifier(doc, t.i):
                m = _kin_mention(doc, t.i, a, term)
                if m is not None:
                    add(m)
                continue
            if (low in HUMAN_NOUNS or t.lemma in HUMAN_NOUNS or _unnamed_spouse(doc, t.i)
                    or _unnamed_lover(doc, t.i)):
                m = _desc_mention(doc, t.i)
                if m is not None:
                    add(m)
    out = honorific_pairs(doc, out)
    out = _fuse_quoted_nicknames(doc, out)
    _link_syntax(doc, out)
    letter_reader_kin(doc, out)
    link_stated_names_of(doc, out)
    link_had_as(doc, out)
    pair_kin_with_names(doc, out)
    name_counted_children(doc, out)
    _link_abbreviations(doc, out, abbrs)
    for m in out:
        if m.kind in ("kin", "desc") and _denied_indefinite(doc, m):
            m.generic = True  # "he did not have a father": nobody in particular
    denied = {m.head for m in out if m.generic}
    for m in out:
        t = toks[m.head]
        if m.kind == "kin" and t.dep in ("appos", "conj") and t.head in denied:
            m.generic = True  # "not his aunt, not his godmother": each role denied
    # a denied role is no one, the same as nobody: "You are not my dad, Bo!" speaks to Bo
    nobody = {m.idx for m in out if m.generic}
    if nobody:
        for m in out:
            m.same_as[:] = [] if m.generic else [j for j in m.same_as if j not in nobody]
    return out
