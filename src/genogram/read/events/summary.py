"""The one-line summary of an event in plain words: "Elena and Bruno divorce", "Tomás
emigrated to Chile".
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.resolve import Discourse

_PRONOUN_WORDS = frozenset(["he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "their", "our", "my", "your"])


def _phrase(doc: StoryDoc, k: int) -> str:
    """The trigger's own words: the verb and what it governs to its right, up to eight tokens."""
    toks = doc.toks
    t = toks[k]
    end = k
    for c in t.children:
        if c > k and toks[c].dep in ("dobj", "prt", "prep", "attr", "acomp", "xcomp", "pobj",
                                     "advmod", "npadvmod", "dative"):
            end = max(end, _right_edge(doc, c))
    end = min(end, k + 8, doc.sents[t.sent].end_tok - 1)
    while end > k and toks[end].pos in ("PUNCT", "CCONJ", "ADP", "DET", "SPACE"):
        end -= 1
    return " ".join(toks[i].text for i in range(k, end + 1) if toks[i].pos != "SPACE")


def _right_edge(doc: StoryDoc, k: int) -> int:
    edge = k
    stack = [k]
    seen = 0
    while stack and seen < 40:
        x = stack.pop()
        seen += 1
        edge = max(edge, x)
        stack.extend(doc.toks[x].children)
    return edge


def _label(d: Discourse, e: int) -> str:
    ent = d.ents.get(e)
    if ent.names:
        return ent.names[0]
    if ent.narrator:
        return "the narrator"
    if ent.titles:
        return ent.titles[0]
    for desc in ent.descs:
        if desc.split()[0].lower() not in _PRONOUN_WORDS or len(desc.split()) > 1:
            return desc[:1].lower() + desc[1:] if desc[:2] != "I " else desc
    return "someone"


def _names(labels: list[str]) -> str:
    if len(labels) <= 2:
        return " and ".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


_TEMPLATES = {
    "birth": "{a} is born", "death": "{a} dies", "marriage": "{a} and {b} marry",
    "divorce": "{a} and {b} divorce", "separation": "{a} and {b} separate",
    "engagement": "{a} and {b} get engaged", "cohabitation": "{a} and {b} move in together",
    "affair": "{a} has an affair with {b}", "pregnancy": "{a} becomes pregnant",
    "reunion": "{a} and {b} reunite",
}

#: The couple's events told of one person: "Dorit marries", "Cato gets engaged".
_ALONE = {"affair": "{a} has an affair", "engagement": "{a} gets engaged",
          "marriage": "{a} marries", "separation": "{a} leaves the family"}


def summary(type_: str, labels: list[str], phrase: str = "", *, loss: bool = False,
            born: int = 1) -> str:
    """A one-line summary in plain words: 'Elena and Bruno divorce', 'Tomás dies'; a pregnancy
    that was lost (``loss``) reads 'Ana has a miscarriage'; a birth of twins (the first
    ``born`` labels) 'Ilka and Bo are born'."""
    if not labels:
        return type_
    if type_ == "birth" and born > 1:
        return f"{_names(labels[:born])} are born"
    a, rest = labels[0], labels[1:]
    if type_ == "pregnancy" and loss:
        return f"{a} has a miscarriage"
    if not rest and type_ in _ALONE:   # a couple's event whose partner the story never gives
        return _ALONE[type_].format(a=a)
    tpl = _TEMPLATES.get(type_)
    if tpl is not None and ("{b}" not in tpl or rest):
        return tpl.format(a=a, b=_names(rest))
    if phrase:   # the actor and the text's own words: "Tomás emigrated to Chile"
        return f"{a} {phrase}"
    return f"{_names(labels)}: {type_}"
