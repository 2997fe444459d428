"""After resolution: one mother, one father, one current spouse per person (compatible holders
merge), and counted unnamed groups ("two adult children") matched to named children."""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.entities import Entities
from genogram.read.lexicon import EARLIER_UNION_AFTER, kin_term
from genogram.read.mentions import Mention
from genogram.read.resolve.counted_groups import drop_provisional_members
from genogram.read.resolve.discourse import Discourse
from genogram.read.resolve.namesakes import juniors_fathers


def _name_counted_groups(d: Discourse) -> None:
    """"She has two grown children. Her son, Bastian … her daughter, Romy": when the owner has
    exactly as many other, named children as the group counted, the group is those children."""
    ents = d.ents
    for owners, made in d.counted:
        if not owners or not made:
            continue
        group = {ents.find(x) for x in made}
        if any(ents.get(x).names for x in group):
            continue
        named = [x for x in ents.children_of(owners[0]) if x not in group and ents.get(x).names]
        if len(named) != len(group):
            continue
        left = sorted(named, key=lambda x: ents.get(x).first)
        for x in sorted(group):
            y = next((y for y in left if ents.compatible(x, y)), None)
            if y is None:
                break
            left.remove(y)
            ents.merge(y, x)


def unique_roles(d: Discourse, text: str = "", *, doc: StoryDoc | None = None,
                 mentions: list[Mention] | None = None) -> None:
    """One mother, one father, one current husband or wife: merge compatible holders.

    With ``doc`` and ``mentions``, two holders the text names together in one sentence are
    kept apart (see :func:`_told_apart`)."""
    _name_counted_groups(d)
    apart = _sentences_of(d.ents, doc, mentions) if doc is not None and mentions else None
    drop_provisional_members(d)
    if text:
        juniors_fathers(d, text)
    ents = d.ents
    changed = True
    rounds = 0
    while changed and rounds < 3:
        changed = False
        rounds += 1
        for r in ents.roots():
            for word in ("mother", "father", "husband", "wife"):
                term = kin_term(word)
                hs = set(ents.holders(r, term))
                if word in ("mother", "father"):
                    # "Jaz's parents are Tibor (63M) and Anikó": a parent of that gender
                    hs |= {x for x in ents.parents_of(r) if ents.gender(x) == term.gender}
                else:
                    # a spouse only through a shared child is a guess (a man may have children
                    # with two women): two such guesses are not one person; a guess may still
                    # be the spouse the text names ("my wife" … "my mother", her daughter)
                    said = {ents.find(c.referent) for c in ents.claims_by(r)
                            if c.term.path == "E"} | {ents.find(c.possessor)
                                                       for c in ents.claims_about(r)
                                                       if c.term.path == "E"}
                    if not hs & said:
                        continue
                    # "my husband has a daughter from his previous relationship": her other
                    # parent is no guess for his wife now
                    hs -= _earlier_co_parents(ents, r, text) - said
                hs = sorted(hs, key=lambda x: ents.get(x).first)
                hs = [h for h in hs if not _role_blocked(ents, r, h)]
                if len(hs) > 1:
                    a = hs[0]
                    for b in hs[1:]:
                        if word in ("husband", "wife") and ents.get(a).names and ents.get(
                                b).names:
                            continue  # two named spouses: a remarriage, not one person
                        if ents.find(a) != ents.find(b) and ents.compatible(a, b) and not (
                                _co_owners(ents, a, b)) and not (
                                apart is not None and doc is not None
                                and _told_apart(doc, ents, apart, a, b)):
                            a = ents.merge(a, b)
                            changed = True
        if d.narrator is not None:
            d.narrator = ents.find(d.narrator)


def _sentences_of(ents: Entities, doc: StoryDoc,
                  mentions: list[Mention]) -> dict[int, dict[int, list[Mention]]]:
    """Each person's named, kin and described mentions (no pronouns), by sentence."""
    out: dict[int, dict[int, list[Mention]]] = {}
    for m in mentions:
        if m.entity < 0 or m.is_pronoun or m.plural or m.generic:
            continue
        out.setdefault(m.entity, {}).setdefault(doc.toks[m.head].sent, []).append(m)
    return out


def _told_apart(doc: StoryDoc, ents: Entities, apart: dict[int, dict[int, list[Mention]]],
                a: int, b: int) -> bool:
    """Are ``a`` and ``b`` named together in one sentence ("her father took up with a neighbour
    … and her mother threw him out")? Then a role both seem to hold (her mother, through a
    sibling's mother) is two people's: the text told them apart. A mention set beside the other
    as the same person (an apposition, a copula) does not count, nor one set beside the other
    with no verb or conjunction between ("we met his wife (52F), Ulla": an apposition the parse
    missed)."""
    ra, rb = ents.find(a), ents.find(b)
    by_a: dict[int, list[Mention]] = {}
    by_b: dict[int, list[Mention]] = {}
    for e, sents in apart.items():
        root = ents.find(e)
        if root in (ra, rb):
            for k, ms in sents.items():
                (by_a if root == ra else by_b).setdefault(k, []).extend(ms)
    for k, ms in by_a.items():
        for m in ms:
            for o in by_b.get(k, ()):
                if o.idx in m.same_as or m.idx in o.same_as:
                    continue
                if m.start < o.end and o.start < m.end:
                    continue
                if _verb_or_conjunction_between(doc, m, o):
                    return True
    return False


def _verb_or_conjunction_between(doc: StoryDoc, m: Mention, o: Mention) -> bool:
    first, second = (m, o) if m.start < o.start else (o, m)
    a, b = doc.tok_at(first.end - 1) + 1, doc.tok_at(second.start)
    return any(t.pos in ("VERB", "AUX", "CCONJ") for t in doc.toks[a:b])


def _role_blocked(ents: Entities, r: int, h: int) -> bool:
    """A step, foster, adoptive or former tie does not compete for the role."""
    for c in ents.claims:
        if ({ents.find(c.possessor), ents.find(c.referent)} == {ents.find(r), ents.find(h)}
                and (c.term.qual - {"late"} or c.ordinal)):
            return True
    return False


def _co_owners(ents: Entities, a: int, b: int) -> bool:
    """Do ``a`` and ``b`` own one kin phrase together ("we had two daughters", "their son")?
    Then they are the couple, two people, whatever role each may hold."""
    spans = {c.span for c in ents.claims_by(a)}
    return any(c.span in spans for c in ents.claims_by(b))


def _earlier_co_parents(ents: Entities, r: int, text: str) -> set[int]:
    """The other parents of ``r``'s children told as from an earlier union ("a daughter, Vivi,
    from his previous relationship")."""
    out: set[int] = set()
    if not text:
        return out
    for c in ents.claims_by(r):
        if c.term.path == "C" and EARLIER_UNION_AFTER.match(text, c.span[1]):
            kid = ents.find(c.referent)
            out |= {p for p in ents.parents_of(kid) if p != ents.find(r)}
    return out
