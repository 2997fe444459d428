"""Who already holds a kin role: the recent holder of "the son", the one called "Grandma", the
child a parent's "Daddy" means, and the known group "the children" names."""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention
from genogram.read.resolve.couples import _partners
from genogram.read.resolve.discourse import Discourse

#: "a boy", "an old man": a kin phrase that brings someone new into the story
_INTRODUCED = re.compile(r"(?:a|an)\s", re.IGNORECASE)


def _recent_role_holder(doc: StoryDoc, d: Discourse, m: Mention,
                        ms: list[Mention] | None = None) -> int | None:
    """For a definite kin phrase with no owner ("the son"): the person a kin phrase of the same
    word introduced in the last few sentences, if only one; with no owner on that phrase either
    ("a boy started coming … The boy's name was Fabrizio"), the one it was said of."""
    toks = doc.toks
    t = toks[m.head]
    if t.dep == "appos" or any(toks[c].dep in ("prep", "relcl", "acl") for c in t.children):
        return None  # "Kjeld, the daughter of a publican": an introduction, not a callback
    sent = t.sent
    lo = doc.sents[max(0, sent - 3)].start_tok
    found = {d.ents.find(c.referent) for c in d.ents.claims
             if (c.term.word == m.kin.word or _same_word(c.term, m.kin)
                 and _INTRODUCED.match(doc.text, c.span[0])
                 and _BORN_BEFORE.search(doc.text, max(0, c.span[0] - 24), c.span[0]))
             and not c.title_only
             and toks[lo].start <= c.span[0] < m.start}
    if not found and ms is not None:
        found = {d.ents.find(e) for s, idx, e, _role in d.recent if sent - s <= 3
                 and ms[idx].kind == "kin" and not ms[idx].definite and ms[idx].kin is not None
                 and (ms[idx].kin.word == m.kin.word or _same_word(ms[idx].kin, m.kin)
                      and _BORN_BEFORE.search(doc.text, max(0, ms[idx].start - 24),
                                              ms[idx].start))
                 and ms[idx].possessor == -1
                 and not ms[idx].plural and _INTRODUCED.match(doc.text, ms[idx].start)}
    return found.pop() if len(found) == 1 else None


#: Just before a child word: a birth ("bore a son", "had a daughter"), so that
#: "the child" may take it up (not "his bride, a girl from Bergen").
_BORN_BEFORE = re.compile(r"\b(?:birth\s+to|had|bore|delivered|welcomed|adopted)\s+$", re.I)
#: Child words that name no sex: "the child" may take up "a boy" or "a daughter".
_ANY_CHILD = frozenset(["child", "baby", "infant", "kid"])


def _same_word(said, now) -> bool:
    """Can the definite kin word ``now`` take up the kin word ``said`` ("a boy … the boy",
    "a boy … the child")?"""
    if said.word == now.word:
        return True
    return (now.word in _ANY_CHILD and said.path == "C" == now.path and not said.qual
            and not now.qual)


def _title_holder(d: Discourse, term) -> int | None:
    """Someone already called by this title ("Grandma" said by anyone), if exactly one."""
    ents = d.ents
    found = {ents.find(c.referent) for c in ents.claims
             if c.title_only and c.term.word == term.word}
    return found.pop() if len(found) == 1 else None


def _through_child(d: Discourse, speaker: int | None, term) -> int | None:
    """A parent saying "Daddy" or "Grandma" to a child means the child's father or grandmother."""
    if speaker is None or term.path not in ("P", "PP"):
        return None
    ents = d.ents
    kids = {ents.find(c.referent) for c in ents.claims
            if ents.find(c.possessor) == ents.find(speaker) and c.term.path == "C"}
    kids |= {ents.find(c.possessor) for c in ents.claims
             if ents.find(c.referent) == ents.find(speaker) and c.term.path == "P"}
    found = {x for k in kids for x in [ents.lookup(k, term)] if x is not None}
    found.discard(ents.find(speaker))
    return found.pop() if len(found) == 1 else None


def _salient_role_holder(doc: StoryDoc, d: Discourse, m: Mention, owners: list[int]) -> int | None:
    """ "his son" when the possessor has no known son: the recently mentioned person who is
    someone's son, if exactly one, compatible, and not the possessor's known relative."""
    ents = d.ents
    term = m.kin
    if term is None or term.path != "C" or term.qual:
        return None
    sent = doc.toks[m.head].sent
    recent = {ents.find(e) for s, _i, e, _subj in d.recent if sent - s <= 3}
    cands = set()
    for c in ents.claims:
        r = ents.find(c.referent)
        if r in recent and c.term.path == term.path and not c.term.qual and (
                term.gender is None or ents.gender(r) in (None, term.gender)):
            cands.add(r)
        o = ents.find(c.possessor)  # "Petros's mother": Petros is someone's child
        if (o in recent and c.term.path == "P" and term.path == "C" and not c.term.qual
                and (term.gender is None or ents.gender(o) in (None, term.gender))):
            cands.add(o)
    own = {ents.find(o) for o in owners}
    cands -= own
    # an owner's partner is no child of theirs ("my husband … his late dad … my son")
    cands -= {ents.find(x) for c in ents.claims if c.term.path == "E"
              for x, y in ((c.referent, c.possessor), (c.possessor, c.referent))
              if ents.find(y) in own}
    # someone whose parents are known and are not these owners is not their child
    own |= {x for o in own for x in _partners(d, o)}
    # (a known parent who could still be one of the owners, unnamed "my husband", does not count)
    def settled(r: int) -> bool:  # both parents known, and neither can be an owner
        ps = ents.parents_of(r)
        return len(ps) >= 2 and not any(x in own or ents.compatible(x, o)
                                        for x in ps for o in own)
    cands = {r for r in cands if not settled(r)}
    if m.quote == -1:
        # a narrator says "I", not "the baby" or "his son", of themselves
        cands = {r for r in cands if not ents.get(r).narrator}
    return cands.pop() if len(cands) == 1 else None


def _known_group(d: Discourse, owners: list[int], term) -> list[int]:
    """ "the children", "all three children", "the boys": people already known in that role, for
    the owner or else for the owner's partner (a stepfather adopting "all three children")."""
    ents = d.ents
    found: set[int] = set()
    for o in owners:
        found |= ents.holders(o, term)
    if not found and term.path == "C":
        for o in owners:
            for c in ents.claims:
                if c.term.path == "E" and "ex" not in c.term.qual:
                    p, r = ents.find(c.possessor), ents.find(c.referent)
                    if ents.find(o) in (p, r):
                        partner = r if p == ents.find(o) else p
                        found |= ents.holders(partner, term)
            for kid in ents.children_of(o):
                found.add(kid)
            for partner in _co_parent_partners(d, o):
                found |= ents.children_of(partner)
    if not found and term.path == "S":
        found = _parents_other_children(d, owners, term)
    return sorted(found, key=lambda x: ents.get(x).first)


def _parents_other_children(d: Discourse, owners: list[int], term) -> set[int]:
    """ "Her birth mom … has two little boys, Rhun and Ifor, so Lise has two half-brothers": a
    plural sibling word for the other children already known of the owner's parents (birth
    parents count; step-parents do not)."""
    ents = d.ents
    found: set[int] = set()
    for o in owners:
        o = ents.find(o)
        for par in ents.parents_of(o, born=True):
            found |= ents.children_of(par, born=True) - {o}
    if term.gender is not None:
        found = {x for x in found if ents.gender(x) in (None, term.gender)}
    return found


def _co_parent_partners(d: Discourse, o: int) -> set[int]:
    """Partners of ``o`` from verbs seen so far ("wed one of the boarders, Casimir")."""
    out: set[int] = set()
    if d.couple is not None and d.ents.find(o) in {d.ents.find(x) for x in d.couple}:
        out = {d.ents.find(x) for x in d.couple} - {d.ents.find(o)}
    return out


_SIDE_WORDS = {"maternal": "female", "paternal": "male"}


def _grandparent_as_parents_parent(text: str, d: Discourse, owner: int, term) -> int | None:
    """ "her mother" said of a parent whose mother is unknown: the one grandmother already known
    to that parent's child, when nothing says she is on the other side ("Fenwick's grandma
    lives with us … his dad calls her 'my mother'"). Not when the child has two such grandparents,
    when a claim puts her on the other parent's side, when genders clash, or when she is
    already the parent's child or the other parent's parent (a cycle)."""
    ents = d.ents
    if term is None or term.path != "P" or term.gender is None or term.qual:
        return None
    owner = ents.find(owner)
    if ents.holders(owner, term):
        return None
    gp_term = kin_term("grandmother" if term.gender == "female" else "grandfather")
    assert gp_term is not None
    found: set[int] = set()
    for kid in sorted(ents.children_of(owner)):
        held = ents.holders(kid, gp_term)
        if len(held) > 1:
            return None
        found |= held
    if len(found) != 1:
        return None
    gp = found.pop()
    if ents.gender(gp) not in (None, term.gender) or gp == owner:
        return None
    if ents.parents_of(gp, born=True) or ents.children_of(gp, born=True):
        return None  # her own parent or child ties are known: not ours to guess (nor a cycle)
    if any(ents.find(c.referent) == owner for c in ents.claims_by(gp)) or any(
            ents.find(c.possessor) == owner for c in ents.claims_about(gp)):
        return None  # already related to the parent some other way
    owner_gender = ents.gender(owner)
    for c in ents.claims_about(gp):
        if c.term.path != "PP":
            continue
        words = text[max(0, c.span[0] - 10):c.span[1]].lower().split()
        side = next((_SIDE_WORDS[w] for w in words if w in _SIDE_WORDS), None)
        if side is not None and side != owner_gender:
            return None  # "his paternal grandmother" is not his mother's mother
    return gp
