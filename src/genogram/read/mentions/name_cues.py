"""Slots around a capitalised word that say a person stands there: after a possessed kin noun
("his wife April"), after a client label, named by a copula or a naming verb ("her name is Marian",
"a dentist named Anselmo"), subject of a verb only people do, married or born ("Ulla married Tormod"),
or a subject that goes on with "his"/"her". Name detection and name plausibility both ask these.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc, Tok
from genogram.read.lexicon import HUMAN_NOUNS, KIN_ABBREVIATIONS, OCCUPATIONS, kin_term
from genogram.read.mentions.mention import _CLIENT_LABELS, _TAG, TAG_BEFORE
from genogram.read.mentions.numbers import number_word
from genogram.read.names import is_given_name, name_gender

#: Verbs that give a person a name at birth ("named her Ilka", "christened him Piet")
BIRTH_NAMING_LEMMAS = frozenset(["name", "baptize", "baptise", "christen"])
NAMING_LEMMAS = BIRTH_NAMING_LEMMAS | {"call"}


def name_within(doc: StoryDoc, c: int) -> int:
    """The token of a name that a described phrase at ``c`` sets off further on, or -1: "a welder
    from Derby, Ivo Quist" (the parse may hang the name on the place), "a quiet dentist named
    Anselmo Stone". Looks three steps down through prepositions, appositions and participles."""
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


def _sentence_initial(doc: StoryDoc, k: int) -> bool:
    return k == 0 or doc.toks[k - 1].sent != doc.toks[k].sent


def _in_person_slot(doc: StoryDoc, k: int) -> bool:
    """A rarer given name ("Jethro", known to the name data but not common enough to trust
    alone) where a person goes: the subject of a clause that goes on with "his"/"her"
    ("Jethro kept his word"), or a name beside a kin word or another name."""
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


def _after_client_label(doc: StoryDoc, k: int) -> bool:
    """"Client: Hedwiga", or "Pt Hedwiga, 34F": the one a note is about, named after its label
    (with no colon, only when an age follows the name)."""
    toks = doc.toks
    if not toks[k].is_title or toks[k].pos not in ("PROPN", "NOUN", "ADJ", "X"):
        return False
    if k >= 2 and toks[k - 1].text in (":", "(") and toks[k - 2].lower in _CLIENT_LABELS and (
            toks[k - 1].text == ":" or toks[k - 2].is_title):
        return True   # "Client: Ebo", "Pt (Ebo) is a 34F"
    if k >= 1 and toks[k - 1].text == "(" and k + 1 < len(toks) and toks[k + 1].text == ")" and (
            TAG_BEFORE.search(doc.text, max(0, toks[k].start - 12), toks[k].start)):
        return True   # "61M (Ebo) seen today for …": the tag stands for the label
    return (k >= 1 and toks[k - 1].is_title and toks[k - 1].lower in _CLIENT_LABELS
            and toks[k - 1].lower != "name" and toks[k - 1].sent == toks[k].sent
            and _NOTE_AGE.match(doc.text, toks[k].end) is not None)


#: An age (and sex) after a note's name: ", 34F", ", 67 M", ", 45 y/o".
_NOTE_AGE = re.compile(r"\s*,\s*\d{1,3}\s*(?:[MFmf]\b|y/?o\b|yo\b|years?\b|,)")


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
    j = k - 2
    if w.lower == "law" and k >= 5 and toks[k - 3].lower == "in" and toks[k - 5].sent == w.sent:
        w, j = toks[k - 5], k - 6  # "her sister-in-law Ulla": the tagger splits the kin word
    if kin_term(w.lower) is None or w.pos not in ("NOUN", "ADJ") or w.is_title:
        return False
    while j > 0 and j >= k - 4 and (toks[j].tag in ("JJ", "VBG", "HYPH")
                                    or toks[j].lower in ("step", "half", "great")) and (
            toks[j].sent == w.sent):
        j -= 1  # "his loving wife Ulla", "her half-sister Ulla" (split at the hyphen)
    if toks[j].tag in ("PRP$", "POS"):
        return True
    # "his daughter Ulla and son Piet": the possessive before "and" is shared
    return toks[j].lower == "and" and any(toks[i].tag in ("PRP$", "POS") and toks[i].sent == w.sent
                                          for i in range(max(0, j - 4), j))


def _possessed_kin_follows(doc: StoryDoc, j: int) -> bool:
    """Does a possessed kin phrase start at token ``j`` ("Alaric's daughter", "her son")?"""
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


def _named_by_copula(doc: StoryDoc, k: int) -> bool:
    """The X of "(Her) name is X" / "was named X" / "is called X" / "I'm X" / "my name: X"."""
    toks = doc.toks
    if k < 2:
        return False
    a, b = toks[k - 2], toks[k - 1]
    t = toks[k]
    if t.pos == "PROPN" and t.ent not in ("NORP", "GPE", "LOC", "DATE") and (
            t.dep == "attr" and b.i == t.head and b.lemma == "be" and a.lower == "i"
            and a.dep == "nsubj" and a.head == b.i):
        return True  # "I'm Dibs, the middle one": the teller says who they are
    if t.dep == "appos" and toks[t.head].lower == "name" and b.text == ":" and b.head == t.head:
        return True  # "she wrote my name: Zephyrine"
    return (a.lower == "name" and b.lemma == "be") or (
        b.lower in ("named", "called", "christened", "baptized", "baptised")
        and toks[k].sent == b.sent) or (
        # "We named her Orla", "they christened him Crispin"
        b.lower in ("her", "him") and a.lemma in BIRTH_NAMING_LEMMAS and a.tag == "VBD"
        and a.sent == toks[k].sent) or _called_by_nickname(doc, k)


#: Verbs that give someone a name to be called by (not at birth): "everyone called him Kip".
_CALLING_LEMMAS = frozenset(["call", "nickname", "dub"])


def _called_by_nickname(doc: StoryDoc, k: int) -> bool:
    """The X of "everyone called him X" or "the neighbours called the child X": the second object of
    a calling verb is a name, however rare the word; a date ("called her Monday") is a phone
    call, and a kin title ("called her Mam") is read as a title, not here."""
    toks = doc.toks
    t = toks[k]
    if t.ent in ("DATE", "TIME") or kin_term(t.lower) is not None or k < 2:
        return False
    j = k - 1
    if toks[j].lower not in ("him", "her", "me"):
        # "called the child X": an article, then a person noun ("called his daughter Ada" is
        # read as a kin word with its name elsewhere)
        noun = toks[j]
        if not (noun.text.islower() and (noun.lemma in HUMAN_NOUNS or kin_term(noun.lower))):
            return False
        j -= 1
        if j < 1 or toks[j].lower != "the":
            return False
    verb = toks[j - 1]
    return verb.lemma in _CALLING_LEMMAS and verb.pos == "VERB" and verb.sent == t.sent


#: Verbs whose subject is a person: a capitalised unknown word doing these is a name.
_HUMAN_VERBS = frozenset(["marry", "remarry", "divorce", "die", "bear", "raise", "adopt", "foster", "cheat", "say", "tell", "ask", "reply", "cry", "laugh", "smile", "weep", "love", "hate", "miss", "kiss", "hug", "sob", "whisper", "shout", "scream", "sing", "dance", "pray"])

#: Verbs no place or organisation is the subject of, whatever the entity tagger says of a rare
#: name ("Ebo drowned", tagged a place): a person.
PERSON_ONLY_VERBS = frozenset(["drown", "emigrate", "immigrate", "elope", "propose", "wed",
                               "marry", "remarry", "divorce", "baptise", "baptize", "christen",
                               "enlist", "dote", "adore", "confide", "miscarry"])

#: More verbs only people do, of life events and family feelings: "Ilko drowned", "Ilko
#: emigrated", "Ilko dotes on her", "Ilko was baptised" (asked only of a name the tagger does
#: not call a place).
_LIFE_VERBS = PERSON_ONLY_VERBS | frozenset([
    "retire", "graduate", "conceive", "cherish", "resent", "despise", "loathe", "forgive",
    "mourn", "grieve", "nurse", "babysit", "quarrel", "bicker", "apologise", "apologize",
    "bury", "widow", "murder", "enrol", "enroll", "study", "cohabit", "betroth", "apprentice"])

#: Verbs whose passive subject is a person ("Ilko was killed in the war", "was stabbed").
_HUMAN_PASSIVES = frozenset(["kill", "shoot", "stab", "hire", "fire", "arrest", "jail",
                             "imprison", "deport", "diagnose", "hospitalise", "hospitalize",
                             "admit", "discharge", "draft", "conscript", "orphan", "abandon"])

#: Particles that make "passed" a death: "passed away", "passed on".
_DEATH_PARTICLES = frozenset(["away", "on"])


#: What only a person has, starts or ends: "Edric had an affair", "Ilke had a miscarriage".
_HUMAN_OBJECTS = frozenset(["affair", "fling", "miscarriage", "abortion", "stillbirth", "knot"])

#: Events of a person's own life, whose owner is a person: "Ebo's infidelity", "Ilava's funeral".
_HUMAN_EVENTS = frozenset(["affair", "infidelity", "divorce", "wedding", "funeral", "pregnancy",
                           "miscarriage", "engagement", "remarriage", "burial", "christening",
                           "baptism", "widowhood", "adultery"])

_PARTNER_VERBS = frozenset(["marry", "remarry", "wed", "divorce", "date"])


def _wed_or_newborn(doc: StoryDoc, k: int) -> bool:
    """ "Ulla married Tormod", "was engaged to Tormod", "gave birth to Runhild", "divorced from
    Tormod", "an affair with Tormod", "proposed to Tormod": slots only a person fills, whatever
    the entity tagger made of an unfamiliar name."""
    toks = doc.toks
    t = toks[k]
    head = toks[t.head]
    if t.dep == "compound" and head.pos == "PROPN" and head.i > k:
        t, head = head, toks[head.head]  # "to Ebo Obi": the surname holds the slot
    if t.dep in ("dobj", "dative") and head.lemma in _PARTNER_VERBS:
        return True   # (a dative when the parser took a time after it for the object)
    if t.dep == "dobj" and any(toks[c].dep == "prep" and toks[c].lower == "as" and any(
            toks[g].dep == "pobj" and kin_term(toks[g].lower) is not None
            for g in toks[c].children) for c in head.children):
        return True   # "took Ebo as his wife": only a person is taken as kin
    if t.dep == "nsubj" and head.dep == "ccomp" and kin_term(head.lower) is not None and (
            toks[head.head].lemma == "make"):
        return True   # "made Ebo his wife"
    if t.dep == "nsubj" and head.lemma in ("make", "take") and any(
            toks[c].dep == "ccomp" and kin_term(toks[c].lower) is not None
            and any(toks[g].dep == "poss" for g in toks[c].children) for c in head.children):
        return True   # "Ebo made Ana his wife": the one whose wife she became
    if t.dep == "poss" and head.lemma in _HUMAN_EVENTS:
        return True   # "Ebo's infidelity", "Ilava's funeral"
    if t.dep == "dative" and any(toks[c].dep == "dobj" and toks[c].lemma in ("custody",
                                                                          "guardianship")
                                 for c in head.children):
        return True   # "the court awarded Ebo custody"
    if t.dep == "pobj" and head.lower == "from" and (toks[head.head].lower in (
            "divorced", "separated", "divorce", "estranged") or divorce_sought(doc, head.head)):
        return True  # "divorced from Radovan", "sued for divorce from Radovan"
    if t.dep != "pobj" or head.lower not in ("to", "with"):
        return False
    up = toks[head.head]
    if head.lower == "with" and up.lower in _UNION_WITH:
        return True  # "an affair with Ilava", "reunited with Stefa", "a fling with Ilava"
    if head.lower == "to" and (up.lower in ("betrothed", "unfaithful") or up.lemma == "propose"):
        return True  # "betrothed to Ebo", "proposed to Ebo"
    return (up.lower in ("married", "engaged", "marriage", "engagement", "wedding")
            or up.lemma in ("marry", "remarry")) or (
        head.lower == "to" and (up.lower == "birth" or any(
            toks[c].lower == "birth" and toks[c].dep == "dobj" for c in up.children)))


#: Words whose "with" names a partner or a long-lost relative: "an affair with …".
_UNION_WITH = frozenset(["affair", "fling", "infidelity", "reunited", "eloped", "cohabiting",
                         "cohabited"])

_WHO = frozenset(["who", "whom", "whose"])


def _described_as_person(doc: StoryDoc, k: int) -> bool:
    """A word set off by a kin or person noun in apposition ("wrote to Ilko, her brother") or by a
    "who" clause ("smiled at Ilko, who is her grandson"): only a person is described so, whatever
    the entity tagger guessed (a place, an organisation)."""
    toks = doc.toks
    for c in toks[k].children:
        w = toks[c]
        if w.dep == "appos" and (w.lemma in HUMAN_NOUNS or kin_term(w.lower) is not None):
            return True
        if w.dep == "relcl" and any(toks[g].lower in _WHO for g in w.children):
            return True
    return False


def _object_of_kin_to(doc: StoryDoc, k: int) -> bool:
    """ "an uncle to Ilko", "a mother to Ilko": the object of "to" after a kin noun is a person."""
    toks = doc.toks
    t = toks[k]
    prep = toks[t.head]
    return (t.dep == "pobj" and prep.lower == "to" and prep.head != prep.i
            and kin_term(toks[prep.head].lower) is not None)


#: A clinical note's grandparent abbreviations, written before the grandparent's name (the
#: singular ones: "MGM", not "MGPs").
_NOTE_KIN_ABBREVIATIONS = frozenset(k.upper() for k, (word, _side) in KIN_ABBREVIATIONS.items()
                                    if not word.endswith("s"))


def _after_kin_abbreviation(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` right after a note's grandparent abbreviation ("MGM Tandi Mwale")?"""
    return k > 0 and doc.toks[k - 1].text in _NOTE_KIN_ABBREVIATIONS and (
        doc.toks[k - 1].sent == doc.toks[k].sent)


def set_off_in_quote(doc: StoryDoc, k: int, *, after_a_stop: bool = False) -> tuple[bool, bool]:
    """Is token ``k`` set off on its left and on its right inside its quote: at the quote's edge
    or by a comma (on the left also after a sentence's end, with ``after_a_stop``)?"""
    toks = doc.toks
    t = toks[k]
    before = toks[k - 1] if k > 0 else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    opening = (",", "\u201c", '"', ".", "?", "!") if after_a_stop else (",", "\u201c", '"')
    left = before is None or before.quote != t.quote or before.text in opening
    right = after is None or after.quote != t.quote or after.text in (",", ".", "!", "?")
    return left, right


def _called_in_a_quote(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` a name someone is addressed by inside a quote ("I know, Ebuka.",
    "Ebuka, sit down")? The tagger's person tag in a vocative's place: set off by a comma or
    the quote's edge on both sides and hung on the clause as a modifier, not an argument."""
    toks = doc.toks
    t = toks[k]
    if t.quote == -1:
        return False
    before = toks[k - 1] if k > 0 else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    left, right = set_off_in_quote(doc, k)
    if t.ent == "PERSON" and t.pos == "PROPN" and t.dep in ("npadvmod", "ROOT"):
        return left and right
    # ("Ylva, come eat," whatever the tagger made of the name): a known given name that
    # opens the quote before a comma, or closes it after one
    opens = (before is None or before.quote != t.quote or before.text in ("\u201c", '"')) and (
        after is not None and after.text == ",")
    closes = before is not None and before.text == "," and (
        after is None or after.quote != t.quote or after.text in (".", "!", "?") and (
            k + 2 >= len(toks) or toks[k + 2].quote != t.quote))
    return (t.is_title and (opens or closes) and is_given_name(t.text)
            and name_gender(t.text) is not None and kin_term(t.lower) is None)


def _age_tagged(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` (or the capitalised word right after it, a surname) followed by a forum's
    age and sex tag, "Averilly (34F)"? Only people are tagged so, whatever the word's tag."""
    toks = doc.toks
    j = k
    if j + 1 < len(toks) and toks[j + 1].is_title and toks[j + 1].pos == "PROPN" and (
            toks[j + 1].sent == toks[k].sent):
        j += 1
    return (j + 1 < len(toks) and toks[j + 1].text == "("
            and _TAG.match(doc.text, toks[j + 1].start) is not None)


def _said_to_be_kin(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` the subject of "be" whose predicate is a possessed kin noun ("Maelis is
    Dad's girlfriend", "Tovah was my aunt")? Only a person is someone's relative."""
    toks = doc.toks
    t = toks[k]
    if t.dep != "nsubj" or toks[t.head].lemma != "be":
        return False
    return any(toks[c].dep == "attr" and kin_term(toks[c].lower) is not None and any(
        toks[g].dep == "poss" for g in toks[c].children) for c in toks[t.head].children)


def _what_kin_is(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` the predicate of "be" whose subject is a kin or person noun ("His daddy
    is Dashel", "The baby is Fennimore")? Only a person is what a relative is."""
    toks = doc.toks
    t = toks[k]
    if t.dep not in ("attr", "acomp") or toks[t.head].lemma != "be":
        return False  # ("The baby was Fenna": the tagger may call the name a complement)
    return any(toks[c].dep == "nsubj" and not toks[c].is_title and (
        kin_term(toks[c].lower) is not None or toks[c].lemma in HUMAN_NOUNS)
        for c in toks[t.head].children)


def _an_age(doc: StoryDoc, k: int) -> bool:
    """A bare number a person's age can be ("thirteen", "34"), or one with "years old"."""
    toks = doc.toks

    def age(j: int) -> bool:
        n = number_word(toks[j].text)
        return n is not None and 0 < n <= 110

    if age(k) and toks[k].pos == "NUM":
        return True
    return toks[k].lower == "old" and any(
        toks[c].lemma == "year" and any(age(g) for g in toks[c].children)
        for c in toks[k].children)


def aged_subject(doc: StoryDoc, k: int) -> bool:
    """Is ``k`` the subject of a copula with an age ("Peredur was thirteen", "Ilko is 34 years
    old")? Only people have an age, so such a word is a name wherever else it stands."""
    toks = doc.toks
    verb = toks[toks[k].head]
    if any(toks[c].dep == "det" for c in toks[k].children):
        return False  # "The Mill was 90 years old": a thing
    return toks[k].dep == "nsubj" and verb.lemma == "be" and any(
        _an_age(doc, c) or _aged_person_noun(doc, c)
        for c in verb.children if toks[c].dep in ("acomp", "attr"))


def _aged_person_noun(doc: StoryDoc, k: int) -> bool:
    """ "a 63-year-old widow", "a 7-year-old girl": a person noun with an age before it."""
    toks = doc.toks
    t = toks[k]
    if t.lemma not in HUMAN_NOUNS and kin_term(t.lower) is None:
        return False
    return any(toks[c].lower == "old" and _an_age(doc, c) for c in t.children)


def _own_kin_in_clause(doc: StoryDoc, verb: Tok) -> bool:
    """Does the verb's object (or the object of a preposition on it) have a "his"/"her" kin word?
    ("Ilko dotes on his sister", "Ilko called her mother", "Ilko had a falling-out with his
    cousin"): only a person has kin of their own.
    (Not "its", nor "their", which may be others'.)"""
    toks = doc.toks
    # the object, and the objects of prepositions on the verb, on its object or on its
    # complement: "is fond of his niece", "relies on her mother"
    holders = [verb.i] + [c for c in verb.children if toks[c].dep in ("dobj", "acomp", "attr")]
    objs = [c for c in verb.children if toks[c].dep == "dobj"] + [
        g for h in holders for c in toks[h].children if toks[c].dep == "prep"
        for g in toks[c].children if toks[g].dep == "pobj"]

    def own_kin(o: int) -> bool:
        # "his aunt", or "his aunt Orsika" parsed with the name as the head
        kin = kin_term(toks[o].lower) is not None or any(
            toks[g].dep == "compound" and kin_term(toks[g].lower) is not None
            for g in toks[o].children)
        return kin and any(toks[g].dep == "poss" and toks[g].lower in ("his", "her")
                           for g in toks[o].children)

    return any(own_kin(o) for o in objs)


def divorce_sought(doc: StoryDoc, verb: int) -> bool:
    """Does ``verb`` seek a divorce or separation ("sued for divorce from …")?"""
    toks = doc.toks
    return any(toks[c].dep == "prep" and toks[c].lower == "for" and any(
        toks[g].dep == "pobj" and toks[g].lemma in ("divorce", "separation", "annulment")
        for g in toks[c].children) for c in toks[verb].children)


def subject_goes_on_as_a_person(doc: StoryDoc, k: int) -> bool:
    """Is ``k`` the subject of a clause whose own subordinate clause goes on with "he"/"she" as
    its subject ("Ebo moved to Accra after she turned twenty")? Not when the verb's object is that
    pronoun's person ("Acme hired her when she was 22": the "she" is the one hired)."""
    toks = doc.toks
    t = toks[k]
    if t.dep not in ("nsubj", "nsubjpass") or any(toks[c].dep == "det" for c in t.children):
        return False
    verb = toks[t.head]
    if any(toks[c].dep in ("dobj", "dative") and toks[c].tag == "PRP" for c in verb.children):
        return False
    for c in verb.children:
        if toks[c].dep not in ("advcl", "conj"):
            continue
        if any(toks[g].dep in ("nsubj", "nsubjpass") and toks[g].lower in ("he", "she")
               for g in toks[c].children):
            return True
    return False


def _acts_like_a_person(doc: StoryDoc, k: int) -> bool:
    """Subject of a verb only people do, or described by a person noun in apposition."""
    toks = doc.toks
    t = toks[k]
    for c in t.children:
        w = toks[c]
        if w.dep == "appos" and (w.lemma in HUMAN_NOUNS or w.lemma in OCCUPATIONS
                                 or kin_term(w.lower) is not None):
            return True  # "Ovar Quist, a saddler"
        if w.dep == "acl" and w.lower == "born" and any(
                toks[g].ent == "DATE" or toks[g].text.isdigit() for g in w.children):
            return True  # "Ovar Quist, born 1902 in …"
    verb = toks[t.head]
    if _wed_or_newborn(doc, k):
        return True
    if t.dep == "conj" and verb.dep in ("nsubj", "nsubjpass") and verb.head != verb.i:
        # "Ilko and Bo tied the knot": the second of two subjects does what the first does
        t, verb = verb, toks[verb.head]
    if t.dep not in ("nsubj", "nsubjpass"):
        return False
    if aged_subject(doc, k) or divorce_sought(doc, verb.i):
        return True   # ("Ebo sued for divorce")
    fronted = k + 1 < len(toks) and toks[k + 1].text == "," and (
        k == 0 or toks[k - 1].sent != t.sent or toks[k - 1].text in ("\n", "-", "*"))
    if not fronted:   # ("Tired, tearful, apologized for being late": a note's adjectives, not a name)
        if verb.lemma == "pass" and any(toks[c].dep == "prt" and toks[c].lower in
                                        _DEATH_PARTICLES for c in verb.children):
            return True   # "Ilko passed away in his sleep"
        if t.dep == "nsubjpass" and verb.lemma in _HUMAN_PASSIVES:
            return True
        if _own_kin_in_clause(doc, verb):
            return True   # "Ilko spoils his baby brother": the clause's own "his" kin
        if verb.lemma in _LIFE_VERBS or any(toks[c].dep == "conj" and toks[c].lemma in
                                            _LIFE_VERBS for c in verb.children):
            return True
    return verb.lemma in _HUMAN_VERBS or any(
        toks[c].dep == "conj" and toks[c].lemma in _HUMAN_VERBS for c in verb.children) or any(
        toks[c].dep == "dobj" and toks[c].lemma in _HUMAN_OBJECTS for c in verb.children) or (
        verb.lemma in ("get", "become", "fall") and any(
            toks[c].dep in ("acomp", "advmod") and toks[c].lower == "pregnant"
            for c in verb.children))   # ("fell pregnant" may be parsed as an adverb)


def _person_tagged_actor(doc: StoryDoc, k: int) -> bool:
    """A word the entity tagger calls a person that is the subject of a told verb ("Ebo
    sailed for Lisbon"): the tagger and the clause agree on a person."""
    t = doc.toks[k]
    head = doc.toks[t.head]
    return (t.ent == "PERSON" and t.is_title and t.dep in ("nsubj", "nsubjpass")
            and head.pos == "VERB" and head.tag in ("VBD", "VBN", "VBZ")
            and not any(doc.toks[c].dep == "det" for c in t.children)   # ("the Cornish had")
            # ("Quiet, tidy, apologized": a note's adjectives)
            and not (k + 1 < len(doc.toks) and doc.toks[k + 1].text == ","))


#: Words of a letter's salutation before its reader's name: "Dear Ebo,", "My dearest Ebo,".
_SALUTATION_WORDS = frozenset(["dear", "dearest", "my", "darling"])
_SECOND_PERSON = frozenset(["you", "your", "yours", "yourself"])


def _opens_a_letter(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` the reader's name a letter opens with ("Dear Ebo,", "Ebo, happy birthday!
    Your boy …")? A kin title ("Dad,") is no name; see ``letter_opening``."""
    t = doc.toks[k]
    return (t.is_title and kin_term(t.lower) is None and t.lower not in _SALUTATION_WORDS
            and letter_opening(doc, k, k))


def letter_opening(doc: StoryDoc, a: int, b: int, *, saluted_enough: bool = False) -> bool:
    """Do tokens ``a``..``b`` open the text as a letter's reader: first in it but for a salutation
    ("Dear", "My dearest"), set off by a comma or "!", with "you" or "your" in the first two
    sentences? ``saluted_enough``: a "Dear" needs no "you", and a line break may set the name
    off (for a reader already known to be a person)."""
    toks = doc.toks
    j = a - 1
    while j >= 0 and toks[j].lower in _SALUTATION_WORDS:
        j -= 1
    if j >= 0 and toks[j].text.strip():
        return False
    after = toks[b + 1].text if b + 1 < len(toks) else ""
    if after not in (",", "!") and not (saluted_enough and _LINE_END.match(doc.text, toks[b].end)):
        return False
    if saluted_enough and j < a - 1:
        return True
    end = doc.sents[min(toks[b].sent + 1, len(doc.sents) - 1)].end_tok
    return any(toks[x].lower in _SECOND_PERSON for x in range(b + 1, end))


_LINE_END = re.compile(r"[ \t]*\n")
