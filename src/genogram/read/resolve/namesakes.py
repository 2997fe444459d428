"""Namesakes: a name given again to a younger relative ("They named him Ottmar after his
grandfather", "My sister is Ragna too, named after our aunt").

Such a name names a second person, not the one who held it first, and the relative it was given
"after" is that first holder. Sagas and memoirs use the frame whenever a name repeats across
generations, so reading it keeps two people of one name apart and ties them to each other.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.entities import NAME_SUFFIXES, name_key, names_match
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention
from genogram.read.names import same_given_name
from genogram.read.resolve.discourse import Discourse

_NAMING_VERBS = frozenset(["name", "call", "christen", "baptize", "baptise"])
#: "named after" / "named for" the person whose name is given again
_AFTER = frozenset(["after", "for"])
#: "My aunt is Solvei too": the copula's name repeats one already given
_REPEAT_ADVERBS = frozenset(["too", "also"])


def _after_prep(doc: StoryDoc, verb: int) -> int:
    """The "after"/"for" preposition hanging on naming verb ``verb``, or -1."""
    toks = doc.toks
    if toks[verb].lemma not in _NAMING_VERBS:
        return -1
    return next((c for c in toks[verb].children
                 if toks[c].dep == "prep" and toks[c].lower in _AFTER and _names_someone(doc, c)),
                -1)


def _names_someone(doc: StoryDoc, prep: int) -> bool:
    """Is the object of ``prep`` a person ("after his father", "for Ottmar"), not a time ("called
    her Auntie for the first time")?"""
    toks = doc.toks
    obj = next((c for c in toks[prep].children if toks[c].dep == "pobj"), -1)
    return obj != -1 and (toks[obj].tag in ("PRP", "NNP") or kin_term(toks[obj].lower) is not None)


def repeats_name(doc: StoryDoc, m: Mention) -> bool:
    """Is name mention ``m`` said to be shared ("My sister is Ragna too", "Her son is also
    Ottmar"), so that it names the subject, a second holder of the name?"""
    toks = doc.toks
    t = toks[m.head]
    return t.dep == "attr" and toks[t.head].lemma == "be" and any(
        toks[c].dep == "advmod" and toks[c].lower in _REPEAT_ADVERBS
        for c in (*t.children, *toks[t.head].children))


def _named_in_clause(doc: StoryDoc, ms: list[Mention], m: Mention) -> Mention | None:
    """For kin phrase ``m`` that a name was given "after" ("…after his grandfather"), the name
    mention given, or None."""
    toks = doc.toks
    t = toks[m.head]
    if t.dep != "pobj" or toks[t.head].lower not in _AFTER:
        return None
    verb = toks[t.head].head
    if toks[verb].lemma not in _NAMING_VERBS:
        # "a son he named Kaspar, after the grandfather": "after" hangs on the child's noun
        # (or on the verb that has it: "had a boy he named …")
        nouns = [verb, *(c for c in toks[verb].children if toks[c].dep == "dobj")]
        verb = next((c for n in nouns for c in toks[n].children if toks[c].dep == "relcl"
                     and toks[c].lemma in _NAMING_VERBS), -1)
        if verb == -1:
            return None
    names = [n for n in ms if n.kind == "name" and n.name and toks[n.head].sent == t.sent
             and (toks[n.head].head == verb or n.head == toks[verb].head
                  and toks[verb].dep == "acl")]
    return names[0] if len(names) == 1 else None


def elder_namesake(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> int | None:
    """The person kin phrase ``m`` names when a name was given after it ("named him Ottmar after
    his grandfather" with an Ottmar met before): the earlier holder of that name, if exactly one
    of a fitting gender."""
    given = _named_in_clause(doc, ms, m)
    if given is None or given.entity == -1 or m.kin is None:
        return None
    ents = d.ents
    young = ents.find(given.entity)
    holders = [r for r in ents.roots() if r != young and ents.get(r).first < given.start
               and any(names_match(given.name, n) for n in ents.get(r).names)]
    if m.kin.gender is not None:
        holders = [h for h in holders if ents.gender(h) in (None, m.kin.gender)]
    return holders[0] if len(holders) == 1 else None


def juniors_fathers(d: Discourse, text: str) -> None:
    """ "Ivo Jr. took over the garage from his father; the elder Ivo drops by": a junior bears
    his father's name, so the one other man of that name (with no suffix, or "Sr.") is his
    father, unless the text names another. Run before fathers are made unique, so that an
    unnamed "his father" then joins him."""
    ents = d.ents
    father = kin_term("father")
    assert father is not None
    named = [r for r in ents.roots() if ents.get(r).names]
    juniors = [r for r in named if any(name_key(n)[1] == "jr" for n in ents.get(r).names)]
    called = [r for r in named if all(n.lower() == "junior" for n in ents.get(r).names)]
    if len(juniors) == 1 and len(called) == 1 and ents.compatible(juniors[0], called[0],
                                                                 names=False):
        # "Ivo Jr., known to the street as 'Junior'": what a junior is called
        ents.merge(juniors[0], called[0])
        named = [r for r in ents.roots() if ents.get(r).names]
    for r in named:
        e = ents.get(r)
        junior = next((n for n in e.names if name_key(n)[1] == "jr"), None)
        if junior is None:
            continue
        given = name_key(junior)[0]
        elders = [x for x in named if x != r and ents.gender(x) in (None, "male") and all(
            name_key(n)[1] != "jr" for n in ents.get(x).names) and any(
            name_key(n)[1] in ("", "sr") and same_given_name(name_key(n)[0], given)
            and not _other_surnames(junior, n) for n in ents.get(x).names)]
        if len(elders) != 1:
            continue
        y = elders[0]
        fathers = ents.holders(r, father) | {
            x for x in ents.parents_of(r) if ents.gender(x) == "male"}
        if y in fathers or any(ents.get(x).names for x in fathers):
            continue
        span = next(((a, b) for a, b in e.spans if name_key(text[a:b])[1] == "jr"), None)
        if span is not None:
            ents.claim(r, father, y, span)
            if not ents.get(y).gender_votes:
                ents.get(y).gender_votes["male"] += 3


def _other_surnames(a: str, b: str) -> bool:
    """ "Ivo Berg Jr." and "Ivo Obi": two surnames, two families."""
    wa, wb = ([w for w in n.split() if w.lower() not in NAME_SUFFIXES] for n in (a, b))
    return len(wa) > 1 and len(wb) > 1 and wa[-1].lower() != wb[-1].lower()
