"""Events the story implies rather than tells with a trigger: births and deaths the verbs stage
found, a death known only from "my late husband" or a deceased mark, an engagement from "my
fiancé", a divorce from "my ex-wife" (a note's dated union shorthand: ``noted_unions``).
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.entities import Claim
from genogram.read.events.classify import _verb_type
from genogram.read.events.irrealis import _unreal, _when_present
from genogram.read.events.people import _born_described
from genogram.read.events.triggers import _Raw
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse
from genogram.read.verbs import VerbFacts


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
                    doc, ms, d, ev, f(ent)) or _told_of_another(doc, type_, ev, f(ent), raws):
                continue
            if (type_, f(ent)) not in have:
                have.add((type_, f(ent)))
                out.append(_raw_at(doc, type_, [f(ent)], ev))
    for r in d.ents.roots():
        e = d.ents.items[r]
        if e.deceased and ("death", r) not in have and e.mentions:
            ev = e.evidence.get("deceased", [e.spans[0]] if e.spans else [])
            if ev and not _only_a_time(doc, "death", tuple(ev[0])) and not _told_of_another(
                    doc, "death", tuple(ev[0]), r, raws):
                have.add(("death", r))
                out.append(_raw_at(doc, "death", [r], tuple(ev[0])))
    return out


def _told_of_another(doc: StoryDoc, type_: str, ev: tuple[int, int], ent: int,
                     raws: list[_Raw]) -> bool:
    """A trigger inside the evidence already told this birth or death of someone else: the
    verb's own reading of its participants beats the earlier stage's ("she has lived alone since
    my father passed away" is the father's death, not hers)."""
    return any(r.type == type_ and not r.derived and ev[0] <= doc.toks[r.trigger].start < ev[1]
               and r.people and ent not in r.people for r in raws)


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
            return _verb_type(doc, k) is None or _when_present(doc, k)
        if type_ == "death" and t.lemma == "die":   # "is dying", "almost died"
            # "when she dies, the house goes to her son": a time still to come
            return _verb_type(doc, k) != "death" or _unreal(doc, k) or _when_present(doc, k)
    return False


def _born_another(doc: StoryDoc, ms: list[Mention], d: Discourse, ev: tuple[int, int],
                  ent: int) -> bool:
    """The "born" of the evidence describes someone else ("Ulf gave the name to his son, born a year
    later, ..." is the son's birth, not Ulf's)."""
    a, b = doc.tok_at(ev[0]), doc.tok_at(max(ev[0], ev[1] - 1))
    if a < 0 or b < 0:
        return False
    for k in range(a, b + 1):
        if doc.toks[k].lower == "born":
            born = [d.ents.find(p) for p in _born_described(doc, ms, d, k)]
            return bool(born) and ent not in born
    return False


def _raw_at(doc: StoryDoc, type_: str, people: list[int], ev: tuple[int, int]) -> _Raw:
    k = max(0, doc.tok_at(ev[0]))
    s = doc.toks[k].sent
    sent = doc.sents[s]
    span = (doc.toks[sent.start_tok].start, doc.toks[sent.end_tok - 1].end)
    return _Raw(type_, people, k, s, "", span, derived=True)



#: Kin words of a marriage that ended in divorce: "my ex-wife", "her ex-husband".
_EX_SPOUSES = frozenset(["ex-husband", "exhusband", "ex husband", "ex-wife", "exwife", "ex wife",
                         "ex-spouse"])


def _claim_event(c: Claim) -> str | None:
    """The event a partner's kin word implies: "my fiancé" an engagement, "my ex-wife" a
    divorce; other kin words none."""
    if c.term.path != "E" or c.in_quote:
        return None
    if "fiance" in c.term.qual:
        return "engagement"
    if c.term.word in _EX_SPOUSES:
        return "divorce"
    return None


#: The events that already tell what a kin word implies: the divorce of an ex-wife is told by
#: a divorce or a separation of the couple.
_TOLD_BY = {"engagement": ("engagement",), "divorce": ("divorce", "separation")}


def _kin_implied_events(doc: StoryDoc, d: Discourse, raws: list[_Raw]) -> list[_Raw]:
    """Events a couple's kin word implies ("my fiancé Aldo", "my ex-wife Brisa"), unless a
    trigger already told them."""
    f = d.ents.find
    have = {(t, frozenset(f(p) for p in r.people[:2])) for r in raws
            for t, told in _TOLD_BY.items() if r.type in told}
    out: list[_Raw] = []
    for c in d.ents.claims:
        a, b = f(c.possessor), f(c.referent)
        type_ = _claim_event(c)
        if type_ is None or a == b or (type_, frozenset((a, b))) in have:
            continue
        have.add((type_, frozenset((a, b))))
        out.append(_raw_at(doc, type_, [a, b], c.span))
    return out
