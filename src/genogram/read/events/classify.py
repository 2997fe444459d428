"""The event type a verb, adjective or verb phrase tells (``_verb_type``), the phrase cues of
``lexicon`` it fits (``_cue_type``) and whether an event noun is meant as one (``_noun_fits``);
the constructions that need more than a word are in ``constructions``.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc, Tok
from genogram.read.events.constructions import (
    _BABY_NOUNS,
    _NEWBORN_NOUNS,
    _a_visit,
    _custody_verb,
    _expecting_a_child,
    _first_meeting,
    _had_someone_then,
    _inherits_wealth,
    _just_school,
    _left_for_good,
    _lived_only,
    _motion_to_place,
    _newborn_subject,
    _school_object,
    _search_ended,
    _starts_work,
)
from genogram.read.events.grammar import (
    _is_place,
    _obj_lemmas,
    _particle,
    _passive,
    _time_prep,
    _to_place,
)
from genogram.read.events.irrealis import _caused, _dates_another
from genogram.read.events.lexicon import (
    _BUSINESS_NOUNS,
    _CUE_VERBS,
    _CUES,
    _KIN_CARERS,
    _LOST_FIGHTS,
    _MOTION_VERBS,
    _NOUN_NEEDS,
    _WISH_HEADS,
    CONDITION_WORDS,
    PARTICLE_TYPES,
    PARTNER_NOUNS,
    VERB_TYPES,
    _Cue,
    _fs,
    _lem,
)
from genogram.read.events.taken import _taken_by_illness

#: (verb lemma, object noun) -> type: "lost her job", "opened a bakery".
_JOB_NOUNS = frozenset(["job", "work", "position", "post", "career", "employment"])
_MONEY_NOUNS = frozenset(["house", "home", "fields", "land", "farm", "everything", "savings", "money", "fortune", "business", "shop", "store", "pension"])
_ILL_ADJ = frozenset(["ill", "sick"])
_MOVE_PREPS = ("to", "for", "into", "from", "across")


#: Where someone lives: "lived with Gran until May", "lived in Turku until 1990" is a stay, not
#: a lifespan
_WHERE_PREPS = frozenset(["with", "in", "at", "on", "near", "under", "alongside", "among", "by"])
_WHERE_ADVERBS = frozenset(["there", "here", "nearby", "abroad", "together", "alone", "apart",
                            "away", "home"])


#: Someone "had" besides a partner: "had a mistress", "had a girlfriend" (while married).
_LOVER_OBJECTS = frozenset(["mistress", "lover", "girlfriend", "boyfriend", "paramour"])


#: Time nouns the parser takes for the object of an intransitive "passed" ("passed the winter
#: after the flood", "passed that spring"): a time, not a thing passed.
_PASSING_TIMES = frozenset(["year", "month", "week", "day", "night", "morning", "evening",
                            "afternoon", "winter", "summer", "spring", "fall", "autumn",
                            "weekend", "christmas", "easter"])


def _indefinite(doc: StoryDoc, t: Tok) -> bool:
    """A noun brought in new: "a son", "two daughters", "another boy" (not "the baby", "her son")."""
    return not any(doc.toks[c].dep in ("det", "poss") and doc.toks[c].lower not in (
        "a", "an", "another") for c in t.children)


def _time_or_result_clause(toks: list[Tok], c: Tok) -> bool:
    """ "passed in 1988, so the farm went to Ivo", "passed before I was born": a clause that
    dates or follows the passing leaves it a death (an exam passed "because she studied" is
    rare in a family story, but a clause without such a word still blocks)."""
    return any(toks[g].lower in ("when", "before", "after", "while", "so", "until", "since")
               and toks[g].dep in ("mark", "advmod") for g in c.children)


#: Spouse nouns of "made Ana his wife", "took Ana as his bride".
_WED_NOUNS = frozenset(["wife", "husband", "bride", "spouse"])


def _taken_as_spouse(doc: StoryDoc, k: int) -> int:
    """The token of the one "made his wife" or "taken as his wife" by the verb at ``k``, or -1."""
    toks = doc.toks
    t = toks[k]
    if t.lemma == "make":
        for c in t.children:
            if toks[c].dep in ("ccomp", "oprd", "xcomp") and toks[c].lemma in _WED_NOUNS:
                return next((g for g in toks[c].children if toks[g].dep == "nsubj"), next(
                    (g for g in t.children if toks[g].dep == "dobj"), -1))
    if t.lemma in ("take", "choose"):
        obj = next((c for c in t.children if toks[c].dep == "dobj"), -1)
        if obj != -1 and any(toks[c].dep == "prep" and toks[c].lower == "as" and any(
                toks[g].dep == "pobj" and toks[g].lemma in _WED_NOUNS
                for g in toks[c].children) for c in t.children):
            return obj
    return -1


def _verb_type(doc: StoryDoc, k: int) -> str | None:
    toks = doc.toks
    t = toks[k]
    lemma = _lem(t)
    kids = [toks[c] for c in t.children]
    prt = _particle(doc, k)
    if (lemma, prt) == ("move", "out") and _moved_out_to_a_place(doc, k):
        return "move"   # "we moved out to Harrow": a household's move, not a partner leaving
    if (lemma, prt) in PARTICLE_TYPES:
        if (lemma, prt) == ("walk", "out") and any(
                c.dep == "prep" and c.lower in ("into", "to", "onto", "through", "of", "in")
                and not _time_prep(doc, c.i) for c in kids):
            return None   # "walked out onto the porch"
        if lemma == "cut" and not any(c.lower in ("contact", "ties")
                                      or c.dep == "dobj" and _personal(c) for c in kids):
            return None   # ("cut off the crusts": no one cut off)
        if lemma in ("kick", "throw") and any(c.dep == "dobj" and c.lemma in PARTNER_NOUNS
                                              for c in kids):
            return "separation"   # "threw her husband out": the couple parts
        if lemma in ("kick", "throw") and not any(
                c.dep == "dobj" and (c.pos in ("PRON", "PROPN") or c.lemma in _KIN_CARERS
                                     or c.lemma in _NEWBORN_NOUNS) for c in kids):
            return None   # "kicked him out" (not "threw out the letters")
        return PARTICLE_TYPES[(lemma, prt)]
    if lemma == "pass" and any(c.lower == "away" for c in kids):
        return "death"
    if lemma == "pass" and t.tag in ("VBD", "VBN") and not any(
            c.dep in ("dative", "xcomp", "ccomp", "attr", "acomp", "agent")
            or c.dep == "prt" and c.lower != "on"   # "passed on in 2001"
            or c.dep == "dobj" and c.lemma not in _PASSING_TIMES
            or c.dep == "advcl" and not _time_or_result_clause(toks, c)
            or c.dep == "prep" and c.lower not in ("in", "on", "at", "after", "before", "during")
            or c.dep == "advmod" and c.lower not in ("peacefully", "suddenly", "quietly", "last",
                                                    "later", "then", "finally", "recently",
                                                    "when", "just", "unexpectedly", "ago", "so",
                                                    "away", "on", "young", "too")
            for c in kids) and any(c.dep == "nsubj" for c in kids):
        return "death"   # "(she passed in 2011)", "after her husband passed": no object, no way
    if t.lower == "born" or lemma == "bear" and any(c.dep == "nsubjpass" for c in kids):
        if any(c.dep in ("xcomp", "advcl") and c.tag == "VB" and any(
                toks[g].lower == "to" for g in c.children) for c in kids):
            return None   # "born to be a farmer": a calling, not a birth told
        if _dates_another(doc, k):
            return None   # "she died before I was born": a time, not a birth told
        return "birth"
    if lemma == "die" and t.tag == "VBG" and any(c.dep == "aux" and c.lemma == "be" for c in kids):
        if any(c.dep in ("xcomp", "prep") and c.lower in ("to", "for") or c.dep == "xcomp"
               for c in kids):
            return None   # "was dying to tell everyone", "dying for a coffee": eager, not ill
        return "illness"   # "while his aunt is dying": an illness, the death comes later
    if t.lower in _ILL_ADJ and t.pos == "ADJ" and toks[t.head].lemma == "be" and any(
            toks[c].dep == "prep" and toks[c].lower in ("for", "since")
            for c in toks[t.head].children):
        return "illness"   # "Mum was ill for a decade"
    if _taken_by_illness(doc, k):
        return "death"   # "the cancer took her in 2003"
    if lemma == "kill" or lemma == "murder":   # "was killed", "was drafted ... and killed"
        passive = any(c.dep == "nsubjpass" for c in kids) or t.tag == "VBN" and t.dep == "conj" \
            and any(toks[c].dep in ("nsubjpass", "auxpass") for c in [*toks[t.head].children,
                                                                        *t.children])
        return "death" if passive else None
    if lemma == "give" and any(c.lower == "birth" for c in kids):
        return "birth"
    if lemma == "give" and any(c.dep == "dative" for c in kids) and any(
            c.dep == "dobj" and c.lemma in _NEWBORN_NOUNS and _indefinite(doc, c) for c in kids):
        return "birth"   # "she gave him a son", "gave Ivo two daughters" (not "gave me the baby")
    if lemma == "bear" and any(c.dep in ("dobj", "npadvmod") and (
            c.lemma in _NEWBORN_NOUNS or c.pos == "PROPN") for c in kids):
        return "birth"   # "she bore him a son in 1950": the son's birth, told of the mother
    if lemma in ("own", "run") and t.tag == "VBD" and _obj_lemmas(kids) & _BUSINESS_NOUNS and any(
            c.dep == "prep" and c.lower == "by" and (_time_prep(doc, c.i) or any(
                toks[g].lower == "then" for g in c.children)) for c in kids):
        return "business"   # "by 1937 she owned a bakery": a business of her own by then
    if lemma == "admit" and _note_admission(doc, k):
        return "illness"   # a note's "MGM admitted 07/22 (sepsis)", "was admitted with sepsis"
    if t.lower in ("married", "wed") and t.dep in ("amod", "compound") and k + 1 < len(toks) and (
            toks[k + 1].pos == "PROPN"):
        return "marriage"   # a misparse: "X, a whaler's son, married Oline Jytte"
    if t.lower in ("married", "wed") and t.pos == "ADJ":
        if t.dep == "conj":
            return "marriage" if _wedding_conjunct(doc, k) else None
        return "marriage" if toks[t.head].lemma in ("get", "be") or t.dep == "ROOT" else None
    if t.lower == "engaged":
        if any(c.dep == "prep" and c.lower in ("in", "with", "by", "as")
               and not _time_prep(doc, c.i) and not (c.lower == "in" and any(
                   toks[g].dep == "pobj" and _is_place(doc, g) for g in c.children))
               for c in kids):
            return None   # "engaged in a lawsuit", "engaged as a clerk": occupied, hired
            # (but "engaged in Lisbon": where)
        return "engagement"
    if t.lower == "pregnant" and t.pos == "ADJ":
        return "pregnancy"
    if t.lower in _ILL_ADJ and t.pos == "ADJ" and toks[t.head].lemma in ("fall", "get", "become") \
            and not any(c.dep == "prep" and c.lower == "of" or c.dep == "cc" for c in kids):
        return "illness"   # ("got sick of the noise", "got sick and tired": weary, not ill)
    if lemma in ("fall", "become", "get") and any(c.lower in _ILL_ADJ and c.pos == "ADV"
                                                 for c in kids):
        return "illness"   # "fell ill in 1990": the parse makes "ill" an adverb of the verb
    if t.lower == "bankrupt":
        return "financial"
    if t.lower == "unfaithful" and t.pos == "ADJ":
        return "affair"   # "he was unfaithful to her": see ``_verb_people``
    if t.lower == "dead" and t.pos == "ADJ" and t.dep == "acomp" and toks[t.head].lemma == "be" \
            and not any(c.dep == "prep" or c.dep == "advmod" and c.lower in _HEDGES for c in kids):
        return "death"   # "Granny's brother is dead now" (not "dead to me", "half dead")
    if t.pos == "ADJ":
        return None
    if lemma == "expect" and t.tag == "VBG" and _expecting_a_child(doc, k):
        return "pregnancy"
    if lemma in ("get", "come") and {"back", "together"} <= {c.lower for c in kids}:
        return "reunion"   # "got back together (with him)"
    if lemma == "have" and _obj_lemmas(kids) & _LOVER_OBJECTS:
        return "affair"   # "had a mistress", "kept a lover across the river" (if partnered)
    if lemma == "fall" and _in_love_with(doc, k):
        return "affair"   # "fell in love with a neighbour": only if partnered, see _event_at
    if lemma == "sleep" and any(c.dep == "prep" and c.lower == "with" for c in kids) and t.tag in (
            "VBG", "VBD"):
        return "affair"   # "was sleeping with his boss": only between partners, see _event_at
    if lemma in _CLOSING_VERBS and any(c.dep == "nsubj" and c.lemma in _BUSINESS_NOUNS
                                       for c in kids) and prt in ("", "down", "under", "up"):
        return "business"   # "his shop closed in 1990", "the bakery went under"
    if lemma == "become" and _obj_lemmas(kids) & _SPOUSE_NOUNS and any(
            toks[g].dep == "poss" for c in kids if c.dep == "attr" for g in c.children):
        return "marriage"   # "she became Oddvar's wife"
    if lemma == "live" and any(c.dep == "prep" and c.lower == "until" for c in kids) and not any(
            c.dep == "prep" and c.lower in _WHERE_PREPS or c.lower in _WHERE_ADVERBS
            for c in kids):
        return "death"   # "she lived until 1950" (not "lived with Gran until May")
    if lemma == "split" and not any(c.dep == "dobj" for c in kids):
        return "separation"   # "they split in 1995" (not "split the money")
    if lemma == "live" and any(c.lower == "together" for c in kids) and (
            _lem(toks[t.head]) in ("start", "begin") and t.dep == "xcomp"
            or any(c.dep == "prep" and c.lower in ("since", "from") for c in kids)):
        return "cohabitation"   # "started living together", "have lived together since 1984"
    if lemma == "work" and _starts_work(doc, k):
        return "job"
    if lemma in ("send", "bring", "take") and _custody_verb(doc, k):
        return "custody"   # "sent Ivo to his aunt Tilde": to a person, whatever the tagger says
    if lemma in ("walk", "flee") and _motion_to_place(doc, k):
        return "move"   # "walked across the border to Peru", "fled to Chile"
    if lemma in ("bring", "take") and any(c.dep == "dobj" and _personal(c) for c in kids) and \
            _motion_to_place(doc, k):
        return "move"   # "took his wife and son to Quebec", "to bring her and the boy to Lisbon"
    if lemma in _MOTION_VERBS and _motion_to_place(doc, k):
        return "move"   # "followed him to Bristol", "was sent to Madras", "flew in from Busan"
    if _custody_verb(doc, k):
        return "custody"
    if lemma == "find" and _found_someone(doc, k):
        return "reunion"   # "in 1990 I found my father", "I found Ivo": a search ended
    if lemma == "meet" and _first_meeting(doc, k):
        return "reunion"   # "did not meet until 1999", "met his father for the first time"
    if lemma == "leave" and not prt and _on_a_vessel(doc, k):
        return "move"   # "left on a cargo steamer with his cousin"
    if lemma in ("go", "head", "move") and not prt and t.tag in ("VBD", "VBN") and any(
            c.dep == "advmod" and c.lower in _COMPASS for c in kids) and not any(
            c.dep == "prep" and c.lower in ("for", "on") for c in kids):
        return "move"   # "headed west with the wagons" (not "went south for the winter")
    if lemma in ("take", "catch", "board") and not prt and t.tag in ("VBD", "VBN") and any(
            c.dep == "dobj" and c.lemma in _VESSELS for c in kids) and any(
            c.dep in ("advmod", "dobj", "npadvmod") and c.lower in _COMPASS for c in kids):
        return "move"   # "caught the night train north with the twins"
    if lemma == "arrive" and any(c.dep == "prep" and c.lower == "in" and any(
            toks[g].dep == "pobj" and _is_place(doc, g) for g in c.children)
            for c in kids) and not _a_visit(doc, k):
        # "arrived in Valparaíso in 1911" (not "arrived in Tampere for the funeral", nor "arrived
        # at the airport": trips)
        return "move"
    if lemma in ("return", "move") and _to_family_home(doc, k):
        return "move"   # "went back to the family home", "moved back to her parents' house"
    if lemma == "leave" and not prt and _to_place(doc, k):
        return "move"   # "left Malta for Bergen", "left for Halifax"
    if lemma == "leave" and (any(c.dep == "dative" for c in kids)
                             or sum(c.dep == "dobj" for c in kids) > 1):
        return None   # "left his wife a note", "left her sister the house": a thing left to one
    if lemma == "leave" and not prt and _bequest(doc, k):
        return None   # "left his house to the church": a bequest, no one left
    if lemma == "cut" and _cut_out_of_life(doc, k):
        return "other"   # "cut her father out of her life": a cutoff
    if lemma in ("leave", "abandon", "desert") and not prt and not _caused(doc, k):
        return "separation"   # ("the guard made me go": no one left a partner)
    if lemma == "see" and t.tag == "VBG" and any(c.lower in ("been", "was", "were")
                                                  for c in kids) and (
            any(c.dep == "dobj" for c in kids) or t.dep == "relcl"):
        return "affair"   # "he had been seeing a coworker", "the woman he was seeing"
    if _taken_as_spouse(doc, k) != -1:
        return "marriage"   # "made Ana his wife", "took Ana as his wife"
    if lemma == "live" and any(c.dep == "prep" and c.lower == "with" and any(
            toks[g].dep == "pobj" and toks[g].lower in CONDITION_WORDS
            for g in c.children) for c in kids):
        return "illness"   # "lives with HIV"
    if lemma == "live" and any(c.dep == "prep" and c.lower == "with" for c in kids) and (
            (t.tag in ("VBN", "VBD") or t.tag == "VBG" and any(c.lower == "been" for c in kids))
            and any(c.dep == "prep" and c.lower in ("since", "for") for c in kids)
            or t.dep == "xcomp" and toks[t.head].lemma in ("go", "move")):
        # "has shared a flat with his partner since 1995", "has been living with Ivo
        # since 2019", "moved north to live with her boyfriend" (between partners only, see _event_at)
        return "cohabitation"
    if lemma in ("follow", "come", "arrive") and _newborn_subject(doc, k):
        return "birth"   # "a daughter, Aksel, followed in 1915"
    if lemma == "follow" and _followed_in_death(doc, k):
        return "death"   # "Ana died in 1981. Ivo followed in 1983."
    if lemma == "conceive" and (any(c.dep == "nsubjpass" or c.dep == "prep" and c.lower in (
            "via", "through") for c in kids) or t.dep == "acl"):
        return "birth"   # "Ceylan, conceived via IVF": the child
    if lemma == "move" and any(c.lower == "in" and not any(  # not "in 1952", "in Bergen"
            doc.toks[g].dep == "pobj" for g in c.children) for c in kids) and any(
            c.lower == "together" or c.dep == "prep" and c.lower == "with" for c in kids):
        return "cohabitation"
    if lemma == "move" and not prt:
        moved = [c for c in kids if c.dep == "dobj" and c.pos in ("NOUN", "PRON", "PROPN")]
        if moved and not any(_moves_people(c) for c in moved):
            return None   # "moved the piano to the other wall": things, not a household
        if any(c.dep == "prep" and c.lower in _MOVE_PREPS for c in kids) or any(
                c.dep == "advmod" and c.lower in ("back", "away", "abroad", "home", "here",
                                                 "there") for c in kids):
            return "move"
        return None
    objs = [c for c in kids if c.dep in ("dobj", "attr")]
    obj_lemmas = {o.lemma for o in objs}
    if lemma in ("find", "get", "take", "land", "lose", "quit", "start", "begin") and (
            obj_lemmas & _JOB_NOUNS) and not (lemma == "find" and obj_lemmas == {"work"}):
        return "job"   # ("found work at the mill": the getting by of a newcomer, no turn)
    if lemma == "become" and "partners" in {o.lower for o in objs} and not any(
            g.dep == "poss" for o in objs for g in (toks[x] for x in o.children)):
        return "business"   # "Ana and Ivo became partners in 1936" (not "her partner")
    if lemma in ("open", "found", "start", "launch", "buy", "establish", "set", "rent",
                 "lease") and (
            obj_lemmas & _BUSINESS_NOUNS) and not (lemma == "set" and prt != "up"):
        return "business"
    if lemma in _HANDING_VERBS and _hands_over_business(doc, k):
        return "business"   # "handed the bakery to his daughter", "the shop passed to Ana"
    if lemma == "lose" and obj_lemmas & _MONEY_NOUNS:
        return "financial"
    if lemma == "go" and any(c.lower == "bankrupt" for c in kids):
        return "financial"
    if lemma in ("finish", "attend", "enter", "start", "go") and any(   # "went back to school"
            _school_object(doc, x) for c in kids
            for x in [c.i, *(c.children if c.lower == "back" else [])]) and not (
            lemma == "go" and _just_school(doc, k)):
        return "education"
    if lemma == "have" and _past_have(doc, k) and objs and objs[0].lemma in (
            "baby", "son", "daughter", "child", "twins", "twin", "triplets", "boy", "girl", "kid"
    ) and not _grown_child(doc, k):   # "already had two girls": children she had
        return "birth"
    if lemma == "lose" and any(c.dep == "dobj" and c.lemma not in _BABY_NOUNS | _LOST_FIGHTS
                               for c in kids):
        return "death"   # "we lost Dad in 2003": whom, see ``_verb_people``
    if lemma == "widow" and _passive(doc, k) or lemma == "become" and obj_lemmas & _WIDOW_NOUNS:
        return "death"   # "she was widowed at forty": her partner died
    if lemma == "have" and t.tag == "VBD" and _had_someone_then(doc, k):
        return "birth"
    if lemma == "come" and prt == "along" and not any(
            c.dep == "prep" and c.lower in ("with", "to", "for") for c in kids) and not (
            _dates_another(doc, k)):
        return "birth"   # "their son Olle came along in 1993"
    if lemma in ("welcome", "deliver") and objs and objs[0].lemma in (
            "baby", "son", "daughter", "child", "twins", "boy", "girl"):
        return "birth"
    if lemma == "live" and _lived_only(doc, k):
        return "death"   # "a son who lived only an hour"
    cue = _cue_type(doc, k, lemma, prt)
    if cue == "other" and lemma == "run" and _ran_from_a_thing(doc, k):
        return None   # "ran away from the dog" (not "ran away from home")
    if cue == "other" and prt in ("out", "away", "off") and not _left_for_good(doc, k, lemma):
        return None
    if cue is None and lemma == "fire" and prt == "up":
        return None   # "was fired up about the vote"
    if cue is None and lemma == "inherit" and not _inherits_wealth(doc, k):
        return None   # "inherited his father's temper"
    return cue or VERB_TYPES.get(lemma)


#: Nouns of people a household moves with it ("moved the family to Wyoming", "moved the kids").
_MOVED_PEOPLE = frozenset(["family", "kid", "child", "household", "son", "daughter", "baby",
                           "wife", "husband", "mother", "father", "mom", "dad", "mum",
                           "everyone", "everybody", "sister", "brother", "twin", "boy", "girl",
                           "grandmother", "grandfather", "parent"])


def _moves_people(obj: Tok) -> bool:
    """The object of "moved" is people (a household moved), not things moved about a room."""
    return obj.pos in ("PRON", "PROPN") or obj.lemma in _MOVED_PEOPLE or obj.lower in _MOVED_PEOPLE


#: What a finding may add that makes it no search's end: "found her dead", "found him a job",
#: "found it hard", "found that ...".
_FOUND_HOW = frozenset(["acomp", "oprd", "xcomp", "ccomp", "dative", "prt", "attr"])


def _found_someone(doc: StoryDoc, k: int) -> bool:
    """'found my mother', 'I found Ivo': a person found, with nothing said of how they were
    found ("found him dead", "found her crying", "found him a job" are no reunion)."""
    toks = doc.toks
    t = toks[k]
    kids = [toks[c] for c in t.children]
    objs = [c for c in kids if c.dep == "dobj"]
    if t.tag not in ("VBD", "VBN") or len(objs) != 1 or not _personal(objs[0]):
        return False
    if objs[0].lower in ("it", "them", "everyone", "everybody", "family") or any(
            c.dep in _FOUND_HOW for c in kids):
        return False
    if any(c.dep == "advcl" and c.tag == "VBG" and c.i == objs[0].i + 1 for c in kids):
        return False   # "found her crying"
    if any(toks[g].dep in ("amod", "acl") and toks[g].i > objs[0].i for g in objs[0].children):
        return False   # "found him dead", "found her lying there"
    return _search_ended(doc, k)


#: Verbs of giving a business to someone: "handed it to", "signed the inn over to", "turned
#: the shop over to"; "passed to" with the business as the subject.
_HANDING_VERBS = frozenset(["hand", "sign", "turn", "pass"])


def _hands_over_business(doc: StoryDoc, k: int) -> bool:
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    to_people = [g for c in kids if c.dep == "prep" and c.lower == "to"
                 for g in (toks[x] for x in c.children) if g.dep == "pobj" and _personal(g)]
    if not to_people:
        return False
    if toks[k].lemma == "pass":   # "the shop passed to Ana"
        return any(c.dep == "nsubj" and c.lemma in _BUSINESS_NOUNS for c in kids)
    sent = doc.sents[toks[k].sent]
    told = any(toks[x].lemma in _BUSINESS_NOUNS for x in range(sent.start_tok, k))
    return any(c.dep == "dobj" and (c.lemma in _BUSINESS_NOUNS or c.lower in ("keys", "reins")
                                    or c.lower == "it" and told) for c in kids)


def _cut_out_of_life(doc: StoryDoc, k: int) -> bool:
    """'cut him out of her life': a person as object, then "out of" someone's life."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    if not any(c.dep == "dobj" and _personal(c) for c in kids):
        return False
    return any(c.lower == "out" and any(
        toks[o].lower == "of" and any(toks[g].lemma in ("life", "lives") for g in toks[o].children)
        for o in c.children) for c in kids)


def _followed_in_death(doc: StoryDoc, k: int) -> bool:
    """'(Ana died in 1981.) Ivo followed in 1983': a named person "followed", dated and going
    nowhere, right after a sentence whose main verb is a death."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    if not any(c.dep == "nsubj" and c.pos == "PROPN" for c in kids):
        return False
    if any(c.dep in ("dobj", "prt", "xcomp", "ccomp", "advcl") or c.dep == "prep"
           and not _time_prep(doc, c.i) for c in kids) or not any(
            c.dep == "prep" and _time_prep(doc, c.i) for c in kids):
        return False   # "followed him to Hobart", "followed in his footsteps"
    s = toks[k].sent
    if s == 0:
        return False
    prev = doc.sents[s - 1]
    root = next((x for x in range(prev.start_tok, prev.end_tok) if toks[x].head == x), -1)
    return root != -1 and (toks[root].lemma == "die" or toks[root].lemma == "pass" and any(
        toks[c].lower == "away" for c in toks[root].children))


def _past_have(doc: StoryDoc, k: int) -> bool:
    """A past "had", also in the past perfect ("had had a child before")."""
    t = doc.toks[k]
    return t.tag == "VBD" or t.tag == "VBN" and any(
        doc.toks[c].dep == "aux" and doc.toks[c].lower in ("had", "'d") for c in t.children)


def _in_love_with(doc: StoryDoc, k: int) -> list[int]:
    """The "with" objects of "fell in love with": the tokens of whom one fell for."""
    toks = doc.toks
    return [g for c in toks[k].children if toks[c].dep == "prep" and toks[c].lower == "in"
            for n in toks[c].children if toks[n].lemma == "love"
            for w in toks[n].children if toks[w].dep == "prep" and toks[w].lower == "with"
            for g in toks[w].children if toks[g].dep == "pobj"]


#: What one runs away from when it is a running away: home, its people, an institution.
_RUN_FROM = frozenset(["home", "house", "family", "school", "orphanage", "foster", "care",
                       "farm", "village", "town", "camp", "convent", "husband", "wife"])


def _ran_from_a_thing(doc: StoryDoc, k: int) -> bool:
    toks = doc.toks
    froms = [g for c in toks[k].children for x in [c, *toks[c].children]
             if toks[x].dep == "prep" and toks[x].lower == "from"
             for g in toks[x].children if toks[g].dep == "pobj"]
    return bool(froms) and not any(toks[g].lower in _RUN_FROM or toks[g].lemma in _RUN_FROM
                                   or _personal(toks[g]) for g in froms)


#: Words that describe a child as past infancy: "a grown son", "two teenage daughters".
_GROWN = frozenset(["already", "grown", "adult", "teenage", "teenaged", "older", "elder",
                    "eldest", "oldest"])


def _grown_child(doc: StoryDoc, k: int) -> bool:
    """'had a son, already grown', 'had a grown son': a child someone has, not
    one born then; the description may hang from the verb, the object or a conjoined
    participle."""
    toks = doc.toks
    near = [c for c in toks[k].children]
    near += [g for c in toks[k].children if toks[c].dep in ("dobj", "conj")
             for g in toks[c].children]
    return any(toks[x].lower in _GROWN for x in near) or any(
        toks[c].dep == "conj" and toks[c].lower == "grown" for c in toks[k].children)


def _wedding_conjunct(doc: StoryDoc, k: int) -> bool:
    """An adjective "married" joined to another word tells a wedding when the list hangs from
    a verb of becoming or being ("got pregnant and married", "were engaged and married") or
    from a finite verb with its own subject ("They met in May and married in June"), not when
    it describes someone ("a son, long since grown and married and farming near Tarbet")."""
    toks = doc.toks
    head = toks[toks[k].head]   # the word "married" is coordinated with
    if head.lemma in ("get", "be", "become"):
        return True
    if head.pos in ("ADJ", "VERB") and toks[head.head].lemma in ("get", "be", "become"):
        return True
    return head.pos in ("VERB", "AUX") and head.tag in ("VBD", "VBZ", "VBP") and any(
        toks[c].dep in ("nsubj", "nsubjpass") for c in head.children)


#: Words that make "dead" a figure of speech: "half dead", "nearly dead".
_HEDGES = frozenset(["half", "nearly", "almost", "practically", "basically", "pretty", "as",
                     "more", "good", "all", "totally", "so"])


_SPOUSE_NOUNS = _fs("wife", "husband", "bride", "spouse")




_WIDOW_NOUNS = _fs("widow", "widower")


def _cue_type(doc: StoryDoc, k: int, lemma: str, prt: str) -> str | None:
    """The type of the first phrase cue the verb at ``k`` fits, else None."""
    if lemma not in _CUE_VERBS:
        return None
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    # prepositions may hang from an adverb between ("went back to school")
    preps = [c for c in kids if c.dep in ("prep", "dative")] + [
        toks[g] for c in kids if c.dep in ("advmod", "prt") or prt and c.lower == prt
        for g in c.children if toks[g].dep == "prep"]
    objs = {c.lemma for c in kids if c.dep in ("dobj", "attr", "oprd")}
    objs |= {c.lower for c in kids if c.dep in ("dobj", "attr", "oprd")}
    for cue in _CUES:
        if lemma not in cue.verbs or cue.prt and cue.prt != prt:
            continue
        if cue.passive and not _passive(doc, k):
            continue
        if cue.prt and any(p.lower in ("of", "into", "onto") for p in preps):
            continue   # "came out of the hospital", "ran out into the road"
        if cue.obj and not objs & cue.obj:
            continue
        if cue.prep and not any(p.lower in cue.prep and _pobj_fits(doc, p.i, cue) for p in preps):
            continue
        return cue.type
    return None


def _pobj_fits(doc: StoryDoc, p: int, cue: _Cue) -> bool:
    toks = doc.toks
    for g in toks[p].children:
        if toks[g].dep != "pobj":
            continue
        if cue.place:
            return _is_place(doc, g)
        return not cue.pobj or toks[g].lemma in cue.pobj or toks[g].lower in cue.pobj
    return False


#: Verbs of a business ending, with the business as the subject.
_CLOSING_VERBS = frozenset(["close", "fail", "fold", "collapse", "burn", "go", "shut"])


#: Words of fear beyond the wish heads: "scared of", "terrified of".
_FEAR_WORDS = frozenset(["scared", "terrified", "frightened", "afraid", "fearful", "paranoid"])


#: Verbs of looking for an illness: "tested for", "screened for", "checked for".
_SCREENING_VERBS = frozenset(["test", "screen", "check", "examine", "evaluate", "assess"])


#: Kin and partner words beyond a household's carers.
_OTHER_KIN = frozenset(["niece", "nephew", "grandson", "granddaughter", "grandchild", "stepson",
                        "stepdaughter", "stepmother", "stepfather", "partner", "fiancé",
                        "fiancée", "girlfriend", "boyfriend", "cousin", "sibling", "children",
                        "grandchildren", "wife", "husband", "spouse", "heir"])


def _bequest(doc: StoryDoc, k: int) -> bool:
    """"Left the farm to his nephew", "left his savings to a shelter": a thing the verb's object,
    and a "to" whose object is who gets it (no place one goes to)."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    things = [c for c in kids if c.dep == "dobj" and c.pos == "NOUN" and not _personal(c)]
    return bool(things) and any(
        c.dep == "prep" and c.lower == "to" and any(
            toks[g].dep == "pobj" and not _is_place(doc, g) for g in c.children) for c in kids)


def _personal(obj: Tok) -> bool:
    """A person or people: a pronoun, a name or a kin word."""
    return _moves_people(obj) or obj.lemma in _KIN_CARERS or obj.lemma in _OTHER_KIN


def _noun_fits(doc: StoryDoc, k: int) -> bool:
    """The event noun is meant as one: its needed modifier is there ("heart attack"), it is no
    gathering ("a family reunion") or someone else's ceremony attended ("came to my
    graduation"), and no proper name ("Rehab Road")."""
    toks = doc.toks
    t = toks[k]
    mods = {toks[c].lower for c in t.children if toks[c].dep in ("compound", "amod", "poss")}
    owned = any(toks[c].dep == "poss" for c in t.children)   # "his mother's cancer" is real
    h = -1 if owned else k
    for _ in range(3):   # "afraid of cancer", "dreamed of a wedding": feared or wished, not had
        if h == -1:
            break
        if toks[h].head == h:
            break
        h = toks[h].head
        if _lem(toks[h]) in _WISH_HEADS or toks[h].lower in _FEAR_WORDS:
            return False
        if toks[h].pos in ("VERB", "AUX") and toks[h].lemma != "be":
            break
    if t.lemma == "stroke" and any(toks[c].dep == "prep" and toks[c].lower == "of"
                                   for c in t.children):
        return False   # "a stroke of luck"
    if t.dep == "pobj" and toks[t.head].lower == "for" and _lem(
            toks[toks[t.head].head]) in _SCREENING_VERBS:
        return False   # "was tested for cancer": a test, the illness not found
    need = _NOUN_NEEDS.get(t.lemma)
    if need is not None and not mods & need:
        return False
    if t.lemma == "reunion" and mods & {"family", "class", "school", "college", "high"}:
        return False   # a gathering, not two people reunited
    if t.lemma == "graduation" and (
            t.dep == "pobj" and toks[t.head].lower in ("to", "at", "for")
            or t.dep == "dobj" and _lem(toks[t.head]) in ("miss", "attend", "skip", "plan")):
        return False   # "came to my graduation", "missed her graduation": someone else's visit
    return not (t.lemma == "rehab" and t.pos == "PROPN")


def _note_admission(doc: StoryDoc, k: int) -> bool:
    """"Admitted" of a hospital stay told without the hospital: with a date as its object or a
    cause after "for" / "with" ("MGM admitted 07/22 (sepsis)", "was admitted with chest
    pain"); not an admitting of something ("admitted that he lied", "admitted it", "admitted
    to drinking") nor an admission somewhere (the cues with "to" see those)."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    if not any(c.dep in ("nsubj", "nsubjpass") for c in kids):
        return False
    if any(c.dep in ("ccomp", "xcomp", "dative") or c.dep == "prep" and c.lower in ("to", "into")
           for c in kids):
        return False
    dated = [c for c in kids if c.dep in ("dobj", "npadvmod") and any(ch.isdigit()
                                                                       for ch in c.lower)]
    if any(c.dep == "dobj" and c not in dated for c in kids):
        return False   # "admitted his mistake"
    cause = any(c.dep == "prep" and c.lower in ("for", "with") and any(
        toks[g].dep == "pobj" and toks[g].pos == "NOUN" and toks[g].lemma not in (
            "time", "year", "life", "sake", "reason") for g in c.children) for c in kids)
    return bool(dated) or cause


#: The compass points of "went south", "headed west".
_COMPASS = frozenset(["north", "south", "east", "west", "northward", "southward", "eastward",
                      "westward", "abroad", "overseas"])

#: Craft one leaves a country on: "left on a cargo ship".
_VESSELS = frozenset(["boat", "ship", "steamer", "ferry", "plane", "freighter", "liner",
                      "vessel", "train", "flight"])


def _moved_out_to_a_place(doc: StoryDoc, k: int) -> bool:
    """ "moved out to Harrow": the particle's "to" (on the verb or on "out") names a place."""
    toks = doc.toks
    preps = [c for c in toks[k].children if toks[c].dep == "prep"] + [
        g for c in toks[k].children if toks[c].dep == "prt" for g in toks[c].children
        if toks[g].dep == "prep"]
    return any(toks[c].lower == "to" and any(toks[g].dep == "pobj" and _is_place(doc, g)
                                             for g in toks[c].children) for c in preps)


def _on_a_vessel(doc: StoryDoc, k: int) -> bool:
    """"Left on a cargo ship", "left on the night train": leaving a place for good, told by
    the craft (no destination needed)."""
    toks = doc.toks
    return any(toks[c].dep == "prep" and toks[c].lower == "on" and any(
        toks[g].dep == "pobj" and toks[g].lemma in _VESSELS for g in toks[c].children)
        for c in toks[k].children)


def _to_family_home(doc: StoryDoc, k: int) -> bool:
    """The verb goes "to" or "into" the family home or someone else's house ("the family
    home", "her parents' house"; not "her house", a way home like any other)."""
    toks = doc.toks
    for c in toks[k].children:
        if toks[c].dep != "prep" or toks[c].lower not in ("to", "into"):
            continue
        for g in toks[c].children:
            if toks[g].dep != "pobj" or toks[g].lemma not in ("home", "house"):
                continue
            if toks[g - 1].lemma == "family" or any(
                    toks[x].dep == "poss" and toks[x].pos != "PRON" for x in toks[g].children):
                return True
    return False

