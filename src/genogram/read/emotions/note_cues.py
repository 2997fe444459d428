"""A clinical note's relationship verdicts: "Enmeshed w/ mother", "No contact w/ father since
2019", "Strong attachment to MGM", "Conflictual relationship w/ brother", "Pt declines phone
contact with father", "Gets along well with stepfather".

Notes write in fragments the parser reads badly ("w/" taken for a proper noun, a verdict with no
verb or no subject), so this reader goes by word order, not by the parse: within one fragment (a
sentence cut at ";" and ":"), a cue phrase ending in its preposition, the people named right after
it (a list joined by "and"/"or"), and the people named before it; a fragment with nobody before
the cue is about the identified patient (the note's "IP", "Client", "Pt"). Only stories with such
a role are read this way, and a cue under a denial ("denies conflict with ...") gives nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from genogram.read.emotions.lexicon import REL_QUALITY
from genogram.read.emotions.reader import LinkReader
from genogram.read.lexicon import kin_term

_WITH = r"(?:w/|with)"
_ADJ = r"(?:\w+[ -]){0,2}"  # up to two words between a quality and its noun: "strong emotional"

#: Cue phrases, each ending in the preposition that introduces the other person, and the link
#: type each gives.
NOTE_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), type_) for p, type_ in (
        (rf"\b(?:enmeshed|enmeshment|fused|over-?involved|codependent|co-dependent)\s+"
         rf"(?:{_WITH}|to)\s", "fused"),
        (rf"\b(?:no|zero)\s+{_ADJ}contact\s+(?:{_WITH}|from)\s", "cutoff"),
        (rf"\bnot\s+in\s+contact\s+{_WITH}\s", "cutoff"),
        (rf"\bno\s+relationship\s+{_WITH}\s", "cutoff"),
        (rf"\b(?:cut\s*off|cutoff|estranged|estrangement)\s+(?:{_WITH}|from)\s", "cutoff"),
        (rf"\b(?:limited|minimal|infrequent|sporadic|little|rare|occasional)\s+{_ADJ}contact\s+"
         rf"(?:{_WITH}|from)\s", "distant"),
        (rf"\b(?:declines?|declined|refuses?|refused|avoids?|avoided)\s+{_ADJ}"
         rf"(?:contact|calls|visits)\s+(?:{_WITH}|from|to)\s", "distant"),
        (rf"\b(?:distant|disengaged)\s+(?:{_WITH}|from|to|toward|towards)\s", "distant"),
        (rf"\b(?:strong|close|secure|warm|good|positive|supportive|loving)\s+{_ADJ}"
         rf"(?:attachment|bond|relationship|connection)\s+(?:{_WITH}|to)\s", "close"),
        (rf"\b(?:attached|bonded|close)\s+(?:to|{_WITH})\s", "close"),
        (rf"\bgets?\s+along\s+(?:well|great|fine|very\s+well)\s+{_WITH}\s", "close"),
        (rf"\b(?:conflictual|conflicted|strained|poor|tense|volatile|difficult)\s+{_ADJ}"
         rf"(?:relationship|relations)\s+{_WITH}\s", "conflict"),
        (rf"\b(?:conflict|conflicts|conflictual|tension|friction|discord)\s+{_WITH}\s",
         "conflict"),
        (rf"\b(?:does\s+not|doesn't|do\s+not|don't)\s+get\s+along\s+{_WITH}\s", "conflict"),
        (rf"\b(?:hostile|antagonistic)\s+(?:{_WITH}|to|toward|towards)\s", "hostile"),
        (rf"\bfriendly\s+{_WITH}\s", "friend"),
    ))

#: Words that deny or doubt what follows in the fragment: "denies conflict with mother", "no
#: conflict w/ father", "r/o".
_DENIAL = re.compile(r"\b(?:denies|denied|deny|no|not|never|without|n't|r/o|rule\s+out)\b"
                     r"|n't\b", re.IGNORECASE)

#: What may stand between two people of one list: "MGM and Uncle P", "sister and from stepmother".
_LIST_GAP = re.compile(r"^[\s,]*(?:and|or|&|,)?\s*(?:(?:w/|with|to|from)\s+)?"
                       r"(?:(?:his|her|their|the|pt's|ip's|client's)\s+)?$", re.IGNORECASE)

#: An age, a note or a nickname between two names of one person: "Rey Vasto (40)".
_ASIDE = re.compile(r"\([^()]*\)|[\"\u201c\u201d]")

#: What may stand between a cue's preposition and its first person: "with her maternal".
_LEAD_GAP = re.compile(r"^\s*(?:(?:his|her|their|the|both|pt's|ip's|client's|\w+al)\s+){0,3}$",
                       re.IGNORECASE)


#: Two person words joined by a hyphen or dash: "MGM-uncle", "Stepfather-IP", "mother–IP".
_DYAD = re.compile(r"\b[A-Za-z][\w']*\s?[-\u2013]\s?[A-Za-z][\w']*\b")

#: The words that give a note's dyad its link type ("strained", "cutoff", "enmeshed").
DYAD_QUALITY: dict[str, str] = {
    **{w: t for w, t in REL_QUALITY.items() if t in ("conflict", "distant", "fused")},
    **dict.fromkeys(["cutoff", "cut-off", "estranged", "estrangement"], "cutoff"),
    **dict.fromkeys(["conflict", "conflictual", "conflicted"], "conflict"),
    **dict.fromkeys(["enmeshed", "enmeshment", "fused", "fusion"], "fused"),
    **dict.fromkeys(["close"], "close"),
}


#: The same verdicts with nobody after them, said in a relative's section of the note
#: ("Father: ... Remarried; distant.", "Mother: ... IP refuses most calls."): between the
#: patient and that relative.
SECTION_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), type_) for p, type_ in (
        (r"\b(?:no|zero)\s+(?:\w+\s+){0,2}contact\b", "cutoff"),
        (r"\b(?:cut\s*off|cutoff|estranged)\b", "cutoff"),
        # "Father: ...; has not been involved for years", "whereabouts unknown"
        (r"\b(?:not|never)\s+(?:been\s+)?(?:\w+\s+)?involved\b|\bwhereabouts\s+unknown\b",
         "cutoff"),
        (r"\buninvolved\b", "distant"),
        (r"\b(?:declines?|declined|refuses?|refused)\s+(?:\w+\s+){0,2}(?:contact|calls|visits)\b",
         "distant"),
        (r"\b(?:limited|minimal|infrequent|sporadic)\s+(?:\w+\s+)?contact\b", "distant"),
        (r"^\s*(?:emotionally\s+)?(?:distant|disengaged)\W*$", "distant"),
        (r"^\s*(?:enmeshed|overinvolved|over-involved)\W*$", "fused"),
        (r"^\s*(?:conflictual|hostile)\W*$", "conflict"),
    ))


@dataclass
class _Note:
    """A note being read: its reader, its patient, and every token that names someone."""

    r: LinkReader
    patient: int
    named: list[tuple[int, int, int]]
    starts: list[int]

    def tok(self, char: int) -> int:
        return min(bisect_left(self.starts, char), len(self.starts) - 1)


def note_cues(r: LinkReader) -> None:
    """Links from a clinical note's verdict phrases (only in a story with an identified
    patient)."""
    if not r.d.roles:
        return
    patient = r.d.ents.find(next(iter(r.d.roles.values())))
    note = _Note(r, patient, _named_people(r, patient), [t.start for t in r.toks])
    for a, b in _fragments(r):
        _verdicts(note, a, b)
        _section_verdicts(note, a, b)
        _dyads(note, a, b)


def _verdicts(note: _Note, a: int, b: int) -> None:
    """ "Enmeshed w/ mother", "Pt declines contact with father": the cue's preposition names
    the other person."""
    r, text, named = note.r, note.r.doc.text, note.named
    for pattern, type_ in NOTE_CUES:
        for m in pattern.finditer(text, a, b):
            tok = note.tok(m.start())
            if r.toks[tok].quote != -1 or _DENIAL.search(text[a:m.start()]):
                continue
            others = _people_after(text, _within(named, m.end(), b), m.end())
            if not others:
                continue
            # the people the fragment opens with ("Mother and MGM in conflict w/ ...";
            # "Client links onset to MGM's death and to conflict w/ father"); a fragment
            # naming nobody before the cue is about the patient
            before = _within(named, a, m.start())
            subjects = _people_after(text, before, a)[:2] or ([] if before else [note.patient])
            if not before and others == [note.patient]:
                # "Father: Ivo Dane (40). ... No contact with pt.": the section's person
                subjects = _section_person(note, tok)
            r.add_pairs(subjects, [o for o in others if o not in subjects], type_, tok)


def _section_verdicts(note: _Note, a: int, b: int) -> None:
    """A verdict with nobody after it in a relative's section ("Father: Ivo Dane (40) ... IP
    refuses most calls.") or after a sentence that opens with the relative ("Father remarried;
    distant."): between the patient and that relative, when the fragment names nobody else."""
    r, text = note.r, note.r.doc.text
    for pattern, type_ in SECTION_CUES:
        m = pattern.search(text[a:b])  # (a slice: "^" and "$" are the fragment's ends)
        if m is None:
            continue
        tok = note.tok(a + m.start())
        if r.toks[tok].quote != -1 or _DENIAL.search(text[a:a + m.start()]):
            continue
        relative = _section_person(note, tok) or (
            # (a one-word verdict only: "no contact" after "Mother states ..." may be anyone's)
            _sentence_opener(note, a, tok) if pattern.pattern.startswith("^") else [])
        if relative and {p for _s, _e, p in _within(note.named, a, b)} <= {
                note.patient, relative[0]}:
            r.add(note.patient, relative[0], type_, tok)
        return


def _sentence_opener(note: _Note, a: int, tok: int) -> list[int]:
    """A later fragment's verdict is about the relative its sentence opens with: "Father
    remarried with a second family; distant." (not the patient, and only for a fragment after
    the first)."""
    toks = note.r.toks
    start = toks[note.r.doc.sents[toks[tok].sent].start_tok].start
    label = note.r.doc.text.rfind(":", start, a)
    start = label + 1 if label != -1 else start  # ("Summary: Father remarried; distant.")
    if start >= a:
        return []
    opener = _people_after(note.r.doc.text, _within(note.named, start, a), start)[:1]
    return [] if opener == [note.patient] else opener


def _dyads(note: _Note, a: int, b: int) -> None:
    """A note's hyphenated pair and its quality, within three words of each other: "Cutoff
    MGM-uncle", "Stepfather-IP relationship strained", "mother-IP conflict"."""
    text = note.r.doc.text
    for m in _DYAD.finditer(text, a, b):
        pair = list(dict.fromkeys(p for _s, _e, p in _within(note.named, m.start(), m.end())))
        if len(pair) != 2:
            continue
        words = (text[a:m.start()].split()[-3:], text[m.end():b].split()[:3])
        near = [w.strip(".,;:()").lower() for side in words for w in side]
        if any(w in ("no", "not", "denies", "never") for w in near):
            continue
        type_ = next((DYAD_QUALITY[w] for w in near if w in DYAD_QUALITY), None)
        if type_ is not None:
            note.r.add(pair[0], pair[1], type_, note.tok(m.start()))


def _section_person(note: _Note, tok: int) -> list[int]:
    """The relative a note's section is about: a paragraph headed by one relative's kin label
    ("Father:", "Half-sister (maternal):"; not "Children:"), and the person named right after
    the label, else the patient's one relative of that kind."""
    r = note.r
    toks = r.toks
    first = tok
    while first > 0 and toks[first - 1].para == toks[tok].para:
        first -= 1
    colon = next((k for k in range(first, min(first + 6, tok)) if toks[k].text == ":"), -1)
    if colon == -1:
        return []
    terms = [kin_term(toks[k].lower) for k in range(first, colon)]
    term = next((t for t, k in zip(terms, range(first, colon), strict=True)
                 if t is not None and toks[k].tag in ("NN", "NNP")), None)
    if term is None:
        return []
    named = [x for x in note.named if x[2] != note.patient]
    after = _people_after(r.doc.text, _within(named, toks[colon].end, toks[tok].start),
                          toks[colon].end)
    if after:
        return after[:1]
    holders = r.d.ents.holders(note.patient, term)
    return [r.d.ents.find(holders.pop())] if len(holders) == 1 else []


def _fragments(r: LinkReader) -> list[tuple[int, int]]:
    """Character ranges of each sentence cut at ";" and ":" (and at a full stop before a
    capital the parser did not take for a sentence end: "since client was 2. Never married")."""
    toks = r.toks
    out: list[tuple[int, int]] = []
    for s in r.doc.sents:
        a = toks[s.start_tok].start
        for k in range(s.start_tok, s.end_tok):
            if toks[k].text in (";", ":") or toks[k].text == "." and k + 1 < s.end_tok and (
                    toks[k + 1].is_title):
                out.append((a, toks[k].start))
                a = toks[k].end
        out.append((a, toks[s.end_tok - 1].end))
    return [(a, b) for a, b in out if b > a]


def _named_people(r: LinkReader, patient: int | None) -> list[tuple[int, int, int]]:
    """(start, end, person) for each token that names a person, in text order: a mention's head
    (not a possessor inside another mention's phrase: "IP's mother" is the mother), a note's
    abbreviation or role word."""
    ents = r.d.ents
    possessors = {m.possessor for m in r.ms if m.possessor != -1}
    out: list[tuple[int, int, int]] = []
    for t in r.toks:
        m = r.by_head.get(t.i)
        if m is not None and m.entity != -1 and not m.plural:
            if m.idx not in possessors:
                # (the whole name: "Odo Larkspur", not only its head "Larkspur")
                k = t.i
                while k > 0 and r.toks[k - 1].pos == "PROPN" and r.toks[k - 1].start >= m.start \
                        and r.toks[k - 1].text[:1].isupper():
                    k -= 1
                out.append((r.toks[k].start, t.end, ents.find(m.entity)))
        elif m is None and t.start in r.bare_spans:
            out.append((t.start, t.end, ents.find(r.bare_spans[t.start])))
        elif m is None and t.lower in r.d.roles and t.pos in ("NOUN", "PROPN"):
            out.append((t.start, t.end, ents.find(r.d.roles[t.lower])))
        elif (m is None or m.entity == -1) and patient is not None and t.pos in ("NOUN", "PROPN", "ADJ"):
            # a note's bare kin word the mention finder passed over ("Conflictual relationship
            # w/ brother"): the patient's one such relative
            term = kin_term(t.lower)
            holders = ents.holders(patient, term) if term is not None else set()
            if len(holders) == 1:
                out.append((t.start, t.end, ents.find(holders.pop())))
    return out


def _within(named: list[tuple[int, int, int]], a: int, b: int) -> list[tuple[int, int, int]]:
    i = bisect_left(named, (a, -1, -1))
    out = []
    while i < len(named) and named[i][1] <= b:
        out.append(named[i])
        i += 1
    return out


def _people_after(text: str, named: list[tuple[int, int, int]], cue_end: int) -> list[int]:
    """The people named right after ``cue_end`` (a cue's preposition, a fragment's start) and
    those listed with them ("to MGM and Uncle P"); an age or note in brackets between is
    skipped."""
    out: list[int] = []
    last = cue_end
    for s, e, p in named:
        gap = _ASIDE.sub(" ", text[last:s])
        gap = " ".join(w for w in gap.split() if kin_term(w) is None)  # "with stepfather Sam"
        if not (_LIST_GAP if out else _LEAD_GAP).match(gap):
            break
        if p not in out:
            out.append(p)
        last = e
    return out[:3]
