"""One trigger token -> one raw event (``_Raw``): its type, its people, its evidence.

A trigger is a verb, adjective or event noun (see ``lexicon``); ``irrealis`` vetoes it,
``classify`` types it and ``people`` finds its participants; this module adds the rules that
need the whole event (a couple event needs the couple, "raised by his mother" is no custody).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from genogram.read.document import StoryDoc
from genogram.read.events.carers import _kin_carers_named, _named_next, _step_parents, _ward
from genogram.read.events.classify import _noun_fits, _verb_type
from genogram.read.events.constructions import _custody_verb
from genogram.read.events.grammar import (
    _governor,
    _modal,
    _noun_tagged_verb,
    _particle,
    _passive,
    _time_prep,
)
from genogram.read.events.irrealis import (
    _habitual,
    _married_now,
    _no_object,
    _noun_negated,
    _present_progressive,
    _unreal,
    _when_present,
)
from genogram.read.events.lexicon import (
    _CUE_VERBS,
    _MULTIPLE_BIRTH,
    _UNION_TYPES,
    NOUN_TYPES,
    _brings_a_child,
    _lem,
)
from genogram.read.events.people import (
    _blood_kin,
    _born_kid_toks,
    _is_parent_pair,
    _married_here,
    _moved_in_with_family,
    _noun_people,
    _own_affair,
    _own_people,
    _partnered,
    _Partners,
    _together_not_kin,
    _verb_people,
)
from genogram.read.events.subjects import _relative_subject
from genogram.read.events.summary import _phrase
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse
from genogram.read.verbs import _people_at, _subjects


@dataclass
class _Raw:
    type: str
    people: list[int]
    trigger: int            # token index
    sent: int
    phrase: str             # words for the summary
    evidence: tuple[int, int]
    kids: list[int] = field(default_factory=list)   # the children born; a joint death's dead
    kid_toks: dict[int, int] = field(default_factory=dict)   # child -> the token naming them
    time_tok: int = -1      # the token whose time expression dates the event (else ``trigger``)
    derived: bool = False   # from the structure (a death or birth fact), not from a trigger
    loss: bool = False      # a pregnancy that ended in a miscarriage or stillbirth
    year: int | None = None   # a year the form itself gives ("Ivo (1902-1968)"): no search


#: The keys under which a note's identified patient is known (see ``frames``).
_PATIENT_ROLES = ("client", "ip", "patient", "pt")


def _patient_ward(d: Discourse, lemma: str, carer: int) -> list[int]:
    """The ward of a note's "Grandmother was granted guardianship in 2019": a custody said of
    the carer alone is over the identified patient the note is about."""
    if lemma not in ("custody", "guardianship"):
        return []
    ip = next((d.ents.find(d.roles[r]) for r in _PATIENT_ROLES if r in d.roles), None)
    return [ip] if ip is not None and ip != d.ents.find(carer) else []


def _lovers(earlier: list[_Raw], a: int, ps: list[int]) -> set[int]:
    """The partners of ``a`` the story has so far told only as an affair, when ``a`` has
    another partner to leave."""
    told = {p for r in earlier if r.type == "affair" and a in r.people for p in r.people} - {a}
    lovers = {p for p in ps if p in told and not any(
        r.type in ("marriage", "engagement", "cohabitation") and {a, p} <= set(r.people)
        for r in earlier)}
    return lovers if any(p not in lovers for p in ps) else set()


def _event_at(doc: StoryDoc, ms: list[Mention], d: Discourse, partners: dict[int, list[int]],
              k: int, s_index: int, earlier: list[_Raw]) -> _Raw | None:
    t = doc.toks[k]
    if t.quote != -1:
        return None
    if t.pos in ("VERB", "AUX", "ADJ") or _noun_tagged_verb(doc, k):
        type_ = _verb_type(doc, k)
        if type_ is None or _unreal(doc, k) and not (type_ == "reunion" and t.lemma == "meet"
                                                     and not _modal(doc, k)):
            return None
        if type_ not in _ONGOING_TYPES and _present_progressive(doc, k) or _no_object(doc, k):
            return None   # "we are marrying in the spring", "had no children"
        if type_ not in _ONGOING_TYPES and (_habitual(doc, k) or _when_present(doc, k)):
            return None   # "took the tram to Fremont on Fridays", "when he gets a job"
        if type_ == "marriage" and _married_now(doc, k):
            return None   # "he is married to Orla": a state, no wedding told
        people = _verb_people(doc, ms, d, k, type_, partners)
        if type_ == "custody" and len(people) == 1:   # "raised by his grandparents"
            people += _kin_carers_named(doc, d, k, people[0])
        # "had been seeing Mogens", "has shared a flat with his partner": only between partners (the
        # subject has another partner to betray, or lives with their own)
        # ("had a girlfriend, a widow named Ana" may name the lover twice)
        if type_ in ("affair", "cohabitation") and t.lemma in ("see", "live", "sleep", "have",
                                                              "fall", "take", "carry") and (
                len(people) < 2 or len(people) > 2 and t.lemma != "have"
                or not (_partnered(doc, k, people, partners, type_)
                        or _together_not_kin(doc, d, k, people))):
            return None
        if type_ == "reunion" and (_lem(t) in _CUE_VERBS or t.lemma == "find") and len(people) < 2:
            return None   # "made his peace with that": with no one
        if type_ == "reunion" and t.lemma == "meet" and len(people) == 2 and (
                people[1] in partners.get(people[0], []) or _partner_claimed(d, *people)):
            return None   # "met my wife for the first time at a dance": a courtship begins
    elif t.pos in ("NOUN", "PROPN") and t.lemma in NOUN_TYPES:
        type_ = NOUN_TYPES[t.lemma]
        gov = _governor(doc, k)
        if _noun_negated(doc, k) or not _noun_fits(doc, k):
            return None
        if gov is not None and (_modal(doc, gov) if type_ == "death" else _unreal(doc, gov)):
            return None   # "did not meet until X's funeral": the funeral still took place
        dying = _long_illness(doc, k) if type_ == "illness" else None
        long_ill = dying is not None
        lost = _lost_to(doc, k) if type_ == "illness" else None
        if type_ == "illness" and not long_ill and (
                gov is not None and doc.toks[gov].lemma in ("die", "kill")
                or _tells_death(doc, s_index)
                or lost is not None and doc.toks[k].lemma not in _LONG_ILLNESSES):
            return None   # the cause of a death, told with the death
        if type_ == "death":   # "her funeral", "the death of his brother": whose, else no one
            people = _own_people(doc, ms, d, k)
        elif lost is not None:   # "lost his wife to cancer": the one lost was ill, not the mourner
            people = [p for c in doc.toks[lost].children if doc.toks[c].dep == "dobj"
                      for p in _people_at(doc, ms, d, c)]
        elif dying is not None:   # "died of cancer": the one who died was ill
            # ("Ana, who died of a kidney tumour": the one the clause describes)
            people = _subjects(doc, ms, d, dying) or _relative_subject(doc, ms, d, dying)
        else:
            people = _noun_people(doc, ms, d, k, gov)
        if type_ in ("divorce", "separation") and any(
                doc.toks[c].dep == "poss" and doc.toks[c].lower == "their" for c in t.children):
            # "was married to Pelle from 1974 until their divorce in 1986": that couple's
            people = _married_in_sentence(earlier, s_index) or people
        g = gov
        for _ in range(4):   # "has a long history of alcohol misuse": the one who has it
            if people or type_ not in ("illness", "custody") or g is None:
                break
            people = _subjects(doc, ms, d, g)
            g = None if doc.toks[g].head == g else doc.toks[g].head
        if type_ == "custody" and len(people) == 1:
            people += _ward(doc, ms, d, k, people[0]) or _patient_ward(d, t.lemma, people[0])
        if not people and type_ in _UNION_TYPES and not any(
                doc.toks[c].dep in ("det", "nummod") and doc.toks[c].lower in (
                    "a", "an", "one", "any", "another", "every", "each")
                for c in t.children):   # "one funeral in the family was enough": no couple's
            people = _context_couple(earlier, s_index, type_, k)
    else:
        return None
    kid_toks: dict[int, int] = {}
    if type_ == "birth" and _brings_a_child(t):
        kid_toks = _born_kid_toks(doc, ms, d, k)
    kids = list(kid_toks)
    people = [p for p in dict.fromkeys(people) if p >= 0]
    together = type_ == "cohabitation" and any(doc.toks[c].lower == "together"
                                                for c in t.children)
    if type_ == "reunion" and t.lemma == "meet" and len(people) == 1:
        return None   # "whom he only met in 1985": met someone, not her partner
    if (type_ in ("divorce", "separation", "marriage", "reunion", "engagement") or together) \
            and len(people) == 1:   # "(she and I ...) moved in together": her partner
        ps = partners.get(people[0], [])
        # "she remarried": the later partner; otherwise the first one the story gives
        if t.lemma == "remarry" and isinstance(partners, _Partners):
            ps = partners.current(people[0], d)
            # (one never married is no spouse a remarriage follows or brings)
            ps = [p for p in ps if frozenset((people[0], p)) not in partners.unmarried] or ps
            # the one partner known is the one before: the new spouse is untold
            # ("remarried in 2006; her stepfather, Corvin, ...": the step-parent named next)
            people += _named_next(doc, d, k, ps + _step_parents(d, people[0])) or (
                ps[-1:] if len(ps) > 1 else [])
        else:   # not the one married in this very sentence ("moved out and married Ana")
            wed = _married_here(doc, ms, d, s_index) if type_ != "marriage" else set()
            if type_ in ("divorce", "separation"):   # one leaves a spouse, not the lover
                wed |= _lovers(earlier, people[0], ps)
            people += [p for p in ps if p not in wed][:1]
    if not people:
        return None
    if type_ == "separation" and t.lemma == "move" and len(people) == 1:
        type_ = "move"   # "he moved out in March" with no partner known: he left the house
    if type_ == "custody" and (t.lemma in ("raise", "rear") or t.lemma == "bring" and _passive(
            doc, k)) and any(_is_parent_pair(d, people[0], p) for p in people[1:]):
        return None   # "raised by Ana" / "Ana raised him", and the story says she is his mother
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
            or type_ == "affair" and _own_affair(doc, k) or _one_sided(doc, k, type_)):
        return None   # a couple's event needs the couple; a child "placed in care" is alone
    if type_ == "other" and _particle(doc, k) == "out" and t.lemma in ("kick", "throw") and len(
            people) < 2:
        return None   # "kicked him out": the one put out too
    sent = doc.sents[s_index]
    ev = (doc.toks[sent.start_tok].start, doc.toks[sent.end_tok - 1].end)
    raw = _Raw(type_, people, k, s_index, _phrase(doc, k), ev, kids, kid_toks)
    if t.lemma in _LOSS_WORDS:
        raw.loss = True
    return raw


#: Whom one leaves when the partner is not named: "walked out on the kids", "left us".
_HOUSEHOLD_WORDS = frozenset(["family", "families", "us", "home", "household", "kids", "children"])


def _partner_claimed(d: Discourse, a: int, b: int) -> bool:
    """A kin claim makes ``a`` and ``b`` partners ("my wife Dana")."""
    f = d.ents.find
    return any({f(c.possessor), f(c.referent)} == {f(a), f(b)} and c.term.path == "E"
               for c in d.ents.claims)


def _one_sided(doc: StoryDoc, k: int, type_: str) -> bool:
    """A couple's event told of one person whose partner the story never gives: "at Dorit's
    wedding", "had just become engaged", "walked out on his family"."""
    toks = doc.toks
    t = toks[k]
    if type_ == "marriage" and t.lemma == "wedding":
        return any(toks[c].dep == "poss" for c in t.children)
    if type_ == "engagement":
        return t.lower == "engaged"
    if type_ == "separation" and t.pos == "VERB":
        objs = [g for c in t.children for g in ([c] if toks[c].dep == "dobj" else [
            x for x in toks[c].children if toks[x].dep == "pobj"] if toks[c].dep == "prep"
            and toks[c].lower == "on" else [])]
        return any(toks[g].lower in _HOUSEHOLD_WORDS or toks[g].lemma in _HOUSEHOLD_WORDS
                   for g in objs)
    return False


def _twins(doc: StoryDoc, k: int) -> bool:
    """The verb's object is twins or triplets ("had twins, Halden and Eilif"): one birth."""
    return any(doc.toks[c].dep == "dobj" and doc.toks[c].lemma in _MULTIPLE_BIRTH
               for c in doc.toks[k].children)


def _married_in_sentence(earlier: list[_Raw], s_index: int) -> list[int]:
    """The couple of a marriage told earlier in the same sentence."""
    for r in reversed(earlier[-6:]):
        if r.sent == s_index and r.type == "marriage" and len(r.people) >= 2:
            return r.people[:2]
    return []


def _context_couple(earlier: list[_Raw], s_index: int, type_: str = "",
                    at: int | None = None) -> list[int]:
    """The couple of the last couple event within two sentences ("...; the divorce was final"),
    told before token ``at`` (one told after it is later news: "after the divorce she
    remarried").

    A marriage told in the same sentence is not the couple of a divorce or separation: "he married
    Kaarlo the week his divorce was final" is the end of an earlier marriage."""
    recent = [r for r in earlier[-6:] if len(r.people) >= 2 and s_index - r.sent <= 2
              and (at is None or r.trigger < at)]
    for r in reversed(recent):
        if type_ in ("divorce", "separation") and r.type in ("divorce", "separation"):
            return r.people[:2]   # "the divorce" is the one just told, not a later remarriage
    for r in reversed(recent):
        if r.type in _UNION_TYPES:
            if type_ in ("divorce", "separation") and r.type == "marriage" and r.sent == s_index:
                continue
            return r.people[:2]
    return []


_DEATH_WORDS = frozenset(["die", "died", "dies", "dead", "death", "d.", "killed", "funeral"])


#: Illnesses that last: a death of one of them follows an illness of its own ("died of
#: lung cancer" tells that she had cancer; "died of a stroke" tells no illness before).
_LONG_ILLNESSES = frozenset(["cancer", "tumor", "tumour", "leukemia", "leukaemia", "lymphoma",
                             "dementia", "alzheimer", "alzheimer's", "parkinson", "parkinson's",
                             "tuberculosis", "alcoholism", "addiction", "disease"])


def _long_illness(doc: StoryDoc, k: int) -> int | None:
    """The verb "die" of a lasting illness the noun at ``k`` names ("died of a brain tumor",
    "died in 1990 of lung cancer", where "of" may hang from the year), else None."""
    toks = doc.toks
    if toks[k].lemma not in _LONG_ILLNESSES or toks[k].dep != "pobj" or toks[
            toks[k].head].lower not in ("of", "from"):
        return None
    h = toks[k].head
    for _ in range(4):
        if toks[h].pos in ("VERB", "AUX"):
            return h if toks[h].lemma == "die" else None
        if toks[h].head == h:
            return None
        h = toks[h].head
    return None


def _lost_to(doc: StoryDoc, k: int) -> int | None:
    """The verb "lose" of "lost his wife to cancer", whose object is the one the illness at ``k``
    took, else None."""
    toks = doc.toks
    if not any(toks[x].lower == "to" for x in range(max(0, k - 3), k)):
        return None
    v = k
    for _ in range(3):   # the parse may take "to cancer" for an infinitive clause of "lost"
        if toks[v].head == v:
            return None
        v = toks[v].head
        if toks[v].lemma == "lose":
            return v if any(toks[c].dep == "dobj" for c in toks[v].children) else None
    return None


def _tells_death(doc: StoryDoc, s_index: int) -> bool:
    """The sentence tells a death ("MGM d. 2022 (stroke)"): an illness named there is its cause."""
    sent = doc.sents[s_index]
    return any(doc.toks[x].lower in _DEATH_WORDS or doc.toks[x].lemma == "die"
               for x in range(sent.start_tok, sent.end_tok))


#: Event types whose verb may be left out in a following conjunct: "Vibeke died in 1958 and Bo
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
    # the parse may hang the verbless conjunct on the date ("died in 1951 and Clothilde in 1960")
    # or set it off with a comma ("passed in 1951, Clothilde in 1960")
    extra = [x for c in toks[k].children if toks[c].dep == "prep" and c > k
             for g in toks[c].children if toks[g].dep == "pobj" and toks[g].ent == "DATE"
             for x in toks[g].children if toks[x].dep == "conj" and toks[x].pos == "PROPN"
             and x + 1 < len(toks) and toks[x + 1].dep == "prep" and _time_prep(doc, x + 1)]
    # ("was born in 2002, the twins in 2007": a kin noun in the verbless conjunct too)
    extra += [c for c in toks[k].children if toks[c].dep in ("npadvmod", "appos") and c > k
              and (toks[c].pos == "PROPN" or toks[c].pos == "NOUN" and kin_term(toks[c].lower))
              and any(toks[x].dep == "prep" and _time_prep(doc, x) for x in toks[c].children)]
    for c in [*toks[k].children, *extra]:
        w = toks[c]
        if w.dep not in ("conj", "npadvmod", "appos") or w.pos not in ("NOUN", "PROPN") or (
                w.dep != "conj" or toks[w.head].pos in ("NUM", "PROPN", "NOUN")) and c not in extra:
            continue
        if any(toks[g].dep in ("nsubj", "nsubjpass") for g in w.children):
            continue
        people = _people_at(doc, ms, d, c)
        if not people:
            people = [p for g in w.children if toks[g].dep == "appos"
                      for p in _people_at(doc, ms, d, g)]
        if not people and toks[c].lower == "twins":
            people = _the_twins(d)
        people = [p for p in people if p >= 0 and p not in raw.people[:1]]
        if w.pos == "NOUN" and toks[c].lower in ("twins", "triplets") and len(people) > 1:
            # one birth of twins: one event for them all
            twins = _Raw(raw.type, people, k, raw.sent, raw.phrase, raw.evidence, time_tok=c)
            twins.kids = list(people)
            out.append(twins)
            continue
        for p in people[:1]:
            out.append(_Raw(raw.type, [p], k, raw.sent, raw.phrase, raw.evidence, time_tok=c))
    told = {p for r in out for p in r.people} | set(raw.people[:1])
    out += [r for r in _listed_after(doc, ms, d, raw) if r.people[0] not in told]
    return out


def _listed_after(doc: StoryDoc, ms: list[Mention], d: Discourse, raw: _Raw) -> list[_Raw]:
    """ "Ebo died in 1989, Ivo in 1991, Ana in 2006": verbless parts after the trigger's
    clause, each a name set off by a comma, a semicolon or "and" and dated by its own "in
    YEAR", however the parser hung them (read from the words, not the tree)."""
    toks = doc.toks
    sent = doc.sents[raw.sent]
    out: list[_Raw] = []
    for m in ms:
        if m.kind != "name" or m.entity == -1 or m.quote != -1:
            continue
        a, b = doc.tok_at(m.start), doc.tok_at(max(m.start, m.end - 1))
        if not raw.trigger < a < sent.end_tok or b + 2 >= sent.end_tok:
            continue
        before = toks[a - 1].lower
        if before not in (",", ";", "and") or toks[b + 1].lower not in ("in", "on") or not (
                toks[b + 2].ent == "DATE" or toks[b + 2].pos == "NUM"):
            continue
        end = next((j for j in range(b + 3, sent.end_tok) if toks[j].text in (",", ";", ".")),
                   sent.end_tok)
        if any(toks[j].pos in ("VERB", "AUX") for j in range(a, end)):
            continue  # a clause of its own: "…, Ivo in 1991 moved away"
        out.append(_Raw(raw.type, [d.ents.find(m.entity)], raw.trigger, raw.sent, raw.phrase,
                        raw.evidence, time_tok=b + 1))
    return out


def _the_twins(d: Discourse) -> list[int]:
    """ "the twins" when the text has told of one pair of twins: those two."""
    f = d.ents.find
    pairs = {frozenset((f(c.possessor), f(c.referent))) for c in d.ents.claims
             if c.term.path == "S" and "twin" in c.term.qual and f(c.possessor) != f(c.referent)}
    return sorted(next(iter(pairs))) if len(pairs) == 1 else []


#: A pregnancy that ends without a living child: still a ``pregnancy`` event (the contract has no
#: type of its own for it), summarised as what it was.
_LOSS_WORDS = frozenset(["miscarry", "miscarriage", "stillbirth", "abortion"])


#: Types whose present progressive tells a real, ongoing state ("is seeing a married man",
#: "are living together", "is expecting"); for the others it tells a plan ("is getting married
#: in June", "are moving to Derby").
_ONGOING_TYPES = frozenset(["affair", "cohabitation", "pregnancy", "illness", "custody"])
