"""The discourse state a reading carries (:class:`Discourse`), and binding a mention to a person.

:func:`_resolve_one` is the one entry every step uses to resolve a mention it depends on; it
hands the mention to :mod:`.dispatch`, imported at the call, so that the modules for each kind
of mention can call back here without an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from genogram.read.document import StoryDoc
from genogram.read.entities import Entities
from genogram.read.mentions import Mention
from genogram.read.resolve.salience import _salience_role

#: How many sentences a couple named together stays the referent of "they"/"their".
COUPLE_SPAN = 30


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
    # those of them the text says nothing about one by one ("my two cousins", not "two
    # daughters, ages 9 and 12"): not people of their own unless a named person turns out to be one
    provisional: list[int] = field(default_factory=list)
    couples: list[tuple[int, tuple[int, int]]] = field(default_factory=list)  # (sentence, pair)
    # the couple a note is about, named on its "Present:" / "Clients:" line: "they" when no
    # other pair is in view
    note_couple: tuple[int, int] | None = None
    mention_starts: list[int] = field(default_factory=list)  # char start of each mention, in order
    # the candidate scores of the last pronoun resolved (for diagnostics)
    last_pronoun_scores: dict[int, float] = field(default_factory=dict)
    # pronouns whose two best antecedents scored alike: bound, but owning no kin tie
    unsure_pronouns: set[int] = field(default_factory=set)
    # kin titles given to someone as a name ("everyone called him Pop"): title word -> person
    title_names: dict[str, int] = field(default_factory=dict)
    #: the owners of a child group whose listed names are being resolved ("bore him two sons,
    #: Per and Nils"): none of them is an elder already met under the same name
    child_group_owners: list[int] = field(default_factory=list)

    def patient(self) -> int | None:
        """The identified patient of a clinical note, if a role word ("Client", "IP", "Pt")
        named one (every role word is stored for the same person)."""
        ent = next((self.roles[k] for k in ("client", "ip", "patient", "pt") if k in self.roles),
                   None)
        return self.ents.find(ent) if ent is not None else None

    def couple_before(self, sent: int) -> tuple[int, int] | None:
        """The last couple named together at or before sentence ``sent``, if recent enough
        ("the couple welcomed a son"), for the steps that run after resolution."""
        for s, pair in reversed(self.couples):
            if s <= sent:
                return pair if sent - s <= COUPLE_SPAN else None
        return None


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
    _join(ms, d, m, m.aliases, names=False)  # a stated nickname: the names differ on purpose
    # the text says the two are one ("Dana's mother, Sindra"): only a gender it states itself
    # stands against that, not the one the name lexicon guesses
    _join(ms, d, m, m.same_as, name_gender=False)


def _join(ms: list[Mention], d: Discourse, m: Mention, others: list[int], **compat: bool) -> None:
    """Merge ``m``'s person with each of ``others``' that ``compatible(**compat)`` allows."""
    for j in others:
        other = ms[j]
        if other.entity == -1 or m.entity == -1:
            continue
        a, b = d.ents.find(other.entity), d.ents.find(m.entity)
        if a != b and d.ents.compatible(a, b, **compat):
            merged = d.ents.merge(a, b)
            if d.narrator is not None and d.ents.find(d.narrator) == merged:
                d.narrator = merged


def _resolve_one(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> None:
    if m.idx in d.busy or m.entity != -1:
        return
    from genogram.read.resolve.dispatch import _resolve_mention  # (see the docstring)

    d.busy.add(m.idx)
    try:
        _resolve_mention(doc, ms, d, m)
    finally:
        d.busy.discard(m.idx)


def _same(a: str, b: str) -> bool:
    from genogram.read.entities import names_match

    return names_match(a, b)
