"""Kin descriptions that name someone the family structure already has.

"Rolf married my mother when I was six. … My stepfather never came.": resolution reads "my
stepfather" as a new man, though the ties already give the narrator exactly one step-father.
Once the first structure pass has built the graph, an unnamed kin-description person whose
owner and role lead to exactly one other person is that person, also through two or more steps
("my husband's mother", "Dad's brother", "their grandfather" seen from the children).

Precision matters more than recall, so a merge needs: exactly one candidate of the stated
gender; no ordinal ("first wife"), no indefinite article ("a cousin", "another son"); the same
kind of tie (step, half, ex- and biological roles are different roles); and no contradiction
once merged (a person tied to themself, a parent who is also a partner or sibling, two mothers).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from genogram.read.entities import Claim, Entities
from genogram.read.lexicon import kin_term

if TYPE_CHECKING:
    from genogram.read.build import Graph

#: Qualifiers that keep the plain role ("my late father" is my father; "my MIL" is a path).
_PLAIN_QUALS = frozenset({"late", "in-law"})
#: Tie kinds that count as the plain (unqualified) parent or child role.
_BORN = ("biological", "adoptive")
#: Words that open a description of someone new rather than a callback.
_NEW_PERSON = re.compile(r"\s*(a|an|another|one|some|other|two|three|both|several)\b",
                         re.IGNORECASE)
#: Kin words that name several paths: a sister-in-law is a partner's sister, a sibling's wife,
#: or (loosely) the wife of a partner's brother.
_READINGS = {"ES": ("ES", "SE", "ESE")}
_QUAL_KINDS = {  # single-step role with a qualifier -> the tie kinds that hold it
    ("P", "step"): ("step",), ("C", "step"): ("step",),
    ("P", "adoptive"): ("adoptive",), ("C", "adoptive"): ("adoptive",),
    ("P", "biological"): ("biological",),
    ("S", "half"): ("half",), ("S", "step"): ("step",), ("S", "twin"): ("twin", "full", "unknown"),
}


def merge_described_kin(g: Graph, ents: Entities, text: str) -> int:
    """Merge each unnamed kin-description person into the one person the graph gives their
    owner in that role; fold the graph to match. Returns the number of merges."""
    merged = 0
    for _round in range(3):
        changed = False
        for c in list(ents.claims):
            target = _unique_holder(g, ents, text, c)
            if target is None:
                continue
            r = ents.find(c.referent)
            root = ents.merge(target, r)
            g.fold(r if root == target else target, root)
            merged += 1
            changed = True
        if not changed:
            break
    return merged


def _unique_holder(g: Graph, ents: Entities, text: str, c: Claim) -> int | None:
    """The one other person holding claim ``c``'s role for its owner, if the referent is an
    unnamed description that may safely be that person."""
    f = ents.find
    p, r = f(c.possessor), f(c.referent)
    e = ents.get(r)
    if p == r or e.names or e.narrator or e.implied or c.ordinal is not None:
        return None
    term = c.term
    if term.gender is None and term.path != "E" or not term.path or term.path.startswith("G"):
        return None
    cands = sorted({y for path in _READINGS.get(term.path, (term.path,))
                    for y in _walk(g, ents, p, path, term.qual) if y != r})
    if term.path[:1] == "P" and len(term.path) > 1:
        # two grandmothers, four grandparents: knowing one is no reason to think it is her,
        # unless the description names the side ("maternal grandmother", "Mom's mother")
        side = named_side(ents, text, r)
        if side is None:
            return None
        cands = [y for y in cands if any(ents.gender(m) == side and y in _walk(
            g, ents, m, term.path[1:], term.qual) for m in _step(g, ents, p, "P", None, False))]
    if term.gender is not None:
        cands = [y for y in cands if ents.gender(y) == term.gender]
    if len(cands) != 1:
        return None
    y = cands[0]
    if _kinds_differ(g, p, r, y, term.path):
        return None
    if _other_roles_unmet(g, ents, r, y, c):
        return None
    if (introduces_someone_new(ents, text, r) or _one_of_a_group(ents, r)
            or not ents.compatible(y, r) or merge_contradicts(g, ents, y, r)):
        return None
    return y


def _kinds_differ(g: Graph, owner: int, r: int, y: int, path: str) -> bool:
    """ "My father was a boy from school … she married Ivo, who adopted me": a parent already
    tied to the owner as such is not the one who adopted the owner. (A parent's "my son" for
    the boy they adopted is common, so the child's side is left alone.)"""
    if path != "P":
        return False
    a, b = g.children.get((r, owner)), g.children.get((y, owner))
    return a is not None and b is not None and a["kind"] != b["kind"]


def _other_roles_unmet(g: Graph, ents: Entities, r: int, y: int, this: Claim) -> bool:
    """Does the description hold another role, said in another phrase, that ``y`` is not known
    to hold? "my wife", also called "my mom" by a child, is not that child's birth mother just
    because the birth mother is the one mother on record."""
    f = ents.find
    for c in ents.claims_about(r):
        o, path = f(c.possessor), c.term.path
        if c.span == this.span or o == y or path not in ("P", "C", "S", "E") or (
                f(this.possessor), this.term.path) == (o, path):
            continue
        if y not in _walk(g, ents, o, path, frozenset()):
            return True
    return False


def introduces_someone_new(ents: Entities, text: str, r: int) -> bool:
    """Was this person ever introduced with "a", "another" or an ordinal ("a cousin of
    mine", "the second wife")? Then they may be new, whatever the structure says."""
    for c in ents.claims_about(r):
        if c.ordinal is not None or text and _NEW_PERSON.match(text, c.span[0]):
            return True
    # the first description introduced them; a later "a good man" is said of them ("My son is
    # a good man"), not a new person
    descs = ents.get(r).descs
    return bool(descs) and _NEW_PERSON.match(descs[0]) is not None


def _one_of_a_group(ents: Entities, r: int) -> bool:
    """ "her two brothers": people made from one counted phrase are never one another."""
    f = ents.find
    spans = {c.span for c in ents.claims_about(r)}
    return any(c.span in spans and f(c.referent) != r for c in ents.claims)


#: Side words of a grandparent, aunt or uncle: the gender of the parent the path goes through.
_SIDES = {"maternal": "female", "paternal": "male", "mgm": "female", "mgf": "female",
          "pgm": "male", "pgf": "male"}


def named_side(ents: Entities, text: str, r: int) -> str | None:
    """The parent's gender a description of ``r`` names ("maternal grandmother", "MGF", "Mom's
    mother"), if any; a description naming both sides gives "both", which no parent has."""
    said = list(ents.get(r).descs)
    if text:
        said += [text[c.span[0]:c.span[1]] for c in ents.claims_about(r)]
    sides = set()
    for w in (w.strip(",.()").lower().replace("\u2019", "'") for d in said for w in d.split()):
        if w in _SIDES:
            sides.add(_SIDES[w])
        elif w.endswith("'s"):
            t = kin_term(w[:-2])
            if t is not None and t.path == "P" and t.gender is not None:
                sides.add(t.gender)
    return sides.pop() if len(sides) == 1 else ("both" if sides else None)


def _walk(g: Graph, ents: Entities, start: int, path: str, qual: frozenset[str]) -> list[int]:
    """Everyone the graph reaches from ``start`` along ``path`` (P parent, C child, S sibling,
    E partner). A qualified single step ("stepfather", "half-sister", "ex-wife") follows only
    ties of that kind; a qualified multi-step role is left alone."""
    extra = qual - _PLAIN_QUALS
    if extra and (len(path) != 1 or len(extra) != 1):
        return []
    q = next(iter(extra)) if extra else None
    if q is not None and path != "E" and (path, q) not in _QUAL_KINDS:
        return []
    frontier = [start]
    for i, step in enumerate(path):
        last = i == len(path) - 1
        nxt: list[int] = []
        for x in frontier:
            for y in _step(g, ents, x, step, q if last else None, "late" in qual and last):
                if y != start and y not in nxt:
                    nxt.append(y)
        frontier = nxt
    return sorted(frontier)


def _step(g: Graph, ents: Entities, x: int, step: str, q: str | None, late: bool) -> list[int]:
    if step == "P":
        kinds = _QUAL_KINDS[("P", q)] if q else _BORN
        found = [p for p in g.parents(x) if g.children[(p, x)]["kind"] in kinds]
        return found + _parents_partners(g, ents, x) if q == "step" else found
    if step == "C":
        kinds = _QUAL_KINDS[("C", q)] if q else _BORN
        found = [k for k in g.kids(x) if g.children[(x, k)]["kind"] in kinds]
        if q == "step":  # "my stepson": a partner's child who is not mine
            own = set(g.kids(x))
            found += [k for y in g.partners(x) for k in g.kids(y) if k not in own]
        return found
    if step == "S":
        kinds = _QUAL_KINDS[("S", q)] if q else ("full", "unknown", "twin", "half")
        return [next(iter(k - {x})) for k, s in g.siblings.items()
                if x in k and s["kind"] in kinds]
    if step == "E":
        return _partners(g, ents, x, q, late)
    return []


def _parents_partners(g: Graph, ents: Entities, x: int) -> list[int]:
    """Step-parents the ties imply: the spouse of a birth parent who is no parent of ``x``,
    when ``x``'s birth parent of that gender is known (else the spouse may be that parent)."""
    born = [p for p in g.parents(x) if g.children[(p, x)]["kind"] in _BORN]
    genders = {ents.gender(p) for p in born}
    out = []
    for p in born:
        for key, u in g.unions.items():
            if p in key and len(key) == 2 and u["type"] in ("marriage", "cohabitation"):
                y = next(iter(key - {p}))
                if y not in g.parents(x) and y != x and ents.gender(y) in genders - {None}:
                    out.append(y)
    return out


def _partners(g: Graph, ents: Entities, x: int, q: str | None, late: bool) -> list[int]:
    """Partners in the role asked: current ones for "wife", former ones for "ex-wife", a dead
    one for "late husband"; dating, engagement and affairs are other roles."""
    out = []
    for key, u in g.unions.items():
        if x not in key or len(key) != 2:
            continue
        y = next(iter(key - {x}))
        if q == "ex":
            ok = u["status"] in ("divorced", "separated", "ended")
        elif q is not None:
            ok = False
        elif late:
            ok = u["status"] in ("together", "widowed") and ents.get(y).deceased
        else:
            ok = u["status"] in ("together", "widowed") and u["type"] in (
                "marriage", "cohabitation")
        if ok:
            out.append(y)
    return out


def merge_contradicts(g: Graph, ents: Entities, a: int, b: int) -> bool:
    """Would one person made of ``a`` and ``b`` contradict the graph: a tie between the two,
    a relative in two incompatible roles, or two birth mothers (fathers)?"""
    if frozenset((a, b)) in g.unions or frozenset((a, b)) in g.siblings or (
            (a, b) in g.children or (b, a) in g.children):
        return True
    parents = set(g.parents(a)) | set(g.parents(b))
    kids = set(g.kids(a)) | set(g.kids(b))
    partners = {y for k in g.unions for y in k if a in k or b in k} - {a, b}
    sibs = {y for k in g.siblings for y in k if a in k or b in k} - {a, b}
    if parents & kids or partners & (parents | kids | sibs) or sibs & (parents | kids):
        return True
    born = [p for x in (a, b) for p in g.parents(x) if g.children[(p, x)]["kind"] in _BORN]
    by_gender: dict[str, set[int]] = {}
    for p in born:
        gp = ents.gender(p)
        if gp is not None:
            by_gender.setdefault(gp, set()).add(p)
    return len(set(born)) > 2 or any(len(s) > 1 for s in by_gender.values())
