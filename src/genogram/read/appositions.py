"""Appositions that are lists: "Ivo, his daughter Solvor, and his son Tam went out".

The parser sets a kin phrase in apposition with every name around it, so that "his daughter" is
said to be Ivo as well as Solvor, and "Ivo's son Tam and Tam's aunt Una" makes Una the son. A kin
phrase names one person: when it is set beside two different names, it is the one it names
directly (the name right after it, else the nearest one before it); the other links are a list.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.entities import names_match
from genogram.read.mentions import Mention


def split_listed_appositions(doc: StoryDoc, ms: list[Mention]) -> None:
    """Keep one name per singular kin phrase among its same-person links (in place)."""
    starts = {x.start: x for x in ms}
    for m in ms:
        if m.kind != "kin" or m.plural or not m.same_as:
            continue
        _not_own_possessor(ms, m)
        _name_right_after(doc, ms, m, starts)
        names = [j for j in m.same_as if ms[j].kind == "name" and ms[j].name]
        if all(names_match(ms[i].name, ms[j].name)  # type: ignore[arg-type]
               for i in names for j in names):
            continue  # one person's names ("his father, Ferdinand, ... Ferdi")
        # the name set right after the phrase ("his daughter Solvor", "his son, Tam,") names it;
        # else the nearest one before it ("Aunt Brunhild, Eskil's mother, phoned Solvor")
        right = [j for j in names if ms[j].start >= m.end
                 and not doc.text[m.end:ms[j].start].strip(" ,")]
        before = [j for j in names if ms[j].start < m.start]
        keep = (right[0] if right else max(before, key=lambda j: ms[j].start) if before
                else min(names, key=lambda j: ms[j].start))
        for j in [j for j in m.same_as if j != keep]:
            m.not_same_person(ms[j])


def _not_own_possessor(ms: list[Mention], m: Mention) -> None:
    """ "I learned the man ..., is my real father": with the subject lost, the parser
    can make "I" the subject of "is my father". Nobody is their own relative: a kin phrase is
    never the same person as its possessor ("my" and "I")."""
    if m.possessor == -1:
        return
    owner = ms[m.possessor]
    for j in list(m.same_as):
        if j == owner.idx or owner.kind == "self" and ms[j].kind == "self":
            m.not_same_person(ms[j])


def _name_right_after(doc: StoryDoc, ms: list[Mention], m: Mention,
                      starts: dict[int, Mention]) -> None:
    """ "my mom, Orla, my dad, Bertil Stig Sr., and ...": the parser hangs "my dad" on the
    name before it; a name set right after a kin phrase ("my dad, Bertil") names it instead."""
    text = doc.text
    gap = len(text[m.end:]) - len(text[m.end:].lstrip(" ,"))
    nxt = starts.get(m.end + gap)
    if nxt is None or nxt.kind != "name" or not nxt.name or nxt.idx in m.same_as or gap == 0:
        return
    if not all(ms[j].start < m.start for j in m.same_as):
        return
    for j in list(m.same_as):
        m.not_same_person(ms[j])
    m.same_person(nxt)


def made_kin(doc: StoryDoc, ms: list[Mention]) -> None:
    """"…which makes Casimir Brynhild's uncle": the object of "make" is the kin phrase that
    completes it (in place: the two become one person). The parser hangs the name on the
    possessor ("Casimir" a compound of "Brynhild") or on the verb."""
    toks = doc.toks
    by_head = {m.head: m for m in ms}
    for m in ms:
        if m.kind != "kin" or m.plural or m.possessor_tok == -1:
            continue
        verb = toks[m.head].head
        if toks[m.head].dep not in ("dobj", "oprd", "ccomp") or toks[verb].lemma != "make":
            continue
        cands = [c for c in toks[m.possessor_tok].children if toks[c].dep == "compound"]
        cands += [c for c in toks[verb].children if toks[c].dep in ("dobj", "dative")
                  and c < m.possessor_tok]
        for c in cands:
            other = by_head.get(c)
            if other is not None and other.kind == "name" and other.idx not in m.same_as:
                m.same_person(other)
                break


def owned_by_predicate(doc: StoryDoc, ms: list[Mention]) -> None:
    """ "The baby was his.", "The girl is hers": a child word whose copula predicate is a
    possessive pronoun is that person's child, as "his boy" is (in place: the pronoun becomes
    the kin phrase's possessor)."""
    toks = doc.toks
    at = {m.head: m for m in ms}
    for m in ms:
        if (m.kind != "kin" or m.plural or m.possessor != -1 or m.kin is None
                or m.kin.path != "C" or toks[m.head].dep != "nsubj"):
            continue
        verb = toks[toks[m.head].head]
        if verb.lemma != "be" or verb.i == m.head:
            continue
        owner = next((c for c in verb.children if toks[c].dep == "attr"
                      and toks[c].lower in ("his", "hers", "theirs")), -1)
        if owner != -1 and owner in at and at[owner].kind in ("he", "she", "they"):
            m.possessor, m.possessor_tok = at[owner].idx, owner
            _not_own_possessor(ms, m)  # (the copula had made the boy the same as "his")
