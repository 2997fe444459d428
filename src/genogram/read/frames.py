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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from genogram.read.document import StoryDoc
from genogram.read.entities import Claim, Entities, names_match
from genogram.read.lexicon import KIN_TERMS, KinTerm, kin_term
from genogram.read.mentions import ROLE_LABELS, ROLE_NAMES, Mention
from genogram.read.resolve import Discourse

#: Role labels that introduce the identified patient(s).
_ROLE_ALTERNATIVES = "|".join(sorted(ROLE_LABELS, key=len, reverse=True))
_ROLE_LABEL = re.compile(rf"\s*({_ROLE_ALTERNATIVES})\s*:\s*", re.I)
#: "<Name> FOO:", "<Name>'s family of origin:", "Family of origin:", "FOO:".
_FOO_LABEL = re.compile(
    r"\s*(?:([A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)?)(?:['\u2019]s)?\s+)?"
    r"(?:FOO|[Ff]amily of origin)\s*(?:\([^()]{0,40}\)\s*)?:\s*")
#: Any "Label:" at the start of a clause (up to five words).
_LABEL = re.compile(r"\s*([A-Za-z][\w\u2019'/.-]*(?:\s+[\w\u2019'/.-]+){0,4}?)\s*:(?!\d)\s*")
#: Clinical abbreviations for grandparents: (kin word, side).
ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "mgm": ("grandmother", "maternal"), "mgf": ("grandfather", "maternal"),
    "pgm": ("grandmother", "paternal"), "pgf": ("grandfather", "paternal"),
    "mgp": ("grandparents", "maternal"), "pgp": ("grandparents", "paternal"),
    "mgps": ("grandparents", "maternal"), "pgps": ("grandparents", "paternal"),
}
_ABBREV_RE = re.compile(r"\b(MGM|MGF|PGM|PGF|MGPs?|PGPs?)\b")
_SIDES = {"maternal": "maternal", "paternal": "paternal", "mat.": "maternal",
          "pat.": "paternal", "mother's": "maternal", "father's": "paternal"}
_LABEL_SKIP = frozenset(["younger", "older", "elder", "biological", "bio", "current", "late",
                         "deceased", "only", "identified", "other"])
#: Words after "<kin>" in a label that still keep it a kin label ("Children in household").
_LABEL_TAIL = frozenset(["in", "at", "from", "of", "living", "(if", "-"])
#: Words ending in "." that do not end a clause.
_ABBREV_DOTS = frozenset(["d", "m", "div", "sep", "dr", "mr", "mrs", "ms", "st", "approx", "hx",
                          "yrs", "yr", "mos", "mo", "jr", "sr", "vs", "wk", "wks", "y.o", "e.g",
                          "i.e", "etc", "no", "pt", "dx", "tx", "fx", "sx", "mat", "pat"])
#: Of those, the ones that also end sentences ("lives with pt.", "seen for 3 yrs.").
_ABBREV_ENDS = frozenset(["pt", "hx", "yrs", "yr", "mos", "mo", "wks", "wk", "etc", "dx", "tx",
                          "sx", "fx"])
_NOBODY = re.compile(r"\s*(?:unknown|none|n/?a|not\b|no\b|nil\b|deceased\s*[,.;]?\s*$)", re.I)
_AGE_AFTER = re.compile(
    r"(?:\s+[A-Z]\.)?"                                     # an initial: "Helge R."
    r"(?:\s*\(\s*[\"'\u201c\u2018][^()]{1,30}?\))?"        # a quoted nickname: ("Bix")
    r"(?:\s+[A-Z][\w\u2019'-]+){0,2}?"                     # a surname after the nickname
    r"\s*,\s*(?:[\"'\u201c\u2018][^\"'\u201d\u2019]{1,20}[,.]?[\"'\u201d\u2019],?\s*)?"  # , "Dari,"
    r"(?:age\s+)?(\d{1,3})\s*(?:y/?o|yo|y\.o\.|years? old)?\s*"
    r"((?<=[\s\d])(?:male|female)\b|[MFmf])?(?=\s*[,.;()]|\s*$)")   # "7 y/o female"
_AGE_IS = re.compile(r"\s+(?:is|is\s+now)\s+an?\s+(\d{1,3})[-\s]?(?:year[-\s]old|y/?o|yo)\b", re.I)
_DEATH = re.compile(
    r"(?:\bd\.\s*(?:in\s+)?(?:(?:[A-Z][a-z]{2,8}\.?|\d{1,2}/(?:\d{1,2}/)?)\s*)?(\d{4})"
    # "(deceased 2011, stroke)", ", deceased 03/2019 (MVA)": the mark with its date
    r"|(?:\(|,\s*)deceased\s+(?:in\s+)?(?:[A-Z][a-z]{2,8}\.?\s+|\d{1,2}/(?:\d{1,2}/)?)?(\d{4})\b"
    r"|\b(?:is|was|now)\s+deceased|\(deceased\)|,\s*deceased\b)")
_DIVORCE = re.compile(r"\b(?:div\.|divorced)", re.I)
_PLURAL_KIN = frozenset(["parents", "grandparents", "siblings", "children", "kids", "sons",
                         "daughters", "brothers", "sisters", "foster parents",
                         "half-siblings", "half-brothers", "half-sisters", "stepchildren"])
#: Words before a kin noun that make it someone else's or nobody in particular.
_NOT_OWNERS = frozenset(["my", "his", "her", "their", "our", "your", "no", "two", "three",
                         "four", "both", "a", "an", "the", "same", "different", "another",
                         "other", "new", "any", "every", "each", "some", "own"])
_NAME_GAP = re.compile(r"^\s*(?:(?:,|and|&|\([^()]{0,40}\))\s*)*$")
_GENDERED: dict[tuple[str, frozenset, str], KinTerm] = {}
for _t in KIN_TERMS.values():
    if _t.gender is not None:
        _GENDERED.setdefault((_t.path, _t.qual, _t.gender), _t)


@dataclass
class _Note:
    doc: StoryDoc
    ms: list[Mention]
    d: Discourse
    ip: int | None = None
    ips: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)   # mention starts, sorted
    order: list[int] = field(default_factory=list)    # mention indices in that order
    sides: dict[int, tuple[int, str]] = field(default_factory=dict)  # entity -> (owner, side)
    divorced: list[tuple[int, tuple[int, int]]] = field(default_factory=list)
    done: set[int] = field(default_factory=set)       # mentions this step has settled
    foo_owner: int | None = None                      # owner of the open FOO section
    abbrev_spans: list[tuple[tuple[int, int], int]] = field(default_factory=list)
    created: list[int] = field(default_factory=list)  # people this step made up
    retry: list[tuple[Mention, int]] = field(default_factory=list)  # bare kin left ambiguous
    sure: set[tuple[int, int]] = field(default_factory=set)  # spans of the frames' own claims

    @property
    def ents(self) -> Entities:
        return self.d.ents

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, a)
        out = []
        while i < len(self.starts) and self.starts[i] < b:
            m = self.ms[self.order[i]]
            if not m.is_pronoun:
                out.append(m)
            i += 1
        return out


def read_frames(doc: StoryDoc, ms: list[Mention], d: Discourse) -> None:
    """Add the people, ties and facts that a list-style note states (see module doc)."""
    text = doc.text
    lines = doc.para_bounds
    role_lines = [(a, b) for a, b in lines if _ROLE_LABEL.match(text, a)]
    foo_lines = any(_FOO_LABEL.match(text, a) for a, b in lines)
    if not role_lines and not foo_lines and not d.roles:
        return
    if not role_lines and not foo_lines and not _headed(text, lines):
        return
    order = sorted(range(len(ms)), key=lambda i: ms[i].start)
    note = _Note(doc, ms, d, starts=[ms[i].start for i in order], order=order)
    _whole_names(note)
    _find_ip(note, role_lines)
    _married_clients(note)
    _role_words(note)
    _not_people(note)
    for a, b in lines:
        _read_line(note, a, b)
    _ages_and_deaths(note)
    # repairs: a pronoun guess that makes a parent their own child's child goes, one mother
    # and one father per person; then the kin nouns that were ambiguous before
    _drop_contradicted(note)
    _one_mother_one_father(note)
    for m, owner in note.retry[:]:
        _bare_kin(note, m, owner)
    rebound = _note_possessives(note)
    _drop_contradicted(note)
    _one_mother_one_father(note)
    _place_sides(note)
    _divorces(note)
    _known_referents(note, rebound)
    _one_mother_one_father(note)
    _stated_identity(note)
    _give_mentions(note)
    if note.ip is not None:
        for noun in ROLE_NAMES:
            d.roles.setdefault(noun, note.ip)


def _headed(text: str, lines: list[tuple[int, int]]) -> bool:
    """Two or more lines that open with a "Label:" (a note, not a story)."""
    n = 0
    for a, _b in lines:
        if _LABEL.match(text, a):
            n += 1
            if n >= 2:
                return True
    return False


# --- the identified patient ----------------------------------------------------------------

def _find_ip(note: _Note, role_lines: list[tuple[int, int]]) -> None:
    d, ents, text = note.d, note.ents, note.doc.text
    role = next((d.roles[k] for k in ("client", "ip", "patient", "pt") if k in d.roles), None)
    named: list[int] = []
    if role_lines:
        a, b = role_lines[0]
        hit = _ROLE_LABEL.match(text, a)
        assert hit is not None
        end = _clause_end(text, hit.end(), b)
        names = [m for m in note.mentions_in(hit.end(), end) if m.kind == "name"
                 and m.entity != -1 and not _in_brackets(text, hit.end(), m.start)]
        for m in names:
            e = ents.find(m.entity)
            if e not in named:
                named.append(e)
        if hit.group(1).lower() != "clients":
            named = named[:1]
    if role is not None and len(named) == 1:
        x, y = ents.find(role), named[0]
        if x != y and ents.compatible(x, y, names=False):
            ents.merge(x, y)
        role = ents.find(x)
    if len(named) > 1:
        note.ips = named
        note.ip = None
        return
    if role is None and named:
        role = named[0]
    if role is not None:
        note.ip = ents.find(role)
        note.ips = [note.ip]


#: "Married 2019." / "Married for 12 years;" / "Marital status: married": a note's statement,
#: with no subject, that the clients are married.
_CLIENTS_MARRIED = re.compile(r"(?:^|[.;]\s+)(?:Married\b(?!\s+(?:to|with)\b)|Marital(?:\s+status)?"
                              r"\s*:\s*married\b)", re.M)


def _married_clients(note: _Note) -> None:
    """ "Clients: A (58) and B (52). Married 2019": a note about two clients that says, with no
    subject, that they are married makes them spouses."""
    if len(note.ips) != 2:
        return
    hit = _CLIENTS_MARRIED.search(note.doc.text)
    if hit is None:
        return
    a, b = note.ips
    start = hit.end() - len(hit.group(0).lstrip(".; \n"))
    spouse = kin_term("spouse")
    assert spouse is not None
    note.ents.claim(a, spouse, b, (start, hit.end()))


# --- who is who: the role word, words that are not people ----------------------------------

#: Words of the note form that a tagger may take for a name ("Child Intake", "Progress Note").
_FORM_WORDS = frozenset([
    "intake", "assessment", "summary", "evaluation", "referral", "note", "notes", "consult",
    "consultation", "plan", "history", "hx", "session", "report", "progress", "update",
    "discharge", "impression", "impressions", "diagnosis", "genogram", "presenting", "household",
    "supports", "risk", "patterns", "hypotheses", "strengths", "outpatient", "inpatient",
    "psychosocial", "behavioral", "behavioural", "services", "clinician", "date", "soap",
    "subjective", "objective", "recommendations", "formulation", "collateral"])
_CONJ = frozenset(["and", "or", "&", "with"])


_CAP_WORD = re.compile(r"[A-Z][a-z\u00e0-\u00ff'\u2019]+")


def _whole_names(note: _Note) -> None:
    """A name the tagger cut at a hyphen ("Quennell" of "Frode Ketil-Quennell", "Arvo Sune" of
    "Arvo Sune-Hilke") is the whole capitalised run; a fragment that was taken for
    someone else with that surname ("Oddvar Quennell") becomes a person of its own."""
    text, ents, ms = note.doc.text, note.ents, note.ms
    changed = False
    for m in ms:
        if m.kind != "name" or m.entity == -1 or m.quote != -1:
            continue
        a, b = m.start, m.end
        while b + 1 < len(text) and text[b] == "-" and (hit := _CAP_WORD.match(text, b + 1)):
            b = hit.end()
        while a > 1 and text[a - 1] == "-" and (
                hit := re.search(r"[A-Z][\w'\u2019]*$", text[max(0, a - 30):a - 1])):
            a = a - 1 - len(hit.group(0))
        if (a, b) == (m.start, m.end):
            continue
        if a < m.start:   # given names before the hyphenated surname: "Frode Ketil-Quennell"
            for _ in range(2):
                hit = re.search(r"([A-Z][a-z'\u2019]+) $", text[max(0, a - 25):a])
                if not hit or hit.group(1).lower() in ROLE_NAMES | _FORM_WORDS or any(
                        o.start <= a - 1 < o.end for o in note.mentions_in(a - 25, a)):
                    break
                a -= len(hit.group(0))
        full = text[a:b]
        old = ents.find(m.entity)
        e = ents.get(old)
        others = [i for i in e.mentions if i != m.idx and ms[i].kind == "name"
                  and not names_match(full, ms[i].name or text[ms[i].start:ms[i].end])]
        if (m.start, m.end) in e.spans:
            e.spans.remove((m.start, m.end))
        if others:
            e.mentions.remove(m.idx)
            x = ents.new()
            ents.get(x).first = a
            ents.get(x).strong_mentions += 1
            ents.get(x).mentions.append(m.idx)
            m.entity = x
            e = ents.get(x)
        m.start, m.end, m.name = a, b, full
        e.spans.append((a, b))
        e.first = min(e.first, a)
        ents.add_name(m.entity, full)
        changed = True
    if changed:
        note.order = sorted(range(len(ms)), key=lambda i: ms[i].start)
        note.starts = [ms[i].start for i in note.order]


def _role_words(note: _Note) -> None:
    """Every bare "Client", "pt" or "IP" of a note (outside quotes) is the identified patient:
    one person, however the tagger read the word (a name after a heading, a description)."""
    if len(note.ips) > 1:
        return
    ents, text = note.ents, note.doc.text
    found: list[int] = []
    for m in note.ms:
        if m.entity == -1 or m.quote != -1 or m.kind not in ("name", "desc"):
            continue
        if text[m.start:m.end].lower() not in ROLE_NAMES:
            continue
        e = ents.find(m.entity)
        if e not in found:
            found.append(e)
    if not found:
        return
    ip = ents.find(note.ip) if note.ip is not None else found[0]
    for x in found:
        x = ents.find(x)
        if x == ip:
            continue
        na = _real_names(ents, ip)
        nb = _real_names(ents, x)
        if na and nb and not any(names_match(p, q) for p in na for q in nb):
            continue
        if ents.compatible(ip, x, names=False):
            ip = ents.merge(ip, x)
    e = ents.get(ip)
    e.names[:] = _real_names(ents, ip) or e.names
    note.ip = ip
    note.ips = [ip]


def _real_names(ents: Entities, ent: int) -> list[str]:
    return [n for n in ents.get(ent).names if n.lower() not in ROLE_NAMES]


def _not_people(note: _Note) -> None:
    """Drop "people" whose every mention is a word of the form: a heading word ("Intake"), or
    a capitalised word in a "Label:" followed by a lowercase word ("Foster care hx:")."""
    ents, text = note.ents, note.doc.text
    bad: set[int] = set()
    label_ends: dict[int, int] = {}
    for a, _b in note.doc.para_bounds:
        lab = _LABEL.match(text, a)
        if lab:
            label_ends[a] = lab.end(1)
    line_starts = sorted(label_ends)
    for m in note.ms:
        if m.kind != "name" or m.entity == -1:
            continue
        words = text[m.start:m.end].split()
        if all(w.lower().strip(".,") in _FORM_WORDS for w in words):
            bad.add(m.idx)
            continue
        i = bisect.bisect_right(line_starts, m.start) - 1
        if i < 0 or m.end > label_ends[line_starts[i]]:
            continue
        nxt = text[m.end:label_ends[line_starts[i]]].split()
        if nxt and nxt[0][:1].islower() and nxt[0] not in _CONJ and not text[m.end:].startswith(
                ("'s", "\u2019s")):
            bad.add(m.idx)
    if not bad:
        return
    for root in ents.roots():
        e = ents.items[root]
        own = [i for i in e.mentions if not note.ms[i].is_pronoun]
        if not own or any(i not in bad for i in own):
            continue
        for i in e.mentions:
            note.ms[i].entity = -1
        e.mentions.clear()
        e.spans.clear()
        e.names.clear()
        e.strong_mentions = 0
        ents.claims[:] = [c for c in ents.claims
                          if root not in (ents.find(c.possessor), ents.find(c.referent))]
        for noun, who in list(note.d.roles.items()):
            if ents.find(who) == root:
                del note.d.roles[noun]
        if note.ip is not None and ents.find(note.ip) == root:
            note.ip, note.ips = None, []


# --- one line -------------------------------------------------------------------------------

def _read_line(note: _Note, a: int, b: int) -> None:
    text = note.doc.text
    owner_line = note.foo_owner
    # a FOO section continues on a line that opens with a kin label
    first = _LABEL.match(text, a)
    if owner_line is not None and not (first and _kin_label(note, first.group(1), a)):
        owner_line = None
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
        for m in note.mentions_in(s, e):
            if m.idx not in note.done:
                _bare_kin(note, m, who)
        _unmentioned_kin(note, s, e, who)
        _abbreviations(note, s, e)


@dataclass
class _Label:
    term: KinTerm
    side: str | None
    owner: int | None        # "Janne's father:" -> Janne
    plural: bool
    span: tuple[int, int]


def _kin_label(note: _Note, words: str, at: int) -> _Label | None:
    ws = words.split()
    owner = None
    if ws and (ws[0].endswith("'s") or ws[0].endswith("\u2019s")) and len(ws) > 1:
        ms = [m for m in note.mentions_in(at, at + len(ws[0])) if m.entity != -1
              and m.kind in ("name", "desc")]
        kin_owner = _kin_owner(note, ws[0][:-2]) if not ms else None
        if not ms and kin_owner is None and ws[0][:-2].lower() not in ROLE_NAMES:
            return None
        owner = note.ents.find(ms[0].entity) if ms else kin_owner if kin_owner is not None else (
            note.ip)
        ws = ws[1:]
    side = None
    if ws and ws[0].lower() in _SIDES:
        side = _SIDES[ws[0].lower()]
        ws = ws[1:]
    while ws and ws[0].lower() in _LABEL_SKIP:
        ws = ws[1:]
    if not ws:
        return None
    if len(ws) == 1 and ws[0].lower() in ABBREVIATIONS:
        word, side = ABBREVIATIONS[ws[0].lower()]
        term = kin_term(word)
        assert term is not None
        return _Label(term, side, owner, word.endswith("s"), (at, at + len(words)))
    for width in range(min(3, len(ws)), 0, -1):
        term = kin_term(" ".join(ws[:width]))
        rest = ws[width:]
        if term is not None and (not rest or rest[0].lower() in _LABEL_TAIL):
            if term.path in ("G", "g"):
                return None
            low = " ".join(ws[:width]).lower()
            plural = low in _PLURAL_KIN or low.endswith("ren") or low.endswith("s") and (
                kin_term(low[:-1]) is not None)
            return _Label(term, side, owner, plural, (at, at + len(words)))
    return None


def _label_frame(note: _Note, label: _Label, lab: re.Match, end: int, sec: int | None) -> None:
    """ "Mother: Hjalmar Mads, 34." — the owner's relative, named by the first name after."""
    ents, text = note.ents, note.doc.text
    owner = label.owner if label.owner is not None else sec if sec is not None else note.ip
    if owner is None:
        return
    body_a = lab.end()
    inner = note.mentions_in(body_a, end)
    label_ms = [m for m in note.mentions_in(label.span[0], label.span[1]) if m.kind == "kin"]
    for m in label_ms:
        note.done.add(m.idx)
    if label.plural:
        if label.term.path == "P" and _DIVORCE.search(text, body_a, end):
            note.divorced.append((owner, (lab.start(1), end)))
        first_kin = next((m for m in inner if m.kind == "kin"), None)
        names = [m for m in inner if m.kind == "name" and m.entity != -1
                 and (first_kin is None or m.start < first_kin.start)
                 and not _in_brackets(text, body_a, m.start)]
        for m in names[:6]:
            ent = ents.find(m.entity)
            if ent == ents.find(owner):
                continue
            _relate(note, owner, _gendered(label.term, ents.gender(ent)), ent, label.span,
                    label.side)
            note.done.add(m.idx)
        return
    line_end = next((b for a, b in note.doc.para_bounds if a <= body_a < b), end)
    if label.term.path == "P" and not label.term.qual and not label.plural and (
            div := _DIVORCE.search(text, body_a, line_end)):
        note.divorced.append((owner, (div.start(), div.end())))   # "Father: ...; div. 2017"
    target: int | None = None
    first = inner[0] if inner else None
    if first is not None and first.kind == "kin" and first.entity != -1 and (
            first.possessor != -1 or first.possessor_tok != -1):
        if first.kin is not None and first.kin.path == label.term.path:
            target = ents.find(first.entity)   # "Father: Client's father, Ulrike Ulf, ..."
    elif first is not None and first.kind == "name" and first.entity != -1 and not _NOBODY.match(
            text, body_a):
        target = _named(note, owner, label.term, label.side, first.entity)
        note.done.add(first.idx)
    if target is None:
        target = _holder(note, owner, label.term, label.side)
        if target == -1:
            return
    if target is None:
        if _NOBODY.match(text, body_a) or body_a >= end:
            return
        unresolved = [m for m in label_ms if m.entity != -1]
        target = ents.find(unresolved[0].entity) if unresolved else _new(note, label.span)
    for m in label_ms:
        _attach(note, m, target)
    if target != ents.find(owner):
        _relate(note, owner, label.term, target, label.span, label.side)


def _named(note: _Note, owner: int, term: KinTerm, side: str | None, ent: int) -> int:
    """The named person ``ent`` is ``term`` of ``owner``: an unnamed one already known in that
    role ("his mother" before "Mother: Kalle") is the same person."""
    ents = note.ents
    target = ents.find(ent)
    held = _known(note, owner, term, side)
    if held is not None and held != target and not ents.get(held).names and ents.compatible(
            held, target):
        target = ents.merge(held, target)
    return target


# --- bare kin nouns -------------------------------------------------------------------------

def _bare_kin(note: _Note, m: Mention, owner: int) -> None:
    """A kin noun with no possessor ("with mother", "Grandmother reports", "Father Preben")."""
    ents, text, ms = note.ents, note.doc.text, note.ms
    if m.quote != -1:
        return
    term = m.kin if m.kind == "kin" else m.title if m.kind == "name" else None
    if term is None or term.path in ("G", "g") or m.of_tok or m.plural:
        return
    if m.possessor != -1 and (ms[m.possessor].entity == -1 or ents.find(
            ms[m.possessor].entity) != ents.find(owner) or m.kind != "kin"
            or text[ms[m.possessor].start:ms[m.possessor].end].lower() not in ROLE_NAMES):
        return   # someone's own kin phrase; "Pt's mother, Jarl" goes on
    if m.possessor_tok != -1 and note.doc.toks[m.possessor_tok].lower not in ROLE_NAMES:
        return
    toks = note.doc.toks
    if any(toks[c].dep in ("det", "nummod") or toks[c].lower in _NOT_OWNERS
           for c in toks[m.head].children if c < m.head):
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


def _unmentioned_kin(note: _Note, a: int, b: int, owner: int) -> None:
    """Kin words the mention finder left alone because nothing anchors them: "parents Pernille
    (70) and Ove (67) Dyveke" (each name is the owner's parent), "Younger half-sister (Janne,
    10F)" (the name is the owner's half-sister)."""
    doc, ents, text = note.doc, note.ents, note.doc.text
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
            names = []
            pos = last.end
            for m in note.mentions_in(last.end, b):
                if m.kind != "name" or m.entity == -1 or not _NAME_GAP.match(text[pos:m.start]):
                    break
                if ents.find(m.entity) != ents.find(owner):
                    names.append(m)
                pos = m.end
            limit = 2 if term.path == "P" else 4 if term.path == "PP" else 8
        else:
            named = _name_after_span(note, last.end, b)
            names = [named] if named is not None else []
            limit = 1
        for m in names[:limit]:
            ent = ents.find(m.entity)
            if _claimed(ents, owner, ent, term):
                continue
            _relate(note, owner, _gendered(term, ents.gender(ent)), ent, (t.start, last.end),
                    side)
            note.done.add(m.idx)


def _abbreviations(note: _Note, a: int, b: int) -> None:
    """MGM, MGF, PGM, PGF: the IP's grandparents on one side (named when a name follows)."""
    ip = note.ip
    if ip is None:
        return
    text, ents = note.doc.text, note.ents
    for hit in _ABBREV_RE.finditer(text, a, b):
        word, side = ABBREVIATIONS[hit.group(1).lower()]
        if word.endswith("s"):
            continue
        term = kin_term(word)
        assert term is not None
        span = (hit.start(), hit.end())
        named = _name_after_span(note, span[1], b)
        target = _known(note, ip, term, side)
        if named is not None:
            n = ents.find(named.entity)
            if target is not None and target != n and not ents.get(target).names and (
                    ents.compatible(target, n)):
                target = ents.merge(target, n)
            elif target is None:
                target = n
        if target is None:
            target = _new(note, span)
        e = ents.get(target)
        if span not in e.spans:
            e.spans.append(span)
            e.first = min(e.first, span[0])
        e.gender_votes[term.gender or "unknown"] += 3 if term.gender else 0
        if not _claimed(ents, ip, target, term):
            _relate(note, ip, term, target, span, side)
        else:
            note.sides.setdefault(target, (ip, side))
        note.abbrev_spans.append((span, target))


# --- ages and deaths ------------------------------------------------------------------------

def _ages_and_deaths(note: _Note) -> None:
    text, ents, ms = note.doc.text, note.ents, note.ms
    for m in ms:
        if m.entity == -1 or m.quote != -1 or m.kind not in ("name", "desc", "kin"):
            continue
        if re.search(r"[)\"\u201d]\s*$", text[max(0, m.start - 3):m.start]):
            continue   # the surname after a nickname: 'Rigmor ("Bix") Mads, 15M'
        e = ents.get(m.entity)
        hit = _AGE_AFTER.match(text, m.end) if m.kind == "name" else None
        if hit is None:
            hit = _AGE_IS.match(text, m.end)
            if hit is not None and m.kind == "kin" and m.possessor == -1:
                hit = None
        if hit is None:
            continue
        age = int(hit.group(1))
        if not 0 < age < 111:
            continue
        if e.age is None:
            e.age = age
            e.evidence.setdefault("age", []).append((m.start, hit.end()))
        sex = (hit.group(2) or "")[:1].lower() if hit.re is _AGE_AFTER else ""
        if sex in ("m", "f"):
            e.gender_votes["male" if sex == "m" else "female"] += 3
    # role words with no mention of their own: "IP is a 15 y/o"
    if note.ip is not None:
        e = ents.get(note.ip)
        for hit in re.finditer(r"\b(?:IP|Pt|Client|Patient)\b" + _AGE_IS.pattern, text):
            if e.age is None:
                e.age = int(hit.group(1))
                e.evidence.setdefault("age", []).append((hit.start(), hit.end()))
    abbrev = note.abbrev_spans
    for a, b in note.doc.para_bounds:
        for hit in _DEATH.finditer(text, a, b):
            # inside its own bracket: "Ida Marr (deceased 2011, stroke)" is about Ida Marr
            at = hit.start() + (text[hit.start()] == "(")
            who = _subject_at(note, a, at, abbrev)
            if who is None:
                continue
            e = ents.get(who)
            e.deceased = True
            e.evidence.setdefault("deceased", []).append((hit.start(), hit.end()))
            year = hit.group(1) or hit.group(2)
            if year and e.death_year is None:
                e.death_year = int(year)


def _subject_at(note: _Note, line_a: int, p: int,
                abbrev: list[tuple[tuple[int, int], int]]) -> int | None:
    """Who a "d. 2015" at ``p`` is about: the person whose bracket it sits in ("maternal
    grandmother ("Nani," d. 2003)"), else the first person of its clause."""
    text = note.doc.text
    depth, q = 0, p - 1
    open_at = -1
    while q >= line_a:
        c = text[q]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                open_at = q
                break
            depth -= 1
        elif depth == 0 and c in ";:" or depth == 0 and _ends_clause(text, q):
            break
        q -= 1
    people = _people_in(note, max(q + 1, line_a), p, abbrev)
    if open_at != -1:
        before = [x for x in _people_in(note, max(line_a, open_at - 60), open_at, abbrev)
                  if text[x[1]:open_at].strip() in ("", ",")]
        if before:
            return before[-1][2]
        inside = [x for x in people if x[0] > open_at]
        return inside[0][2] if inside else None
    top = [x for x in people if not _in_brackets(text, max(q + 1, line_a), x[0])]
    return top[0][2] if top else None


def _people_in(note: _Note, a: int, b: int,
               abbrev: list[tuple[tuple[int, int], int]]) -> list[tuple[int, int, int]]:
    out = [(m.start, m.end, note.ents.find(m.entity)) for m in note.mentions_in(a, b)
           if m.entity != -1 and m.kind in ("name", "kin", "desc") and m.end <= b]
    out += [(s, e, note.ents.find(t)) for (s, e), t in abbrev if a <= s and e <= b]
    return sorted(out)


# --- sides, divorces ------------------------------------------------------------------------

def _place_sides(note: _Note) -> None:
    """A maternal grandmother is the mother's mother, once the mother is known; a maternal aunt
    the mother's sister. (Not a maternal half-sibling: the mother's child would become her
    husband's too in :mod:`build`, which is exactly what "half" denies.)"""
    ents, text = note.ents, note.doc.text
    for c in ents.claims:   # "his maternal grandmother" read before this step
        if c.term.path in ("PP", "PS") and not c.title_only and not c.in_quote:
            side = next((_SIDES[w] for w in text[max(0, c.span[0] - 10):c.span[1]].lower().split()
                         if w in ("maternal", "paternal")), None)
            if side is not None:
                note.sides.setdefault(ents.find(c.referent), (ents.find(c.possessor), side))
    for ent, (owner, side) in list(note.sides.items()):
        parent_word = "mother" if side == "maternal" else "father"
        parent_term = kin_term(parent_word)
        assert parent_term is not None
        parent = _holder(note, owner, parent_term, None)  # a stated one outranks a guess
        if parent is None or parent == -1:
            continue
        ent = ents.find(ent)
        if parent == ent:
            continue
        rel = next((c for c in ents.claims if ents.find(c.possessor) == ents.find(owner)
                    and ents.find(c.referent) == ent), None)
        if rel is None:
            continue
        path = rel.term.path
        g = ents.gender(ent) or rel.term.gender
        if path == "PP":
            term = _GENDERED.get(("P", frozenset(), g or "")) or kin_term("parent")
        elif path == "PS":
            term = _GENDERED.get(("S", frozenset(), g or "")) or kin_term("sibling")
        else:
            continue
        assert term is not None
        if not _claimed(ents, parent, ent, term):
            ents.claim(parent, term, ent, rel.span)


def _divorces(note: _Note) -> None:
    ents = note.ents
    mother, father, ex = kin_term("mother"), kin_term("father"), kin_term("ex")
    assert mother is not None and father is not None and ex is not None
    for owner, span in note.divorced:
        ms_, fs = ents.holders(owner, mother), ents.holders(owner, father)
        if len(ms_) == 1 and len(fs) == 1:
            a, b = ms_.pop(), fs.pop()
            if a != b:
                ents.claim(a, ex, b, span)


# --- helpers --------------------------------------------------------------------------------

def _relate(note: _Note, owner: int, term: KinTerm, target: int, span: tuple[int, int],
            side: str | None, *, title: bool = False) -> None:
    ents = note.ents
    owner, target = ents.find(owner), ents.find(target)
    if owner == target:
        return
    if not _claimed(ents, owner, target, term):
        ents.claim(owner, term, target, span, title_only=title)
        note.sure.add(span)
    if term.gender and not (ents.get(target).gender_votes or ents.get(target).name_votes):
        ents.get(target).gender_votes[term.gender] += 3
    if side and term.path in ("PP", "PS"):
        note.sides[target] = (owner, side)


def _claimed(ents: Entities, owner: int, target: int, term: KinTerm) -> bool:
    o, t = ents.find(owner), ents.find(target)
    return any(ents.find(c.possessor) == o and ents.find(c.referent) == t
               and c.term.path == term.path for c in ents.claims)


def _holder(note: _Note, owner: int, term: KinTerm, side: str | None) -> int | None:
    """The one person already known as ``term`` of ``owner`` (on ``side``, if given)."""
    ents = note.ents
    found = ents.holders(owner, term)
    if side is not None:
        found = {x for x in found if note.sides.get(x, (owner, side))[1] == side}
    if len(found) > 1:   # a stated tie outranks a title ("Nana Lu"), a named one an unnamed one
        o = ents.find(owner)
        stated = {x for x in found if any(
            not c.title_only and ents.find(c.possessor) == o and ents.find(c.referent) == x
            and c.term.path == term.path and c.term.qual - {"late"} == term.qual - {"late"}
            for c in ents.claims)}  # a stepfather is not stated as the father
        found = stated or found
    if len(found) > 1:
        named = {x for x in found if ents.get(x).names}
        if len(named) == 1:
            found = named
    if len(found) == 1:
        return ents.find(found.pop())
    if found:
        return -1      # several: ambiguous
    if term.gender is None:
        return ents.lookup(owner, term)
    # "father" when the parents were named without a gender: the one who may be him
    o = ents.find(owner)
    loose = {ents.find(c.referent) for c in ents.claims
             if ents.find(c.possessor) == o and c.term.path == term.path and c.term.gender is None
             and c.term.qual == term.qual}
    loose = {x for x in loose if ents.gender(x) in (None, term.gender)}
    if len(loose) == 1:
        return loose.pop()
    return -1 if loose else None


def _known(note: _Note, owner: int, term: KinTerm, side: str | None) -> int | None:
    """:func:`_holder`, None when ambiguous too."""
    h = _holder(note, owner, term, side)
    return None if h == -1 else h


def _gendered(term: KinTerm, gender: str | None) -> KinTerm:
    if term.gender is not None or gender not in ("male", "female"):
        return term
    return _GENDERED.get((term.path, term.qual, gender), term)


def _plain_kin_span(text: str, m: Mention) -> bool:
    """The words of a kin mention are kin words and their modifiers ("maternal half-sister")."""
    words = text[m.start:m.end].lower().replace("-", " ").split()
    ok = set(_SIDES) | _LABEL_SKIP | {"half", "step", "great", "grand", "foster", "adoptive",
                                      "twin", "in", "law"}
    return all(w in ok or kin_term(w) is not None for w in words)


def _side_of(text: str, m: Mention) -> str | None:
    words = text[max(0, m.start - 10):m.end].lower().split()
    for w in words:
        if w in ("maternal", "paternal"):
            return w
    return None


def _name_after(note: _Note, m: Mention) -> Mention | None:
    """The name a kin noun is given: in apposition, or right after it ("mother Gaute Ilsabe",
    "maternal grandmother (Ragna Mads, 66)", "Mother: Hjalmar")."""
    for j in m.same_as:
        o = note.ms[j]
        if o.kind == "name" and o.entity != -1:
            return o
    return _name_after_span(note, m.end, m.end + 40)


def _name_after_span(note: _Note, end: int, limit: int) -> Mention | None:
    text = note.doc.text
    for o in note.mentions_in(end, min(limit, end + 40)):
        gap = text[end:o.start]
        if o.kind == "name" and o.entity != -1 and re.fullmatch(
                r"\s*[,(:]?\s*[\"'\u201c\u2018]?", gap):
            return o
        break
    return None


def _floating(ents: Entities, ent: int, ms: list[Mention]) -> bool:
    """An unnamed person known only from bare kin nouns: free to be anchored."""
    e = ents.get(ent)
    if e.names or e.narrator:
        return False
    return all(ms[i].kind == "kin" and ms[i].possessor == -1 for i in e.mentions)


def _attach(note: _Note, m: Mention, target: int) -> None:
    """Bind mention ``m`` to ``target``: merge a floating unnamed person it named, else move it."""
    ents = note.ents
    target = ents.find(target)
    if m.entity != -1:
        old = ents.find(m.entity)
        if old == target:
            return
        if _floating(ents, old, note.ms) and ents.compatible(old, target):
            ents.merge(old, target)
            return
        eo = ents.get(old)
        if m.idx in eo.mentions:
            eo.mentions.remove(m.idx)
        if (m.start, m.end) in eo.spans:
            eo.spans.remove((m.start, m.end))
        ents.claims[:] = [c for c in ents.claims if c.span != (m.start, m.end)]
    m.entity = target
    e = ents.get(target)
    e.mentions.append(m.idx)
    e.spans.append((m.start, m.end))
    e.first = min(e.first, m.start)
    e.strong_mentions += 1
    if m.gender:
        e.gender_votes[m.gender] += 3
    desc = note.doc.text[m.start:m.end]
    if m.kind == "kin" and desc not in e.descs:
        e.descs.append(desc)


def _new(note: _Note, span: tuple[int, int]) -> int:
    ents = note.ents
    x = ents.new()
    note.created.append(x)
    e = ents.get(x)
    e.first = span[0]
    e.descs.append(note.doc.text[span[0]:span[1]])
    e.spans.append(span)
    e.strong_mentions += 1
    return x


def _kin_owner(note: _Note, word: str) -> int | None:
    """The patient's relative a kin word or abbreviation names ("Mother's siblings:",
    "Stepfather's FOO:", "MGM's sister"), when exactly one is known."""
    if note.ip is None:
        return None
    low = word.lower()
    side = None
    if low in ABBREVIATIONS:
        low, side = ABBREVIATIONS[low]
    term = kin_term(low)
    if term is None or term.path in ("G", "g"):
        return None
    return _known(note, note.ip, term, side)


def _foo_owner(note: _Note, hit: re.Match) -> int | None:
    if not hit.group(1):
        return note.ip
    ents, name = note.ents, hit.group(1)
    kin_owner = _kin_owner(note, name)
    if kin_owner is not None:
        return kin_owner
    for m in note.mentions_in(hit.start(1), hit.end(1)):
        if m.entity != -1 and m.kind in ("name", "desc"):
            e = ents.find(m.entity)
            # "Alvar FOO" read as a full name: the Alvar named before
            if all(n == name or "FOO" in n.split() for n in ents.get(e).names):
                known = {ents.find(x) for x in ents.by_word.get(name.split()[0].lower(), ())}
                known = {x for x in known if x != e and ents.get(x).first < ents.get(e).first
                         and any(names_match(name, n) for n in ents.get(x).names)}
                if len(known) == 1:
                    x = known.pop()
                    if ents.compatible(x, e, names=False):
                        e = ents.merge(x, e)
            return e
    if hit.group(1).lower() in ROLE_NAMES:
        return note.ip
    found = note.ents.find_by_name(hit.group(1))
    return note.ents.find(found) if found is not None else None


def _ends_clause(text: str, q: int) -> bool:
    """A "." at ``q`` that ends a clause (not "d.", "Dr.", "R." or "2.5")."""
    if text[q] != ".":
        return False
    nxt = text[q + 1:q + 2]
    if nxt and not nxt.isspace():
        return False
    w = q
    while w > 0 and (text[w - 1].isalnum() or text[w - 1] in "./"):
        w -= 1
    word = text[w:q].lower()
    if word in _ABBREV_DOTS:
        # "... living with pt. Pt states": an abbreviation that can end a sentence does when
        # a capital follows
        rest = text[q + 1:q + 4].lstrip(" ")
        return word in _ABBREV_ENDS and rest[:1].isupper()
    return not (len(word) == 1 and text[w].isupper())


def _clause_end(text: str, pos: int, limit: int) -> int:
    """End of the clause starting at ``pos``: the next ";" or sentence-ending "." outside
    brackets, else ``limit``."""
    depth = 0
    q = pos
    while q < limit:
        c = text[q]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (c in ";!?" or c == "." and _ends_clause(text, q)):
            return q
        q += 1
    return limit


def _in_brackets(text: str, a: int, p: int) -> bool:
    """Is ``p`` inside an open bracket that starts after ``a``?"""
    seg = text[a:p]
    return seg.count("(") > seg.count(")")


# --- consolidation, stated identity, mentions for people of the frames --------------------

def _one_mother_one_father(note: _Note) -> None:
    """A person has one (biological) mother and one father: an unnamed "his mother" and the
    "Mother: Kalle Fenwick" of the same person are one woman (a kin phrase read before the
    frame named her). Several named ones are left alone."""
    ents = note.ents
    f = ents.find
    weak = _guess_spans(note, ("they",))
    for _round in range(2):
        by: dict[tuple[int, str], list[int]] = {}
        for c in ents.claims:
            if c.term.path != "P" or c.in_quote or c.term.qual - {"late"} or c.span in weak:
                continue
            o, r = f(c.possessor), f(c.referent)
            g = ents.gender(r) or c.term.gender
            if g not in ("male", "female") or o == r:
                continue
            lst = by.setdefault((o, g), [])
            if r not in lst:
                lst.append(r)
        changed = False
        for (_o, _g), held in by.items():
            held = list(dict.fromkeys(f(x) for x in held))
            if len(held) < 2:
                continue
            named = [x for x in held if ents.get(x).names]
            if len(named) > 1:
                continue
            target = named[0] if named else min(held, key=lambda x: ents.get(x).first)
            for x in held:
                x, target = f(x), f(target)
                if x == target or ents.get(x).names:
                    continue
                if not ents.compatible(target, x):
                    _drop_guesses_between(note, target, x)
                if ents.compatible(target, x):
                    target = ents.merge(target, x)
                    changed = True
        if not changed:
            break


_IDENTITY = re.compile(
    r"\b(?:identif(?:ies|y|ied)\s+as\s+(?:non-?binary|genderqueer|agender|gender-?fluid|enby)"
    r"|uses?\s+they\s*/\s*them(?:\s+pronouns)?)", re.I)


def _stated_identity(note: _Note) -> None:
    """"Client identifies as nonbinary and uses they/them pronouns": the subject of that clause
    is nonbinary (a stated identity outweighs the kin words others use)."""
    text, ents = note.doc.text, note.ents
    for a, b in note.doc.para_bounds:
        for hit in _IDENTITY.finditer(text, a, b):
            q = hit.start() - 1
            while q > a and not (text[q] in ";:" or _ends_clause(text, q)):
                q -= 1
            people = _people_in(note, q, hit.start(), [])
            if not people:
                continue
            e = ents.get(people[0][2])
            if e.gender_votes["nonbinary"] < 9:
                e.gender_votes["nonbinary"] += 9
                e.evidence.setdefault("gender", []).append((hit.start(), hit.end()))


def _give_mentions(note: _Note) -> None:
    """A person this step made up from a label or an abbreviation ("MGF with hx of alcohol
    use") gets a mention of its own, so that it is kept as a person."""
    ents, doc = note.ents, note.doc
    for x in note.created:
        r = ents.find(x)
        e = ents.get(r)
        if e.mentions or not e.spans:
            continue
        if not any(r in (ents.find(c.possessor), ents.find(c.referent)) for c in ents.claims):
            continue
        a, b = min(e.spans)
        words = doc.text[a:b]
        term = kin_term(words.lower())
        if term is None and words.lower() in ABBREVIATIONS:
            term = kin_term(ABBREVIATIONS[words.lower()][0])
        m = Mention(idx=len(note.ms), start=a, end=b, head=max(doc.tok_at(a), 0), kind="kin",
                    kin=term, gender=term.gender if term else None, entity=r)
        note.ms.append(m)
        e.mentions.append(m.idx)
    # every later "PGM", "MGF" too: a verb whose subject it is ("PGF and PGM separated in
    # 2010") finds its person only through a mention at that word
    heads = {m.head for m in note.ms}
    for (a, b), x in note.abbrev_spans:
        head = doc.tok_at(a)
        if head < 0 or head in heads or doc.text[a:b].lower() not in ABBREVIATIONS:
            continue
        r = ents.find(x)
        term = kin_term(ABBREVIATIONS[doc.text[a:b].lower()][0])
        m = Mention(idx=len(note.ms), start=a, end=b, head=head, kind="kin", kin=term,
                    gender=term.gender if term else None, entity=r)
        note.ms.append(m)
        ents.get(r).mentions.append(m.idx)
        heads.add(head)


def _guess_spans(note: _Note, pronouns: tuple[str, ...] = ("he", "she", "they")
                 ) -> set[tuple[int, int]]:
    """Spans of kin phrases whose owner was guessed: a pronoun ("their only child") or no
    word at all ("was a boy")."""
    ms = note.ms
    return {(m.start, m.end) for m in ms if m.kind == "kin" and (
        m.possessor == -1 and m.possessor_tok == -1
        or m.possessor != -1 and ms[m.possessor].kind in pronouns)} - note.sure


def _drop_guesses_between(note: _Note, a: int, b: int) -> None:
    """Two people the frames say are one (the patient's one father) are kept apart only by
    guessed claims between them: those claims go."""
    ents = note.ents
    pair = {ents.find(a), ents.find(b)}
    between = [c for c in ents.claims if {ents.find(c.possessor), ents.find(c.referent)} == pair]
    guesses = _guess_spans(note)
    if between and all(c.span in guesses and not c.title_only for c in between):
        spans = {c.span for c in between}
        ents.claims[:] = [c for c in ents.claims if c.span not in spans]


# --- possessive pronouns in notes -----------------------------------------------------------

_PRONOUN_GENDER = {"he": "male", "she": "female"}


def _note_possessives(note: _Note) -> list[Mention]:
    """In a note a "his"/"her" before a kin word belongs to the nearest person before it in its
    clause ("Grandmother reports alcohol use in her father", "MGM describes relationship with
    her daughter", "warm relationship with grandmother and her partner"): the telegraphic
    clauses of notes leave no other candidate. Returns the kin mentions whose owner changed."""
    ents, ms = note.ents, note.ms
    out: list[Mention] = []
    for m in ms:
        if m.kind != "kin" or m.kin is None or m.possessor == -1 or m.quote != -1 or (
                m.entity == -1):
            continue
        pm = ms[m.possessor]
        g = _PRONOUN_GENDER.get(pm.kind)
        if g is None or pm.entity == -1 or pm.quote != -1:
            continue
        a = _clause_start(note, pm.start)
        ref = ents.find(m.entity)
        best = subject = None
        for o in note.mentions_in(a, pm.start):
            if (o.entity == -1 or o.quote != -1 or o.kind not in ("name", "kin", "desc")
                    or o.end > pm.start or o.plural):
                continue
            x = ents.find(o.entity)
            if x == ref or ents.gender(x) != g:
                continue
            if best is None or o.start >= best.start:
                best = o
            if subject is None and note.doc.toks[o.head].dep in ("nsubj", "nsubjpass"):
                subject = o
        best = subject or best
        if best is None:
            continue
        new, old = ents.find(best.entity), ents.find(pm.entity)
        if new == old:
            continue
        span = (m.start, m.end)
        mine = [c for c in ents.claims if c.span == span and ents.find(c.possessor) == old]
        if not mine:
            continue
        _move_mention(note, pm, new)
        out.append(m)
        e = ents.get(ref)
        if e.names or any(i != m.idx and not ms[i].is_pronoun for i in e.mentions):
            # the phrase was taken for someone the old owner has: it names someone else
            ents.claims[:] = [c for c in ents.claims if c.span != span]
            held = _known(note, new, m.kin, _side_of(note.doc.text, m))
            target = held if held is not None else _new(note, span)
            _attach(note, m, target)
            _relate(note, new, m.kin, target, span, None)
        else:
            for c in mine:
                c.possessor = new
    return out


def _clause_start(note: _Note, p: int) -> int:
    text = note.doc.text
    i = bisect.bisect_right([a for a, _b in note.doc.para_bounds], p) - 1
    line_a = note.doc.para_bounds[i][0] if i >= 0 else 0
    q = p - 1
    while q > line_a and not (text[q] in ";:" or _ends_clause(text, q)):
        q -= 1
    return q


def _move_mention(note: _Note, m: Mention, target: int) -> None:
    ents = note.ents
    old = ents.get(m.entity)
    if m.idx in old.mentions:
        old.mentions.remove(m.idx)
    if (m.start, m.end) in old.spans:
        old.spans.remove((m.start, m.end))
    m.entity = ents.find(target)
    e = ents.get(target)
    e.mentions.append(m.idx)
    e.spans.append((m.start, m.end))


def _drop_contradicted(note: _Note) -> None:
    """A kin phrase owned by a pronoun ("their only child", "her father") whose reading makes
    a parent the child of their own child is a wrong guess about the pronoun: all its claims
    go (the frames state the tie the other way)."""
    ents, ms = note.ents, note.ms
    f = ents.find

    def up(c: Claim) -> tuple[int, int] | None:   # (parent, child)
        if c.term.path == "P":
            return f(c.referent), f(c.possessor)
        if c.term.path == "C":
            return f(c.possessor), f(c.referent)
        return None

    by_span: dict[tuple[int, int], Mention] = {}
    for m in ms:
        if m.kind == "kin" and m.possessor != -1 and ms[m.possessor].is_pronoun:
            by_span[(m.start, m.end)] = m
    pronoun_claims = [c for c in ents.claims if c.span in by_span]
    if not pronoun_claims:
        return
    firm = {up(c) for c in ents.claims if c.span not in by_span and up(c) is not None}
    bad: set[tuple[int, int]] = set()
    for c in pronoun_claims:
        t = up(c)
        if t is not None and (t[1], t[0]) in firm:
            bad.add(c.span)
    if bad:
        ents.claims[:] = [c for c in ents.claims if c.span not in bad]


def _known_referents(note: _Note, rebound: list[Mention]) -> None:
    """A kin phrase given a new owner names the one that owner is already known to have
    ("her daughter" of the grandmother is the mother of the patient)."""
    ents = note.ents
    for m in rebound:
        if m.entity == -1 or m.kin is None:
            continue
        r = ents.find(m.entity)
        e = ents.get(r)
        if e.names or any(note.ms[i].kind != "kin" for i in e.mentions
                          if not note.ms[i].is_pronoun):
            continue
        owner = next((ents.find(c.possessor) for c in ents.claims
                      if c.span == (m.start, m.end) and ents.find(c.referent) == r), None)
        if owner is None:
            continue
        found = ents.holders(owner, m.kin) - {r}
        if len(found) != 1:
            continue
        h = found.pop()
        ents.claims[:] = [c for c in ents.claims if not (
            c.span == (m.start, m.end) and ents.find(c.referent) == r)]
        if ents.compatible(h, r):
            ents.merge(h, r)
