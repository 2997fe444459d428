"""The list register of clinical notes: headed sections, labels and abbreviations.

Intake notes are written as frames, not narrative::

    IP: Rigmor ("Bix"), 15M. Lives with maternal grandmother (Ragna Mads, 61).
    Mother: Hjalmar Mads, 34. Hx of opioid use. Father: unknown to IP.
    Bettan FOO: parents Pernille (70) and Ove (67) Dyveke, married 45 yrs.
    MGF, Jorun Hanne, d. 2015.

Read after :func:`resolve.resolve` and :func:`resolve.unique_roles`, this step adds what the
frames state, with the same entity and claim API (evidence spans are original offsets):

- the identified patient (IP): ``d.roles``, else the first name after an "IP:"/"Client:"/"Pt:"
  label; a role label's name and the role word ("Client") are one person;
- a kin label at the start of a line or sentence ("Mother:", "Maternal grandmother:",
  "Janne's father:", "Siblings:") names the owner's relative: the first name after it
  (every name in its first clause for a plural label);
- "<Name> FOO:" / "<Name>'s family of origin:" opens a section in which kin words belong to
  <Name> (the section is its line and the following lines that start with a kin label);
- a bare kin noun with no possessor ("relationship with mother", "Grandmother reports") names
  the section owner's (else the IP's) relative: the one already known, else the name right after
  it, else a new person; a plural one followed by names ("parents Pernille and Ove") names each;
- "maternal"/"paternal" (and MGM, MGF, PGM, PGF) put a grandparent, aunt, uncle or half-sibling
  on the mother's or the father's side once that parent is known;
- ages ("Hjalmar Mads, 34", "(Idun, 66)", "Client is a 41-year-old", "15 y/o"), deaths
  ("d. 2015", "(d. Jan 2022)", "is deceased");
- "div." / "divorced" in a "Parents:" frame ends the parents' union: recorded as an "ex" kin
  claim between the two parents, which :mod:`build` already turns into a divorced marriage (no new
  fact type needed; "m. YEAR" alone adds nothing that the parents' tie does not already give).

Everything is line by line (a line is a paragraph in :class:`StoryDoc`); no step looks at more
than the current line, so a novel costs one pass.

The package, one module per concern:

- ``note``: the note being read (``_Note``), its label patterns, and where a clause ends;
- ``patient``: the identified patient, the role word ("Client", "pt") and form words that are
  not people;
- ``labels``: kin labels ("Mother:", "Janne's father:") and "<Name> FOO:" sections;
- ``bare_kin``: kin nouns with no possessor, and kin words no mention covers;
- ``sides``: "maternal"/"paternal" and the MGM/PGF abbreviations;
- ``person_facts``: ages, deaths and a stated gender identity;
- ``unions``: married clients and divorced parents;
- ``listed_children``: "and their 2 children: half-bro Tim (6), ..." after a couple, "one son
  from that marriage";
- ``shorthand``: "m. 2008 to <Name>, div. 2014" after the person an entry is about;
- ``ties``: who already holds a kin role, and adding a tie, a person or a mention to one;
- ``possessives``: "his"/"her" before a kin word in a telegraphic clause;
- ``repairs``: one mother and one father, dropped pronoun guesses, mentions for made-up people.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.frames.bare_kin import _bare_kin, _unmentioned_kin
from genogram.read.frames.fragments import fragment_subject
from genogram.read.frames.labels import _foo_owner, _kin_label, _label_frame
from genogram.read.frames.listed_children import (
    children_after_a_union,
    children_of_that_marriage,
    listed_children,
)
from genogram.read.frames.note import _FOO_LABEL, _LABEL, _clause_end, _Note, role_lines
from genogram.read.frames.patient import _find_ip, _not_people, _role_words, _whole_names
from genogram.read.frames.person_facts import _ages_and_deaths, _stated_identity
from genogram.read.frames.possessives import _known_referents, _note_possessives, _owned_by_bare_kin
from genogram.read.frames.repairs import (
    _drop_contradicted,
    _give_mentions,
    _one_mother_one_father,
)
from genogram.read.frames.shorthand import married_to
from genogram.read.frames.sides import _abbreviations, _place_sides, parent_letters
from genogram.read.frames.unions import _divorces, _married_clients
from genogram.read.mentions import ROLE_NAMES, Mention
from genogram.read.resolve import Discourse

__all__ = ["read_frames"]


def read_frames(doc: StoryDoc, ms: list[Mention], d: Discourse) -> None:
    """Add the people, ties and facts that a list-style note states (see module doc)."""
    text = doc.text
    lines = doc.para_bounds
    roles = role_lines(text, lines) or _aged_entry(text, lines)
    foo_lines = any(_FOO_LABEL.match(text, a) for a, b in lines)
    if not roles and not foo_lines and not (
            d.roles and _note_labels(text, lines, any_label=True) >= 2
            or _note_labels(text, lines) >= 2):
        return  # (a note with labelled lines needs no named patient: "MGF: …", "Mother: …")
    order = sorted(range(len(ms)), key=lambda i: ms[i].start)
    note = _Note(doc, ms, d, starts=[ms[i].start for i in order], order=order)
    _whole_names(note)
    _find_ip(note, roles)
    _married_clients(note)
    _role_words(note)
    _not_people(note)
    for a, b in lines:
        _read_line(note, a, b)
    _ages_and_deaths(note)
    married_to(note)
    listed_children(note)
    children_of_that_marriage(note)
    children_after_a_union(note)
    # repairs: a pronoun guess that makes a parent their own child's child goes, one mother
    # and one father per person; then the kin nouns that were ambiguous before
    _drop_contradicted(note)
    _one_mother_one_father(note)
    for m, owner in note.retry[:]:
        _bare_kin(note, m, owner)
    _owned_by_bare_kin(note)
    rebound = _note_possessives(note)
    _drop_contradicted(note)
    _one_mother_one_father(note)
    _place_sides(note)
    _divorces(note)
    _known_referents(note, rebound)
    _one_mother_one_father(note)
    _stated_identity(note)
    _writer_is_narrator(note)
    _give_mentions(note)
    if note.ip is not None:
        for noun in ROLE_NAMES:
            d.roles.setdefault(noun, note.ip)


#: A note that opens with the one it is about and an age, no label: "Mrs Ebo L., 77, widowed,
#: ...", "Ebo (57M), retired, ...", "61M (Ebo) seen today for ...".
_AGED_OPENING = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]*){0,2}"
    r"\s*(?:,\s*\d{1,3}\s*[MFmf]?\s*,|\(\s*\d{1,3}\s*[MFmf]\s*\))"
    r"|\s*\d{1,3}\s*[MFmf]\s*\((?=\s*[A-Z])")
#: A note's opening that introduces its one person with an age: "Ebo Obi is a 63-year-old
#: widow", "Ebo, a 58 y/o retired teacher," (an entry only where a role word, "Pt", "Client",
#: stands for that person later: a story may open so too).
_AGED_INTRODUCTION = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]*){0,2}"
    r"(?:\s+is|\s*,)\s+an?\s+\d{1,3}[-\s]?(?:year[-\s]old|y/?o|yo|[MF]\b)")
_ROLE_WORD = re.compile(r"\b(?:Pt|pt|Client|IP|Patient)(?:'s|\u2019s)?\b")
#: The first person outside quotes: a story's narrator, whose "mother" is no patient's.
_FIRST_PERSON = re.compile(r"(?<![\w'\u2019])(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)(?![\w'\u2019])")


def _aged_entry(text: str, lines: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The entry of a note with no role label that opens with its patient and an age (see
    ``_AGED_OPENING``), when no one in it speaks in the first person."""
    if not lines or _FIRST_PERSON.search(text):
        return []
    a, b = lines[0]
    hit = _AGED_OPENING.match(text, a)
    if not hit and _ROLE_WORD.search(text):
        hit = _AGED_INTRODUCTION.match(text, a)  # "Ebo is a 63-year-old widow … Pt's son"
    if not hit or hit.end() > b:
        return []
    # ("61M (Ebo)": the entry starts inside the bracket, where the name is)
    return [("pt", hit.end() if hit.group().endswith("(") else a, b)]


def _heading_line(text: str, a: int, b: int) -> bool:
    """An all-capitals line ("CURRENT HOUSEHOLD", "PLAN"): a note's next section."""
    letters = [c for c in text[a:b] if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


#: The label a note's writer signs it with: "Prepared by: Ulla Berg, LMSW", "Clinician: …".
_WRITER_LABEL = re.compile(r"[ \t]*(?:prepared by|written by|completed by|clinician|therapist|"
                           r"counselor|counsellor|social worker|case ?worker|case manager|"
                           r"worker|assessor|interviewer|author|writer)\s*:\s*", re.I)


def _writer_is_narrator(note: _Note) -> None:
    """ "Prepared by: Ulla Berg, LMSW" … "I met Father at the library": the "I" and "this
    writer" of a note are the one who signs it, as a letter's are its signer's."""
    d, text = note.d, note.doc.text
    for a, b in note.doc.para_bounds:
        hit = _WRITER_LABEL.match(text, a)
        if not hit:
            continue
        name = next((m for m in note.mentions_in(hit.end(), b)
                     if m.kind == "name" and m.entity != -1 and m.start == hit.end()), None)
        if name is None:
            return
        if not _writes_in_first_person(note):
            return
        writer = note.ents.find(name.entity)
        narrators = {note.ents.find(e) for _s, e in d.narrators}
        if len(narrators) == 1:
            (narr,) = narrators
            if narr != writer and note.ents.compatible(narr, writer):
                writer = note.ents.merge(writer, narr)
                note.ents.get(writer).narrator = True
                d.narrators = [(s, writer) for s, _e in d.narrators]
                d.narrator = writer
                d.signed.add(writer)
            elif narr == writer:
                d.signed.add(writer)
        return


def _writes_in_first_person(note: _Note) -> bool:
    """Does the note's writer say "I" or "this writer" in a sentence that quotes no one?"""
    doc, text = note.doc, note.doc.text
    if "this writer" in text.lower():
        return True
    # (far from any quotation mark: the quote finder may miss one, 'Client: I cook, I clean.')
    return any(t.lower in ("i", "me", "my") and t.pos == "PRON" and t.quote == -1
               and not any(q in text[max(0, t.start - 60):t.end + 60]
                           for q in ('"', "\u201c", "\u201d")) for t in doc.toks)


#: A forum's labels ("EDIT:", "TL;DR:", "UPDATE 2:"): no note's.
_FORUM_LABELS = re.compile(r"(?:edit|update|tl;?dr|ps|p\.s|eta)\b", re.I)


def _note_labels(text: str, lines: list[tuple[int, int]], *, any_label: bool = False) -> int:
    """How many lines open with a "Label:". By default only a note's short labels count ("MGF:",
    "Date of intake:", up to three words, something said after them, no forum's "EDIT:");
    ``any_label`` counts every label."""
    n = 0
    for a, b in lines:
        hit = _LABEL.match(text, a)
        if hit and (any_label or hit.end() < b and len(hit.group(1).split()) <= 3
                    and not _FORUM_LABELS.match(hit.group(1))):
            n += 1
    return n


def _read_line(note: _Note, a: int, b: int) -> None:
    """One line: its labels and FOO sections, then the bare kin words of each clause."""
    text = note.doc.text
    owner_line = note.foo_owner
    # a FOO section continues on a line that opens with a kin label, or, after a heading of
    # its own ("FAMILY OF ORIGIN - IVO"), up to the next heading
    first = _LABEL.match(text, a)
    if owner_line is not None and not (first and _kin_label(note, first.group(1), a)) and not (
            note.foo_heading and not _heading_line(text, a, b)):
        owner_line = None
        note.foo_heading = False
    owner = owner_line
    pos = a
    segments: list[tuple[int, int, int | None]] = []   # (start, end, owner for bare kin)
    while pos < b:
        end = _clause_end(text, pos, b)
        foo = _FOO_LABEL.match(text, pos)
        if foo and foo.end() <= end + 1:
            found = _foo_owner(note, foo)
            owner = found if found is not None else owner
            owner_line = owner
            note.foo_heading = found is not None and not text[foo.end():b].strip(" .:-")
        else:
            lab = _LABEL.match(text, pos)
            if lab and lab.end() <= end:
                label = _kin_label(note, lab.group(1), lab.start(1))
                if label is not None:
                    _label_frame(note, label, lab, end, owner)
        segments.append((pos, end, owner))
        pos = end + 1
    note.foo_owner = owner_line
    for s, e, own in segments:
        who = own if own is not None else note.ip
        if who is None:
            continue
        fragment_subject(note, s, e, who)
        for m in note.mentions_in(s, e):
            if m.idx not in note.done:
                _bare_kin(note, m, who)
        _unmentioned_kin(note, s, e, who)
        _abbreviations(note, s, e)
        parent_letters(note, s, e, who)
