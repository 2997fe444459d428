"""What a note says of one person: an age and sex, a death, a stated gender identity.

"Hjalmar Mads, 34", "(Idun, 66)", "15 y/o", "Client is a 41-year-old" give ages (and "15M" a
sex); "d. 2015", "(d. Jan 2022)", "is deceased" a death, about the person whose bracket it sits
in or the first person of its clause; "identifies as nonbinary" a gender.
"""

from __future__ import annotations

import re

from genogram.read.frames.note import _ends_clause, _in_brackets, _Note

_AGE_AFTER = re.compile(
    r"(?:\s+[A-Z]\.)?"                                     # an initial: "Helge R."
    r"(?:\s*\(\s*[\"'\u201c\u2018][^()]{1,30}?\))?"        # a quoted nickname: ("Bix")
    r"(?:\s+[A-Z][\w\u2019'-]+){0,2}?"                     # a surname after the nickname
    r"\s*,\s*(?:[\"'\u201c\u2018][^\"'\u201d\u2019]{1,20}[,.]?[\"'\u201d\u2019],?\s*)?"  # , "Dari,"
    r"(?:age\s+)?(\d{1,3})\s*(?:y/?o|yo|y\.o\.|years? old)?\s*"
    r"((?<=[\s\d])(?:male|female)\b|[MFmf])?(?=\s*[,.;()]|\s*$)")   # "7 y/o female"
#: An age right after a note's kin noun: "Father 80, COPD", "One aunt, 58, abroad", "mother
#: alive, 84", "Daughter (12)".
_KIN_AGE_AFTER = re.compile(r"(?:\s*,?\s*alive,\s*|\s*,\s*(?:aged?\s+)?|\s+(?:aged?\s+)?|\s*\(\s*)"
                            r"(\d{1,3})(?=\s*[,.;)]|\s*$)")
_AGE_IS = re.compile(r"\s+(?:is|is\s+now)\s+an?\s+(\d{1,3})[-\s]?(?:year[-\s]old|y/?o|yo)\b", re.I)
_DEATH = re.compile(
    r"(?:\bd\.\s*(?:in\s+)?(?:(?:[A-Z][a-z]{2,8}\.?|\d{1,2}/(?:\d{1,2}/)?)\s*)?(\d{4})"
    # "(deceased 2011, stroke)", ", deceased 03/2019 (MVA)": the mark with its date
    r"|(?:\(|,\s*)deceased\s+(?:in\s+)?(?:[A-Z][a-z]{2,8}\.?\s+|\d{1,2}/(?:\d{1,2}/)?)?(\d{4})\b"
    r"|\b(?:is|was|now)\s+deceased|\(deceased\)|,\s*deceased\b"
    # "mother deceased at 68": the age at death, no year
    r"|\bdeceased\s+(?:at|aged?)\s+\d{1,3}\b)")


def _ages_and_deaths(note: _Note) -> None:
    text, ents, ms = note.doc.text, note.ents, note.ms
    for m in ms:
        if m.entity == -1 or m.quote != -1 or m.kind not in ("name", "desc", "kin"):
            continue
        if re.search(r"[)\"\u201d]\s*$", text[max(0, m.start - 3):m.start]):
            continue   # the surname after a nickname: 'Rigmor ("Bix") Mads, 15M'
        e = ents.get(m.entity)
        hit = _AGE_AFTER.match(text, m.end) if m.kind == "name" else None
        if hit is None and m.kind == "kin" and not m.plural:
            hit = _KIN_AGE_AFTER.match(text, m.end)
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
            if text[hit.start()] == "," or text[hit.start() - 2:hit.start() + 4] == ", now ":
                # "raised by her aunt Ulla, now deceased": the one named right before the comma
                right_before = [x for x in _people_in(note, max(a, hit.start() - 60),
                                                      hit.start(), abbrev)
                                if not text[x[1]:hit.start()].strip(" ,")]
                who = right_before[-1][2] if right_before else who
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
    # "Client's first husband, Ivo, d. 2016": the possessor inside the kin phrase is not who died
    top = [x for x in top if not any(y[2] != x[2] and y[0] <= x[0] and x[1] <= y[1]
                                     and y[1] - y[0] > x[1] - x[0] for y in top)]
    return top[0][2] if top else None


def _people_in(note: _Note, a: int, b: int,
               abbrev: list[tuple[tuple[int, int], int]]) -> list[tuple[int, int, int]]:
    out = [(m.start, m.end, note.ents.find(m.entity)) for m in note.mentions_in(a, b)
           if m.entity != -1 and m.kind in ("name", "kin", "desc") and m.end <= b]
    out += [(s, e, note.ents.find(t)) for (s, e), t in abbrev if a <= s and e <= b]
    return sorted(out)


_IDENTITY = re.compile(
    r"\b(?:identif(?:ies|y|ied)\s+as\s+(?:non-?binary|genderqueer|agender|gender-?fluid|enby)"
    r"|uses?\s+they\s*/\s*them(?:\s+pronouns)?)", re.I)


def _stated_identity(note: _Note) -> None:
    """"Pt identifies as nonbinary, pronouns they/them": the subject of that clause
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
