"""Resolving a kin phrase ("his sister", "Mom", "two daughters", "the twins, X and Y") to the
person already known in that relation to its possessor, else a new one, and claiming the tie."""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.entities import Entities, names_match
from genogram.read.lexicon import KinTerm
from genogram.read.mentions import Mention
from genogram.read.mentions.name_cues import letter_opening
from genogram.read.naming import named_next
from genogram.read.resolve.counted_groups import member_ages
from genogram.read.resolve.couples import _blood_pair, _couple
from genogram.read.resolve.discourse import Discourse, _bind, _mention_at, _resolve_one
from genogram.read.resolve.holders import (
    _grandparent_as_parents_parent,
    _known_group,
    _recent_role_holder,
    _salient_role_holder,
    _through_child,
    _title_holder,
)
from genogram.read.resolve.namesakes import elder_namesake
from genogram.read.resolve.perspective import (
    _has_first_person,
    _narrator,
    _perspective,
    _speaker,
)
from genogram.read.resolve.possessors import _co_subjects, _possessors
from genogram.read.resolve.pregnancy import pregnancy_parents

_TWIN_CHILD = KinTerm("twins", "C", None, frozenset({"twin"}))
_TWIN_SIBLING = KinTerm("twin", "S", None, frozenset({"twin"}))
_SIBLING = KinTerm("sibling", "S", None, frozenset())


#: A forum's age and sex tag right after a bare kin noun: "Husband (40M)", "Bro (38M)".
_FORUM_TAG = re.compile(r"\s*\(\s*\d{1,3}\s*[MFmf]\s*\)")


def _letters_reader_called(doc: StoryDoc, ms: list[Mention], m: Mention) -> bool:
    """Is bare kin phrase ``m`` set off after the name a letter opens with ("Ulla, dear sister,
    the garden is dry")? What the writer calls the reader is the writer's word for her."""
    for j in m.same_as:
        n = ms[j]
        if n.kind == "name" and n.end <= m.start and letter_opening(
                doc, doc.tok_at(n.start), n.head):
            return True
    return False


def _resolve_kin(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    ents = d.ents
    term = m.kin
    assert term is not None
    if m.title is not None:  # "Mom", "Grandma" used as a name
        persp = _perspective(doc, ms, d, m)
        ent = ents.lookup(persp, term) if persp is not None else None
        if ent is None:
            # no known holder of the title: "Pop" may be a name given to someone
            ent = _title_given_as_name(d, ms, m)
            if ent is not None:
                _bind(doc, d, m, ent, strong=True)
                ents.get(ent).titles.append(term.word)
                return
        else:
            called = next((ents.find(ms[j].entity) for j in m.aliases
                           if ms[j].entity != -1 and ms[j].start < m.start), None)
            if called is not None and called != ent and ms[m.aliases[0]].kind in ("he", "she"):
                # "Mama married Ivo. Bo called him Pop": the title is what Ivo is called, not
                # the father the narrator already has; a name, no tie
                _bind(doc, d, m, called, strong=True)
                ents.get(called).titles.append(term.word)
                return
            # the speaker's own father is "Dad": "I call him Dad" said of a stepfather gives
            # him the title, it does not make him that father
            for j in list(m.aliases):
                m.not_another_name(ms[j])
        if persp is None:
            return
        if ent is None and m.quote != -1:
            ent = _through_child(d, persp, term)
        if ent is None:
            ent = _title_holder(d, term)
        if ent is None:
            ent = ents.new()
            ents.claim(persp, term, ent, (m.start, m.end), in_quote=m.quote != -1,
                       title_only=True)
        _bind(doc, d, m, ent, strong=True)
        ents.get(ent).titles.append(term.word)
        return
    owners = _possessors(doc, ms, d, m)
    elder = None if m.plural else elder_namesake(doc, ms, d, m)
    if elder is not None:
        # "named him Ottmar after his grandfather", an Ottmar met before: that grandfather
        for o in owners:
            if ents.find(o) != elder:
                ents.claim(o, term, elder, (m.start, m.end), in_quote=m.quote != -1)
        _bind(doc, d, m, elder, strong=True)
        return
    if term.path == "P" and m.possessor != -1 and ms[m.possessor].kind == "we":
        # "Pirjo and I … our parents": the two share parents, so they are siblings
        pm = ms[m.possessor]
        me = _narrator(doc, d, pm.start) if pm.quote == -1 else _speaker(doc, ms, d, pm.quote)
        for other in _co_subjects(doc, ms, d, pm):
            if me is not None and ents.find(other) != ents.find(me):
                ents.claim(me, _SIBLING, other, (m.start, m.end), in_quote=m.quote != -1)
    if (not owners and m.possessor == -1 and not m.of_tok and m.quote == -1 and not m.plural
            and (_FORUM_TAG.match(doc.text, m.end) or _letters_reader_called(doc, ms, m))
            and _has_first_person(doc)):
        # a forum's "Husband (40M) says …": "my husband"; a letter's "Ulla, dear sister, …":
        # the writer's sister
        owners = [_narrator(doc, d, m.start)]
    if (not owners and m.possessor == -1 and not m.of_tok and m.quote == -1
            and (term.path == "C" or "twin" in term.qual) and _arrives(doc, m)
            and _couple(doc, d, m) is not None):
        owners = list(d.couple)  # "In 1931 came the twins, Sverre and Irini."
    if (not owners and m.possessor == -1 and not m.of_tok and m.quote == -1 and m.definite
            and term.path == "C" and not m.plural and _recent_role_holder(doc, d, m, ms) is None):
        owners = pregnancy_parents(doc, ms, d, m)  # "she got pregnant by Ivo … The baby was"
    if term.path == "S" and "twin" in term.qual and owners and m.plural and (
            m.possessor == -1 or doc.toks[m.head].lower == "twins"):
        # "Vibeke had twins, Halden and Eilif", "Ulla's twins": the twins are the anchor's
        # children (but "I have a twin sister, Ilka" is a sister)
        term = _TWIN_CHILD
    if m.plural and not m.members and owners:
        known = _known_group(d, owners, term)
        if known:
            d.groups[m.idx] = known
            return
    if m.plural:
        members = [ms[j] for j in m.members]
        for mm in members:
            if mm.entity == -1:
                d.child_group_owners = (list(owners) + _dative_of(doc, ms, d, m)
                                        if term.path == "C" else [])
                _resolve_one(doc, ms, d, mm)
                d.child_group_owners = []
            if mm.entity == -1:
                continue
            if term.gender and not mm.gender:
                ents.get(mm.entity).gender_votes[term.gender] += 3
            for o in owners:
                ents.claim(o, term, mm.entity, (m.start, m.end), in_quote=m.quote != -1)
            d.groups.setdefault(m.idx, []).append(ents.find(mm.entity))
        group = d.groups.get(m.idx, [])
        if not owners and m.possessor == -1 and term.path in _SYMMETRIC_PATHS:
            # "Marian and Hesper are sisters": each is the other's sister
            for a, b in zip(group, group[1:], strict=False):
                if ents.find(a) != ents.find(b):
                    ents.claim(a, term, b, (m.start, m.end), in_quote=m.quote != -1)
        ages = member_ages(doc, m) if not members else []
        count = m.count or len(ages)   # "their children (9F, 5M)": as many as the ages
        if len(ages) != count:
            ages = []
        if not members and count and (owners or m.possessor != -1 or ages) and (
                not m.definite or ages) and ("twin" in term.qual or count == 2 or ages):
            # "twin boys", "two daughters", "three sons (4, 7, 9)" with no names: that many
            # people (a note's bare "Three daughters (20, 24, 29)" gets its owner from the note)
            made: list[int] = []
            if term.path == "C":
                d.counted.append((list(owners), made))
            provisional = not ("twin" in term.qual or _twin_modified(doc, m) or ages)
            for i in range(count):
                ent = ents.new()
                e = ents.get(ent)
                e.descs.append(doc.text[m.start:m.end])
                e.first = m.start
                e.mentions.append(m.idx)
                e.spans.append((m.start, m.end))
                e.strong_mentions += 1
                if term.gender:
                    e.gender_votes[term.gender] += 3
                if ages:
                    age, sex, where = ages[i]
                    e.age = age
                    e.evidence.setdefault("age", []).append(where)
                    if sex and not term.gender:
                        e.gender_votes[sex] += 3
                for o in owners:
                    ents.claim(o, term, ent, (m.start, m.end), in_quote=m.quote != -1)
                d.groups.setdefault(m.idx, []).append(ent)
                made.append(ent)
                if provisional:
                    d.provisional.append(ent)
        if "twin" in term.qual or _twin_modified(doc, m):
            group = d.groups.get(m.idx, [])
            for a, b in zip(group, group[1:], strict=False):
                ents.claim(a, _TWIN_SIBLING, b, (m.start, m.end))
        return
    if (not owners and m.kin.path == "C" and m.possessor == -1 and not m.of_tok
            and _couple(doc, d, m) is not None and _indefinite_or_ordinal(doc, m)
            and not _blood_pair(ents, *d.couple) and not _apposed_to_one_of(ents, ms, m, d.couple)):
        owners = list(d.couple)
    if not owners:
        if m.kin.path in ("G", "g"):
            return
        # "a baby girl", "the son": a person without a known anchor
        if m.definite:
            ent = _recent_role_holder(doc, d, m, ms)
            if ent is None:  # "I was the girl in that photo": the copula says who
                ent = next((ents.find(ms[j].entity) for j in m.same_as
                            if ms[j].entity != -1), None)
            if ent is not None:  # "…proud of his son. The son is named Jens."
                _bind(doc, d, m, ent, strong=True)
            return
        ent = ents.new()
        ents.get(ent).descs.append(doc.text[m.start:m.end])
        _bind(doc, d, m, ent, strong=True)
        return
    ent = None
    first = owners[0]
    ent = ents.lookup(first, term, m.ordinal)
    if ent is not None and _indefinite(doc, m) and ents.get(ent).narrator:
        ent = None  # "Mom lost a baby girl": not the narrator, though the narrator is her child
    if ent is not None and ents.get(ent).narrator and _told_in_third_person(doc, ms, m):
        ent = None  # "my son Ivo and his father": the narrator says "I", never "his father"
    named = [ms[j] for j in m.same_as if ms[j].kind == "name" and ms[j].name]
    if ent is not None and named and not ents.get(ent).names and ents.get(ent).narrator and any(
            x.entity != -1 and ents.find(x.entity) != ent for x in named):
        # "Ivo is the dad of my girl": the named one, not the teller, a parent whose
        # sex the story had not yet said
        ent = next(ents.find(x.entity) for x in named if x.entity != -1)
    if ent is not None and named and ents.get(ent).names and not any(
            names_match(n, x.name) for n in ents.get(ent).names for x in named):
        # "his sister Sylvie" when his sister Oriana is known: a second sister, not Oriana
        ent = None
        for x in named:
            if x.entity == -1:
                _resolve_one(doc, ms, d, x)
            if x.entity != -1:
                ent = ents.find(x.entity)
                break
    if ent is None and len(owners) == 1 and m.possessor != -1 and not named and not m.same_as and (
            not _modified_or_predicated(doc, m)):
        ent = _grandparent_as_parents_parent(doc.text, d, first, term)
    if ent is None:
        # a pending co-referent mention (apposition) decides who this is
        for j in m.same_as:
            if ms[j].entity != -1:
                ent = ents.find(ms[j].entity)
                break
    if ent is None and m.ordinal is None and not m.same_as and not _introduced(doc, m) and (
            not named_next(doc, m)) and not _subjectless_fragment(doc, m):
        ent = _salient_role_holder(doc, d, m, owners)
    if ent is None:
        ent = ents.new()
    desc = doc.text[m.start:m.end]
    e = ents.get(ent)
    if desc not in e.descs:
        e.descs.append(desc)
    _bind(doc, d, m, ent, strong=True)
    for o in owners:
        ents.claim(o, term, m.entity, (m.start, m.end), ordinal=m.ordinal,
                   in_quote=m.quote != -1)
    if (term.path == "E" and len(owners) == 1 and m.quote == -1
            and not term.qual & {"ex", "late"} and (
                _paired_with_owner(doc, m) or not ents.get(owners[0]).narrator
                and doc.toks[m.head].dep in ("nsubj", "nsubjpass") and not term.qual
                and m.ordinal is None and term.gender is not None
                or m.possessor == -1 and not m.of_tok and not m.definite)):
        # "Frances and her husband James like taking their grandson": the couple in focus
        # (and "He found work, and then a wife, Ada. They had a son": the owner the verb gave)
        a, b = ents.find(owners[0]), ents.find(m.entity)
        if a != b:
            d.couple, d.couple_sent = (a, b), doc.toks[m.head].sent
            d.couples.append((d.couple_sent, (a, b)))


_SYMMETRIC_PATHS = frozenset({"S", "E", "PSC"})
"""Kin paths that read the same from both ends (siblings, partners, cousins)."""


def _title_given_as_name(d: Discourse, ms: list[Mention], m: Mention) -> int | None:
    """The person a bare title was given to as a name ("Everyone called him Pop"), then and for
    every later "Pop": a nickname, not a claim that he is the speaker's father."""
    assert m.kin is not None
    for j in m.aliases:
        if ms[j].entity != -1 and ms[j].start < m.start:
            ent = d.ents.find(ms[j].entity)
            d.title_names[m.kin.word] = ent
            return ent
    ent = d.title_names.get(m.kin.word)
    return d.ents.find(ent) if ent is not None else None


def _paired_with_owner(doc: StoryDoc, m: Mention) -> bool:
    """Is the kin phrase coordinated with the person who owns it ("Ilka and her husband Piet",
    "Ilka Dane, her husband Piet, and ...")?"""
    toks = doc.toks
    t = toks[m.head]
    if t.dep == "appos" and toks[t.head].pos == "PROPN" and m.possessor_tok != -1 and (
            toks[m.possessor_tok].lower in ("his", "her")) and t.head < m.head:
        # "Present were Ivo Dane (52), his wife Una (49), and their son": a list the parser
        # took for apposition (no one is their own wife)
        return True
    if t.dep in ("compound", "appos") and toks[t.head].dep == "conj":
        t = toks[t.head]
    return t.dep == "conj" and toks[t.head].pos in ("PROPN", "NOUN", "PRON") and (
        toks[t.head].dep in ("nsubj", "nsubjpass", "ROOT"))


_ARRIVAL_VERBS = frozenset(["come", "follow", "arrive", "bear", "appear"])


def _arrives(doc: StoryDoc, m: Mention) -> bool:
    """Is the kin phrase the subject of a birth told as an arrival ("came the twins", "a son
    followed in 1925", "the twins were born")?"""
    t = doc.toks[m.head]
    verb = doc.toks[t.head]
    return t.dep in ("nsubj", "nsubjpass", "expl", "attr", "dobj") and verb.lemma in (
        _ARRIVAL_VERBS) and verb.pos in ("VERB", "AUX")


def _twin_modified(doc: StoryDoc, m: Mention) -> bool:
    """ "twin girls", "their twin sons": a plural kin noun that says its members are twins."""
    toks = doc.toks
    return any(toks[c].dep in ("amod", "compound") and toks[c].lower in ("twin", "twins")
               for c in toks[m.head].children)


def _indefinite_or_ordinal(doc: StoryDoc, m: Mention) -> bool:
    """ "a daughter", "another son", "a second son": a new child of the couple in focus."""
    toks = doc.toks
    for c in toks[m.head].children:
        w = toks[c].lower
        if toks[c].dep == "det" and w in ("a", "an", "another"):
            return m.quote == -1
        if toks[c].dep == "amod" and w in ("second", "third", "fourth", "youngest", "last"):
            return m.quote == -1
    return False


def _dative_of(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """ "who bore him two sons": the person the verb of a child phrase gives the children to."""
    toks = doc.toks
    verb = toks[m.head].head
    out = []
    for c in toks[verb].children:
        dm = _mention_at(ms, doc, c) if toks[c].dep == "dative" else None
        if dm is not None and dm.entity != -1:
            out.append(d.ents.find(dm.entity))
    return out


def _apposed_to_one_of(ents: Entities, ms: list[Mention], m: Mention,
                       pair: tuple[int, int]) -> bool:
    """ "Ivo married Ada Lind, a girl from the mill": the child word renames one of the couple,
    so it is no new child of theirs."""
    inside = {ents.find(x) for x in pair}
    return any(ms[j].entity != -1 and ents.find(ms[j].entity) in inside for j in m.same_as)


def _subjectless_fragment(doc: StoryDoc, m: Mention) -> bool:
    """ "Only child of Aake and Gunhild." opening a verbless sentence: a note's fragment about the
    person its section is on (the note frames know who), not the most salient child."""
    toks = doc.toks
    sent = doc.sent_of(m.head)
    lead = toks[sent.start_tok:m.head]
    return bool(m.of_tok) and all(t.pos in ("ADJ", "DET", "ADV", "PROPN", "PUNCT")
                                  and t.lower not in ("his", "her", "their") for t in lead) and (
        not any(t.tag in ("VBD", "VBZ", "VBP", "MD") for t in toks[sent.start_tok:sent.end_tok]))


def _introduced(doc: StoryDoc, m: Mention) -> bool:
    """An indefinite kin phrase the verb brings into the story: "had a daughter", "gave birth
    to one son", "adopted a boy"."""
    toks = doc.toks
    t = toks[m.head]
    if not any(toks[c].lower in ("a", "an", "one", "another") for c in t.children
               if toks[c].dep in ("det", "nummod")):
        return False
    verb = t.head if t.dep == "dobj" else toks[t.head].head if t.dep == "pobj" else -1
    return verb != -1 and toks[verb].lemma in ("have", "bear", "adopt", "welcome", "deliver",
                                               "birth", "give")


def _modified_or_predicated(doc: StoryDoc, m: Mention) -> bool:
    """ "her real father", "his biological mother": an adjective that sets this parent apart
    from someone already known in a like role (a step-grandparent, say); and "Ole is not her
    father": the copula, not a guess, says who the predicate names."""
    t = doc.toks[m.head]
    return t.dep == "attr" or any(doc.toks[c].dep == "amod" for c in t.children)


def _indefinite(doc: StoryDoc, m: Mention) -> bool:
    toks = doc.toks
    return any(toks[c].dep == "det" and toks[c].lower in ("a", "an", "another")
               for c in toks[m.head].children)


def _told_in_third_person(doc: StoryDoc, ms: list[Mention], m: Mention) -> bool:
    """Is ``m`` a kin phrase of the narration with a third-person owner ("his father", "Ivo's
    mother"), which no narrator uses of themselves?"""
    if m.quote != -1 or m.possessor == -1:
        return False
    return ms[m.possessor].kind not in ("self", "we")  # (not "my", "our": a narrator's own)
