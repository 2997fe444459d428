"""Resolve mentions to people, in text order, with a small discourse model.

- "I" outside quotes is the narrator of that stretch; inside a quote it is the quote's speaker.
- A kin title used as a name ("Mom", "Daddy") names the speaker's kin; a kin phrase ("his sister")
  names the person already known in that relation to its possessor, else a new person.
- Names join an existing person with a matching name (nicknames, "Grandma Brita" = "Brita");
  "Arthur" and "Arthur Jr." never join.
- Appositions and copulas ("our son, Sindre"; "Lou is Dad's sister") join their two mentions.
- Pronouns take the most salient compatible person among the recent ones (gender, number,
  subject role, recency, quote perspective); a pronoun that finds no one creates no one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from genogram.read.coordination import coordinated_owner
from genogram.read.document import StoryDoc
from genogram.read.entities import Entities, names_match
from genogram.read.lexicon import HUMAN_NOUNS, KinTerm, kin_term
from genogram.read.mentions import (
    BIRTH_NAMING_LEMMAS,
    ROLE_NAMES,
    Mention,
    conjuncts,
    controller_of,
    year_fused_subject,
)
from genogram.read.named_speakers import speaker_named_later
from genogram.read.names import (
    formal_name,
    full_name_gender,
    name_stats,
)
from genogram.read.naming import named_next
from genogram.read.narrators import NarratorBreak, find_breaks

_TWIN_CHILD = KinTerm("twins", "C", None, frozenset({"twin"}))
_TWIN_SIBLING = KinTerm("twin", "S", None, frozenset({"twin"}))
_SIBLING = KinTerm("sibling", "S", None, frozenset())

#: How many sentences back a pronoun looks for its antecedent.
PRONOUN_WINDOW = 4
_ANCHOR_VERBS = frozenset(["have", "bear", "adopt", "foster", "raise", "welcome", "lose", "deliver", "expect", "give", "bring", "bless", "share", "leave"])
#: Verbs whose subject gains the spouse an indefinite spouse word names: "he took a wife",
#: "found a husband in Leeds" (not "met a husband at the bar": whose husband is open).
_SPOUSE_FINDING_VERBS = frozenset(["find", "take"])


@dataclass
class Discourse:
    """What the reader knows while moving through the text."""

    ents: Entities = field(default_factory=Entities)
    narrator: int | None = None           # narrator of the current stretch
    narrators: list[tuple[int, int]] = field(default_factory=list)  # (char start, entity)
    recent: list[tuple[int, int, int, bool]] = field(default_factory=list)
    # (sentence, mention idx, entity, is_subject) of resolved third-person mentions
    couple: tuple[int, int] | None = None   # last two people named together ("X and Y")
    couple_sent: int = -1                   # the sentence where they were named together
    groups: dict[int, list[int]] = field(default_factory=dict)  # plural mention -> entities
    speakers: dict[int, int | None] = field(default_factory=dict)  # quote -> speaker entity
    busy: set[int] = field(default_factory=set)   # mentions being resolved (no cycles)
    roles: dict[str, int] = field(default_factory=dict)  # "client" -> the identified patient
    # (sentence, pronoun, entity) of possessive pronouns before a parent word ("His father")
    parent_owners: list[tuple[int, str, int]] = field(default_factory=list)
    signed: set[int] = field(default_factory=set)  # narrators named by a letter's signature
    # earlier narrators a later one writes about ("OP's husband here. She showed me…"): these
    # may be "she"/"he", unlike other narrators
    posters: set[int] = field(default_factory=set)
    # people made for a counted unnamed group ("two adult children"): (owners, their entities)
    counted: list[tuple[list[int], list[int]]] = field(default_factory=list)
    couples: list[tuple[int, tuple[int, int]]] = field(default_factory=list)  # (sentence, pair)
    mention_starts: list[int] = field(default_factory=list)  # char start of each mention, in order

    def couple_before(self, sent: int) -> tuple[int, int] | None:
        """The last couple named together at or before sentence ``sent``, if recent enough
        ("the couple welcomed a son"), for the steps that run after resolution."""
        for s, pair in reversed(self.couples):
            if s <= sent:
                return pair if sent - s <= COUPLE_SPAN else None
        return None


def resolve(doc: StoryDoc, ms: list[Mention]) -> Discourse:
    """Assign ``entity`` to every mention that names a person; returns the discourse state."""
    d = Discourse()
    breaks = find_breaks(doc)
    next_quote = 0
    for m in ms:
        while breaks and m.start >= breaks[0].start and m.quote == -1:
            _switch_narrator(doc, ms, d, breaks.pop(0))
        # speakers are settled in quote order, so that alternation can use the previous ones
        while next_quote < len(doc.quotes) and doc.quotes[next_quote].start <= m.start:
            _resolve_speaker(doc, ms, d, next_quote)
            _speaker(doc, ms, d, next_quote)
            next_quote += 1
        if m.entity != -1:
            continue
        if m.kind == "name" and m.quote == -1 and _in_signature(doc, m.start):
            _sign_as_narrator(doc, d, m)
            if m.entity != -1:
                continue
        _resolve_one(doc, ms, d, m)
    return d


_SIGN_OFF = re.compile(
    r"^[ \t]*(?:yours(?: sincerely| truly| faithfully)?|sincerely(?: yours)?|(?:kind |warm |best )?"
    r"regards|best(?: wishes)?|with (?:thanks|gratitude|best wishes)|many thanks|thanks(?: again)?"
    r"|cheers|love|respectfully)[ \t]*[,.!]?[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _in_signature(doc: StoryDoc, at: int) -> bool:
    """Is ``at`` on the first non-empty line after a letter's sign-off ("Yours sincerely,")?"""
    spans = getattr(doc, "_signatures", None)
    if spans is None:
        spans = []
        for hit in _SIGN_OFF.finditer(doc.text):
            rest = doc.text[hit.end():]
            stripped = rest.lstrip("\n\r \t")
            start = hit.end() + len(rest) - len(stripped)
            end = stripped.find("\n")
            spans.append((start, start + (end if end != -1 else len(stripped))))
        doc._signatures = spans  # type: ignore[attr-defined]
    return any(a <= at < b for a, b in spans)


def _sign_as_narrator(doc: StoryDoc, d: Discourse, m: Mention) -> None:
    """The name under a sign-off is the writer's: the narrator of that stretch."""
    if not _has_first_person(doc) or not m.name:
        return
    narr = _narrator(doc, d, m.start)
    e = d.ents.get(narr)
    if e.names and not any(_same(n, m.name) for n in e.names):
        return
    d.ents.add_name(narr, m.name)
    _bind(doc, d, m, narr, strong=True)
    d.signed.add(narr)


# --- perspective ----------------------------------------------------------------------------

def _narrator(doc: StoryDoc, d: Discourse, at: int) -> int:
    if d.narrator is None:
        d.narrator = d.ents.new()
        e = d.ents.get(d.narrator)
        e.narrator = True
        e.first = at
        d.narrators.append((at, d.narrator))
    return d.narrator


def _speaker(doc: StoryDoc, ms: list[Mention], d: Discourse, quote: int) -> int | None:
    if quote in d.speakers:
        s = d.speakers[quote]
        return None if s is None else d.ents.find(s)
    q = doc.quotes[quote]
    found: int | None = None
    if q.speaker_is_narrator:
        found = _narrator(doc, d, q.start)
    elif q.speaker_tok != -1:
        sm = _mention_at(ms, doc, q.speaker_tok)
        if sm is not None and sm.entity == -1 and sm.kind in ("name", "he", "she", "kin", "desc"):
            _resolve_one(doc, ms, d, sm)
        if sm is not None and sm.entity != -1:
            found = d.ents.find(sm.entity)
    else:
        found = _alternating_speaker(doc, d, quote)
    d.speakers[quote] = found
    return found


def _alternating_speaker(doc: StoryDoc, d: Discourse, quote: int) -> int | None:
    """An untagged line in a two-person exchange is spoken by the other one."""
    q = doc.quotes[quote]
    prev = [p for p in range(quote - 1, max(quote - 5, -1), -1)
            if q.para - doc.quotes[p].para <= 3 and doc.quotes[p].para != q.para]
    if not prev or prev[0] not in d.speakers or d.speakers[prev[0]] is None:
        return None
    last = d.ents.find(d.speakers[prev[0]])
    narrator = d.ents.find(d.narrator) if d.narrator is not None else None
    if narrator is not None and last != narrator:
        return narrator
    for p in prev[1:]:
        s = d.speakers.get(p)
        if s is not None and d.ents.find(s) != last:
            return d.ents.find(s)
    return None


def _perspective(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> int | None:
    """Whose kin a title like "Mom" names: the speaker inside a quote, else the narrator."""
    if m.quote != -1:
        return _speaker(doc, ms, d, m.quote)
    return _narrator(doc, d, m.start) if d.narrator is not None or _has_first_person(doc) else None


def _has_first_person(doc: StoryDoc) -> bool:
    cached = getattr(doc, "_fp", None)
    if cached is None:
        cached = any(t.lower in ("i", "my", "me") and t.quote == -1 for t in doc.toks)
        doc._fp = cached  # type: ignore[attr-defined]
    return cached


def _mention_at(ms: list[Mention], doc: StoryDoc, tok: int) -> Mention | None:
    """The mention whose head is token ``tok`` (index kept on the document: one per story)."""
    index = getattr(doc, "_mention_index", None)
    # (rebuilt when mentions were added since: a note's abbreviations get theirs late)
    if index is None or index[0] is not ms or index[1] != len(ms):
        table: dict[int, Mention] = {}
        for m in ms:
            table.setdefault(m.head, m)
        index = (ms, len(ms), table)
        doc._mention_index = index  # type: ignore[attr-defined]
    return index[2].get(tok)


def _resolve_speaker(doc: StoryDoc, ms: list[Mention], d: Discourse, quote: int) -> None:
    q = doc.quotes[quote]
    if q.speaker_tok == -1 or q.speaker_is_narrator:
        return
    sm = _mention_at(ms, doc, q.speaker_tok)
    if sm is not None and sm.entity == -1:
        _resolve_one(doc, ms, d, sm)


# --- one mention ------------------------------------------------------------------------------

def _bind(doc: StoryDoc, d: Discourse, m: Mention, ent: int, *, strong: bool) -> None:
    ents = d.ents
    ent = ents.find(ent)
    m.entity = ent
    e = ents.get(ent)
    e.mentions.append(m.idx)
    e.spans.append((m.start, m.end))
    e.first = min(e.first, m.start)
    if strong:
        e.strong_mentions += 1
    if m.gender:  # a self mention carries a gender only from a tag: "I (32F)"
        weight = 3 if m.kind in ("kin", "name") and (m.kin or m.title) else 2
        if m.gender == "nonbinary":
            weight = 9  # stated identity outweighs kin words others use
        if m.kind in ("he", "she"):
            weight = 1
        e.gender_votes[m.gender] += weight
    if m.deceased:
        e.deceased = True
        e.evidence.setdefault("deceased", []).append((m.start, m.end))
    if m.age is not None and e.age is None and m.quote == -1:
        e.age = m.age
        e.evidence.setdefault("age", []).append((m.start, m.end))
    if m.kind not in ("self", "we", "you", "they"):
        sent = doc.toks[m.head].sent
        d.recent.append((sent, m.idx, ent, _salience_role(doc, m.head)))
        if len(d.recent) > 64:
            del d.recent[:32]


def _join_same_as(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    for j in m.aliases:  # a stated nickname: the names differ on purpose
        other = ms[j]
        if other.entity == -1 or m.entity == -1:
            continue
        a, b = d.ents.find(other.entity), d.ents.find(m.entity)
        if a != b and d.ents.compatible(a, b, names=False):
            merged = d.ents.merge(a, b)
            if d.narrator is not None and d.ents.find(d.narrator) == merged:
                d.narrator = merged
    for j in m.same_as:
        other = ms[j]
        if other.entity == -1 or m.entity == -1:
            continue
        a, b = d.ents.find(other.entity), d.ents.find(m.entity)
        # the text says the two are one ("Dana's mother, Sindra"): only a gender it states itself
        # stands against that, not the one the name lexicon guesses
        if a != b and d.ents.compatible(a, b, name_gender=False):
            merged = d.ents.merge(a, b)
            if d.narrator is not None and d.ents.find(d.narrator) == merged:
                d.narrator = merged


def _resolve_one(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    if m.idx in d.busy or m.entity != -1:
        return
    d.busy.add(m.idx)
    try:
        _resolve_mention(doc, ms, d, m)
    finally:
        d.busy.discard(m.idx)


def _resolve_mention(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    ents = d.ents
    kind = m.kind
    if kind == "self":
        if m.quote == -1:
            ent = _narrator(doc, d, m.start)
        else:
            ent = _speaker(doc, ms, d, m.quote)
            if ent is None:
                return
        _bind(doc, d, m, ent, strong=False)
        _join_same_as(doc, ms, d, m)
        return
    if kind == "you" and m.quote != -1:
        ent = _addressee_of_quote(doc, ms, d, m.quote)
        if ent is not None:
            _bind(doc, d, m, ent, strong=False)
        return
    if kind in ("we", "you"):
        return
    if kind == "they":
        pair = _they_pair(doc, ms, d, m)
        if pair:
            d.groups[m.idx] = pair
        return
    if kind in ("he", "she"):
        ent = _pronoun(doc, ms, d, m)
        if ent is not None:
            _bind(doc, d, m, ent, strong=False)
        return
    if kind == "name":
        _resolve_name(doc, ms, d, m)
    elif kind == "kin":
        _resolve_kin(doc, ms, d, m)
    elif kind == "desc":
        _resolve_desc(doc, ms, d, m)
    if m.entity != -1:
        _join_same_as(doc, ms, d, m)
        _note_couple(doc, ms, d, m)
        by_name = m.name and full_name_gender(m.name)
        if by_name and not m.gender:
            e = ents.get(m.entity)
            e.name_votes[by_name] += 1
    elif kind == "kin" and m.plural:
        pass


def _resolve_name(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    ents = d.ents
    if m.name is None:
        return  # a title whose name words were all something else (a tag, a number): no one
    for j in m.aliases:
        # "baptized Oline", "everyone called her Dina": the name goes to the one named,
        # even when an older namesake already has it
        if ms[j].entity != -1 and ms[j].start < m.start:
            ent = ents.find(ms[j].entity)
            known = ents.find_by_name(m.name)
            toks = doc.toks
            # "His name is Wes" / "he called her Gisle" with Wes or Gisle already met: that
            # person (a child "named" or "baptized" after someone is a namesake instead)
            by_call = toks[toks[m.head].head].lemma == "call"
            by_copula = m.head >= 2 and toks[m.head - 2].lower == "name" and (
                toks[m.head - 1].lemma == "be") or by_call
            # "I am Nelle" said by a narrator met before as "their daughter Naomi": her too;
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
                # "my sister Lili is Pip" after Pip was met: the nickname's bearer is Lili
                ent = ents.merge(known, ent)
            ents.add_name(ent, m.name)
            _bind(doc, d, m, ent, strong=True)
            return
    ent = ents.find_by_name(m.name, gender=m.gender)
    if ent is not None and m.gender and ents.gender(ent) not in (None, m.gender):
        ent = None  # "Mrs. Marchal" is not Stina Marchal
    if ent is not None and _coordinated_with(doc, ms, ents.get(ent).mentions, m):
        ent = None  # "Tina and Augustina": two people, whatever the nickname table says
    if ent is not None and _names_kin_of(d, ms, m, ent):
        ent = None  # "Arvid Lunde … his son Arvid": a namesake, not the father again
    if m.quote != -1 and _is_vocative(doc, m):
        addressee = _addressee(doc, ms, d, m, ent)
        if addressee is not None:
            ents.add_name(addressee, m.name)
            _bind(doc, d, m, addressee, strong=True)
            return
    # a titled name ("Grandma Brita") is also the speaker's kin, or the kin of its possessor
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


def _names_kin_of(d: Discourse, ms: list[Mention], m: Mention, ent: int) -> bool:
    """Does name ``m`` stand beside a kin phrase of ``ent``'s ("his son Arvid" with "his" being
    ``ent``), so that it names ``ent``'s relative rather than ``ent``?"""
    for j in m.same_as:
        k = ms[j]
        if k.kind != "kin" or k.possessor == -1 or ms[k.possessor].entity == -1:
            continue
        if d.ents.find(ms[k.possessor].entity) == d.ents.find(ent):
            return True
    return False


def _coordinated_with(doc: StoryDoc, ms: list[Mention], others: list[int], m: Mention) -> bool:
    """Is one of the name mentions ``others`` coordinated with ``m`` ("X and Y", "X, Y and Z")?
    (A kin phrase before a name is often parsed as its conjunct: "his friend Ulf and…".)"""
    toks = doc.toks
    first = m.head
    while toks[first].dep == "conj" and toks[first].head != first:
        first = toks[first].head
    group = {first, *conjuncts(doc, first)} - {m.head}
    # the same name twice is a misparse ("Ulf and Ulf's mother"), not two namesakes
    return any(ms[j].head in group and ms[j].kind == "name" and ms[j].name != m.name
               for j in others)


_OP_OWNER = re.compile(r"OP['\u2019]s\b")


def _possessors(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """Entities that possess a kin phrase: my -> narrator, our -> narrator (+partner), X's -> X."""
    toks = doc.toks
    out: list[int] = []
    if m.possessor == -1 and _OP_OWNER.match(doc.text, m.start):
        # "OP's mom": the original poster's, i.e. the first narrator's (even in an update
        # written by someone else)
        return [d.ents.find(d.narrators[0][1]) if d.narrators else _narrator(doc, d, m.start)]
    if m.possessor != -1:
        pm = ms[m.possessor]
        if pm.entity == -1 and pm.kind not in ("we", "they"):
            _resolve_one(doc, ms, d, pm)
        if pm.kind == "we":
            me = _narrator(doc, d, pm.start) if pm.quote == -1 else _speaker(doc, ms, d, pm.quote)
            if me is not None:
                out.append(me)
                out.extend(_partners(d, me))
                out.extend(_co_subjects(doc, ms, d, pm))
        elif pm.kind == "they":
            out.extend(_they_pair(doc, ms, d, pm))
        elif pm.entity != -1:
            out.append(d.ents.find(pm.entity))
    elif m.of_tok:
        for t in m.of_tok:
            pm = _mention_at(ms, doc, t)
            if pm is not None:
                if pm.entity == -1:
                    _resolve_one(doc, ms, d, pm)
                if pm.entity != -1:
                    out.append(d.ents.find(pm.entity))
    elif m.kin is not None and not m.title and "widow" not in m.kin.qual:
        # "They had two daughters": the subject of the governing verb is the anchor
        k = m.head
        for _ in range(3):
            k = toks[k].head
            if toks[k].pos in ("VERB", "AUX"):
                break
        if (m.kin.path == "E" and toks[k].dep in ("dep", "conj")
                and toks[toks[k].head].lemma in _SPOUSE_FINDING_VERBS):
            k = toks[k].head  # "He finds a room, then work, and then a wife": gapped "finds"
        if (toks[k].lemma in _ANCHOR_VERBS or toks[k].lemma in _SPOUSE_FINDING_VERBS
                and m.kin.path == "E" and not m.definite) and not (
                toks[k].lemma == "leave" and m.definite):
            verb = k  # (but "left the baby with a sitter" is no parent's word)
            while toks[k].dep == "conj" and toks[k].head != k and not any(
                    toks[c].dep in ("nsubj", "nsubjpass") for c in toks[k].children):
                k = toks[k].head  # "He remarried and had another boy": the first verb's subject
            # "was blessed with a baby girl": the passive subject is the parent
            # (and "Ragni is married and has a daughter": the first verb's passive subject)
            subj = next((c for c in toks[k].children if toks[c].dep == "nsubj"
                         or toks[c].dep == "nsubjpass" and (toks[verb].lemma == "bless"
                                                            or k != verb)), -1)
            if subj == -1 and toks[k].tag == "VBG" and toks[k].dep == "advcl":
                # "He died in 1944, leaving a wife and a son": the subject of the clause it ends
                h = toks[k].head
                subj = next((c for c in toks[h].children if toks[c].dep == "nsubj"), -1)
            if subj != -1 and toks[subj].lemma in ("couple", "pair") and _mention_at(
                    ms, doc, subj) is None:
                pair = _couple(doc, d, m)  # "The couple share one son"
                out.extend(pair or ())
            elif subj != -1:
                sm = _mention_at(ms, doc, subj)
                if sm is None and toks[subj].lower in ("who", "that") and toks[k].dep == "relcl":
                    sm = _mention_at(ms, doc, toks[k].head)  # "a sister who has a son"
                if sm is not None:
                    if sm.kind == "they":
                        out.extend(_they_pair(doc, ms, d, sm))
                    elif sm.kind == "we":
                        me = _narrator(doc, d, sm.start)
                        out.append(me)
                        out.extend(_partners(d, me))
                    else:
                        if sm.entity == -1:
                            _resolve_one(doc, ms, d, sm)
                        if sm.entity != -1:
                            out.append(d.ents.find(sm.entity))
                        # "Mother and Ivo have one son": the second subject is a parent even
                        # when the first could not be placed
                        conj = [c for c in toks[subj].children if toks[c].dep == "conj"]
                        for c in conj:
                            cm = _mention_at(ms, doc, c)
                            if cm is not None:
                                out.extend(_entity_of(doc, ms, d, cm))
            if out and m.kin.path == "C":
                out.extend(_co_parents_with(doc, ms, d, verb, m.head))
    return list(dict.fromkeys(out))


def _blood_pair(ents: Entities, a: int, b: int) -> bool:
    """Two people the text already made siblings, parent and child or other blood kin: named
    together ("Client and her sister stayed…") they are no couple to own a new child."""
    a, b = ents.find(a), ents.find(b)
    return any(ents.find(c.referent) == b and c.term.path not in ("E", "G", "g")
               for c in ents.claims_by(a)) or any(
        ents.find(c.referent) == a and c.term.path not in ("E", "G", "g")
        for c in ents.claims_by(b))


def _co_parents_with(doc: StoryDoc, ms: list[Mention], d: Discourse, verb: int,
                     kid: int) -> list[int]:
    """"Anna had a son with Piet", "adopted a girl with her wife", "had a son by her first
    husband": the "with"/"by" person is the other parent (the parser hangs the preposition on
    the verb or on the child noun)."""
    toks = doc.toks
    if toks[verb].lemma not in ("have", "adopt", "expect", "raise", "welcome", "conceive"):
        return []
    out: list[int] = []
    for c in list(toks[verb].children) + list(toks[kid].children):
        # ("had a daughter by a later boyfriend, Tom": "by" names the other parent too)
        if toks[c].dep != "prep" or toks[c].lower != "with" and not (
                toks[c].lower == "by" and toks[verb].lemma == "have"):
            continue
        for g in toks[c].children:
            if toks[g].dep != "pobj":
                continue
            pm = _mention_at(ms, doc, g)
            if pm is not None and pm.kind not in ("we", "they") and not pm.plural:
                out.extend(_entity_of(doc, ms, d, pm))
    return out


def _entity_of(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """The person a mention is (resolving it now if it is not yet), as a list of zero or one."""
    if m.entity == -1:
        _resolve_one(doc, ms, d, m)
    return [d.ents.find(m.entity)] if m.entity != -1 else []


def _partners(d: Discourse, ent: int) -> list[int]:
    ents = d.ents
    e = ents.find(ent)
    out = []
    for c in ents.claims:
        if c.term.path == "E" and "ex" not in c.term.qual and "affair" not in c.term.qual:
            p, r = ents.find(c.possessor), ents.find(c.referent)
            if p == e and r not in out:
                out.append(r)
            elif r == e and p not in out:
                out.append(p)
    return out[:1] if len(out) == 1 else []


def _resolve_kin(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    ents = d.ents
    term = m.kin
    assert term is not None
    if m.title is not None:  # "Mom", "Grandma" used as a name
        persp = _perspective(doc, ms, d, m)
        if persp is None:
            return
        ent = ents.lookup(persp, term)
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
    if term.path == "P" and m.possessor != -1 and ms[m.possessor].kind == "we":
        # "Pirjo and I … our parents": the two share parents, so they are siblings
        pm = ms[m.possessor]
        me = _narrator(doc, d, pm.start) if pm.quote == -1 else _speaker(doc, ms, d, pm.quote)
        for other in _co_subjects(doc, ms, d, pm):
            if me is not None and ents.find(other) != ents.find(me):
                ents.claim(me, _SIBLING, other, (m.start, m.end), in_quote=m.quote != -1)
    if (not owners and m.possessor == -1 and not m.of_tok and m.quote == -1
            and (term.path == "C" or "twin" in term.qual) and _arrives(doc, m)
            and _couple(doc, d, m) is not None):
        owners = list(d.couple)  # "Three years later came the twins, Sverre and Irini."
    if term.path == "S" and "twin" in term.qual and m.possessor == -1 and owners:
        # "Vibeke had twins, Halden and Eilif": the twins are the anchor's children
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
                _resolve_one(doc, ms, d, mm)
            if mm.entity == -1:
                continue
            if term.gender and not mm.gender:
                ents.get(mm.entity).gender_votes[term.gender] += 3
            for o in owners:
                ents.claim(o, term, mm.entity, (m.start, m.end), in_quote=m.quote != -1)
            d.groups.setdefault(m.idx, []).append(ents.find(mm.entity))
        group = d.groups.get(m.idx, [])
        if not owners and m.possessor == -1 and term.path in _SYMMETRIC_PATHS:
            # "Marian and Ruth are sisters": each is the other's sister
            for a, b in zip(group, group[1:], strict=False):
                if ents.find(a) != ents.find(b):
                    ents.claim(a, term, b, (m.start, m.end), in_quote=m.quote != -1)
        if not members and m.count and (owners or m.possessor != -1) and not m.definite and (
                "twin" in term.qual or m.count == 2):
            # "twin boys", "two daughters" with no names: that many people
            made: list[int] = []
            if term.path == "C":
                d.counted.append((list(owners), made))
            for _ in range(m.count):
                ent = ents.new()
                e = ents.get(ent)
                e.descs.append(doc.text[m.start:m.end])
                e.first = m.start
                e.mentions.append(m.idx)
                e.spans.append((m.start, m.end))
                e.strong_mentions += 1
                if term.gender:
                    e.gender_votes[term.gender] += 3
                for o in owners:
                    ents.claim(o, term, ent, (m.start, m.end), in_quote=m.quote != -1)
                d.groups.setdefault(m.idx, []).append(ent)
                made.append(ent)
        if "twin" in term.qual or _twin_modified(doc, m):
            group = d.groups.get(m.idx, [])
            for a, b in zip(group, group[1:], strict=False):
                ents.claim(a, _TWIN_SIBLING, b, (m.start, m.end))
        return
    if (not owners and m.kin.path == "C" and m.possessor == -1 and not m.of_tok
            and _couple(doc, d, m) is not None and _indefinite_or_ordinal(doc, m)
            and not _blood_pair(ents, *d.couple)):
        owners = list(d.couple)
    if not owners:
        if m.kin.path in ("G", "g"):
            return
        # "a baby girl", "the son": a person without a known anchor
        if m.definite:
            ent = _recent_role_holder(doc, d, m)
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
    named = [ms[j] for j in m.same_as if ms[j].kind == "name" and ms[j].name]
    if ent is not None and named and ents.get(ent).names and not any(
            names_match(n, x.name) for n in ents.get(ent).names for x in named):
        # "his sister Sylvie" when his sister Felicia is known: a second sister, not Felicia
        ent = None
        for x in named:
            if x.entity == -1:
                _resolve_one(doc, ms, d, x)
            if x.entity != -1:
                ent = ents.find(x.entity)
                break
    if ent is None:
        # a pending co-referent mention (apposition) decides who this is
        for j in m.same_as:
            if ms[j].entity != -1:
                ent = ents.find(ms[j].entity)
                break
    if ent is None and m.ordinal is None and not m.same_as and not _introduced(doc, m) and (
            not named_next(doc, m)):
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
                and m.ordinal is None and term.gender is not None)):
        # "Frances and her husband James like taking their grandson": the couple in focus
        a, b = ents.find(owners[0]), ents.find(m.entity)
        if a != b:
            d.couple, d.couple_sent = (a, b), doc.toks[m.head].sent
            d.couples.append((d.couple_sent, (a, b)))


_SYMMETRIC_PATHS = frozenset({"S", "E", "PSC"})
"""Kin paths that read the same from both ends (siblings, partners, cousins)."""


def _paired_with_owner(doc: StoryDoc, m: Mention) -> bool:
    """Is the kin phrase coordinated with the person who owns it ("Ilka and her husband Piet")?"""
    toks = doc.toks
    t = toks[m.head]
    if t.dep in ("compound", "appos") and toks[t.head].dep == "conj":
        t = toks[t.head]
    return t.dep == "conj" and toks[t.head].pos in ("PROPN", "NOUN", "PRON") and (
        toks[t.head].dep in ("nsubj", "nsubjpass", "ROOT"))


def _recent_role_holder(doc: StoryDoc, d: Discourse, m: Mention) -> int | None:
    """For a definite kin phrase with no owner ("the son"): the person a kin phrase of the same
    word introduced in the last few sentences, if only one."""
    toks = doc.toks
    t = toks[m.head]
    if t.dep == "appos" or any(toks[c].dep in ("prep", "relcl", "acl") for c in t.children):
        return None  # "Kjeld, the daughter of a publican": an introduction, not a callback
    sent = t.sent
    lo = doc.sents[max(0, sent - 3)].start_tok
    found = {d.ents.find(c.referent) for c in d.ents.claims
             if c.term.word == m.kin.word and not c.title_only
             and toks[lo].start <= c.span[0] < m.start}
    return found.pop() if len(found) == 1 else None


def _title_holder(d: Discourse, term) -> int | None:
    """Someone already called by this title ("Grandma" said by anyone), if exactly one."""
    ents = d.ents
    found = {ents.find(c.referent) for c in ents.claims
             if c.title_only and c.term.word == term.word}
    return found.pop() if len(found) == 1 else None


def _resolve_desc(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    ents = d.ents
    ent = None
    if m.noun in ROLE_NAMES:
        # "Client", "the patient": one person throughout a clinical note
        ent = d.roles.get(m.noun)
        ent = ents.find(ent) if ent is not None else None
    elif m.definite:
        # "the neighbor" again: the latest person described with that noun
        for _sent, _idx, e_id, _subj in reversed(d.recent):
            if m.noun in ents.get(e_id).nouns:
                ent = ents.find(e_id)
                break
    if ent is None:
        if m.possessor != -1 or m.same_as or not m.definite or m.noun not in ("woman", "man"):
            ent = ents.new()
        else:
            return
    if m.noun in ROLE_NAMES:
        for noun in ROLE_NAMES:
            d.roles.setdefault(noun, ent)
    e = ents.get(ent)
    e.nouns.append(m.noun)
    desc = doc.text[m.start:m.end]
    if desc not in e.descs:
        e.descs.append(desc)
    _bind(doc, d, m, ent, strong=True)
    if m.possessor != -1:
        pm = ms[m.possessor]
        if pm.entity == -1 and pm.kind not in ("we", "they"):
            _resolve_one(doc, ms, d, pm)


def _salience_role(doc: StoryDoc, k: int) -> float:
    """How salient a mention's role is: main-clause subject > other subject > the rest
    (centering: "Jens never called… when Sindre turned seven. He…" -> Jens)."""
    toks = doc.toks
    t = toks[k]
    if t.dep not in ("nsubj", "nsubjpass"):
        return 0.0
    verb = toks[t.head]
    while verb.dep == "conj" and verb.head != verb.i:
        verb = toks[verb.head]
    if verb.dep == "ROOT":
        return 1.5
    if verb.dep in ("advcl", "relcl", "acl"):
        return -0.5
    return 0.8


def _subject_sentences(doc: StoryDoc) -> list[int]:
    """Running count of sentences whose main clause has a subject: a fragment ("Never sent
    money.", "Never a card when Sindre turned seven.") continues the previous sentence's topic,
    so it does not push antecedents away."""
    cached = getattr(doc, "_subject_sents", None)
    if cached is None:
        cached, n = [], 0
        for sent in doc.sents:
            roots = [k for k in range(sent.start_tok, sent.end_tok) if doc.toks[k].dep == "ROOT"]
            if any(doc.toks[c].dep in ("nsubj", "nsubjpass") for r in roots
                   for c in doc.toks[r].children):
                n += 1
            cached.append(n)
        doc._subject_sents = cached  # type: ignore[attr-defined]
    return cached


def _pronoun(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> int | None:
    ents = d.ents
    toks = doc.toks
    sent = toks[m.head].sent
    counted = _subject_sentences(doc)
    speaker = _speaker(doc, ms, d, m.quote) if m.quote != -1 else None
    best_by: dict[int, float] = {}
    current = ents.find(d.narrator) if d.narrator is not None else None
    clause_subj = _clause_subject(doc, m.head) if toks[m.head].dep == "poss" else -1
    if clause_subj == -1:
        clause_subj = coordinated_owner(doc, m.head)  # "Dana and her son": Dana's, if she fits
    naming = toks[m.head].dep == "poss" and toks[toks[m.head].head].lemma == "name" or (
        _object_of_naming(doc, m.head))
    named_kin = _named_by_own_kin_phrase(ms, d, m)
    for s, idx, e_id, role in reversed(d.recent):
        if sent - s > PRONOUN_WINDOW + 2:
            break
        other = ms[idx]
        if other.head >= m.head:
            continue
        e = ents.find(e_id)
        # the one writing now is "I", never "she"; an earlier narrator the new one writes
        # about ("UPDATE: this is her brother. Ilka is resting. She…") may be
        if ents.get(e).narrator and m.quote == -1 and e == current and (
                e not in {ents.find(p) for p in d.posters}):
            continue
        if e in named_kin:
            continue  # "Ivo is his grandson", "Ilse, her sister,": not one's own relative
        if speaker is not None and e == ents.find(speaker):
            continue
        g = ents.gender(e)
        if g is not None and g != m.gender:
            continue
        dist = counted[sent] - counted[s] if s != sent else 0
        if dist > PRONOUN_WINDOW:
            continue
        score = -2.0 * dist + role
        introduced = naming and not ents.get(e).names
        if g is None and not introduced:
            score -= 2.5 * (1.0 - _name_lean(ents.get(e).name, m.gender))
        if clause_subj != -1 and other.head == clause_subj:
            score += 2.5  # "Jordan baked a cake for her son": a possessive binds to its subject
        if other.kind == "name":
            score += 0.5
        if introduced:
            score += 3.0  # "…proud of his son. His name is Ottar.": the unnamed one is named
        if other.quote != m.quote and m.quote == -1:
            score -= 1.0
        score -= 0.01 * (m.head - other.head)
        if score > best_by.get(e, -1e9):
            best_by[e] = score
    parent_word = toks[m.head].dep == "poss" and _is_parent_word(toks[toks[m.head].head].lower)
    kin_word = toks[toks[m.head].head].lower
    if parent_word and clause_subj == -1:
        # "His father, Wouter, ... Dagfinn calls him Opa. His mother, Griet, ...": the other parent
        # word after the same pronoun keeps the owner of the first
        for s, word, e_id in reversed(d.parent_owners):
            e = ents.find(e_id)
            pron, first_kin = word.split(" ", 1)
            if sent - s <= 3 and pron == toks[m.head].lower and first_kin != kin_word and (
                    ents.gender(e) in (None, m.gender)):
                best_by[e] = max([best_by.get(e, -1e9) + 3.0]
                                 + [v + 1.0 for v in best_by.values()])
                break
    if not best_by:
        return _subject_despite_name(doc, ms, d, m, clause_subj)
    best = max(best_by, key=lambda e: best_by[e])
    if parent_word:
        d.parent_owners.append((sent, f"{toks[m.head].lower} {kin_word}", best))
    return best


def _named_by_own_kin_phrase(ms: list[Mention], d: Discourse, m: Mention) -> set[int]:
    """The people already met that the kin phrase a possessive pronoun ``m`` owns is said to be
    ("Ivo is his grandson", "she called Ilse, her sister,"): the pronoun is someone else."""
    out: set[int] = set()
    for k in ms[m.idx + 1:m.idx + 4]:
        if k.kind == "kin" and k.possessor == m.idx:
            # names only: a kin title ("Gran, her mother,") may have been resolved to a guess
            out.update(d.ents.find(ms[j].entity) for j in k.same_as
                       if ms[j].entity != -1 and ms[j].kind == "name")
    return out


def _object_of_naming(doc: StoryDoc, k: int) -> bool:
    """"We named her Ilka", "they christened him Piet" (the parser may read "her" as the name's
    possessive): the pronoun is a person just being named, most often a newborn."""
    toks = doc.toks
    t = toks[k]
    if t.dep == "dobj":
        return toks[t.head].lemma in BIRTH_NAMING_LEMMAS
    h = toks[t.head]
    return (t.dep == "poss" and t.lower == "her" and h.pos == "PROPN" and h.dep == "dobj"
            and toks[h.head].lemma in BIRTH_NAMING_LEMMAS)


def _subject_despite_name(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention,
                          clause_subj: int) -> int | None:
    """"Dana took her son to school" with no woman in sight but Dana, a name the lexicon calls a
    man's: a possessive with no other candidate is its clause subject's, when only the name
    lexicon (no kin word, title or description) stood against it. "Dana and her son" counts
    the first conjunct as that subject (:func:`coordinated_owner`)."""
    if clause_subj == -1 or m.quote != -1:
        return None
    sm = _mention_at(ms, doc, clause_subj)
    if sm is None or sm.kind != "name" or sm.entity == -1:
        return None
    e = d.ents.get(d.ents.find(sm.entity))
    if e.descs or e.titles or e.narrator or sm.gender is not None:
        return None
    return d.ents.find(sm.entity)


def _co_subjects(doc: StoryDoc, ms: list[Mention], d: Discourse, pm: Mention) -> list[int]:
    """For "our": the others in a coordinated subject with "I" ("Aslak and I raised our daughter")."""
    toks = doc.toks
    subj = _clause_subject(doc, pm.head)
    if subj == -1:
        # "The summer Pirjo and I started school, our parents sold the farm": a pair with "I"
        # earlier in the same sentence
        sent = doc.sents[toks[pm.head].sent]
        subj = next((k for k in range(sent.start_tok, pm.head - 2)
                     if toks[k + 1].lower == "and" and toks[k + 2].text == "I"
                     and _mention_at(ms, doc, k) is not None), -1)
        group = [subj, subj + 2] if subj != -1 else []
    else:
        group = [subj] + conjuncts(doc, subj)
    if subj == -1:
        return []
    if not any(toks[k].lower in ("i", "me") for k in group):
        return []
    out = []
    for k in group:
        om = _mention_at(ms, doc, k)
        if om is None or om.kind in ("self", "we", "they") or toks[k].lower in ("i", "me"):
            continue
        out.extend(_entity_of(doc, ms, d, om))
    return out


def _is_parent_word(word: str) -> bool:
    term = kin_term(word)
    return term is not None and term.path == "P" and not term.qual


def _clause_subject(doc: StoryDoc, k: int) -> int:
    """The subject token of the clause a token sits in (-1 if none, or if the token is inside
    the subject phrase itself: "Jaz's cousin Bjarke, the only one on his dad's side, told me")."""
    toks = doc.toks
    seen = {k}
    for _ in range(6):
        h = toks[k].head
        if h == k:
            break
        if (toks[k].lower == "with" and toks[h].dep == "appos" and toks[h].pos == "NOUN"
                and toks[toks[h].head].pos == "PROPN"):
            return toks[h].head  # "Nils Ek, a widower with twin girls of his own": his girls
        k = h
        seen.add(k)
        if toks[k].pos in ("VERB", "AUX"):
            v = k
            ctl = -1 if any(toks[c].dep in ("nsubj", "nsubjpass") for c in toks[v].children) \
                else controller_of(doc, v)
            if ctl != -1 and ctl not in seen:
                return ctl  # "congratulated Nils on becoming a father to his son"
            # "Ilka loves hanging out with her uncle": a subjectless verb takes the subject of
            # the verb it completes
            while toks[v].dep in ("conj", "xcomp") and toks[v].head != v and not any(
                    toks[c].dep in ("nsubj", "nsubjpass") for c in toks[v].children):
                v = toks[v].head
            subjs = [c for c in toks[v].children if toks[c].dep in ("nsubj", "nsubjpass")]
            if not subjs:  # "Ilka loves hanging out": the parser hangs "Ilka" on "loves" (aux)
                subjs = [g for c in toks[v].children if toks[c].dep == "aux"
                         for g in toks[c].children if toks[g].dep in ("nsubj", "nsubjpass")]
            if subjs and seen & set(subjs) and toks[v].dep in ("ccomp", "xcomp"):
                # "Ilka let her son spend the night": the phrase is the subject of a complement
                # clause, so "her" looks to the subject of the verb that governs it
                up = toks[v].head
                outer = [c for c in toks[up].children if toks[c].dep in ("nsubj", "nsubjpass")
                         or toks[c].dep == "npadvmod" and toks[c].pos == "PROPN" and c < up]
                return outer[0] if outer else -1
            if not subjs or seen & set(subjs):
                return -1
            if toks[subjs[0]].tag in ("WP", "WDT") and toks[v].dep == "relcl":
                return toks[v].head  # "Piet, who stayed with his aunt": the relative's antecedent
            return subjs[0]
    return -1


def _name_lean(name: str | None, gender: str | None) -> float:
    """How far a given name of no sure gender leans to ``gender`` (0 when unknown): "Jordan"
    leans female, so "her" may still take it, but never as surely as a stated gender."""
    if not name or gender not in ("female", "male"):
        return 0.0
    st = name_stats(name.split()[0])
    if st is None or st[0] < 200:
        return 0.0
    p = st[1] if gender == "female" else 1.0 - st[1]
    return max(0.0, min(0.8, (p - 0.5) * 2.0))


def _note_couple(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    """Remember two people named together ("Tomás and Brita", "she married Tomás") for "they"."""
    toks = doc.toks
    t = toks[m.head]
    other = None
    if t.dep == "conj":
        other = _mention_at(ms, doc, t.head)
        # "Tomás and Brita married": a pair that acts together, not names listed in a group
        if other is None or toks[other.head].dep not in ("nsubj", "nsubjpass"):
            other = None
    if t.dep == "appos":  # "married one of the lodgers, Casimir Palle"
        t = toks[t.head]
    if t.dep == "conj":
        pass
    elif t.dep in ("dobj", "pobj") or t.dep == "npadvmod" and t.head < t.i:
        # (an object the parser took for an adverbial: "1950. Uli marries Rosa Vik. 1952.")
        verb = t.head if t.dep != "pobj" else toks[t.head].head
        if toks[verb].lemma in ("marry", "wed", "date", "meet", "divorce", "remarry") or (
                toks[verb].lemma in ("take", "move") and any(
                    toks[c].dep == "prt" and toks[c].lower in ("up", "in")
                    for c in toks[verb].children)):
            # ("takes up with Bea", "moved in with Bea": the new couple "they" will mean)
            k, subj = verb, -1
            for _ in range(3):  # "He found work and married Nelle": the subject of the first verb
                subj = next((c for c in toks[k].children if toks[c].dep == "nsubj"), -1)
                if subj != -1 or toks[k].dep not in ("conj", "xcomp", "advcl"):
                    break  # ("returns home to marry Hedda": the subject of "returns")
                k = toks[k].head
            if subj == -1:
                subj = year_fused_subject(doc, verb)
            other = _mention_at(ms, doc, subj) if subj != -1 else None
        elif toks[verb].lemma in ("marriage", "engagement") and t.dep == "pobj":
            # "her first marriage, to Emeka Obi"; a note's "First marriage, to Emeka Obi": the
            # client's
            owner = next((c for c in toks[verb].children if toks[c].dep == "poss"), -1)
            other = _mention_at(ms, doc, owner) if owner != -1 else None
            role = next((d.roles[k] for k in ROLE_NAMES if k in d.roles), None)
            if owner == -1 and role is not None:
                a, b = d.ents.find(role), d.ents.find(m.entity)
                if a != b:
                    d.couple, d.couple_sent = (a, b), t.sent
                    d.couples.append((t.sent, (a, b)))
        elif toks[verb].lower in ("married", "engaged") and toks[verb].dep == "acomp":
            # "Amy is married to Piet": the subject of the copula
            subj = next((c for c in toks[toks[verb].head].children
                         if toks[c].dep in ("nsubj", "nsubjpass")), -1)
            other = _mention_at(ms, doc, subj) if subj != -1 else None
    if other is not None and other.entity != -1:
        a, b = d.ents.find(other.entity), d.ents.find(m.entity)
        if a != b:
            d.couple = (a, b)
            d.couple_sent = toks[m.head].sent
            d.couples.append((d.couple_sent, (a, b)))


def co_partners(d: Discourse) -> dict[int, list[int]]:
    """Each person's partners known from claims: stated partners and the other parent of a child."""
    ents = d.ents
    out: dict[int, list[int]] = {}

    def add(a: int, b: int) -> None:
        if a != b:
            out.setdefault(a, [])
            if b not in out[a]:
                out[a].append(b)

    parents: dict[int, list[int]] = {}
    for c in ents.claims:
        p, r = ents.find(c.possessor), ents.find(c.referent)
        if c.term.path == "E" and "ex" not in c.term.qual and "affair" not in c.term.qual:
            add(p, r)
            add(r, p)
        elif c.term.path == "P" and not c.term.qual:
            parents.setdefault(p, []).append(r)
        elif c.term.path == "C" and not c.term.qual:
            parents.setdefault(r, []).append(p)
    for ps in parents.values():
        ps = list(dict.fromkeys(ps))
        if len(ps) == 2:
            add(ps[0], ps[1])
            add(ps[1], ps[0])
    return out


def _through_child(d: Discourse, speaker: int | None, term) -> int | None:
    """A parent saying "Daddy" or "Grandma" to a child means the child's father or grandmother."""
    if speaker is None or term.path not in ("P", "PP"):
        return None
    ents = d.ents
    kids = {ents.find(c.referent) for c in ents.claims
            if ents.find(c.possessor) == ents.find(speaker) and c.term.path == "C"}
    kids |= {ents.find(c.possessor) for c in ents.claims
             if ents.find(c.referent) == ents.find(speaker) and c.term.path == "P"}
    found = {x for k in kids for x in [ents.lookup(k, term)] if x is not None}
    found.discard(ents.find(speaker))
    return found.pop() if len(found) == 1 else None


def _salient_role_holder(doc: StoryDoc, d: Discourse, m: Mention, owners: list[int]) -> int | None:
    """ "his son" when the possessor has no known son: the recently mentioned person who is
    someone's son, if exactly one, compatible, and not the possessor's known relative."""
    ents = d.ents
    term = m.kin
    if term is None or term.path != "C" or term.qual:
        return None
    sent = doc.toks[m.head].sent
    recent = {ents.find(e) for s, _i, e, _subj in d.recent if sent - s <= 3}
    cands = set()
    for c in ents.claims:
        r = ents.find(c.referent)
        if r in recent and c.term.path == term.path and not c.term.qual and (
                term.gender is None or ents.gender(r) in (None, term.gender)):
            cands.add(r)
        o = ents.find(c.possessor)  # "Petros's mother": Petros is someone's child
        if (o in recent and c.term.path == "P" and term.path == "C" and not c.term.qual
                and (term.gender is None or ents.gender(o) in (None, term.gender))):
            cands.add(o)
    own = {ents.find(o) for o in owners}
    cands -= own
    # someone whose parents are known and are not these owners is not their child
    own |= {x for o in own for x in _partners(d, o)}
    # (a known parent who could still be one of the owners, unnamed "my husband", does not count)
    def settled(r: int) -> bool:  # both parents known, and neither can be an owner
        ps = ents.parents_of(r)
        return len(ps) >= 2 and not any(x in own or ents.compatible(x, o)
                                        for x in ps for o in own)
    cands = {r for r in cands if not settled(r)}
    if m.quote == -1:
        # a narrator says "I", not "the baby" or "his son", of themselves
        cands = {r for r in cands if not ents.get(r).narrator}
    return cands.pop() if len(cands) == 1 else None


def _is_vocative(doc: StoryDoc, m: Mention) -> bool:
    """A bare name set off at the edge of a quote: "…, Ylva." / "Ylva…" / "Ylva, look"."""
    toks = doc.toks
    a, b = doc.tok_at(m.start), doc.tok_at(m.end - 1)
    before = toks[a - 1] if a > 0 else None
    after = toks[b + 1] if b + 1 < len(toks) else None
    q = doc.quotes[m.quote]
    left_edge = before is None or before.start < q.start + 1 or before.text in (",", "\u2026",
                                                                                 "...", "-")
    right_edge = after is None or after.text in (",", ".", "!", "?", "\u2026", "...", '"',
                                                 "\u201d") or after.start >= q.end - 1
    words = [t for t in toks[q.tok_start:q.tok_end] if t.text[:1].isalnum()]
    if words and all(m.start <= t.start < m.end for t in words):
        return True  # the whole quote is the name: "Ylva…"
    dep = toks[m.head].dep
    if dep in ("appos", "conj") and doc.toks[toks[m.head].head].pos in ("PROPN", "NOUN", "PRON"):
        head = doc.toks[toks[m.head].head]
        if head.pos == "PRON" or head.pos == "PROPN" or kin_term(head.lower) is not None or (
                head.lower in HUMAN_NOUNS):
            return False
    return bool(left_edge and right_edge and dep not in ("nsubj", "dobj", "pobj", "poss", "attr"))


def _addressee(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention,
               named: int | None) -> int | None:
    """The person a vocative names: the narrator, when someone else speaks to them and the
    name belongs to no one seen acting in the narration."""
    if d.narrator is None:
        return None
    speaker = _speaker(doc, ms, d, m.quote)
    if speaker is None or d.ents.find(speaker) == d.ents.find(d.narrator):
        return None
    narr = d.ents.get(d.narrator)
    if named is not None and d.ents.find(named) != d.ents.find(d.narrator):
        e = d.ents.get(named)
        if any(ms[i].quote == -1 and ms[i].kind == "name" for i in e.mentions):
            return None
        if e.mentions:
            return None
    if narr.names and not any(_same(n, m.name or "") for n in narr.names):
        return None
    if _named_in_own_narration(doc, ms, m):
        return None  # the narrator tells of "Zodwa" in the third person: not the narrator
    return d.ents.find(d.narrator)


def _named_in_own_narration(doc: StoryDoc, ms: list[Mention], m: Mention) -> bool:
    """Is the vocative's name used outside quotes, in the same narrator's stretch of text?"""
    cached = getattr(doc, "_break_starts", None)
    if cached is None:
        cached = sorted(b.start for b in find_breaks(doc))
        doc._break_starts = cached  # type: ignore[attr-defined]
    if not m.name:
        return False
    i = bisect.bisect_right(cached, m.start)
    lo = cached[i - 1] if i > 0 else 0
    hi = cached[i] if i < len(cached) else len(doc.text)
    index = getattr(doc, "_narrated_names", None)
    if index is None:  # formal first name -> starts of its uses outside quotes, in order
        index = {}
        for o in ms:
            if o.kind == "name" and o.quote == -1 and o.name:
                index.setdefault(formal_name(o.name.split()[0]), []).append((o.start, o.name))
        doc._narrated_names = index  # type: ignore[attr-defined]
    uses = index.get(formal_name(m.name.split()[0]), [])
    j = bisect.bisect_left(uses, (lo, ""))
    return any(_same(n, m.name) for start, n in uses[j:] if start < hi)


def _same(a: str, b: str) -> bool:
    from genogram.read.entities import names_match

    return names_match(a, b)


def _name_counted_groups(d: Discourse) -> None:
    """"She has two adult children. Her son, Bastian … her daughter, Romy": when the owner has
    exactly as many other, named children as the group counted, the group is those children."""
    ents = d.ents
    for owners, made in d.counted:
        if not owners or not made:
            continue
        group = {ents.find(x) for x in made}
        if any(ents.get(x).names for x in group):
            continue
        named = [x for x in ents.children_of(owners[0]) if x not in group and ents.get(x).names]
        if len(named) != len(group):
            continue
        left = sorted(named, key=lambda x: ents.get(x).first)
        for x in sorted(group):
            y = next((y for y in left if ents.compatible(x, y)), None)
            if y is None:
                break
            left.remove(y)
            ents.merge(y, x)


def unique_roles(d: Discourse) -> None:
    """One mother, one father, one current husband or wife: merge compatible holders."""
    _name_counted_groups(d)
    ents = d.ents
    changed = True
    rounds = 0
    while changed and rounds < 3:
        changed = False
        rounds += 1
        for r in ents.roots():
            for word in ("mother", "father", "husband", "wife"):
                term = kin_term(word)
                hs = set(ents.holders(r, term))
                if word in ("mother", "father"):
                    # "Jaz's parents are Tibor (63M) and Anikó": a parent of that gender
                    hs |= {x for x in ents.parents_of(r) if ents.gender(x) == term.gender}
                else:
                    # a spouse only through a shared child is a guess (a man may have children
                    # with two women): two such guesses are not one person; a guess may still
                    # be the spouse the text names ("my wife" … "my mother", her daughter)
                    said = {ents.find(c.referent) for c in ents.claims_by(r)
                            if c.term.path == "E"} | {ents.find(c.possessor)
                                                       for c in ents.claims_about(r)
                                                       if c.term.path == "E"}
                    if not hs & said:
                        continue
                hs = sorted(hs, key=lambda x: ents.get(x).first)
                hs = [h for h in hs if not _role_blocked(ents, r, h)]
                if len(hs) > 1:
                    a = hs[0]
                    for b in hs[1:]:
                        if word in ("husband", "wife") and ents.get(a).names and ents.get(
                                b).names:
                            continue  # two named spouses: a remarriage, not one person
                        if ents.find(a) != ents.find(b) and ents.compatible(a, b):
                            a = ents.merge(a, b)
                            changed = True
        if d.narrator is not None:
            d.narrator = ents.find(d.narrator)


def _role_blocked(ents: Entities, r: int, h: int) -> bool:
    """A step, foster, adoptive or former tie does not compete for the role."""
    for c in ents.claims:
        if ({ents.find(c.possessor), ents.find(c.referent)} == {ents.find(r), ents.find(h)}
                and (c.term.qual - {"late"} or c.ordinal)):
            return True
    return False


def _addressee_of_quote(doc: StoryDoc, ms: list[Mention], d: Discourse, quote: int) -> int | None:
    """Who "you" is in a quote: the one the speech verb names ("Piet told Ansa"), else the
    previous speaker in the exchange, else the narrator."""
    speaker = _speaker(doc, ms, d, quote)
    q = doc.quotes[quote]
    if speaker is None:
        # a letter or line nobody is said to speak ("A letter came too: 'When I
        # married your husband's father…'"): in a first-person story it is addressed to the
        # narrator, unless the narrator's own first person fills it
        if d.narrator is None or q.addressee_tok != -1 or not _speaks_in_first_person(doc, q):
            return None
        return d.ents.find(d.narrator)
    if q.addressee_tok != -1:  # "'Your mother called,' Piet told Ansa": Ansa
        am = _mention_at(ms, doc, q.addressee_tok)
        if am is not None and am.kind not in ("we", "they", "you"):
            if am.entity == -1:
                _resolve_one(doc, ms, d, am)
            if am.entity != -1 and d.ents.find(am.entity) != speaker:
                return d.ents.find(am.entity)
    if d.narrator is not None and d.ents.find(d.narrator) != speaker and _narrator_beside(doc, q):
        return d.ents.find(d.narrator)  # "When I asked Grandpa Sid, he said, 'Ask your uncle'"
    for p in range(quote - 1, max(quote - 4, -1), -1):
        if q.para - doc.quotes[p].para > 3:
            break
        s = d.speakers.get(p)
        if s is not None and d.ents.find(s) != speaker:
            return d.ents.find(s)
    if d.narrator is not None and d.ents.find(d.narrator) != speaker:
        return d.ents.find(d.narrator)
    return None


def _speaks_in_first_person(doc: StoryDoc, q) -> bool:
    """Does the quote's speaker say "I"/"my" (someone talking about themselves)?"""
    return any(doc.toks[k].lower in ("i", "my", "me", "i'm", "myself")
               for k in range(q.tok_start, q.tok_end))


def _narrator_beside(doc: StoryDoc, q) -> bool:
    """Does the narrator ("I", "me") take part in the sentence that frames the quote?"""
    toks = doc.toks
    if q.tok_start >= len(toks):
        return False
    sent = doc.sents[toks[q.tok_start].sent]
    return any(toks[k].quote == -1 and toks[k].lower in ("i", "me")
               for k in range(sent.start_tok, sent.end_tok))


def _known_group(d: Discourse, owners: list[int], term) -> list[int]:
    """ "the children", "all three children", "the boys": people already known in that role, for
    the owner or else for the owner's partner (a stepfather adopting "all three children")."""
    ents = d.ents
    found: set[int] = set()
    for o in owners:
        found |= ents.holders(o, term)
    if not found and term.path == "C":
        for o in owners:
            for c in ents.claims:
                if c.term.path == "E" and "ex" not in c.term.qual:
                    p, r = ents.find(c.possessor), ents.find(c.referent)
                    if ents.find(o) in (p, r):
                        partner = r if p == ents.find(o) else p
                        found |= ents.holders(partner, term)
            for kid in ents.children_of(o):
                found.add(kid)
            for partner in _co_parent_partners(d, o):
                found |= ents.children_of(partner)
    if not found and term.path == "S":
        found = _parents_other_children(d, owners, term)
    return sorted(found, key=lambda x: ents.get(x).first)


def _parents_other_children(d: Discourse, owners: list[int], term) -> set[int]:
    """ "Her birth mom … has two little boys, Rhun and Ifor, so Lise has two half-brothers": a
    plural sibling word for the other children already known of the owner's parents (birth
    parents count; step-parents do not)."""
    ents = d.ents
    found: set[int] = set()
    for o in owners:
        o = ents.find(o)
        for par in ents.parents_of(o, born=True):
            found |= ents.children_of(par, born=True) - {o}
    if term.gender is not None:
        found = {x for x in found if ents.gender(x) in (None, term.gender)}
    return found


def _co_parent_partners(d: Discourse, o: int) -> set[int]:
    """Partners of ``o`` from verbs seen so far ("married one of the lodgers, Casimir")."""
    out: set[int] = set()
    if d.couple is not None and d.ents.find(o) in {d.ents.find(x) for x in d.couple}:
        out = {d.ents.find(x) for x in d.couple} - {d.ents.find(o)}
    return out


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


def _poster_said(doc: StoryDoc, ms: list[Mention], br: NarratorBreak) -> list[Mention]:
    """The first poster's "my wife" mentions before a "this is OP's wife" break."""
    if br.poster_kin is None:
        return []
    said = (f"my {br.poster_kin}", br.poster_kin)  # ("my husband"; a forum's bare "DH")
    return [m for m in ms if m.start < br.start and m.kind == "kin" and m.entity != -1
            and doc.text[m.start:m.end].lower() in said]


def _switch_narrator(doc: StoryDoc, ms: list[Mention], d: Discourse, br: NarratorBreak) -> None:
    """A new "I" from ``br.start`` on (see :mod:`genogram.read.narrators`)."""
    ents = d.ents
    prev = ents.find(d.narrator) if d.narrator is not None else None
    new: int | None = None
    if br.poster_again:
        # back to the one who wrote first (if the story has had that narrator)
        new = ents.find(d.narrators[0][1]) if d.narrators else None
    elif said := _poster_said(doc, ms, br):
        # "this is OP's wife": the one the poster called "my wife" before this point
        new = ents.find(said[-1].entity)
        if br.name is not None:
            ents.add_name(new, br.name)  # "UPDATE from DH (Leo) here:"
    elif br.next_kin_at is not None:
        km = next((m for m in ms if m.start == br.next_kin_at and m.kind == "kin"), None)
        if km is not None and km.entity != -1:
            new = ents.find(km.entity)
            if br.name is not None:
                ents.add_name(new, br.name)  # "my husband … This is Hamid."
        if prev is not None and br.frame_name:
            ents.add_name(prev, br.frame_name)
    elif br.op_kin_at is not None:
        km = next((m for m in ms if m.start == br.op_kin_at and m.kind == "kin"), None)
        new = ents.new()
        if km is not None and km.entity == -1 and km.kin is not None:
            _bind(doc, d, km, new, strong=True)  # "this is OP's husband": the one now writing
            if prev is not None:
                ents.claim(prev, km.kin, new, (km.start, km.end))
                # "OP's" mentions the original poster, the topic of the update: "She showed me
                # the comments" is about her
                d.recent.append((doc.toks[km.head].sent, km.idx, prev, _OP_TOPIC))
                d.posters.add(prev)
    elif br.name is not None:
        new = ents.find_by_name(br.name)
        if br.intro and new is not None and prev is not None and new == prev:
            return  # "This is Ilka" said by Ilka, the narrator all along
        if br.intro and prev is not None and not ents.get(prev).names:
            _name_the_poster(doc, ms, d, prev, br)
        if new is not None and ents.get(new).narrator:
            new = None
        if new is None:
            new = ents.new()
        ents.add_name(new, br.name)
    if new is None:
        new = ents.new()
    if prev is not None and new == prev:
        return
    e = ents.get(new)
    e.narrator = True
    e.first = min(e.first, br.start)
    d.narrator = new
    d.narrators.append((br.start, new))
    if br.prev_kin_at is not None and prev is not None:
        # "My sister tells it like that": the previous narrator is this one's sister
        km = next((m for m in ms if m.start == br.prev_kin_at and m.kind == "kin"), None)
        if km is not None and km.entity == -1 and km.kin is not None:
            _bind(doc, d, km, prev, strong=True)
            ents.claim(new, km.kin, prev, (km.start, km.end))


_OP_TOPIC = 2.0
"""Salience of the original poster named by "OP's husband here" (above a main-clause subject)."""

_ASKED_ME = re.compile(r"\b([A-Z][a-z]+) (?:asked|wanted|told) (?:me|if I)\b")


def _name_the_poster(doc: StoryDoc, ms: list[Mention], d: Discourse, prev: int,
                     br: NarratorBreak) -> None:
    """"UPDATE: This is Zeno. Njal asked if I wanted to add anything": the one who asked
    the new narrator to write is the narrator before (the original poster), so that name is
    theirs when the text gave them none."""
    head = doc.text[br.start:br.start + 240]
    hit = _ASKED_ME.search(head)
    if hit is None or hit.group(1) == br.name or kin_term(hit.group(1)) is not None:
        return
    at = br.start + hit.start(1)
    m = next((x for x in ms if x.start == at and x.kind == "name"), None)
    if m is None or m.entity != -1:
        return
    d.ents.add_name(prev, m.name)
    _bind(doc, d, m, prev, strong=True)


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


def _indefinite(doc: StoryDoc, m: Mention) -> bool:
    toks = doc.toks
    return any(toks[c].dep == "det" and toks[c].lower in ("a", "an", "another")
               for c in toks[m.head].children)


#: How many sentences a couple named together stays the referent of "they"/"their".
COUPLE_SPAN = 30


def _couple(doc: StoryDoc, d: Discourse, m: Mention) -> tuple[int, int] | None:
    """The couple in focus for mention ``m``, if named together recently enough."""
    if d.couple is None or doc.toks[m.head].sent - d.couple_sent > COUPLE_SPAN:
        return None
    return d.couple


def _they_pair(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """Who "they"/"their" at ``m`` are when no group is named: the couple in focus, else the
    pair the sentences just before describe."""
    s = doc.toks[m.head].sent
    here = [e for e, _ in _people_in_sentence(doc, ms, d, m, s)]
    if _couple(doc, d, m) is not None and (d.couple_sent == s or len(here) != 2):
        return list(d.couple)
    if len(here) == 2:  # "He had left a wife, Amrit, and she later bore their daughter"
        return here
    return _pair_just_before(doc, ms, d, m) or _pair_of_portraits(doc, ms, d, m)


def _people_in_sentence(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention,
                        s: int) -> list[tuple[int, Mention]]:
    """The non-narrator people named in sentence ``s`` (before ``m``), first mention of each."""
    sent = doc.sents[s]
    found: list[tuple[int, Mention]] = []
    if len(d.mention_starts) != len(ms):
        d.mention_starts = [x.start for x in ms]
    lo = bisect.bisect_left(d.mention_starts, doc.toks[sent.start_tok].start)
    hi = bisect.bisect_left(d.mention_starts, doc.toks[sent.end_tok - 1].end)
    for other in ms[lo:min(hi, m.idx)]:  # the sentence's mentions only, by index: no scan
        if sent.start_tok <= other.head < sent.end_tok and other.entity != -1 and (
                other.kind in ("name", "kin", "he", "she")) and other.quote == -1:
            e = d.ents.find(other.entity)
            if e not in (f for f, _ in found) and not d.ents.get(e).narrator:
                found.append((e, other))
    return found


def _pair_just_before(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """ "X, a whaler's son, married Y. Their first child…": with no couple in focus, "their" is
    the first two people named in the sentence before, if they are exactly two."""
    s = doc.toks[m.head].sent - 1
    if s < 0:
        return []
    found = _people_in_sentence(doc, ms, d, m, s)
    return [e for e, _ in found] if len(found) == 2 else []


def _pair_of_portraits(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> list[int]:
    """ "Edda kept bees. Kalle fixed tractors. They had a son": two sentences in a row, each
    about one person who is its subject, make the pair that "they" continues with."""
    s = doc.toks[m.head].sent
    if s < 2:
        return []
    pair: list[int] = []
    for prev in (s - 1, s - 2):
        found = _people_in_sentence(doc, ms, d, m, prev)
        if len(found) != 1:
            return []
        who = found[0][1]  # its subject, or its first word when the parser misses the subject
        if doc.toks[who.head].dep not in ("nsubj", "nsubjpass") and who.start != doc.toks[
                doc.sents[prev].start_tok].start:
            return []
        pair.append(found[0][0])
    return pair[::-1] if pair[0] != pair[1] else []
