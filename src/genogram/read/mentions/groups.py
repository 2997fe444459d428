"""Lists and counted groups of people: names listed after a counted kin noun ("three children:
Sukhdev in 1926, ..."), after "had" ("They had Elof in 1927, Gunvor in 1930"), after a kin noun and
a comma ("two daughters, Ivy and May"), a note's "sister Mirja (41)" entries, and the parents of
counted children. The name finder trusts a capitalised word in such a slot; the linker reads the
listed names as the group's members.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc, Tok
from genogram.read.lexicon import kin_term
from genogram.read.mentions.mention import Mention
from genogram.read.mentions.numbers import number_word
from genogram.read.names import is_given_name


def _kin_then_aged_name(doc: StoryDoc, k: int) -> bool:
    """Token ``k`` is a capitalised word between a kin noun and an age in brackets: a note's
    entry such as "Half-brother Elof (8)" or "sister Mirja (41)"."""
    toks = doc.toks
    return (toks[k].is_title and k >= 1 and k + 2 < len(toks)
            and kin_term(toks[k - 1].lower) is not None and toks[k - 1].sent == toks[k].sent
            and toks[k + 1].text == "(" and toks[k + 2].text[:1].isdigit())


def _born_in_a_had_list(doc: StoryDoc, k: int) -> bool:
    """Token ``k`` is a capitalised word followed by "in YEAR" in a list that "had" opens:
    "They had Elof in 1927, Gunvor in 1930 and Tuva in 1933"."""
    toks = doc.toks
    if k + 2 >= len(toks) or toks[k + 1].lower != "in" or not re.fullmatch(
            r"(1[6-9]|20)\d\d", toks[k + 2].text):
        return False
    j = k - 1
    while j >= 0 and toks[j].sent == toks[k].sent:
        w = toks[j]
        if w.lemma == "have" and w.pos in ("VERB", "AUX"):
            return True
        if not (w.text in (",", "and", "in") or w.is_title or w.text.isdigit()):
            return False
        j -= 1
    return False


#: "five children, but only three lived: …": the survivors are listed, as many as it counts
_SURVIVORS = (r"\s*,?\s*(?:but|and|of whom|though)\s+(?:only\s+)?(?P<alive>\w+)\s+(?:of them\s+)?"
              r"(?:lived|survived|grew up|lived to (?:adulthood|grow up)|made it)"
              r"(?:\s+(?:infancy|childhood|to adulthood|the (?:war|flu|epidemic|fever)))?"
              r"\s*[,:\u2014\u2013]")


def survivors_listed(gap: str) -> int:
    """How many of a counted group the words before its list say lived ("…, but only three
    lived: "), or 0."""
    hit = re.match(_SURVIVORS, gap)
    return (number_word(hit.group("alive")) or 0) if hit else 0


_LIST_OPEN = re.compile(r"(?:\s+(?:in|at|on|near|over|with|who|that|of|from|by|into)\s[^,.;:]{1,50})?"
                        # "twin boys were born in 1909: …", "two sons came in 1920 and 1922: …"
                        r"(?:\s+(?:(?:were|was)\s+born|came|arrived|followed)(?:\s+in\s+\d{4})?)?"
                        r"\s*[,:\u2014\u2013]\s*$"
                        r"|" + _SURVIVORS + r"\s*$")
#: ", named for an uncle lost at sea," after a listed name: an aside about that item
_ASIDE = r"(?:\s*,\s*(?:named|called|christened|baptized|baptised)\b[^,;:.()]{1,80})?"
_ASIDE_AFTER = re.compile(_ASIDE)
_LIST_GAP = re.compile(_ASIDE + r"(?:\s*,?\s*(?:in|born(?: in)?)\s+\d{4}|\s*\((?:\d{1,3}\s*[MFmf]?|(?:b\.\s*)?\d{4})\))?"
                       r"\s*(?:[,;]\s*and|[,;]|and)\s*(?:(?:little|baby|big|young|younger|older|"
                       r"elder|eldest|youngest)\s+)?$")


#: "… with her, " / "… with his second wife, " / "… of his own, " / "… from his first marriage, "
#: between a counted kin noun and its names: what it holds (the other parent, a former marriage)
#: is no item of the list
_WITH_PARENT = re.compile(r"\s+(?:with|of|from|by|into)\s+[^,.;:]{1,40}(?=,)")


def _listed_names(doc: StoryDoc, ms: list[Mention], i: int) -> list[Mention]:
    """The names listed right after mention ``i`` ("…, Halvor in 1936 and Knud in 1939")."""
    k = ms[i]
    out: list[Mention] = []
    prev_end = k.end
    other_parent = _WITH_PARENT.match(doc.text, k.end)
    in_twins = after_kin = False
    aside_end = -1
    for j, n in enumerate(ms[i + 1:i + 12], start=i + 1):
        if other_parent and n.start < other_parent.end():
            continue  # "two sons with her, Ludo and Basil": the other parent is no item
        if n.start < aside_end:
            continue  # "Ivo, named for an uncle lost at sea, and Bo": no item
        if j + 1 < len(ms) and ms[j + 1].start == n.start and ms[j + 1].kind == "kin":
            continue  # the "my" of "my grandfather": read with its kin phrase
        gap = doc.text[prev_end:n.start]
        if not (_LIST_OPEN if not out else _LIST_GAP).fullmatch(gap) and not (
                (in_twins or after_kin) and gap.strip() in ("", ",")):
            break
        in_twins = after_kin = False
        if n.kind == "kin" and n.plural and n.kin is not None and "twin" in n.kin.qual:
            in_twins = True  # "Ada (1890), the twins Kit and Kat (1893), and Ned": twins' names
            prev_end = n.end
            continue
        if n.kind == "kin" and not n.plural and j + 1 < len(ms) and ms[j + 1].kind == "name" and (
                doc.text[n.end:ms[j + 1].start].strip() in (",", "")):
            prev_end = n.end  # "…, and my grandfather, Paramjit, in 1932": the name is the item
            after_kin = True
            continue
        if n.kind != "name":
            break
        out.append(n)
        prev_end = n.end
        aside = _ASIDE_AFTER.match(doc.text, n.end)
        aside_end = aside.end() if aside and aside.end() > n.end else -1
    return out


def _listed_under_group(doc: StoryDoc, k: int, by_head: dict[int, Mention]) -> Mention | None:
    """The plural kin phrase a chain of appositions and conjuncts from token ``k`` hangs on."""
    toks = doc.toks
    for _ in range(5):
        m = by_head.get(k)
        if m is not None and m.kind == "kin" and m.plural:
            return m
        if toks[k].dep not in ("appos", "conj") or toks[k].head == k:
            return None
        k = toks[k].head
    return None


def _in_kin_group(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` one of the names listed after a kin noun ("two daughters, Ivy and May";
    "two sons from his first marriage, Ivo and Bo", the names hung on the modifier's noun)?"""
    toks = doc.toks
    for _ in range(4):
        h = toks[k].head
        if h == k:
            return False
        if kin_term(toks[h].lower) is not None and toks[h].pos == "NOUN":
            return True
        if (toks[k].dep == "appos" or toks[k].dep == "conj" and toks[k - 1].text == ",") and (
                _counted_kin_modified_by(doc, h)):
            return True
        if toks[k].dep not in ("conj", "appos"):
            return False
        k = h
    return False


def _counted_kin_modified_by(doc: StoryDoc, h: int) -> bool:
    """Is token ``h`` the noun of a modifier ("of his own", "from his first marriage") that follows
    a counted plural kin noun ("two sons from his first marriage")?"""
    toks = doc.toks
    if toks[h].dep != "pobj" or toks[toks[h].head].lower not in ("of", "from", "by", "into"):
        return False
    prep = toks[toks[h].head]
    heads = [prep.head, *(c for c in toks[prep.head].children if toks[c].dep == "dobj")]
    return any(toks[g].tag == "NNS" and kin_term(toks[g].lower) is not None and g < prep.i
               and any(toks[c].dep == "nummod" for c in toks[g].children) for g in heads)


def _parent_of_counted_kin(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` (or the subject it is coordinated with) the subject of "had/raised" whose
    object is a child ("had three children"), of "had" with a spouse or sibling, or of a verb whose object is "his/her" kin ("took
    his son")? Places have no children."""
    toks = doc.toks
    t = toks[k]
    subj = t.head if t.dep == "conj" and toks[t.head].dep == "nsubj" else k
    if toks[subj].dep != "nsubj":
        return False
    verb = toks[toks[subj].head]
    for c in verb.children:
        term = kin_term(toks[c].lower) if toks[c].dep == "dobj" else None
        if term is None:
            continue
        if term.path in ("C", "E", "S") and verb.lemma in ("have", "raise", "adopt", "bear") and (
                term.path == "C" or verb.lemma == "have"):
            return True  # ("has a husband", "had two sisters": only people have kin)
        if any(toks[g].dep == "poss" and toks[g].lower in ("his", "her", "their")
               for g in toks[c].children):
            return True  # "Rizal took his son to the fair"
    return False


def _listed_after_colon(doc: StoryDoc, k: int) -> bool:
    """ "had three children on Maple Street: Sukhdev in 1926": the first capitalised word after a
    colon that follows a counted kin noun in the same sentence."""
    toks = doc.toks
    if k < 2 or not toks[k].is_title:
        return False
    colon = k - 1
    while colon > max(k - 16, 0) and toks[colon].text != ":" and (
            toks[colon].text in (",", "(", ")") or toks[colon].lower in ("and", "in", "born", "the")
            or toks[colon].pos in ("NUM", "PROPN") or toks[colon].tag == "PRP$"
            or kin_term(toks[colon].lower) is not None):
        colon -= 1  # back over the items listed so far ("Sukhdev in 1926, Tarlochan")
    if toks[colon].text != ":":
        colon = _colon_before_list(doc, k)
        if colon == -1:
            return False
    for j in range(colon - 1, max(colon - 13, -1), -1):
        if toks[j].sent != toks[colon].sent:
            break
        term = kin_term(toks[j].lower)
        if term is not None and toks[j].tag == "NNS" and any(
                toks[c].dep == "nummod" or toks[c].lower in ("twin", "twins")
                for c in toks[j].children):
            return True
    return False


_ITEMS = re.compile(r"\s*(?:[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*" + _ASIDE
                    + r"(?:\s*\([^()]{0,20}\))?(?:\s+in\s+\d{4})?\s*(?:,\s*(?:and\s+)?|and\s+))*")


def _colon_before_list(doc: StoryDoc, k: int) -> int:
    """The colon that opens a list whose item token ``k`` is, when earlier items carry an aside
    ("twin boys: Ivo, named for an uncle lost at sea, and Bo"), else -1."""
    toks = doc.toks
    sent = doc.sents[toks[k].sent]
    colon = next((j for j in range(k - 1, sent.start_tok - 1, -1) if toks[j].text == ":"), -1)
    if colon == -1 or _ITEMS.fullmatch(doc.text, toks[colon].end, toks[k].start) is None:
        return -1
    return colon


def _names_listed_after(doc: StoryDoc, k: int) -> bool:
    """ "Twin boys, Eskil and Aarne, followed": a bare plural kin noun that names its members
    right after a comma is a group of people, not a vague word."""
    toks = doc.toks
    t = toks[k]
    if t.tag not in ("NNS", "NNPS") and not t.lower.endswith("s"):
        return False
    if k + 2 >= len(toks) or toks[k + 1].text != "," or toks[k + 2].sent != t.sent:
        return False
    nxt = toks[k + 2]
    return nxt.pos == "PROPN" and nxt.is_title and nxt.head == k and nxt.dep in ("conj", "appos")


def _counted_children_end(doc: StoryDoc, s: int) -> int:
    """How many children a sentence that ends on a counted child noun counts ("We had two
    children."), else 0."""
    toks = doc.toks
    sent = doc.sents[s]
    k = sent.end_tok - 1
    while k > sent.start_tok and (toks[k].pos == "PUNCT" or toks[k].lower in ("together", "now")):
        k -= 1
    term = kin_term(toks[k].lower)
    if term is None or term.path != "C" or toks[k].tag != "NNS":
        return 0
    for c in toks[k].children:
        n = number_word(toks[c].lower) if toks[c].dep == "nummod" else None
        if n is not None and 2 <= n <= 4:  # (a larger count is seldom named one by one)
            return n
    return 0


def _named_after_counted_children(doc: StoryDoc, k: int) -> bool:
    """ "We had two children. Roelke came first, then Gerda": a capitalised word in the sentence
    right after one that ends on a counted child noun, when that sentence holds exactly as many
    such words as the count (the names of the children just counted)."""
    toks = doc.toks
    t = toks[k]
    if not _child_name_like(t):
        return False
    if t.sent == 0 or doc.sents[t.sent - 1].para != doc.sents[t.sent].para:
        return False
    count = _counted_children_end(doc, t.sent - 1)
    if not count:
        return False
    sent = doc.sents[t.sent]
    words = [w for w in toks[sent.start_tok:sent.end_tok]
             if _child_name_like(w) and w.dep != "compound"]
    return len(words) == count


def _child_name_like(t: Tok) -> bool:
    """A capitalised proper noun the tagger did not take for a place or a date (a known given
    name it took for a place still counts: "then Gerda" tagged as a town)."""
    return t.pos == "PROPN" and t.is_title and (
        t.ent not in ("GPE", "LOC", "FAC", "ORG", "DATE") or t.ent == "GPE" and is_given_name(t.text))
