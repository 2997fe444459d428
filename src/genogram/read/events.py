"""Life events and their time (issue 4).

``read_events`` finds events in the parse, sentence by sentence (linear in the text):

- a *trigger* is a verb ("married", "emigrated", "was diagnosed"), a verb with its object ("lost
  her job", "opened a bakery") or an event noun ("the divorce", "her affair with", "custody of");
  the tables below map them to the contract's event types;
- participants are the people the trigger's subjects, objects ("to", "with", "from", "of"),
  possessors and, for couple events said of one person, that person's known partner;
- negated, planned, wished, conditional or future clauses give no event (``verbs.is_irrealis`` plus
  "never", "about moving", "will"), nor do words inside quotes;
- deaths and births the verbs stage already found (``vf``) are events too, and so is a death
  known only from "my late husband";
- each event takes the time expression of its own sentence (the one nearest the trigger, see
  ``timeline``), resolved against the previous dated event (story time), the telling year, or the
  birth year of the person whose age is given; then events are ordered by story time: dated ones by
  year, undated ones after the last dated event before them, in text order among themselves.

Ages and years are reconciled on the entities here: a birth year from a stated age and the
telling year (never overwriting a stated year).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from genogram.read.document import StoryDoc, Tok
from genogram.read.facts import EventFact
from genogram.read.mentions import NAMING_LEMMAS, Mention, name_within
from genogram.read.resolve import Discourse, _mention_at, co_partners
from genogram.read.timeline import TimeExpr, find_times, resolve_year, telling_year
from genogram.read.verbs import (
    VerbFacts,
    _objects,
    _people_at,
    _subjects,
    is_irrealis,
    people_and_conjuncts,
)

log = logging.getLogger(__name__)

#: Verb lemma -> event type (a particle or object may refine it, see ``_verb_type``).
VERB_TYPES: dict[str, str] = {
    "marry": "marriage", "wed": "marriage", "remarry": "marriage", "elope": "marriage",
    "divorce": "divorce", "separate": "separation",
    "engage": "engagement", "propose": "engagement", "cohabit": "cohabitation",
    "die": "death", "perish": "death", "drown": "death", "decease": "death",
    "emigrate": "move", "immigrate": "move", "relocate": "move", "flee": "move",
    "sail": "move", "resettle": "move",
    "hire": "job", "fire": "job", "retire": "job", "enlist": "job", "promote": "job",
    "graduate": "education", "enroll": "education", "enrol": "education",
    "diagnose": "illness", "hospitalize": "illness", "hospitalise": "illness",
    "reunite": "reunion", "reconcile": "reunion", "reconnect": "reunion",
    "adopt": "custody", "foster": "custody",
    "cheat": "affair", "conceive": "pregnancy", "miscarry": "pregnancy",
    "bankrupt": "financial", "inherit": "financial", "foreclose": "financial",
}
#: verb lemma + particle -> type
PARTICLE_TYPES: dict[tuple[str, str], str] = {
    ("pass", "away"): "death", ("split", "up"): "separation", ("break", "up"): "separation",
    ("move", "in"): "cohabitation", ("move", "out"): "separation", ("walk", "out"): "separation",
    ("drop", "out"): "education", ("lay", "off"): "job", ("get", "together"): "reunion",
    ("cut", "off"): "other", ("move", "away"): "move", ("move", "back"): "move",
    ("take", "in"): "custody",
}
#: Nouns that are events by themselves ("the divorce", "her diagnosis").
NOUN_TYPES: dict[str, str] = {
    "divorce": "divorce", "separation": "separation", "affair": "affair",
    "wedding": "marriage", "engagement": "engagement", "custody": "custody",
    "adoption": "custody", "bankruptcy": "financial", "foreclosure": "financial",
    "diagnosis": "illness", "pregnancy": "pregnancy", "miscarriage": "pregnancy",
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
    "elopement": "marriage", "deployment": "job",
}
#: Nouns that are these events only with one of these words before them: "a heart attack",
#: "a nervous breakdown" (not "the breakdown of the marriage"), "a panic attack" is no event.
_NOUN_NEEDS: dict[str, frozenset[str]] = {
    "attack": frozenset(["heart"]),
    "breakdown": frozenset(["nervous", "mental", "emotional", "psychotic"]),
    "arrest": frozenset(["cardiac", "his", "her", "their", "my"]),
    "conviction": frozenset(["his", "her", "their", "my", "criminal", "felony"]),
}
#: (verb lemma, object noun) -> type: "lost her job", "opened a bakery".
_JOB_NOUNS = frozenset(["job", "work", "position", "post", "career", "employment"])
_BUSINESS_NOUNS = frozenset(["shop", "store", "business", "restaurant", "bakery", "company", "firm", "café", "cafe", "diner", "bar", "practice", "garage", "salon", "factory", "farm", "stall", "clinic", "pharmacy", "deli", "boutique", "studio"])
_MONEY_NOUNS = frozenset(["house", "home", "fields", "land", "farm", "everything", "savings", "money", "fortune", "business", "shop", "store", "pension"])
_SCHOOL_NOUNS = frozenset(["college", "university", "school", "degree", "diploma", "nursing", "law", "seminary"])
_ILL_ADJ = frozenset(["ill", "sick"])
_MOVE_PREPS = ("to", "for", "into", "from", "across")

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
_PRONOUN_WORDS = frozenset(["he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "their", "our", "my", "your"])


@dataclass
class _Raw:
    type: str
    people: list[int]
    trigger: int            # token index
    sent: int
    phrase: str             # words for the summary
    evidence: tuple[int, int]
    kids: list[int] = field(default_factory=list)   # births: the children born
    kid_toks: dict[int, int] = field(default_factory=dict)   # child -> the token naming them
    time_tok: int = -1      # the token whose time expression dates the event (else ``trigger``)
    derived: bool = False   # from the structure (a death or birth fact), not from a trigger
    loss: bool = False      # a pregnancy that ended in a miscarriage or stillbirth


def read_events(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts) -> list[EventFact]:
    """Events stated or implied by the story, in story-time order (``order`` 1, 2, ...)."""
    partners = _partner_map(d, vf)
    raws: list[_Raw] = []
    for s_index, sent in enumerate(doc.sents):
        for k in range(sent.start_tok, sent.end_tok):
            raw = _event_at(doc, ms, d, partners, k, s_index, raws)
            if raw is None:
                continue
            if raw.type in ("marriage", "engagement", "cohabitation") and len(raw.people) >= 2:
                partners.add(raw.people[0], raw.people[1])   # known for later sentences
            if raw.type == "birth" and len(raw.kids) > 1 and not _twins(doc, k):
                # "had three children: Ada in 1921, Bo in 1924": one each; twins are one birth
                for kid in raw.kids:
                    raws.append(_Raw(raw.type, [kid] + [p for p in raw.people
                                                        if p not in raw.kids],
                                     raw.trigger, raw.sent, raw.phrase, raw.evidence,
                                     time_tok=raw.kid_toks.get(kid, -1)))
            else:
                raws.append(raw)
            raws += _gapped(doc, ms, d, raw)
            if raw.type == "move" and doc.toks[k].lemma == "leave":
                # "Sharon left for Perth": a separation too when her union is known to end
                couple = _left_partner(doc, ms, d, k, raw.people[:1], partners)
                if len(couple) == 2 and (frozenset(couple) in partners.ended
                                         or _with_new_partner(doc, k)):
                    raws.append(_Raw("separation", couple, k, raw.sent, raw.phrase, raw.evidence))
    raws += _life_fact_events(doc, ms, d, vf, raws)
    raws += _noted_union_events(doc, d, vf, raws)
    raws = _dedupe(d, raws)
    telling = _telling(doc)
    _reconcile_ages(d, telling)
    return _place_in_time(doc, ms, d, raws, telling)


# --- triggers --------------------------------------------------------------------------------

def _event_at(doc: StoryDoc, ms: list[Mention], d: Discourse, partners: dict[int, list[int]],
              k: int, s_index: int, earlier: list[_Raw]) -> _Raw | None:
    t = doc.toks[k]
    if t.quote != -1:
        return None
    if t.pos in ("VERB", "AUX", "ADJ"):
        type_ = _verb_type(doc, k)
        if type_ is None or _unreal(doc, k) and not (type_ == "reunion" and t.lemma == "meet"
                                                     and not _modal(doc, k)):
            return None
        if type_ not in _ONGOING_TYPES and _present_progressive(doc, k) or _no_object(doc, k):
            return None   # "we are getting married in October", "had no children"
        if type_ not in _ONGOING_TYPES and (_habitual(doc, k) or _when_present(doc, k)):
            return None   # "took the bus to Ballard every Thursday", "when he gets a job"
        if type_ == "marriage" and _married_now(doc, k):
            return None   # "he is married to Greta": a state, no wedding told
        people = _verb_people(doc, ms, d, k, type_, partners)
        # "had been seeing Mogens", "has lived with his partner": only between partners (the
        # subject has another partner to betray, or lives with their own)
        # ("had a girlfriend, a widow named Ana" may name the lover twice)
        if type_ in ("affair", "cohabitation") and t.lemma in ("see", "live", "sleep", "have") and (
                len(people) < 2 or len(people) > 2 and t.lemma != "have"
                or not (_partnered(doc, k, people, partners, type_)
                        or _together_not_kin(doc, d, k, people))):
            return None
        if type_ == "reunion" and _lem(t) in _CUE_VERBS and len(people) < 2:
            return None   # "made her peace with it": with no one
    elif t.pos in ("NOUN", "PROPN") and t.lemma in NOUN_TYPES:
        type_ = NOUN_TYPES[t.lemma]
        gov = _governor(doc, k)
        if _noun_negated(doc, k) or not _noun_fits(doc, k):
            return None
        if gov is not None and (_modal(doc, gov) if type_ == "death" else _unreal(doc, gov)):
            return None   # "did not meet until X's funeral": the funeral still took place
        if type_ == "illness" and (gov is not None and doc.toks[gov].lemma in ("die", "kill")
                                   or _tells_death(doc, s_index)):
            return None   # the cause of a death, told with the death
        if type_ == "death":   # "her funeral", "the death of his brother": whose, else no one
            people = _own_people(doc, ms, d, k)
        else:
            people = _noun_people(doc, ms, d, k, gov)
        g = gov
        for _ in range(4):   # "has a long history of opioid use disorder": the one who has it
            if people or type_ not in ("illness", "custody") or g is None:
                break
            people = _subjects(doc, ms, d, g)
            g = None if doc.toks[g].head == g else doc.toks[g].head
        if type_ == "custody" and len(people) == 1:
            people += _ward(doc, ms, d, k, people[0])
        if not people and type_ in _UNION_TYPES and not any(
                doc.toks[c].dep in ("det", "nummod") and doc.toks[c].lower in (
                    "a", "an", "one", "any", "another", "every", "each")
                for c in t.children):   # "one wedding in the family was enough": no couple's
            people = _context_couple(earlier, s_index, type_)
    else:
        return None
    kid_toks: dict[int, int] = {}
    if type_ == "birth" and t.lemma in ("have", "welcome", "give"):
        kid_toks = _born_kid_toks(doc, ms, d, k)
    kids = list(kid_toks)
    people = [p for p in dict.fromkeys(people) if p >= 0]
    if type_ in ("divorce", "separation", "marriage", "reunion") and len(people) == 1:
        ps = partners.get(people[0], [])
        # "she remarried": the later partner; otherwise the first one the story gives
        if t.lemma == "remarry" and isinstance(partners, _Partners):
            ps = partners.current(people[0], d)
            people += _named_next(doc, d, k, ps) or ps[-1:]
        else:   # not the one married in this very sentence ("moved out and married Ana")
            wed = _married_here(doc, ms, d, s_index) if type_ != "marriage" else set()
            people += [p for p in ps if p not in wed][:1]
    if not people:
        return None
    if type_ == "separation" and t.lemma == "move" and len(people) == 1:
        type_ = "move"   # "he moved out in March" with no partner known: he left the house
    if type_ == "custody" and t.lemma in ("raise", "bring", "rear") and _passive(doc, k) and any(
            _is_parent_pair(d, people[0], p) for p in people[1:]):
        return None   # "raised by Ana" who the story says is his mother
    if type_ == "cohabitation" and t.lemma == "move" and _moved_in_with_family(doc, d, k, people):
        # "Nonna moved in with us": no couple; "Mom's boyfriend moved in with us": his partner
        mate = partners.current(people[0], d)[:1] if isinstance(partners, _Partners) else []
        if mate and not _blood_kin(d, people[0], mate[0]):
            people = people[:1] + mate
        else:
            type_ = "move"
    if type_ == "custody" and t.lemma == "live" and len(people) == 2 and people[1] in partners.get(
            people[0], []):
        type_ = "cohabitation"   # "went to live with her boyfriend"
    if type_ in ("divorce", "separation", "marriage", "engagement", "cohabitation",
                 "affair", "custody") and len(people) < 2 and not (
            type_ == "custody" and t.tag == "VBN" and _custody_verb(doc, k)
            or type_ == "affair" and _own_affair(doc, k)):
        return None   # a couple's event needs the couple; a child "placed in care" is alone
    sent = doc.sents[s_index]
    ev = (doc.toks[sent.start_tok].start, doc.toks[sent.end_tok - 1].end)
    raw = _Raw(type_, people, k, s_index, _phrase(doc, k), ev, kids, kid_toks)
    if t.lemma in _LOSS_WORDS:
        raw.loss = True
    return raw


def _ward(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int, carer: int) -> list[int]:
    """The child of a custody noun said of the carer alone: the subject of the clause the carer's
    own clause hangs from ("Pt resides with her grandmother, who has had legal custody since
    2020")."""
    toks = doc.toks
    h = k
    for _ in range(8):
        if toks[h].dep == "relcl" or toks[h].head == h:
            break
        h = toks[h].head
    if toks[h].dep != "relcl":
        return []
    x = toks[h].head
    for _ in range(4):   # from the noun the clause describes up to its verb
        if toks[x].pos in ("VERB", "AUX") or toks[x].head == x:
            break
        x = toks[x].head
    return [p for p in _subjects(doc, ms, d, x) if p != carer][:1]


_MULTIPLE_BIRTH = frozenset(["twin", "twins", "triplet", "triplets"])


def _twins(doc: StoryDoc, k: int) -> bool:
    """The verb's object is twins or triplets ("had twins, Rasmus and Eilif"): one birth."""
    return any(doc.toks[c].dep == "dobj" and doc.toks[c].lemma in _MULTIPLE_BIRTH
               for c in doc.toks[k].children)


def _named_next(doc: StoryDoc, d: Discourse, k: int, cands: list[int]) -> list[int]:
    """The candidate mentioned first after token ``k``, within the next two sentences ("Father
    remarried in 1995; his second wife, Vilja, ...")."""
    sents = doc.sents
    s = doc.toks[k].sent
    last = sents[min(s + 1, len(sents) - 1)]
    lo, hi = doc.toks[k].end, doc.toks[last.end_tok - 1].end
    best: tuple[int, int] | None = None
    for c in cands:
        for a, _b in d.ents.get(c).spans:
            if lo <= a < hi and (best is None or a < best[0]):
                best = (a, c)
    return [best[1]] if best is not None else []


def _modal(doc: StoryDoc, k: int) -> bool:
    toks = doc.toks
    return any(toks[c].dep == "aux" and toks[c].lower in ("will", "'ll", "would", "'d", "might",
                                                          "could", "should", "may")
               for c in toks[k].children)


_PARTNER_NOUNS = frozenset(["partner", "boyfriend", "girlfriend", "husband", "wife", "fiancé",
                            "fiancée", "fiance", "fiancee", "lover", "spouse"])


def _partnered(doc: StoryDoc, k: int, people: list[int], partners: dict[int, list[int]],
               type_: str) -> bool:
    a, b = people[0], people[1]
    ps = partners.get(a, [])
    if type_ == "affair":
        return any(p != b for p in ps)
    toks = doc.toks
    if any(toks[c].dep == "prep" and toks[c].lower == "with" and any(
            toks[x].dep == "conj" for g in toks[c].children for x in toks[g].children)
           for c in toks[k].children):
        return False   # "lived with Malte and Dennis": a household, not a couple
    named_partner = any(toks[c].dep == "prep" and toks[c].lower == "with" and any(
        toks[g].lemma in _PARTNER_NOUNS for g in toks[c].children) for c in toks[k].children)
    return b in ps or named_partner


def _is_parent_pair(d: Discourse, a: int, b: int) -> bool:
    """A kin claim makes one of ``a``, ``b`` the other's (not step- or foster-) parent."""
    f = d.ents.find
    pair = {f(a), f(b)}
    return any({f(c.possessor), f(c.referent)} == pair and c.term.path in ("P", "C")
               and not {"step", "foster", "god"} & set(c.term.qual) for c in d.ents.claims)


def _own_affair(doc: StoryDoc, k: int) -> bool:
    """'after his affair', 'he cheated', 'she was unfaithful': one person's affair, the other
    one untold."""
    t = doc.toks[k]
    if t.pos in ("NOUN", "PROPN"):
        return any(doc.toks[c].dep == "poss" for c in t.children)
    return t.lemma == "cheat" or t.lower == "unfaithful"


def _moved_in_with_family(doc: StoryDoc, d: Discourse, k: int, people: list[int]) -> bool:
    """'moved in with us / them / her parents / his sister': a household, not a couple."""
    toks = doc.toks
    withs = [g for c in toks[k].children for x in [c, *toks[c].children]
             if toks[x].dep == "prep" and toks[x].lower == "with"
             for g in toks[x].children if toks[g].dep == "pobj"]
    if any(toks[g].lower in ("us", "them", "me") or toks[g].tag == "NNS" for g in withs):
        return True
    return len(people) >= 2 and _blood_kin(d, people[0], people[1])


def _blood_kin(d: Discourse, a: int, b: int) -> bool:
    """A kin claim ties ``a`` and ``b`` other than as partners."""
    f = d.ents.find
    pair = {f(a), f(b)}
    return any({f(c.possessor), f(c.referent)} == pair and "E" not in c.term.path
               for c in d.ents.claims)


def _together_not_kin(doc: StoryDoc, d: Discourse, k: int, people: list[int]) -> bool:
    """'Ana and Leo lived together': a couple, unless the story makes them kin by blood."""
    if not any(doc.toks[c].lower == "together" for c in doc.toks[k].children):
        return False
    return not _blood_kin(d, people[0], people[1])


def _context_couple(earlier: list[_Raw], s_index: int, type_: str = "") -> list[int]:
    """The couple of the last couple event within two sentences ("...; the divorce was final").

    A marriage told in the same sentence is not the couple of a divorce or separation: "he married
    Arvo as soon as the divorce went through" is the end of an earlier marriage."""
    for r in reversed(earlier[-6:]):
        if r.type in _UNION_TYPES and len(r.people) >= 2 and s_index - r.sent <= 2:
            if type_ in ("divorce", "separation") and r.type == "marriage" and r.sent == s_index:
                continue
            return r.people[:2]
    return []


_DEATH_WORDS = frozenset(["die", "died", "dies", "dead", "death", "d.", "killed", "funeral"])


def _tells_death(doc: StoryDoc, s_index: int) -> bool:
    """The sentence tells a death ("MGM d. 2022 (stroke)"): an illness named there is its cause."""
    sent = doc.sents[s_index]
    return any(doc.toks[x].lower in _DEATH_WORDS or doc.toks[x].lemma == "die"
               for x in range(sent.start_tok, sent.end_tok))


def _own_people(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The possessor or the "of" object of an event noun: "her funeral", "the death of Ana"."""
    toks = doc.toks
    out: list[int] = []
    for c in toks[k].children:
        if toks[c].dep == "poss":
            out += _people_at(doc, ms, d, c)
        elif toks[c].dep == "prep" and toks[c].lower == "of":
            out += [p for g in toks[c].children if toks[g].dep == "pobj"
                    for p in _people_at(doc, ms, d, g)]
    return out


def _born_kids(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    return list(_born_kid_toks(doc, ms, d, k))


def _born_kid_toks(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> dict[int, int]:
    """The children a "had / welcomed" verb brings, each with the token that names them: the
    object, the names in apposition to it and their conjuncts ("had a son, Jorund", "had twins,
    Ada and Bo", "had three children: Inka in 1905, Clemens in 1908 and Aase in 1911")."""
    toks = doc.toks
    subs = set(_subjects(doc, ms, d, k))
    out: dict[int, int] = {}
    starts = [c for c in toks[k].children if toks[c].dep == "dobj"]
    # "had two children, Ana in 1936 and Leo in 1939": the names may hang from the verb
    named = [c for c in toks[k].children if toks[c].dep in ("npadvmod", "appos")
             and toks[c].pos == "PROPN" and starts and c > starts[0]]
    starts += named
    if toks[k].lemma == "give":   # "gave birth to Leo"
        starts += [g for c in toks[k].children if toks[c].dep == "prep" and toks[c].lower == "to"
                   for g in toks[c].children if toks[g].dep == "pobj"]
    for c in starts:
        stack, seen = [c], 0
        while stack and seen < 20:
            x = stack.pop()
            seen += 1
            here = [p for p in _people_at(doc, ms, d, x) if p not in subs]
            for p in here:   # a name's own token beats a group word ("three children")
                if len(here) == 1 or p not in out:
                    out[p] = x
            stack += [g for g in toks[x].children if toks[g].dep in ("appos", "conj")]
    if named:   # the names, not the group word before them
        out = {p: x for p, x in out.items() if toks[x].pos == "PROPN" or x not in starts[:1]}
    for p, x in out.items():
        if toks[x].pos != "PROPN":   # reached through the group word: its own name, if told here
            own = [ms[i].head for i in d.ents.get(p).mentions
                   if ms[i].kind == "name" and toks[ms[i].head].sent == toks[k].sent]
            if own:
                out[p] = own[0]
    return dict(sorted(out.items(), key=lambda kv: kv[1]))


#: Event types whose verb may be left out in a following conjunct: "Vibeke died in 1958 and Moe
#: in 1961", "their son was born in 1932 and their daughter in 1938".
_GAPPING_TYPES = frozenset(["birth", "death"])


def _gapped(doc: StoryDoc, ms: list[Mention], d: Discourse, raw: _Raw) -> list[_Raw]:
    """The people of verbless conjuncts of the trigger, one event each, dated by their own words."""
    if raw.type not in _GAPPING_TYPES:
        return []
    toks = doc.toks
    k = raw.trigger
    if toks[k].pos not in ("VERB", "AUX"):
        return []
    out: list[_Raw] = []
    for c in toks[k].children:
        w = toks[c]
        if w.dep != "conj" or w.pos not in ("NOUN", "PROPN"):
            continue
        if any(toks[g].dep in ("nsubj", "nsubjpass") for g in w.children):
            continue
        people = _people_at(doc, ms, d, c)
        if not people:
            people = [p for g in w.children if toks[g].dep == "appos"
                      for p in _people_at(doc, ms, d, g)]
        people = [p for p in people if p >= 0 and p not in raw.people[:1]]
        for p in people[:1]:
            out.append(_Raw(raw.type, [p], k, raw.sent, raw.phrase, raw.evidence, time_tok=c))
    return out


#: A pregnancy that ends without a living child: still a ``pregnancy`` event (the contract has no
#: type of its own for it), summarised as what it was.
_LOSS_WORDS = frozenset(["miscarry", "miscarriage", "stillbirth", "abortion"])
_PLACE_ENTS = frozenset(["GPE", "LOC"])


def _is_place(doc: StoryDoc, g: int) -> bool:
    """A place name: tagged as one, or a proper name the tagger took for an organisation or left
    untagged ("followed him to Galway") that is no kin title ("went to Grandma")."""
    w = doc.toks[g]
    if w.ent in _PLACE_ENTS or w.ent == "FAC":
        return True
    if w.pos != "PROPN" or w.ent not in ("ORG", "") or w.lower in _KIN_CARERS | _KIN_TITLES:
        return False
    nxt = doc.toks[g + 1] if g + 1 < len(doc.toks) else None
    return not (nxt is not None and nxt.lower in ("'s", "’s"))


#: Kin titles that stand as names ("went to Nana"): people, not places.
_KIN_TITLES = frozenset(["nana", "nonna", "nonno", "granny", "gran", "grandad", "granddad",
                         "abuela", "abuelo", "oma", "opa", "babcia", "mama", "papa", "auntie",
                         "aunty", "uncle", "aunt", "pop", "pops", "mom", "mum", "dad", "daddy"])
_NEWBORN_NOUNS = frozenset(["son", "daughter", "child", "baby", "boy", "girl", "twin", "twins",
                            "kid", "brother", "sister", "sibling"])


def _to_place(doc: StoryDoc, k: int) -> bool:
    """The verb's object or its "for"/"to" object is a place ("left Kenya", "left for Perth")."""
    toks = doc.toks
    for c in toks[k].children:
        w = toks[c]
        if w.dep in ("dobj", "npadvmod") and w.ent in _PLACE_ENTS:
            return True
        if w.dep == "prep" and w.lower in ("for", "to") and any(
                toks[g].dep == "pobj" and _is_place(doc, g) for g in w.children):
            return True
    return False


#: Someone "had" besides a partner: "had a mistress", "had a girlfriend" (while married).
_LOVER_OBJECTS = frozenset(["mistress", "lover", "girlfriend", "boyfriend", "paramour"])
_LOVER_NOUNS = frozenset(["man", "woman", "lover", "boyfriend", "girlfriend", "mistress"])


def _with_new_partner(doc: StoryDoc, k: int) -> bool:
    """'left for Perth with a man she had met at work': leaving one's partner for another."""
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


def _verb_type(doc: StoryDoc, k: int) -> str | None:
    toks = doc.toks
    t = toks[k]
    lemma = _lem(t)
    kids = [toks[c] for c in t.children]
    prt = _particle(doc, k)
    if (lemma, prt) in PARTICLE_TYPES:
        if (lemma, prt) == ("walk", "out") and any(
                c.dep == "prep" and c.lower in ("into", "to", "onto", "through", "of", "in")
                and not _time_prep(doc, c.i) for c in kids):
            return None   # "walked out into the yard"
        if lemma == "cut" and not any(c.lower in ("contact", "ties") or c.dep == "dobj" for c in kids):
            return None
        return PARTICLE_TYPES[(lemma, prt)]
    if lemma == "pass" and any(c.lower == "away" for c in kids):
        return "death"
    if lemma == "pass" and t.tag in ("VBD", "VBN") and not any(
            c.dep in ("dobj", "prt", "dative", "xcomp", "ccomp", "attr", "acomp", "agent", "advcl")
            or c.dep == "prep" and c.lower not in ("in", "on", "at", "after", "before", "during")
            or c.dep == "advmod" and c.lower not in ("peacefully", "suddenly", "quietly", "last",
                                                    "later", "then", "finally", "recently")
            for c in kids) and any(c.dep == "nsubj" for c in kids):
        return "death"   # "(she passed in 2011)", "after her husband passed": no object, no way
    if t.lower == "born" or lemma == "bear" and any(c.dep == "nsubjpass" for c in kids):
        if _dates_another(doc, k):
            return None   # "she died before I was born": a time, not a birth told
        return "birth"
    if lemma == "die" and t.tag == "VBG" and any(c.dep == "aux" and c.lemma == "be" for c in kids):
        return "illness"   # "when your mother is dying": an illness, the death comes later
    if t.lower in _ILL_ADJ and t.pos == "ADJ" and toks[t.head].lemma == "be" and any(
            toks[c].dep == "prep" and toks[c].lower in ("for", "since")
            for c in toks[t.head].children):
        return "illness"   # "Mom was sick for six years"
    if lemma == "kill" or lemma == "murder":
        return "death" if any(c.dep == "nsubjpass" for c in kids) else None
    if lemma == "give" and any(c.lower == "birth" for c in kids):
        return "birth"
    if t.lower in ("married", "wed") and t.dep in ("amod", "compound") and k + 1 < len(toks) and (
            toks[k + 1].pos == "PROPN"):
        return "marriage"   # a misparse: "X, a whaler's son, married Oline Jytte"
    if t.lower in ("married", "wed") and t.pos == "ADJ":
        return "marriage" if toks[t.head].lemma in ("get", "be") or t.dep in ("ROOT", "conj") else None
    if t.lower == "engaged":
        return "engagement"
    if t.lower == "pregnant" and t.pos == "ADJ":
        return "pregnancy"
    if t.lower in _ILL_ADJ and t.pos == "ADJ" and toks[t.head].lemma in ("fall", "get", "become"):
        return "illness"
    if t.lower == "bankrupt":
        return "financial"
    if t.lower == "unfaithful" and t.pos == "ADJ":
        return "affair"   # "he was unfaithful to her": see ``_verb_people``
    if t.pos == "ADJ":
        return None
    if lemma == "expect" and t.tag == "VBG" and _expecting_a_child(doc, k):
        return "pregnancy"
    if lemma in ("get", "come") and {"back", "together"} <= {c.lower for c in kids}:
        return "reunion"   # "got back together (with him)"
    if lemma == "have" and _obj_lemmas(kids) & _LOVER_OBJECTS:
        return "affair"   # "had a mistress", "had a girlfriend in another town" (if partnered)
    if lemma == "sleep" and any(c.dep == "prep" and c.lower == "with" for c in kids) and t.tag in (
            "VBG", "VBD"):
        return "affair"   # "was sleeping with his boss": only between partners, see _event_at
    if lemma in _CLOSING_VERBS and any(c.dep == "nsubj" and c.lemma in _BUSINESS_NOUNS
                                       for c in kids) and prt in ("", "down", "under", "up"):
        return "business"   # "his shop closed in 1990", "the bakery went under"
    if lemma == "become" and _obj_lemmas(kids) & _SPOUSE_NOUNS and any(
            toks[g].dep == "poss" for c in kids if c.dep == "attr" for g in c.children):
        return "marriage"   # "she became Sam's wife"
    if lemma == "live" and any(c.dep == "prep" and c.lower == "until" for c in kids):
        return "death"
    if lemma == "split" and not any(c.dep == "dobj" for c in kids):
        return "separation"   # "they split in 1995" (not "split the money")
    if lemma == "live" and any(c.lower == "together" for c in kids) and (
            _lem(toks[t.head]) in ("start", "begin") and t.dep == "xcomp"
            or any(c.dep == "prep" and c.lower in ("since", "from") for c in kids)):
        return "cohabitation"   # "started living together", "have lived together since 1984"
    if lemma == "work" and _starts_work(doc, k):
        return "job"
    if lemma in _MOTION_VERBS and _motion_to_place(doc, k):
        return "move"   # "followed him to Nairobi", "was sent to Bombay", "flew in from Daegu"
    if _custody_verb(doc, k):
        return "custody"
    if lemma == "meet" and _first_meeting(doc, k):
        return "reunion"   # "did not meet until 1999", "met his father for the first time"
    if lemma == "leave" and not prt and _to_place(doc, k):
        return "move"   # "left Kenya for London", "left for Vancouver"
    if lemma in ("leave", "abandon", "desert") and not prt and not _caused(doc, k):
        return "separation"   # ("the nurse made me leave": no one left a partner)
    if lemma == "see" and t.tag == "VBG" and any(c.lower in ("been", "was", "were")
                                                  for c in kids) and (
            any(c.dep == "dobj" for c in kids) or t.dep == "relcl"):
        return "affair"   # "he had been seeing his secretary", "the woman he was seeing"
    if lemma == "live" and any(c.dep == "prep" and c.lower == "with" for c in kids) and (
            t.tag in ("VBN", "VBD") and any(c.dep == "prep" and c.lower in ("since", "for")
                                            for c in kids)):
        return "cohabitation"   # "has lived with his partner since 1995"
    if lemma in ("follow", "come", "arrive") and _newborn_subject(doc, k):
        return "birth"   # "a daughter, Aksel, followed in 1915"
    if lemma == "conceive" and (any(c.dep == "nsubjpass" or c.dep == "prep" and c.lower in (
            "via", "through") for c in kids) or t.dep == "acl"):
        return "birth"   # "Ceylan, conceived via IVF": the child
    if lemma == "move" and any(c.lower == "in" for c in kids) and any(
            c.lower == "together" or c.dep == "prep" and c.lower == "with" for c in kids):
        return "cohabitation"
    if lemma == "move" and not prt:
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
    if lemma in ("open", "found", "start", "launch", "buy", "establish", "set") and (
            obj_lemmas & _BUSINESS_NOUNS) and not (lemma == "set" and prt != "up"):
        return "business"
    if lemma == "lose" and obj_lemmas & _MONEY_NOUNS:
        return "financial"
    if lemma == "go" and any(c.lower == "bankrupt" for c in kids):
        return "financial"
    if lemma in ("finish", "attend", "enter", "start", "go") and any(   # "went back to school"
            _school_object(doc, x) for c in kids
            for x in [c.i, *(c.children if c.lower == "back" else [])]) and not (
            lemma == "go" and _just_school(doc, k)):
        return "education"
    if lemma == "have" and t.tag == "VBD" and objs and objs[0].lemma in (
            "baby", "son", "daughter", "child", "twins", "twin", "triplets", "boy", "girl", "kid"
    ) and not any(c.lower == "already" for c in kids):   # "already had a boy": a child she had
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
        return "birth"   # "their son Ben came along in 1993"
    if lemma in ("welcome", "deliver") and objs and objs[0].lemma in (
            "baby", "son", "daughter", "child", "twins", "boy", "girl"):
        return "birth"
    return _cue_type(doc, k, lemma, prt) or VERB_TYPES.get(lemma)


# --- phrase cues -----------------------------------------------------------------------------

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
#: Occupations a person "became" or "worked as": a job.
_OCCUPATIONS = _fs(
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
    "developer", "consultant", "executive", "partner", "apprentice", "intern", "resident")
_CHRONIC_NOUNS = _fs("depression", "addiction", "alcoholism", "cancer", "illness", "disease",
                     "anxiety", "diabetes", "schizophrenia", "psychosis", "dementia")
_SPOUSE_NOUNS = _fs("wife", "husband", "bride", "spouse")
_BABY_NOUNS = _fs("baby", "pregnancy", "child", "twins", "twin", "son", "daughter")
_WIDOW_NOUNS = _fs("widow", "widower")
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
    _Cue("job", _fs("join", "enlist"), obj=_SERVICE_NOUNS),
    _Cue("job", _fs("enlist"), prep=_fs("in", "into"), pobj=_SERVICE_NOUNS),
    _Cue("job", _fs("become", "train"), obj=_OCCUPATIONS),
    _Cue("job", _fs("train"), prep=_fs("as"), pobj=_OCCUPATIONS),
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
    _Cue("reunion", _fs("make"), obj=_fs("peace", "amends", "up")),
    _Cue("reunion", _fs("make"), prt="up"),
    _Cue("reunion", _fs("track", "seek"), prt="down"),
    _Cue("financial", _fs("win"), obj=_fs("lottery", "jackpot")),
    _Cue("financial", _fs("gamble", "drink", "squander", "fritter"), prt="away"),
    _Cue("financial", _fs("repossess", "evict", "foreclose", "bankrupt", "ruin"),
         passive=True),
    _Cue("move", _fs("settle", "land", "end"), prep=_fs("in"), place=True),
    _Cue("move", _fs("return"), prep=_fs("to"), place=True),
    _Cue("move", _fs("take", "catch", "board"), obj=_fs("bus", "train", "boat", "ship", "plane",
                                                        "flight", "ferry"),
         prep=_fs("to", "for"), place=True),   # "took the bus to Reno"
)
_CUE_VERBS = frozenset(v for c in _CUES for v in c.verbs)

#: Every verb lemma the tables know, to mend a tagger's lemma ("reconnected" -> "reconnecte").
_LEXICON = frozenset(VERB_TYPES) | {v for v, _p in PARTICLE_TYPES} | _CUE_VERBS | _WISH_HEADS


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


def _particle(doc: StoryDoc, k: int) -> str:
    """The verb's particle: a ``prt``, an adverb right after it the parse did not call one
    ("moved out"), or a preposition with no object after the verb's object ("took Ana in")."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    prt = next((c.lower for c in kids if c.dep == "prt"), "")
    if prt:
        return prt
    prt = next((c.lower for c in kids if c.dep == "advmod" and c.i == k + 1
                and c.lower in ("out", "in", "away", "back", "up", "off", "down", "along")), "")
    if prt:
        return prt
    # "took Ana in", "dropped out of school": a preposition with no object of its own
    return next((c.lower for c in kids if c.dep == "prep" and c.i > k
                 and c.lower in ("in", "out", "away", "up", "off", "down")
                 and not any(toks[g].dep == "pobj" for g in c.children)), "")


def _time_prep(doc: StoryDoc, c: int) -> bool:
    """A preposition that only dates the verb: "in 1995", "in March", "at nineteen"."""
    toks = doc.toks
    return any(toks[g].dep == "pobj" and (toks[g].ent in ("DATE", "TIME", "CARDINAL")
                                          or toks[g].pos == "NUM") for g in toks[c].children)


def _passive(doc: StoryDoc, k: int) -> bool:
    toks = doc.toks
    return toks[k].tag == "VBN" and (
        any(toks[c].dep in ("nsubjpass", "auxpass") for c in toks[k].children)
        or toks[k].dep == "acl" or toks[toks[k].head].lemma == "get")


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


#: Verbs of going somewhere: with a place after "to" (or "from" for the arriving ones) a move.
_MOTION_VERBS = frozenset(["follow", "send", "go", "come", "sail", "head", "return", "ship",
                           "make"])
_ARRIVAL_VERBS = frozenset(["come", "sail"])


def _motion_to_place(doc: StoryDoc, k: int) -> bool:
    toks = doc.toks
    t = toks[k]
    kids = [toks[c] for c in t.children]
    if t.lemma == "make" and not any(c.dep == "dobj" and c.lemma == "way" for c in kids):
        return False   # "made his way through Marseille to Buenos Aires"
    if t.lemma == "go" and any(c.dep == "xcomp" for c in kids):
        return False   # "went to live with": a custody, not a bare move
    # "went back to Cairo": the preposition may hang from the adverb
    preps = kids + [toks[g] for c in kids if c.dep == "advmod" and c.lower in ("back", "home")
                    for g in c.children]
    for c in preps:
        if c.dep != "prep" or c.lower not in ("to", "from") or (
                c.lower == "from" and t.lemma not in _ARRIVAL_VERBS):
            continue
        # "went to Mass": a bare "go" or "come" needs a tagged place
        loose = t.lemma not in ("go", "come")
        if any(toks[g].dep == "pobj" and (_is_place(doc, g) if loose else toks[g].ent in
                                          _PLACE_ENTS) for g in c.children):
            return True
    return False


#: Verbs of a business ending, with the business as the subject.
_CLOSING_VERBS = frozenset(["close", "fail", "fold", "collapse", "burn", "go", "shut"])


def _obj_lemmas(kids: list[Tok]) -> set[str]:
    """The lemmas of the objects and attributes among ``kids``."""
    return {c.lemma for c in kids if c.dep in ("dobj", "attr", "oprd")}


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


def _dates_another(doc: StoryDoc, k: int) -> bool:
    """The verb heads a clause that only dates another ("before I was born", "years before I
    came along")."""
    toks = doc.toks
    return toks[k].dep == "advcl" and any(
        toks[c].dep == "mark" and toks[c].lower in ("before", "after", "since", "until", "till")
        for c in toks[k].children)


def _had_someone_then(doc: StoryDoc, k: int) -> bool:
    """'In 1995 Ruth had Emma', 'she had him at nineteen': a person as the object of a past
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
    if t.lemma == "place" and passive and (pobjs("with") or care("in") or care("into")):
        return True
    if t.lemma == "remove" and passive and care("from"):
        return True
    if t.lemma == "take" and passive and (care("into") or care("in")):
        return True   # "was taken into care"
    if t.lemma == "live" and t.dep in ("xcomp", "advcl") and toks[t.head].lemma in (
            "go", "come", "send") and pobjs("with"):
        return True
    if t.lemma in ("bring", "take", "give") and any(c.dep == "dobj" and c.pos == "PRON"
                                                    or c.dep == "dobj" and c.pos == "PROPN"
                                                    for c in kids):
        to = pobjs("to")
        if any(g.pos in ("PROPN", "NOUN", "PRON") and g.ent not in _PLACE_ENTS
               and g.lemma in _KIN_CARERS for g in to):
            return True
        if any(c.lower == "home" for c in kids) and pobjs("with") and any(
                toks[g].lower == "good" for c in preps.get("for", []) for g in c.children):
            return True
    return False


_PARENT_WORDS = frozenset(["mother", "father", "parent", "parents", "mom", "mum", "dad", "mama",
                           "papa", "mommy", "daddy", "ma", "pa", "mother-in-law"])
#: Kin words of the people a child is handed to ("brought Sverre to his mother").
_KIN_CARERS = frozenset(["mother", "father", "grandmother", "grandfather", "aunt", "uncle",
                         "grandma", "grandpa", "granny", "nana", "sister", "brother", "cousin",
                         "grandparents", "parents", "mom", "mum", "dad"])


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
    return "for the first time" in window


def _school_object(doc: StoryDoc, c: int) -> bool:
    w = doc.toks[c]
    if w.dep in ("dobj",) and w.lemma in _SCHOOL_NOUNS:
        return True
    if w.dep == "prep" and w.lower in ("to", "into"):
        return any(doc.toks[g].lemma in _SCHOOL_NOUNS and doc.toks[g].dep == "pobj"
                   for g in w.children)
    return False


def _unreal(doc: StoryDoc, k: int) -> bool:
    """Negated, modal, planned, wished or future: no event."""
    if is_irrealis(doc, k) and not _went_to_do(doc, k):
        return True
    toks = doc.toks
    if any(toks[c].lower in _IRREALIS_WORDS for c in toks[k].children):
        return True
    for c in toks[k].children:   # "never got married": the negation hangs from the auxiliary
        if toks[c].dep in ("aux", "auxpass") and any(
                toks[g].lower in _IRREALIS_WORDS for g in toks[c].children):
            return True
    h = k
    for _ in range(4):
        t = toks[h]
        if t.dep == "advcl" and any(toks[c].lower in _TIME_MARKS for c in t.children):
            break   # "when he died last March, I thought...": a time clause stands on its own
        if t.dep in ("pcomp",) and toks[t.head].lower in ("about", "of") or t.dep == "ROOT":
            if t.dep == "pcomp":
                return True
            break
        nxt = t.head
        if _lem(toks[nxt]) in _WISH_HEADS and t.dep in ("xcomp", "ccomp", "pcomp", "pobj",
                                                         "acomp", "advcl"):
            return True
        if t.dep in ("xcomp", "ccomp", "conj", "acomp", "pcomp", "pobj", "prep", "advcl",
                     "relcl", "auxpass", "dobj") and any(
                toks[c].lower in ("never", "not", "n't") for c in toks[nxt].children) and t.dep in (
                "xcomp", "ccomp", "acomp"):
            return True
        h = nxt
    return False


#: Types whose present progressive tells a real, ongoing state ("is seeing a married man",
#: "are living together", "is expecting"); for the others it tells a plan ("is getting married
#: in June", "are moving to Leeds").
_ONGOING_TYPES = frozenset(["affair", "cohabitation", "pregnancy", "illness", "custody"])
_PRESENT_BE = frozenset(["am", "is", "are", "'m", "'re", "'s"])


def _present_progressive(doc: StoryDoc, k: int) -> bool:
    """'are moving', 'is getting married', 'am getting divorced'."""
    toks = doc.toks
    t = toks[k]
    kids = [toks[c] for c in t.children]
    if t.tag == "VBG" and any(c.dep == "aux" and c.lower in _PRESENT_BE for c in kids):
        return True
    getting = [c for c in kids if c.dep in ("aux", "auxpass") and c.lower == "getting"]
    if not getting and t.pos == "ADJ" and toks[t.head].lower == "getting":   # "getting married"
        getting = [toks[t.head]]
        kids = [toks[c] for c in toks[t.head].children]
    return bool(getting) and any(c.dep == "aux" and c.lower in _PRESENT_BE for c in kids)


def _no_object(doc: StoryDoc, k: int) -> bool:
    """The verb's object is denied: "had no children", "lost no one"."""
    toks = doc.toks
    return any(toks[c].dep == "dobj" and (toks[c].lower in ("nobody", "none", "nothing")
                                          or any(toks[g].dep == "det" and toks[g].lower == "no"
                                                 for g in toks[c].children))
               for c in toks[k].children)


def _married_now(doc: StoryDoc, k: int) -> bool:
    """'is married to Greta', 'are married': the present state with no time of the wedding."""
    toks = doc.toks
    t = toks[k]
    if t.lower != "married" or t.pos != "ADJ" or toks[t.head].lemma != "be":
        return False
    if toks[t.head].tag not in ("VBZ", "VBP"):
        return False
    return not any(toks[c].dep == "prep" and _time_prep(doc, c)
                   for x in (k, t.head) for c in toks[x].children)


def _habitual(doc: StoryDoc, k: int) -> bool:
    """'every Thursday', 'each summer': a habit, not an event."""
    toks = doc.toks
    stack = [c for c in toks[k].children if toks[c].dep in ("npadvmod", "prep", "advmod")]
    for x in stack[:6]:
        if toks[x].dep == "prep":
            stack += [g for g in toks[x].children if toks[g].dep == "pobj"]
            continue
        if any(toks[g].dep == "det" and toks[g].lower in ("every", "each")
               for g in toks[x].children):
            return True
    return False


def _when_present(doc: StoryDoc, k: int) -> bool:
    """A present-tense clause of time or condition: "when he gets a job", "once she moves"."""
    toks = doc.toks
    t = toks[k]
    return t.tag in ("VBZ", "VBP") and t.dep == "advcl" and any(
        toks[c].lower in ("when", "once", "if", "after", "before", "until", "whenever")
        for c in t.children)


def _caused(doc: StoryDoc, k: int) -> bool:
    """The verb is what someone made or let another do: "made me leave", "let her go"."""
    toks = doc.toks
    t = toks[k]
    return t.dep in ("ccomp", "xcomp") and _lem(toks[t.head]) in (
        "make", "let", "ask", "tell", "force", "have", "want", "beg", "order")


def _just_school(doc: StoryDoc, k: int) -> bool:
    """'went to school (with Mama)': schooling as background, not a turn; "went back to
    school" and "went to college" are one."""
    toks = doc.toks
    kids = [toks[c] for c in toks[k].children]
    if any(c.lower in ("back", "off") for c in kids):
        return False
    return not any(toks[g].lemma in ("college", "university", "seminary")
                   for c in kids if c.dep == "prep" for g in c.children)


def _married_here(doc: StoryDoc, ms: list[Mention], d: Discourse, s_index: int) -> set[int]:
    """People married with a "marry" verb in the sentence (its subjects and objects)."""
    sent = doc.sents[s_index]
    out: set[int] = set()
    for x in range(sent.start_tok, sent.end_tok):
        if doc.toks[x].lemma in ("marry", "remarry", "wed") and doc.toks[x].pos == "VERB":
            out |= {d.ents.find(p) for p in _objects(doc, ms, d, x, ("to",))}
    return out


def _went_to_do(doc: StoryDoc, k: int) -> bool:
    """'went to live with her aunt', 'had gone to work at the mill': done, not planned ("was
    going to leave" is planned), unless the going itself is negated or conditional."""
    toks = doc.toks
    t = toks[k]
    if t.dep not in ("xcomp", "advcl") or t.head == k:
        return False
    h = toks[t.head]
    if h.lemma != "go" or h.tag not in ("VBD", "VBN"):
        return False
    return not any(c.dep == "neg" or c.lower in _IRREALIS_WORDS or c.lower in _MODAL_WORDS
                   or c.dep == "mark" and c.lower in ("if", "unless") for c in
                   (toks[x] for x in h.children))


_TIME_MARKS = frozenset(["when", "after", "before", "since", "while", "as", "once", "until",
                         "till"])
_MODAL_WORDS = frozenset(["would", "'d", "might", "could", "should", "may", "must"])


def _governor(doc: StoryDoc, k: int) -> int | None:
    """The verb a noun trigger hangs from ("filed for divorce" -> filed)."""
    toks = doc.toks
    h = k
    for _ in range(3):
        t = toks[h]
        if t.head == h:
            return None
        h = t.head
        if toks[h].pos in ("VERB", "AUX"):
            return h
    return None


def _noun_fits(doc: StoryDoc, k: int) -> bool:
    """The event noun is meant as one: its needed modifier is there ("heart attack"), it is no
    gathering ("a family reunion") or someone else's ceremony attended ("came to my
    graduation"), and no proper name ("Rehab Road")."""
    toks = doc.toks
    t = toks[k]
    mods = {toks[c].lower for c in t.children if toks[c].dep in ("compound", "amod", "poss")}
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


def _noun_negated(doc: StoryDoc, k: int) -> bool:
    return any(doc.toks[c].lower in ("no", "never") for c in doc.toks[k].children)


# --- participants ----------------------------------------------------------------------------

def _surface_couple(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The first person named in the sentence and the one named right after the verb."""
    toks = doc.toks
    sent = doc.sents[toks[k].sent]
    before = [m for x in range(sent.start_tok, k) if (m := _mention_at(ms, doc, x)) is not None
              and m.kind == "name" and m.entity != -1]
    after = next((m for x in range(k + 1, min(k + 5, sent.end_tok))
                  if (m := _mention_at(ms, doc, x)) is not None and m.entity != -1), None)
    if not before or after is None:
        return []
    return [d.ents.find(before[0].entity), d.ents.find(after.entity)]


_LEFT_OBJECTS = frozenset(["us", "me", "family", "home", "house", "marriage", "husband", "wife"])


def _left_partner(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int, subs: list[int],
                  partners: dict[int, list[int]]) -> list[int]:
    """'X left (us / the family / her husband / for a woman)': X and X's partner, else nothing."""
    toks = doc.toks
    if len(subs) != 1:
        return []
    ps = partners.get(subs[0], [])
    objs = _objects(doc, ms, d, k, ("on",))
    hit = [o for o in objs if o in ps]
    if hit:
        return subs + hit[:1]
    for_people = [p for c in toks[k].children if toks[c].dep == "prep" and toks[c].lower == "for"
                  for g in toks[c].children for p in _people_at(doc, ms, d, g)]
    if objs and for_people and objs[0] not in for_people:
        return subs + objs[:1]   # "he left her for his secretary": she was his partner
    kids = [toks[c] for c in toks[k].children]
    dobj = [c for c in kids if c.dep == "dobj"]
    preps = [c for c in kids if c.dep == "prep" and c.lower not in ("in", "after", "when", "on",
                                                                   "at", "for", "with")]
    if len(ps) == 1 and (any(c.lemma in _LEFT_OBJECTS for c in dobj) or not dobj and not preps):
        return subs + ps
    return []


def _verb_people(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int, type_: str,
                 partners: dict[int, list[int]]) -> list[int]:
    preps: tuple[str, ...] = {"marriage": ("to", "with"), "divorce": ("from",),
                              "separation": ("from", "with", "on"), "engagement": ("to",),
                              "cohabitation": ("with",), "affair": ("with", "on"),
                              "reunion": ("with",), "custody": ("of", "by"),
                              "move": ("with",), "birth": ("to",)}.get(type_, ("with",))
    toks = doc.toks
    if toks[k].dep in ("amod", "compound") and type_ == "marriage":
        return _surface_couple(doc, ms, d, k)
    if type_ == "birth" and toks[k].lower == "born":
        born = _born_described(doc, ms, d, k)
        if born:
            return born
    subs = _subjects_of(doc, ms, d, k)
    if not subs and type_ not in _UNION_TYPES:
        subs = _we_subject(doc, d, k, partners)
    if type_ == "move" and toks[k].lemma in _MOTION_VERBS:
        # "followed him to Nairobi": the subject and whom they went with or after; a relative
        # clause's head is not its subject ("Eskil, whose parents had come from Cape Verde")
        if not subs:
            return []
        follow = _objects(doc, ms, d, k, ("with",)) if toks[k].dep != "relcl" else []
        return subs + [o for o in follow if o not in subs]
    if type_ == "custody":
        if not subs and toks[k].dep == "acl":   # "Ditte (4), placed with his paternal aunt"
            subs = _people_at(doc, ms, d, toks[k].head)
        return subs + [o for o in _custody_others(doc, ms, d, k, partners) if o not in subs]
    if type_ == "death" and _lem(toks[k]) == "lose" and not any(
            toks[c].dep == "dobj" and toks[c].lemma in _LOST_FIGHTS for c in toks[k].children):
        return [p for c in toks[k].children if toks[c].dep == "dobj"   # the one lost
                for p in people_and_conjuncts(doc, ms, d, c)]
    if type_ == "death" and _lem(toks[k]) in ("widow", "become"):
        return _late_partner(d, subs, partners) + subs
    if type_ == "marriage" and _lem(toks[k]) == "become":   # "became Sam's wife"
        return subs + [p for c in toks[k].children if toks[c].dep == "attr"
                       for g in toks[c].children if toks[g].dep == "poss"
                       for p in _people_at(doc, ms, d, g) if p not in subs]
    if type_ == "affair" and toks[k].lower == "unfaithful":   # the partner betrayed
        betrayed = _objects(doc, ms, d, k, ("to",))
        if not betrayed and len(subs) == 1 and isinstance(partners, _Partners):
            betrayed = partners.current(subs[0], d)[:1]
        return subs + [p for p in betrayed if p not in subs]
    if not subs and type_ in ("business", "financial"):   # "his shop closed", "their house was
        subs = _owners_of_subject(doc, ms, d, k)             # repossessed": the owners
    if type_ == "reunion" and toks[k].lemma == "meet":
        return subs + [o for o in _objects(doc, ms, d, k, ("with",)) if o not in subs]
    if type_ == "separation" and toks[k].lemma in ("leave", "abandon", "desert"):
        return _left_partner(doc, ms, d, k, subs, partners)
    if type_ == "birth" and toks[k].lemma in ("have", "welcome", "give"):
        kids = _born_kids(doc, ms, d, k)
        return kids + subs if kids else []
    if type_ == "affair" and toks[k].lemma == "see" and toks[k].dep == "relcl":
        return subs + [p for p in _people_at(doc, ms, d, toks[k].head) if p not in subs]
    if type_ == "birth" and not subs and toks[k].dep == "acl" and toks[k].lemma == "conceive":
        return _people_at(doc, ms, d, toks[k].head)   # "Ceylan (4M), conceived via donor IVF"
    if type_ == "birth" and not subs:
        # "two children born to Dorit and Idun": the born are no one person; the parents
        # named after "to" were not born then
        subs = [p for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")
                for g in toks[c].children if toks[g].dep == "appos"
                for p in people_and_conjuncts(doc, ms, d, g)]   # "twin girls, Ana and Emma"
        if not subs:
            return []
    objs = _objects(doc, ms, d, k, preps)
    if type_ == "marriage" and not objs:   # "married one of the lodgers, Casimir Palle"
        objs = [p for c in toks[k].children if toks[c].dep in ("dobj", "npadvmod")
                for x in [c, *toks[c].children] if toks[x].dep in ("appos", "npadvmod")
                or x != c and toks[x].pos == "PROPN" and toks[x].dep == "appos"
                for p in _people_at(doc, ms, d, x)]
    if type_ in _UNION_TYPES and not objs:   # "had been seeing his secretary, Ana"
        objs = [p for c in toks[k].children if toks[c].dep == "dobj"
                for p in _named_within(doc, ms, d, c)]
    if type_ == "separation" and toks[k].lemma in ("move", "walk") and not objs:
        return subs
    # the subject of a governing verb for an xcomp/conj without its own ("decided to divorce")
    return subs + [o for o in objs if o not in subs]


_WE_WORDS = frozenset(["we", "us"])


def _named_within(doc: StoryDoc, ms: list[Mention], d: Discourse, c: int) -> list[int]:
    """The person a described object names further on (see :func:`name_within`)."""
    tok = name_within(doc, c)
    return _people_at(doc, ms, d, tok)[:1] if tok != -1 else []


def _born_described(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """Who a "born" with no subject of its own describes: the noun it hangs from ("his son, born
    the next year") or the object before it ("named his son, born in 1990, after ..."); and for a
    born child named in the next verb, the name ("was born in 1972 and baptized Emma")."""
    toks = doc.toks
    t = toks[k]
    own = [c for c in t.children if toks[c].dep in ("nsubj", "nsubjpass")]
    if not own and t.dep == "acl":
        return _people_at(doc, ms, d, t.head)
    if not own and t.dep == "advcl" and not any(toks[c].dep in ("aux", "auxpass", "mark")
                                                for c in t.children):
        objs = [c for c in toks[t.head].children if toks[c].dep == "dobj" and c < k]
        return _people_at(doc, ms, d, objs[-1]) if objs else []
    if own and not any(toks[g].pos == "PROPN" for g in [own[0], *toks[own[0]].children]):
        for c in t.children:   # "... and baptized Emma", "... and named Leo"
            if toks[c].dep == "conj" and _lem(toks[c]) in NAMING_LEMMAS:
                named = [p for g in toks[c].children if toks[g].dep in ("dobj", "oprd")
                         and toks[g].pos == "PROPN" for p in _people_at(doc, ms, d, g)]
                if named:
                    return named[:1]
    return []


def _owners_of_subject(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The possessors of the verb's subject: "Sam's shop closed" -> Sam."""
    toks = doc.toks
    return [p for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")
            for g in toks[c].children if toks[g].dep == "poss"
            for p in people_and_conjuncts(doc, ms, d, g)]


def _late_partner(d: Discourse, subs: list[int], partners: dict[int, list[int]]) -> list[int]:
    """The partner a widow lost: the one partner, else the one the story knows is dead."""
    if len(subs) != 1:
        return []
    ps = partners.get(subs[0], [])
    dead = [p for p in ps if d.ents.get(p).deceased]
    return ps if len(ps) == 1 else dead[:1]


def _we_subject(doc: StoryDoc, d: Discourse, k: int, partners: dict[int, list[int]]) -> list[int]:
    """An unresolved "we" as the subject: the narrator and the narrator's one current partner
    ("My wife and I ... We fostered him"), else no one."""
    toks = doc.toks
    subj = next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")), -1)
    if subj == -1 and toks[k].dep in ("conj", "xcomp") and toks[k].head != k:
        h = toks[k].head
        subj = next((c for c in toks[h].children if toks[c].dep in ("nsubj", "nsubjpass")), -1)
    if subj == -1 or toks[subj].lower not in _WE_WORDS:
        return []
    return _narrator_couple(d, partners)


def _narrator_couple(d: Discourse, partners: dict[int, list[int]]) -> list[int]:
    narrators = [r for r in d.ents.roots() if d.ents.items[r].narrator]
    if len(narrators) != 1:
        return []
    n = narrators[0]
    ps = partners.current(n, d) if isinstance(partners, _Partners) else partners.get(n, [])
    return [n, ps[0]] if len(ps) == 1 else []


#: Nouns of a child's care: "removed from her mother's care", "placed in foster care".
_CARE_NOUNS = frozenset(["care", "custody", "home", "house", "guardianship", "household"])


def _custody_others(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int,
                    partners: dict[int, list[int]]) -> list[int]:
    """The other side of a custody verb: its objects; "placed with X", "removed from X's care",
    "brought Sverre to his mother", "went to live with X"; an unresolved "us" object is the
    narrator's couple."""
    toks = doc.toks
    out = _objects(doc, ms, d, k, ("of", "by", "with", "to", "from"))
    out += [p for c in toks[k].children if toks[c].dep in ("agent", "prep")   # "by X and by Y"
            for cc in toks[c].children if toks[cc].dep == "conj" and toks[cc].pos == "ADP"
            for g in toks[cc].children if toks[g].dep == "pobj"
            for p in people_and_conjuncts(doc, ms, d, g)]
    out += [p for c in toks[k].children if toks[c].dep == "dative"   # "brought Lida to Hana"
            for g in toks[c].children if toks[g].dep == "pobj" for p in _people_at(doc, ms, d, g)]
    for c in toks[k].children:
        w = toks[c]
        if w.dep == "dobj" and w.lower in _WE_WORDS and not _people_at(doc, ms, d, c):
            out += _narrator_couple(d, partners)
        if w.dep == "prep" and w.lower in ("from", "in", "into", "to"):
            for g in w.children:   # "from mother's care": the owner of the care
                if toks[g].dep == "pobj" and toks[g].lemma in _CARE_NOUNS:
                    out += [p for x in toks[g].children if toks[x].dep == "poss"
                            for p in _people_at(doc, ms, d, x)]
    return list(dict.fromkeys(out))


def _subjects_of(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """Subjects, also when the parse hangs them on an auxiliary ("got engaged") or on the verb an
    adjective completes ("got pregnant")."""
    toks = doc.toks
    subs = _subjects(doc, ms, d, k)
    if subs:
        return subs
    for c in toks[k].children:
        if toks[c].dep in ("aux", "auxpass"):
            for g in toks[c].children:
                if toks[g].dep in ("nsubj", "nsubjpass"):
                    subs += _people_at(doc, ms, d, g)
                    subs += [p for cc in toks[g].children if toks[cc].dep == "conj"
                             for p in _people_at(doc, ms, d, cc)]
    if not subs and toks[k].dep in ("acomp", "oprd") and toks[k].head != k:
        subs = _subjects(doc, ms, d, toks[k].head)
    return subs


def _noun_people(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int,
                 gov: int | None) -> list[int]:
    toks = doc.toks
    out: list[int] = []
    for c in toks[k].children:
        w = toks[c]
        if w.dep == "poss":
            out += _people_at(doc, ms, d, c)
        elif w.dep == "prep" and w.lower in ("of", "with", "from", "to", "between", "for"):
            for g in w.children:
                if toks[g].dep == "pobj":
                    out += people_and_conjuncts(doc, ms, d, g)
    owned = any(toks[c].dep == "poss" for c in toks[k].children)
    # "after the divorce I met Aslak", "he came to my graduation": the clause's people are not
    # the event's; "filed for divorce", "went through a divorce": they are
    framed = toks[k].dep == "pobj" and toks[toks[k].head].lower not in ("for", "through", "into")
    if gov is not None and not owned and not framed and toks[k].dep in (
            "dobj", "pobj", "attr", "nsubj", "nsubjpass", "conj", "appos"):
        if toks[k].dep not in ("nsubj", "nsubjpass"):
            out = _subjects(doc, ms, d, gov) + out
        out += [o for o in _objects(doc, ms, d, gov, ("with", "from", "of", "to"))
                if o not in out]
    return out


class _Partners(dict[int, list[int]]):
    """Each person's partners in story order, and the pairs whose union has ended."""

    ended: set[frozenset[int]]

    def add(self, a: int, b: int) -> None:
        """Record ``a`` and ``b`` as partners (a couple event told them so)."""
        if a != b:
            if b not in self.setdefault(a, []):
                self[a].append(b)
            if a not in self.setdefault(b, []):
                self[b].append(a)

    def current(self, a: int, d: Discourse) -> list[int]:
        """Partners whose union with ``a`` has not ended and who are not dead, else all."""
        ps = self.get(a, [])
        live = [p for p in ps if frozenset((a, p)) not in self.ended
                and not d.ents.get(p).deceased]
        return live or ps


def _partner_map(d: Discourse, vf: VerbFacts) -> _Partners:
    f = d.ents.find
    out = _Partners()
    out.ended = {frozenset((f(u.a), f(u.b))) for u in vf.unions if u.status != "together"}
    out.ended |= {frozenset((f(c.possessor), f(c.referent))) for c in d.ents.claims
                  if c.term.path == "E" and "ex" in c.term.qual}
    for u in vf.unions:
        if u.type == "affair":
            continue
        a, b = f(u.a), f(u.b)
        out.setdefault(a, []).append(b)
        out.setdefault(b, []).append(a)
    for a, ps in co_partners(d).items():
        for p in ps:
            if f(p) not in out.setdefault(f(a), []):
                out[f(a)].append(f(p))
    return out


def _life_fact_events(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts,
                      raws: list[_Raw]) -> list[_Raw]:
    """Births and deaths the verbs stage found that no trigger gave, and "my late husband"."""
    f = d.ents.find
    have = {(r.type, f(p)) for r in raws for p in r.people[:1]}
    have |= {("death", f(p)) for r in raws if r.type == "death" for p in r.people}
    out: list[_Raw] = []
    for type_, table in (("death", vf.deaths), ("birth", vf.births)):
        for ent, (ev, _year) in table.items():
            if _only_a_time(doc, type_, ev) or type_ == "birth" and _born_another(
                    doc, ms, d, ev, f(ent)):
                continue
            if (type_, f(ent)) not in have:
                have.add((type_, f(ent)))
                out.append(_raw_at(doc, type_, [f(ent)], ev))
    for r in d.ents.roots():
        e = d.ents.items[r]
        if e.deceased and ("death", r) not in have and e.mentions:
            ev = e.evidence.get("deceased", [e.spans[0]] if e.spans else [])
            if ev and not _only_a_time(doc, "death", tuple(ev[0])):
                have.add(("death", r))
                out.append(_raw_at(doc, "death", [r], tuple(ev[0])))
    return out


def _only_a_time(doc: StoryDoc, type_: str, ev: tuple[int, int]) -> bool:
    """A birth told only to date something else ("died before I was born") or a death still to
    come ("is dying"): no event of that type."""
    a = doc.tok_at(ev[0])
    b = doc.tok_at(max(ev[0], ev[1] - 1))
    if a < 0 or b < 0:
        return False
    for k in range(a, b + 1):
        t = doc.toks[k]
        if type_ == "birth" and (t.lower == "born" or t.lemma == "bear"):
            return _verb_type(doc, k) is None
        if type_ == "death" and t.lemma == "die":   # "is dying", "almost died"
            return _verb_type(doc, k) == "illness" or _unreal(doc, k)
    return False


def _born_another(doc: StoryDoc, ms: list[Mention], d: Discourse, ev: tuple[int, int],
                  ent: int) -> bool:
    """The "born" of the evidence describes someone else ("Sam named his son, born the next
    year, ..." is the son's birth, not Sam's)."""
    a, b = doc.tok_at(ev[0]), doc.tok_at(max(ev[0], ev[1] - 1))
    if a < 0 or b < 0:
        return False
    for k in range(a, b + 1):
        if doc.toks[k].lower == "born":
            born = [d.ents.find(p) for p in _born_described(doc, ms, d, k)]
            return bool(born) and ent not in born
    return False


#: Clinical shorthand for a couple's dates: "(m. 2007, div. 2011)", "Married 2005, divorced 2019".
_NOTED_UNION = re.compile(
    r"(?<![\w.])(?:(?P<marriage>m\.|married|marr\.)|(?P<divorce>div\.|divorced)"
    r"|(?P<separation>sep\.|separated))\s*(?:in\s+)?(?P<year>(?:18|19|20)\d\d)\b",
    re.IGNORECASE)


def _noted_union_events(doc: StoryDoc, d: Discourse, vf: VerbFacts,
                        raws: list[_Raw]) -> list[_Raw]:
    """Marriages, divorces and separations a note gives as a word and a year beside the couple:
    each dated word goes to the couple whose evidence lies nearest it in the same sentence."""
    f = d.ents.find
    spans: dict[frozenset[int], list[tuple[int, int]]] = {}
    for u in vf.unions:
        if u.type != "affair" and f(u.a) != f(u.b):
            spans.setdefault(frozenset((f(u.a), f(u.b))), []).extend(u.evidence)
    for c in d.ents.claims:
        a, b = f(c.possessor), f(c.referent)
        if c.term.path == "E" and a != b and not c.in_quote:
            spans.setdefault(frozenset((a, b)), []).append(c.span)
    have = {(r.type, frozenset(f(p) for p in r.people[:2])) for r in raws}
    out: list[_Raw] = []
    for hit in _NOTED_UNION.finditer(doc.text):
        k = doc.tok_at(hit.start())
        if k < 0 or doc.toks[k].quote != -1:
            continue
        s_index = doc.toks[k].sent
        sent = doc.sents[s_index]
        a, b = doc.toks[sent.start_tok].start, doc.toks[sent.end_tok - 1].end
        best: tuple[int, frozenset[int]] | None = None
        for pair, evs in spans.items():
            for s, e in evs:
                if a <= s < b:
                    dist = max(0, hit.start() - e, s - hit.end())
                    if best is None or dist < best[0]:
                        best = (dist, pair)
        if best is None:
            continue
        type_ = next(t for t in ("marriage", "divorce", "separation") if hit.group(t))
        if (type_, best[1]) in have:
            continue
        have.add((type_, best[1]))
        out.append(_Raw(type_, sorted(best[1]), k, s_index, "", (a, b),
                        time_tok=doc.tok_at(hit.start("year"))))
    return out


def _raw_at(doc: StoryDoc, type_: str, people: list[int], ev: tuple[int, int]) -> _Raw:
    k = max(0, doc.tok_at(ev[0]))
    s = doc.toks[k].sent
    sent = doc.sents[s]
    span = (doc.toks[sent.start_tok].start, doc.toks[sent.end_tok - 1].end)
    return _Raw(type_, people, k, s, "", span, derived=True)


def _dedupe(d: Discourse, raws: list[_Raw]) -> list[_Raw]:
    """One event per (type, people): a later repetition is the same event told again."""
    f = d.ents.find
    seen: dict[tuple, _Raw] = {}
    out: list[_Raw] = []
    for r in sorted(raws, key=lambda x: (x.derived, x.trigger)):   # a trigger's own first
        r.people = list(dict.fromkeys(f(p) for p in r.people))
        key = (r.type, frozenset(r.people), r.loss)   # a lost pregnancy is not the next one
        if r.type in ("birth", "death"):
            key = (r.type, frozenset(r.people[:1]), False)
        if key in seen:
            continue
        seen[key] = r
        out.append(r)
    return sorted(out, key=lambda x: x.trigger)


# --- summary ---------------------------------------------------------------------------------

def _phrase(doc: StoryDoc, k: int) -> str:
    """The trigger's own words: the verb and what it governs to its right, up to eight tokens."""
    toks = doc.toks
    t = toks[k]
    end = k
    for c in t.children:
        if c > k and toks[c].dep in ("dobj", "prt", "prep", "attr", "acomp", "xcomp", "pobj",
                                     "advmod", "npadvmod", "dative"):
            end = max(end, _right_edge(doc, c))
    end = min(end, k + 8, doc.sents[t.sent].end_tok - 1)
    while end > k and toks[end].pos in ("PUNCT", "CCONJ", "ADP", "DET", "SPACE"):
        end -= 1
    return " ".join(toks[i].text for i in range(k, end + 1) if toks[i].pos != "SPACE")


def _right_edge(doc: StoryDoc, k: int) -> int:
    edge = k
    stack = [k]
    seen = 0
    while stack and seen < 40:
        x = stack.pop()
        seen += 1
        edge = max(edge, x)
        stack.extend(doc.toks[x].children)
    return edge


def _label(d: Discourse, e: int) -> str:
    ent = d.ents.get(e)
    if ent.names:
        return ent.names[0]
    if ent.narrator:
        return "the narrator"
    if ent.titles:
        return ent.titles[0]
    for desc in ent.descs:
        if desc.split()[0].lower() not in _PRONOUN_WORDS or len(desc.split()) > 1:
            return desc[:1].lower() + desc[1:] if desc[:2] != "I " else desc
    return "someone"


def _names(labels: list[str]) -> str:
    if len(labels) <= 2:
        return " and ".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


_TEMPLATES = {
    "birth": "{a} is born", "death": "{a} dies", "marriage": "{a} and {b} marry",
    "divorce": "{a} and {b} divorce", "separation": "{a} and {b} separate",
    "engagement": "{a} and {b} get engaged", "cohabitation": "{a} and {b} move in together",
    "affair": "{a} has an affair with {b}", "pregnancy": "{a} becomes pregnant",
    "reunion": "{a} and {b} reunite",
}


def summary(type_: str, labels: list[str], phrase: str = "", *, loss: bool = False) -> str:
    """A one-line summary in plain words: 'Elena and Bruno divorce', 'Tomás dies'; a pregnancy
    that was lost (``loss``) reads 'Ana has a miscarriage'."""
    if not labels:
        return type_
    a, rest = labels[0], labels[1:]
    if type_ == "pregnancy" and loss:
        return f"{a} has a miscarriage"
    if type_ == "affair" and not rest:
        return f"{a} has an affair"
    tpl = _TEMPLATES.get(type_)
    if tpl is not None and ("{b}" not in tpl or rest):
        return tpl.format(a=a, b=_names(rest))
    if phrase:   # the actor and the text's own words: "Tomás emigrated to Canada"
        return f"{a} {phrase}"
    return f"{_names(labels)}: {type_}"


# --- time ------------------------------------------------------------------------------------

def _telling(doc: StoryDoc) -> int | None:
    sents: list[tuple[str, bool]] = []
    for s in doc.sents:
        text = doc.text[doc.toks[s.start_tok].start:doc.toks[s.end_tok - 1].end]
        present = any(doc.toks[k].tag in ("VBZ", "VBP") and doc.toks[k].quote == -1
                      for k in range(s.start_tok, s.end_tok)) or " now" in text
        sents.append((text, present))
    return telling_year(doc.text, sents)


def _reconcile_ages(d: Discourse, telling: int | None) -> None:
    """Birth year = telling year - stated age, unless a birth year is stated."""
    if telling is None:
        return
    for r in d.ents.roots():
        e = d.ents.items[r]
        if e.age is not None and e.birth_year is None and not e.deceased and 0 <= e.age < 120:
            e.birth_year = telling - e.age


def _sent_times(doc: StoryDoc, s: int, cache: dict[int, list[TimeExpr]]) -> list[TimeExpr]:
    if s not in cache:
        sent = doc.sents[s]
        a = doc.toks[sent.start_tok].start
        text = doc.text[a:doc.toks[sent.end_tok - 1].end]
        cache[s] = [TimeExpr(e.start + a, e.end + a, e.text, e.kind, e.year, e.delta, e.age,
                             e.who, e.approximate) for e in find_times(text)]
    return cache[s]


def _nearest(doc: StoryDoc, times: list[TimeExpr], k: int) -> TimeExpr | None:
    if not times:
        return None
    t = doc.toks[k]

    def gap(e: TimeExpr) -> int:
        if e.start >= t.end and doc.text[t.end:e.start].strip().lower() in _TIME_PREPS:
            return 0   # "Leo in 1924": the time right after the word, whatever the parse says
        return min(abs(e.start - t.end), abs(t.start - e.end))

    return min(times, key=lambda e: (_gov_rank(doc, k, e), gap(e)))


_TIME_PREPS = frozenset(["", "in", "on", "by", "around", "about", "c.", "circa", "in about"])


def _gov_rank(doc: StoryDoc, k: int, e: TimeExpr) -> int:
    """0: the time hangs from ``k`` itself ("their daughter Jofrid in 1938"); 1: from the verb a
    noun ``k`` hangs from; 2: neither."""
    if _governs(doc, k, e):
        return 0
    if doc.toks[k].pos in ("NOUN", "PROPN"):
        g = _governor(doc, k)
        if g is not None and _governs(doc, g, e):
            return 1
    return 2


def _governs(doc: StoryDoc, k: int, e: TimeExpr) -> bool:
    x = doc.tok_at(e.start)
    for _ in range(6):
        if x == k:
            return True
        h = doc.toks[x].head
        if h == x:
            return False
        x = h
    return False


def _age_birth_year(doc: StoryDoc, ms: list[Mention], d: Discourse, e: TimeExpr,
                    people: list[int]) -> int | None:
    if e.who is None:
        cands = people[:1]
    else:
        m = _mention_at(ms, doc, doc.tok_at(e.start + len("when ")))
        ent = d.ents.find(m.entity) if m is not None and m.entity != -1 else None
        cands = [ent] if ent is not None else []
    for c in cands:
        by = d.ents.get(c).birth_year
        if by is not None:
            return by
    return None


def _place_in_time(doc: StoryDoc, ms: list[Mention], d: Discourse, raws: list[_Raw],
                   telling: int | None) -> list[EventFact]:
    cache: dict[int, list[TimeExpr]] = {}
    anchor: int | None = None
    placed: list[tuple[float | None, int, EventFact]] = []
    seen_sent = -1
    for seq, r in enumerate(sorted(raws, key=lambda x: x.trigger)):
        # story time moves with every absolute date the text passes, event or not
        for s in range(seen_sent + 1, r.sent):
            for x in _sent_times(doc, s, cache):
                if x.kind == "date" and x.year is not None:
                    anchor = x.year
        seen_sent = max(seen_sent, r.sent - 1)
        e = _nearest(doc, _sent_times(doc, r.sent, cache),
                     r.time_tok if r.time_tok >= 0 else r.trigger)
        year, approx = None, False
        if e is not None:
            by = _age_birth_year(doc, ms, d, e, r.people) if e.kind == "age" else None
            year, approx = resolve_year(e, anchor=anchor, telling=telling, birth_year=by)
        if year is None and r.type in ("birth", "death"):
            ent = d.ents.get(r.people[0])
            year = ent.birth_year if r.type == "birth" else ent.death_year
        if year is not None and not 1500 <= year <= 2100:
            year = None
        key: float | None = None
        if year is not None:
            key = float(year)
            if e is None or e.kind != "age":
                anchor = year
        elif anchor is not None:
            key = float(anchor) + 0.5 if e is not None and e.kind == "later" else float(anchor)
        labels = list(dict.fromkeys(_label(d, p) for p in r.people))
        fact = EventFact(type=r.type, people=r.people, summary=summary(r.type, labels, r.phrase, loss=r.loss),
                         evidence=[r.evidence], when_text=e.text if e is not None else None,
                         year=year, approximate=approx if year is not None else False)
        placed.append((key, seq, fact))
    # undated events before the first dated one sit just before it (text order kept)
    nxt: float | None = None
    filled: list[tuple[float, int, EventFact]] = []
    for key, seq, fact in reversed(placed):
        if key is None:
            key = nxt - 0.25 if nxt is not None else float("inf")
        else:
            nxt = key
        filled.append((key, seq, fact))
    filled.sort(key=lambda x: (x[0], x[1]))
    for n, (_k, _s, fact) in enumerate(filled, start=1):
        fact.order = n
    return [f for _k, _s, f in filled]
