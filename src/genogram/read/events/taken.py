"""Deaths told with the illness as the agent and the dead as the object: "lung cancer took him
in 2019", "the flu claimed her", "a stroke killed Ivo"."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.events.grammar import _passive
from genogram.read.events.lexicon import NOUN_TYPES, _lem
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse
from genogram.read.verbs import people_and_conjuncts

#: Verbs an illness takes a life with.
_TAKING_VERBS = frozenset(["take", "claim", "kill"])

#: Causes of death besides the illness nouns of the event tables.
_KILLERS = frozenset(["flu", "influenza", "pneumonia", "fever", "typhus", "cholera", "polio",
                      "smallpox", "consumption", "covid", "virus", "infection", "disease",
                      "sepsis", "malaria", "diphtheria"])


def _killer(lemma: str) -> bool:
    return lemma in _KILLERS or NOUN_TYPES.get(lemma) == "illness"


def _taken_by_illness(doc: StoryDoc, k: int) -> bool:
    """An active "took / claimed / killed" whose subject is an illness and whose object is a
    person word (a pronoun or a name): the object died."""
    toks = doc.toks
    t = toks[k]
    if t.pos != "VERB" or _lem(t) not in _TAKING_VERBS or _passive(doc, k):
        return False
    subj = [c for c in t.children if toks[c].dep == "nsubj"]
    obj = [c for c in t.children if toks[c].dep == "dobj"]
    return bool(subj and obj) and _killer(toks[subj[0]].lemma.lower()) and toks[obj[0]].pos in (
        "PRON", "PROPN") and toks[obj[0]].lower not in ("it", "them", "everything", "something")


def _taken_people(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The ones an illness took: the verb's object (not one a "him" / "her" was misread as, whose
    gender the text states otherwise: a death is too heavy a fact to rest on a guess)."""
    toks = doc.toks
    out: list[int] = []
    for c in toks[k].children:
        if toks[c].dep != "dobj":
            continue
        want = _PRONOUN_GENDER.get(toks[c].lower)
        out += [p for p in people_and_conjuncts(doc, ms, d, c)
                if want is None or _kin_genders(d, p) <= {want}]
    return out


def _kin_genders(d: Discourse, p: int) -> set[str]:
    """The genders the kin words the story calls ``p`` give ("my mom, Ana"); two of them mean
    the reading merged two people, and a pronoun's referent there is no safe guess."""
    f = d.ents.find
    said = {c.term.gender for c in d.ents.claims if f(c.referent) == f(p) and c.term.gender}
    stated = d.ents.stated_gender(p)
    return said | ({stated} if stated and not said else set())


_PRONOUN_GENDER = {"him": "male", "her": "female"}
