"""Friends, housemates and fictive kin: "Mom's best friend", "our lodger", "we called him
Uncle Aurel" for someone who is no kin of the callers."""

from __future__ import annotations

from genogram.read.emotions.lexicon import (
    BIDDING_VERBS,
    FICTIVE_PATHS,
    FRIEND_NOUNS,
    HOUSEMATE_NOUNS,
    NAMING_VERBS,
)
from genogram.read.emotions.reader import LinkReader, people_or_teller
from genogram.read.lexicon import kin_term


def friend_links(r: LinkReader) -> None:
    """ "Mom's best friend", "my buddy, Yngve": a friend link (close when the friend is kin)."""
    toks, d = r.toks, r.d
    for m in r.ms:
        if m.kind != "desc" or m.entity == -1 or m.plural or (
                m.noun not in FRIEND_NOUNS and m.noun not in HOUSEMATE_NOUNS):
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
            owners = people_or_teller(r, r.ms[m.possessor].head)  # "our lodger"
        for o in owners:
            if o == friend:
                continue
            if m.noun in HOUSEMATE_NOUNS:
                r.add(friend, o, "household", m.head)
            else:
                r.add(friend, o, "close" if r.any_kin(friend, o) else "friend", m.head)


def _is_title(r: LinkReader, k: int) -> bool:
    w = r.toks[k]
    term = kin_term(w.lower)
    first = r.doc.text[w.start:w.start + 1]
    return term is not None and term.title and term.path in FICTIVE_PATHS and first.isupper()


def _not_kin(r: LinkReader, a: int, b: int, denied: tuple[int, int] | None = None) -> bool:
    """No stated kin claim and no path of up to four parent, child or claim steps. Claims made
    inside the ``denied`` span do not count: "Auntie Vi is not our aunt" is no aunt claim."""
    ents = r.d.ents
    if denied is None:
        if r.any_kin(a, b) or r.partners(a, b):
            return False
        r.any_kin(a, a)  # builds the claim pairs
        pairs = r._kin_pairs or {}
    else:
        pairs = _claim_pairs(r, denied)
        if ents.find(b) in pairs.get(ents.find(a), set()):
            return False
    if r.is_parent(a, b) or r.is_parent(b, a):
        return False
    a, b = ents.find(a), ents.find(b)
    # blood goes up to a common ancestor, then down: once a path has gone down to a child it
    # does not climb to that child's other parent ("his father's ex-wife" is no kin of his)
    seen: set[tuple[int, bool]] = {(a, False)}
    frontier = {(a, False)}
    for _ in range(4):
        nxt: set[tuple[int, bool]] = set()
        for x, down in frontier:
            ups = {ents.find(y) for y in ents.parents_of(x)}
            downs = {ents.find(y) for y in ents.children_of(x)}
            if not down:
                nxt |= {(y, False) for y in ups}
            nxt |= {(y, True) for y in downs}
            # a sibling, spouse or other stated tie: no climbing to their parents after it
            nxt |= {(y, True) for y in pairs.get(x, set()) - ups - downs}
        frontier = nxt - seen
        if any(x == b for x, _down in frontier):
            return False
        seen |= frontier
    return True


def _claim_pairs(r: LinkReader, denied: tuple[int, int]) -> dict[int, set[int]]:
    """Everyone each person has a kin claim with, leaving out claims made inside ``denied``."""
    ents = r.d.ents
    pairs: dict[int, set[int]] = {}
    for c in ents.claims:
        if c.term.path in ("G", "g") or c.title_only or (
                denied[0] <= c.span[0] and c.span[1] <= denied[1]):
            continue
        p, q = ents.find(c.possessor), ents.find(c.referent)
        pairs.setdefault(p, set()).add(q)
        pairs.setdefault(q, set()).add(p)
    return pairs


def fictive_titles(r: LinkReader) -> None:
    """ "We called him Uncle Aurel", "IP refers to them as 'Uncle Ambros and Aunt Rosvita'",
    "Teija calls her Nana Elva": a kin title given by the callers to someone who is not their
    kin -> ``fictive-kin``. "She is not really my aunt" / "he isn't my granddad" after a titled
    name -> ``fictive-kin`` with the possessor."""
    toks = r.toks
    for t in toks:
        if t.pos not in ("VERB", "AUX") or t.lemma not in NAMING_VERBS or r.negated(t.i):
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
            # the titled name itself ("Aunt Rosvita"): its own mention, when resolved
            for j in (k, k + 1):
                if j < s.end_tok and r.by_head.get(j) is not None:
                    called += [p for p in r.people_at(j) if p not in called]
        subj = [c for c in t.children if toks[c].dep in ("nsubj", "nsubjpass")]
        callers = [p for c in subj for p in people_or_teller(r, c)]
        if not callers and t.dep == "xcomp" and toks[t.head].lemma in BIDDING_VERBS:
            # "Dad asked us to call her Auntie Vi": the ones told are the callers
            callers = [p for c in toks[t.head].children if toks[c].dep in ("dobj", "dative")
                       for p in people_or_teller(r, c)]
        callers = callers or r.subjects(t.i)
        callers = [p for p in callers if p not in called]
        for c in callers[:3]:
            for p in called[:3]:
                if _not_kin(r, c, p):
                    r.add(p, c, "fictive-kin", t.i)
    for t in toks:
        # "She is not really my aunt", "he isn't our real granddad", "He is not my granddad"
        term = kin_term(t.lower)
        if term is None or term.path not in FICTIVE_PATHS or t.dep != "attr":
            continue
        h = t.head
        if toks[h].lemma != "be" or not r.negated(h) or r.irrealis(h):
            continue
        subs = r.subjects(h)
        poss = [c for c in t.children if toks[c].dep == "poss"]
        owners = [p for c in poss for p in people_or_teller(r, c)]
        if not owners and any(toks[c].lower in _NOBODY for c in poss):
            # "Auntie Vi, who wasn't anybody's aunt": the ones who use the title, the
            # subjects of the clause that names her ("I went to Auntie Vi")
            owners = _namers(r, h)
        denied = r.sent_span(h)
        for p in subs[:1]:
            for o in owners[:3]:
                if o != p and _not_kin(r, o, p, denied):
                    r.add(p, o, "fictive-kin", h)
                    _explained_tie(r, h, p)


#: Possessors that deny the kin title to everyone: "wasn't anybody's aunt".
_NOBODY = frozenset(["anybody", "anyone", "nobody", "everybody", "everyone"])


def _namers(r: LinkReader, be: int) -> list[int]:
    """The subjects of the clause whose noun a relative clause at ``be`` describes ("I went to
    Auntie Vi, who ...": the teller)."""
    toks = r.toks
    if toks[be].dep != "relcl":
        return []
    k = toks[be].head
    for _ in range(4):
        k = toks[k].head
        if toks[k].pos in ("VERB", "AUX"):
            return r.subjects(k)
        if toks[k].head == k:
            break
    return []


def _explained_tie(r: LinkReader, be: int, who: int) -> None:
    """After a kin title is denied, the next sentence that says how the titled person belongs:
    "She and Mum trained together" -> ``friend`` between her and the one she did it with. Its
    "she" is the titled person (even when bound to her partner in the pair: one is not paired
    with oneself)."""
    toks = r.toks
    sent = toks[be].sent + 1
    if sent >= len(r.doc.sents):
        return
    s = r.doc.sents[sent]
    for k in range(s.start_tok, s.end_tok):
        t = toks[k]
        if t.dep != "nsubj" or t.lower not in ("she", "he") or r.negated(t.head) or (
                r.irrealis(t.head)):
            continue
        others = [p for c in t.children if toks[c].dep == "conj" for p in r.with_conj(c)]
        bound = r.people_at(k)
        if others and (bound == [who] or set(bound) <= set(others)):
            for o in others:
                if o != who:
                    r.add(who, o, "close" if r.any_kin(who, o) else "friend", t.head)
        return
