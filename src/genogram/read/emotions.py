"""Emotional and social links from the text's own signals (issue 5).

``read_links`` returns :class:`~genogram.read.facts.LinkFact` items in entity ids. A link needs a
cue in the text *and* two resolved people the cue's syntax connects; warmth or distance is never
inferred from kinship alone. The cues, all general English:

- contact refused or absent: a contact verb (speak, talk, call, visit, see, write...) under
  negation ("hasn't spoken to his dad in eight years", "didn't speak for eleven years"),
  "no contact since", "not in contact with", "cut off", "disowned", "estranged", "blocked",
  "hung up on" -> ``cutoff``; rare contact ("speak twice a year", "barely see") -> ``distant``;
- rejection said aloud ("You're dead to me", "Don't ever call me again", "You're no son of mine"):
  the quote's speaker and addressee, or the teller and hearer of reported speech -> ``cutoff``;
- fights ("argued", "fought", "constant fights", "tension between her and Kaz") -> ``conflict``;
  hatred and contempt ("hated", "couldn't stand", "didn't like") -> ``hostile``;
- closeness ("inseparable", "close", "comforted", "adored", "favorite person", a non-parent who
  raised a child) -> ``close``; "enmeshed", "joined at the hip" -> ``fused``;
- violence and neglect ("hit", "beat", "abused", "DV") -> ``abuse``; "neglected" -> ``neglect``;
- "best friend", "her buddy, Dave" -> ``friend`` (``close`` when the friend is kin);
- "lives with", "moved in with", "stays with" between people who are not a couple -> ``household``;
- a parent who walked out on / left / abandoned their child -> ``cutoff``.

Negated, modal, conditional and wished clauses give no link (except the negation that *is* the
cue). One pass over the tokens; each cue looks only at its own sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict

from genogram.read.document import StoryDoc
from genogram.read.facts import LinkFact
from genogram.read.lexicon import kin_term
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse

_MODALS = frozenset(["would", "could", "should", "might", "may", "must", "ought", "'d", "will",
                     "'ll", "shall"])
_WISH_HEADS = frozenset(["plan", "want", "hope", "wish", "intend", "dream", "try", "mean",
                         "expect", "pretend", "promise", "decide", "need", "like", "love",
                         "ask", "tell", "beg", "afraid", "scared", "worry", "fear"])
#: Heads whose clause is a belief, not a fact: "I thought she adored him".
_BELIEF_HEADS = frozenset(["think", "believe", "assume", "imagine", "suppose", "guess", "pretend",
                           "hope", "wish", "fear", "doubt"])
_NEG_WORDS = frozenset(["not", "n't", "never", "no", "nt"])
_CONTACT_VERBS = frozenset(["speak", "talk", "call", "phone", "visit", "see", "write", "contact",
                            "hear", "answer", "return", "meet", "text", "email", "ring"])
_STOP_VERBS = frozenset(["stop", "quit", "cease"])
#: Verbs whose infinitive is refused: "refused to see him" negates the contact.
_REFUSE_VERBS = frozenset(["refuse", "decline"])
_RARE = frozenset(["rarely", "seldom", "hardly", "barely", "occasionally"])
_CUTOFF_VERBS = frozenset(["disown", "estrange", "shun", "block", "excommunicate", "renounce",
                           "ghost", "unfriend"])
_CONFLICT_VERBS = frozenset(["fight", "argue", "quarrel", "feud", "clash", "bicker", "squabble",
                             "row", "spar"])
_CONFLICT_NOUNS = frozenset(["fight", "fights", "argument", "arguments", "tension", "tensions",
                             "feud", "conflict", "conflicts", "rift", "quarrel", "quarrels",
                             "falling-out", "fallout", "friction", "strife", "clash", "clashes",
                             "fighting", "arguing", "row", "rows"])
_HOSTILE_VERBS = frozenset(["hate", "despise", "loathe", "detest", "resent", "blame", "curse",
                            "humiliate", "belittle", "mock", "insult", "threaten"])
_ABUSE_VERBS = frozenset(["hit", "beat", "abuse", "batter", "slap", "punch", "kick", "strike",
                          "bully", "torment", "terrorize", "terrorise", "rape", "mistreat",
                          "brutalize", "brutalise",
                          "molest", "assault", "whip", "choke", "strangle"])
_ABUSE_NOUNS = frozenset(["dv", "abuse", "violence", "beatings", "beating"])
_NEGLECT = frozenset(["neglect", "neglected", "neglectful"])
_CLOSE_VERBS = frozenset(["adore", "comfort", "dote", "worship", "confide", "cherish", "idolize",
                          "spoil",
                          "idolise", "console"])
_CLOSE_ADJ = frozenset(["close", "closer", "closest", "inseparable", "devoted", "attached"])
_FUSED_ADJ = frozenset(["enmeshed", "fused", "codependent", "co-dependent"])
_DISTANT_ADJ = frozenset(["distant", "cold", "aloof", "estranged"])
_FRIEND_NOUNS = frozenset(["friend", "buddy", "pal", "bestie", "confidant", "confidante"])
#: People one shares a home with who are not family: "my roommate", "our lodger".
_HOUSEMATE_NOUNS = frozenset(["roommate", "roomie", "housemate", "flatmate", "lodger", "boarder",
                              "tenant", "au pair"])
_INSULTS = frozenset(["fool", "liar", "idiot", "thief", "traitor", "disgrace", "whore", "slut",
                      "bitch", "coward", "failure", "embarrassment", "loser", "bastard",
                      "parasite", "hypocrite", "monster", "stupid", "selfish", "useless",
                      "worthless", "ungrateful"])
#: Adjectives of violence toward someone: "physically violent toward MGM".
_VIOLENT_ADJ = frozenset(["violent", "abusive"])
_HOUSE_VERBS = frozenset(["live", "reside", "stay", "move", "room", "board"])
_LEAVE_VERBS = frozenset(["leave", "abandon", "desert", "walk"])
_RAISE_VERBS = frozenset(["raise"])
#: Verbs of a bond too tight: "is enmeshed with her son", "she smothers him".
_FUSED_VERBS = frozenset(["enmesh", "smother", "fuse"])
#: Every verb lemma some cue looks for (a tagger's odd lemma, "hates" -> "hat", is mapped back).
_CUE_VERBS = (_CONTACT_VERBS | _CUTOFF_VERBS | _CONFLICT_VERBS | _HOSTILE_VERBS | _ABUSE_VERBS
              | _CLOSE_VERBS | _HOUSE_VERBS | _LEAVE_VERBS | _RAISE_VERBS | _FUSED_VERBS
              | frozenset(["neglect", "forgive", "ignore"]))
#: Irregular forms a tagger may leave unlemmatised.
_IRREGULAR = {"forgave": "forgive", "forgiven": "forgive", "fought": "fight", "beaten": "beat",
              "struck": "strike", "spoke": "speak", "spoken": "speak", "wrote": "write",
              "written": "write", "saw": "see", "seen": "see", "threw": "throw",
              "thrown": "throw", "fell": "fall", "fallen": "fall", "hung": "hang"}
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
             ("ing", ""), ("ing", "e"))

#: Rejection said to someone: "You're dead to me", "no son of mine", "Don't ever call me again".
_REJECT = re.compile(
    r"\bdead to (?:me|us|him|her|them)\b"
    r"|\bno (?:son|daughter|child|kid|brother|sister|mother|father) of (?:mine|ours|his|hers|theirs)\b"
    r"|\b(?:do not|don't|dont|never) (?:ever )?(?:call|come|contact|speak to|talk to|write to|"
    r"come back|come home|set foot)\b[^.!?]*\bagain\b"
    r"|\bnever (?:want to )?(?:see|hear from|speak to|talk to) (?:you|me|him|her) again\b"
    r"|\bnot (?:to )?come home\b|\bnot welcome\b|\bout of (?:my|our) (?:life|lives|house)\b"
    r"|\bstay away from (?:me|us)\b|\bi have no (?:son|daughter|father|mother|brother|sister)\b",
    re.IGNORECASE)
_HOSTILE_SAID = re.compile(r"\bi hate you\b|\bi despise you\b|\bget out\b", re.IGNORECASE)
_SAY_VERBS = frozenset(["say", "tell", "write", "text", "yell", "scream", "shout", "hiss", "snap",
                        "announce", "declare", "inform", "warn", "add", "reply", "answer"])


class _Reader:
    def __init__(self, doc: StoryDoc, ms: list[Mention], d: Discourse) -> None:
        self.doc, self.ms, self.d = doc, ms, d
        self.toks = doc.toks
        self.by_head: dict[int, Mention] = {}
        self.by_sent: dict[int, list[Mention]] = defaultdict(list)
        for m in ms:
            self.by_head.setdefault(m.head, m)
            self.by_sent[self.toks[m.head].sent].append(m)
        self.out: dict[tuple[frozenset, str], LinkFact] = {}
        self._kin_pairs: dict[int, set[int]] | None = None
        self._partners: dict[int, set[int]] | None = None

    # --- people ----------------------------------------------------------------------------

    def people_at(self, tok: int) -> list[int]:
        m = self.by_head.get(tok)
        if m is None:
            return []
        find = self.d.ents.find
        if m.entity != -1:
            return [find(m.entity)]
        if m.members:  # "the three kids ... Viggo, Fiora and Torild"
            return [find(self.ms[j].entity) for j in m.members if self.ms[j].entity != -1]
        return [find(e) for e in self.d.groups.get(m.idx, [])]

    def with_conj(self, tok: int) -> list[int]:
        out = self.people_at(tok)
        for c in self.toks[tok].children:
            if self.toks[c].dep == "conj":
                out += self.with_conj(c)
            elif self.toks[c].dep == "appos":
                # "My husband Ben and his brother Sam": the conjunct hangs on the apposition
                out += [p for p in self.with_conj(c) if p not in out]
        return list(dict.fromkeys(out))

    def subjects(self, verb: int) -> list[int]:
        toks = self.toks
        k = verb
        for _ in range(4):
            subj = next((c for c in toks[k].children
                         if toks[c].dep in ("nsubj", "nsubjpass", "csubj")), -1)
            if subj != -1:
                if toks[subj].dep == "nsubj" and toks[subj].lower in ("who", "that") and (
                        toks[k].dep == "relcl"):
                    # ("an alcoholic who beat me": the relative head, or the copula's subject)
                    return self.with_conj(self.relcl_head(k))
                return self.with_conj(subj)
            if toks[k].dep == "relcl":
                return self.with_conj(self.relcl_head(k))
            if toks[k].dep not in ("conj", "xcomp", "advcl", "acl", "ccomp", "pcomp") or (
                    toks[k].head == k):
                break
            k = toks[k].head
        return []

    def relcl_head(self, verb: int) -> int:
        """The noun a relative clause holding ``verb`` modifies ("the cousin [she never
        wrote to]"), or -1."""
        toks = self.toks
        k = verb
        for _ in range(3):
            if toks[k].dep == "relcl":
                h = toks[k].head
                # "Lena, the cousin she never wrote to": the apposition's anchor names her
                if not self.people_at(h) and toks[h].dep == "appos":
                    return toks[h].head
                if not self.people_at(h) and toks[h].dep == "attr":
                    # "Ola is the one relative she still visits": the copula's subject
                    subj = next((c for c in toks[toks[h].head].children
                                 if toks[c].dep == "nsubj"), -1)
                    return subj if subj != -1 else h
                return h
            if toks[k].dep not in ("xcomp", "conj") or toks[k].head == k:
                break
            k = toks[k].head
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
        if self.toks[g].lower in ("him", "her") and self.toks[g].dep == "dobj" and (
                out and out == self.subjects(verb)[:1]):
            # "Grandma raised her": a plain object pronoun is never its own clause's subject;
            # the nearest earlier named person of its gender who is not the subject
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

    def kin(self, a: int, b: int, paths: tuple[str, ...]) -> bool:
        """``b`` stands to ``a`` in one of the kin ``paths`` by a stated claim."""
        ents = self.d.ents
        a, b = ents.find(a), ents.find(b)
        for c in ents.claims:
            p, r = ents.find(c.possessor), ents.find(c.referent)
            if p == a and r == b and c.term.path in paths:
                return True
        return False

    def is_parent(self, parent: int, child: int) -> bool:
        ents = self.d.ents
        return ents.find(parent) in ents.parents_of(child)

    def any_kin(self, a: int, b: int) -> bool:
        if self._kin_pairs is None:
            ents = self.d.ents
            pairs: dict[int, set[int]] = defaultdict(set)
            for c in ents.claims:
                if c.term.path in ("G", "g") or c.title_only:
                    continue
                p, r = ents.find(c.possessor), ents.find(c.referent)
                pairs[p].add(r)
                pairs[r].add(p)
            self._kin_pairs = pairs
        ents = self.d.ents
        return ents.find(b) in self._kin_pairs.get(ents.find(a), set())

    def siblings(self, a: int, b: int) -> bool:
        """A stated sibling claim, or a parent in common."""
        ents = self.d.ents
        return (self.kin(a, b, ("S",)) or self.kin(b, a, ("S",))
                or bool(ents.parents_of(a) & ents.parents_of(b)))

    def partners(self, a: int, b: int) -> bool:
        return self.kin(a, b, ("E",)) or self.kin(b, a, ("E",))

    # --- clause modality -------------------------------------------------------------------

    def negated(self, verb: int) -> bool:
        toks = self.toks
        for c in toks[verb].children:
            w = toks[c]
            if w.dep == "neg" or w.lower in ("never",) or (
                    w.dep in ("dobj", "npadvmod") and w.lower in ("nothing", "none")):
                return True
            if w.dep == "advmod" and w.lower == "longer" and any(
                    toks[g].lower == "no" for g in w.children):
                return True
        # "died without seeing any of them again"
        if any(toks[c].dep == "prep" and toks[c].lower == "without" for c in [toks[verb].head]) \
                and toks[verb].dep == "pcomp" and any(toks[c].lower == "again"
                                                      for c in toks[verb].children):
            return True
        # "stopped speaking to him", "hasn't bothered to call": the governing verb's negation
        t = toks[verb]
        return bool(t.dep == "xcomp" and toks[t.head].lemma in _STOP_VERBS | _REFUSE_VERBS)

    def irrealis(self, verb: int) -> bool:
        """Modal, conditional or wished: "if he called", "wanted to fight", "would argue"."""
        toks = self.toks
        k = verb
        for depth in range(4):
            t = toks[k]
            for c in t.children:
                w = toks[c]
                if w.dep == "aux" and w.lower in _MODALS:
                    return True
                if w.dep == "mark" and w.lower in ("if", "unless", "whether", "before"):
                    return True
            if depth == 0 and t.quote != -1:
                pass
            if t.dep in ("xcomp", "ccomp", "advcl") and t.head != k:
                h = toks[t.head]
                if h.lemma in _WISH_HEADS and t.dep == "xcomp" or h.lemma in ("afraid", "worry"):
                    return True
                if t.dep == "ccomp" and h.lemma in _BELIEF_HEADS:
                    return True
                if h.lemma == "go" and h.lower == "going" and any(
                        toks[c].lower == "to" for c in t.children):
                    return True  # "going to fight": future; "went to live with": done
                k = t.head
            else:
                break
        return False

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
        """An unresolved plural kin subject of ``verb`` ("Parents cut off contact with Bettan",
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
        lived with Malte and Dennis" read as Malte): the nearest earlier person of the
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
        saw her father on holidays ... They stopped speaking")."""
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
        for m in self.by_sent.get(self.toks[verb].sent, []):
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


def cue_lemma(lemma: str, low: str) -> str:
    """The cue verb an inflected form stands for when the tagger's lemma is not one ("hates"
    lemmatised as "hat", "dotes" as "dot"); else the tagger's lemma."""
    if lemma in _CUE_VERBS:
        return lemma
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for cut, add in _SUFFIXES:
        if low.endswith(cut) and low[:-len(cut)] + add in _CUE_VERBS:
            return low[:-len(cut)] + add
    return lemma


def _verbal(r: _Reader, i: int) -> bool:
    """A verb, or a verb the tagger took for a noun ("My mom and my sister fight constantly":
    "fight" with a subject of its own)."""
    t = r.toks[i]
    return t.pos in ("VERB", "AUX") or (
        t.pos == "NOUN" and t.tag in ("NN", "NNS", "VBP")
        and any(r.toks[c].dep == "nsubj" for c in t.children))


def read_links(doc: StoryDoc, ms: list[Mention], d: Discourse) -> list[LinkFact]:
    """Links with textual support between two resolved people."""
    r = _Reader(doc, ms, d)
    toks = doc.toks
    for t in toks:
        low = t.lower
        lemma = cue_lemma(t.lemma, low)
        _idiom_cue(r, t.i, lemma)
        if _verbal(r, t.i):
            _verb_cue(r, t.i, lemma)
        elif t.pos in ("ADJ", "ADV") or low in _CLOSE_ADJ or low in _DISTANT_ADJ:
            _adj_cue(r, t.i, low)
        if t.pos in ("NOUN", "PROPN") or low in _CONFLICT_NOUNS:
            _noun_cue(r, t.i, low)
    _said_rejections(r)
    _friends(r)
    _fictive_titles(r)
    cut = {pair for pair, type_ in r.out if type_ == "cutoff"}
    return [lf for (pair, type_), lf in r.out.items()
            if not (pair in cut and type_ in ("conflict", "hostile", "distant"))]


# --- verbs -------------------------------------------------------------------------------------

def _prt(r: _Reader, verb: int) -> str:
    return next((r.toks[c].lower for c in r.toks[verb].children if r.toks[c].dep == "prt"), "")


def _verb_cue(r: _Reader, v: int, lemma: str) -> None:
    toks = r.toks
    t = toks[v]
    if t.quote != -1:
        return
    prt = _prt(r, v)
    if lemma == "call" and not r.negated(v) and not r.irrealis(v) and any(
            toks[c].dep in ("oprd", "xcomp", "ccomp", "attr") and toks[c].lemma in _INSULTS
            for c in t.children):
        # "My sister Ingolf called me a fool"
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ()) if o not in subs]
        objs += [p for c in t.children if toks[c].dep == "dobj" for p in _people_or_teller(r, c)
                 if p not in subs and p not in objs]
        r.add_pairs(subs, objs, "conflict", v)
        return
    if lemma in ("sit", "say") and any(toks[c].lower in ("shiva", "kaddish") for c in t.children) \
            and not r.negated(v) and not r.irrealis(v):
        # "sat shiva for his son as though he had died": mourning the living is a cutoff
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("for",)) if o not in subs]
        objs = [o for o in objs if not r.d.ents.get(o).deceased]
        r.add_pairs(subs[:1], objs[:1], "cutoff", v)
        return
    if lemma in _CONTACT_VERBS or (lemma == "say" and any(
            toks[c].dep == "dobj" and toks[c].lemma == "word" for c in t.children)):
        # "didn't say a word to his brother for a month" is "didn't speak to him"
        _contact(r, v, "speak" if lemma == "say" else lemma, prt)
        return
    out_ = prt or next((toks[c].lower for c in t.children if toks[c].dep in ("prep", "advmod")
                        and toks[c].lower in ("out", "off")), "")
    if lemma in _CUTOFF_VERBS or (lemma == "cut" and out_ in ("off", "out")) or (
            lemma == "hang" and prt == "up" and any(
                toks[c].dep == "prep" and toks[c].lower == "on" for c in t.children)) or (
            lemma == "turn" and prt == "away") or (lemma in ("kick", "throw") and out_ == "out") or (
            lemma == "close" and any(
                toks[c].lower == "door" for c in t.children)):
        if r.negated(v) or r.irrealis(v):
            return
        if lemma == "close":
            subs = r.subjects(v)
            others = [p for p in r.sentence_people(t.sent) if p not in subs]
            if subs and len(others) == 1:
                r.add_pairs(subs[:1], others, "hostile", v)
            return
        if lemma == "estrange":
            r.reciprocal(v, "cutoff", ("from",))
            return
        r.reciprocal(v, "cutoff", ("from", "on", "out"))
        return
    if lemma in _CONFLICT_VERBS:
        if r.negated(v) or (r.irrealis(v) and not _habitual(r, v)):
            return
        r.reciprocal(v, "conflict", ("with", "against", "over"))
        return
    if lemma in ("yell", "scream", "shout") and not r.negated(v) and not r.irrealis(v):
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("at",)) if o not in subs]
        if subs and objs and any(toks[c].dep == "prep" and toks[c].lower == "at"
                                 for c in t.children):
            r.add_pairs(subs, objs, "conflict", v)
        return
    if lemma in _HOSTILE_VERBS or (lemma == "like" and r.negated(v)) or (
            lemma == "stand" and r.negated(v) and any(toks[c].lower in ("ca", "can", "could")
                                                      for c in t.children)):
        if lemma != "like" and lemma != "stand" and (r.negated(v) or r.irrealis(v)):
            return
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("for",)) if o not in subs]
        r.pairs_or_mutual(v, subs, objs, "hostile", v)
        return
    harm = "abuse" if lemma in _ABUSE_VERBS else (
        "neglect" if lemma == "neglect" or t.lower in _NEGLECT else None)
    if harm is not None:
        if r.negated(v) or (r.irrealis(v) and not _habitual(r, v)):
            return
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ()) if o not in subs]
        if not objs:  # "Our mother neglected us": the teller, when "us" names no known group
            objs = [p for c in t.children if toks[c].dep == "dobj"
                    for p in _people_or_teller(r, c) if p not in subs]
        if any(toks[c].dep == "nsubjpass" for c in t.children):  # "was neglected by her mother"
            objs, subs = subs, [o for o in r.objects(v, ("by",)) if o not in subs]
        r.add_pairs(subs, objs, harm, v)
        return
    if lemma in _CLOSE_VERBS:
        if r.negated(v) or r.irrealis(v):
            return
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("on", "in", "to")) if o not in subs]
        r.pairs_or_mutual(v, subs, objs, "close", v)
        return
    if lemma in _FUSED_VERBS:
        # "Corinne is enmeshed with her son", "her mother smothers her"
        if r.negated(v) or r.irrealis(v):
            return
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("with", "to")) if o not in subs]
        r.pairs_or_mutual(v, subs, objs, "fused", v)
        return
    if lemma in _HOUSE_VERBS:
        _household(r, v, lemma, prt)
        return
    if lemma in _LEAVE_VERBS:
        _abandon(r, v, lemma, prt)
        return
    if lemma in _RAISE_VERBS or (lemma == "bring" and prt == "up"):
        if r.negated(v) or r.irrealis(v):
            return
        passive = any(toks[c].dep == "nsubjpass" for c in t.children)
        if passive:
            return  # "was raised by her grandmother": a caregiver tie (the graph's), not a link
        subs = r.subjects(v)
        objs = [o for o in r.objects(v, ("by",) if passive else ()) if o not in subs]
        if not passive and not objs:
            # "Grandma raised us": the teller, when "us" names no known group
            objs = [p for c in t.children if toks[c].dep == "dobj"
                    for p in _people_or_teller(r, c) if p not in subs]
        carers, kids = (objs, subs) if passive else (subs, objs)
        for c in carers[:2]:
            for k in kids[:3]:
                # (a stated kin tie: a parent whose tie the reader missed is no carer to link)
                if (r.any_kin(c, k) or _grandparent(r, c, k)) and not r.is_parent(c, k) and (
                        not r.partners(c, k)):
                    r.add(c, k, "close", v)  # raised by a grandparent, an aunt, a neighbour


def _grandparent(r: _Reader, g: int, k: int) -> bool:
    """``g`` is a parent of one of ``k``'s parents (by stated claims)."""
    ents = r.d.ents
    return any(ents.find(g) in ents.parents_of(p) for p in ents.parents_of(k))


def _contact(r: _Reader, v: int, lemma: str, prt: str) -> None:
    """Contact verbs: negated -> cutoff ("hasn't spoken to his dad in years"); rare -> distant."""
    toks = r.toks
    t = toks[v]
    if r.irrealis(v) and not _modal_refusal(r, v):
        return
    preps = ("to", "with", "from", "on")
    if lemma in ("call", "see", "visit", "meet", "contact", "answer", "return", "text", "email",
                 "ring", "phone", "write"):
        pass
    if lemma == "hear" and not any(toks[c].lower == "from" for c in t.children):
        return
    if lemma in ("answer", "return") and not any(toks[c].lower in ("call", "calls", "letters",
                                                                   "texts", "messages")
                                                 for c in t.children):
        return
    if lemma == "call" and any(toks[c].dep in ("oprd", "xcomp", "ccomp") for c in t.children):
        return  # "calls her Nana Pearl": a name, not contact
    if r.negated(v):
        if lemma in ("answer", "return"):
            subs = r.subjects(v)
            owners = []
            for c in t.children:
                if toks[c].dep == "dobj":
                    for g in toks[c].children:
                        if toks[g].dep == "poss":
                            owners += r.people_at(g)
            r.add_pairs(subs, [o for o in owners if o not in subs], "cutoff", v)
            return
        if any(toks[c].lower == "again" for c in t.children) and lemma in ("see",):
            pass
        if lemma == "meet":
            subs = r.subjects(v)
            objs = [o for o in r.objects(v, preps) if o not in subs]
            objs = [o for o in objs if not r.d.ents.get(o).deceased]
            r.add_pairs(subs, objs, "distant", v)
            return
        if lemma == "see" and not _has_time_span(r, v) and not _refused(r, v):
            return
        subs = r.subjects(v)
        if len(subs) == 1 and not r.objects(v, preps) and not r.between(v) and lemma in (
                "call", "write", "visit", "phone", "contact"):
            # "his father ... never called": the kin phrase's owner is the one not called
            owners = r.subject_owners(v, subs[0])
            if owners:
                r.add_pairs(subs, owners, "cutoff", v)
                return
        if len(subs) == 1 and not r.objects(v, preps) and not r.between(v) and any(
                toks[c].lower == "again" for c in t.children):
            # "She wrote to her brother once ... She never wrote again": the one she wrote to
            before = _earlier_contact(r, v, lemma, subs[0])
            if before:
                r.add_pairs(subs, before, "cutoff", v)
                return
        r.reciprocal(v, "conflict" if _short_span(r, v) else "cutoff", preps)
        return
    if any(toks[c].lower in _RARE or toks[c].lower in ("year", "years") and any(
            toks[g].lower in ("once", "twice", "a") for g in toks[c].children)
           for c in t.children) or _rare_freq(r, v):
        r.reciprocal(v, "distant", preps)
    elif lemma in ("talk", "speak", "visit", "call") and _has_child(r, v, "still"):
        # "the one cousin she still calls": contact kept when others broke
        r.reciprocal(v, "close", preps)


def _habitual(r: _Reader, v: int) -> bool:
    """ "He would hit us with a belt": "would" telling what used to happen, not a condition
    (no if/unless in the sentence) nor a report of an intention (no saying or thinking verb
    governs it)."""
    toks = r.toks
    t = toks[v]
    if not any(toks[c].dep == "aux" and toks[c].lower in ("would", "'d") for c in t.children):
        return False
    s = r.doc.sents[t.sent]
    if any(toks[k].lower in ("if", "unless", "whether", "otherwise", "or") for k in
           range(s.start_tok, s.end_tok)):
        return False
    return t.dep not in ("ccomp", "xcomp", "advcl")


def _refused(r: _Reader, v: int) -> bool:
    """ "refused to see her", "declined to visit": the refusal is the negation."""
    t = r.toks[v]
    return t.dep == "xcomp" and r.toks[t.head].lemma in _REFUSE_VERBS


def _modal_refusal(r: _Reader, v: int) -> bool:
    """ "wouldn't talk to her for years", "won't speak to him": a negated would/will is a
    refusal told as fact, unless a condition governs it ("if he wouldn't call")."""
    toks = r.toks
    kids = [toks[c] for c in toks[v].children]
    return (any(w.dep == "neg" for w in kids)
            and any(w.dep == "aux" and w.lower in ("would", "wo") for w in kids)
            and not any(w.dep == "mark" for w in kids))


def _earlier_contact(r: _Reader, v: int, lemma: str, subj: int) -> list[int]:
    """The people ``subj`` contacted with the same verb in the two sentences before ``v``."""
    toks = r.toks
    sent = toks[v].sent
    for s_i in (sent - 1, sent - 2):
        if s_i < 0:
            continue
        s = r.doc.sents[s_i]
        for k in range(s.start_tok, s.end_tok):
            if toks[k].lemma == lemma and toks[k].pos == "VERB" and subj in r.subjects(k):
                objs = [o for o in r.objects(k, ("to", "with")) if o != subj]
                if objs:
                    return objs[:1]
    return []


def _has_time_span(r: _Reader, v: int) -> bool:
    """ "in eight years", "since 2016", "for a decade", "again", "anymore"."""
    toks = r.toks
    for c in toks[v].children:
        w = toks[c]
        if w.lower in ("since", "again", "anymore", "for", "in") or w.lower == "years":
            return True
    return False


_SHORT_SPANS = frozenset(["day", "week", "month", "hour", "minute", "summer", "winter",
                          "holiday", "holidays", "weekend", "evening", "night", "trip", "visit"])


def _short_span(r: _Reader, v: int) -> bool:
    """ "didn't speak to me for two weeks": a sulk, not a cutoff."""
    toks = r.toks
    for c in toks[v].children:
        if toks[c].dep == "prep" and toks[c].lower == "for":
            for g in toks[c].children:
                if toks[g].lemma in _SHORT_SPANS:
                    return True
        elif toks[c].dep == "npadvmod" and toks[c].lemma in _SHORT_SPANS:
            return True  # "didn't say a word to her all winter"
    return False


def _rare_freq(r: _Reader, v: int) -> bool:
    toks = r.toks
    s = r.doc.sents[toks[v].sent]
    words = " ".join(toks[i].lower for i in range(s.start_tok, s.end_tok))
    return bool(re.search(r"\b(?:once|twice) a (?:year|decade)\b|\bevery few years\b|"
                          r"\b(?:at|on|for) (?:the )?holidays\b|\bat christmas\b|"
                          r"\bless (?:and less|each year|every year)\b|, if that\b", words))


def _household(r: _Reader, v: int, lemma: str, prt: str) -> None:
    toks = r.toks
    t = toks[v]
    if lemma in ("live", "drift", "grow", "move") and _has_child(r, v, "apart"):
        # "they lived apart for years", "the brothers drifted apart"
        if not r.negated(v) and not r.irrealis(v):
            r.reciprocal(v, "distant", ("from",))
        return
    if lemma == "move" and _into_home_of(r, v):
        return
    if lemma == "move" and prt != "in" and not _has_child(r, v, "in"):
        return  # "moved in with" (the parser may make "in" an adverb, not a particle)
    if lemma in ("stay", "room", "board", "live", "reside") or lemma == "move":
        if r.negated(v) or r.irrealis(v):
            return
        if any(toks[c].lower in ("together",) for c in t.children):
            return
        if any(r.by_head.get(x) is not None and r.by_head[x].plural
                            for x in r.toks[v].children + [g for c in r.toks[v].children
                                                           for g in r.toks[c].children]):
            return  # "lives with them": a group we cannot name
        subs = r.subjects(v)
        objs = r.objects(v, ("with",))
        subs = r.unbind(v, subs, objs)
        objs = [o for o in objs if o not in subs]
        if not any(toks[c].dep == "prep" and toks[c].lower == "with" for c in t.children) and not (
                prt and any(toks[g].lower == "with" for c in t.children
                            if toks[c].dep == "prt" for g in toks[c].children)):
            return
        if lemma == "stay" and not _has_time_span(r, v):
            return
        # siblings share a home by default; "lived with her sister for forty years" is a choice
        years = any(toks[c].dep == "prep" and toks[c].lower == "for" and any(
            toks[g].lemma in ("year", "decade") for g in toks[c].children) for c in t.children)
        for s in subs[:2]:
            for o in objs[:3]:
                if years or not (r.kin(s, o, ("S",)) or r.kin(o, s, ("S",))):
                    r.add(s, o, "household", v)


def _into_home_of(r: _Reader, v: int) -> bool:
    """ "We moved into my uncle's flat": a household with the owner of the home."""
    toks = r.toks
    for c in toks[v].children:
        if toks[c].dep != "prep" or toks[c].lower not in ("into", "in", "to"):
            continue
        for g in toks[c].children:
            if toks[g].dep == "pobj" and toks[g].lower in _HOMES:
                owners = [p for x in toks[g].children if toks[x].dep == "poss"
                          for p in r.people_at(x)]
                if not owners or r.negated(v) or r.irrealis(v):
                    return False
                subs = [p for x in toks[v].children if toks[x].dep == "nsubj"
                        for p in _people_or_teller(r, x)] or r.subjects(v)
                r.add_pairs([p for p in subs if p not in owners], owners, "household", v)
                return True
    return False


def _abandon(r: _Reader, v: int, lemma: str, prt: str) -> None:
    """A parent who walked out on / left / abandoned their child: cutoff."""
    toks = r.toks
    t = toks[v]
    if lemma == "walk" and prt != "out":
        return
    if r.negated(v) or r.irrealis(v):
        return
    subs = r.subjects(v)
    if len(subs) != 1:
        return
    parent = subs[0]
    kids = [o for o in r.objects(v, ("on",)) if o != parent]
    if not kids:  # "walked out on us": the teller, when "us" names no known group
        kids = [p for c in t.children if toks[c].lower == "on" for g in toks[c].children
                for p in _people_or_teller(r, g) if p != parent]
    # "walked out when she was two": the child in the when-clause
    for c in t.children:
        w = toks[c]
        if w.dep == "advcl" and any(toks[g].lower == "when" for g in w.children):
            for g in w.children:
                if toks[g].dep in ("nsubj", "nsubjpass"):
                    kids += r.people_at(g)
    for k in dict.fromkeys(kids):
        if k != parent and r.is_parent(parent, k):
            r.add(parent, k, "cutoff", v)


# --- adjectives --------------------------------------------------------------------------------

def _adj_cue(r: _Reader, a: int, low: str) -> None:
    toks = r.toks
    t = toks[a]
    if low in _VIOLENT_ADJ and t.quote == -1:
        # "MGF was physically violent toward MGM"
        if t.dep in ("acomp", "attr") and not r.negated(t.head) and not r.irrealis(t.head):
            subs = r.subjects(t.head)
            objs = [o for o in r.objects(a, ("toward", "towards", "to", "with")) if o not in subs]
            r.add_pairs(subs, objs, "abuse", a)
        return
    if t.quote != -1 and low not in ("inseparable",):
        return
    if low in _CLOSE_ADJ or low in _FUSED_ADJ or low in _DISTANT_ADJ:
        if low.startswith("clos") and t.pos != "ADJ":
            return  # "close by", "the door closed"
        type_ = ("fused" if low in _FUSED_ADJ else "cutoff" if low == "estranged"
                 else "distant" if low in _DISTANT_ADJ else "close")
        # "X and Y were close", "close to her", "Tuva and Inger, inseparable"
        head = t.head
        neg = any(toks[c].dep == "neg" or toks[c].lower == "never" for c in toks[head].children) \
            or any(toks[c].dep == "neg" or toks[c].lower == "never" for c in t.children)
        if neg and type_ == "close":
            type_ = "distant"
        elif neg:
            return
        if r.irrealis(head):
            return
        objs = r.objects(a, ("to", "from", "with"))
        subs: list[int] = []
        if t.dep in ("acomp", "attr", "oprd"):
            subs = r.subjects(head)
        elif t.dep == "amod":
            h = toks[head]
            if h.lower in ("friend", "friends", "relationship", "bond", "sisters", "brothers",
                           "cousins", "siblings", "twins") or r.by_head.get(head):
                subs = r.with_conj(head) if r.by_head.get(head) else []
                if not subs and h.lower in ("relationship", "bond", "friend", "friends"):
                    owners = [p for c in h.children if toks[c].dep == "poss"
                              for p in r.people_at(c)]
                    subs = owners + r.subjects(h.head) if toks[head].dep in (
                        "attr", "dobj", "pobj") else owners
                    if toks[head].dep == "pobj":
                        subs = owners + r.subjects(toks[toks[head].head].head)
        elif t.dep in ("appos", "advcl", "conj", "ROOT") or t.dep == "acl":
            subs = r.with_conj(head) if r.by_head.get(head) else r.subjects(head)
            if t.dep == "ROOT":
                subs = r.subjects(a)
        subs = list(dict.fromkeys(subs))
        objs = [o for o in objs + r.between(a) if o not in subs]
        if subs and objs:
            r.add_pairs(subs, objs, type_, a)
        elif len(subs) >= 2:
            r.add_among(subs, type_, a)


# --- nouns -------------------------------------------------------------------------------------

def _noun_cue(r: _Reader, n: int, low: str) -> None:
    toks = r.toks
    t = toks[n]
    if t.quote != -1:
        return
    sent = t.sent
    if low in _CONFLICT_NOUNS or low in _ABUSE_NOUNS or low in _NEGLECT:
        type_ = ("abuse" if low in _ABUSE_NOUNS else "neglect" if low in _NEGLECT
                 else "conflict")
        if low == "violence" and not any(toks[c].lower in ("domestic", "physical")
                                         for c in t.children):
            return
        if low == "abuse" and any(toks[c].lower in ("substance", "alcohol", "drug", "opioid")
                                  for c in t.children):
            return
        if any(toks[c].dep == "neg" or toks[c].lower == "no" for c in t.children):
            return
        people = r.between(n)
        if not people:
            # "their fights", "his fight with Ed", "had a big fight"
            owners = [p for c in t.children if toks[c].dep == "poss" for p in r.people_at(c)]
            withs = r.objects(n, ("with", "against"))
            if owners and withs:
                r.add_pairs(owners, [w for w in withs if w not in owners], type_, n)
                return
            h = t.head
            if t.dep in ("dobj", "attr") and toks[h].pos in ("VERB", "AUX"):
                if r.negated(h) or r.irrealis(h):
                    return
                subs = r.subjects(h)
                withs += [w for w in r.objects(h, ("with", "against")) if w not in withs]
                if subs and withs:
                    r.add_pairs(subs, [w for w in withs if w not in subs], type_, n)
                    return
                people = subs
            elif t.dep == "pobj" and toks[h].lower == "into" and type_ == "conflict":
                # "My sister and I got into a huge argument (with Mom)"
                verb = toks[h].head
                if r.negated(verb) or r.irrealis(verb):
                    return
                people = r.subjects(verb)
                withs = [w for w in withs if w not in people]
                if people and withs:
                    r.add_pairs(people, withs, type_, n)
                    return
            elif t.dep == "pobj" and toks[h].lower == "of" and type_ != "conflict":
                victims = r.people_at(toks[h].head)
                people = victims
            if len(people) < 2:
                people = owners + people
        if len(people) >= 2:
            r.add_among(people, type_, n)
        elif type_ in ("abuse",) and low == "dv":
            sp = r.sentence_people(sent)
            if len(sp) == 2:
                r.add_among(sp, type_, n)
        return
    if low == "contact" or low == "touch":
        _no_contact(r, n)
    elif low == "person" and any(toks[c].lower in ("favorite", "favourite") for c in t.children):
        _favorite(r, n)


def _favorite(r: _Reader, n: int) -> None:
    """ "Teija's favorite person in the world is our neighbor Pearl": close."""
    toks = r.toks
    t = toks[n]
    owners = [p for c in t.children if toks[c].dep == "poss" for p in r.people_at(c)]
    h = t.head
    if toks[h].lemma != "be" or r.negated(h):
        return
    others = []
    for c in toks[h].children:
        if c != n and toks[c].dep in ("nsubj", "attr"):
            others += r.with_conj(c)
    r.add_pairs(owners, [o for o in others if o not in owners], "close", n)


def _no_contact(r: _Reader, n: int) -> None:
    """ "no contact since", "not in contact with us", "lost touch with"."""
    toks = r.toks
    t = toks[n]
    neg = any(toks[c].lower in ("no",) for c in t.children)
    h = t.head
    if not neg and t.dep == "pobj":
        prep = toks[h]
        verb = prep.head
        neg = r.negated(verb) or any(toks[c].lower in ("no",) for c in toks[verb].children)
        if not neg and toks[verb].lemma in ("lose",):
            neg = True
    if not neg and t.dep == "dobj" and toks[h].lemma in ("lose", "cut", "break", "end", "refuse"):
        neg = not r.negated(h)
    if not neg and t.dep == "dobj" and toks[h].lemma in ("have", "want", "make"):
        neg = r.negated(h)  # "I refuse to have any contact with him", "doesn't want contact"
    if not neg:
        return
    people = r.objects(n, ("with",))
    verb = h if toks[h].pos in ("VERB", "AUX") else toks[h].head
    subs = r.subjects(verb) if toks[verb].pos in ("VERB", "AUX") else []
    if toks[verb].pos in ("VERB", "AUX") and r.irrealis(verb):
        return
    withs = people + [o for o in r.objects(verb, ("with",)) if o not in people]
    if not subs and withs and toks[verb].pos in ("VERB", "AUX"):
        subs = r.kin_group(verb, withs)
    if subs and withs:
        r.add_pairs(subs, [w for w in withs if w not in subs], "cutoff", n)
        return
    sp = r.sentence_people(t.sent)
    if len(sp) == 2:
        r.add_among(sp, "cutoff", n)


# --- reported and quoted rejection ------------------------------------------------------------

def _said_rejections(r: _Reader) -> None:
    doc, toks, d = r.doc, r.toks, r.d
    text = doc.text
    norm = doc.norm
    for qi, q in enumerate(doc.quotes):
        body = norm[q.start:q.end]
        hit = _REJECT.search(body)
        type_ = "cutoff"
        if hit is None:
            hit = _HOSTILE_SAID.search(body)
            type_ = "hostile"
        if hit is None:
            continue
        speaker = d.speakers.get(qi)
        if speaker is None:
            continue
        speaker = d.ents.find(speaker)
        addressee = _addressee(r, qi, speaker)
        if addressee is not None and addressee != speaker:
            anchor = doc.tok_at(q.start + hit.start())
            r.add(speaker, addressee, type_, max(anchor, 0))
    del text
    # reported speech outside quotes: "my father told me I was no son of his"
    for s_i, s in enumerate(doc.sents):
        if s.end_tok <= s.start_tok:
            continue
        a, b = toks[s.start_tok].start, toks[s.end_tok - 1].end
        body = norm[a:b]
        for hit in _REJECT.finditer(body):
            at = doc.tok_at(a + hit.start())
            if toks[at].quote != -1:
                continue
            _reported(r, s_i, at)


def _addressee(r: _Reader, qi: int, speaker: int) -> int | None:
    doc, toks, d = r.doc, r.toks, r.d
    q = doc.quotes[qi]
    # the said-verb beside the quote and its object: 'Kaz told him, "..."'
    sents = {toks[q.tok_start].sent, toks[max(q.tok_end - 1, q.tok_start)].sent}
    for s_i in sorted(sents):
        s = doc.sents[s_i]
        for k in range(s.start_tok, s.end_tok):
            w = toks[k]
            if w.quote == -1 and w.lemma in _SAY_VERBS and w.pos in ("VERB", "AUX"):
                objs = [o for o in r.objects(k, ("to", "at")) if o != speaker]
                if objs:
                    return objs[0]
                if any(toks[c].dep in ("dobj", "dative") and r.by_head.get(c) is not None
                       for c in w.children):
                    return None  # told someone we could not resolve: do not guess
    from genogram.read.resolve import _addressee_of_quote

    ent = _addressee_of_quote(doc, r.ms, d, qi)
    return None if ent is None else d.ents.find(ent)


def _reported(r: _Reader, s_i: int, at: int) -> None:
    toks = r.toks
    # climb from the phrase to a say/tell verb: its subject told its object
    k = at
    for _ in range(6):
        w = toks[k]
        if w.lemma in _SAY_VERBS and w.pos in ("VERB", "AUX") and not r.irrealis(k):
            subs = r.subjects(k)
            objs = [o for o in r.objects(k, ("to",)) if o not in subs]
            if subs and objs:
                r.add_pairs(subs[:1], objs[:1], "cutoff", k)
                return
            break
        if w.lemma == "dead" or w.lower == "dead":
            subs = r.subjects(w.head) if w.dep in ("acomp", "attr") else []
            objs = [o for o in r.objects(k, ("to",)) if o not in subs]
            if subs and objs:
                r.add_pairs(subs[:1], objs[:1], "cutoff", k)
                return
        if w.head == k:
            break
        k = w.head
    # "Dad was dead to him": the adjective's subject and its "to" object
    s = r.doc.sents[s_i]
    for j in range(at, min(at + 4, s.end_tok)):
        if toks[j].lower == "dead":
            subs = r.subjects(toks[j].head) if toks[j].dep in ("acomp", "attr") else []
            objs = [o for o in r.objects(j, ("to",)) if o not in subs]
            if subs and objs:
                r.add_pairs(subs[:1], objs[:1], "cutoff", j)
                return


# --- friends -----------------------------------------------------------------------------------

def _friends(r: _Reader) -> None:
    """ "Mom's best friend", "my buddy, Dave": a friend link (close when the friend is kin)."""
    toks, d = r.toks, r.d
    for m in r.ms:
        if m.kind != "desc" or m.entity == -1 or m.plural or (
                m.noun not in _FRIEND_NOUNS and m.noun not in _HOUSEMATE_NOUNS):
            continue
        t = toks[m.head]
        if t.quote != -1:
            continue
        owners: list[int] = []
        if m.possessor != -1:
            pm = r.ms[m.possessor]
            if pm.entity != -1:
                owners.append(d.ents.find(pm.entity))
        if not owners:
            # "a friend of Dad's", "her friend from school"
            for c in t.children:
                if toks[c].dep == "prep" and toks[c].lower == "of":
                    for g in toks[c].children:
                        if toks[g].dep == "pobj":
                            owners += r.people_at(g)
        friend = d.ents.find(m.entity)
        # "Yrsa was Mom's best friend": the copula's subject is the friend
        if t.dep == "attr" and toks[t.head].lemma == "be":
            subs = r.subjects(t.head)
            if len(subs) == 1:
                friend = subs[0]
        if not owners and m.possessor != -1:
            owners = _people_or_teller(r, r.ms[m.possessor].head)  # "our lodger"
        for o in owners:
            if o == friend:
                continue
            if m.noun in _HOUSEMATE_NOUNS:
                r.add(friend, o, "household", m.head)
            else:
                r.add(friend, o, "close" if r.any_kin(friend, o) else "friend", m.head)


# --- fictive kin -------------------------------------------------------------------------------

#: Kin titles given to non-kin: grandparents, aunts, uncles, cousins (not parents: "calls her
#: Mom" is a step or adoptive tie, not fictive kin).
_FICTIVE_PATHS = frozenset(["PP", "PPP", "PS", "PPS", "PSC"])
_NAMING_VERBS = frozenset(["call", "refer", "know", "address"])
#: Verbs whose object does what the infinitive says: "told us to call her Auntie Vi".
_BIDDING_VERBS = frozenset(["tell", "ask", "teach", "want", "make", "let", "encourage", "get"])


def _is_title(r: _Reader, k: int) -> bool:
    w = r.toks[k]
    term = kin_term(w.lower)
    first = r.doc.text[w.start:w.start + 1]
    return term is not None and term.title and term.path in _FICTIVE_PATHS and first.isupper()


def _people_or_teller(r: _Reader, tok: int) -> list[int]:
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


def _not_kin(r: _Reader, a: int, b: int) -> bool:
    """No stated kin claim and no path of up to four parent, child or claim steps."""
    if r.any_kin(a, b) or r.partners(a, b) or r.is_parent(a, b) or r.is_parent(b, a):
        return False
    ents = r.d.ents
    r.any_kin(a, a)  # builds the claim pairs
    pairs = r._kin_pairs or {}
    a, b = ents.find(a), ents.find(b)
    seen, frontier = {a}, {a}
    for _ in range(4):
        nxt: set[int] = set()
        for x in frontier:
            nxt |= {ents.find(y) for y in ents.parents_of(x) | ents.children_of(x)}
            nxt |= pairs.get(x, set())
        frontier = nxt - seen
        if b in frontier:
            return False
        seen |= frontier
    return True


def _fictive_titles(r: _Reader) -> None:
    """ "We called him Uncle Aurel", "IP refers to them as 'Uncle Pete and Aunt Carol'",
    "Teija calls her Nana Pearl": a kin title given by the callers to someone who is not their
    kin -> ``fictive-kin``. "She is not really our aunt" / "he isn't my grandpa" after a titled
    name -> ``fictive-kin`` with the possessor."""
    toks = r.toks
    for t in toks:
        if t.pos not in ("VERB", "AUX") or t.lemma not in _NAMING_VERBS or r.negated(t.i):
            continue
        if t.lemma in ("refer", "know") and not any(
                toks[c].lower == "as" for c in t.children):
            continue
        s = r.doc.sents[t.sent]
        titles = [k for k in range(t.i + 1, min(t.i + 7, s.end_tok)) if _is_title(r, k)]
        if not titles:
            continue
        called: list[int] = []
        nxt = t.i + 1
        if nxt < s.end_tok and r.by_head.get(nxt) is not None and nxt < titles[0]:
            called += r.people_at(nxt)
        called += [p for p in r.objects(t.i, ("to",)) if p not in called]
        for k in titles:
            # the titled name itself ("Aunt Carol"): its own mention, when resolved
            for j in (k, k + 1):
                if j < s.end_tok and r.by_head.get(j) is not None:
                    called += [p for p in r.people_at(j) if p not in called]
        subj = [c for c in t.children if toks[c].dep in ("nsubj", "nsubjpass")]
        callers = [p for c in subj for p in _people_or_teller(r, c)]
        if not callers and t.dep == "xcomp" and toks[t.head].lemma in _BIDDING_VERBS:
            # "Dad told us to call her Auntie Vi": the ones told are the callers
            callers = [p for c in toks[t.head].children if toks[c].dep in ("dobj", "dative")
                       for p in _people_or_teller(r, c)]
        callers = callers or r.subjects(t.i)
        callers = [p for p in callers if p not in called]
        for c in callers[:3]:
            for p in called[:3]:
                if _not_kin(r, c, p):
                    r.add(p, c, "fictive-kin", t.i)
    for t in toks:
        # "She is not really our aunt", "he isn't our real grandpa", "He is not my grandpa"
        term = kin_term(t.lower)
        if term is None or term.path not in _FICTIVE_PATHS or t.dep != "attr":
            continue
        h = t.head
        if toks[h].lemma != "be" or not r.negated(h) or r.irrealis(h):
            continue
        subs = r.subjects(h)
        owners = [p for c in t.children if toks[c].dep == "poss" for p in _people_or_teller(r, c)]
        for p in subs[:1]:
            for o in owners[:3]:
                if o != p and _not_kin(r, o, p):
                    r.add(p, o, "fictive-kin", h)


# --- idioms and multi-word cues ---------------------------------------------------------------

#: Homes one can share: "shares a flat with her cousin" (not a room or a bed: children share
#: those by default, and the reader may not know two people are siblings).
_HOMES = frozenset(["house", "home", "apartment", "flat", "place", "trailer", "cabin", "roof",
                    "condo", "household"])
#: "at odds with", "at loggerheads with", "at each other's throats".
_AT_ODDS = frozenset(["odds", "loggerheads", "throats", "war"])
#: The quality of a stated relationship: "a strained relationship", "their bond is close".
_REL_QUALITY = {
    **dict.fromkeys(["strained", "rocky", "difficult", "tense", "toxic", "troubled", "stormy",
                     "volatile", "turbulent", "bad", "terrible", "awful", "hostile", "fraught",
                     "abusive", "combative", "tumultuous", "explosive"], "conflict"),
    **dict.fromkeys(["loving", "warm", "good", "great", "wonderful", "special", "tight",
                     "strong", "deep", "tender"], "close"),
    **dict.fromkeys(["distant", "cold", "cool", "formal", "superficial", "nonexistent",
                     "non-existent"], "distant"),
    **dict.fromkeys(["enmeshed", "codependent", "co-dependent", "suffocating", "smothering"],
                    "fused"),
}
_REL_NOUNS = frozenset(["relationship", "relationships", "relations", "bond", "things"])


def _idiom_cue(r: _Reader, i: int, lemma: str) -> None:
    """Cues of more than one word, each anchored on one token of the idiom."""
    t = r.toks[i]
    if t.quote != -1:
        return
    low = t.lower
    if low == "nothing":
        _nothing_to_do_with(r, i)
    elif lemma == "fall" and _has_child(r, i, "out"):
        _falling_out(r, i)
    elif low in _AT_ODDS or (low == "heads" and t.dep == "dobj"):
        _at_odds(r, i)
    elif low == "blood" and _has_child(r, i, "bad"):
        _noun_cue(r, i, "conflict")
    elif low in _REL_NOUNS and (low != "things" or r.between(i)):
        _relationship(r, i)  # ("things between X and Y are tense")
    elif low in ("friends", "friend") and t.dep == "attr":
        _became_friends(r, i)
    elif low == "like" and t.dep == "prep":
        _like_kin(r, i)
    elif low in ("there", "around") and t.dep == "advmod":
        _never_there(r, i)
    elif low == "absent":
        _absent_parent(r, i)
    elif low == "hip" and r.toks[t.head].lower == "at":
        _at_the_hip(r, i)
    elif low in ("favorite", "favourite") and t.dep == "amod":
        _titled_by(r, t.head, "close")
    elif low == "estranged" and t.dep == "amod":
        _titled_by(r, t.head, "cutoff")  # "my estranged father"
    elif t.text in ("NC", "LC"):
        _no_contact_abbrev(r, i)
    elif low == "terms" and (_has_child(r, i, "speaking") or r.toks[t.head].lower == "speaking"):
        _speaking_terms(r, i)
    elif low == "picture" and r.toks[t.head].lower == "in":
        _never_there(r, i)  # "her father was never in the picture"
    elif low in _ANCHOR_NOUNS and t.dep == "attr":
        _titled_by(r, i, "close")  # "My brother is my rock"
    elif low in ("life", "lives"):
        _out_of_life(r, i)
    elif low == "thieves" and r.toks[t.head].lower == "as":
        _at_the_hip(r, i)  # "thick as thieves"
    elif low in _HOUSEMATE_NOUNS and t.pos == "NOUN":
        _titled_by(r, i, "household")
    elif r.toks[i].pos in ("VERB", "AUX"):
        _idiom_verb(r, i, lemma)


def _idiom_verb(r: _Reader, v: int, lemma: str) -> None:
    if r.negated(v) and lemma == "forgive" and not r.irrealis(v):
        # "She never forgave her brother": a grudge
        subs = r.subjects(v)
        r.add_pairs(subs, [o for o in r.objects(v, ()) if o not in subs], "hostile", v)
    elif lemma == "get" and _has_child(r, i=v, word="along"):
        # "Hilde and her son never got along": only the negated form says anything
        if r.negated(v) and not r.irrealis(v):
            r.reciprocal(v, "conflict", ("with",))
    elif lemma == "look" and _has_child(r, v, "up") and not r.negated(v) and not r.irrealis(v):
        subs = r.subjects(v)  # "looked up to her brother"
        r.add_pairs(subs, [o for o in r.objects(v, ("to",)) if o not in subs], "close", v)
    elif lemma in ("take", "care", "look"):
        _cared_for(r, v, lemma)
    elif lemma == "call":
        _called_parent(r, v)
    elif lemma == "treat":
        _treated_badly(r, v)
    elif lemma in ("protect", "defend") and r.negated(v) and not r.irrealis(v):
        # "My mother never protected me from him": a parent's (or kin's) failure to protect
        subs = r.subjects(v)
        for s in subs[:1]:
            for o in r.objects(v, ()):
                if o != s and (r.is_parent(s, o) or r.any_kin(s, o)):
                    r.add(s, o, "neglect", v)
    elif lemma == "share":
        _share_home(r, v)
    elif lemma == "know" and any(r.toks[c].lower in _RARE for c in r.toks[v].children):
        if not r.irrealis(v):
            r.reciprocal(v, "distant", ())  # "barely knows her father"
    elif lemma == "ignore" and not r.negated(v) and not r.irrealis(v):
        # a parent ignoring their child is neglect; anyone else ignoring someone is too vague
        subs = r.subjects(v)
        for s in subs[:2]:
            for o in r.objects(v, ()):
                if r.is_parent(s, o):
                    r.add(s, o, "neglect", v)


def _titled_by(r: _Reader, n: int, type_: str) -> None:
    """A person described by the noun at ``n`` and its possessor: "Bastian is my favorite
    uncle", "my favourite aunt, Philomena" (close); "my roommate Jessa", "our lodger" (household)."""
    toks = r.toks
    t = toks[n]
    owners = [p for c in t.children if toks[c].dep == "poss" for p in _people_or_teller(r, c)]
    if not owners:
        return
    who = [p for c in [n, *t.children] if c == n or toks[c].dep in ("appos", "compound")
           for p in r.people_at(c)]
    if t.dep == "attr" and toks[t.head].lemma == "be":
        if r.negated(t.head) or r.irrealis(t.head):
            return
        who = r.subjects(t.head)  # "Bastian is my favorite uncle"
    elif t.dep == "appos":
        who += r.people_at(t.head)  # "Philomena, my favourite aunt"
    who = [p for p in dict.fromkeys(who) if p not in owners]
    r.add_pairs(who[:1], owners[:1], type_, n)


def _called_parent(r: _Reader, v: int) -> None:
    """ "She always called him Papa", "I call my stepfather Dad": a parent's title for
    someone the caller has no stated parent tie to (a stepparent, a grandparent who raised
    them) -> close."""
    toks = r.toks
    if r.negated(v) or r.irrealis(v):
        return
    s = r.doc.sents[toks[v].sent]
    title = next((k for k in range(v + 1, min(v + 6, s.end_tok))
                  if (term := kin_term(toks[k].lower)) is not None and term.path == "P"
                  and toks[k].text[:1].isupper() and toks[k].dep in ("oprd", "xcomp", "ccomp",
                                                                      "attr", "dobj", "appos")),
                 -1)
    if title == -1:
        return
    callers = [p for c in toks[v].children if toks[c].dep == "nsubj"
               for p in _people_or_teller(r, c)] or r.subjects(v)
    called = [p for c in toks[v].children if toks[c].dep == "dobj" and c < title
              for p in r.target(v, c) if p not in callers]
    for a in callers[:1]:
        for b in called[:1]:
            if not r.is_parent(b, a):
                r.add(a, b, "close", v)


#: Words for the one someone leans on: "My brother is my rock".
_ANCHOR_NOUNS = frozenset(["rock", "anchor", "lifeline", "everything", "world", "protector",
                           "confidant", "confidante"])
_BADLY = frozenset(["terribly", "badly", "horribly", "awfully", "cruelly", "poorly", "harshly",
                    "coldly", "abominably", "miserably"])
_LIKE_DIRT = frozenset(["dirt", "garbage", "trash", "crap", "shit", "servant", "maid", "slave",
                        "outsider", "stranger", "nothing", "nobody", "dog"])


def _treated_badly(r: _Reader, v: int) -> None:
    """ "My stepmother treated me terribly", "treats her like dirt": hostile."""
    toks = r.toks
    t = toks[v]
    bad = any(toks[c].lower in _BADLY for c in t.children) or any(
        toks[c].lower == "like" and any(toks[g].lower in _LIKE_DIRT for g in toks[c].children)
        for c in t.children)
    if not bad or r.negated(v) or r.irrealis(v):
        return
    subs = r.subjects(v)
    objs = [o for c in t.children if toks[c].dep == "dobj" for o in
            (r.target(v, c) or _people_or_teller(r, c)) if o not in subs]
    r.add_pairs(subs, objs, "hostile", v)


def _out_of_life(r: _Reader, n: int) -> None:
    """ "My mother has been out of my life since I was ten", "he hasn't been part of my life",
    "she is no longer in our lives": cutoff between the subject and the life's owner."""
    toks = r.toks
    t = toks[n]
    owners = [p for c in t.children if toks[c].dep == "poss" for p in _people_or_teller(r, c)]
    if not owners or t.dep != "pobj":
        return
    prep = toks[t.head]
    verb = prep.head
    out_of = prep.lower == "of" and toks[verb].lower == "out"
    part_of = prep.lower == "of" and toks[verb].lower == "part"
    if out_of or part_of:
        verb = toks[verb].head
    elif prep.lower != "in":
        return
    if toks[verb].lemma not in ("be", "stay", "remain", "go", "disappear", "vanish") or (
            r.irrealis(verb)):
        return
    neg = r.negated(verb) or any(toks[c].lower == "longer" for c in toks[verb].children)
    if (out_of and neg) or (not out_of and not neg) or (
            toks[verb].lemma in ("go", "disappear", "vanish") and not out_of):
        return  # "he is part of my life", "never out of my life"
    subs = [p for p in r.subjects(verb) if p not in owners]
    r.add_pairs(subs, owners, "cutoff", n)


def _no_contact_abbrev(r: _Reader, n: int) -> None:
    """Forum shorthand: "went NC with my mother" (no contact) -> cutoff; "I'm LC with my
    sister" (low contact) -> distant."""
    toks = r.toks
    verb = toks[n].head if toks[n].dep != "ROOT" else n
    if r.negated(verb) or r.irrealis(verb):
        return
    subs = [p for c in toks[verb].children if toks[c].dep == "nsubj"
            for p in _people_or_teller(r, c)] or r.subjects(verb)
    objs = [o for o in r.objects(n, ("with",)) + r.objects(verb, ("with",)) if o not in subs]
    r.add_pairs(subs, objs, "cutoff" if toks[n].text == "NC" else "distant", n)


def _speaking_terms(r: _Reader, n: int) -> None:
    """ "haven't been on speaking terms since the funeral": cutoff (only when negated)."""
    toks = r.toks
    on = toks[n].head if toks[toks[n].head].lower != "speaking" else toks[toks[n].head].head
    if toks[on].lower != "on":
        return
    verb = toks[on].head
    neg = r.negated(verb) or any(toks[c].lower == "longer" for c in toks[verb].children)
    if not neg or r.irrealis(verb):
        return
    _clause_link(r, n, verb, "cutoff")


def _clause_link(r: _Reader, n: int, verb: int, type_: str,
                 preps: tuple[str, ...] = ("with",)) -> None:
    """The idiom at ``n`` links its clause's subjects to its "with" objects ("is at odds with
    her brother"), or the subjects among themselves ("Vi and Una are at odds")."""
    subs = r.subjects(verb)
    objs = [o for o in r.objects(n, preps) + r.objects(verb, preps) if o not in subs]
    if subs and objs:
        r.add_pairs(subs, objs, type_, n)
    elif len(subs) >= 2:
        r.add_among(subs, type_, n)


def _has_child(r: _Reader, i: int, word: str) -> bool:
    return any(r.toks[c].lower == word for c in r.toks[i].children)


def _nothing_to_do_with(r: _Reader, n: int) -> None:
    """ "wants nothing to do with her brother", "had nothing to do with us": cutoff."""
    toks = r.toks
    h = toks[n].head
    # (not r.negated: "nothing" itself reads as the negation there)
    if toks[h].lemma not in ("want", "have") or any(toks[c].dep == "neg" for c in toks[
            h].children) or r.irrealis(h):
        return
    do = next((c for c in toks[n].children if toks[c].lemma == "do"), -1)
    if do == -1:
        return
    if any(toks[g].dep == "pobj" and any(toks[x].lower in ("a", "an") for x in toks[g].children)
           for c in toks[do].children for g in toks[c].children):
        return  # "nothing to do with a sailor": a kind of person, not someone known
    subs = r.subjects(h)
    objs = [o for o in r.objects(do, ("with",)) if o not in subs]
    if not objs:
        objs = [p for c in toks[do].children if toks[c].lower == "with"
                for g in toks[c].children for p in _people_or_teller(r, g) if p not in subs]
    r.add_pairs(subs, objs, "cutoff", n)


def _falling_out(r: _Reader, i: int) -> None:
    """ "fell out with her brother" (a verb) or "had a falling out with him" (a noun)."""
    t = r.toks[i]
    if t.dep in ("dobj", "attr", "nsubj", "pobj"):
        _noun_cue(r, i, "falling-out")
    elif not r.negated(i) and not r.irrealis(i):
        r.reciprocal(i, "conflict", ("with",))


def _at_odds(r: _Reader, n: int) -> None:
    """ "is at odds with her brother", "butts heads with him", "are at each other's throats"."""
    toks = r.toks
    t = toks[n]
    verb = toks[t.head].head if t.dep == "pobj" else t.head
    if t.dep == "pobj" and toks[t.head].lower != "at":
        return
    if t.dep == "dobj" and toks[verb].lemma not in ("butt", "bump", "knock", "lock", "but"):
        return
    if r.negated(verb) or r.irrealis(verb):
        return
    _clause_link(r, n, verb, "conflict")


def _relationship(r: _Reader, n: int) -> None:
    """ "Hilde and her father have a strained relationship", "Hilde's relationship with her father
    is strained", "a close bond between them"."""
    toks = r.toks
    t = toks[n]
    quality = next((_REL_QUALITY[toks[c].lower] for c in t.children
                    if toks[c].dep == "amod" and toks[c].lower in _REL_QUALITY), None)
    h = t.head
    if quality is None and t.dep in ("nsubj", "nsubjpass"):
        # "Their relationship is strained": the copula's complement, or the adjective itself
        # when the parser made it the root (and the copula its auxiliary)
        near = [h, toks[h].head, *toks[h].children]
        quality = next((_REL_QUALITY[toks[c].lower] for c in near
                        if toks[c].pos == "ADJ" and toks[c].lower in _REL_QUALITY), None)
    if any(toks[c].lower == "no" for c in t.children) and toks[h].lemma in ("want", "have"):
        quality = "cutoff"  # "I want no relationship with my father"
        if any(toks[c].dep == "neg" for c in toks[h].children):
            return
    if quality is None or any(toks[c].dep == "neg" for c in t.children):
        return
    verb = h if toks[h].pos in ("VERB", "AUX") else -1
    if verb != -1 and (r.negated(verb) or r.irrealis(verb)):
        return
    owners = [p for c in t.children if toks[c].dep == "poss" for p in r.with_conj(c)]
    subs = owners or (r.subjects(verb) if verb != -1 and t.dep in ("dobj", "attr") else [])
    objs = [o for o in r.objects(n, ("with", "between", "to")) + r.between(n) if o not in subs]
    if verb != -1 and t.dep == "dobj":
        objs += [o for o in r.objects(verb, ("with",)) if o not in subs and o not in objs]
    if subs and objs:
        r.add_pairs(subs, objs, quality, n)
    elif len(subs) >= 2:
        r.add_among(subs, quality, n)
    elif not subs:
        # "the relationship between Vi and Una is strained" (not "a good relationship with his
        # aunt and her husband": that is someone's with each)
        r.add_among([o for o in r.between(n) if o in objs], quality, n)


def _became_friends(r: _Reader, n: int) -> None:
    """ "Vi and Una became friends", "Vi is friends with Una": friends (close when kin)."""
    toks = r.toks
    h = toks[n].head
    if toks[h].lemma not in ("be", "become", "remain", "stay", "make") or r.negated(h) or (
            r.irrealis(h)):
        return
    if toks[n].lower == "friend" and not any(toks[c].dep == "prep" and toks[c].lower == "with"
                                              for c in toks[n].children):
        return  # "Una was a friend": whose, the friend mentions say
    subs = r.subjects(h)
    objs = [o for o in r.objects(n, ("with",)) + r.objects(h, ("with",)) if o not in subs]
    pairs = ([(s, o) for s in subs[:3] for o in objs[:3]] if objs
             else [(a, b) for k, a in enumerate(subs[:3]) for b in subs[k + 1:3]])
    for a, b in pairs:
        r.add(a, b, "close" if r.any_kin(a, b) else "friend", n)


def _like_kin(r: _Reader, p: int) -> None:
    """ "She is like a sister to me", "treated him like a son": close, with the kin word
    borrowed (a simile, so never a kin tie)."""
    toks = r.toks
    noun = next((c for c in toks[p].children if toks[c].dep == "pobj"), -1)
    if noun == -1 or kin_term(toks[noun].lower) is None:
        return
    verb = toks[p].head
    if toks[verb].pos not in ("VERB", "AUX") or r.negated(verb) or r.irrealis(verb):
        return
    subs = r.subjects(verb)
    objs = [o for o in r.objects(noun, ("to",)) + r.objects(verb, ("to",)) if o not in subs]
    if not objs and toks[verb].lemma != "be":
        objs = [o for o in r.objects(verb, ()) if o not in subs]
    if not objs:
        objs = [q for c in toks[noun].children if toks[c].dep == "prep" and toks[c].lower == "to"
                for g in toks[c].children for q in _people_or_teller(r, g) if q not in subs]
    r.add_pairs(subs, objs, "close", p)


def _never_there(r: _Reader, a: int) -> None:
    """ "My father was never there for me", "her dad was never around", "never in the
    picture": neglect."""
    toks = r.toks
    h = toks[a].head if toks[a].lower != "picture" else toks[toks[a].head].head
    if toks[h].lemma != "be" or not r.negated(h) or r.irrealis(h):
        return
    subs = r.subjects(h)
    if len(subs) != 1:
        return
    objs = [o for o in r.objects(h, ("for",)) + r.objects(a, ("for",)) if o not in subs]
    if not objs and toks[a].lower in ("around", "picture"):
        # the owner of the subject's kin phrase, when the subject is their parent
        objs = [o for o in r.subject_owners(h, subs[0]) if r.is_parent(subs[0], o)]
    r.add_pairs(subs, objs, "neglect", a)


def _absent_parent(r: _Reader, a: int) -> None:
    """ "Her father was an absent father", "he was absent from their lives": neglect toward the
    child whose parent the subject is."""
    toks = r.toks
    t = toks[a]
    h = t.head
    be = toks[h].head if t.dep == "amod" and toks[h].dep == "attr" else h
    if toks[be].lemma != "be" or r.negated(be) or r.irrealis(be):
        return
    subs = r.subjects(be)
    if len(subs) != 1:
        return
    kids = [o for o in r.subject_owners(be, subs[0]) if r.is_parent(subs[0], o)]
    kids += [k for k in r.d.ents.children_of(subs[0]) if k not in kids and any(
        r.people_at(c) == [r.d.ents.find(k)] for c in range(toks[a].i, r.doc.sents[t.sent].end_tok))]
    r.add_pairs(subs, kids, "neglect", a)


def _at_the_hip(r: _Reader, n: int) -> None:
    """ "joined at the hip": fused; "thick as thieves": close."""
    toks = r.toks
    verb = toks[toks[n].head].head
    type_ = "fused"
    if toks[n].lower == "thieves":
        type_ = "close"
        if toks[verb].lower == "thick":
            verb = toks[verb].head
    elif toks[verb].lemma not in ("join", "attach"):
        return
    if r.negated(verb) or r.irrealis(verb):
        return
    _clause_link(r, n, verb, type_, ("with", "to"))


def _cared_for(r: _Reader, v: int, lemma: str) -> None:
    """ "took care of her grandfather", "cared for him", "looks after her sister": close when
    the carer is not the parent (a parent's care is the default, not a signal)."""
    toks = r.toks
    t = toks[v]
    if lemma == "take":
        care = next((c for c in t.children if toks[c].dep == "dobj" and toks[c].lower == "care"),
                    -1)
        if care == -1:
            return
        preps: tuple[str, ...] = ("of",)
        objs_at = [v, care]
    elif lemma == "care":
        preps, objs_at = ("for",), [v]
    elif lemma == "look" and any(toks[c].lower == "after" for c in t.children):
        preps, objs_at = ("after",), [v]
    else:
        return
    if r.negated(v) or r.irrealis(v):
        return
    subs = r.subjects(v)
    objs = [o for k in objs_at for o in r.objects(k, preps) if o not in subs]
    for s in subs[:2]:
        for o in objs[:3]:
            if not r.is_parent(s, o) and not r.partners(s, o):
                r.add(s, o, "close", v)


def _share_home(r: _Reader, v: int) -> None:
    """ "shares a flat with her cousin", "Vi and Una shared a house for years": household."""
    toks = r.toks
    if not any(toks[c].dep == "dobj" and toks[c].lower in _HOMES for c in toks[v].children):
        return
    if r.negated(v) or r.irrealis(v):
        return
    subs = r.subjects(v)
    objs = [o for c in r.toks[v].children if r.toks[c].dep == "dobj"
            for o in r.objects(c, ("with",)) if o not in subs]
    objs += [o for o in r.objects(v, ("with",)) if o not in subs and o not in objs]
    pairs = ([(s, o) for s in subs[:2] for o in objs[:3]] if objs
             else [(a, b) for k, a in enumerate(subs[:3]) for b in subs[k + 1:3]])
    for a, b in pairs:
        # children share a room by default: siblings sharing one say nothing
        if not r.siblings(a, b):
            r.add(a, b, "household", v)
