"""Emotional and social links from the text's own signals (issue 5).

``read_links`` returns :class:`~genogram.read.facts.LinkFact` items in entity ids. A link needs a
cue in the text *and* two resolved people the cue's syntax connects; warmth or distance is never
inferred from kinship alone. The cues, all general English:

- contact refused or absent: a contact verb (speak, talk, call, visit, see, write...) under
  negation ("hasn't spoken to his uncle in nine years", "didn't speak for eleven years"),
  "no contact since", "not in contact with", "cut off", "disowned", "estranged", "blocked"
  -> ``cutoff``; rare contact ("speak twice a year", "barely see") -> ``distant``;
- rejection said aloud ("You're dead to us", "Don't ever write again", "You're no daughter of mine"):
  the quote's speaker and addressee, or the teller and hearer of reported speech -> ``cutoff``;
- fights ("argued", "fought", "hung up on", "constant fights", "tension between her and
  Jarl") -> ``conflict``;
  hatred and contempt ("hated", "couldn't stand", "didn't like") -> ``hostile``;
- closeness ("inseparable", "close", "comforted", "adored", "favorite person", a non-parent who
  raised a child) -> ``close``; "enmeshed", "joined at the hip" -> ``fused``;
- violence and neglect ("hit", "beat", "abused", "DV") -> ``abuse``; "neglected" -> ``neglect``;
- "best friend", "her buddy, Yngve" -> ``friend`` (``close`` when the friend is kin);
- "lives with", "moved in with", "stays with" between people who are not a couple -> ``household``;
- a parent who walked out on / left / abandoned their child -> ``cutoff``;
- staying away from someone's funeral or wedding (or "the wedding" of the couple just
  married) -> ``distant``; never saying their name or never talking about them -> ``cutoff``;
  refusing to look at them -> ``hostile``; a person described "as" a tie ("as my best friend",
  "never warm") -> its type;
- getting along well, taking someone's side, steady contact ("speak weekly") -> ``close``; not
  getting along -> ``conflict``; avoiding someone -> ``distant``;
- a parent's title claimed for a stepparent ("Rolf has been my dad since I was four") -> ``close``;
- reproach said of someone ("said I was overreacting", "accused him of lying") -> ``conflict``;
- a clinical note's verdict fragments, read by word order ("Enmeshed w/ mother", "No contact w/
  father", "Strong attachment to MGM", "Stepfather-IP relationship strained"; a fragment with
  nobody before the cue is about the identified patient) -> their type (``note_cues``).

Negated, modal, conditional and wished clauses give no link (except the negation that *is* the
cue). One pass over the tokens; each cue looks only at its own sentence.
"""

from __future__ import annotations

from collections.abc import Iterable

from genogram.read.document import StoryDoc
from genogram.read.emotions.absence import absence_cue
from genogram.read.emotions.criticism import criticism_cue
from genogram.read.emotions.idioms import idiom_cue
from genogram.read.emotions.lexicon import (
    CLOSE_ADJ,
    CONFLICT_NOUNS,
    DISTANT_ADJ,
    HOSTILE_NOUNS,
    cue_lemma,
)
from genogram.read.emotions.note_cues import note_cues
from genogram.read.emotions.reader import LinkReader, is_verbal
from genogram.read.emotions.social import fictive_titles, friend_links
from genogram.read.emotions.speech import said_rejections
from genogram.read.emotions.verb_cues import verb_cue
from genogram.read.emotions.word_cues import adj_cue, noun_cue
from genogram.read.facts import LinkFact
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse


def read_links(doc: StoryDoc, ms: list[Mention], d: Discourse,
               couples: Iterable[frozenset[int]] = ()) -> list[LinkFact]:
    """Links with textual support between two resolved people. ``couples``: the entity pairs
    the graph already holds as unions (a partner's love is the union's, not a link)."""
    r = LinkReader(doc, ms, d, couples)
    toks = doc.toks
    for t in toks:
        low = t.lower
        lemma = cue_lemma(t.lemma, low)
        idiom_cue(r, t.i, lemma)
        if is_verbal(r, t.i):
            verb_cue(r, t.i, lemma)
            absence_cue(r, t.i, lemma)
            criticism_cue(r, t.i, lemma)
        elif t.pos in ("ADJ", "ADV") or low in CLOSE_ADJ or low in DISTANT_ADJ:
            adj_cue(r, t.i, low)
        if t.pos in ("NOUN", "PROPN") or low in CONFLICT_NOUNS or low in HOSTILE_NOUNS:
            noun_cue(r, t.i, _compound_noun(r, t.i, low))
    said_rejections(r)
    note_cues(r)
    friend_links(r)
    fictive_titles(r)
    # one link per pair, as a family's diagram draws it: the strongest signal wins (a cutoff
    # says more than the fights before it, a fight more than the closeness around it, a bond
    # more than the shared roof)
    best: dict[frozenset, str] = {}
    for pair, type_ in r.out:
        if pair not in best or PRECEDENCE.index(type_) < PRECEDENCE.index(best[pair]):
            best[pair] = type_
    return [lf for (pair, type_), lf in r.out.items() if best[pair] == type_]


#: Link types from strongest to weakest signal, for a pair with several.
PRECEDENCE = ("cutoff", "abuse", "neglect", "hostile", "conflict", "distant", "fused", "close",
              "friend", "household", "fictive-kin")


def _compound_noun(r: LinkReader, i: int, low: str) -> str:
    """A noun the tokenizer split: "falling-out" as "falling" + "out", "screaming match"."""
    mods = {r.toks[c].lower for c in r.toks[i].children if r.toks[c].dep in ("compound", "amod")}
    if low == "out" and "falling" in mods:
        return "falling-out"
    if low in ("match", "matches") and mods & {"screaming", "shouting", "yelling"}:
        return "fights"
    return low


__all__ = ["cue_lemma", "read_links"]
