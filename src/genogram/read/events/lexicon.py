"""The cue lexicon of life events: verbs, verb + particle, event nouns and verb phrases
(``_CUES``), each mapped to a contract event type, and the word classes they use.

Only words of the language live here; the rules that read them are in ``classify`` and
``triggers``.
"""

from __future__ import annotations

from dataclasses import dataclass

from genogram.read.document import Tok
from genogram.read.lexicon import OCCUPATIONS

#: Verb lemma -> event type (a particle or object may refine it, see ``_verb_type``).
VERB_TYPES: dict[str, str] = {
    "marry": "marriage", "wed": "marriage", "remarry": "marriage", "elope": "marriage",
    "divorce": "divorce", "separate": "separation",
    "engage": "engagement", "propose": "engagement", "betroth": "engagement",
    "cohabit": "cohabitation",
    "die": "death", "perish": "death", "drown": "death", "decease": "death",
    "emigrate": "move", "immigrate": "move", "relocate": "move", "flee": "move",
    "sail": "move", "resettle": "move",
    "hire": "job", "fire": "job", "retire": "job", "enlist": "job", "promote": "job",
    "graduate": "education", "enroll": "education", "enrol": "education",
    "diagnose": "illness", "hospitalize": "illness", "hospitalise": "illness",
    "reunite": "reunion", "reconcile": "reunion", "reconnect": "reunion",
    "adopt": "custody", "foster": "custody",
    "cheat": "affair", "conceive": "pregnancy", "miscarry": "pregnancy", "disown": "other",
    "bankrupt": "financial", "inherit": "financial", "foreclose": "financial",
}


#: verb lemma + particle -> type
PARTICLE_TYPES: dict[tuple[str, str], str] = {
    ("pass", "away"): "death", ("split", "up"): "separation", ("break", "up"): "separation",
    ("move", "in"): "cohabitation", ("move", "out"): "separation", ("walk", "out"): "separation",
    ("drop", "out"): "education", ("lay", "off"): "job", ("get", "together"): "reunion",
    ("cut", "off"): "other", ("move", "away"): "move", ("move", "back"): "move",
    ("take", "in"): "custody", ("kick", "out"): "other", ("throw", "out"): "other",
}


#: Nouns that are events by themselves ("the divorce", "her diagnosis").
NOUN_TYPES: dict[str, str] = {
    "divorce": "divorce", "separation": "separation", "affair": "affair", "infidelity": "affair",
    "wedding": "marriage", "engagement": "engagement", "custody": "custody",
    "adoption": "custody", "bankruptcy": "financial", "foreclosure": "financial",
    "diagnosis": "illness", "dx": "illness", "pregnancy": "pregnancy", "miscarriage": "pregnancy",
    "stillbirth": "pregnancy",
    "reconciliation": "reunion", "reunion": "reunion", "emigration": "move",
    "graduation": "education", "stroke": "illness", "cancer": "illness",
    "dementia": "illness", "alzheimer": "illness", "alzheimer's": "illness",
    "guardianship": "custody", "disorder": "illness", "addiction": "illness",
    "alcoholism": "illness", "overdose": "illness", "funeral": "death", "death": "death",
    "burial": "death", "passing": "death", "suicide": "death",
    "abortion": "pregnancy", "seizure": "illness", "aneurysm": "illness", "tumor": "illness",
    "tumour": "illness", "leukemia": "illness", "leukaemia": "illness", "lymphoma": "illness",
    "tuberculosis": "illness", "relapse": "illness", "rehab": "illness",
    "parkinson": "illness", "parkinson's": "illness", "coma": "illness", "breakdown": "illness",
    "attack": "illness", "hospitalization": "illness", "hospitalisation": "illness",
    "incarceration": "other", "arrest": "other", "conviction": "other",
    "eviction": "financial", "layoff": "job", "retirement": "job", "promotion": "job",
    "remarriage": "marriage", "breakup": "separation", "break-up": "separation",
    "elopement": "marriage", "deployment": "job", "fling": "affair", "liaison": "affair",
    "dalliance": "affair", "betrothal": "engagement",
}


#: Nouns that are these events only with one of these words before them: "a heart attack",
#: "a nervous breakdown" (not "the breakdown of the marriage"), "a panic attack" is no event.
_NOUN_NEEDS: dict[str, frozenset[str]] = {
    "attack": frozenset(["heart"]),
    "breakdown": frozenset(["nervous", "mental", "emotional", "psychotic"]),
    "arrest": frozenset(["cardiac", "his", "her", "their", "my"]),
    "conviction": frozenset(["his", "her", "their", "my", "criminal", "felony"]),
}


_BUSINESS_NOUNS = frozenset(["shop", "store", "business", "restaurant", "bakery", "company", "firm", "café", "cafe", "diner", "bar", "practice", "garage", "salon", "factory", "farm", "stall", "clinic", "pharmacy", "deli", "boutique", "studio", "hotel", "inn", "pub"])


_SCHOOL_NOUNS = frozenset(["college", "university", "school", "degree", "diploma", "nursing", "law", "seminary"])


_UNION_TYPES = frozenset(["marriage", "divorce", "separation", "engagement", "cohabitation", "affair", "reunion"])


#: Words on the verb itself that keep it from having happened ("never married", "almost died").
_IRREALIS_WORDS = frozenset(["never", "not", "n't", "no", "nor", "will", "'ll", "wo", "rather",
                             "almost", "nearly"])


#: Verbs whose complement did not (yet) happen: "planned to move", "tried to leave",
#: "was supposed to marry".
_WISH_HEADS = frozenset(["wish", "plan", "hope", "want", "dream", "think", "talk", "consider",
                         "threaten", "fantasize", "imagine", "fear", "worry", "afraid",
                         "refuse", "pretend", "try", "attempt", "suppose", "intend", "mean",
                         "expect", "offer", "urge", "beg", "pressure", "push", "encourage", "forbid", "propose", "contemplate"])


_MULTIPLE_BIRTH = frozenset(["twin", "twins", "triplet", "triplets"])


_PLACE_ENTS = frozenset(["GPE", "LOC"])


@dataclass(frozen=True)
class _Cue:
    """A verb phrase that tells an event: one of ``verbs`` with what else it must govern.

    ``obj``: a direct object or attribute with one of these lemmas; ``prep``/``pobj``: a
    preposition among ``prep`` whose object has one of the ``pobj`` lemmas (any, if empty; a
    place, if ``place``); ``prt``: a particle; ``passive``: only in the passive ("was drafted").
    """

    type: str
    verbs: frozenset[str]
    obj: frozenset[str] = frozenset()
    prep: frozenset[str] = frozenset()
    pobj: frozenset[str] = frozenset()
    prt: str = ""
    passive: bool = False
    place: bool = False


def _fs(*words: str) -> frozenset[str]:
    return frozenset(words)


#: Where a sentence is served, an illness treated, an education had.
_PRISON_NOUNS = _fs("prison", "jail", "gaol", "penitentiary", "custody", "detention")


#: Going there is itself an illness event ("went into rehab"); a hospital is only when one is
#: taken or admitted there ("went to the hospital" may be a visit).
_TREATMENT_NOUNS = _fs("rehab", "detox", "treatment", "asylum", "sanatorium", "sanitarium",
                       "psychiatric")


_HOSPITAL_NOUNS = _TREATMENT_NOUNS | _fs("hospital", "institution", "ward", "unit", "clinic",
                                         "facility", "icu", "hospice")


_SERVICE_NOUNS = _fs("army", "navy", "military", "marines", "marine", "force", "police",
                     "corps", "guard", "service", "forces", "reserves", "fire", "brigade")


_DEGREE_NOUNS = _fs("degree", "diploma", "ged", "phd", "doctorate", "masters", "master",
                    "bachelor", "mba", "qualification")


_FIELD_NOUNS = _fs("law", "medicine", "nursing", "engineering", "accounting", "theology",
                   "art", "music", "architecture", "pharmacy", "dentistry", "teaching")




_CHRONIC_NOUNS = _fs("depression", "addiction", "alcoholism", "cancer", "illness", "disease",
                     "anxiety", "diabetes", "schizophrenia", "psychosis", "dementia")


#: Words of a condition someone has: what a note's "hx" names as an illness ("hx of heavy
#: drinking", not "history of parentification") and what one "lives with" ("lives with HIV").
CONDITION_WORDS = _CHRONIC_NOUNS | _fs(
    "drinking", "alcohol", "etoh", "substance", "drug", "drugs", "opioid", "opioids", "heroin",
    "cocaine", "meth", "methamphetamine", "depressive", "panic", "bipolar", "psychotic", "ptsd",
    "adhd", "autism", "stroke", "strokes", "asthma", "copd", "epilepsy", "seizures",
    "hypertension", "heart", "cardiac", "disorder", "d/o", "suicidal", "self-harm", "overdose",
    "overdoses", "anorexia", "bulimia", "eating", "tumor", "tumour", "leukemia", "leukaemia",
    "lymphoma", "tuberculosis", "hiv", "aids", "hepatitis", "cirrhosis", "migraines", "mania",
    "ocd", "gambling", "sud", "aud", "ms", "parkinson's", "arthritis", "lupus", "pain",
    "disability")


#: Partner nouns: whom one lives with as a couple, or throws out ("threw her husband out").
PARTNER_NOUNS = _fs("partner", "boyfriend", "girlfriend", "husband", "wife", "fiancé", "fiancée",
                    "fiance", "fiancee", "lover", "spouse")


#: What a court awards or a parent wins: "awarded him custody of the boys".
CUSTODY_NOUNS = _fs("custody", "guardianship")


#: What one squanders or loses as a family's money ("squandered his inheritance").
_SQUANDERED_NOUNS = _fs("inheritance", "fortune", "savings", "pension", "wages", "money", "estate")


#: What one pays off ("paid off the loan on the farm").
_DEBT_NOUNS = _fs("mortgage", "debt", "debts", "loan", "loans", "house", "farm")


_LOST_FIGHTS = _fs("battle", "fight", "struggle")   # "lost his battle with cancer": he died


_REFLEXIVES = _fs("himself", "herself", "themselves", "myself", "yourself")


_CUES: tuple[_Cue, ...] = (
    _Cue("marriage", _fs("tie"), obj=_fs("knot")),
    _Cue("separation", _fs("go", "part"), obj=_fs("way")),   # "went their separate ways"
    _Cue("death", _fs("commit"), obj=_fs("suicide")),
    _Cue("death", _fs("take", "end"), obj=_fs("life")),   # "took his own life"
    _Cue("death", _fs("lose"), obj=_LOST_FIGHTS),
    _Cue("death", _fs("succumb")),
    _Cue("death", _fs("kill", "hang", "shoot", "drown", "poison"), obj=_REFLEXIVES),
    _Cue("pregnancy", _fs("lose"), obj=_fs("baby", "pregnancy", "twins")),
    _Cue("divorce", _fs("file", "sue", "petition"), prep=_fs("for"), pobj=_fs("divorce")),
    _Cue("job", _fs("join", "enlist"), obj=_SERVICE_NOUNS),
    _Cue("job", _fs("enlist"), prep=_fs("in", "into"), pobj=_SERVICE_NOUNS),
    _Cue("job", _fs("become", "train"), obj=OCCUPATIONS),
    _Cue("job", _fs("start", "begin"), prep=_fs("as"), pobj=OCCUPATIONS),   # "started as a clerk"
    _Cue("job", _fs("take"), prt="on", prep=_fs("as"), pobj=OCCUPATIONS, passive=True),
    _Cue("job", _fs("train"), prep=_fs("as"), pobj=OCCUPATIONS),
    _Cue("job", _fs("draft", "deploy", "conscript"), passive=True),
    _Cue("job", _fs("call"), prt="up", passive=True),   # "was called up" ("was called Bo": no)
    _Cue("job", _fs("make"), obj=_fs("redundant"), passive=True),
    _Cue("job", _fs("ship"), prt="out"),
    _Cue("business", _fs("sell", "close", "take", "expand"),
         obj=_BUSINESS_NOUNS),
    _Cue("education", _fs("earn", "get", "receive", "complete", "finish", "obtain", "take"),
         obj=_DEGREE_NOUNS),
    _Cue("education", _fs("study", "read"), obj=_FIELD_NOUNS),
    _Cue("education", _fs("study"), prep=_fs("at"), pobj=_SCHOOL_NOUNS),
    _Cue("education", _fs("return", "send"), prep=_fs("to", "into"), pobj=_SCHOOL_NOUNS),
    _Cue("education", _fs("expel", "suspend"), passive=True),
    _Cue("education", _fs("drop", "flunk"), prep=_fs("of"), pobj=_SCHOOL_NOUNS),
    _Cue("other", _fs("go", "send", "return"), prep=_fs("to", "into"), pobj=_PRISON_NOUNS),
    _Cue("other", _fs("release", "parole", "escape"), prep=_fs("from"), pobj=_PRISON_NOUNS),
    _Cue("other", _fs("arrest", "imprison", "jail", "incarcerate", "convict", "sentence",
                      "deport", "detain", "indict"), passive=True),
    _Cue("other", _fs("serve"), obj=_fs("time", "sentence", "years")),
    _Cue("other", _fs("convert"), prep=_fs("to")),
    _Cue("other", _fs("come"), prt="out"),
    _Cue("other", _fs("run"), prt="away"),
    _Cue("illness", _fs("go", "check", "return", "enter"), prep=_fs("to", "into", "in"),
         pobj=_TREATMENT_NOUNS),
    _Cue("illness", _fs("enter", "attend"), obj=_TREATMENT_NOUNS),
    _Cue("illness", _fs("admit", "commit", "send", "rush", "take", "readmit"),
         prep=_fs("to", "into"), pobj=_HOSPITAL_NOUNS, passive=True),
    _Cue("illness", _fs("institutionalize", "institutionalise", "section", "commit"),
         passive=True),
    # a long illness is told by its onset or its fight, not by being named ("her depression")
    _Cue("illness", _fs("battle", "fight", "struggle", "suffer"),
         prep=_fs("with", "from"), pobj=_CHRONIC_NOUNS),
    _Cue("illness", _fs("battle", "fight", "develop", "get"), obj=_CHRONIC_NOUNS),
    _Cue("illness", _fs("overdose", "relapse", "collapse")),
    _Cue("affair", _fs("take"), prt="up", prep=_fs("with")),   # "took up with a widow": if partnered
    _Cue("affair", _fs("carry"), prt="on", prep=_fs("with")),   # "carried on with the lodger"
    _Cue("reunion", _fs("make"), obj=_fs("peace", "amends", "up")),
    _Cue("reunion", _fs("make"), prt="up"),
    _Cue("reunion", _fs("track", "seek"), prt="down"),
    _Cue("financial", _fs("win"), obj=_fs("lottery", "jackpot")),
    _Cue("financial", _fs("gamble", "drink", "squander", "fritter"), prt="away"),
    _Cue("financial", _fs("squander", "waste", "lose", "blow"), obj=_SQUANDERED_NOUNS),
    _Cue("financial", _fs("pay"), prt="off", obj=_DEBT_NOUNS),   # "paid off the loan"
    _Cue("birth", _fs("come"), prep=_fs("into"), pobj=_fs("world")),   # "came into this world"
    _Cue("custody", _fs("award", "grant", "give", "win", "get", "lose"),
         obj=CUSTODY_NOUNS),   # "the court awarded her custody of Ivo"
    _Cue("financial", _fs("repossess", "evict", "foreclose", "bankrupt", "ruin"),
         passive=True),
    _Cue("move", _fs("settle", "land", "end"), prep=_fs("in"), place=True),
    _Cue("move", _fs("return"), prep=_fs("to"), place=True),
    _Cue("move", _fs("take", "catch", "board"), obj=_fs("bus", "train", "boat", "ship", "plane",
                                                        "flight", "ferry"),
         prep=_fs("to", "for"), place=True),   # "took the bus to Ely"
)


_CUE_VERBS = frozenset(v for c in _CUES for v in c.verbs)


#: Every verb lemma the tables know, to mend a tagger's lemma ("reconnected" -> "reconnecte").
_LEXICON = frozenset(VERB_TYPES) | {v for v, _p in PARTICLE_TYPES} | _CUE_VERBS | _WISH_HEADS


def _brings_a_child(t: Tok) -> bool:
    """A verb whose object is the child born: "had a son", "welcomed twins", "gave birth to Ivo",
    "bore him a daughter" (not the passive "was born", whose subject is the child)."""
    return t.lemma in ("have", "welcome", "give") or t.lemma == "bear" and t.lower != "born"


def _lem(t: Tok) -> str:
    """The token's lemma, or the lexicon word its inflected form strips to when the tagger's own
    lemma is no word of the tables ("hopes" -> "hop" is mended to "hope")."""
    if t.lemma in _LEXICON or t.pos not in ("VERB", "AUX", "NOUN", "ADJ"):
        return t.lemma
    w = t.lower
    for cut, add in (("ied", "y"), ("ed", ""), ("d", ""), ("es", ""), ("s", ""), ("ing", ""),
                     ("ing", "e"), ("ted", "t")):
        if w.endswith(cut) and w[:-len(cut)] + add in _LEXICON:
            return w[:-len(cut)] + add
    return t.lemma


#: Verbs of going somewhere: with a place after "to" (or "from" for the arriving ones) a move.
_MOTION_VERBS = frozenset(["follow", "send", "go", "come", "sail", "head", "return", "ship",
                           "make"])


#: Kin words of the people a child is handed to ("brought Sverre to his mother").
_KIN_CARERS = frozenset(["mother", "father", "grandmother", "grandfather", "aunt", "uncle",
                         "grandma", "grandpa", "granny", "nana", "sister", "brother", "cousin",
                         "grandparents", "parents", "mom", "mum", "dad"])


#: Nouns of a child's care: "removed from her mother's care", "placed in foster care".
_CARE_NOUNS = frozenset(["care", "custody", "home", "house", "guardianship", "household"])
