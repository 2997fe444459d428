"""Criticism said of someone: "She said I was overreacting", "told me I was selfish", "called
and said I was ruining the family", "accused him of lying" -> ``conflict`` between the one who
says it and the one it is said of. A speech verb's reported clause must have a person as its
subject and a word of reproach in it; praise or news ("said I was right", "said he was
coming") is no link."""

from __future__ import annotations

from genogram.read.emotions.lexicon import INSULTS
from genogram.read.emotions.reader import LinkReader, people_or_teller

#: Verbs that report what someone said or wrote.
_SPEECH = frozenset(["say", "tell", "claim", "insist", "complain", "scream", "yell", "shout",
                     "text", "write", "announce", "declare", "snap", "hiss", "post"])

#: Words of reproach (lemmas or forms): what one says of someone one is at odds with.
REPROACH = INSULTS | frozenset([
    "overreact", "overreacting", "dramatic", "crazy", "paranoid", "petty", "rude",
    "disrespectful", "jealous", "spoiled", "lazy", "irresponsible", "unreasonable", "punish",
    "punishing", "erase", "erasing", "ruin", "ruining", "destroy", "lying", "manipulate",
    "manipulative", "controlling", "ashamed", "disappointment", "embarrassing", "betray",
    "abandon", "steal", "stealing", "cruel", "heartless", "disgusting", "shameful", "greedy",
    "vindictive", "hysterical", "toxic", "unfit"])


def _words(r: LinkReader, head: int, limit: int = 24) -> list[int]:
    toks = r.toks
    out, todo = [], [head]
    while todo and len(out) < limit:
        k = todo.pop(0)
        out.append(k)
        todo += toks[k].children
    return out


def _reproach(r: LinkReader, clause: int) -> bool:
    toks = r.toks
    words = _words(r, clause)
    if any(toks[k].dep == "neg" and toks[k].head == clause for k in words):
        return False  # "said I wasn't selfish"
    return any(toks[k].lower in REPROACH or toks[k].lemma.lower() in REPROACH for k in words)


def criticism_cue(r: LinkReader, v: int, lemma: str) -> None:
    toks = r.toks
    t = toks[v]
    if t.quote != -1 or r.negated(v) or r.irrealis(v):
        return
    speakers = [p for c in t.children if toks[c].dep == "nsubj"
                for p in people_or_teller(r, c)] or r.subjects(v)
    if not speakers:
        return
    if lemma == "accuse":
        # "accused him of lying": the accused is the object
        objs = [p for c in t.children if toks[c].dep == "dobj" for p in people_or_teller(r, c)]
        r.add_pairs(speakers[:1], [o for o in objs if o not in speakers][:2], "conflict", v)
        return
    if lemma not in _SPEECH:
        return
    for c in t.children:
        if toks[c].dep != "ccomp":
            continue
        subj = next((g for g in toks[c].children if toks[g].dep in ("nsubj", "nsubjpass")), -1)
        if subj == -1:
            continue
        said_of = [p for p in people_or_teller(r, subj) if p not in speakers]
        if said_of and _reproach(r, c):
            r.add_pairs(speakers[:1], said_of[:1], "conflict", v)
