"""Guardianship and adoption told by a noun: "she became her legal guardian", "MGM holds legal
guardianship as of 2019", "MGM was granted guardianship of the boys", "they completed the
adoption of their girl, Kai" (an ``adoptive`` tie for each adopter).

A guardian who is not already a parent raises the child: a ``caregiver`` tie (a parent named
guardian keeps the parent's tie; :meth:`build.Graph.add_child` never downgrades it). The ward is
the noun's owner ("her guardian"), the "of" person, else the identified patient of a clinical
note. Never from a negated or hypothetical clause ("she never became his guardian").
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse
from genogram.read.verbs import (
    ChildFact,
    VerbFacts,
    _people_at,
    _subjects,
    _we_couple,
    is_irrealis,
    people_and_conjuncts,
)

#: Verbs that give or hold guardianship: "became guardian", "has/holds/was granted guardianship".
_GUARDIAN_VERBS = frozenset(["become", "have", "hold", "grant", "gain", "get", "award", "obtain",
                             "receive", "be", "remain"])


def read_guardianship(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts) -> None:
    """Add a caregiver tie for each guardian and ward the text states, and an adoptive tie for
    each adoption told by its noun."""
    _adoptions(doc, ms, d, vf)
    toks = doc.toks
    patient = d.patient()
    for t in toks:
        if t.quote != -1 or t.lemma not in ("guardian", "guardianship") or t.dep not in (
                "attr", "dobj", "nsubjpass", "oprd"):
            continue
        verb = t.head
        if toks[verb].lemma not in _GUARDIAN_VERBS or is_irrealis(doc, verb):
            continue
        carers = _subjects(doc, ms, d, verb)
        owners = [c for c in t.children if toks[c].dep == "poss"]
        wards = [p for c in owners for p in _people_at(doc, ms, d, c)]
        if wards and set(wards) <= set(carers):
            # "Signy became her guardian": no one is their own guardian, so "her" is the one
            # of that gender mentioned before
            wards = _someone_else(ms, d, owners[0], carers)
        wards += [p for c in t.children if toks[c].dep == "prep" and toks[c].lower == "of"
                  for g in toks[c].children if toks[g].dep == "pobj"
                  for p in _people_at(doc, ms, d, g)]
        if not wards and patient is not None:
            wards = [patient]
        sent = doc.sents[t.sent]
        ev = (toks[sent.start_tok].start, toks[sent.end_tok - 1].end)
        for c in carers:
            for w in wards:
                if c != w:
                    vf.children.append(ChildFact(c, w, "caregiver", [ev]))


def _someone_else(ms: list[Mention], d: Discourse, tok: int, carers: list[int]) -> list[int]:
    """The latest person before token ``tok`` with the gender of the pronoun there, other than
    the carers."""
    m = next((x for x in ms if x.head == tok), None)
    if m is None or m.gender is None:
        return []
    for _s, idx, e_id, _role in reversed(d.recent):
        e = d.ents.find(e_id)
        if ms[idx].head < tok and e not in carers and d.ents.gender(e) == m.gender:
            return [e]
    return []


#: Verbs that carry an adoption through: "completed the adoption", "finalized the adoption".
_ADOPTION_VERBS = frozenset(["finalize", "complete", "finish", "celebrate", "go"])


def _adoptions(doc: StoryDoc, ms: list[Mention], d: Discourse, vf: VerbFacts) -> None:
    """ "They completed the adoption of their girl, Kai": the verb's subjects adopted the "of"
    child (a possessed kin word alone would read as a birth)."""
    toks = doc.toks
    for t in toks:
        if t.quote != -1 or t.lemma != "adoption" or t.dep != "dobj":
            continue
        verb = t.head
        if toks[verb].lemma not in _ADOPTION_VERBS or is_irrealis(doc, verb):
            continue
        kids = [p for c in t.children if toks[c].dep == "prep" and toks[c].lower == "of"
                for g in toks[c].children if toks[g].dep == "pobj"
                for p in people_and_conjuncts(doc, ms, d, g)]
        if not kids:  # "of their girl, Kai": the name in apposition to the kin word
            kids = [p for c in t.children if toks[c].dep == "prep" and toks[c].lower == "of"
                    for g in toks[c].children for a in toks[g].children
                    if toks[a].dep == "appos" for p in _people_at(doc, ms, d, a)]
        adopters = _subjects(doc, ms, d, verb) or _we_couple(doc, ms, d, verb)
        sent = doc.sents[t.sent]
        ev = (toks[sent.start_tok].start, toks[sent.end_tok - 1].end)
        for a in adopters:
            for k in dict.fromkeys(kids):
                if a != k:
                    vf.children.append(ChildFact(a, k, "adoptive", [ev]))
