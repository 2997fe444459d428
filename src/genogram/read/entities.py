"""People as entities: a union-find over mention clusters, with names, gender votes and claims.

A claim is "referent stands in kin relation TERM to possessor" with its evidence. Claims are how a
kin phrase finds the person it names ("my husband" twice is one man) and how structure is built.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field

from genogram.read.lexicon import KinTerm
from genogram.read.names import same_given_name

NAME_SUFFIXES = ("jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii", "iv")


@dataclass
class Entity:
    id: int
    names: list[str] = field(default_factory=list)
    descs: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    gender_votes: Counter = field(default_factory=Counter)
    #: votes from the name lexicon alone ("Dana" leans female), kept apart from what the text
    #: states (kin words, pronouns, titles) so that a stated role can outweigh the name
    name_votes: Counter = field(default_factory=Counter)
    narrator: bool = False
    deceased: bool = False
    age: int | None = None
    birth_year: int | None = None
    death_year: int | None = None
    evidence: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    first: int = 10**12
    titles: list[str] = field(default_factory=list)   # kin titles used as/with the name
    nouns: list[str] = field(default_factory=list)    # description nouns ("neighbor")
    strong_mentions: int = 0                          # names, kin phrases, descriptions
    implied: bool = False     # an unnamed go-between the text implies (optional, see build)

    @property
    def name(self) -> str | None:
        return self.names[0] if self.names else None


@dataclass
class Claim:
    """``referent`` is ``term`` of ``possessor`` (e.g. referent = possessor's husband)."""

    possessor: int
    term: KinTerm
    referent: int
    span: tuple[int, int]
    ordinal: str | None = None
    in_quote: bool = False
    title_only: bool = False   # from a title ("Aunt Lou", "Grandma") rather than a phrase


#: Qualifiers that do not change who the relative is ("my late father" is still my father).
_NEUTRAL_QUALS = frozenset({"late", "twin"})

_INVERSE = {"P": "C", "C": "P", "S": "S", "E": "E", "PP": "CC", "CC": "PP"}


def relation_key(term: KinTerm, ordinal: str | None = None) -> tuple:
    qual = frozenset(q for q in term.qual if q not in ("late",))
    return (term.path, term.gender, qual, ordinal)


#: Words before a name that tell namesakes apart: "Big Oddvar" and "Little Oddvar" are two people.
NAME_PREFIXES = ("big", "little", "young", "old", "baby", "wee")


def name_key(name: str) -> tuple[str, str]:
    """(given-ish first word, suffix) in lowercase: 'Arthur Jr.' -> ('arthur', 'jr');
    'Little Lone' -> ('stavros', 'little')."""
    parts = name.replace(",", " ").split()
    if len(parts) > 1 and parts[0].lower() in NAME_PREFIXES:
        return (parts[1].lower(), parts[0].lower())
    suffix = ""
    if len(parts) > 1 and parts[-1].lower() in NAME_SUFFIXES:
        suffix = parts[-1].lower().rstrip(".")
        suffix = {"junior": "jr", "senior": "sr"}.get(suffix, suffix)
        parts = parts[:-1]
    # an abbreviated given name keeps its stem: "Nana Jo." is Jo
    return (parts[0].lower().rstrip(".") if parts else "", suffix)


def _short_form(short: str, full: str) -> bool:
    """'dari' for 'dariush', 'lu' for 'lucille': a clipped first name."""
    return 2 <= len(short) < len(full) and full.startswith(short) and len(full) - len(short) >= 2


def names_match(a: str, b: str) -> bool:
    """Same person by name: same first word (or nickname) and the same suffix (Jr./Sr.)."""
    (fa, sa), (fb, sb) = name_key(a), name_key(b)
    if sa != sb:
        return False
    if same_given_name(fa, fb) or _short_form(fa, fb) or _short_form(fb, fa):
        la, lb = a.split(), b.split()
        return not (len(la) > 1 and len(lb) > 1 and not sa and la[-1].lower() != lb[-1].lower())
    # surname only ("Mr. Tobbe" vs "Piet Tobbe")
    la, lb = a.split(), b.split()
    if la[0].lower() in NAME_PREFIXES or lb[0].lower() in NAME_PREFIXES:
        return False
    if len(la) == 1 and len(lb) > 1 and la[0].lower() == lb[-1].lower():
        return True
    return len(lb) == 1 and len(la) > 1 and lb[0].lower() == la[-1].lower()


def _index_keys(name: str) -> set[str]:
    from genogram.read.names import formal_names

    words = [w.lower() for w in name.replace(",", " ").split()]
    if len(words) > 1:
        words = [w for w in words if w not in NAME_SUFFIXES]
    keys = set(words)
    if words:
        # a nickname of several formal names ("Tina") is filed under each of them
        keys |= formal_names(words[0].rstrip("."))
        keys.add("^" + words[0][:2])  # clipped forms share their first two letters
    return keys


def _full_names_clash(a: list[str], b: list[str]) -> bool:
    """Two full names (given + family) with different given names."""
    for x in a:
        for y in b:
            wx, wy = x.split(), y.split()
            if len(wx) > 1 and len(wy) > 1 and not names_match(x, y):
                return True
    return False


class Entities:
    """Union-find of entities plus the claims between them."""

    def __init__(self) -> None:
        self.items: list[Entity] = []
        self.parent: list[int] = []
        self.claims: list[Claim] = []
        self.by_word: dict[str, set[int]] = {}
        # claims by the entity ids they were made with, and each root's member ids: a person's
        # claims are found without scanning all of them (a scan per kin phrase is quadratic)
        self._members: dict[int, list[int]] = {}
        self._by_poss: dict[int, list[Claim]] = {}
        self._by_ref: dict[int, list[Claim]] = {}
        self._indexed = 0
        self._last: Claim | None = None

    def new(self) -> int:
        e = Entity(len(self.items))
        self.items.append(e)
        self.parent.append(e.id)
        self._members[e.id] = [e.id]
        return e.id

    def _sync(self) -> None:
        """Bring the claim index up to date; claims may be appended or filtered in place by
        other stages, so a changed prefix rebuilds it."""
        n = len(self.claims)
        if n == self._indexed and (n == 0 or self.claims[-1] is self._last):
            return
        if n < self._indexed or (self._indexed and self.claims[self._indexed - 1] is not self._last):
            self._by_poss, self._by_ref, self._indexed = {}, {}, 0
        for c in self.claims[self._indexed:]:
            self._by_poss.setdefault(c.possessor, []).append(c)
            self._by_ref.setdefault(c.referent, []).append(c)
        self._indexed = n
        self._last = self.claims[-1] if n else None

    def claims_by(self, ent: int) -> list[Claim]:
        """Claims whose possessor is ``ent`` (any entity merged into it)."""
        self._sync()
        return [c for m in self._members[self.find(ent)] for c in self._by_poss.get(m, ())]

    def claims_about(self, ent: int) -> list[Claim]:
        """Claims whose referent is ``ent`` (any entity merged into it)."""
        self._sync()
        return [c for m in self._members[self.find(ent)] for c in self._by_ref.get(m, ())]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def get(self, i: int) -> Entity:
        return self.items[self.find(i)]

    def gender(self, i: int) -> str | None:
        """The gender the text states (:meth:`stated_gender`); when it states none or is evenly
        split, the name lexicon's guess joins the vote ("Dana took her son" makes Dana a woman
        whatever the lexicon says of the name)."""
        e = self.get(i)
        return _majority(e.gender_votes) or _majority(e.gender_votes + e.name_votes)

    def stated_gender(self, i: int) -> str | None:
        """The gender the text itself states (kin words, pronouns, titles), leaving out what
        the name lexicon guesses from a given name; None when unstated or evenly split."""
        return _majority(self.get(i).gender_votes)

    def compatible(self, a: int, b: int, *, names: bool = True, name_gender: bool = True) -> bool:
        """Can two entities be one person? Not if names (unless ``names=False``: a stated
        nickname) or stated genders clash, or if one is the other's relative. With
        ``name_gender=False`` (the text says the two are one: "his wife, Dana") a gender only
        the name lexicon suggests does not count against it."""
        a, b = self.find(a), self.find(b)
        if a == b:
            return True
        ea, eb = self.items[a], self.items[b]
        if names and ea.names and eb.names and not any(names_match(x, y) for x in ea.names
                                                       for y in eb.names):
            return False
        if names and _full_names_clash(ea.names, eb.names):
            return False  # "Ragna Mads" and "Wiebke Mads" share a surname, not a person
        gender = self.gender if name_gender else self.stated_gender
        ga, gb = gender(a), gender(b)
        if ga and gb and ga != gb:
            return False
        if ea.narrator and eb.narrator:
            return False
        # never merge a person with their own relative
        for c in self.claims_by(a) + self.claims_about(a):
            p, r = self.find(c.possessor), self.find(c.referent)
            if {p, r} == {a, b}:
                return False
        return (not self._step_and_plain(a, b) and not self._step_and_plain(b, a)
                and not self._two_generations(a, b))

    def _two_generations(self, a: int, b: int) -> bool:
        """Is ``a`` someone's relative in one blood line role and ``b`` the same someone's in
        another ("Mama" and "Granny" to one child)? One person is not both. (Roles through a
        partner are left out: a mother-in-law may be called "Mom".)"""
        blood = ("P", "PP", "PPP", "C", "CC", "S")
        roles_a = {(self.find(c.possessor), c.term.path) for c in self.claims_about(a)
                   if c.term.path in blood}
        if not roles_a:
            return False
        owners_a = {o for o, _p in roles_a}
        return any(self.find(c.possessor) in owners_a and c.term.path in blood
                   and (self.find(c.possessor), c.term.path) not in roles_a
                   for c in self.claims_about(b))

    def _step_and_plain(self, a: int, b: int) -> bool:
        """Is ``a`` someone's step-parent (step-child, step-sibling) and ``b`` that same
        someone's parent (child, sibling) told plainly? "My stepdad Egil is my dad in
        every way": the two roles are two people, however warmly the text equates them."""
        steps = {(self.find(c.possessor), c.term.path) for c in self.claims_about(a)
                 if "step" in c.term.qual}
        return bool(steps) and any(
            (self.find(c.possessor), c.term.path) in steps and not c.term.qual
            and not c.title_only for c in self.claims_about(b))

    def merge(self, a: int, b: int) -> int:
        a, b = self.find(a), self.find(b)
        if a == b:
            return a
        if self.items[b].first < self.items[a].first:
            a, b = b, a
        ea, eb = self.items[a], self.items[b]
        self.parent[b] = a
        small, big = sorted((self._members.pop(b), self._members[a]), key=len)
        big.extend(small)
        self._members[a] = big
        for n in eb.names:
            if not any(n == x for x in ea.names):
                ea.names.append(n)
        ea.descs += [d for d in eb.descs if d not in ea.descs]
        ea.mentions += eb.mentions
        ea.spans += eb.spans
        ea.gender_votes += eb.gender_votes
        ea.name_votes += eb.name_votes
        ea.narrator = ea.narrator or eb.narrator
        ea.deceased = ea.deceased or eb.deceased
        ea.age = ea.age if ea.age is not None else eb.age
        ea.birth_year = ea.birth_year or eb.birth_year
        ea.death_year = ea.death_year or eb.death_year
        for k, v in eb.evidence.items():
            ea.evidence.setdefault(k, []).extend(v)
        ea.titles += eb.titles
        ea.nouns += eb.nouns
        ea.strong_mentions += eb.strong_mentions
        ea.first = min(ea.first, eb.first)
        return a

    def claim(self, possessor: int, term: KinTerm, referent: int, span: tuple[int, int], *,
              ordinal: str | None = None, in_quote: bool = False,
              title_only: bool = False) -> None:
        if self.find(possessor) == self.find(referent):
            return
        self.claims.append(Claim(possessor, term, referent, span, ordinal, in_quote, title_only))

    def holders(self, possessor: int, term: KinTerm, ordinal: str | None = None) -> set[int]:
        """Everyone known to be ``term`` of ``possessor``, read from claims in both directions
        ("our son, Sindre" also says the speaker is Sindre's parent)."""
        p = self.find(possessor)
        key = relation_key(term, ordinal)
        found = {self.find(c.referent) for c in self.claims_by(p)
                 if relation_key(c.term, c.ordinal) == key}
        inverse = _INVERSE.get(term.path)
        if inverse is not None and not (term.qual - _NEUTRAL_QUALS) and ordinal is None:
            for c in self.claims_about(p):
                if (c.term.path == inverse
                        and not (c.term.qual - _NEUTRAL_QUALS)):
                    owner = self.find(c.possessor)
                    g = self.gender(owner)
                    if term.gender is None or g is None or g == term.gender:
                        found.add(owner)
            found |= self._derived(p, term)
            if term.gender is not None and len(found) > 1:
                sure = {x for x in found if self.gender(x) == term.gender}
                if sure:
                    found = sure
        return found

    def parents_of(self, p: int, *, born: bool = False) -> set[int]:
        """Parents by plain parent words; ``born``: any parent word but a step one (birth,
        adoptive, foster parents too)."""
        return self._tied(p, "P", "C", born)

    def children_of(self, p: int, *, born: bool = False) -> set[int]:
        """Children by plain child words; ``born`` as in :meth:`parents_of`."""
        return self._tied(p, "C", "P", born)

    def _tied(self, p: int, path: str, inverse: str, born: bool) -> set[int]:
        def counts(c: Claim) -> bool:
            return "step" not in c.term.qual if born else not c.term.qual - _NEUTRAL_QUALS
        out = {self.find(c.referent) for c in self.claims_by(p)
               if c.term.path == path and counts(c)}
        out |= {self.find(c.possessor) for c in self.claims_about(p)
                if c.term.path == inverse and counts(c)}
        return out

    def _derived(self, p: int, term: KinTerm) -> set[int]:
        """Relatives that follow from two claims: a parent's other child is a sibling, a
        sibling's parent is a parent, the other parent of one's child is a partner."""
        out: set[int] = set()
        if term.path == "S":
            for par in self.parents_of(p):
                out |= self.children_of(par)
        elif term.path == "P":
            for c in self.claims_by(p) + self.claims_about(p):
                if c.term.path == "S" and not c.term.qual:
                    a, b = self.find(c.possessor), self.find(c.referent)
                    if p in (a, b):
                        out |= self.parents_of(b if a == p else a)
        elif term.path == "E":
            for kid in self.children_of(p):
                out |= self.parents_of(kid)
        elif term.path == "PP":
            for par in self.parents_of(p):
                out |= self.parents_of(par)
        out.discard(p)
        if term.gender is not None:
            out = {x for x in out if self.gender(x) in (None, term.gender)}
        return out

    def lookup(self, possessor: int, term: KinTerm, ordinal: str | None = None) -> int | None:
        """The person already known to be ``term`` of ``possessor``, if exactly one."""
        p = self.find(possessor)
        found = self.holders(p, term, ordinal)
        if len(found) == 1:
            return found.pop()
        if not found and term.gender is None:
            # "my parent"/"my sibling" may name a gendered one already known
            loose = {self.find(c.referent) for c in self.claims_by(p)
                     if c.term.path == term.path and c.term.qual == term.qual}
            # (the same qualifiers: "my ex" is not "my husband", "my parent" not "my stepdad")
            if len(loose) == 1:
                return loose.pop()
        if not found and not term.qual and term.path in ("C", "P") and ordinal is None:
            # "my adopted daughter … our daughter Wrenna": an adoptive child or parent is
            # called plainly too (a step one is not: "my stepson" and "my son" are two people)
            adopted = self.holders(p, dataclasses.replace(term, qual=frozenset({"adoptive"})))
            if len(adopted) == 1:
                return adopted.pop()
        return None

    def add_name(self, i: int, name: str) -> None:
        """Give entity ``i`` a name and index it (by each word and its nickname family)."""
        e = self.get(i)
        if name not in e.names:
            e.names.append(name)
        for key in _index_keys(name):
            self.by_word.setdefault(key, set()).add(i)

    def find_by_name(self, name: str, gender: str | None = None,
                     besides: int | None = None, *, earliest: bool = False) -> int | None:
        """The existing entity with a matching name (most recently mentioned if several, or
        the first met with ``earliest``: "the original Ana"); with ``gender``, one of that
        gender or of none known ("Grandpa Voll" is not Grandma Voll); never ``besides``."""
        best: int | None = None
        best_last = -1
        cands: set[int] = set()
        for key in _index_keys(name):
            cands |= {self.find(i) for i in self.by_word.get(key, ())}
        if besides is not None:
            cands.discard(self.find(besides))
        if gender is not None:
            # filtered first: "Mr. Roe" is Ned Roe even when "Mrs. Roe" already holds the bare
            # surname as an exact match
            cands = {i for i in cands if self.gender(i) in (None, gender)}
        exact = [i for i in cands if name in self.items[i].names]
        matching = [i for i in cands if any(names_match(name, n) for n in self.items[i].names)
                    and not _full_names_clash([name], self.items[i].names)]
        pool = exact or matching
        if earliest and matching:
            return min(matching, key=lambda i: self.items[i].first)
        if len(matching) > 1:
            # "named him Ivo after his father, and called the child Bo": the one who goes by
            # another name besides is not the one the bare shared name means afterwards
            plain = [i for i in matching if not self._called_otherwise(i, name)]
            if plain and not set(plain) & set(pool):
                pool = plain
        if not pool and name_key(name)[1] == "sr":
            pool = [i for i in cands if self._elder_namesake(i, name)]
        for i in pool:
            last = self.items[i].spans[-1][0] if self.items[i].spans else -1
            if last > best_last:
                best, best_last = i, last
        return best

    def _called_otherwise(self, i: int, name: str) -> bool:
        """Does ``i`` also go by a name that shares no word with ``name`` or its forms ("Ivo"
        and "Bo"; not "Ivo Berg" and "Berg")?"""
        names = self.items[i].names
        words = {w.lower() for n in names if names_match(name, n) or names_match(n, name)
                 for w in n.split()}
        return any(not (names_match(name, n) or names_match(n, name))
                   and not {w.lower() for w in n.split()} & words for n in names)

    def _elder_namesake(self, i: int, name: str) -> bool:
        """Is ``i`` the parent of a namesake, so that "Torleif Sr." names ``i`` even though ``i``
        was met without the suffix ("Torleif Lunde", father of Torleif)?"""
        given = name_key(name)[0]
        if not any(name_key(n) == (given, "") or names_match(given, n)
                   for n in self.items[i].names):
            return False
        return any(name_key(n)[0] == given for c in sorted(self.children_of(i))
                   for n in self.items[c].names)

    def roots(self) -> list[int]:
        return [i for i in range(len(self.items)) if self.parent[i] == i]


def _majority(votes: Counter) -> str | None:
    """The gender with the most votes, or None when there are none or the top two tie."""
    if not votes:
        return None
    (g, n), *rest = votes.most_common()
    if rest and rest[0][1] == n:
        return None
    return g
