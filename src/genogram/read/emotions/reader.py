"""``LinkReader``: who a cue connects. People at a token (groups expanded to their members), a
verb's subjects and objects (relative clauses, stranded prepositions, "each other", an
unresolved "they" read as the pair before), and the collected links with their evidence. Kin
checks come from ``kin_facts.KinFacts``, negation and irrealis from ``mood.ClauseMood``."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from genogram.read.document import StoryDoc
from genogram.read.emotions.kin_facts import KinFacts
from genogram.read.emotions.mood import ClauseMood
from genogram.read.facts import LinkFact
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention
from genogram.read.mentions.tree import contrasted_appositive
from genogram.read.resolve import Discourse

#: A note's reporting verbs, which a tagger may take for plural nouns ("Client states").
_REPORT_WORDS = frozenset(["states", "reports", "describes", "says", "notes", "admits",
                           "endorses", "denies", "recalls"])

#: Plural nouns for a set of siblings: "the sisters were inseparable".
_SIBLING_PLURALS = frozenset(["sisters", "brothers", "twins", "siblings"])


class LinkReader(KinFacts, ClauseMood):
    """One story's cue reader: its tokens, mentions and discourse, and the links found."""

    def __init__(self, doc: StoryDoc, ms: list[Mention], d: Discourse,
                 couples: Iterable[frozenset[int]] = ()) -> None:
        self.doc, self.ms, self.d = doc, ms, d
        self.couples = frozenset(frozenset(d.ents.find(e) for e in c) for c in couples)
        self.toks = doc.toks
        self.by_head: dict[int, Mention] = {}
        self.by_sent: dict[int, list[Mention]] = defaultdict(list)
        for m in ms:
            self.by_head.setdefault(m.head, m)
            self.by_sent[self.toks[m.head].sent].append(m)
        self.out: dict[tuple[frozenset, str], LinkFact] = {}
        self._kin_pairs: dict[int, set[int]] | None = None
        # spans an entity holds with no mention of their own: a note's "MGF", "PGM"
        self.bare_spans: dict[int, int] = {}
        heads = {m.start for m in ms}
        for e_i, e in enumerate(d.ents.items):
            for a, _b in e.spans:
                if a not in heads:
                    self.bare_spans.setdefault(a, e_i)

    # --- people ----------------------------------------------------------------------------

    def people_at(self, tok: int) -> list[int]:
        m = self.by_head.get(tok) or self._hyphen_mention(tok)
        find = self.d.ents.find
        if m is None:
            # "mother reports MGF was violent toward MGM": an abbreviation is a span, no mention
            e = self.bare_spans.get(self.toks[tok].start)
            if e is None and self.toks[tok].pos in ("NOUN", "PROPN"):
                # a note's role word with no mention: "fights between IP and father"
                e = self.d.roles.get(self.toks[tok].lower)
            return [find(e)] if e is not None else []
        if m.entity != -1:
            return [find(m.entity)]
        if m.members:  # "the four cousins ... Viggo, Fiora and Torild"
            return [find(self.ms[j].entity) for j in m.members if self.ms[j].entity != -1]
        group = [find(e) for e in self.d.groups.get(m.idx, [])]
        return group or self.sibling_pair(tok)

    def _hyphen_mention(self, tok: int) -> Mention | None:
        """The mention whose head is another piece of the same hyphenated word: the parser
        may make "mother" of "my mother-in-law" the subject, the mention's head is "law"."""
        toks, text = self.toks, self.doc.text
        t = toks[tok]
        for k in range(max(0, tok - 4), min(len(toks), tok + 5)):
            m = self.by_head.get(k)
            if m is None or k == tok or not m.start <= t.start < m.end:
                continue
            a, b = min(t.start, toks[k].start), max(t.end, toks[k].end)
            if not any(ch.isspace() for ch in text[a:b]):
                return m
        return None

    def sibling_pair(self, tok: int) -> list[int]:
        """ "the sisters", "the twins", "the brothers" with no group resolved: the last two
        people named in this or the two sentences before who are siblings by stated ties."""
        toks = self.toks
        if toks[tok].lower not in _SIBLING_PLURALS or not any(
                toks[c].lower in ("the", "both") for c in toks[tok].children):
            return []
        sent = toks[tok].sent
        seen: list[int] = []
        for s_i in (sent, sent - 1, sent - 2):
            for m in reversed(self.by_sent.get(s_i, [])):
                if m.head >= tok and s_i == sent or m.entity == -1 or m.plural:
                    continue
                e = self.d.ents.find(m.entity)
                if e not in seen:
                    seen.append(e)
        # "the brothers" are no sister ("the sisters" no brother): a half-sister named between
        # them is not one of the pair
        barred = {"brothers": "female", "sisters": "male"}.get(toks[tok].lower)
        seen = [e for e in seen if barred is None or self.d.ents.gender(e) != barred]

        def sibs(a: int, b: int) -> bool:
            # (two sisters of the same person are sisters: "Solvor had sisters, Vi and Una")
            return self.siblings(a, b) or any(
                c not in (a, b) and self.siblings(a, c) and self.siblings(b, c) for c in seen)

        for i, a in enumerate(seen):
            for b in seen[i + 1:]:
                if sibs(a, b):
                    return [b, a]
        return []

    def with_conj(self, tok: int) -> list[int]:
        out = self.people_at(tok)
        for c in self.toks[tok].children:
            if self.toks[c].dep == "conj":
                out += self.with_conj(c)
            elif self.toks[c].dep == "appos":
                # "My husband Bjarte and his brother Tormod": the conjunct hangs on the apposition
                out += [p for p in self.with_conj(c) if p not in out]
        return list(dict.fromkeys(out))

    def subjects(self, verb: int) -> list[int]:
        toks = self.toks
        k = verb
        for _ in range(4):
            subjs = [c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass", "csubj")]
            # "the four cousins were a gang—Vi, Una and Bo": the parser may give the
            # clause a second subject, the list that names the group; take the one with people
            subj = next((c for c in subjs if self.people_at(c)), subjs[0] if subjs else -1)
            if subj != -1:
                if toks[subj].dep == "nsubj" and toks[subj].lower in ("who", "that") and (
                        toks[k].dep == "relcl"):
                    # ("an alcoholic who beat me": the relative head, or the copula's subject)
                    return self.with_conj(self.relcl_head(k))
                owner = self.owner_pronoun(k, subj)
                return [owner] if owner is not None else self.with_conj(subj)
            if toks[k].dep == "relcl":
                return self.with_conj(self.relcl_head(k))
            teller = self._noun_tagged_report(k)
            if teller:
                return teller
            if toks[k].dep not in ("conj", "xcomp", "advcl", "acl", "ccomp", "pcomp") or (
                    toks[k].head == k):
                break
            k = toks[k].head
        return []

    def _noun_tagged_report(self, k: int) -> list[int]:
        """A note's "Client states ..." that the tagger read as the noun phrase "Client states":
        the reporting word is a noun whose compound is the person reporting."""
        toks = self.toks
        if toks[k].pos != "NOUN" or toks[k].lower not in _REPORT_WORDS:
            return []
        return [p for c in toks[k].children if toks[c].dep == "compound"
                for p in self.people_at(c)][:1]

    def owner_pronoun(self, verb: int, subj: int) -> int | None:
        """In "his father, who he never called", the relative clause's "he" is the "his" of
        the noun it modifies (not whoever the pronoun was bound to further back)."""
        toks = self.toks
        if toks[verb].dep != "relcl" or toks[subj].lower not in ("he", "she"):
            return None
        poss = "his" if toks[subj].lower == "he" else "her"
        gender = "male" if poss == "his" else "female"
        head = toks[verb].head
        for c in toks[head].children:
            # (or a named owner of the pronoun's gender: "Client's half-brother, with whom she
            # is friendly")
            if toks[c].dep == "poss" and (toks[c].lower == poss or toks[c].pos == "PROPN"):
                owners = self.people_at(c)
                if len(owners) == 1 and owners[0] not in self.people_at(head) and (
                        toks[c].lower == poss or self.d.ents.gender(owners[0]) == gender):
                    return owners[0]
        return None

    def relcl_head(self, verb: int) -> int:
        """The noun a relative clause holding ``verb`` modifies ("the cousin [she never
        wrote to]"), or -1."""
        toks = self.toks
        k = verb
        for _ in range(3):
            if toks[k].dep == "relcl":
                h = toks[k].head
                if contrasted_appositive(self.doc, h):
                    h = toks[h].head  # "it was Ivo, not his uncle, who drove me home": Ivo
                named = self.named_by(h)
                if named != -1:
                    return named  # "a plumber named Rune Holm, who taught me to swim"
                # "Lena, the cousin she never wrote to": the apposition's anchor names her
                if not self.people_at(h) and toks[h].dep == "appos":
                    return toks[h].head
                if not self.people_at(h) and toks[h].dep == "attr":
                    # "Ola is the one relative she still visits": the copula's subject
                    subj = next((c for c in toks[toks[h].head].children
                                 if toks[c].dep == "nsubj"), -1)
                    return subj if subj != -1 else h
                return h
            # (an adjective's clause: "the aunt whom I am still close with")
            if toks[k].dep not in ("xcomp", "conj", "acomp") or toks[k].head == k:
                break
            k = toks[k].head
        return -1

    def named_by(self, noun: int) -> int:
        """The name a noun that is no person's mention gives itself ("a man named Ivo", "a
        nurse called Dana"), or -1."""
        toks = self.toks
        if self.people_at(noun):
            return -1
        for c in toks[noun].children:
            if toks[c].dep == "acl" and toks[c].lemma in ("name", "call"):
                for g in toks[c].children:
                    if toks[g].dep in ("oprd", "attr", "dobj") and self.people_at(g):
                        return g
        return -1

    def object_gap(self, verb: int) -> bool:
        """A relative clause with its own subject and no object: the noun it modifies is the
        object ("the man she hated")."""
        kids = [self.toks[c] for c in self.toks[verb].children]
        return (self.toks[verb].dep == "relcl"
                and not any(w.dep in ("dobj", "prep", "ccomp", "xcomp") for w in kids)
                and any(w.dep == "nsubj" and w.lower not in ("who", "that", "which")
                        for w in kids))

    def target(self, verb: int, g: int) -> list[int]:
        """People at an object ``g``; a relative pronoun stands for the noun its clause
        modifies ("her uncle, whom she never visited")."""
        if self.toks[g].lower in ("who", "whom", "that", "which") and not self.people_at(g):
            head = self.relcl_head(verb)
            return self.with_conj(head) if head != -1 else []
        out = self.with_conj(g)
        if self.toks[g].lower in ("him", "her") and self.toks[g].dep in ("dobj", "pobj") and (
                out and out == self.subjects(verb)[:1]):
            # "Grandma raised her", "Ma did not speak to her": a plain object pronoun is never
            # its own clause's subject; the nearest earlier named person of its gender who is
            # not the subject
            return self.rebind(g, out[0])
        return out

    def rebind(self, tok: int, not_: int) -> list[int]:
        m = self.by_head.get(tok)
        ents = self.d.ents
        if m is None:
            return []
        want = "female" if self.toks[tok].lower == "her" else "male"
        sent = self.toks[tok].sent
        for j in range(m.idx - 1, max(m.idx - 15, -1), -1):
            prev = self.ms[j]
            if self.toks[prev.head].sent < sent - 1:
                break  # only the sentence before: further back is a guess
            if prev.entity == -1 or prev.plural or prev.kind not in ("name", "kin", "desc"):
                continue
            e = ents.find(prev.entity)
            if e != not_ and ents.gender(e) in (want, None):
                return [e]
        return []

    def objects(self, verb: int, preps: tuple[str, ...]) -> list[int]:
        toks = self.toks
        out: list[int] = []
        for c in toks[verb].children:
            w = toks[c]
            if w.dep in ("dobj", "dative", "attr", "oprd"):
                out += self.target(verb, c)
            elif w.dep in ("prep", "agent") and w.lower in preps:
                # (a passive's "by" is tagged agent: "was beaten by her father")
                pobjs = [g for g in w.children if toks[g].dep == "pobj"]
                for g in pobjs:
                    out += self.target(verb, g)
                if not pobjs and self.relcl_head(verb) != -1:
                    # a stranded preposition: "the cousin she never wrote to"
                    out += self.with_conj(self.relcl_head(verb))
            elif w.dep == "prt":
                for g in w.children:
                    if toks[g].dep == "pobj":
                        out += self.with_conj(g)
                    elif toks[g].dep == "prep" and toks[g].lower in preps:
                        for gg in toks[g].children:
                            if toks[gg].dep == "pobj":
                                out += self.with_conj(gg)
        if not out and self.object_gap(verb):
            # an object gap: "the one relative she still visits", "the man she hated"
            out += self.with_conj(self.relcl_head(verb))
        return list(dict.fromkeys(out))

    def between(self, tok: int) -> list[int]:
        """People in "between X and Y" attached to ``tok``."""
        toks = self.toks
        for c in toks[tok].children:
            if toks[c].dep == "prep" and toks[c].lower in ("between", "among"):
                for g in toks[c].children:
                    if toks[g].dep == "pobj":
                        return self.with_conj(g)
        return []

    def sentence_people(self, sent: int) -> list[int]:
        out = []
        for m in self.by_sent.get(sent, []):
            if m.entity != -1 and not m.plural:
                out.append(self.d.ents.find(m.entity))
        return list(dict.fromkeys(out))

    # --- output ----------------------------------------------------------------------------

    def sent_span(self, tok: int) -> tuple[int, int]:
        s = self.doc.sents[self.toks[tok].sent]
        return (self.toks[s.start_tok].start, self.toks[s.end_tok - 1].end)

    def add(self, a: int, b: int, type_: str, tok: int) -> None:
        ents = self.d.ents
        a, b = ents.find(a), ents.find(b)
        if a == b:
            return
        if type_ == "household" and (self.partners(a, b) or self.is_parent(a, b)
                                     or self.is_parent(b, a)):
            return  # a couple, a parent and child: living together is the default
        key = (frozenset((a, b)), type_)
        span = self.sent_span(tok)
        lf = self.out.get(key)
        if lf is None:
            self.out[key] = LinkFact(a, b, type_, [span])
        elif span not in lf.evidence:
            lf.evidence.append(span)

    def add_pairs(self, xs: list[int], ys: list[int], type_: str, tok: int) -> None:
        xs, ys = xs[:3], ys[:3]
        for x in xs:
            for y in ys:
                self.add(x, y, type_, tok)

    def add_among(self, xs: list[int], type_: str, tok: int) -> None:
        xs = list(dict.fromkeys(xs))
        if 2 <= len(xs) <= 3:
            for i, x in enumerate(xs):
                for y in xs[i + 1:]:
                    self.add(x, y, type_, tok)

    def kin_group(self, verb: int, others: list[int]) -> list[int]:
        """An unresolved plural kin subject of ``verb`` ("Parents broke off all contact with Bettan",
        "her parents never called") read as the parents (children, siblings) of the people at
        the link's other end."""
        toks, ents = self.toks, self.d.ents
        subj = next((c for c in toks[verb].children if toks[c].dep in ("nsubj", "nsubjpass")),
                    -1)
        if subj == -1 or self.people_at(subj) or toks[subj].tag not in ("NNS", "NNPS"):
            return []
        m = self.by_head.get(subj)
        term = m.kin if m is not None and m.kin is not None else kin_term(toks[subj].lower)
        if term is None:
            return []
        out: list[int] = []
        for o in others:
            if term.path == "P":
                out += sorted(ents.parents_of(o))
            elif term.path == "C":
                out += sorted(ents.children_of(o))
        return [p for p in dict.fromkeys(out) if p not in others][:3]

    def unbind(self, verb: int, subs: list[int], objs: list[int]) -> list[int]:
        """A subject pronoun the reader bound to someone who is also the verb's object ("She
        lived with Malte and Ottar" read as Malte): the nearest earlier person of the
        pronoun's gender who is not an object."""
        toks, ents = self.toks, self.d.ents
        if not (set(subs) & set(objs)):
            return subs
        subj = next((c for c in toks[verb].children if toks[c].dep == "nsubj"), -1)
        m = self.by_head.get(subj) if subj != -1 else None
        if m is None or m.kind not in ("he", "she"):
            return [p for p in subs if p not in objs]
        want = "female" if m.kind == "she" else "male"
        for j in range(m.idx - 1, max(m.idx - 12, -1), -1):
            prev = self.ms[j]
            if prev.entity == -1 or prev.plural:
                continue
            e = ents.find(prev.entity)
            if e not in objs and ents.gender(e) in (want, None) and prev.kind == "name":
                return [e]
        return [p for p in subs if p not in objs]

    def they_pair(self, verb: int) -> list[int]:
        """An unresolved "they" subject read as the two people of the sentence before ("Sverre
        saw her father at Easter ... They stopped speaking")."""
        toks = self.toks
        k = toks[verb].head if toks[verb].dep in ("xcomp", "conj") else verb
        subj = next((c for c in toks[verb].children + toks[k].children
                     if toks[c].dep == "nsubj"), -1)
        if subj == -1 or toks[subj].lower != "they" or self.people_at(subj):
            return []
        sent = toks[verb].sent
        if sent == 0:
            return []
        prev = self.sentence_people(sent - 1)
        return prev if len(prev) == 2 else []

    def subject_owners(self, verb: int, subj: int) -> list[int]:
        """The possessor of the kin phrase that names ``subj`` in ``verb``'s sentence ("his
        father ... never called" -> him)."""
        ents = self.d.ents
        sent = self.toks[verb].sent
        # (the sentence before too: "My father left in 1990. He never called.")
        for m in self.by_sent.get(sent, []) + self.by_sent.get(sent - 1, []):
            if m.head > verb or m.kin is None or m.possessor == -1 or m.entity == -1:
                continue
            if ents.find(m.entity) != subj:
                continue
            pm = self.ms[m.possessor]
            if pm.entity != -1 and ents.find(pm.entity) != subj:
                return [ents.find(pm.entity)]
        return []

    def mutual(self, verb: int) -> bool:
        """The verb's object is "each other" / "one another": its subjects are both ends."""
        toks = self.toks
        for c in toks[verb].children:
            if toks[c].dep in ("dobj", "pobj", "prep") and (
                    toks[c].lower in ("other", "another")
                    or any(toks[g].lower in ("other", "another") for g in toks[c].children)):
                return True
        return False

    def pairs_or_mutual(self, verb: int, subs: list[int], objs: list[int], type_: str,
                        tok: int) -> None:
        """Subjects to objects; with "each other" ("Hilde and her sister hate each other"),
        among the subjects."""
        if not objs and len(subs) >= 2 and self.mutual(verb):
            self.add_among(subs, type_, tok)
        else:
            self.add_pairs(subs, objs, type_, tok)

    def reciprocal(self, verb: int, type_: str, preps: tuple[str, ...]) -> bool:
        """Subjects and objects of a two-sided verb ("fought with", "X and Y didn't speak")."""
        subs = self.subjects(verb)
        raw = self.objects(verb, preps)
        subj = next((c for c in self.toks[verb].children if self.toks[c].dep == "nsubj"), -1)
        sm = self.by_head.get(subj) if subj != -1 else None
        if set(subs) & set(raw) and sm is not None and sm.kind in ("he", "she"):
            subs = self.unbind(verb, subs, raw)  # a pronoun subject is not its own object
        objs = [o for o in raw if o not in subs]
        if not subs and objs:
            subs = self.kin_group(verb, objs)
        if not subs and not objs:
            subs = self.they_pair(verb)
        if len(subs) == 1 and not objs and any(
                self.toks[c].dep == "dobj" and self.by_head.get(c) is not None
                and self.by_head[c].is_pronoun and self.people_at(c) == subs
                and not self.toks[c].lower.endswith(("self", "selves"))
                for c in self.toks[verb].children):
            # "Vagn's dad kicked him out": a plain object pronoun is never its own clause's
            # subject; the subject's owner is the one meant
            objs = self.subject_owners(verb, subs[0])
        objs += [o for o in self.between(verb) if o not in objs]
        if subs and objs:
            self.add_pairs(subs, objs, type_, verb)
            return True
        if len(subs) >= 2:
            self.add_among(subs, type_, verb)
            return True
        if len(objs) >= 2:
            self.add_among(objs, type_, verb)
            return True
        return False


def is_verbal(r: LinkReader, i: int) -> bool:
    """A verb, or a verb the tagger took for a noun ("My mom and my sister fight constantly":
    "fight" with a subject of its own)."""
    t = r.toks[i]
    return t.pos in ("VERB", "AUX") or (
        t.pos == "NOUN" and t.tag in ("NN", "NNS", "VBP")
        and any(r.toks[c].dep == "nsubj" for c in t.children))


def people_or_teller(r: LinkReader, tok: int) -> list[int]:
    """People at ``tok``; for an unresolved "we"/"our", the teller (the last "I" before it)."""
    out = r.people_at(tok)
    m = r.by_head.get(tok)
    if out or m is None or m.kind != "we":
        return out
    for j in range(m.idx - 1, -1, -1):
        prev = r.ms[j]
        if prev.kind == "self" and prev.entity != -1:
            return [r.d.ents.find(prev.entity)]
    return []


def clause_link(r: LinkReader, n: int, verb: int, type_: str,
                preps: tuple[str, ...] = ("with",)) -> None:
    """The idiom at ``n`` links its clause's subjects to its "with" objects ("is at odds with
    her brother"), or the subjects among themselves ("Vi and Una are at odds")."""
    subs = r.subjects(verb)
    objs = [o for o in r.objects(n, preps) + r.objects(verb, preps) if o not in subs]
    if subs and objs:
        r.add_pairs(subs, objs, type_, n)
    elif len(subs) >= 2:
        r.add_among(subs, type_, n)


def has_child(r: LinkReader, i: int, word: str) -> bool:
    return any(r.toks[c].lower == word for c in r.toks[i].children)
