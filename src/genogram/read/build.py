"""Reconcile everything read into one consistent :class:`Family`.

Claims from kin phrases and titles become parent, sibling and partner ties; verbs add unions and
their status; the graph is closed (stated siblings share known parents; children of the same
parents are siblings); fictive kin ("Auntie Pam", Mom's best friend) become links, not kin.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from genogram.model import (
    ChildOf,
    Event,
    Family,
    Link,
    NarrationSegment,
    Person,
    Sibling,
    Source,
    Union,
    When,
)
from genogram.read.document import StoryDoc
from genogram.read.entities import Claim, Entities
from genogram.read.facts import EventFact, LinkFact
from genogram.read.kin_coreference import (
    introduces_someone_new,
    merge_contradicts,
    merge_described_kin,
    named_side,
)
from genogram.read.lexicon import EARLIER_UNION_AFTER, FRIEND_NOUNS, kin_term
from genogram.read.resolve import Discourse
from genogram.read.verbs import VerbFacts

_LOWER_FIRST = frozenset(["my", "our", "his", "her", "their", "your", "a", "an", "the", "this", "that", "its"])
_STATUS_RANK = {"together": 0, "ended": 1, "separated": 2, "widowed": 3, "divorced": 4}
#: Statuses a partner's death makes "widowed": "ended" is only an ordinal's guess ("her first
#: husband"), which his death explains; a stated divorce or separation stays.
_WIDOWABLE = ("together", "ended")


@dataclass
class Graph:
    unions: dict[frozenset, dict] = field(default_factory=dict)
    children: dict[tuple[int, int], dict] = field(default_factory=dict)
    siblings: dict[frozenset, dict] = field(default_factory=dict)
    links: dict[tuple[frozenset, str], list] = field(default_factory=dict)
    fictive: list[tuple[int, int, tuple[int, int], str]] = field(default_factory=list)

    def add_union(self, a: int, b: int, type_: str, status: str, ev: list) -> None:
        if a == b:
            return
        key = frozenset((a, b))
        u = self.unions.get(key)
        if u is None:
            self.unions[key] = {"type": type_, "status": status, "ev": list(ev)}
            return
        if type_ == "marriage" or u["type"] not in ("marriage",) and type_ != "dating":
            u["type"] = type_ if u["type"] != "marriage" else u["type"]
        if _STATUS_RANK[status] > _STATUS_RANK[u["status"]]:
            u["status"] = status
        u["ev"] += ev

    def add_child(self, parent: int, child: int, kind: str, ev: list) -> None:
        if parent == child or (child, parent) in self.children:
            return
        c = self.children.setdefault((parent, child), {"kind": kind, "ev": []})
        if c["kind"] == "biological" and kind not in ("biological", "caregiver"):
            c["kind"] = kind  # a parent who also raised the child stays the parent
        c["ev"] += ev

    def add_sibling(self, a: int, b: int, kind: str, ev: list) -> None:
        if a == b:
            return
        s = self.siblings.setdefault(frozenset((a, b)), {"kind": kind, "ev": []})
        if s["kind"] in ("unknown", "full") and kind not in ("unknown",):
            s["kind"] = kind
        s["ev"] += ev

    def fold(self, x: int, y: int) -> None:
        """Fold person ``x`` into ``y``: every tie of ``x`` becomes a tie of ``y``."""
        def sub(v: int) -> int:
            return y if v == x else v

        unions, self.unions = self.unions, {}
        for key, u in unions.items():
            a, b = (sub(v) for v in key)
            if a != b:
                self.add_union(a, b, u["type"], u["status"], u["ev"])
                self.unions[frozenset((a, b))].update(
                    {k: v for k, v in u.items() if k not in ("type", "status", "ev")})
        children, self.children = self.children, {}
        for (p, c), info in children.items():
            self.add_child(sub(p), sub(c), info["kind"], info["ev"])
        siblings, self.siblings = self.siblings, {}
        for key, sib in siblings.items():
            a, b = (sub(v) for v in key)
            self.add_sibling(a, b, sib["kind"], sib["ev"])

    def parents(self, child: int) -> list[int]:
        return [p for (p, c) in self.children if c == child]

    def kids(self, parent: int) -> list[int]:
        return [c for (p, c) in self.children if p == parent]

    def partners(self, a: int) -> list[int]:
        return [next(iter(k - {a})) for k, u in self.unions.items()
                if a in k and u["type"] != "affair"]


def _child_kind(claim: Claim) -> str:
    q = claim.term.qual
    for k in ("step", "adoptive", "foster", "caregiver"):
        if k in q:
            return k
    return "biological"


def _sibling_kind(claim: Claim) -> str:
    q = claim.term.qual
    for k in ("half", "step", "twin"):
        if k in q:
            return k
    return "unknown"


def _union_of(claim: Claim) -> tuple[str, str]:
    q = claim.term.qual
    type_ = ("dating" if "dating" in q else "engagement" if "fiance" in q
             else "affair" if "affair" in q else "cohabitation" if claim.term.word == "partner"
             else "marriage")
    status = "divorced" if "ex" in q and type_ == "marriage" else "ended" if "ex" in q else (
        "widowed" if "widow" in q else "together")
    if claim.ordinal in ("first", "former") and status == "together":
        status = "ended"
    return type_, status


def _apply_life_facts(ents: Entities, vf: VerbFacts) -> None:
    for fact, table in (("deaths", vf.deaths), ("births", vf.births)):
        for ent, (ev, year) in table.items():
            e = ents.get(ent)
            if fact == "deaths":
                e.deceased = True
                e.evidence.setdefault("deceased", []).append(ev)
                if year:
                    e.death_year = e.death_year or year
            elif year:
                e.birth_year = e.birth_year or year


def _merge_described_spouses(ents: Entities, vf: VerbFacts) -> None:
    """"I married Piet in 1990. My husband ...": the unnamed husband is the man the verbs
    married, when the verbs give exactly one partner of the matching status."""
    f = ents.find
    dead = {f(k) for k in vf.deaths}
    for c in list(ents.claims):
        if c.term.path != "E" or c.ordinal or c.term.qual - {"ex", "late", "widow"}:
            continue
        p, r = f(c.possessor), f(c.referent)
        if ents.get(r).names or p == r:
            continue
        ended = bool(c.term.qual & {"ex"})
        late = bool(c.term.qual & {"late"})
        cands = set()
        for u in vf.unions:
            a, b = f(u.a), f(u.b)
            if p not in (a, b) or u.type not in ("marriage", "cohabitation", "dating"):
                continue
            other = b if a == p else a
            if other == r:
                cands.add(other)
                continue
            ok = (u.status in ("divorced", "separated", "ended") if ended
                  else u.status in ("together", "widowed") if late else u.status == "together")
            if ok and ents.get(other).names:
                cands.add(other)
        cands.discard(r)
        if len(cands) == 1:
            (x,) = cands
            if r in dead and x not in dead and not ents.get(x).deceased:
                continue  # "my wife" who died, and the woman he married after: two people
            if ents.compatible(x, r) and (not late or ents.get(x).deceased or x in dead):
                ents.merge(x, r)


def _partners_are_not_kin(g: Graph, ents: Entities) -> None:
    """Two partners are not children of one parent, nor siblings: one of the ties is a loose
    kin word ("he called her 'Runa, my daughter'" of his son's wife). Drop the tie that was
    said inside a quote, or else the one stated later."""
    quoted = {c.span for c in ents.claims if c.in_quote}
    for key, u in list(g.unions.items()):
        if u["type"] == "affair" or len(key) != 2:
            continue
        a, b = tuple(key)
        for p in set(g.parents(a)) & set(g.parents(b)):
            ta, tb = g.children[(p, a)], g.children[(p, b)]
            if ta["kind"] != "biological" and tb["kind"] != "biological":
                continue
            qa = any(tuple(e) in quoted for e in ta["ev"])
            qb = any(tuple(e) in quoted for e in tb["ev"])
            if qa != qb:
                drop = (p, a) if qa else (p, b)
            else:
                drop = (p, a) if min(ta["ev"] or [(0, 0)]) > min(tb["ev"] or [(0, 0)]) else (p, b)
            del g.children[drop]
        if key in g.siblings and g.siblings[key]["kind"] != "step":
            del g.siblings[key]


def _merge_parents_in_law(ents: Entities, vf: VerbFacts) -> None:
    """"My mother-in-law" is my partner's mother: when the partner is known (one partner) and
    has a mother of record ("His mother, Griet"), they are one woman."""
    f = ents.find
    for c in list(ents.claims):
        if c.term.path != "EP" or c.term.gender is None or c.term.qual - {"in-law"}:
            continue
        p, r = f(c.possessor), f(c.referent)
        if ents.get(r).names:
            continue
        partners = {f(x) for x in _claim_partners(ents, p)} | {
            f(u.b) if f(u.a) == p else f(u.a) for u in vf.unions
            if p in (f(u.a), f(u.b)) and u.status == "together"}
        partners.discard(p)
        if len(partners) != 1:
            continue
        (x,) = partners
        word = "mother" if c.term.gender == "female" else "father"
        hs = {h for h in ents.parents_of(x) | ents.holders(x, kin_term(word))
              if f(h) != r and ents.gender(h) == c.term.gender}
        if len(hs) == 1:
            (h,) = hs
            if ents.compatible(h, r):
                ents.merge(h, r)


def _merge_married_names(ents: Entities, vf: VerbFacts) -> None:
    """"Mrs. Arrizabal" (a woman known only by a surname) is the one wife of the one man with that
    surname ("She married Iñaki Arrizabal"), or the one woman who bears it herself."""
    f = ents.find
    roots = ents.roots()
    lone = [r for r in roots if len(ents.get(r).names) == 1
            and len(ents.get(r).names[0].split()) == 1 and ents.gender(r) == "female"]
    if not lone:
        return
    bearers: dict[str, set[int]] = {}  # surname -> people whose full name ends with it
    for x in roots:
        for n in ents.get(x).names:
            if len(n.split()) > 1:
                bearers.setdefault(n.split()[-1].lower(), set()).add(x)
    partners: dict[int, set[int]] = {}  # married partners, from verbs and from kin claims
    for u in vf.unions:
        if u.type == "marriage":
            a, b = f(u.a), f(u.b)
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
    for c in ents.claims:
        if c.term.path == "E" and not c.term.qual - {"late"} and not c.ordinal:
            a, b = f(c.possessor), f(c.referent)
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
    for r in lone:
        r = f(r)
        names = ents.get(r).names
        if len(names) != 1:
            continue
        cands: set[int] = set()
        for x in bearers.get(names[0].lower(), ()):
            x = f(x)
            if ents.gender(x) == "female":
                cands.add(x)
            elif ents.gender(x) == "male":
                cands |= {f(w) for w in partners.get(x, ()) if ents.gender(w) == "female"}
        cands.discard(r)
        if len(cands) == 1:
            (w,) = cands
            if not _is_kin_claimed(ents, w, r):
                ents.merge(w, r)


def _is_kin_claimed(ents: Entities, a: int, b: int) -> bool:
    f = ents.find
    return any({f(c.possessor), f(c.referent)} == {f(a), f(b)} for c in ents.claims)


def _claim_partners(ents: Entities, p: int) -> set[int]:
    f = ents.find
    out = set()
    for c in ents.claims:
        if c.term.path == "E" and not c.term.qual - {"late"} and not c.ordinal:
            if f(c.possessor) == p:
                out.add(f(c.referent))
            elif f(c.referent) == p:
                out.add(f(c.possessor))
    return out


def _drop_titles_from_a_partners_family(ents: Entities, vf: VerbFacts) -> None:
    """ "DH's grandma, Nana Rut": a title one partner uses for the other partner's relative is
    the partner's kin word, not a tie of one's own (Nana Rut is the husband's grandmother, not
    the wife's, so she is no parent of the wife's mother)."""
    f = ents.find
    partners: dict[int, set[int]] = defaultdict(set)
    for c in ents.claims:
        if c.term.path == "E" and not c.title_only:
            partners[f(c.possessor)].add(f(c.referent))
            partners[f(c.referent)].add(f(c.possessor))
    for u in vf.unions:
        partners[f(u.a)].add(f(u.b))
        partners[f(u.b)].add(f(u.a))
    drop = []
    for c in ents.claims:
        if not c.title_only or "E" in c.term.path or c.term.path in ("G", "g"):
            continue  # ("my SIL Ulla", "MIL": in-law titles are one's own)
        p, r = f(c.possessor), f(c.referent)
        if any(not o.title_only and o.term.path == c.term.path and f(o.possessor) in partners[p]
               for o in ents.claims_about(r)):
            drop.append(c)
    if drop:
        gone = {id(c) for c in drop}
        ents.claims[:] = [c for c in ents.claims if id(c) not in gone]


def _drop_titles_contradicted(ents: Entities) -> None:
    """A title the teller uses that a kin phrase for the same two people contradicts ("my
    mother-in-law … the children call her Granny"): the phrase says what she is to the teller; the
    title is what someone else calls her."""
    f = ents.find
    said: dict[tuple[int, int], set[str]] = defaultdict(set)
    for c in ents.claims:
        if not c.title_only:
            said[(f(c.possessor), f(c.referent))].add(c.term.path)
    drop = [c for c in ents.claims if c.title_only and said.get((f(c.possessor), f(c.referent)))
            and c.term.path not in said[(f(c.possessor), f(c.referent))]]
    if drop:
        gone = {id(c) for c in drop}
        ents.claims[:] = [c for c in ents.claims if id(c) not in gone]


def build_graph(ents: Entities, vf: VerbFacts, *, implied: bool = False, text: str = "") -> Graph:
    """All ties as one graph. ``implied``: add unnamed go-between people for two-step kin
    words the text leaves open ("Gaute's granddaughter" with no parent named)."""
    g = Graph()
    f = ents.find
    _merge_described_spouses(ents, vf)
    _merge_parents_in_law(ents, vf)
    _merge_married_names(ents, vf)
    _apply_life_facts(ents, vf)
    _drop_titles_from_a_partners_family(ents, vf)
    _drop_titles_contradicted(ents)
    for c in ents.claims:
        p, r = f(c.possessor), f(c.referent)
        if p == r:
            continue
        ev = [c.span]
        path = c.term.path
        if path in ("G", "g"):
            g.links.setdefault((frozenset((p, r)), "fictive-kin"), []).append(c.span)
            continue
        if c.title_only and path != "E" and _is_fictive(ents, r):
            # "Auntie Lou", "Papa Sten" for a friend or a neighbour: a title, not kin
            g.fictive.append((p, r, c.span, c.term.word))
            continue
        if path == "P":
            g.add_child(r, p, _child_kind(c), ev)
        elif path == "C":
            g.add_child(p, r, _child_kind(c), ev)
        elif path == "S":
            g.add_sibling(p, r, _sibling_kind(c), ev)
        elif path == "E":
            t, s = _union_of(c)
            g.add_union(p, r, t, s, ev)
    for u in vf.unions:
        a, b = f(u.a), f(u.b)
        g.add_union(a, b, u.type, u.status, u.evidence)
        key = frozenset((a, b))
        if key in g.unions:
            g.unions[key]["type"] = u.type if u.type != "marriage" or g.unions[key][
                "type"] in ("marriage", "dating", "cohabitation", "engagement") else g.unions[
                key]["type"]
            if u.year:
                g.unions[key]["year"] = u.year
    for ch in vf.children:
        g.add_child(f(ch.parent), f(ch.child), ch.kind, ch.evidence)
    # a kin description whose owner already has one person in that role is that person
    merge_described_kin(g, ents, text)
    # second pass: paths through one known person (in-laws, nieces), now that ties exist
    for c in ents.claims:
        p, r = f(c.possessor), f(c.referent)
        path = c.term.path
        ev = [c.span]
        if path == "EP":
            ps = g.partners(p)
            if len(ps) == 1:
                g.add_child(r, ps[0], "biological", ev)
        elif path == "ES":
            ps = g.partners(p)
            # "my SIL Hilde", Ragnvald's wife: a sister-in-law married to a sibling of the
            # speaker or of the speaker's partner is explained by that marriage
            sibs_of = {x for k in g.siblings for x in k if p in k or (ps and ps[0] in k)}
            if any(x in sibs_of for x in g.partners(r)):
                continue
            if len(ps) == 1:
                g.add_sibling(r, ps[0], "unknown", ev)
        elif path == "CE":
            ks = g.kids(p)
            if len(ks) == 1:
                g.add_union(ks[0], r, "marriage", "together", ev)
        elif path == "SC":
            sibs = [next(iter(k - {p})) for k in g.siblings if p in k]
            if len(sibs) == 1 and not g.parents(r):  # a niece whose parents are known keeps them
                g.add_child(sibs[0], r, "biological", ev)
        elif path == "PP":
            parents = g.parents(p)
            if r in {gp for x in parents for gp in g.parents(x)}:
                continue
            bio = [x for x in parents if g.children[(x, p)]["kind"] == "biological"]
            side = named_side(ents, text, r)
            if side is not None:  # "maternal grandmother": the mother's mother, not the father's
                bio = [x for x in bio if ents.gender(x) == side]
            if len(bio) == 1 and len(g.parents(bio[0])) == 0 and c.term.gender is not None:
                # the only parent we know: a grandparent is that parent's parent
                g.add_child(r, bio[0], "biological", ev)
    # once more with the in-law and niece ties: one mother and one father per person unless
    # the text says step or adoptive
    merge_described_kin(g, ents, text)
    _partners_are_not_kin(g, ents)
    if implied:
        _imply(g, ents, text)
        _close(g, ents, whole_cast=True)
        _fold_implied_parents(g, ents)
    _co_parents(g, ents)
    _parents_unions(g, ents, vf)
    _never_married(g, ents, vf)
    _departures(g, ents, vf)
    _child_of_the_earlier_union(g, ents, text)
    _spouse_as_other_parent(g, ents, text)
    _close(g, ents, whole_cast=implied)
    if merge_described_kin(g, ents, text):  # roles the closure found (step-parents, siblings)
        _close(g, ents, whole_cast=implied)
    _siblings_are_not_caregivers(g)
    return g


def _siblings_are_not_caregivers(g: Graph) -> None:
    """ "she basically raised Ilka": an older sister who raised a younger one stays her
    sister; the care is a pattern for the analysis (parentification), not a parent's tie."""
    for (p, c), info in list(g.children.items()):
        if info["kind"] == "caregiver" and frozenset((p, c)) in g.siblings:
            del g.children[(p, c)]


def _imply(g: Graph, ents: Entities, text: str = "") -> None:
    """Close two-step kin claims through known people, else through an implied (unnamed) one."""
    f = ents.find

    def placeholder(role: str, of: int) -> int:
        x = ents.new()
        e = ents.get(x)
        e.implied = True
        who = ents.get(of).name or "someone"
        e.descs.append(f"{who}'s {role} (implied)")
        e.first = ents.get(of).first
        return x

    def sibs(a: int) -> list[int]:
        return [next(iter(k - {a})) for k in g.siblings if a in k]

    def parent_for(a: int, ev: list, gender: str | None = None) -> int:
        """A go-between parent of ``a`` (of ``gender``, when a side is named): one a full
        sibling already has, else a new implied one shared with those siblings ("Ilka and her
        brother Bo … their grandfather")."""
        for s in sibs(a):
            if g.siblings[frozenset((a, s))]["kind"] in ("full", "unknown", "twin"):
                ps = [x for x in g.parents(s) if g.children[(x, s)]["kind"] == "biological"
                      and (gender is None or ents.gender(x) == gender)]
                if ps:
                    g.add_child(ps[0], a, "biological", ev + g.siblings[frozenset((a, s))]["ev"])
                    return ps[0]
        x = placeholder("parent", a)
        if gender is not None:
            ents.get(x).gender_votes[gender] += 1
        g.add_child(x, a, "biological", ev)
        for s in sibs(a):
            if g.siblings[frozenset((a, s))]["kind"] in ("full", "unknown", "twin"):
                g.add_child(x, s, "biological", ev + g.siblings[frozenset((a, s))]["ev"])
        return x

    for _round in range(2):
        for c in ents.claims:
            p, r = f(c.possessor), f(c.referent)
            if p == r:
                continue
            path, ev = c.term.path, [c.span]
            if path == "PP":
                # a grandparent who raised the child is still a parent's parent: the
                # caregiver tie is no go-between
                parents = [x for x in g.parents(p) if x != r
                           and g.children[(x, p)]["kind"] != "caregiver"]
                if any(r in g.parents(x) for x in parents):
                    continue
                side = named_side(ents, text, r)
                if side is not None:  # (the parent on the side the text names)
                    parents = [x for x in parents if ents.gender(x) == side]
                if not parents:
                    parents = [parent_for(p, ev, side)]
                mid = next((x for x in parents if len(g.parents(x)) < 2), parents[0])
                g.add_child(r, mid, "biological", ev)
            elif path == "CC":
                if any(p in g.parents(y) for y in g.parents(r)):
                    continue
                ys = [y for y in g.parents(r) if y != p]
                kids = g.kids(p)
                if ys:
                    g.add_child(p, ys[0], "biological", ev)
                elif len(kids) == 1:
                    g.add_child(kids[0], r, "biological", ev)
                else:
                    x = placeholder("child", p)
                    g.add_child(p, x, "biological", ev)
                    g.add_child(x, r, "biological", ev)
            elif path == "PS":
                parents = g.parents(p)
                if any(r in sibs(x) for x in parents) or r in parents:
                    continue
                side = named_side(ents, text, r)
                if side is not None:
                    parents = [x for x in parents if ents.gender(x) == side]
                if not parents:
                    parents = [parent_for(p, ev, side)]
                g.add_sibling(r, parents[0], "unknown", ev)
            elif path == "SC":
                if any(y in sibs(p) for y in g.parents(r)):
                    continue
                ys = [y for y in g.parents(r) if y != p]
                if ys:
                    g.add_sibling(p, ys[0], "unknown", ev)
                elif len(sibs(p)) == 1:
                    g.add_child(sibs(p)[0], r, "biological", ev)
                else:
                    x = placeholder("sibling", p)
                    g.add_sibling(p, x, "unknown", ev)
                    g.add_child(x, r, "biological", ev)
            elif path == "PSC":   # a cousin: a parent of each, siblings of each other
                if any(y in sibs(x) or y == x for x in g.parents(p) for y in g.parents(r)):
                    continue
                mine = g.parents(p) or [parent_for(p, ev)]
                theirs = g.parents(r) or [parent_for(r, ev)]
                g.add_sibling(mine[0], theirs[0], "unknown", ev)
            elif path in ("EP", "ES", "CE"):
                partners = g.partners(p)
                if path == "EP":
                    if any(r in g.parents(z) for z in partners):
                        continue
                    other_kids = [k for k in g.kids(r) if k != p]
                    if not partners and len(other_kids) == 1:
                        g.add_union(p, other_kids[0], "marriage", "together", ev)
                    elif not partners:
                        x = placeholder("partner", p)
                        g.add_union(p, x, "marriage", "together", ev)
                        g.add_child(r, x, "biological", ev)
                elif path == "ES":
                    if any(r in sibs(z) for z in partners) or any(
                            z in sibs(p) for z in g.partners(r)):
                        continue
                    if partners:
                        g.add_sibling(r, partners[0], "unknown", ev)
                    elif len(g.partners(r)) == 1:
                        g.add_sibling(p, g.partners(r)[0], "unknown", ev)
                    else:
                        x = placeholder("partner", p)
                        g.add_union(p, x, "marriage", "together", ev)
                        g.add_sibling(r, x, "unknown", ev)
                else:  # CE: child-in-law
                    rp = g.partners(r)
                    if any(p in g.parents(z) for z in rp):
                        continue
                    if len(rp) == 1:
                        g.add_child(p, rp[0], "biological", ev)
                    else:
                        x = placeholder("child", p)
                        g.add_child(p, x, "biological", ev)
                        g.add_union(x, r, "marriage", "together", ev)


def _fold_implied_parents(g: Graph, ents: Entities) -> None:
    """An implied go-between parent is the child's one named parent when the story names no
    other ("Pam's grandfather Jim" + "Lena's son Chris" + "Chris's sister Pam": Jim is Lena's
    father). This reads the story as naming everyone who matters, which is what the option of
    implied people asks for; it never runs on the default reading."""
    f = ents.find
    for _ in range(3):
        folded = False
        for (x, c) in list(g.children):
            if (x, c) not in g.children or not ents.get(f(x)).implied:
                continue
            named = [y for y in g.parents(c) if y != x and not ents.get(f(y)).implied
                     and g.children[(y, c)]["kind"] == "biological"]
            if len(named) != 1:
                continue
            y = named[0]
            if not _foldable(g, ents, x, y):
                continue
            g.fold(x, y)
            folded = True
        if not folded:
            break


def _foldable(g: Graph, ents: Entities, x: int, y: int) -> bool:
    """May implied person ``x`` be the named person ``y``? Same gender or unknown, no tie
    between them, at most two parents between them, and no child of ``x`` who already has two
    other parents."""
    gx, gy = ents.gender(x), ents.gender(y)
    if gx is not None and gy is not None and gx != gy:
        return False
    if frozenset((x, y)) in g.unions or frozenset((x, y)) in g.siblings:
        return False
    if (x, y) in g.children or (y, x) in g.children:
        return False
    if len(set(g.parents(x)) | set(g.parents(y))) > 2:
        return False
    return all(y in g.parents(k) or len(g.parents(k)) < 2 for k in g.kids(x))


def _co_parents(g: Graph, ents: Entities) -> None:
    """Two parents of one child are a couple; a step-parent is the partner of a parent."""
    for child in {c for (_p, c) in g.children}:
        ps = g.parents(child)
        bio = [p for p in ps if g.children[(p, child)]["kind"] in ("biological", "adoptive")]
        step = [p for p in ps if g.children[(p, child)]["kind"] == "step"]
        if len(bio) == 2:
            a, b = bio
            # (an adoptive parent and a birth parent of one child are no couple)
            if frozenset((a, b)) not in g.unions and (
                    g.children[(a, child)]["kind"] == g.children[(b, child)]["kind"]):
                ev = g.children[(a, child)]["ev"][:1] + g.children[(b, child)]["ev"][:1]
                g.add_union(a, b, "marriage", "together", ev)
                g.unions[frozenset((a, b))]["inferred"] = True
        for s in step:
            if any(frozenset((s, b)) in g.unions for b in bio):
                continue
            mine = [q for q in g.partners(s) if q not in bio and q != child
                    and not _ex_beside_new_partner(g, ents, s, q, bio)]
            if len(mine) == 1 and len(bio) < 2 and (child, mine[0]) not in g.children:
                # "my stepson" with a wife on record: he is her child, whoever his father is
                g.add_child(mine[0], child, "biological", g.children[(s, child)]["ev"][:1])
                continue
            cands = [b for b in bio if not _has_current_partner(g, b, besides=s)] or bio
            if ents.gender(s) and (len(cands) > 1 or not _calls_child_step(ents, s, child)):
                # "my stepfather" is the mother's new partner, not the father's: when only the
                # father is known, the mother is unnamed. (One who says "my stepdaughter"
                # married her parent, whatever the two genders.)
                cands = [b for b in cands if ents.gender(b) != ents.gender(s)
                         and (ents.gender(b) or len(cands) == 1)]
            if len(cands) == 1:
                g.add_union(s, cands[0], "marriage", "together", g.children[(s, child)]["ev"][:1])
            # the step-parent's own children are the child's step-siblings
            for k in g.kids(s):
                if k != child and g.children[(s, k)]["kind"] == "biological" and not (
                        set(g.parents(k)) & set(bio)):
                    g.add_sibling(child, k, "step", g.children[(s, child)]["ev"][:1])


def _calls_child_step(ents: Entities, s: int, child: int) -> bool:
    """Does the step-parent ``s`` call ``child`` a stepchild ("my stepdaughter, Ysolde")?"""
    return any(ents.find(c.referent) == child and c.term.path == "C" and "step" in c.term.qual
               for c in ents.claims_by(s))


_EARLIER_UNION_WORDS = ("widow", "widower", "divorcee", "divorcé", "divorcée", "divorced")


def _parents_unions(g: Graph, ents: Entities, vf: VerbFacts) -> None:
    """"My parents divorced in 2003": the union of the two birth parents the graph has for
    that person takes the status (and exists, if nothing else made it)."""
    for owner, status, ev in vf.parents_unions:
        o = ents.find(owner)
        bio = [p for p in g.parents(o) if g.children[(p, o)]["kind"] in ("biological",
                                                                          "adoptive")]
        if len(bio) != 2:
            continue
        g.add_union(bio[0], bio[1], "marriage", status, [ev])
        g.unions[frozenset(bio)].pop("inferred", None)


def _departures(g: Graph, ents: Entities, vf: VerbFacts) -> None:
    """"Mum grew up with Gran once her father left": one who left, whose one partner
    only the graph knows (the two parents of a child), is separated from that partner."""
    for who, ev in vf.departures:
        x = ents.find(who)
        keys = [k for k, u in g.unions.items() if x in k and u["type"] != "affair"]
        if len(keys) != 1:
            continue
        u = g.unions[keys[0]]
        if u["status"] == "together":
            u["status"] = "separated"
            u["ev"].append(ev)


def _never_married(g: Graph, ents: Entities, vf: VerbFacts) -> None:
    """"They never married": the couple's union is a partnership, not a marriage (the
    contract's nearest type is dating), and no spouse-as-parent inference runs through it."""
    wed = {frozenset((ents.find(u.a), ents.find(u.b))) for u in vf.unions
           if u.type == "marriage" and not u.by_parting}
    for pair in vf.unmarried:
        key = frozenset(ents.find(x) for x in pair)
        if key in wed:
            continue  # a wedding told elsewhere outweighs a "they" that found the wrong pair
        u = g.unions.get(key)
        if u is not None and u["type"] == "marriage":
            u["type"] = "dating"


def _child_of_the_earlier_union(g: Graph, ents: Entities, text: str) -> None:
    """ "Ivo is my boy from my first marriage; my ex lives abroad": a child told as coming from
    a parent's earlier marriage, when that parent has exactly one former partner, is that
    partner's child too."""
    for (x, child), info in list(g.children.items()):
        if info["kind"] != "biological" or len([p for p in g.parents(child) if g.children[
                (p, child)]["kind"] == "biological"]) != 1 or not any(
                EARLIER_UNION_AFTER.match(text, b) for _a, b in info["ev"]):
            continue
        exes = [next(iter(k - {x})) for k, u in g.unions.items()
                if x in k and len(k) == 2 and u["status"] in ("divorced", "separated", "ended")]
        if len(exes) == 1 and exes[0] != child and (child, exes[0]) not in g.children:
            g.add_child(exes[0], child, "biological", info["ev"][:1])
            # and the parent's present spouse is the child's step-parent
            now = [next(iter(k - {x})) for k, u in g.unions.items()
                   if x in k and len(k) == 2 and u["status"] == "together"
                   and u["type"] == "marriage"]
            if len(now) == 1 and now[0] != child and (now[0], child) not in g.children:
                g.add_child(now[0], child, "step", info["ev"][:1])


def _spouse_as_other_parent(g: Graph, ents: Entities, text: str) -> None:
    """A child with one known parent, who has exactly one spouse: that spouse is the other parent
    ("Mary took her son Jon to the zoo. Mary's husband Bob drove."), or the step-parent when the
    parent came to the marriage a widower or divorced ("Runa, a widower, brought two
    daughters")."""
    for child in sorted({c for (_p, c) in g.children}):
        ps = g.parents(child)
        described = _described_parent(g, ents, text, child) if len(ps) == 2 else None
        if described is not None:
            ps = [q for q in ps if q != described]
        if len(ps) != 1 or g.children[(ps[0], child)]["kind"] != "biological":
            continue
        x = ps[0]
        spouses = [next(iter(k - {x})) for k, u in g.unions.items()
                   if x in k and u["type"] == "marriage" and not u.get("inferred")
                   and u["status"] not in ("divorced", "separated")]
        if not spouses:
            # "Father of Ivo and Bo: Per. Married Ulla 1998, div. 2009": a parent's one
            # marriage, over now, is the one the children came from
            spouses = [next(iter(k - {x})) for k, u in g.unions.items()
                       if x in k and len(k) == 2 and not u.get("inferred")]
            spouses = spouses if len(spouses) == 1 and g.unions[frozenset(
                (x, spouses[0]))]["type"] == "marriage" else []
        if len(spouses) == 1 and spouses[0] != child and frozenset((spouses[0], child)) not in (
                g.unions) and (child, spouses[0]) not in g.children and not _a_different_parent(
                ents, spouses[0]):
            earlier = any(w in d.lower().split() for d in ents.get(x).descs
                          for w in _EARLIER_UNION_WORDS) or any(
                EARLIER_UNION_AFTER.match(text, b) for _a, b in g.children[(x, child)]["ev"]
            ) or _a_later_spouse(g, ents, text, x, spouses[0], child) or _brought_to_the_marriage(
                g, text, x, spouses[0], child) or _not_ours(g, ents, text, x, spouses[0], child) \
                or _brought_along(text, g.children[(x, child)]["ev"]) or any(
                _OWN_CHILD.match(text, a) for a, _b in g.children[(x, child)]["ev"])
            if described is not None:
                if not earlier:
                    _merge_into_spouse(g, ents, described, spouses[0])
                continue
            g.add_child(spouses[0], child, "step" if earlier else "biological",
                        g.children[(x, child)]["ev"][:1])


def _merge_into_spouse(g: Graph, ents: Entities, described: int, spouse: int) -> None:
    """ "her husband, Ivo … the boy avoids his dad": the described parent is the one parent's
    spouse, when nothing speaks against it (a dead parent is not the living one's spouse now:
    "Papa was killed in the war; Mama married Ivo")."""
    if (ents.gender(described) != ents.gender(spouse)
            or ents.get(described).deceased and not ents.get(spouse).deceased
            or not ents.compatible(spouse, described)
            or merge_contradicts(g, ents, spouse, described)):
        return
    root = ents.merge(spouse, described)
    g.fold(described if root == spouse else spouse, root)


def _described_parent(g: Graph, ents: Entities, text: str, child: int) -> int | None:
    """A birth parent of ``child`` known only from a kin description ("his dad"), one that may
    be a parent the ties already have under a name: unnamed, no narrator, not introduced as
    someone new ("a man she met"), with a gender."""
    for q in g.parents(child):
        e = ents.get(q)
        if (g.children[(q, child)]["kind"] == "biological" and not e.names and not e.narrator
                and not e.implied and ents.gender(q) is not None and e.titles == []
                and not introduces_someone_new(ents, text, q)):
            return q
    return None


#: "His mother later married Ivo", "she remarried", "married again": a marriage after the one
#: the children came from
_LATER_MARRIAGE = re.compile(r"\b(?:later|subsequently|eventually|since)\s+(?:re-?)?married\b"
                             r"|\bre-?married\b|\bmarried\s+again\b", re.I)
#: "her new husband", "his second wife": a spouse told as one after another
_LATER_SPOUSE_WORDS = frozenset(["new", "second", "third", "fourth", "latest"])
#: "when I was six", "when Ulla was a baby" (but not "when I was born")
_WHEN_CHILD_WAS = re.compile(r"\b[Ww]hen\s+([A-Z][\w'’-]*)\s+was\s+(?!born\b)")


_ONE_PARENTS = re.compile(r"\b(?:his|her)\b", re.I)
#: "moved in with his two girls", "came with her son": the children came along
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.I)


def _brought_to_the_marriage(g: Graph, text: str, x: int, spouse: int, child: int) -> bool:
    """ "She married Ivo, and he moved in with his two girls": a child told as one partner's own
    ("with his", not "their") in the very sentence of the marriage came with that partner."""
    sents = set()
    for ua, ub in g.unions[frozenset((x, spouse))]["ev"]:
        start = max(text.rfind(". ", 0, ua), text.rfind("\n", 0, ua)) + 1
        end = min((i for i in (text.find(". ", ub), text.find("\n", ub)) if i != -1),
                  default=len(text))
        sents.add((start, end))
    return any(start <= a and b <= end and _ONE_PARENTS.match(text, a)
               and _WITH_BEFORE.search(text, max(0, a - 12), a)
               for a, b in g.children[(x, child)]["ev"] for start, end in sents)


#: "He brought two girls into the marriage", "she brought her boy along": a child one partner
#: came with, the other partner's stepchild.
_BROUGHT_BEFORE = re.compile(r"\bbr(?:ought|ings?|inging)\s+(?:[\w-]+\s+){0,2}$", re.I)
_ALONG_AFTER = re.compile(r"(?:\s*,?\s+[A-Z][\w'-]*,?)?\s+(?:with\s+(?:her|him)\b|into\s+"
                          r"(?:the|their|our)\s+(?:marriage|house|home|family)\b|along\b)")


#: "my own daughter", "her own two boys": a child told as one partner's own, set against the
#: other partner (whose stepchild the child is).
_OWN_CHILD = re.compile(r"(?:my|his|her) own\s+(?:\w+\s+){0,2}?(?:daughters?|sons?|child|"
                        r"children|kids?|boys?|girls?|babies|baby)\b", re.IGNORECASE)


def _brought_along(text: str, spans: list[tuple[int, int]]) -> bool:
    return any(_BROUGHT_BEFORE.search(text, max(0, a - 30), a) and _ALONG_AFTER.match(text, b)
               for a, b in spans)


_OURS = re.compile(r"(?:my|our|we|us|mine|ours)\b", re.I)


def _not_ours(g: Graph, ents: Entities, text: str, x: int, narrator: int, child: int) -> bool:
    """ "my husband Ivo … Ivo's girls", "his son": the narrator tells the spouse's child as the
    spouse's alone (their shared one would be "our son"), so the narrator is a step-parent; so
    is a spouse named in the sentence that gives the child as the other's alone."""
    spans = g.children[(x, child)]["ev"]
    if not spans or any(_OURS.match(text, a) for a, _b in spans):
        return False
    if ents.get(narrator).narrator:
        return True
    # "Ivo shares a flat with his wife and her son": told beside the spouse as hers alone
    # (not "their daughter")
    return not any(text[a:a + 5].lower() == "their" for a, _b in spans) and any(
        _child_word_last(text[a:b]) and _in_sentence_of(text, a, b, ents.get(narrator).spans)
        for a, b in spans)


def _child_word_last(phrase: str) -> bool:
    """Does ``phrase`` end on a child word ("her daughter", not "Ana's daddy")?"""
    words = phrase.lower().split()
    term = kin_term(words[-1]) if words else None
    return term is not None and term.path == "C"


def _in_sentence_of(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """Does one of ``spans`` fall in the sentence (or line) holding ``[a, b)``?"""
    start = max(text.rfind(".", 0, a), text.rfind("\n", 0, a)) + 1
    ends = [e for e in (text.find(".", b), text.find("\n", b)) if e != -1]
    end = min(ends) if ends else len(text)
    return any(start <= s0 < end and not (a <= s0 < b) for s0, _e in spans)


def _a_later_spouse(g: Graph, ents: Entities, text: str, x: int, spouse: int,
                    child: int) -> bool:
    """Is ``spouse`` a later spouse of parent ``x`` (so the step-parent of ``child``)? The
    marriage is told as a later one or as one the child was already alive for, or the spouse as
    a new or second one."""
    if any(_LATER_SPOUSE_WORDS & set(d.lower().split()) for d in ents.get(spouse).descs):
        return True
    u = g.unions[frozenset((x, spouse))]
    # (a child called by a title counts by it too: "when Mama was eleven")
    child_words = {w.lower() for w in (*(n.split()[0] for n in ents.get(child).names),
                                       *ents.get(child).titles)} | (
        {"i"} if ents.get(child).narrator else set())
    for a, b in u["ev"]:
        start = text.rfind(".", max(0, a - 80), a) + 1
        end = text.find(".", b, b + 80)
        end = end if end != -1 else b + 80
        hit = _LATER_MARRIAGE.search(text, start, end)
        if hit and any(start <= s0 < hit.start() for s0, _e in ents.get(x).spans) and not any(
                start <= s0 < hit.start() for s0, _e in ents.get(spouse).spans):
            return True  # the parent is the one who married later ("Dad remarried" is not
            # about the new wife's own children)
        if any(hit.group(1).lower() in child_words
               for hit in _WHEN_CHILD_WAS.finditer(text, start, end)):
            return True  # "Mom married Ivo when I was six": the child was there before
    return False


def _ex_beside_new_partner(g: Graph, ents: Entities, s: int, q: int, bio: list[int]) -> bool:
    """Is ``q`` an ex of step-parent ``s`` while the stepchild has a parent of the other sex
    than ``s`` (the one ``s`` is with now)? Then the ex is no parent of the stepchild."""
    if g.unions[frozenset((s, q))]["status"] == "together" or not ents.gender(s):
        return False
    return any(ents.gender(b) not in (None, ents.gender(s)) for b in bio)


def _has_current_partner(g: Graph, a: int, besides: int) -> bool:
    return any(a in k and besides not in k and u["status"] == "together" and u["type"] ==
               "marriage" for k, u in g.unions.items())


def _is_fictive(ents: Entities, r: int) -> bool:
    e = ents.get(r)
    return any(n in FRIEND_NOUNS for n in e.nouns)


def _a_different_parent(ents: Entities, p: int) -> bool:
    """ "Ulrik has a different father", "my biological father": a parent told as one child's,
    apart from the siblings' (a biological parent named as such is not the one who raised
    them all)."""
    return any(_SET_APART & set(desc.lower().split()) for desc in ents.get(p).descs)


_SET_APART = frozenset(["different", "biological", "bio"])


def _born_to(g: Graph, x: int) -> set[int]:
    """The biological and adoptive parents of ``x`` (not step-parents or caregivers)."""
    return {p for p in g.parents(x) if g.children[(p, x)]["kind"] in ("biological", "adoptive")}


def _sibling_kind_by_parents(g: Graph, ents: Entities, a: int, b: int) -> str:
    """Full when two children have the same parents; half when they have two each but not the
    same, when one's parent is only the other's step-parent, or when the parent they do not
    share was told as "a different dad"; unknown when too few are known."""
    ba, bb = _born_to(g, a), _born_to(g, b)
    sa, sb = set(g.parents(a)) - ba, set(g.parents(b)) - bb
    if ba == bb:
        return "full"
    if len(ba) > 1 and len(bb) > 1 or ba & sb or bb & sa:
        return "half"
    if any(_a_different_parent(ents, x) for x in ba ^ bb):
        return "half"
    return "unknown"


def _same_role(ents: Entities, p: int, others: set[int]) -> bool:
    """A child who already has a mother gets no second one from a sibling (the two are then
    half-siblings, not children of both mothers)."""
    gp = ents.gender(p)
    return gp is not None and any(ents.gender(o) == gp for o in others)


def _close(g: Graph, ents: Entities, *, whole_cast: bool = False) -> None:
    """Stated siblings share known parents; children of the same parent are siblings.

    A sibling tie found only through one shared parent does not pass that parent's partner
    on ("Dad had a baby with Rhea" does not make Rhea the narrator's mother), unless the story
    is read as naming everyone who matters (``whole_cast``, the implied-people mode)."""
    for _ in range(2):
        for key, s in list(g.siblings.items()):
            if s["kind"] in ("half", "step") or s.get("derived") and not whole_cast:
                continue
            a, b = tuple(key)
            pa = {p for p in g.parents(a) if g.children[(p, a)]["kind"] == "biological"}
            pb = {p for p in g.parents(b) if g.children[(p, b)]["kind"] == "biological"}
            for p in pa - pb:
                if len(pb) < 2 and not _a_different_parent(ents, p) and not _same_role(
                        ents, p, pb):
                    g.add_child(p, b, "biological", s["ev"][:1])
            for p in pb - pa:
                if len(pa) < 2 and not _a_different_parent(ents, p) and not _same_role(
                        ents, p, pa):
                    g.add_child(p, a, "biological", s["ev"][:1])
    by_parent: dict[int, list[int]] = defaultdict(list)
    for (p, c), info in g.children.items():
        if info["kind"] in ("biological", "adoptive"):
            by_parent[p].append(c)
    for p, kids in by_parent.items():
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                key = frozenset((a, b))
                kind = _sibling_kind_by_parents(g, ents, a, b)
                ev = g.children[(p, a)]["ev"][:1] + g.children[(p, b)]["ev"][:1]
                if key in g.siblings:
                    if g.siblings[key]["kind"] == "unknown":
                        g.siblings[key]["kind"] = kind
                else:
                    g.add_sibling(a, b, kind, ev)
                    g.siblings[key]["derived"] = True
    # a parent's own child and stepchild are step-siblings, unless another parent joins them
    for (p, a), info in list(g.children.items()):
        if info["kind"] != "step":
            continue
        for b in by_parent.get(p, []):
            key = frozenset((a, b))
            if b != a and key not in g.siblings and not _born_to(g, a) & _born_to(g, b):
                g.add_sibling(a, b, "step", info["ev"][:1] + g.children[(p, b)]["ev"][:1])
    # siblings of a sibling are siblings (full or unknown ties only; half and step do not chain)
    for _ in range(2):
        nbrs: dict[int, set[int]] = defaultdict(set)
        for key, sib in g.siblings.items():
            if sib["kind"] in ("full", "unknown", "twin"):
                a, b = tuple(key)
                nbrs[a].add(b)
                nbrs[b].add(a)
        for a, bs in nbrs.items():
            for b in bs:
                for c in bs:
                    if b < c and frozenset((b, c)) not in g.siblings:
                        ev = g.siblings[frozenset((a, b))]["ev"][:1] + g.siblings[
                            frozenset((a, c))]["ev"][:1]
                        g.add_sibling(b, c, "unknown", ev)
    # widowhood: a married partner who died
    for key, u in g.unions.items():
        if (u["type"] == "marriage" and u["status"] in _WIDOWABLE
                and any(ents.get(x).deceased for x in key)):
            u["status"] = "widowed"


def _incidental(ents: Entities, r: int) -> bool:
    """An unnamed passer-by ("a stranger", "the judge", "a woman at the counter"): no title, no
    kin word, no kin claim; with no tie or link either, the family model leaves them out."""
    e = ents.items[r]
    if e.titles or ents.claims_by(r) or ents.claims_about(r):
        return False
    return not any(kin_term(w.strip(",.")) is not None for dsc in e.descs
                   for w in dsc.lower().split())


def to_family(doc: StoryDoc, d: Discourse, vf: VerbFacts, g: Graph,
              events: list[EventFact] | None = None,
              extra_links: list[LinkFact] | None = None) -> Family:
    ents = d.ents
    roots = ents.roots()
    involved: set[int] = set()
    for k in g.unions:
        involved |= k
    for p, c in g.children:
        involved |= {p, c}
    for k in g.siblings:
        involved |= k
    keep: list[int] = []
    linked = {ents.find(x) for lf in extra_links or [] for x in (lf.a, lf.b)}
    narrators = _real_narrators(doc, d)
    for r in roots:
        e = ents.items[r]
        if not e.mentions and not (e.implied and r in involved):
            continue
        if e.narrator and r not in narrators and not e.names and r not in involved:
            continue
        if e.narrator or e.names or r in involved or e.strong_mentions >= 1 and (len(e.mentions) >= 2 or e.titles or e.descs and any(
                ents.find(c.referent) == r for c in ents.claims)):
            if not (e.narrator or e.names or r in involved or r in linked) and _incidental(
                    ents, r):
                continue
            keep.append(r)
    keep.sort(key=lambda r: ents.items[r].first)
    ids = {r: f"p{i}" for i, r in enumerate(keep, start=1)}
    people = []
    for r in keep:
        e = ents.items[r]
        names = sorted(set(e.names), key=lambda n: (-len(n.split()), e.names.index(n)))
        name = names[0] if names else None
        gender = ents.gender(r) or "unknown"
        aliases = [n for n in dict.fromkeys(e.names) if n != name]
        descs = []
        for dsc in e.descs:
            head = dsc.split(" ", 1)[0].lower()
            dd = dsc[:1].lower() + dsc[1:] if head in _LOWER_FIRST else dsc
            if dd not in descs:
                descs.append(dd)
        people.append(Person(
            id=ids[r], name=name, aliases=aliases, descriptions=descs[:6], gender=gender,
            narrator=e.narrator and r in narrators, deceased=e.deceased, age=e.age, birth_year=e.birth_year,
            death_year=e.death_year, mentions=sorted(set(e.spans))))
    unions = []
    for n, (key, u) in enumerate(sorted(g.unions.items(), key=lambda kv: min(
            ents.items[x].first for x in kv[0])), start=1):
        a, b = sorted(key, key=lambda x: ents.items[x].first)
        status = u["status"]
        if u["type"] == "marriage" and status in _WIDOWABLE and (
                ents.items[a].deceased or ents.items[b].deceased):
            status = "widowed"  # a death the events found after the graph was built
        if a in ids and b in ids:
            unions.append(Union(id=f"u{len(unions) + 1}", partners=[ids[a], ids[b]],
                                type=u["type"], status=status, evidence=_ev(u["ev"])))
        del n
    children = [ChildOf(parent=ids[p], child=ids[c], kind=info["kind"], evidence=_ev(info["ev"]))
                for (p, c), info in g.children.items() if p in ids and c in ids]
    siblings = []
    for key, s in g.siblings.items():
        a, b = sorted(key, key=lambda x: ents.items[x].first)
        if a in ids and b in ids:
            siblings.append(Sibling(a=ids[a], b=ids[b], kind=s["kind"], evidence=_ev(s["ev"])))
    links = []
    for (key, type_), ev in g.links.items():
        a, b = sorted(key, key=lambda x: ents.items[x].first)
        if a in ids and b in ids:
            links.append(Link(a=ids[a], b=ids[b], type=type_, evidence=_ev(ev)))
    for p, r, span, _word in g.fictive:
        if p in ids and r in ids:
            links.append(Link(a=ids[p], b=ids[r], type="fictive-kin", evidence=[span]))
    f = ents.find
    seen_links = {(frozenset((x.a, x.b)), x.type) for x in links}
    for lf in extra_links or []:
        a, b = f(lf.a), f(lf.b)
        key = (frozenset((ids.get(a), ids.get(b))), lf.type)
        if a in ids and b in ids and a != b and key not in seen_links:
            seen_links.add(key)
            links.append(Link(a=ids[a], b=ids[b], type=lf.type, evidence=_ev(lf.evidence)))
    out_events = []
    for ef in sorted(events or [], key=lambda x: x.order):
        people_ids = list(dict.fromkeys(ids[f(p)] for p in ef.people if f(p) in ids))
        if ef.people and not people_ids:
            continue
        out_events.append(Event(
            id=f"e{len(out_events) + 1}", type=ef.type, people=people_ids, summary=ef.summary,
            when=When(text=ef.when_text, year=ef.year, order=len(out_events) + 1,
                      approximate=ef.approximate),
            evidence=_ev(ef.evidence)))
    narration = _narration(doc, d, ids)
    return Family(source=Source(name=doc.story.name, sha256=doc.story.sha256,
                                chars=len(doc.text)),
                  people=people, unions=unions, children=children, siblings=siblings,
                  links=links, events=out_events, narration=narration)


def _ev(spans: list) -> list[tuple[int, int]]:
    return sorted({(int(a), int(b)) for a, b in spans})


#: First-person mentions outside quotes needed before a text counts as narrated by an "I"
#: (a clinical note quoting a client's "I" once is still third person).
MIN_NARRATOR_MENTIONS = 3


def _real_narrators(doc: StoryDoc, d: Discourse) -> set[int]:
    counts: dict[int, int] = defaultdict(int)
    ms_self = 0
    for t in doc.toks:
        if t.quote == -1 and t.lower in ("i", "me", "my", "myself", "mine"):
            ms_self += 1
    if ms_self < MIN_NARRATOR_MENTIONS and ms_self * 4 < len(doc.sents):
        # a few "I"s still make a narrator when a letter is signed with a name
        signed = {d.ents.find(x) for x in d.signed}
        return {d.ents.find(e) for _s, e in d.narrators if ms_self and d.ents.find(e) in signed}
    for _s, e in d.narrators:
        counts[d.ents.find(e)] += 1
    return set(counts)


def _narration(doc: StoryDoc, d: Discourse, ids: dict[int, str]) -> list[NarrationSegment]:
    n = len(doc.text)
    real = _real_narrators(doc, d)
    starts = sorted((s, d.ents.find(e)) for s, e in d.narrators if d.ents.find(e) in real)
    if not starts:
        return [NarrationSegment(narrator=None, start=0, end=n)]
    segs: list[NarrationSegment] = []
    for i, (s, e) in enumerate(starts):
        a = 0 if i == 0 else _line_start(doc.text, s)
        b = n if i + 1 == len(starts) else _line_start(doc.text, starts[i + 1][0])
        if b > a:
            segs.append(NarrationSegment(narrator=ids.get(e), start=a, end=b))
    return segs


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1
