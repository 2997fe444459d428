"""Who takes part in a custody or a remarriage when the clause does not say: the ward of a
custody noun said of the carer alone, the carers a plural kin noun stands for ("raised by his
grandparents", named in the next sentence), the person a step-parent word names as a new spouse,
and the candidate the next sentence names first."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse
from genogram.read.verbs import _subjects


def _ward(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int, carer: int) -> list[int]:
    """The child of a custody noun said of the carer alone: the subject of the clause the carer's
    own clause hangs from ("Pt stays with her aunt, who has held guardianship since
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


def _kin_carers_named(doc: StoryDoc, d: Discourse, k: int, ward: int) -> list[int]:
    """The carers of "raised by her two grandmothers" / "lived with her aunts" when the plural
    kin noun names no one: the ward's kin of that kind the story names in this sentence or
    the next ("His grandparents, Wilda and Elric, took him in")."""
    toks = doc.toks
    nouns = [g for c in toks[k].children if toks[c].dep == "agent"
             or toks[c].dep == "prep" and toks[c].lower in ("by", "with")
             for g in toks[c].children if toks[g].dep == "pobj" and toks[g].tag == "NNS"]
    term = kin_term(toks[nouns[0]].lower) if nouns else None
    if term is None:
        return []
    sents = doc.sents
    last = sents[min(toks[k].sent + 1, len(sents) - 1)]
    lo, hi = doc.sents[toks[k].sent].start_tok, last.end_tok
    lo_c, hi_c = toks[lo].start, toks[hi - 1].end
    f = d.ents.find
    out: list[int] = []
    for c in d.ents.claims:
        who = f(c.referent)
        if c.term.path == term.path and f(c.possessor) == f(ward) and who != f(ward) and any(
                lo_c <= a < hi_c for a, _b in d.ents.get(who).spans) and who not in out:
            out.append(who)
    return out


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


def _step_parents(d: Discourse, spouse: int) -> list[int]:
    """The people a step-parent word names ("her stepfather, Corvin") who may be the new
    spouse of ``spouse``: not ``spouse``, and not of a gender the word and ``spouse`` share
    (a remarrying mother's new husband is a stepfather, not a stepmother)."""
    f = d.ents.find
    me = f(spouse)
    mine = d.ents.gender(me)
    out: list[int] = []
    for c in d.ents.claims:
        if c.term.path == "P" and "step" in c.term.qual and f(c.referent) != me and (
                mine is None or c.term.gender != mine) and f(c.referent) not in out:
            out.append(f(c.referent))
    return out
