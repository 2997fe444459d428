"""Ages at the time of telling, said in a clause of their own: "Mara is twenty-nine now", "I'm
seven.", "Ola, who is 4 now", "the twins, who are nine and six", "She was eighty now", "Ivo just
turned one", "This spring Edda turned seventy".

Tags ("Ella (4)", "(34F)") and "a six-year-old son" are read with the mentions; this is the
copula: a present "is / are / am" (or a past one with "now") or a "turned" with a word of the
present ("just", "now", "this year"), whose subject is a person and whose complement is a bare
number (not "is twenty minutes away", not "is one of", not "when she is five"). Two numbers and
two coordinated people pair up in order. A stated age is never overwritten.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.mentions import Mention
from genogram.read.resolve import Discourse
from genogram.read.timeline import number
from genogram.read.verbs import people_and_conjuncts

_NUM_WORD = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|"
             r"three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|"
             r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
             r"nineteen|(?:a|one) hundred(?: and \w+)?|\d{1,3})")
#: What may follow the verb: "is now about 17 and 13", "turned seventy", "'m nine years old".
_AGE_AFTER = re.compile(
    rf"\s+(?:now\s+|just\s+|already\s+|only\s+)*(?:about|around|almost|nearly|roughly)?\s*"
    rf"(?P<a>{_NUM_WORD})(?:\s*(?:and|&)\s*(?P<b>{_NUM_WORD}))?(?:\s+years?\s+old)?"
    r"(?=\s*(?:[,.;:!?)\u2014\u2013\"\u201d]|-\s|and\b|but\b|now\b|this\b|today\b|"
    r"already\b|$))", re.IGNORECASE)
_PRESENT_BE = frozenset(["is", "are", "am", "'s", "'re", "'m", "\u2019s", "\u2019re", "\u2019m"])
#: Words that make a past "was" or "turned" a present age: "He was ninety now".
_NOW = frozenset(["now", "just", "recently"])
_THIS = frozenset(["this", "today"])
_CLAUSE_OF_TIME = frozenset(["when", "if", "until", "once", "whenever", "by", "before", "after"])


def read_present_ages(doc: StoryDoc, ms: list[Mention], d: Discourse) -> None:
    """Set ``Entity.age`` from present-tense age clauses (see the module docstring)."""
    toks = doc.toks
    for k, t in enumerate(toks):
        if t.quote != -1 or not _present_age_verb(doc, k):
            continue
        hit = _AGE_AFTER.match(doc.text, t.end)
        if hit is None:
            continue
        ages = [_age(hit.group("a"))] + ([_age(hit.group("b"))] if hit.group("b") else [])
        if any(a is None for a in ages):
            continue
        people = _age_subjects(doc, ms, d, k)
        if len(people) != len(ages):
            continue
        for p, a in zip(people, ages, strict=True):
            e = d.ents.get(p)
            if e.age is None and not e.deceased and a is not None:
                e.age = a
                e.evidence.setdefault("age", []).append((t.start, hit.end()))


def _age(word: str) -> int | None:
    w = word.lower().replace("a hundred", "one hundred")
    if w.startswith("one hundred"):
        rest = w[len("one hundred"):].replace(" and ", " ").strip()
        n = number(rest) if rest else 0
        return None if n is None else 100 + n
    n = number(w)
    return n if n is not None and 0 < n < 120 else None


def _present_age_verb(doc: StoryDoc, k: int) -> bool:
    """A present "be" or a "turned" told as now, not inside a clause of time or condition."""
    toks = doc.toks
    t = toks[k]
    if t.lemma not in ("be", "turn"):
        return False
    kids = [toks[c] for c in t.children]
    if any(c.dep == "mark" and c.lower in _CLAUSE_OF_TIME for c in kids) or any(
            c.dep == "advmod" and c.lower in _CLAUSE_OF_TIME for c in kids):
        return False   # "when she is five", "when he turned ten"
    now = any(c.lower in _NOW for c in kids) or any(
        c.dep == "npadvmod" and any(toks[g].lower in _THIS for g in c.children) for c in kids)
    if t.lemma == "be":
        return t.lower in _PRESENT_BE or t.tag in ("VBZ", "VBP") or now
    return now


def _age_subjects(doc: StoryDoc, ms: list[Mention], d: Discourse, k: int) -> list[int]:
    """The people the verb's subject names; "who" takes the noun its clause describes."""
    toks = doc.toks
    subj = next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")), -1)
    if subj == -1:
        return []
    if toks[subj].lower in ("who", "that") and toks[k].dep == "relcl":
        subj = toks[k].head
    return list(dict.fromkeys(people_and_conjuncts(doc, ms, d, subj)))
