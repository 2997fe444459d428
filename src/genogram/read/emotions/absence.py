"""Absence as a signal: staying away from someone's funeral, wedding or graduation ("didn't
come to her father's funeral", "missed his sister's wedding") -> distant; refusing to say
someone's name or to speak of them ("would not say his nephew's name", "never talked about his
father") -> cutoff; refusing to look at someone ("would not look at her") -> hostile."""

from __future__ import annotations

from genogram.read.emotions.reader import LinkReader

#: Occasions of one person that family are expected at.
OCCASIONS = frozenset(["funeral", "wedding", "graduation", "christening", "baptism", "memorial",
                       "mitzvah", "quinceañera", "quinceanera", "burial", "wake"])

#: Verbs of being there: "come to", "attend", "show up at", "go to", "make it to".
_ATTEND = frozenset(["come", "attend", "go", "show", "make", "turn", "appear", "fly", "travel"])

_SKIP = frozenset(["miss", "skip", "boycott"])

_SAY_NAME = frozenset(["say", "speak", "mention", "utter", "use"])


def _refused(r: LinkReader, v: int) -> bool:
    """Negated and told as fact: "did not come", "never said", "would not say" (a negated
    would is a refusal, unless an if-clause governs it)."""
    toks = r.toks
    if not r.negated(v):
        return False
    if not r.irrealis(v):
        return True
    kids = [toks[c] for c in toks[v].children]
    s = r.doc.sents[toks[v].sent]
    return (any(w.dep == "aux" and w.lower in ("would", "wo") for w in kids)
            and not any(toks[k].lower in ("if", "unless") for k in range(s.start_tok, s.end_tok))
            and toks[v].dep not in ("ccomp", "xcomp", "advcl"))


def _owners(r: LinkReader, noun: int) -> list[int]:
    toks = r.toks
    return [p for c in toks[noun].children if toks[c].dep == "poss" for p in r.people_at(c)]


def _verb_nouns(r: LinkReader, v: int, preps: tuple[str, ...]) -> list[int]:
    """The nouns the verb takes as object or in a ``preps`` phrase ("came to the wedding",
    "showed up at the funeral")."""
    toks = r.toks
    nouns = [c for c in toks[v].children if toks[c].dep == "dobj"]
    nouns += [g for c in toks[v].children if toks[c].dep in ("prep", "prt")
              and toks[c].lower in preps for g in toks[c].children if toks[g].dep == "pobj"]
    nouns += [gg for c in toks[v].children if toks[c].dep == "prt" for g in toks[c].children
              if toks[g].lower in preps for gg in toks[g].children if toks[gg].dep == "pobj"]
    return nouns


def _occasion_of(r: LinkReader, v: int, preps: tuple[str, ...]) -> list[int]:
    """The owners of an occasion the verb takes as object or in a ``preps`` phrase."""
    toks = r.toks
    return [p for n in _verb_nouns(r, v, preps)
            if toks[n].lemma.lower() in OCCASIONS or toks[n].lower in OCCASIONS
            for p in _owners(r, n)]


def _about(r: LinkReader, v: int) -> list[int]:
    """The people a "talk about" / "speak of" phrase on ``v`` names."""
    toks = r.toks
    return [p for c in toks[v].children if toks[c].dep == "prep" and toks[c].lower in (
        "about", "of") for g in toks[c].children if toks[g].dep == "pobj"
        for p in r.with_conj(g)]


def _snub(r: LinkReader, v: int) -> bool:
    """Not looking at someone as a refusal ("would not", "never", "refused to"), not one
    glance missed ("didn't look at me when I came in")."""
    toks = r.toks
    t = toks[v]
    return (any(toks[c].lower in ("would", "wo", "never") for c in t.children)
            or (t.dep == "xcomp" and toks[t.head].lemma in ("refuse", "decline")))


def absence_cue(r: LinkReader, v: int, lemma: str) -> None:
    toks = r.toks
    if toks[v].quote != -1:
        return
    if lemma in _ATTEND and _refused(r, v):
        owners = _occasion_of(r, v, ("to", "for", "at"))
        type_ = "distant"
    elif lemma in _SKIP and not r.negated(v) and not r.irrealis(v):
        owners = _occasion_of(r, v, ())
        type_ = "distant"
    elif lemma in ("talk", "speak") and _about(r, v) and _refused(r, v):
        # "He never talked about his father", "she did not speak of her sister": a person kept
        # out of speech, like a name never said
        owners = _about(r, v)
        type_ = "cutoff"
    elif lemma == "look" and _refused(r, v) and _snub(r, v):
        # "She would not look at her son-in-law", "refused to look at him": a snub
        owners = r.objects(v, ("at",))
        type_ = "hostile"
    elif lemma in _SAY_NAME and _refused(r, v):
        owners = [p for c in toks[v].children if toks[c].dep == "dobj"
                  and toks[c].lower in ("name", "names") for p in _owners(r, c)]
        type_ = "cutoff"
    else:
        return
    subs = r.subjects(v)
    if not owners and type_ == "distant" and _bare_wedding(r, v):
        # "Una married Ivo in May. Her father skipped the wedding": the couple of the
        # marrying verb just before, both of them (staying away from a match is a verdict
        # on it)
        owners = _couple_married(r, v)
    r.add_pairs(subs[:1], [o for o in owners if o not in subs][:2], type_, v)


def _bare_wedding(r: LinkReader, v: int) -> bool:
    """``v`` takes "the wedding" (no owner named) as object or in a to/for/at phrase."""
    toks = r.toks
    return any(toks[n].lower == "wedding" and any(toks[c].lower == "the"
                                                  for c in toks[n].children)
               for n in _verb_nouns(r, v, ("to", "for", "at")))


def _couple_married(r: LinkReader, v: int) -> list[int]:
    """The two people of the last asserted "marry" before ``v`` in its sentence or the one
    before ("When Una married Ivo, her father skipped the wedding")."""
    toks = r.toks
    sent = toks[v].sent
    first = r.doc.sents[max(sent - 1, 0)].start_tok
    for k in range(v - 1, first - 1, -1):
        if toks[k].lemma in ("marry", "wed") and toks[k].pos == "VERB" and not (
                r.negated(k) or r.irrealis(k)):
            couple = list(dict.fromkeys(r.subjects(k) + r.objects(k, ("to",))))
            return couple if len(couple) == 2 else []
    return []

