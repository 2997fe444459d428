"""Descriptions of people by a human noun ("the neighbor", "a schoolteacher she married"): a
singular human noun with a determiner or possessor, or the one married by "married a ..." or an
affair is with ("his affair with his secretary").
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.lexicon import FEMALE_NOUNS, HUMAN_NOUNS, MALE_NOUNS
from genogram.read.mentions.mention import ROLE_NAMES, Mention
from genogram.read.mentions.name_cues import name_within
from genogram.read.mentions.possessors import _possessor_of
from genogram.read.mentions.tree import _leftmost


def _unnamed_spouse(doc: StoryDoc, k: int) -> bool:
    """ "married a schoolteacher", "she wed a sailor from Cork": whatever the noun, the one
    married is a person, unless a name set off in the phrase names them ("married a welder
    from Derby, Tancred Oddny")."""
    toks = doc.toks
    t = toks[k]
    if t.pos != "NOUN" or t.dep != "dobj" or t.tag in ("NNS", "NNPS"):
        return False
    verb = toks[t.head]
    if verb.lemma not in ("marry", "wed", "remarry") or not any(
            toks[c].lower in ("a", "an") for c in t.children):
        return False
    if t.ent in ("DATE", "TIME") or t.lower in _TIMES:
        return False  # "wed a second time", "married a year later": when, not whom
    return name_within(doc, k) == -1


_TIMES = frozenset(["time", "year", "month", "week", "day", "decade", "while", "spring",
                    "summer", "autumn", "fall", "winter"])


#: Nouns and verbs whose "with" names a lover: "his affair with his secretary", "cheated with a
#: bartender", "ran off with a drummer".
AFFAIR_WORDS = frozenset(["affair", "fling", "liaison", "cheat", "sleep", "run", "elope"])


def _unnamed_lover(doc: StoryDoc, k: int) -> bool:
    """ "an affair with his secretary", "cheated with a bartender": whatever the noun, the one
    an affair is with is a person (unless a name set off in the phrase names them)."""
    toks = doc.toks
    t = toks[k]
    if t.pos != "NOUN" or t.dep != "pobj" or t.tag in ("NNS", "NNPS") or not any(
            toks[c].dep in ("det", "poss") for c in t.children):
        return False
    prep = toks[t.head]
    if prep.lower != "with" or prep.head == prep.i:
        return False
    head = toks[prep.head]
    # "had an affair with his secretary": "with" often hangs on the verb that has the affair
    return (head.lemma in AFFAIR_WORDS or any(
        toks[c].dep == "dobj" and toks[c].lemma in AFFAIR_WORDS for c in head.children)) and (
        name_within(doc, k) == -1)


def kind_of_child(doc: StoryDoc, k: int) -> bool:
    """ "a daddy's girl", "a total mama's boy", "the sort of mama's boy that…": a kind of child,
    not a parent in the story (a lower-case parent word, owned by no one, before "girl"/"boy"
    that an article or "kind of" makes a kind)."""
    toks = doc.toks
    t = toks[k]
    if t.dep != "poss" or t.text[:1].isupper() or toks[t.head].lemma not in ("girl", "boy"):
        return False
    if any(toks[c].dep == "poss" for c in t.children):
        return False  # "my daddy's girl": my father's
    head = toks[t.head]
    indefinite = any(toks[c].lower in ("a", "an") for c in t.children + head.children)
    up = toks[head.head]
    kind_of = head.dep == "pobj" and up.lower == "of" and toks[up.head].lemma in (
        "kind", "sort", "type")
    return indefinite or kind_of


def _desc_mention(doc: StoryDoc, k: int) -> Mention | None:
    toks = doc.toks
    t = toks[k]
    if t.tag in ("NNS", "NNPS"):
        return None
    dets = [toks[c] for c in t.children if toks[c].dep in ("det", "poss")]
    if not dets and t.lower not in ROLE_NAMES:
        return None
    if any(d.dep == "poss" and kind_of_child(doc, d.i) for d in dets):
        return None  # "a daddy's girl" is what someone is, not one more person
    if t.quote != -1 and all(d.lower in ("a", "an") for d in dets):
        return None  # "Helping a friend." said in passing is nobody in particular
    low = t.lemma if t.lemma in HUMAN_NOUNS else t.lower
    gender = "female" if low in FEMALE_NOUNS else "male" if low in MALE_NOUNS else None
    start = min([d.i for d in dets] + [_leftmost(doc, d.i) for d in dets if d.dep == "poss"] + [k])
    poss = _possessor_of(doc, k)
    definite = any(d.lower in ("the", "this", "that") for d in dets) or t.lower in ROLE_NAMES
    return Mention(0, toks[start].start, t.end, k, "desc", quote=t.quote, noun=low,
                   gender=gender, possessor_tok=poss, definite=definite)
