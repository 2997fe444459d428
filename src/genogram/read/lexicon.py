"""Kinship words: what relation a word names, from whose point of view, and the gender it implies.

A relation is a path of primitive steps from the possessor to the referent:
``P`` parent, ``C`` child, ``S`` sibling, ``E`` partner (spouse or lover). "grandmother" is
``PP`` (a parent's parent) and female; "mother-in-law" is ``EP``; "niece" is ``SC``.
``qual`` refines the tie: ``step``, ``half``, ``ex``, ``late``, ``in-law``, ``adoptive``, ``foster``,
``twin``, ``god`` (godparents are not genealogical), ``fiance``, ``dating``, ``affair``, ``widow``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class KinTerm:
    """One kinship word: its path, the gender it implies (or None), and qualifiers."""

    word: str
    path: str
    gender: str | None = None
    qual: frozenset[str] = frozenset()
    title: bool = False  # usable before a name or alone as a name: "Aunt Lou", "Mom"

    @property
    def is_parent(self) -> bool:
        return self.path == "P"


def _t(words: str, path: str, gender: str | None = None, qual: str = "", title: bool = False,
       table: dict[str, KinTerm] | None = None) -> None:
    assert table is not None
    q = frozenset(x for x in qual.split(",") if x)
    for w in words.split("|"):
        table[w] = KinTerm(w, path, gender, q, title)


def _build() -> dict[str, KinTerm]:
    t: dict[str, KinTerm] = {}
    F, M = "female", "male"
    # parents (titles: "Mom" alone names the speaker's mother)
    _t("mother|mom|mum|mommy|mummy|momma|mama|mamma|ma|mam|mamá|madre", "P", F, title=True, table=t)
    _t("father|dad|daddy|papa|pa|pop|pops|dada|padre|da|papá|pappy|poppa", "P", M, title=True, table=t)
    # kin words from other languages that English-language family stories keep
    _t("umma|eomma|amma|ammi|mamm|maman|mutti|mami|mamita|mãe|imma", "P", F,
       title=True, table=t)
    _t("appa|abba|baba-ji|papi|papito|vati|tata|tatay|pai|abbu|babbo", "P", M, title=True,
       table=t)
    _t("halmoni|halmeoni|gogo|ouma|yaya|yiayia|babushka|avó|vovó|amatxi|lola|nai-nai|nainai"
       "|lao-lao|laolao|oba-chan|obaachan|teta|sitto|nonna", "PP", F, title=True, table=t)
    _t("harabeoji|mkhulu|oupa|papou|pappou|dedushka|avô|vovô|aitxitxe|ye-ye|yeye|lao-ye|"
       "ojii-chan|ojiichan|jiddo|sido", "PP", M, title=True, table=t)
    _t("tante|tia|auntie|tita|masi|mausi|maasi|khala|chachi|bua|phupho|phuphi|teyze|tanti",
       "PS", F, title=True, table=t)
    _t("onkel|oncle|tito|chacha|mamu|khalu|taya|tayaji|amca|dayi|tonton", "PS", M, title=True,
       table=t)
    _t("nanaji|dadaji|zayde|zeyde|abuelito", "PP", M, title=True, table=t)
    _t("naniji|dadiji|abuelita|bubbie", "PP", F, title=True, table=t)
    _t("parent|parents", "P", table=t)
    _t("stepmother|stepmom|stepmum|step-mother|step-mom|step-mum", "P", F, "step", table=t)
    _t("stepfather|stepdad|step-father|step-dad", "P", M, "step", table=t)
    _t("stepparent|step-parent", "P", None, "step", table=t)
    _t("foster mother|foster mom", "P", F, "foster", table=t)
    _t("foster father|foster dad", "P", M, "foster", table=t)
    _t("foster parent|foster parents", "P", None, "foster", table=t)
    _t("adoptive mother|adoptive mom", "P", F, "adoptive", table=t)
    _t("adoptive father|adoptive dad", "P", M, "adoptive", table=t)
    _t("birth mother|biological mother|bio mom|birth mom|birth mum|biological mom|"
       "biological mum|bio mum|birthmother|birthmom", "P", F, "biological", table=t)
    _t("birth father|biological father|bio dad|birth dad|biological dad|birthfather", "P", M,
       "biological", table=t)
    _t("birth parent|birth parents|biological parent|biological parents|bio parents", "P",
       None, "biological", table=t)
    # children
    _t("son|boy|sonny", "C", M, table=t)
    # with two common misspellings and a note's abbreviations ("one dtr", "his dau")
    _t("daughter|girl|daugher|daugter|dtr|dau", "C", F, table=t)
    _t("child|children|kid|kids|baby|babies|firstborn|offspring", "C", table=t)
    _t("stepson|step-son", "C", M, "step", table=t)
    _t("stepdaughter|step-daughter", "C", F, "step", table=t)
    _t("stepchild|step-child|stepkid|stepkids|stepchildren", "C", None, "step", table=t)
    _t("foster son", "C", M, "foster", table=t)
    _t("foster daughter", "C", F, "foster", table=t)
    _t("foster child|foster kid", "C", None, "foster", table=t)
    _t("adopted son", "C", M, "adoptive", table=t)
    _t("adopted daughter", "C", F, "adoptive", table=t)
    _t("adopted child", "C", None, "adoptive", table=t)
    # siblings
    _t("brother|bro|brudder", "S", M, table=t)
    _t("sister|sis", "S", F, table=t)
    _t("sibling|siblings|sib", "S", table=t)
    _t("half-brother|half brother|halfbrother|half-bro", "S", M, "half", table=t)
    _t("half-sister|half sister|halfsister|half-sis", "S", F, "half", table=t)
    _t("half-sibling|half sibling|half-sib", "S", None, "half", table=t)
    _t("stepbrother|step-brother|step-bro", "S", M, "step", table=t)
    _t("stepsister|step-sister|step-sis", "S", F, "step", table=t)
    _t("stepsibling|step-sibling|step-sib", "S", None, "step", table=t)
    _t("twin|twins", "S", None, "twin", table=t)
    _t("twin brother", "S", M, "twin", table=t)
    _t("twin sister", "S", F, "twin", table=t)
    # partners
    _t("husband|hubby|hubs", "E", M, table=t)
    _t("wife|wifey", "E", F, table=t)
    _t("bride", "E", F, table=t)
    _t("groom|bridegroom", "E", M, table=t)
    _t("dh", "E", M, title=True, table=t)
    _t("dw", "E", F, title=True, table=t)
    _t("spouse|partner|so", "E", table=t)
    _t("ex-husband|exhusband|ex husband", "E", M, "ex", table=t)
    _t("ex-wife|exwife|ex wife", "E", F, "ex", table=t)
    _t("ex|ex-partner|ex-spouse", "E", None, "ex", table=t)
    _t("ex-boyfriend", "E", M, "ex,dating", table=t)
    _t("ex-girlfriend", "E", F, "ex,dating", table=t)
    _t("boyfriend|bf", "E", M, "dating", table=t)
    _t("girlfriend|gf", "E", F, "dating", table=t)
    _t("fiance|fiancé", "E", M, "fiance", table=t)
    _t("fiancee|fiancée", "E", F, "fiance", table=t)
    _t("widow", "E", F, "widow", table=t)
    _t("widower", "E", M, "widow", table=t)
    _t("mistress", "E", F, "affair", table=t)
    _t("lover", "E", None, "affair", table=t)
    # grandparents
    _t("grandmother|grand mother|grand-mother|grandma|granny|nana|nan|gran|grandmom|grandmum|gramma|grammy|abuela|oma|nonna|babcia|bubbe|bubby|lola|mawmaw|mamaw|meemaw|memaw|grandmama|grandmommy|nanna|granma|yiayia|baba|nani|dadi",
       "PP", F, title=True, table=t)
    _t("grandfather|grand father|grand-father|grandpa|granddad|grandad|granddaddy|grandaddy|grandpappy|gramps|granda|grampa|grandpop|abuelo|opa|nonno|dziadek|zaide|lolo|pawpaw|papaw|pop-pop|poppy|nana-ji|dada-ji",
       "PP", M, title=True, table=t)
    _t("grandparent|grandparents", "PP", table=t)
    _t("great-grandmother|great grandmother|great-grandma|great grandma", "PPP", F, title=True, table=t)
    _t("great-grandfather|great grandfather|great-grandpa|great grandpa", "PPP", M, title=True, table=t)
    _t("great-grandparents", "PPP", table=t)
    # a common misspelling and the spaced and hyphenated spellings ("her grand daughter")
    _t("grandson|grand son|grand-son", "CC", M, table=t)
    _t("granddaughter|grandaughter|grand daughter|grand-daughter", "CC", F, table=t)
    _t("grandchild|grandchildren|grandkid|grandkids|grandbaby|grand child|grand children|grand-child|grand-children", "CC", table=t)
    _t("great-grandson", "CCC", M, table=t)
    _t("great-granddaughter", "CCC", F, table=t)
    _t("great-grandchild|great-grandchildren", "CCC", table=t)
    # collaterals
    _t("aunt|auntie|aunty|tia|tía|zia", "PS", F, title=True, table=t)
    _t("uncle|tio|tío|zio", "PS", M, title=True, table=t)
    _t("great-aunt|great aunt|grand-aunt|grandaunt", "PPS", F, title=True, table=t)
    _t("great-uncle|great uncle|grand-uncle|granduncle", "PPS", M, title=True, table=t)
    _t("niece|neice", "SC", F, table=t)  # the common misspelling too
    _t("nephew", "SC", M, table=t)
    _t("cousin|cousins|cuz", "PSC", title=True, table=t)
    # in-laws
    _t("mother-in-law|mother in law", "EP", F, "in-law", table=t)
    _t("father-in-law|father in law", "EP", M, "in-law", table=t)
    # forum abbreviations are used as names: "MIL said", "DH and I"
    _t("mil", "EP", F, "in-law", title=True, table=t)
    _t("fil", "EP", M, "in-law", title=True, table=t)
    _t("sil", "ES", F, "in-law", title=True, table=t)
    _t("bil", "ES", M, "in-law", title=True, table=t)
    _t("parents-in-law|in-laws|inlaws", "EP", None, "in-law", table=t)
    _t("sister-in-law|sister in law", "ES", F, "in-law", table=t)
    _t("brother-in-law|brother in law", "ES", M, "in-law", table=t)
    _t("son-in-law|son in law", "CE", M, "in-law", table=t)
    _t("daughter-in-law|dil|daughter in law", "CE", F, "in-law", table=t)
    # godparents: named like kin, not genealogical
    _t("godmother", "G", F, "god", table=t)
    _t("godfather", "G", M, "god", table=t)
    _t("godson", "g", M, "god", table=t)
    _t("goddaughter", "g", F, "god", table=t)
    _t("godchild", "g", None, "god", table=t)
    return t


KIN_TERMS: dict[str, KinTerm] = _build()

#: The longest kin phrase in words, for phrase matching ("foster mother", "great grand aunt").
MAX_TERM_WORDS = max(len(w.split()) for w in KIN_TERMS)

#: Honorifics before a name, with the gender they imply.
HONORIFICS: dict[str, str | None] = {
    "mr": "male", "mister": "male", "sir": "male", "mrs": "female", "ms": "female",
    "miss": "female", "mx": None, "dr": None, "doctor": None, "prof": None, "professor": None,
    "rev": None, "reverend": None, "father": "male", "sister": "female", "brother": "male",
    "lady": "female", "lord": "male", "madam": "female", "señor": "male", "señora": "female",
}

#: Plural kin nouns map to the singular term.
PLURALS: dict[str, str] = {
    "sons": "son", "daughters": "daughter", "brothers": "brother", "sisters": "sister",
    "husbands": "husband", "wives": "wife", "aunts": "aunt", "uncles": "uncle",
    "nieces": "niece", "nephews": "nephew", "grandsons": "grandson",
    "granddaughters": "granddaughter", "grandmothers": "grandmother",
    "grandfathers": "grandfather", "boys": "boy", "girls": "girl", "mothers": "mother",
    "fathers": "father", "stepsons": "stepson", "stepdaughters": "stepdaughter",
    "stepbrothers": "stepbrother", "stepsisters": "stepsister", "exes": "ex",
    "half-brothers": "half-brother", "half-sisters": "half-sister", "partners": "partner",
    "girlfriends": "girlfriend", "boyfriends": "boyfriend", "grandaughters": "grandaughter",
    "moms": "mom", "mums": "mum", "mommies": "mommy", "dads": "dad", "daddies": "daddy",
    "stepmoms": "stepmom", "stepdads": "stepdad", "stepmothers": "stepmother",
    "stepfathers": "stepfather", "grandmas": "grandma", "grandpas": "grandpa",
    "nanas": "nana", "grannies": "granny", "half-siblings": "half-sibling",
    "half siblings": "half sibling", "stepsiblings": "stepsibling",
    "step-siblings": "step-sibling", "sibs": "sibling", "half-sibs": "half-sibling",
    # note shorthand
    "bros": "bro", "half-bros": "half-bro", "step-bros": "step-bro", "step-sibs": "step-sib",
    "fiancés": "fiancé", "fiancées": "fiancée",
}

#: Words that name a human by role, not kin ("a neighbor", "the nanny").
#: A clinical note's abbreviations for grandparents: (kin word, side). The note frames read them
#: as kin; the name finder takes the word after a singular one for the grandparent's name.
KIN_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "mgm": ("grandmother", "maternal"), "mgf": ("grandfather", "maternal"),
    "pgm": ("grandmother", "paternal"), "pgf": ("grandfather", "paternal"),
    "mgp": ("grandparents", "maternal"), "pgp": ("grandparents", "paternal"),
    "mgps": ("grandparents", "maternal"), "pgps": ("grandparents", "paternal"),
}

#: Occupations: what a person "became" or "worked as" (a job event), and a noun that marks a
#: name it describes as a person's ("Ovar Quist, a saddler").
OCCUPATIONS: frozenset[str] = frozenset([
    "nurse", "teacher", "doctor", "lawyer", "attorney", "engineer", "priest", "minister",
    "pastor", "rabbi", "imam", "nun", "monk", "deacon", "soldier", "officer", "policeman",
    "cop", "firefighter", "fireman", "mechanic", "carpenter", "electrician", "plumber",
    "farmer", "miner", "welder", "accountant", "secretary", "clerk", "manager", "professor",
    "principal", "pilot", "chef", "cook", "driver", "trucker", "banker", "pharmacist",
    "dentist", "surgeon", "therapist", "counselor", "counsellor", "worker", "architect",
    "journalist", "reporter", "writer", "musician", "actor", "actress", "artist",
    "fisherman", "sailor", "seaman", "tailor", "seamstress", "baker", "butcher", "foreman",
    "supervisor", "director", "judge", "mayor", "sheriff", "detective", "paramedic",
    "midwife", "housekeeper", "maid", "waitress", "waiter", "bartender", "hairdresser",
    "barber", "salesman", "saleswoman", "shopkeeper", "grocer", "merchant", "labourer",
    "laborer", "machinist", "janitor", "guard", "librarian", "scientist", "programmer",
    "developer", "consultant", "executive", "partner", "apprentice", "intern", "resident"])

#: Nouns for a friend, neighbour or godparent: a kin title given to one is fictive ("Auntie Lou"
#: for Mom's best friend, "Papa Sten" for the neighbour)
FRIEND_NOUNS: frozenset[str] = frozenset([
    "friend", "bestie", "buddy", "pal", "neighbor", "neighbour", "godmother", "godfather",
    "roommate", "colleague", "coworker", "co-worker"])
HUMAN_NOUNS: frozenset[str] = frozenset(["neighbor", "neighbour", "nanny", "babysitter", "friend", "buddy", "pal", "coworker", "co-worker", "colleague", "boss", "teacher", "nurse", "doctor", "therapist", "counselor", "counsellor", "lawyer", "attorney", "priest", "pastor", "rabbi", "imam", "landlord", "landlady", "roommate", "woman", "man", "lady", "guy", "girl", "boy", "stranger", "customer", "client", "patient", "pt", "caseworker", "social-worker", "officer", "cop", "detective", "judge", "tenant", "housekeeper", "maid", "caregiver", "carer", "mentor", "classmate", "schoolmate", "bestie", "godmother", "godfather", "midwife", "surgeon", "pharmacist", "mechanic", "waitress", "waiter", "manager", "employer", "employee", "widow", "widower", "orphan", "infant", "toddler", "teenager", "teen", "fiance", "fiancé", "fiancee", "fiancée", "mistress", "lover"])

FEMALE_NOUNS = frozenset(["woman", "lady", "girl", "landlady", "waitress", "maid", "widow", "mistress", "actress"])
MALE_NOUNS = frozenset(["man", "guy", "boy", "gentleman", "waiter", "widower", "landlord"])


def kin_term(word: str) -> KinTerm | None:
    """The kin term for a word or phrase (case-insensitive, plurals folded), or None."""
    w = word.lower().replace("\u2019", "'")
    w = PLURALS.get(w, w)
    return KIN_TERMS.get(w)


#: "a son, Evert (30), from her first marriage", "a daughter from his previous relationship":
#: the child came from an earlier union; "a boy of his own, Bas": that parent's alone. Matched
#: right after the child's kin phrase.
EARLIER_UNION_AFTER = re.compile(
    r"[^.;\n]{0,40}?\b(?:from|by|with)\s+(?:his|her|their|my|our|a|an)\s+(?:first|previous|earlier|"
    r"prior|former|last|late)\s+(?:marriage|relationship|husband|wife|partner)\b"
    r"|\s+of\s+(?:his|her)\s+own\b", re.I)
