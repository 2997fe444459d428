"""Constructions that tell an event by more than a word: a child handed into someone's care
("placed with his aunt", "went to live with Grandma"), a newborn that "followed in 1915", a first
meeting, the start of a job or a schooling, a life cut short ("lived only a day"), and the
checks that keep look-alikes out ("came out to the barn", "inherited his temper").
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.events.grammar import (
    _is_place,
    _time_prep,
)
from genogram.read.events.lexicon import (
    _CARE_NOUNS,
    _KIN_CARERS,
    _MULTIPLE_BIRTH,
    _PLACE_ENTS,
    _SCHOOL_NOUNS,
    _fs,
    _lem,
)

#: What one is expecting or has lost in a pregnancy; who may be born ("a daughter followed").
_BABY_NOUNS = _fs("baby", "pregnancy", "child", "twins", "twin", "son", "daughter")
_NEWBORN_NOUNS = frozenset(["son", "daughter", "child", "baby", "boy", "girl", "twin", "twins",
                            "kid", "brother", "sister", "sibling"])
#: Whom one leaves with when leaving a partner: "left with a sailor she had met on the ferry".
_LOVER_NOUNS = frozenset(["man", "woman", "lover", "boyfriend", "girlfriend", "mistress"])


def _with_new_partner(doc: StoryDoc, k: int) -> bool:
    """'left for Hobart with a man from her choir': leaving one's partner for another."""
    toks = doc.toks
    return any(toks[c].dep == "prep" and toks[c].lower == "with" and any(
        toks[g].dep == "pobj" and toks[g].lemma in _LOVER_NOUNS for g in toks[c].children)
        for c in toks[k].children)


def _newborn_subject(doc: StoryDoc, k: int) -> bool:
    """'A daughter, Aksel, followed', 'a second son came in 1950': an indefinite or ordinal
    child noun as the subject of a verb of arrival that has no object or destination."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    if any(c.dep in ("dobj", "prt") or c.dep == "advmod" and c.lower in ("home", "back", "here",
                                                                      "there", "over")
           or c.dep == "prep" and c.lower in ("to", "from", "into", "with", "for")
           for c in kids):
        return False
    for c in kids:
        if c.dep != "nsubj" or c.lemma not in _NEWBORN_NOUNS:
            continue
        if c.lemma in _MULTIPLE_BIRTH and c.i > k:
            return True   # "three years later came the twins, Tuva and Inger"
        mods = [toks[g] for g in c.children]
        if any(g.dep == "det" and g.lower in ("a", "an", "another")
               or g.dep in ("amod", "nummod", "compound")   # "twin girls, Ana and Emma"
               and g.lower in ("second", "third", "fourth", "fifth", "last", "youngest", "twin",
                               "two") for g in mods):
            return True
    return False


#: What one inherits that is money or property.
_ESTATE_NOUNS = frozenset(["estate", "property", "inheritance", "share", "sum", "land", "farm",
                           "house", "home", "money", "fortune", "business", "shop", "store",
                           "savings", "debt", "debts", "company", "apartment", "flat", "ranch"])


def _inherits_wealth(doc: StoryDoc, k: int) -> bool:
    """'inherited the farm', 'inherited $40,000', 'inherited (it) from an aunt': not a trait."""
    toks = doc.toks
    objs = [toks[c] for c in toks[k].children if toks[c].dep == "dobj"]
    return not objs or any(o.lemma in _ESTATE_NOUNS or o.ent == "MONEY" or o.pos == "PRON"
                           for o in objs)


#: Units of a life cut short: "lived only a day", "lived just three weeks".
_SHORT_SPANS = frozenset(["minute", "hour", "day", "night", "week", "month"])


#: Where one goes when "coming out" or "running off" is only a walk: "came out to the porch".
_NEAR_PLACES = frozenset(["here", "there", "back", "outside", "inside", "front", "down", "up"])


def _lived_only(doc: StoryDoc, k: int) -> bool:
    """'lived only a day', 'lived just two hours': a death told by the short life."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    span = [c for c in kids if c.dep in ("npadvmod", "dobj") and c.lemma in _SHORT_SPANS]
    words = [toks[g].lower for c in span for g in c.children] + [c.lower for c in kids]
    return bool(span) and any(w in ("only", "just", "barely") for w in words)


def _left_for_good(doc: StoryDoc, k: int, lemma: str) -> bool:
    """'came out (to her parents / as gay / in 2016)', 'ran away (from home / to Derby)': not a
    step outside ("came out to the porch", "came out and hugged me", "ran off to the creek")."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    if any(c.dep == "conj" and c.pos == "VERB" and not any(
            toks[g].dep in ("nsubj", "nsubjpass") for g in c.children) for c in kids):
        return False   # "came out and hugged me": one person going on to do more
    if any(c.dep == "advmod" and c.lower in _NEAR_PLACES for c in kids):
        return False
    for c in kids:
        if c.dep != "prep" or c.lower not in ("to", "into", "onto", "through", "toward",
                                              "towards", "across"):
            continue
        for g in c.children:
            w = toks[g]
            if w.dep != "pobj":
                continue
            if lemma == "come" and c.lower == "to" and (w.ent == "PERSON" or w.pos == "PRON"
                                                         or w.lemma in _KIN_CARERS
                                                         or w.lemma in ("parent", "family")):
                continue   # "came out to her parents"
            if lemma != "come" and _is_place(doc, g):
                continue   # "ran away to Derby"
            return False
    return True


_ARRIVAL_VERBS = frozenset(["come", "sail"])


#: Verbs of setting out that take the destination after "for": "sailed for Lisbon".
_SETTING_OUT = frozenset(["sail", "ship", "head"])


def _motion_to_place(doc: StoryDoc, k: int) -> bool:
    toks = doc.toks
    t = toks[k]
    kids = [toks[c] for c in t.children]
    if t.lemma == "make" and not any(c.dep == "dobj" and c.lemma == "way" for c in kids):
        return False   # "made her way through Tangier to Recife"
    if t.lemma == "go" and any(c.dep == "xcomp" for c in kids):
        return False   # "went to live with": a custody, not a bare move
    if _a_visit(doc, k):
        return False   # "went to Turin for a week", "flew to Rome on their honeymoon"
    # "went back to Cairo": the preposition may hang from the adverb
    preps = kids + [toks[g] for c in kids if c.dep == "advmod" and c.lower in ("back", "home")
                    for g in c.children]
    for c in preps:
        if c.dep == "prep" and c.lower == "for" and t.lemma in _SETTING_OUT and any(
                toks[g].dep == "pobj" and _is_place(doc, g) for g in c.children):
            return True   # "sailed for Lisbon", "headed for the coast"
        if c.lower == "out" and t.lemma in _SETTING_OUT and any(
                toks[o].lower == "of" and any(toks[g].dep == "pobj" and _is_place(doc, g)
                                              for g in toks[o].children) for o in c.children):
            return True   # "shipped out of Hull (for Quebec)"
        if c.dep != "prep" or c.lower not in ("to", "from") or (
                c.lower == "from" and t.lemma not in _ARRIVAL_VERBS):
            continue
        # "went to Mass": a bare "go" or "come" needs a tagged place
        loose = t.lemma not in ("go", "come", "walk", "flee", "bring", "take")
        if any(toks[g].dep == "pobj" and (_is_place(doc, g) if loose else toks[g].ent in
                                          _PLACE_ENTS) for g in c.children):
            return True
    return False


#: What a stay somewhere is for when it is a trip, not a move: "for a week", "on holiday",
#: "for the funeral".
_VISIT_NOUNS = frozenset(["day", "days", "week", "weeks", "weekend", "weekends", "month",
                          "months", "night", "nights", "holiday", "holidays", "vacation",
                          "honeymoon", "trip", "visit", "funeral", "wedding", "conference",
                          "christmas", "easter", "thanksgiving", "break", "tour"])


def _a_visit(doc: StoryDoc, k: int) -> bool:
    """The going has the length or the purpose of a trip: "for a week", "for the funeral", "on
    their honeymoon", "on vacation"."""
    toks = doc.toks
    for c in toks[k].children:
        if toks[c].dep in ("advcl", "xcomp") and toks[c].lemma in _VISIT_PURPOSES and any(
                toks[g].lower == "to" for g in toks[c].children) and any(
                toks[g].dep == "dobj" and (toks[g].pos in ("PRON", "PROPN")
                                           or toks[g].lemma in _KIN_CARERS)
                for g in toks[c].children) and not any(
                toks[g].dep == "conj" and toks[g].lemma in ("stay", "remain", "settle")
                for g in toks[k].children):
            return True   # "drove us to Tromso to meet our uncle" (not "..., and stayed")
        if toks[c].dep != "prep" or toks[c].lower not in ("for", "on"):
            continue
        if any(toks[g].dep == "pobj" and toks[g].lower in _VISIT_NOUNS for g in toks[c].children):
            return True
    return False


#: What a trip is made to do: "went to Rome to see her sister" is a visit, not a move.
_VISIT_PURPOSES = frozenset(["meet", "visit", "see", "attend", "bury", "spend", "tour"])


def _expecting_a_child(doc: StoryDoc, k: int) -> bool:
    """'she was expecting (a baby / twins / their first child)': no other object or clause."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    if not any(c.dep == "aux" and c.lemma == "be" for c in kids):
        return False
    if any(c.dep in ("xcomp", "ccomp") for c in kids):
        return False   # "was expecting him to call"
    objs = [c for c in kids if c.dep == "dobj"]
    return not objs or objs[0].lemma in _BABY_NOUNS | {"boy", "girl"}


def _had_someone_then(doc: StoryDoc, k: int) -> bool:
    """'In 1995 Hesper had Emma', 'she had him at nineteen': a person as the object of a past
    "had" dated by a year or an age, with nothing else after it ("had Emma over" is a visit)."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    obj = next((c for c in kids if c.dep == "dobj"), None)
    if obj is None or not (obj.pos == "PROPN" and obj.ent in ("PERSON", "")
                           or obj.lower in ("him", "her", "them")
                           or obj.lemma in _NEWBORN_NOUNS and any(   # "my little sister Emma"
                               toks[g].dep == "appos" and toks[g].pos == "PROPN"
                               for g in obj.children)):
        return False
    if any(c.dep in ("prt", "xcomp", "ccomp", "acomp", "oprd") for c in kids):
        return False
    later = [c for c in kids if c.dep == "advmod" and c.lower in ("later", "afterwards", "after")]
    if any(c.dep == "advmod" and c not in later for c in kids):
        return False   # "had Emma over"
    preps = [c for c in kids if c.dep == "prep"]
    return bool(preps or later) and all(_time_prep(doc, c.i) for c in preps)


def _starts_work(doc: StoryDoc, k: int) -> bool:
    """'started working at the mill', 'went to work for the railway at fourteen': the start of
    a job, not a day's work ("went to work that morning" has no place of work)."""
    toks = doc.toks
    t = toks[k]
    if t.dep not in ("xcomp", "advcl") or t.head == k:
        return False
    head = _lem(toks[t.head])
    if head in ("start", "begin"):
        return True
    return head == "go" and any(toks[c].dep == "prep" and toks[c].lower in ("at", "for", "in",
                                                                          "as", "on")
                                and not _time_prep(doc, c) for c in t.children)


def _custody_verb(doc: StoryDoc, k: int) -> bool:
    """A child given into someone's care: "placed with his aunt", "placed in foster care",
    "removed from mother's care", "brought Sverre to his mother", "took them home with her for
    good", "went to live with Grandma"."""
    toks = doc.toks
    t = toks[k]
    kids = [toks[c] for c in t.children]
    preps: dict[str, list] = {}
    for c in kids:   # a word may come twice: "placed in foster care in 1996"
        if c.dep in ("prep", "dative"):
            preps.setdefault(c.lower, []).append(c)

    def pobjs(word: str) -> list:
        return [toks[g] for c in preps.get(word, []) for g in c.children
                if toks[g].dep == "pobj"]

    def care(word: str) -> bool:
        return any(g.lemma in _CARE_NOUNS or any(toks[x].lower == "foster" for x in g.children)
                   for g in pobjs(word))

    passive = t.tag == "VBN"
    if t.lemma in ("raise", "bring", "rear") and passive and (
            t.lemma != "bring" or any(c.dep == "prt" and c.lower == "up" for c in kids)):
        # "was raised by his grandmother": by someone other than a parent
        return any(c.dep == "agent" and any(toks[g].dep == "pobj" and toks[g].lemma not in
                                            _PARENT_WORDS for g in c.children) for c in kids)
    if t.lemma in ("raise", "rear") and t.tag == "VBD" and not any(
            c.dep == "dobj" and c.pos == "NOUN" and c.lemma not in _KIN_CARERS for c in kids):
        # "her grandmother raised her": someone other than a parent took the child in (not
        # "raised cattle"; a parent's own raising is dropped with the parent pair, see triggers)
        return any(c.dep == "dobj" for c in kids) and any(
            c.dep == "nsubj" and c.lemma not in _PARENT_WORDS and c.pos in ("NOUN", "PROPN")
            for c in kids)
    if t.lemma == "place" and passive and (pobjs("with") or care("in") or care("into")):
        return True
    if t.lemma == "remove" and passive and care("from"):
        return True
    if t.lemma == "take" and passive and (care("into") or care("in")):
        return True   # "was taken into care"
    if t.lemma == "live" and t.dep in ("xcomp", "advcl") and toks[t.head].lemma in (
            "go", "come", "send") and pobjs("with"):
        return True
    if t.lemma in ("bring", "take", "give", "send") and (any(
            c.dep == "dobj" and (c.pos == "PRON" and c.lower not in _THING_PRONOUNS
                                 or c.pos == "PROPN") for c in kids)
            or t.lemma == "send" and passive and any(c.dep == "nsubjpass" for c in kids)):
        # "brought Sverre to his mother", "sent me to my aunt", "was sent to his grandmother"
        to = pobjs("to")
        if any(g.pos in ("PROPN", "NOUN", "PRON") and g.ent not in _PLACE_ENTS
               and (g.lemma in _KIN_CARERS or g.pos == "PROPN" and any(
                   toks[x].lemma in _KIN_CARERS for x in range(max(g.i - 3, 0), g.i)))
               for g in to):   # "to his aunt Tilde"
            return True
        if any(c.lower == "home" for c in kids) and pobjs("with") and any(
                toks[g].lower == "good" for c in preps.get("for", []) for g in c.children):
            return True
    return False


#: Pronouns of things, not of a child handed over ("gave it to his mother").
_THING_PRONOUNS = frozenset(["it", "this", "that", "something", "everything", "nothing",
                             "these", "those"])


_PARENT_WORDS = frozenset(["mother", "father", "parent", "parents", "mom", "mum", "dad", "mama",
                           "papa", "mommy", "daddy", "ma", "pa", "mother-in-law"])


def _first_meeting(doc: StoryDoc, k: int) -> bool:
    """'did not meet until 1999', 'met his father for the first time'."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    negated = any(c.dep == "neg" or c.lower in ("not", "n't", "never") for c in kids)
    if negated:
        return any(c.dep == "prep" and c.lower == "until" or c.dep == "advcl" and any(
            toks[g].lower == "until" for g in c.children) for c in kids)
    i = toks[k].i
    window = " ".join(toks[x].lower for x in range(i + 1, min(i + 9, doc.sents[toks[k].sent].end_tok)))
    if "for the first time" in window:
        return True
    # "eventually met his birth father": one's own kin, met at the end of a wait
    return any(c.lower in ("finally", "eventually") for c in kids) and any(
        c.dep == "dobj" and c.lemma in _MET_KIN and any(
            toks[g].dep == "poss" and toks[g].pos == "PRON" for g in c.children) for c in kids)


#: Kin one may meet at last: a parent, a child or a sibling given up or never known.
_MET_KIN = frozenset(["mother", "father", "parents", "son", "daughter", "brother", "sister",
                      "siblings", "half-brother", "half-sister", "twin", "grandmother",
                      "grandfather", "child", "children"])


#: How a search that ended is told beside "found": "finally", "at last", "again", "later".
_SEARCH_ADVERBS = frozenset(["finally", "eventually", "again", "later", "last", "ago", "online"])
#: Where a search may end that is no place one comes upon someone: "found her on a website".
_ONLINE_NOUNS = frozenset(["internet", "web", "website", "site", "line", "forum", "registry"])
#: Prepositions of a place one comes upon someone: "found him in the barn", "by the gate".
_PLACE_PREPS = frozenset(["in", "at", "on", "by", "under", "behind", "near", "beside", "inside"])
#: Means or lapse of a search: "through an agency", "via a registry", "after twenty years".
_SEARCH_PREPS = frozenset(["through", "via", "after"])
#: Verbs of searching whose clause "found" may close: "searched for years and found him".
_SEARCH_VERBS = frozenset(["search", "look", "hunt", "seek", "track", "try", "write", "hire"])


def _search_ended(doc: StoryDoc, k: int) -> bool:
    """'found' a person as the end of a search after a separation, not a discovery on the
    spot: the finding is dated ("in 2004", "years later"), has a means ("through an agency",
    "on a website"), says the search was long ("finally", "after ten years") or closes a
    search verb ("searched for years and found her"). A bare "found him" or one with only a
    place ("found her by the gate") tells someone come upon, not someone met again."""
    toks = doc.toks
    t = toks[k]
    if t.dep == "conj" and toks[t.head].lemma in _SEARCH_VERBS:
        return True
    kids = [toks[c] for c in t.children]
    dated = place = False
    for c in kids:
        objs = [toks[g] for g in c.children if toks[g].dep == "pobj"]
        if c.dep in ("npadvmod", "advmod") and c.lower in _SEARCH_ADVERBS:
            return True
        if c.dep == "prep" and (c.lower in _SEARCH_PREPS or c.lower == "on" and any(
                g.pos == "PROPN" or g.lemma in _ONLINE_NOUNS for g in objs)):
            return True   # "through an agency", "on Facebook", "on the internet"
        dated |= c.dep in ("npadvmod", "advmod") and (
            c.ent == "DATE" or any(toks[g].ent == "DATE" for g in c.children))
        dated |= c.dep == "prep" and (_time_prep(doc, c.i) or any(g.ent == "DATE" for g in objs))
        dated |= c.dep == "advcl" and any(toks[g].dep == "advmod" and toks[g].lower == "when"
                                          for g in c.children)   # "when I was nineteen"
        place |= c.dep == "prep" and c.lower in _PLACE_PREPS and not _time_prep(doc, c.i) and \
            not any(g.ent == "DATE" for g in objs)
    return dated and not place   # "when I got home I found him on the floor": come upon


def _school_object(doc: StoryDoc, c: int) -> bool:
    w = doc.toks[c]
    if w.dep in ("dobj",) and w.lemma in _SCHOOL_NOUNS:
        return True
    if w.dep == "prep" and w.lower in ("to", "into"):
        return any(doc.toks[g].lemma in _SCHOOL_NOUNS and doc.toks[g].dep == "pobj"
                   for g in w.children)
    return False


def _just_school(doc: StoryDoc, k: int) -> bool:
    """'went to school (with Mama)': schooling as background, not a turn; "went back to
    school" and "went to college" are one."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    if any(c.lower in ("back", "off") for c in kids):
        return False
    return not any(toks[g].lemma in ("college", "university", "seminary")
                   for c in kids if c.dep == "prep" for g in c.children)
