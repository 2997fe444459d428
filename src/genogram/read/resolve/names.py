"""Resolving a name mention: a stated nickname's bearer, a known person of that name, a vocative's
addressee, the holder of a titled name's role ("Grandma Sigrun"), or someone new."""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.entities import names_match
from genogram.read.lexicon import HONORIFICS
from genogram.read.mentions import BIRTH_NAMING_LEMMAS, ROLE_NAMES, Mention, conjuncts
from genogram.read.named_speakers import speaker_named_later
from genogram.read.resolve.addressees import _addressee, _is_vocative
from genogram.read.resolve.discourse import Discourse, _bind, _mention_at, _resolve_one
from genogram.read.resolve.namesakes import _after_prep, repeats_name
from genogram.read.resolve.perspective import _perspective

#: "the original Ana", "the elder Ivo": of two people of one name, the one met first.
_THE_ELDER = re.compile(r"\bthe\s+(?:original|elder|older|first)\s+$", re.I)


def _resolve_name(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    ents = d.ents
    if m.name is None:
        return  # a title whose name words were all something else (a tag, a number): no one
    if repeats_name(doc, m):
        # "My sister is Ragna too": a second holder of the name, the subject, never the
        # first holder again
        said = [ms[j] for j in (*m.aliases, *m.same_as) if ms[j].entity != -1
                and ms[j].start < m.start]
        if said:
            ent = ents.find(said[0].entity)
            ents.add_name(ent, m.name)
            _bind(doc, d, m, ent, strong=True)
            return
    for j in m.aliases:
        # "baptized Oline", "everyone called her Edda": the name goes to the one named,
        # even when an older namesake already has it
        if ms[j].entity != -1 and ms[j].start < m.start:
            ent = ents.find(ms[j].entity)
            known = ents.find_by_name(m.name)
            toks = doc.toks
            # "His name is Wes" / "he called her Gisle" with Wes or Gisle already met: that
            # person (a child "named" or "baptized" after someone is a namesake instead)
            by_call = toks[toks[m.head].head].lemma == "call"
            name_is = m.head >= 2 and toks[m.head - 2].lower == "name" and (
                toks[m.head - 1].lemma == "be")
            by_copula = name_is or by_call
            if name_is and ms[j].kind in ("he", "she") and ents.get(ent).names and not any(
                    names_match(n, m.name) for n in ents.get(ent).names):
                # "His name was Ottar" when "his" went to someone already named otherwise:
                # the pronoun was misbound (a name is stated once, not renamed), so the name
                # finds its bearer as any name does
                break
            # "I am Nelle" said by a narrator met before as "their daughter Noelle": her too;
            # "he called his daughter Lia" with Lia already met: a phone call to her far more
            # often than a naming, so the daughter is Lia (not a second one of that name)
            if ((by_copula and ms[j].kind in ("he", "she") or ms[j].kind == "self"
                 or by_call and ms[j].kind == "kin")
                    and known is not None and known != ent and not ents.get(ent).names
                    and ents.compatible(known, ent)):
                ent = ents.merge(known, ent)
            elif (ms[j].kind == "kin" and known is not None and known != ent
                  and toks[m.head].dep in ("attr", "acomp")
                  and toks[toks[m.head].head].lemma == "be"
                  and ents.compatible(known, ent, names=False)):
                # "my sister Lili is Tiggy" after Tiggy was met: the nickname's bearer is Lili
                ent = ents.merge(known, ent)
            ents.add_name(ent, m.name)
            _bind(doc, d, m, ent, strong=True)
            return
    ent = _named_kin_holder(doc, d, ms, m)
    if ent is None and not _given_at_birth(doc, ms, m):
        elder = _THE_ELDER.search(doc.text, max(0, m.start - 24), m.start) is not None
        ent = ents.find_by_name(m.name, gender=m.gender, earliest=elder)
        if ent is not None and m.title is None and _patient_beside(doc, ms, d, m, ent):
            # "Mr. Roe died in 2011; client was six then": the client is named apart, so the
            # "Mr. Roe" is the other Roe (the client's father), if there is one
            ent = ents.find_by_name(m.name, gender=m.gender, besides=ent)
    if ent is not None and m.gender and ents.gender(ent) not in (None, m.gender):
        ent = None  # "Mrs. Marchal" is not Stina Marchal
    if ent is not None and _coordinated_with(doc, ms, d, ent, m):
        ent = None  # "Tina and Augustina": two people, whatever the nickname table says
    if ent is not None and _names_kin_of(d, ms, m, ent):
        ent = None  # "Torleif Lunde … his son Torleif": a namesake, not the father again
    if ent is not None and d.child_group_owners and _elder_of(d, ent, d.child_group_owners):
        ent = None  # "Ebbe Lind … his son Ivo … bore him two sons, Ebbe and Bo": a grandson
    if m.quote != -1 and _is_vocative(doc, m):
        addressee = _addressee(doc, ms, d, m, ent)
        if addressee is not None:
            ents.add_name(addressee, m.name)
            _bind(doc, d, m, addressee, strong=True)
            return
    # a titled name ("Grandma Sigrun") is also the speaker's kin, or the kin of its possessor
    # ("her Uncle Conrad"): prefer the person already known in that role
    persp = None
    if m.title is not None and m.possessor != -1:
        pm = ms[m.possessor]
        if pm.entity == -1 and pm.kind not in ("we", "they"):
            _resolve_one(doc, ms, d, pm)
        persp = d.ents.find(pm.entity) if pm.entity != -1 else None
    elif m.title is not None:
        persp = _perspective(doc, ms, d, m)
    if ent is None and m.title is not None and persp is not None:
        role = ents.lookup(persp, m.title)
        if role is not None and not ents.get(role).names:
            ent = role
    if ent is None:
        ent = _role_labelled(doc, ms, d, m)
    if ent is None:
        ent = speaker_named_later(doc, d, m)  # "My cousin rang. 'Go,' Wenche said."
    if ent is None:
        ent = ents.new()
    ents.add_name(ent, m.name)
    _bind(doc, d, m, ent, strong=True)
    if m.title is not None and persp is not None and m.title.path != "G":
        ents.claim(persp, m.title, m.entity, (m.start, m.end), in_quote=m.quote != -1,
                   title_only=True)
        e = ents.get(m.entity)
        e.titles.append(m.title.word)


def _patient_beside(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention,
                    ent: int) -> bool:
    """Is ``ent`` the note's patient while a role word in the same sentence ("client", "pt")
    names the patient apart from the titled name ``m`` ("Mr. Roe")?"""
    patient = d.patient()
    first = doc.text[m.start:m.end].split()[0].rstrip(".").lower()
    if patient is None or d.ents.find(ent) != patient or first not in HONORIFICS:
        return False  # (a titled surname only: "Mr. Roe", not "he prefers 'Bix'")
    sent = doc.toks[m.head].sent
    return any(o is not m and o.kind == "desc" and o.noun in ROLE_NAMES
               and doc.toks[o.head].sent == sent for o in ms[max(0, m.idx - 6):m.idx + 8])


def _role_labelled(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> int | None:
    """ "Client: Mrs. Ada Roe (68F)": the name a role label introduces is the role's person from
    the first line on, so the note's pronouns see her name and gender (the frames step would
    join them only after every pronoun was bound)."""
    prev = ms[m.idx - 1] if 0 < m.idx < len(ms) and ms[m.idx] is m else None
    if (prev is None or prev.kind != "desc" or prev.noun not in ROLE_NAMES
            or prev.entity == -1 or doc.text[prev.end:m.start].strip() != ":"):
        return None
    ent = d.ents.find(prev.entity)
    return None if d.ents.get(ent).names else ent


def _named_kin_holder(doc: StoryDoc, d: Discourse, ms: list[Mention], m: Mention) -> int | None:
    """The bearer of the name who holds the kin role said beside it, when two people share the
    name ("the boy Fennimore … Fennimore my father"): the apposition says which of them is meant."""
    ents = d.ents
    for j in m.same_as:
        k = ms[j]
        if k.kind != "kin" or k.kin is None or k.possessor == -1:
            continue
        owner = ms[k.possessor]
        if owner.entity == -1 and owner.kind == "self":
            # "Fennimore my father": "my" comes after the name (a "his" there is left alone:
            # bound before the name it may well refer to, it would miss it)
            _resolve_one(doc, ms, d, owner)
        if owner.entity == -1:
            continue
        holder = ents.lookup(ents.find(owner.entity), k.kin)
        if holder is not None and any(names_match(n, m.name) for n in ents.get(holder).names):
            return holder
    return None


def _names_kin_of(d: Discourse, ms: list[Mention], m: Mention, ent: int) -> bool:
    """Does name ``m`` stand beside a kin phrase of ``ent``'s ("his son Torleif" with "his" being
    ``ent``), so that it names ``ent``'s relative rather than ``ent``?"""
    for j in m.same_as:
        k = ms[j]
        if k.kind != "kin" or k.possessor == -1 or ms[k.possessor].entity == -1:
            continue
        if d.ents.find(ms[k.possessor].entity) == d.ents.find(ent):
            return True
    return False


def _elder_of(d: Discourse, ent: int, owners: list[int]) -> bool:
    """Is ``ent`` one of the owners, or a parent or grandparent of one?"""
    ents = d.ents
    e = ents.find(ent)
    for o in owners:
        o = ents.find(o)
        parents = ents.parents_of(o)
        if e == o or e in parents or any(e in ents.parents_of(p) for p in parents):
            return True
    return False


def _coordinated_with(doc: StoryDoc, ms: list[Mention], d: Discourse, ent: int,
                      m: Mention) -> bool:
    """Is a name mention of person ``ent`` coordinated with ``m`` ("X and Y", "X, Y and Z")?
    (A kin phrase before a name is often parsed as its conjunct: "his friend Ulf and…".) Looks
    only at the few tokens of the coordination, not at every mention of the person."""
    toks = doc.toks
    first = m.head
    while toks[first].dep == "conj" and toks[first].head != first:
        first = toks[first].head
    group = {first, *conjuncts(doc, first)} - {m.head}
    # the same name twice is a misparse ("Ulf and Ulf's mother"), not two namesakes
    for tok in group:
        other = _mention_at(ms, doc, tok)
        if (other is not None and other.kind == "name" and other.name != m.name
                and other.entity != -1 and d.ents.find(other.entity) == d.ents.find(ent)):
            return True
    return False


def _given_at_birth(doc: StoryDoc, ms: list[Mention], m: Mention) -> bool:
    """ "… and then a boy she named Ivo": a name given to a newborn the clause is about is
    a new holder of that name, not an elder who had it (the namesake the child is named for);
    the relative clause's kin phrase says who the child is."""
    toks = doc.toks
    t = toks[m.head]
    if _named_after_someone(doc, m.head) or t.dep == "appos" and _named_after_someone(doc, t.head):
        return True  # "Their first son, Ivo, named for an uncle lost at sea"
    verb = toks[t.head]
    if t.dep not in ("oprd", "dobj") or verb.lemma not in BIRTH_NAMING_LEMMAS or verb.dep != "relcl":
        return False
    return any(ms[j].kind in ("kin", "desc") and ms[j].head == verb.head for j in m.same_as)


def _named_after_someone(doc: StoryDoc, k: int) -> bool:
    """Does token ``k`` carry a participle naming it after a person ("Ivo, named for his
    grandfather", "a son, named after Ivo")? Whoever is named after someone is not that someone."""
    return any(doc.toks[c].dep in ("acl", "relcl") and _after_prep(doc, c) != -1
               for c in doc.toks[k].children)
