"""Appositions the parser misses or misattaches, read from the surface: "his granddaughter,
Irene, to a game", "Ilka, Piet's daughter, came over", "raised by her mother, Hedvig and
grandfather, Ivo"; and the checks that keep two listed people from being joined as one ("Papa, my
sister", "her brother Bo and her sister Ulla", "a child with Papa, a girl").
"""

from __future__ import annotations

from genogram.read.document import StoryDoc, Tok
from genogram.read.lexicon import HUMAN_NOUNS, kin_term
from genogram.read.mentions.mention import Mention
from genogram.read.mentions.name_cues import (
    _possessed_kin_follows,
    _sentence_initial,
    letter_opening,
)
from genogram.read.mentions.name_mentions import _run_on_name

_REPORTING_VERBS = frozenset(["think", "know", "believe", "say", "hope", "feel", "hear", "wish",
                              "guess", "suppose", "realize", "notice"])

#: Words that go on after an object and its apposition ("took her son, Bo to school")
_AFTER_OBJECT = frozenset(["to", "how", "for", "about", "into", "out", "home", "back"])


def _comma_apposition(doc: StoryDoc, m: Mention, by_tok: dict[int, Mention]) -> None:
    """"his granddaughter, Irene, to a game": an apposition the parser hung on the verb.

    Only the surface shape is trusted: a singular kin phrase, a comma, the name, and then a
    punctuation mark or the end of the sentence, all in one sentence ("After his father died, Piet
    left" has a verb after the name and is no apposition)."""
    toks = doc.toks
    a = doc.tok_at(m.start)
    b = doc.tok_at(max(m.end - 1, m.start))
    if a < 2 or toks[a - 1].text != "," or toks[a - 1].sent != toks[a].sent:
        return
    j = a - 2
    if toks[j].pos == "ADV" and j > 0 and toks[j].dep == "advmod":
        j -= 1  # "one daughter together, Chrysa"
    if toks[j].lower == "own":  # "a son of their own, Torben" with the name as object of "of"
        j = next((i for i in range(j - 1, max(j - 4, 0), -1) if toks[i].lower == "of"), j)
        j = toks[j].head if toks[j].lower == "of" else j
    other = by_tok.get(j)
    for _ in range(4):  # "a girl of her own, Vendela": climb out of the kin phrase's modifiers
        if other is not None or toks[j].head == j:
            break
        j = toks[j].head
        if j >= a:
            break
        other = by_tok.get(j) if by_tok.get(j) is not None and by_tok[j].head == j else None
        if other is None and toks[j].pos in ("VERB", "AUX"):
            # "has a daughter from an earlier marriage, Gusti": the parser hung the phrase on the verb
            obj = max((c for c in toks[j].children if toks[c].dep == "dobj" and c < a), default=-1)
            other = by_tok.get(obj) if obj != -1 else None
            break
    if other is None or other is m or other.plural or other.kind not in ("kin", "desc") or (
            other.kind == "desc" and (other.definite or toks[a - 2].i == other.head)):
        return  # (an indefinite person noun only with a modifier between: "a man from her
        # office, Ivo Berg")
    if other.idx in m.same_as or toks[doc.tok_at(other.start)].sent != toks[a].sent:
        return
    if b + 1 < len(toks) and toks[b + 1].text == "(":
        # "her stepfather, Ivo Bodo (66), as kind": step over the bracket after the name
        close = next((i for i in range(b + 2, min(b + 6, len(toks))) if toks[i].text == ")"), -1)
        b = close if close != -1 else b
    nxt = toks[b + 1] if b + 1 < len(toks) else None
    if nxt is not None and nxt.text in ("'s", "’s"):
        after = toks[b + 2] if b + 2 < len(toks) else None
        if after is not None and (kin_term(after.lower) is not None or after.lemma in HUMAN_NOUNS):
            return  # "his first wife, Petros's mother": the name owns the next kin phrase
        nxt = None  # "his granddaughter, Sylvie's birthday": the name owns what follows
    coordinated = toks[other.head].dep == "conj"  # "Rolf and his daughter, Orla go"
    # "Oddny's child, Alvilde was already there": a possessed kin phrase opening its sentence
    opening = (other.possessor_tok != -1 and doc.sents[toks[a].sent].start_tok
               == doc.tok_at(other.start))
    # "while her husband, Ivo is out of town": a possessed kin noun, its name and a verb
    # (a clause of its own would put a verb before the comma: "after his father died, Piet left")
    possessed = other.possessor_tok != -1 and toks[other.head].dep in ("nsubj", "nsubjpass")
    # "she knew her brother, Ivo would come": the object of a verb of thinking is the subject
    # of the clause after it
    reported = (other.possessor_tok != -1 and toks[other.head].dep == "dobj"
                and toks[toks[other.head].head].lemma in _REPORTING_VERBS)
    coordinated = coordinated or opening or possessed or reported
    if coordinated and nxt is not None and nxt.pos == "ADV" and b + 2 < len(toks):
        nxt = toks[b + 2]  # "Ilka's father, Piet just got home"
    if nxt is not None and other.possessor_tok != -1 and toks[other.head].dep in ("dobj", "pobj") and (
            nxt.lower in _AFTER_OBJECT or nxt.lower == "and" and _possessed_kin_follows(doc, b + 2)):
        # "took her mother, Hedvig to the fair", "taught her niece, Hedvig how to bake", "her son,
        # Bo and his sister": the closing comma left out after a possessed object
        nxt = None
    if nxt is not None and nxt.sent == toks[b].sent and nxt.text not in (",", ".", ";", "!", "?",
                                                                         ")", ":") and not (
            coordinated and nxt.pos in ("VERB", "AUX")) and not _run_on_name(doc, b, b + 1):
        return
    if nxt is not None and nxt.text == "," and b + 2 < len(toks) and toks[b + 2].lower in (
            "and", "or") and any(by_tok.get(j) is not None for j in range(b + 3, b + 5)
                                 if j < len(toks)):
        return  # "his son, Piet, and Mary": a list, not an apposition
    m.same_person(other)


def _two_roles(doc: StoryDoc, m: Mention, other: Mention) -> bool:
    """Two kin phrases of the speaker's own that cannot be one person: different kinds of kin
    ("Papa" and "my sister") or of opposite gender. (With different owners they may well be
    one: "her husband, my father".)"""
    if m.kind != "kin" or other.kind != "kin" or m.kin is None or other.kin is None:
        return False

    def mine(x: Mention) -> bool:
        if x.possessor_tok == -1:
            return x.title is not None
        return doc.toks[x.possessor_tok].lower in ("my", "our")

    if not (mine(m) and mine(other)):
        return False
    gm, go = m.gender or m.kin.gender, other.gender or other.kin.gender
    return m.kin.path != other.kin.path or (gm is not None and go is not None and gm != go)


def _genders_clash(m: Mention, other: Mention) -> bool:
    """Do the two words state opposite genders ("his father" and "Mrs. Roe")? Then they are
    not one person in apposition, whatever the parse says."""
    def stated(x: Mention) -> str | None:
        return x.gender or (x.kin.gender if x.kin is not None else None)

    a, b = stated(m), stated(other)
    return a is not None and b is not None and a != b


def _child_word_on_parent(doc: StoryDoc, m: Mention, other: Mention) -> bool:
    """An unpossessed, indefinite child word ("a boy", "a daughter") in apposition to a parent
    word, or to the "with" person of "had a baby with Piet, a boy …": a parent cannot be "a boy",
    so the parser attached the apposition to the wrong noun."""
    if not (m.kind == "kin" and m.kin is not None and m.kin.path == "C"
            and m.possessor_tok == -1 and not m.definite and not m.plural):
        return False
    t = doc.toks[other.head]
    return (other.kind == "kin" and other.kin is not None and other.kin.path == "P"
            or t.dep == "pobj" and doc.toks[t.head].lower == "with")


def _listed_kin(doc: StoryDoc, m: Mention, other: Mention) -> bool:
    """Two possessed kin phrases with "and" between them are two people listed, not one
    person in apposition ("with her brother Bo and her sister Ulla")."""
    if m.kind != "kin" or other.kind != "kin" or m.possessor_tok == -1 or other.possessor_tok == -1:
        return False
    first, second = (other, m) if other.start < m.start else (m, other)
    return "and" in doc.text[first.end:second.start].lower().split()


def _middle_of_a_name_list(doc: StoryDoc, t: Tok) -> bool:
    """ "Dad, Ilka, and Bo": the parser makes the middle name an apposition of the first and
    the last a conjunct; a bare name in apposition, with a bare name joined by "and" after it,
    is the middle of a list of three."""
    toks = doc.toks
    if t.dep != "appos" or t.pos != "PROPN":
        return False
    head = toks[t.head]
    later = [c for c in head.children if c > t.i]
    return any(toks[c].dep == "cc" for c in later) and any(
        toks[c].dep == "conj" and toks[c].pos == "PROPN" and not any(
            toks[g].dep in ("det", "poss") for g in toks[c].children) for c in later)


def _nearer_kin(doc: StoryDoc, m: Mention, by_tok: dict[int, Mention]) -> Mention | None:
    """ "raised by her mother, Hedvig and grandfather, Ivo": the parser hangs the second name on
    the first kin word; the unnamed kin word right before the name's comma is the one it names."""
    toks = doc.toks
    a = doc.tok_at(m.start)
    if m.kind != "name" or a < 2 or toks[a - 1].text != ",":
        return None
    k = by_tok.get(a - 2)
    if k is None or k.kind != "kin" or k.plural or toks[k.head].i != a - 2:
        return None
    if toks[a - 2].head == m.head or toks[m.head].head == a - 2:
        return None  # the parser already links the two
    return k if toks[k.head].dep == "conj" else None


def _name_comma_kin(doc: StoryDoc, m: Mention, by_tok: dict[int, Mention]) -> None:
    """"Ilka, Piet's daughter, came over": a possessed kin phrase set off by commas after a name,
    which the parser often makes the subject and the name a loose modifier."""
    toks = doc.toks
    b = doc.tok_at(max(m.end - 1, m.start))
    if b + 1 < len(toks) and toks[b + 1].text == "(":
        # "Ulla (9F), my daughter": past a bracketed age or tag to its comma
        close = next((j for j in range(b + 2, min(b + 7, len(toks))) if toks[j].text == ")"), -1)
        if close != -1 and toks[close].sent == toks[b].sent:
            b = close
    if b + 2 >= len(toks) or toks[b + 1].text != ",":
        return
    # the kin phrase starts right after the comma ("Piet's daughter": the name "Piet" is its own
    # mention on the same token, so look for the kin phrase's head a few tokens on)
    other = next((x for x in (by_tok.get(j) for j in range(b + 2, min(b + 6, len(toks))))
                  if x is not None and x.kind == "kin" and doc.tok_at(x.start) == b + 2), None)
    if (other is None or other is m or other.plural
            or other.possessor_tok == -1 or other.idx in m.same_as or other.title is not None):
        return
    e = doc.tok_at(max(other.end - 1, other.start))
    nxt = toks[e + 1] if e + 1 < len(toks) else None
    # "Ilka, Piet's daughter sings": a name opening its sentence, the closing comma left out
    opening_verb = (nxt is not None and nxt.pos in ("VERB", "AUX") and m.quote == -1
                    and _sentence_initial(doc, doc.tok_at(m.start)))
    line_end = nxt is None or "\n" in doc.text[other.end:nxt.start + 1] or (
        nxt.text.isspace() and "\n" in nxt.text)  # "- Ulla (9F), my daughter" ends its line
    if not line_end and (nxt.sent != toks[b].sent or (
            nxt.text not in (",", ".", ";", "!", "?") and not opening_verb)):
        return
    if nxt is not None and nxt.text == "," and e + 2 < len(toks) and toks[e + 2].lower in (
            "and", "or"):
        return  # "Ilka, Piet's daughter, and Lou": a list
    m.same_person(other)


def letter_reader_kin(doc: StoryDoc, ms: list[Mention]) -> None:
    """ "Ulla, many happy returns, big brother!": a letter that opens on its reader's name and
    ends the same sentence on a bare kin word set off by a comma calls the reader by that word
    (a wish between the two keeps the parser from reading an apposition)."""
    toks = doc.toks
    first = next((m for m in ms if m.kind == "name"), None)
    if first is None or not letter_opening(doc, doc.tok_at(first.start), first.head):
        return
    sent = toks[first.head].sent
    for k in ms[first.idx + 1:]:
        if toks[k.head].sent != sent:
            return
        a, b = doc.tok_at(k.start), doc.tok_at(k.end - 1)
        if (k.kind == "kin" and not k.plural and k.possessor_tok == -1 and k.title is None
                and a > 0 and toks[a - 1].text == "," and b + 1 < len(toks)
                and toks[b + 1].text in ("!", ".", ",") and k.idx not in first.same_as):
            first.same_person(k)
            return
