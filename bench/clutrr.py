"""CLUTRR kinship-reasoning benchmark for genogram.

    .venv/bin/python bench/clutrr.py --split test            # the product: reading engine + calculator
    .venv/bin/python bench/clutrr.py --split validation --oracle          # calculator diagnostics
    .venv/bin/python bench/clutrr.py --split validation --oracle --oracle-source edges
    .venv/bin/python bench/clutrr.py --templates             # write bench/clutrr_templates.md

Each row of a CLUTRR file holds a short story with names in [brackets], a query pair (A, B) and the
answer: how the SECOND name is related to the FIRST ("('Constance', 'Kelly') -> daughter": Kelly is
Constance's daughter).

Product mode (the default): strip the brackets, read the text with ``genogram.read.read_text``, find
A and B among the people by name, ask ``genogram.analyze.kinship.relationship`` and map the phrase
from ``describe`` to CLUTRR's label vocabulary.

Oracle mode (``--oracle``) is NOT the product. It builds the family graph inside this script so
that the calculator can be measured apart from the reading engine: from the story text with a tiny
pattern reader over the bracketed names (``--oracle-source text``, the default), or from CLUTRR's
own annotated edges and genders (``--oracle-source edges``, the true graph). Both graph builders
apply CLUTRR's world assumptions (see :class:`GraphBuilder`), which are not the product's.

Data: ../shared/benchmarks/clutrr/ (CC BY-NC 4.0, evaluation only; never copied into the product).
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from genogram.analyze.kinship import Relationship, describe, relationship
from genogram.model import ChildOf, Family, Person, Sibling, Source, Union

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "benchmarks" / "clutrr"
SPLITS = {
    "validation": "gen_train234_test2to10_validation.csv",
    "test": "gen_train234_test2to10_test.csv",
    "rob": "rob_train_clean_23_test_all_23_test.csv",
}
TEMPLATES_MD = Path(__file__).resolve().parent / "clutrr_templates.md"

LABELS = frozenset({
    "son", "daughter", "father", "mother", "husband", "wife", "brother", "sister", "grandson",
    "granddaughter", "grandfather", "grandmother", "uncle", "aunt", "nephew", "niece",
    "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law", "brother-in-law",
    "sister-in-law",
})
"""CLUTRR's answer words (the targets of these files use the first 18 and the in-law parents and
children; the sibling in-laws are in CLUTRR's relation store)."""

_BRACKETS = re.compile(r"\[([^\]]*)\]")


# ----------------------------------------------------------------------------------------------
# Rows, labels


@dataclass(frozen=True)
class Row:
    story: str
    a: str
    b: str
    target: str
    task: str
    steps: int
    edges: tuple[tuple[int, int], ...]
    edge_types: tuple[str, ...]
    genders: tuple[tuple[str, str], ...]


def load_rows(split: str, data: Path = DATA, limit: int | None = None) -> list[Row]:
    """The rows of one split, in file order."""
    path = data / SPLITS[split]
    rows: list[Row] = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for rec in csv.DictReader(fh):
            a, b = ast.literal_eval(rec["query"])
            genders = tuple(tuple(x.split(":", 1)) for x in rec["genders"].split(","))
            rows.append(Row(
                story=rec["story"], a=a, b=b, target=rec["target_text"].strip(),
                task=rec["task_name"], steps=int(rec["task_name"].rsplit(".", 1)[1]),
                edges=tuple(ast.literal_eval(rec["story_edges"])),
                edge_types=tuple(ast.literal_eval(rec["edge_types"])),
                genders=genders,  # type: ignore[arg-type]
            ))
            if limit is not None and len(rows) >= limit:
                break
    return rows


#: CLUTRR's tokenised possessive after a bracketed name: "[Hugh] 'wife [Ann]" for "Hugh's wife".
_SPLIT_POSSESSIVE = re.compile(r"\] '(?=[a-z])")


#: Two bracketed names side by side: "...his dad, [Louis] [Pedro] is picking up...". CLUTRR
#: joins its sentences and some lack their full stop; the brackets say these are two people, so
#: the stop is put back, except after a double-object verb ("which makes [Hugh] [Ann]'s uncle").
_RUN_ON = re.compile(r"(?<!\bmakes )(?<!\bmake )(?<!\bmade )(\[[^\]]*\]) (?=\[)")


def strip_brackets(story: str) -> str:
    """The story as plain text: "[Oswy] hit his brother [Ivo]" -> "Oswy hit his brother Ivo";
    the data's split possessive "[Hugh] 'wife" is joined back ("Hugh's wife"), and a full stop
    left out between two bracketed names is put back ("[Louis] [Pedro] is" -> "Louis. Pedro is")."""
    story = _RUN_ON.sub(r"\1. ", _SPLIT_POSSESSIVE.sub("]'s ", story))
    return _BRACKETS.sub(r"\1", story)


_PREFIXES = ("maternal ", "paternal ", "late ", "ex-", "former ", "adoptive ", "adopted ",
             "twin ", "half-", "step-", "step")


_COMPOSED = {
    f"{a}'s {b}": c
    for a, b, c in [
        ("brother", "son", "nephew"), ("sister", "son", "nephew"),
        ("brother", "daughter", "niece"), ("sister", "daughter", "niece"),
        ("son", "son", "grandson"), ("daughter", "son", "grandson"),
        ("son", "daughter", "granddaughter"), ("daughter", "daughter", "granddaughter"),
        ("father", "father", "grandfather"), ("mother", "father", "grandfather"),
        ("father", "mother", "grandmother"), ("mother", "mother", "grandmother"),
        ("father", "brother", "uncle"), ("mother", "brother", "uncle"),
        ("father", "sister", "aunt"), ("mother", "sister", "aunt"),
        ("husband", "father", "father-in-law"), ("wife", "father", "father-in-law"),
        ("husband", "mother", "mother-in-law"), ("wife", "mother", "mother-in-law"),
        ("husband", "brother", "brother-in-law"), ("wife", "brother", "brother-in-law"),
        ("husband", "sister", "sister-in-law"), ("wife", "sister", "sister-in-law"),
        ("sister", "husband", "brother-in-law"), ("brother", "wife", "sister-in-law"),
        ("son", "wife", "daughter-in-law"), ("daughter", "husband", "son-in-law"),
    ]
}
"""Two-step phrases the calculator spells out ("brother's daughter") and the one kin word each
means in plain English; only definitions, no CLUTRR-specific composition."""


_CLUTRR_WORLD = {"brother-in-law": "brother", "sister-in-law": "sister"}
"""CLUTRR's world has no sibling-in-law: its composition rules (``rules_store.yaml``) never yield
one, and its parent unit makes a spouse's sibling one's own (a couple shares its children, SO o
child = child, and a child's aunt is one's sister, child o inv-un = sibling). None of its targets
is a sibling-in-law, so the product's plain-English in-law sibling is projected onto the sibling."""


def to_label(phrase: str) -> str | None:
    """Map a calculator phrase to CLUTRR's vocabulary, or ``None`` when it has no CLUTRR word.

    CLUTRR's world has no step, half, adoptive or ex relations and no sides: a husband's son is a
    son (its rule SO o child = child), so those qualifiers are dropped; "uncle by marriage" is an
    uncle. Gender-neutral words ("parent", "sibling") have no CLUTRR label.
    """
    word = phrase.strip().lower().removesuffix(" by marriage")
    word = _COMPOSED.get(word, word)
    changed = True
    while changed and word not in LABELS:
        changed = False
        for pre in _PREFIXES:
            if word.startswith(pre):
                word, changed = word[len(pre):], True
                break
    word = _CLUTRR_WORLD.get(word, word)
    return word if word in LABELS else None


# ----------------------------------------------------------------------------------------------
# The oracle's graph builder (CLUTRR world assumptions; not the product)


@dataclass(frozen=True)
class Fact:
    """``y`` is ``x``'s ``rel`` (CLUTRR's edge direction)."""

    x: str
    rel: str
    y: str


_REL_KIND = {
    "father": "parent", "mother": "parent", "parent": "parent",
    "son": "child", "daughter": "child", "child": "child",
    "brother": "sibling", "sister": "sibling", "sibling": "sibling",
    "husband": "spouse", "wife": "spouse", "spouse": "spouse",
    "grandfather": "grandparent", "grandmother": "grandparent", "grandparent": "grandparent",
    "grandson": "grandchild", "granddaughter": "grandchild", "grandchild": "grandchild",
    "uncle": "uncle", "aunt": "uncle",
    "nephew": "nephew", "niece": "nephew",
    "father-in-law": "parent-in-law", "mother-in-law": "parent-in-law",
    "son-in-law": "child-in-law", "daughter-in-law": "child-in-law",
    "brother-in-law": "sibling-in-law", "sister-in-law": "sibling-in-law",
}
_REL_GENDER = {
    "father": "male", "son": "male", "brother": "male", "husband": "male", "grandfather": "male",
    "grandson": "male", "uncle": "male", "nephew": "male", "father-in-law": "male",
    "son-in-law": "male", "brother-in-law": "male",
    "mother": "female", "daughter": "female", "sister": "female", "wife": "female",
    "grandmother": "female", "granddaughter": "female", "aunt": "female", "niece": "female",
    "mother-in-law": "female", "daughter-in-law": "female", "sister-in-law": "female",
}


@dataclass
class GraphBuilder:
    """Turns CLUTRR-style facts into a :class:`Family`, under CLUTRR's world assumptions.

    CLUTRR's stories come from a closed world with its own composition rules: siblings share their
    parents, a couple shares its children (a husband's son is a son), and a relative reached through
    a child's other parent counts as one's own (a child's uncle is a sibling, a child's grandfather a
    parent). Facts that name a relative two steps away ("X's grandfather Y", "X's uncle Y") need a
    person in between: the builder uses one already known to stand there (the first known parent,
    in story order) and otherwise makes an unnamed placeholder.

    ``collapse`` (CLUTRR convention, on by default) merges each child's parents into one "parent
    unit" when the story does not state them as partners, so that the relatives of a child's other
    parent are one's own, as CLUTRR's rules child o uncle = sibling and child o grandfather =
    father require.
    """

    genders: dict[str, str]
    collapse: bool = True
    focus: str | None = None
    parent_of: dict[str, list[str]] = field(default_factory=dict)
    sib_pairs: list[tuple[str, str]] = field(default_factory=list)
    spouse_pairs: list[tuple[str, str]] = field(default_factory=list)
    placeholders: int = 0
    _root: dict[str, str] = field(default_factory=dict)

    # -- small graph queries over what is known so far --
    def _find(self, x: str) -> str:
        r = self._root.setdefault(x, x)
        while r != self._root[r]:
            r = self._root[r]
        return r

    def group(self, x: str) -> list[str]:
        r = self._find(x)
        return [y for y in list(self._root) if self._find(y) == r] or [x]

    def spouses(self, x: str) -> list[str]:
        return [b if a == x else a for a, b in self.spouse_pairs if x in (a, b)]

    def parents(self, x: str) -> list[str]:
        out: list[str] = []
        for y in self.group(x):
            for p in self.parent_of.get(y, []):
                if p not in out:
                    out.append(p)
        for p in list(out):
            for q in self.spouses(p):
                if q not in out:
                    out.append(q)
        return out

    def people(self) -> list[str]:
        seen: list[str] = list(self.genders)
        for x, ps in self.parent_of.items():
            for y in (x, *ps):
                if y not in seen:
                    seen.append(y)
        for a, b in self.sib_pairs + self.spouse_pairs:
            for y in (a, b):
                if y not in seen:
                    seen.append(y)
        return seen

    def children(self, p: str) -> list[str]:
        return [x for x in self.people() if p in self.parents(x)]

    def is_sibling(self, a: str, b: str) -> bool:
        return a != b and (self._find(a) == self._find(b)
                           or bool(set(self.parents(a)) & set(self.parents(b))))

    # -- adding facts --
    def placeholder(self) -> str:
        self.placeholders += 1
        return f"?{self.placeholders}"

    def add_parent(self, child: str, parent: str) -> None:
        if parent != child and parent not in self.parents(child):
            self.parent_of.setdefault(child, []).append(parent)

    def add_sibling(self, a: str, b: str) -> None:
        if a != b:
            self.sib_pairs.append((a, b))
            ra, rb = self._find(a), self._find(b)
            if ra != rb:
                self._root[rb] = ra

    def add_spouse(self, a: str, b: str) -> None:
        if a != b and b not in self.spouses(a):
            self.spouse_pairs.append((a, b))

    def distances(self) -> dict[str, int]:
        """Steps from ``focus`` over every tie known so far."""
        adj: dict[str, set[str]] = defaultdict(set)
        for c, ps in self.parent_of.items():
            for p in ps:
                adj[c].add(p)
                adj[p].add(c)
        for a, b in self.sib_pairs + self.spouse_pairs:
            adj[a].add(b)
            adj[b].add(a)
        dist = {self.focus: 0} if self.focus else {}
        queue = list(dist)
        for x in queue:
            for y in adj[x]:
                if y not in dist:
                    dist[y] = dist[x] + 1
                    queue.append(y)
        return dist

    def _pick_parent(self, x: str) -> str:
        ps = self.parents(x)
        if ps:
            dist = self.distances()
            return min(ps, key=lambda p: dist.get(p, 1 << 20))
        p = self.placeholder()
        self.add_parent(x, p)
        return p

    def add(self, facts: Iterable[Fact]) -> None:
        """Add facts: direct ties first, then those that need a person in between."""
        facts = list(facts)
        later: list[tuple[str, str, str]] = []
        for f in facts:
            kind = _REL_KIND.get(f.rel)
            if kind is None or f.x == f.y:
                continue
            if kind == "parent":
                self.add_parent(f.x, f.y)
            elif kind == "child":
                self.add_parent(f.y, f.x)
            elif kind == "sibling":
                self.add_sibling(f.x, f.y)
            elif kind == "spouse":
                self.add_spouse(f.x, f.y)
            else:
                later.append((kind, f.x, f.y))
        for kind, x, y in later:
            if kind == "grandparent":
                self._grand(x, y)
            elif kind == "grandchild":
                self._grand(y, x)
            elif kind == "uncle":
                self._uncle(x, y)
            elif kind == "nephew":
                self._uncle(y, x)
            elif kind == "parent-in-law":
                if not any(y in self.parents(s) for s in self.spouses(x)):
                    s = (self.spouses(x) or [None])[0]
                    if s is None:
                        s = self.placeholder()
                        self.add_spouse(x, s)
                    self.add_parent(s, y)
            elif kind == "child-in-law":
                if not any(y in self.spouses(c) for c in self.children(x)):
                    want = {"male": "female", "female": "male"}.get(self.genders.get(y, ""), "")
                    kids = [c for c in self.children(x) if not self.spouses(c)]
                    kids.sort(key=lambda c: self.genders.get(c) != want)
                    c = kids[0] if kids else self.placeholder()
                    self.add_parent(c, x)
                    self.add_spouse(c, y)
            elif kind == "sibling-in-law":
                if self.spouses(x):
                    self.add_sibling(self.spouses(x)[0], y)
                else:
                    s = self.placeholder()
                    self.add_spouse(x, s)
                    self.add_sibling(s, y)

    def _grand(self, x: str, y: str) -> None:
        """y is x's grandparent."""
        if any(y in self.parents(p) for p in self.parents(x)):
            return
        self.add_parent(self._pick_parent(x), y)

    def _uncle(self, x: str, y: str) -> None:
        """y is x's parent's sibling."""
        if any(self.is_sibling(p, y) for p in self.parents(x)):
            return
        self.add_sibling(self._pick_parent(x), y)

    def family(self) -> tuple[Family, dict[str, str]]:
        """The family, and a map from each name to its person id (merged names share one)."""
        names = self.people()
        ident = {n: n for n in names}
        if self.collapse:
            stated = {frozenset(p) for p in self.spouse_pairs}
            for x in names:
                ps = self.parents(x)
                for p in ps[1:]:
                    if frozenset((ps[0], p)) not in stated:
                        _merge(ident, ps[0], p)
        ids = {n: _root_of(ident, n) for n in names}
        people = []
        for n in dict.fromkeys(ids.values()):
            people.append(Person(id=n, name=None if n.startswith("?") else n,
                                 gender=self.genders.get(n, "unknown")))  # type: ignore[arg-type]
        children = {(ids[p], ids[x]) for x in names for p in self.parents(x) if ids[p] != ids[x]}
        sibs = {tuple(sorted((ids[a], ids[b]))) for a, b in self.sib_pairs if ids[a] != ids[b]}
        unions = {tuple(sorted((ids[a], ids[b]))) for a, b in self.spouse_pairs
                  if ids[a] != ids[b]}
        fam = Family(
            source=Source(name="clutrr", sha256="0" * 64, chars=0), people=people,
            children=[ChildOf(parent=p, child=c) for p, c in sorted(children)],
            siblings=[Sibling(a=a, b=b) for a, b in sorted(sibs)],
            unions=[Union(id=f"u{i}", partners=[a, b]) for i, (a, b) in enumerate(sorted(unions))],
        )
        return fam, ids


def _root_of(ident: dict[str, str], x: str) -> str:
    while ident[x] != x:
        x = ident[x]
    return x


def _merge(ident: dict[str, str], a: str, b: str) -> None:
    ra, rb = _root_of(ident, a), _root_of(ident, b)
    if ra != rb:
        # keep a named person as the representative
        if ra.startswith("?") and not rb.startswith("?"):
            ra, rb = rb, ra
        ident[rb] = ra


def facts_from_edges(row: Row) -> tuple[list[Fact], dict[str, str]]:
    """CLUTRR's annotated story edges and genders (the true graph).

    In the robustness files the noise edges (supporting, irrelevant, disconnected facts) come after
    the chain's edges and carry no type: only the typed edges are used.
    """
    names = [n for n, _ in row.genders]
    genders = dict(row.genders)
    facts = [Fact(names[i], rel, names[j])
             for (i, j), rel in zip(row.edges[:len(row.edge_types)], row.edge_types, strict=True)]
    return facts, genders


# ----------------------------------------------------------------------------------------------
# The oracle's tiny pattern reader (bracketed names; not the product)

_KIN_WORDS = {
    "son": "son", "sons": "son", "daughter": "daughter", "daughters": "daughter",
    "child": "child", "children": "child", "kids": "child", "kid": "child",
    "father": "father", "dad": "father", "daddy": "father", "mother": "mother", "mom": "mother",
    "mommy": "mother", "mum": "mother", "husband": "husband", "wife": "wife",
    "brother": "brother", "brothers": "brother", "sister": "sister", "sisters": "sister",
    "siblings": "sibling", "sibling": "sibling",
    "grandson": "grandson", "grandsons": "grandson", "granddaughter": "granddaughter",
    "granddaughters": "granddaughter", "grandfather": "grandfather", "grandpa": "grandfather",
    "granddad": "grandfather", "grandmother": "grandmother", "grandma": "grandmother",
    "granny": "grandmother", "grandchildren": "grandchild", "grandchild": "grandchild",
    "uncle": "uncle", "aunt": "aunt", "auntie": "aunt", "nephew": "nephew", "niece": "niece",
    "nephews": "nephew", "nieces": "niece",
    "son-in-law": "son-in-law", "daughter-in-law": "daughter-in-law",
    "father-in-law": "father-in-law", "mother-in-law": "mother-in-law",
    "brother-in-law": "brother-in-law", "sister-in-law": "sister-in-law",
    "grand daughter": "granddaughter", "grand son": "grandson", "groom": "husband",
    "bride": "wife",
}
_COMPOSE = {  # "her daughter's son": (first kin, second kin) -> one relation, by the second's gender
    ("child", "child"): ("grandson", "granddaughter"),
    ("sibling", "child"): ("nephew", "niece"),
    ("parent", "parent"): ("grandfather", "grandmother"),
    ("parent", "sibling"): ("uncle", "aunt"),
    ("spouse", "parent"): ("father-in-law", "mother-in-law"),
    ("child", "spouse"): ("son-in-law", "daughter-in-law"),
    ("spouse", "sibling"): ("brother-in-law", "sister-in-law"),
    ("sibling", "spouse"): ("brother-in-law", "sister-in-law"),
}
_KIN = "|".join(sorted((re.escape(k) for k in _KIN_WORDS), key=len, reverse=True))
_MOD = r"(?:(?!(?:and|or|is|was|the|a|an|to|of|with|for)\b)[a-z]+\s+){0,2}"  # "young", "only" ...
_N = r"\[(?P<{}>[^\]]+)\]"
_PRON = r"\b(?P<pron>his|her|their)"
_POSS = r"\s*'\s*(?:s\b)?\s*"  # "X's", "X 's", and the stories' "X 'son"
_NAMED = r"(?:\s*'\s*s\s+name)?\s*,?\s*(?:(?:is|was|named|called|whose\s+name\s+is)\s+)?"
_AND_MORE = (rf"(?:\s*,?\s*and\s+(?:(?:his|her)\s+)?(?:{_MOD}(?P<kin2>{_KIN})\b\s*,?\s*)?"
             r"\[(?P<c>[^\]]+)\](?!\s*'))?")  # "... and (her) brother, Y" / "her daughters X and Y"
_COMPOUND = rf"(?P<kin0>{_KIN})\s*'\s*s\s+"  # "her sister's son"

_RE_POSS = re.compile(_N.format("a") + _POSS + rf"(?:{_COMPOUND})?" + _MOD
                      + rf"(?P<kin>{_KIN})\b" + _NAMED + _N.format("b") + _AND_MORE, re.I)
_RE_IS_POSS = re.compile(_N.format("b") + r"\s*[,(]?\s*(?:(?:who\s+)?(?:is|was)|makes)?\s*"
                         r"(?:(?:the|a|one\s+of)\s+)?"
                         + _N.format("a") + _POSS + _MOD + rf"(?P<kin>{_KIN})\b", re.I)
_RE_OF = re.compile(_N.format("b") + r"\s+(?:is|was)\s+(?:(?:the|a|an|one\s+of\s+the)\s+)?"
                    + _MOD + rf"(?P<kin>{_KIN})\s+of\s+(?:the\s+)?{_MOD}" + _N.format("a"), re.I)
_RE_PRON = re.compile(_PRON + r"\s+" + rf"(?:{_COMPOUND})?" + _MOD + rf"(?P<kin>{_KIN})\b"
                      + _NAMED + _N.format("b") + _AND_MORE, re.I)
_RE_APPOS = re.compile(_N.format("b") + r"\s*,\s*" + _PRON + r"\s+" + _MOD
                       + rf"(?P<kin>{_KIN})\b", re.I)
_RE_A_NAMED = re.compile(r"(?:\[(?P<w>[^\]]+)\]\s*,?\s*who\s+)?\b(?:has|had|have|with)\s+(?:a|an|one)"
                         r"\s+" + _MOD + rf"(?P<kin>{_KIN})\b\s*,?\s*(?:named|called|,)\s*"
                         + _N.format("b"), re.I)
_RE_HAS = re.compile(_N.format("a") + r"\s+(?:has|had)\s+(?:a|an|one|two)\s+" + _MOD
                     + rf"(?P<kin>{_KIN})\b\s*,?\s*(?:who\s+is\s+)?" + _N.format("b"), re.I)
_RE_BIRTH = re.compile(_N.format("a") + r"\s+(?:gave\s+birth\s+to|welcomed|adopted)\s+"
                       r"(?:a|her|his)\s+(?:baby\s+)?(?P<kin>son|daughter|boy|girl)\s*,?\s*"
                       r"(?:named|called)?\s*" + _N.format("b"), re.I)
_RE_PLURAL_SIBS = re.compile(_N.format("a") + r"\s+and\s+(?:his\s+|her\s+)?" + _N.format("b")
                             + r"\s*,?\s+(?:are|were)?\s*(?:both\s+)?(?:the\s+only\s+)?"
                             r"(?P<kin>brothers|sisters|siblings|brother\s+and\s+sister|"
                             r"sister\s+and\s+brother)", re.I)
_RE_MARRIED = re.compile(_N.format("a") + r"\s+(?:is|was|got|has\s+been|had\s+been)\s+married\s+"
                         r"to\s+" + _N.format("b") + "|" + _N.format("c") + r"\s+married\s+"
                         + _N.format("d"), re.I)
_RE_NAME_IS = re.compile(r"\b(?:(?P<pron>his|her)\s+(?:(?P<kin>" + _KIN + r")\s*'\s*s\s+)?name\s+is|"
                         r"(?:name|named|call|called)\s+(?:him|her))\s+"
                         + _N.format("b") + r"|\b(?P<pron2>his|her)\s+(?P<kin2>" + _KIN
                         + r")\s+is\s+" + _N.format("c") + "|" + _N.format("d")
                         + r"\s+is\s+(?:the\s+)?(?P<kin3>" + _KIN + r")\s*'\s*s\s+name", re.I)
_RE_PENDING = re.compile(_PRON + r"\s+" + rf"(?:{_COMPOUND})?" + _MOD
                         + rf"(?P<kin>{_KIN})\b(?!\s*'\s*s)(?!\s*,?\s*\[)"
                         + "|" + _N.format("a") + r"[^\[]*?\b(?:has|had)\s+(?:a|an)\s+" + _MOD
                         + rf"(?P<kin2>{_KIN})\b(?!\s*,?\s*(?:named|called|who\s+is)?\s*\[)",
                         re.I)
_RE_NAME = re.compile(r"\[([^\]]+)\]")


def _overlapping(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, matched at every position (a name may end one fact and start another)."""
    return re.compile(f"(?=(?:{rx.pattern}))", rx.flags)


_RE_POSS, _RE_IS_POSS, _RE_OF, _RE_APPOS, _RE_HAS = map(
    _overlapping, (_RE_POSS, _RE_IS_POSS, _RE_OF, _RE_APPOS, _RE_HAS))
_RE_AND_BEFORE = re.compile(r"\[([^\]]+)\]\s*,?\s+and\s+$")
_RE_WELCOMED = re.compile(r"\b(?:welcomed|gave\s+birth\s+to)\s+" + _N.format("b"), re.I)
_RE_PRON_AFTER = re.compile(r"\[([^\]]+)\][^\[.!?]*?\b(his|her|he|she|him)\b", re.I)
_SENT = re.compile(r"(?<=[.!?])\s+|(?<=[.!?]['\"])\s+")


def _sentences(story: str) -> list[str]:
    return [s for s in _SENT.split(story.strip()) if s.strip()]


def _kin(word: str, first: str | None = None) -> str:
    """The relation a kin word names; "sister's" + "son" composes to "nephew"."""
    rel = _KIN_WORDS[re.sub(r"\s+", " ", word.lower())]
    if first is None:
        return rel
    pair = (_REL_KIND.get(_kin(first), ""), _REL_KIND.get(rel, ""))
    male, female = _COMPOSE.get(pair, (rel, rel))
    return female if _REL_GENDER.get(rel) == "female" else male


def facts_from_text(story: str) -> tuple[list[Fact], dict[str, str]]:
    """A tiny pattern reader over CLUTRR's bracketed stories (diagnostics only)."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)  # type: ignore[assignment]
    sentences = _sentences(story)
    # gender votes: his/her after a name in its sentence, then (weighted) the kin words
    for s in sentences:
        for m in _RE_PRON_AFTER.finditer(s):
            word = m.group(2).lower()
            votes[m.group(1)]["male" if word in ("his", "he", "him") else "female"] += 1
    first = _facts_pass(sentences, {})
    for f in first:
        g = _REL_GENDER.get(f.rel)
        if g:
            votes[f.y][g] += 3
    for name in {m.group(1) for m in _RE_NAME.finditer(story)}:
        prior = _name_prior(name)
        if prior:
            votes[name][prior] += 0.5
    genders = {n: _vote(c) for n, c in votes.items()}
    facts = _facts_pass(sentences, genders)
    for f in facts:
        for n in (f.x, f.y):
            genders.setdefault(n, "unknown")
    return facts, genders


def _name_prior(name: str) -> str | None:
    """What the given name suggests (the product's name statistics), if they are available."""
    try:
        from genogram.read.names import name_gender
    except ImportError:
        return None
    return name_gender(name)


def _vote(c: Counter[str]) -> str:
    if c["male"] > c["female"]:
        return "male"
    if c["female"] > c["male"]:
        return "female"
    return "unknown"


def _owner(pron: str, here: list[str], topic: list[str], genders: dict[str, str],
           exclude: str) -> list[str]:
    """Who "his"/"her"/"their" refers to: in the sentence before it, the nearest name that agrees
    in gender, else the previous sentence's first agreeing name, else the nearest name."""
    want = {"his": "male", "her": "female"}.get(pron.lower())
    if want is None:
        cands = [n for n in (here or topic) if n != exclude]
        return cands[:2]
    for names, order in ((here, -1), (topic, 1)):
        cands = [n for n in names if n != exclude][::order]
        for n in cands:
            if genders.get(n, "unknown") == want:
                return [n]
        for n in cands:
            if genders.get(n, "unknown") == "unknown":
                return [n]
    rest = [n for n in here + topic if n != exclude]
    return rest[-1:] if here else rest[:1]


def _facts_pass(sentences: list[str], genders: dict[str, str]) -> list[Fact]:
    facts: list[Fact] = []
    topic: list[str] = []  # names of the last sentence that had any
    pending: tuple[str, str] | None = None  # (owner, kin) waiting for "Her name is X"

    def add(x: str, kin: str, y: str, first: str | None = None) -> None:
        f = Fact(x, _kin(kin, first), y)
        if x != y and f not in facts:
            facts.append(f)

    for s in sentences:
        names_here = [m.group(1) for m in _RE_NAME.finditer(s)]

        def owners(pron: str, pos: int, exclude: str, _s: str = s,
                   _topic: list[str] = topic) -> list[str]:
            joined = _RE_AND_BEFORE.search(_s[:pos])
            if joined and joined.group(1) != exclude and pron.lower() != "their":
                return [joined.group(1)]  # "X and her sister Y"
            here = [m.group(1) for m in _RE_NAME.finditer(_s[:pos])]
            return _owner(pron, here, _topic, genders, exclude)

        for m in _RE_NAME_IS.finditer(s):
            if m.group("c"):
                for o in owners(m.group("pron2"), m.start(), m.group("c")):
                    add(o, m.group("kin2"), m.group("c"))
            elif pending is not None:
                add(pending[0], pending[1], m.group("b") or m.group("d"))
            pending = None
        for m in _RE_POSS.finditer(s):
            add(m.group("a"), m.group("kin"), m.group("b"), m.group("kin0"))
            if m.group("c"):
                add(m.group("a"), m.group("kin2") or m.group("kin"), m.group("c"))
        for m in _RE_IS_POSS.finditer(s):
            add(m.group("a"), m.group("kin"), m.group("b"))
        for m in _RE_OF.finditer(s):
            add(m.group("a"), m.group("kin"), m.group("b"))
        for m in _RE_PRON.finditer(s):
            for o in owners(m.group("pron"), m.start(), m.group("b")):
                add(o, m.group("kin"), m.group("b"), m.group("kin0"))
                if m.group("c"):
                    add(o, m.group("kin2") or m.group("kin"), m.group("c"))
        for m in _RE_APPOS.finditer(s):
            for o in owners(m.group("pron"), m.start(), m.group("b")):
                add(o, m.group("kin"), m.group("b"))
        for m in _RE_HAS.finditer(s):
            add(m.group("a"), m.group("kin"), m.group("b"))
        for m in _RE_A_NAMED.finditer(s):
            if m.group("w"):
                add(m.group("w"), m.group("kin"), m.group("b"))
            else:
                here = [n for n in names_here if n != m.group("b")]
                if here or topic:
                    add((here or topic)[0], m.group("kin"), m.group("b"))
        for m in _RE_WELCOMED.finditer(s):
            here = [n for n in names_here if n != m.group("b")]
            if here:
                add(here[0], "child", m.group("b"))
        for m in _RE_BIRTH.finditer(s):
            kin = {"boy": "son", "girl": "daughter"}.get(m.group("kin").lower(), m.group("kin"))
            add(m.group("a"), kin, m.group("b"))
        for m in _RE_PLURAL_SIBS.finditer(s):
            add(m.group("a"), "sibling", m.group("b"))
        for m in _RE_MARRIED.finditer(s):
            a, b = m.group("a") or m.group("c"), m.group("b") or m.group("d")
            add(a, {"male": "husband", "female": "wife"}.get(genders.get(b, ""), "husband"), b)
        for m in _RE_PENDING.finditer(s):
            if m.group("kin"):
                found = owners(m.group("pron"), m.start(), "")
                if found:
                    pending = (found[0], _kin(m.group("kin"), m.group("kin0")))
            elif m.group("kin2"):
                pending = (m.group("a"), m.group("kin2"))
        if names_here:
            topic = names_here
    return facts


# ----------------------------------------------------------------------------------------------
# Answering


@dataclass(frozen=True)
class Answer:
    label: str | None
    phrase: str | None
    reason: str  # "ok", "wrong", "no-person", "ambiguous", "unrelated", "no-label", "error"


def _find_person(family: Family, name: str) -> list[str]:
    key = name.casefold()
    exact = [p.id for p in family.people
             if (p.name and p.name.casefold() == key)
             or any(a.casefold() == key for a in p.aliases)]
    if exact:
        return exact
    return [p.id for p in family.people
            if p.name and key in (w.casefold() for w in re.findall(r"[\w'-]+", p.name))]


def _answer(family: Family, a_id: str, b_id: str, target: str,
            b_gender: str | None = None, text: str = "") -> Answer:
    rel: Relationship | None = relationship(family, a_id, b_id)
    if rel is None:
        return Answer(None, None, "unrelated")
    if b_gender is not None and rel.gender != b_gender:
        from dataclasses import replace
        rel = replace(rel, gender=b_gender)
    phrase = describe(rel)
    label = to_label(phrase)
    if label in _PARENT_OF_IN_LAW and (_through_child_only(family, rel)
                                       or _hung_from_grandchild(family, rel, text)):
        label = _PARENT_OF_IN_LAW[label]
    if label is None and rel.kind in ("chain", "co-parent"):
        label = compose_chain(rel)
    if label is None:
        return Answer(None, phrase, "no-label")
    return Answer(label, phrase, "ok" if label == target else "wrong")


_PARENT_OF_IN_LAW = {"mother-in-law": "mother", "father-in-law": "father"}

#: CLUTRR's published composition rules (clutrr/store/rules_store.yaml, family): (r1, r2) -> r
#: means "r2 of one's r1 is one's r". Edge words: child, inv-child (parent), sibling, SO
#: (spouse), grand (grandchild), inv-grand, un (nephew or niece), inv-un (uncle or aunt),
#: in-law (child's spouse), inv-in-law (spouse's parent). The last two rows are the sibling-in-law
#: projection above (CLUTRR's parent unit: a spouse's sibling is one's own).
_CLUTRR_RULES: dict[tuple[str, str], str] = {
    ("child", "child"): "grand", ("child", "SO"): "in-law", ("child", "sibling"): "child",
    ("child", "inv-un"): "sibling", ("child", "inv-grand"): "inv-child",
    ("inv-child", "child"): "sibling", ("inv-child", "inv-child"): "inv-grand",
    ("inv-child", "sibling"): "inv-un",
    ("SO", "inv-child"): "inv-in-law", ("SO", "grand"): "grand", ("SO", "child"): "child",
    ("sibling", "sibling"): "sibling", ("sibling", "inv-grand"): "inv-grand",
    ("sibling", "child"): "un", ("sibling", "inv-child"): "inv-child",
    ("grand", "sibling"): "grand",
    ("SO", "sibling"): "sibling", ("sibling", "SO"): "sibling",
}
_EDGE_OF_MOVE = {"parent": "inv-child", "child": "child", "sibling": "sibling", "partner": "SO"}
_WORDS_OF_EDGE = {
    "child": ("son", "daughter"), "inv-child": ("father", "mother"),
    "sibling": ("brother", "sister"), "SO": ("husband", "wife"),
    "grand": ("grandson", "granddaughter"), "inv-grand": ("grandfather", "grandmother"),
    "un": ("nephew", "niece"), "inv-un": ("uncle", "aunt"),
    "in-law": ("son-in-law", "daughter-in-law"), "inv-in-law": ("father-in-law", "mother-in-law"),
}


def compose_chain(rel: Relationship) -> str | None:
    """CLUTRR's word for a path the calculator could only spell out as a chain ("son's wife's
    sister") or through a co-parent's child ("daughter's paternal grandmother"): the path's
    steps composed with CLUTRR's own rules, in any order of composition;
    ``None`` when they compose to nothing or to two different words, or B's gender is unknown."""
    edges = [_EDGE_OF_MOVE[st.move] for st in rel.path]
    if not edges or rel.gender not in ("male", "female"):
        return None
    n = len(edges)
    table: dict[tuple[int, int], set[str]] = {(i, i + 1): {e} for i, e in enumerate(edges)}
    for width in range(2, n + 1):
        for i in range(n - width + 1):
            out: set[str] = set()
            for k in range(i + 1, i + width):
                for left in table[(i, k)]:
                    for right in table[(k, i + width)]:
                        r = _CLUTRR_RULES.get((left, right))
                        if r is not None:
                            out.add(r)
            table[(i, i + width)] = out
    final = table[(0, n)]
    if len(final) != 1:
        return None
    return _WORDS_OF_EDGE[final.pop()][rel.gender == "female"]


def _through_child_only(family: Family, rel: Relationship) -> bool:
    """Is the partner step of an in-law answer a couple the story only ties by a shared child?

    The reader records the two parents of one child as a couple, with the child ties as the
    union's only evidence. CLUTRR makes an in-law only from a spouse edge (SO o inv-child =
    inv-in-law); a chain that runs through the child instead is a parent by its rule child o
    inv-grand = inv-child ("my son's grandmother is my mother"). So when no word of the story
    ties the couple, the in-law parent is projected onto the parent.
    """
    steps = [st for st in rel.path if st.move == "partner"]
    if len(steps) != 1:
        return False
    pair = {steps[0].src, steps[0].dst}
    union = next((u for u in family.unions if set(u.partners) == pair), None)
    if union is None or not union.evidence:
        return False
    kids = ({c.child for c in family.children if c.parent == steps[0].src}
            & {c.child for c in family.children if c.parent == steps[0].dst})
    child_ev = {tuple(e) for c in family.children if c.child in kids and c.parent in pair
                for e in c.evidence}
    return bool(kids) and all(tuple(e) in child_ev for e in union.evidence)


def _hung_from_grandchild(family: Family, rel: Relationship, text: str) -> bool:
    """Is the parent step of an in-law answer a tie the story never states of the partner?

    "Tam's grandfather, Ivo" with Tam's parents a couple: the reader hangs Ivo from one of
    them, so Tam's other parent meets Ivo as an in-law. CLUTRR composes through the child
    (child o inv-grand = inv-child: "my son's grandfather is my father"), so when the evidence
    of the parent tie is a grandparent phrase that names a child of the partner and not the
    partner (the tie came from a grandchild), the in-law parent is projected onto the parent.
    """
    if [st.move for st in rel.path] != ["partner", "parent"]:
        return False
    partner_id, parent_id = rel.path[0].dst, rel.path[1].dst
    tie = next((c for c in family.children
                if c.parent == parent_id and c.child == partner_id), None)
    if tie is None or not tie.evidence or not any(
            "grand" in text[s:e].lower() for s, e in tie.evidence):
        return False
    grandkids = {c.child for c in family.children if c.parent == partner_id}
    people = {p.id: p for p in family.people}

    def named_in_tie(pid: str) -> bool:
        return any(s <= m0 and m1 <= e for s, e in tie.evidence
                   for m0, m1 in people[pid].mentions)

    return not named_in_tie(partner_id) and any(named_in_tie(g) for g in grandkids)


def answer_product(row: Row) -> Answer:
    """The product: the reading engine reads the plain story, the calculator answers."""
    from genogram.read import read_text

    text = strip_brackets(row.story)
    family = read_text(text, name="clutrr", implied_people=True)
    ids = []
    for name in (row.a, row.b):
        found = _find_person(family, name)
        if not found:
            return Answer(None, None, "no-person")
        if len(found) > 1:
            return Answer(None, None, "ambiguous")
        ids.append(found[0])
    if ids[0] == ids[1]:
        return Answer(None, "self", "wrong")
    return _answer(family, ids[0], ids[1], row.target, text=text)


def answer_oracle(row: Row, source: str = "text", collapse: bool = True) -> Answer:
    """Diagnostics: a graph built inside this script (not the product), then the calculator."""
    facts, genders = facts_from_edges(row) if source == "edges" else facts_from_text(row.story)
    builder = GraphBuilder(genders=genders, collapse=collapse, focus=row.a)
    builder.add(facts)
    family, ids = builder.family()
    if row.a not in ids or row.b not in ids:
        return Answer(None, None, "no-person")
    a_id, b_id = ids[row.a], ids[row.b]
    if a_id == b_id:
        return Answer(None, "self", "wrong")
    # a merged "parent unit" carries one gender; B's own gender comes from the story
    return _answer(family, a_id, b_id, row.target, b_gender=genders.get(row.b, "unknown"))


# ----------------------------------------------------------------------------------------------
# Templates


def sentence_templates(rows: Iterable[Row]) -> Counter[str]:
    """Sentences with names replaced by X, Y, Z, W, V in order of appearance."""
    out: Counter[str] = Counter()
    for row in rows:
        for s in _sentences(row.story):
            order: list[str] = []

            def sub(m: re.Match[str], _order: list[str] = order) -> str:
                if m.group(1) not in _order:
                    _order.append(m.group(1))
                i = _order.index(m.group(1))
                return "XYZWV"[i] if i < 5 else "N"

            out[_RE_NAME.sub(sub, s).strip()] += 1
    return out


_RE_KIN_WORD = re.compile(rf"\b({_KIN})\b", re.I)


def kin_constructions(rows: Iterable[Row]) -> Counter[str]:
    """Around each kin word: the nearest name before it in its sentence and the nearest after it
    (within five tokens), names as X/Y, pronouns and function words kept, other words elided."""
    out: Counter[str] = Counter()
    for row in rows:
        for s in _sentences(row.story):
            toks = re.findall(r"\[[^\]]+\]|[\w'-]+|[^\w\s]", s)
            for i, t in enumerate(toks):
                if not _RE_KIN_WORD.fullmatch(t):
                    continue
                lo = next((j for j in range(i - 1, -1, -1) if toks[j].startswith("[")), None)
                hi = next((j for j in range(i + 1, min(len(toks), i + 6))
                           if toks[j].startswith("[")), None)
                left = toks[lo:i] if lo is not None else toks[max(0, i - 2):i]
                right = toks[i + 1:hi + 1] if hi is not None else []
                words = [*left, "KIN", *right]
                out[_shape(words, lo is not None, hi is not None)] += 1
    return out


_KEEP = {"his", "her", "their", "'s", "is", "was", "of", "the", "a", "an", "and", "has", "had",
         "named", "called", ",", "who", "(", ")"}


def _shape(words: list[str], has_left: bool, has_right: bool) -> str:
    out: list[str] = []
    names = iter("XY")
    for w in words:
        if w.startswith("["):
            out.append(next(names, "Z"))
        elif w == "KIN" or w.lower() in _KEEP:
            out.append(w.lower() if w != "KIN" else w)
        elif not out or out[-1] != "…":
            out.append("…")
    if not has_left:
        out.insert(0, "(no name before)")
    if not has_right:
        out.append("(no name after)")
    return " ".join(out).replace(" 's", "'s").replace(" ,", ",")


def write_templates(rows: list[Row], path: Path = TEMPLATES_MD) -> None:
    sents = sentence_templates(rows)
    cons = kin_constructions(rows)
    total_s, total_c = sum(sents.values()), sum(cons.values())
    lines = [
        "# CLUTRR: sentence shapes in the validation stories",
        "",
        f"From `{SPLITS['validation']}` ({len(rows)} stories, {total_s} sentences, "
        f"{len(sents)} distinct sentence templates). Written by `bench/clutrr.py --templates`.",
        "Names are replaced by X, Y, Z in order of appearance. The crowd-written sentences are",
        "long-tailed: the 30 most common templates cover "
        f"{sum(n for _, n in sents.most_common(30)) / total_s:.1%} of sentences, so the second",
        "list (kin constructions around each kinship word) is the one to read for what a reader",
        "must support.",
        "",
        "## 30 most common sentence templates",
        "",
        "| # | count | template |",
        "|---|------:|----------|",
    ]
    for i, (t, n) in enumerate(sents.most_common(30), 1):
        lines.append(f"| {i} | {n} | {t.replace('|', '/')} |")
    lines += [
        "",
        "## 30 most common kin constructions",
        "",
        f"Around each of the {total_c} kinship words: the nearest name before it in its sentence and",
        "the nearest after it (within five tokens); pronouns and function words kept, other words",
        "shown as …; KIN is the kinship word (son, sister, grandmother, …). \"(no name before)\":",
        "the owner is a pronoun's antecedent in an earlier sentence (\"She … her sister, X\").",
        "",
        "| # | count | share | construction |",
        "|---|------:|------:|--------------|",
    ]
    for i, (t, n) in enumerate(cons.most_common(30), 1):
        lines.append(f"| {i} | {n} | {n / total_c:.1%} | {t.replace('|', '/')} |")
    lines += [
        "",
        "## What else a reader meets in these stories",
        "",
        "- The query asks how the SECOND name is related to the FIRST.",
        "- A kin noun without a name is named in the next sentence: \"X made a pizza for his",
        "  daughter. Her name is Y.\" / \"Y is the son's name.\" (templates 1-2 above).",
        "- Coordination shares the owner: \"X joined his daughter Y, his brother Z and sister W\";",
        "  \"her sons, Y and Z\". Compounds: \"his sister's son. His name is Y.\" (a nephew).",
        "- Pronoun owners (\"She is looking forward to her sister, X, attending.\") point to a",
        "  name in an earlier sentence; possessives come as \"X's\", \"X 's\" and \"X 'son\".",
        "- CLUTRR's composition rules make a husband's son a son, a child's uncle one's own",
        "  sibling and a child's grandfather one's own father, even when the story reaches them",
        "  through the child's other parent; siblings share parents; there are no half or step",
        "  ties. Which parent an aunt or grandparent hangs from is not always fixed by the story",
        "  (CLUTRR decides by the order its proof composed the chain).",
        "- The long-chain test stories reuse crowd sentences with other names, so gender words",
        "  sometimes contradict the rest of the story (\"X and her mother Y\" with Y a man",
        "  elsewhere) and a few parent/child sentences point the wrong way: weigh the evidence",
        "  for a person's gender across the story rather than trusting one word.",
        "",
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# Running and reporting


def run(rows: list[Row], mode: str, source: str, collapse: bool, console: Console,
        show_progress: bool) -> list[tuple[Row, Answer]]:
    results: list[tuple[Row, Answer]] = []
    progress = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=console, transient=True,
                        disable=not show_progress)
    with progress:
        task = progress.add_task(f"CLUTRR {mode}", total=len(rows))
        for row in rows:
            try:
                ans = (answer_oracle(row, source, collapse) if mode == "oracle"
                       else answer_product(row))
            except Exception as err:  # a benchmark keeps going; the error is counted and shown
                ans = Answer(None, f"{type(err).__name__}: {err}", "error")
            results.append((row, ans))
            progress.advance(task)
    return results


def summarize(results: list[tuple[Row, Answer]]) -> dict[str, object]:
    by: dict[int, list[bool]] = defaultdict(list)
    by_task: dict[str, list[bool]] = defaultdict(list)
    reasons: Counter[str] = Counter()
    confusion: Counter[str] = Counter()
    for row, ans in results:
        ok = ans.label == row.target
        by[row.steps].append(ok)
        by_task[row.task].append(ok)
        reasons["ok" if ok else ans.reason] += 1
        if not ok:
            confusion[f"{row.target} -> {ans.label or ans.phrase or ans.reason}"] += 1
    n = len(results)
    correct = sum(ans.label == row.target for row, ans in results)
    return {
        "n": n, "correct": correct, "accuracy": round(correct / n, 4) if n else 0.0,
        "by_steps": {str(k): {"n": len(v), "correct": sum(v),
                              "accuracy": round(sum(v) / len(v), 4)} for k, v in sorted(by.items())},
        "by_task": {k: {"n": len(v), "correct": sum(v), "accuracy": round(sum(v) / len(v), 4)}
                    for k, v in sorted(by_task.items())},
        "outcomes": dict(reasons.most_common()),
        "top_confusions": dict(confusion.most_common(15)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--split", choices=sorted(SPLITS), default="validation")
    ap.add_argument("--limit", type=int, default=None, help="only the first N rows")
    ap.add_argument("--every", type=int, default=1, help="only every N-th row (a quick sample)")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--oracle", action="store_true",
                    help="DIAGNOSTICS, not the product: build the graph inside this script")
    ap.add_argument("--oracle-source", choices=("text", "edges"), default="text",
                    help="oracle graph from a tiny pattern reader (text) or CLUTRR's edges")
    ap.add_argument("--no-collapse", action="store_true",
                    help="oracle: keep a child's unstated co-parents apart (real-world kinship)")
    ap.add_argument("--errors", type=int, default=0, help="show N wrong answers")
    ap.add_argument("--templates", action="store_true",
                    help=f"write {TEMPLATES_MD.name} from the validation split and exit")
    ap.add_argument("--data", type=Path, default=DATA, help="folder with the CLUTRR CSV files")
    args = ap.parse_args(argv)
    console = Console(stderr=True)
    out = Console(highlight=False)

    if args.templates:
        write_templates(load_rows("validation", args.data))
        out.print(f"wrote {TEMPLATES_MD}")
        return 0

    rows = load_rows(args.split, args.data, args.limit)[::max(1, args.every)]
    mode = "oracle" if args.oracle else "product"
    results = run(rows, mode, args.oracle_source, not args.no_collapse, console,
                  show_progress=sys.stderr.isatty())
    summary = summarize(results)
    label = ("ORACLE (diagnostics, not the product): graph from "
             + ("CLUTRR's annotated edges" if args.oracle_source == "edges"
                else "a tiny pattern reader in bench/clutrr.py")
             + ("" if not args.no_collapse else ", real-world co-parents")
             if args.oracle else "PRODUCT: genogram.read.read_text + kinship calculator")
    summary = {"split": args.split, "mode": mode, "label": label, **summary}
    if args.json:
        out.print_json(json.dumps(summary))
    else:
        table = Table(title=f"CLUTRR {args.split} - {label}")
        table.add_column("steps", justify="right")
        table.add_column("n", justify="right")
        table.add_column("correct", justify="right")
        table.add_column("accuracy", justify="right")
        for k, v in summary["by_steps"].items():  # type: ignore[union-attr]
            table.add_row(k, str(v["n"]), str(v["correct"]), f"{v['accuracy']:.3f}")
        table.add_row("all", str(summary["n"]), str(summary["correct"]),
                      f"{summary['accuracy']:.3f}", style="bold")
        out.print(table)
        out.print("outcomes:", summary["outcomes"])
        out.print("top confusions (target -> answer):", summary["top_confusions"])
    shown = 0
    for row, ans in results:
        if shown >= args.errors:
            break
        if ans.label != row.target:
            shown += 1
            out.print(f"\n[{row.task}] {row.story}\n  query ({row.a}, {row.b}) target "
                      f"{row.target}; got {ans.label} ({ans.phrase}; {ans.reason})", markup=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
