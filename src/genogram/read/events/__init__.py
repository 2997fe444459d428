"""Life events and their time (issue 4).

``read_events`` finds events in the parse, sentence by sentence (linear in the text):

- a *trigger* is a verb ("married", "emigrated", "was diagnosed"), a verb with its object ("lost
  her job", "opened a bakery") or an event noun ("the divorce", "her affair with", "custody of");
  the tables in ``lexicon`` map them to the contract's event types;
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

Facts about people are set on the entities here: present ages, a birth year from a stated age
and the telling year, deceased and birth/death years from the events (never overwriting a
stated value).

The package, one module per step:

- ``lexicon``: the cue words: verbs, particles, event nouns and verb phrases per event type;
- ``grammar``: small questions about the parse (a verb's particle, a passive, a place name);
- ``irrealis``: what keeps a trigger from being an event (negated, planned, habitual, a state);
- ``classify``: the event type a verb or adjective tells, if any;
- ``constructions``: events told by more than a word ("went to stay with Nana", "lived only
  a day") and the look-alikes that are none ("came out to the porch");
- ``people``: the participants of a trigger, and each person's partners;
- ``triggers``: one trigger token -> one raw event;
- ``derived``: events the structure implies (a death or birth fact, "(m. 2007)" beside a couple,
  "my fiancé", "my ex-wife");
- ``noted_unions``: a note's dated union shorthand ("Married 2005, divorced 2019");
- ``taken``: a death told with the illness as the agent ("cancer took him");
- ``dedupe``: one event per happening told twice;
- ``summary``: the one-line summary;
- ``placing``: time expressions, story order, and ages reconciled with years;
- ``lifespans``: life years in a bracket after a name ("Ivo Brand (1902-1968)");
- ``ages``: present ages said in a clause of their own ("Mara is twenty-nine now");
- ``person_facts``: deceased, birth and death years from the placed events.
"""

from __future__ import annotations

import logging

from genogram.read.document import StoryDoc
from genogram.read.events.ages import read_present_ages
from genogram.read.events.constructions import _with_new_partner
from genogram.read.events.dedupe import _dedupe
from genogram.read.events.derived import (
    _kin_implied_events,
    _life_fact_events,
)
from genogram.read.events.lexicon import NOUN_TYPES, PARTICLE_TYPES, VERB_TYPES
from genogram.read.events.lifespans import read_birth_fields, read_lifespans
from genogram.read.events.noted_custody import _noted_placements
from genogram.read.events.noted_illness import _noted_illnesses
from genogram.read.events.noted_unions import _noted_union_events
from genogram.read.events.people import (
    _left_for,
    _left_partner,
    _partner_map,
)
from genogram.read.events.person_facts import deaths_mark_deceased
from genogram.read.events.placing import _place_in_time, _reconcile_ages, _telling
from genogram.read.events.subjects import _subjects_of
from genogram.read.events.summary import summary
from genogram.read.events.triggers import _event_at, _gapped, _Raw, _twins
from genogram.read.facts import EventFact
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse
from genogram.read.verbs import VerbFacts

log = logging.getLogger(__name__)


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
                # "had three children: Ilka in 1921, Bo in 1924": one each; twins are one birth
                for kid in raw.kids:
                    raws.append(_Raw(raw.type, [kid] + [p for p in raw.people
                                                        if p not in raw.kids],
                                     raw.trigger, raw.sent, raw.phrase, raw.evidence,
                                     time_tok=raw.kid_toks.get(kid, -1)))
            else:
                if raw.type == "death" and len(raw.people) > 1:
                    _joint_death(doc, ms, d, raw)
                raws.append(raw)
            raws += _gapped(doc, ms, d, raw)
            raws += _affair_left_for(doc, ms, d, raw)
            if raw.type == "move" and doc.toks[k].lemma == "leave":
                # "Sigrun left for Hobart": a separation too when her union is known to end
                couple = _left_partner(doc, ms, d, k, raw.people[:1], partners)
                if len(couple) == 2 and (frozenset(couple) in partners.ended
                                         or _with_new_partner(doc, k)):
                    # one happening, one event: the leaving is the separation
                    raws[raws.index(raw)] = _Raw("separation", couple, k, raw.sent, raw.phrase,
                                                 raw.evidence)
    _affair_partners_from_unions(doc, d, vf, raws)
    raws += read_lifespans(doc, ms, d)   # "Ivo Brand (1902-1968)", before the deceased marks
    raws += read_birth_fields(doc, ms, d, raws)   # a note's "DOB 11/09/2007"
    raws += _noted_placements(doc, ms, d, raws)   # "Client in foster care with Ana since 2024"
    raws += _noted_illnesses(doc, ms, d, raws)   # "Mother hx depression", "Dx: COPD 2019"
    raws += _life_fact_events(doc, ms, d, vf, raws)
    raws += _noted_union_events(doc, ms, d, vf, raws, partners)
    raws += _kin_implied_events(doc, d, raws)
    raws = _dedupe(doc, d, raws)
    telling = _telling(doc)
    deaths_mark_deceased(d, raws)   # before the ages: the dead have none at the telling
    read_present_ages(doc, ms, d)
    _reconcile_ages(d, telling)
    return _place_in_time(doc, ms, d, raws, telling)


def _affair_partners_from_unions(doc: StoryDoc, d: Discourse, vf: VerbFacts,
                                 raws: list[_Raw]) -> None:
    """An affair event with one participant ("the split came after his affair with a colleague")
    takes the other from the affair union the same sentence stated, which knows whom the
    affair was with when the event's own parse did not."""
    for raw in raws:
        if raw.type != "affair" or len(raw.people) != 1:
            continue
        one = d.ents.find(raw.people[0])
        span = (doc.toks[doc.sents[raw.sent].start_tok].start,
                doc.toks[doc.sents[raw.sent].end_tok - 1].end)
        others = {d.ents.find(u.b if d.ents.find(u.a) == one else u.a) for u in vf.unions
                  if u.type == "affair" and one in (d.ents.find(u.a), d.ents.find(u.b))
                  and any(a < span[1] and span[0] < b for a, b in u.evidence)}
        if len(others) == 1:
            raw.people.append(others.pop())


def _joint_death(doc: StoryDoc, ms: list[Mention], d: Discourse, raw: _Raw) -> None:
    """"Both of them died in 1974", "Ana and Bo died in the fire": one event, and each subject
    died (``kids``, see ``born_or_dead``); anyone else the verb names ("died with her husband
    beside her") did not, and goes after them."""
    subjects = [p for p in _subjects_of(doc, ms, d, raw.trigger) if p in raw.people]
    if len(subjects) > 1:
        raw.kids = subjects
        raw.people = subjects + [p for p in raw.people if p not in subjects]


def _affair_left_for(doc: StoryDoc, ms: list[Mention], d: Discourse, raw: _Raw) -> list[_Raw]:
    """"He left her for the postmistress": the leaving is a separation, and the one he left for is
    his lover (an affair), unless that is the partner he left."""
    if raw.type != "separation" or doc.toks[raw.trigger].lemma not in ("leave", "abandon"):
        return []
    lover = [p for p in _left_for(doc, ms, d, raw.trigger) if p not in raw.people]
    if not raw.people or not lover:
        return []
    return [_Raw("affair", raw.people[:1] + lover[:1], raw.trigger, raw.sent, raw.phrase,
                 raw.evidence)]


__all__ = ["NOUN_TYPES", "PARTICLE_TYPES", "VERB_TYPES", "read_events", "summary"]
