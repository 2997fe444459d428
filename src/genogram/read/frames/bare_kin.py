"""Bare kin nouns: "relationship with mother", "Grandmother reports", "parents Pernille and Ove".

A kin noun with no possessor names the section owner's (else the patient's) relative: the one
already known, else the name right after it, else a new person. Kin words the mention finder
left alone ("parents Pernille (70) and Ove (67) Dyveke") name each name that follows.
"""

from __future__ import annotations

import re

from genogram.read.frames.labels import _LABEL_SKIP, _PLURAL_KIN
from genogram.read.frames.note import _FOO_LABEL, _in_brackets, _name_after, _name_after_span, _Note
from genogram.read.frames.sides import _SIDES, _side_of
from genogram.read.frames.ties import (
    _attach,
    _claimed,
    _floating,
    _gendered,
    _holder,
    _named,
    _new,
    _relate,
)
from genogram.read.lexicon import FRIEND_NOUNS, KinTerm, kin_term
from genogram.read.mentions import ROLE_NAMES, Mention, called_just_before

#: Words before a kin noun that make it someone else's or nobody in particular.
_NOT_OWNERS = frozenset(["my", "his", "her", "their", "our", "your", "no", "two", "three",
                         "four", "both", "a", "an", "the", "same", "different", "another",
                         "other", "new", "any", "every", "each", "some", "own"])
#: ("Half-siblings: the twins Ivo and Bo": they are the half-siblings, twins to each other)
_NAME_GAP = re.compile(r"^\s*(?:(?:,|:|and|&|\([^()]{0,40}\)|(?:the\s+)?twins)\s*)*$",
                       re.IGNORECASE)


def _in_heading(text: str, at: int) -> bool:
    """Is ``at`` on an all-capitals line of several words ("COUNTY CHILDREN & FAMILY
    SERVICES")? A kin word there names an office or a section, not anyone's relative."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    line = text[a:b if b != -1 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def _bare_kin(note: _Note, m: Mention, owner: int) -> None:
    """A kin noun with no possessor ("with mother", "Grandmother reports", "Father Preben")."""
    ents, text, ms = note.ents, note.doc.text, note.ms
    toks = note.doc.toks
    if m.quote != -1:
        return
    term = m.kin if m.kind == "kin" else m.title if m.kind == "name" else None
    if term is None or term.path in ("G", "g") or m.of_tok or _in_heading(text, m.start):
        return
    if m.plural:
        if m.kind == "kin" and m.possessor == -1 and m.possessor_tok == -1 and (
                _counted_members(note, m, term, owner) or _children_with(note, m, term, owner)):
            return
        if m.kind == "kin" and m.possessor == -1 and m.possessor_tok == -1 and not any(
                toks[c].dep == "det" or toks[c].lower in _NOT_OWNERS
                for c in toks[m.head].children if c < m.head):
            _plural_bare_kin(note, m, term, owner)
        return
    if m.possessor != -1 and (ms[m.possessor].entity == -1 or ents.find(
            ms[m.possessor].entity) != ents.find(owner) or m.kind != "kin"
            or text[ms[m.possessor].start:ms[m.possessor].end].lower() not in ROLE_NAMES):
        return   # someone's own kin phrase; "Pt's mother, Jarl" goes on
    if m.possessor_tok != -1 and note.doc.toks[m.possessor_tok].lower not in ROLE_NAMES:
        return
    if any(toks[c].dep in ("det", "nummod") or toks[c].lower in _NOT_OWNERS
           for c in toks[m.head].children if c < m.head) and not _counted_entry(note, m):
        return   # "a sister", "one daughter", "same mother": not the owner's one
    if m.entity != -1 and m.kind == "kin" and term.path in ("C", "E") and any(
            ents.find(c.referent) == ents.find(m.entity) and c.term.path == term.path
            and ents.find(c.possessor) != ents.find(owner) for c in ents.claims):
        return   # "Father and Vilja had one daughter": already someone else's
    side = _side_of(text, m)
    note.done.add(m.idx)
    if m.kind == "name":
        if m.entity == -1 or _claimed(ents, owner, m.entity, term):
            return
        if called_just_before(text, m.start) and not (
                FRIEND_NOUNS & set(ents.get(ents.find(m.entity)).nouns)):
            return   # "whom Ivo calls 'Tía Ulla'": a name the child uses, not a stated tie
            # (a friend's or neighbour's title stays, to be read as fictive kin)
        target = _named(note, owner, term, side, m.entity)
        if target != ents.find(owner):   # "Nana Lu": a title, weaker than a stated tie
            _relate(note, owner, term, target, (m.start, m.end), side, title=True)
        return
    named = _name_after(note, m)
    # "Client's second husband": an ordinal says this is not the one already known
    held = _holder(note, owner, term, side) if m.ordinal is None else None
    if named is not None and held is not None and (held == -1 or ents.get(held).names) and (
            ents.find(named.entity) != held):
        named = None   # "(IP, grandmother, Janne)": a list, the known grandmother
    if named is not None and _in_brackets(text, max(0, m.start - 80), m.start) and "," in text[
            m.end:named.start]:
        named = None
    target: int | None
    if named is not None:
        target = _named(note, owner, term, side, named.entity)
    elif held == -1:
        note.retry.append((m, owner))   # ambiguous for now: try again after the repairs
        return
    else:
        target = held
    if target is None and m.entity != -1:
        if not _floating(ents, m.entity, ms):
            return   # resolved to someone already: no second person
        target = ents.find(m.entity)
    if target is None:
        if not _plain_kin_span(text, m):
            return   # "states father": a parse that ran over a verb
        target = _new(note, (m.start, m.end))
    if target == ents.find(owner):
        return
    _attach(note, m, target)
    _relate(note, owner, term, target, (m.start, m.end), side)


def _counted_members(note: _Note, m: Mention, term: KinTerm, owner: int) -> bool:
    """ "Three daughters (20, 24, 29) by her late husband": the people resolution made for a
    counted group with an age each, no owner said, are the owner's relatives."""
    ents = note.ents
    made = note.d.groups.get(m.idx, [])
    if not m.count or len(made) != m.count or any(
            c.span == (m.start, m.end) for c in ents.claims) or any(
            ents.get(ents.find(x)).names for x in made):
        return False  # ("Two sons: Ivo and Bo": the named ones are the listed couple's)
    note.done.add(m.idx)
    for x in made:
        if ents.find(x) != ents.find(owner):
            _relate(note, owner, _gendered(term, ents.gender(x)), x, (m.start, m.end), None)
    return True


def _children_with(note: _Note, m: Mention, term: KinTerm, owner: int) -> bool:
    """ "Children: two sons w/ Ivo, Bo (15) and Lou (12)": a note's counted children "with"
    someone are the owner's and that person's, named right after (the "with" person is no
    child)."""
    doc, ents, text = note.doc, note.ents, note.doc.text
    toks = doc.toks
    if term.path != "C" or not m.count:
        return False
    prep = next((c for c in toks[m.head].children if toks[c].dep == "prep"
                 and toks[c].lower == "with"), -1)
    obj = next((g for g in toks[prep].children if toks[g].dep == "pobj"), -1) if prep != -1 \
        else -1
    if obj == -1:
        return False
    sent = doc.sents[toks[m.head].sent]
    end = toks[sent.end_tok - 1].end
    after = [o for o in note.mentions_in(toks[prep].end, end) if o.entity != -1]
    co = next((o for o in after if o.start <= toks[obj].start < o.end or o.head == obj), None)
    if co is None:
        return False
    other = ents.find(co.entity)
    co_end = max(o.end for o in after if ents.find(o.entity) == other)  # "ex-husband Ivo"
    named = [o for o in after if o.kind == "name" and o.start >= co_end
             and ents.find(o.entity) not in (other, ents.find(owner))]
    if len(named) != m.count or not re.fullmatch(r"\s*[,:]\s*", text[co_end:named[0].start]):
        return False
    note.done.add(m.idx)
    for o in named:
        kid = ents.find(o.entity)
        child = _gendered(term, ents.gender(kid))
        _relate(note, owner, child, kid, (m.start, m.end), None)
        _relate(note, other, child, kid, (m.start, m.end), None)
        note.done.add(o.idx)
    return True


def _counted_entry(note: _Note, m: Mention) -> bool:
    """ "Sibs: … One brother, 27, abroad.": a note's entry that opens with "one" and a kin noun
    counts the owner's relatives of that kind (there is one), so it is the owner's."""
    toks, text = note.doc.toks, note.doc.text
    first = toks[note.doc.tok_at(m.start)]
    if first.lower not in ("one", "1") or not (
            first.i == note.doc.sents[first.sent].start_tok
            or first.i > 0 and toks[first.i - 1].text in (";", ":")):
        return False
    return _AGE_OR_DEATH_AFTER.match(text, m.end) is not None


#: What a note says right after a counted relative: an age or a death ("One aunt, 58",
#: "One brother (d. 2001)").
_AGE_OR_DEATH_AFTER = re.compile(r"\s*(?:,\s*\d{1,3}\b|\(\s*(?:\d{1,3}|d\.|deceased))")


def _unmentioned_kin(note: _Note, a: int, b: int, owner: int) -> None:
    """Kin words the mention finder left alone because nothing anchors them: "parents Pernille
    (70) and Ove (67) Dyveke" (each name is the owner's parent), "Younger half-sister (Janne,
    10F)" (the name is the owner's half-sister)."""
    doc, text = note.doc, note.doc.text
    covered: set[int] = set()
    for m in note.mentions_in(a, b):
        covered.update(range(doc.tok_at(m.start), doc.tok_at(max(m.start, m.end - 1)) + 1))
    k = max(doc.tok_at(a), 0)
    while k < len(doc.toks) and doc.toks[k].start < b:
        t = doc.toks[k]
        term, width = None, 1
        for w in (3, 2, 1):
            if k + w - 1 < len(doc.toks) and doc.toks[k + w - 1].end <= b:
                term = kin_term(text[t.start:doc.toks[k + w - 1].end])
                if term is not None:
                    width = w
                    break
        k += width
        last = doc.toks[k - 1]
        if (term is None or t.quote != -1 or t.start < a or term.path in ("G", "g")
                or any(i in covered for i in range(t.i, k))):
            continue
        if any(doc.toks[c].dep == "poss" for c in last.children):
            continue
        prev = text[max(a, t.start - 14):t.start].lower().split()
        if prev and (prev[-1] in _NOT_OWNERS or prev[-1].endswith("'s")):
            continue
        side = _SIDES.get(prev[-1]) if prev else None
        low = text[t.start:last.end].lower()
        if low in _PLURAL_KIN or low.endswith("s") and kin_term(low[:-1]) is not None:
            names = _names_listed(note, last.end, b, owner)[:_most(term)]
        else:
            named = _name_after_span(note, last.end, b)
            names = [named] if named is not None else []
        for m in names:
            _relate_listed(note, owner, term, m, (t.start, last.end), side)


def _names_listed(note: _Note, a: int, b: int, owner: int) -> list[Mention]:
    """The names listed from offset ``a`` on ("Pernille (70) and Ove (67)"), not the owner."""
    text, ents = note.doc.text, note.ents
    names = []
    pos = a
    for m in note.mentions_in(a, b):
        if m.kind != "name" or m.entity == -1 or not _NAME_GAP.match(text[pos:m.start]) or (
                text.startswith(("'s", "\u2019s"), m.end)):
            break   # ("Stepchildren: Ivo's children …": the owner of another kin word)
        if ents.find(m.entity) != ents.find(owner):
            names.append(m)
        pos = m.end
    return names


def _most(term: KinTerm) -> int:
    """How many people a plural kin word can name: two parents, four grandparents."""
    return 2 if term.path == "P" else 4 if term.path == "PP" else 8


def _relate_listed(note: _Note, owner: int, term: KinTerm, m: Mention, span: tuple[int, int],
                   side: str | None) -> None:
    ent = note.ents.find(m.entity)
    if not _claimed(note.ents, owner, ent, term):
        _relate(note, owner, _gendered(term, note.ents.gender(ent)), ent, span, side)
        note.done.add(m.idx)


def _plural_bare_kin(note: _Note, m: Mention, term: KinTerm, owner: int) -> None:
    """ "(maternal uncles) Tod (28) and Lev (26)": each name listed right after a bare plural
    kin noun is the owner's relative."""
    b = note.doc.toks[note.doc.sents[note.doc.toks[m.head].sent].end_tok - 1].end
    text = note.doc.text
    a = m.end + 1 if text.startswith(")", m.end) else m.end   # "(maternal uncles) Tod"
    line_start = text.rfind("\n", 0, m.start) + 1
    if _FOO_LABEL.match(text, line_start):
        return   # "Stepfather's FOO: parents Ivo and Una": the section's own reading
    names = _names_listed(note, a, b, owner)[:m.count or _most(term)]
    if names:
        note.done.add(m.idx)
    for n in names:
        _relate_listed(note, owner, term, n, (m.start, m.end), _side_of(note.doc.text, m))


def _plain_kin_span(text: str, m: Mention) -> bool:
    """The words of a kin mention are kin words and their modifiers ("maternal half-sister")."""
    words = text[m.start:m.end].lower().replace("-", " ").split()
    ok = set(_SIDES) | _LABEL_SKIP | {"half", "step", "great", "grand", "foster", "adoptive",
                                      "twin", "in", "law"}
    return all(w in ok or kin_term(w) is not None for w in words)
