"""The note being read, and how its lines are cut into clauses.

``_Note`` carries what the frames step knows while it reads one note (the identified patient,
the open FOO section, the sides and divorces seen, the people it made up); the label patterns
("IP:", "<Name> FOO:", any "Label:") and the clause scanner (where a ";" or a sentence-ending "."
falls, not "d." or "Dr.") and the name right after a kin word are shared by every other module
of the package.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from genogram.read.document import StoryDoc
from genogram.read.entities import Entities
from genogram.read.mentions import ROLE_LABELS, Mention
from genogram.read.resolve import Discourse

#: Role labels that introduce the identified patient(s).
_ROLE_ALTERNATIVES = "|".join(sorted(ROLE_LABELS, key=len, reverse=True))
_ROLE_LABEL = re.compile(rf"\s*({_ROLE_ALTERNATIVES})\s*:\s*"
                         # "Pt (Ebo) is a 34F", "Child (Ebo, 7M) brought in by": the name in
                         # brackets right after the role word
                         rf"|\s*({_ROLE_ALTERNATIVES})\s*\(\s*(?=[A-Z][a-z])", re.I)
#: A role label as a heading of its own line ("IDENTIFIED CHILD"), the patient on the next line.
_ROLE_HEADING = re.compile(rf"\s*({_ROLE_ALTERNATIVES})\s*:?\s*", re.I)


def role_lines(text: str, lines: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The note's role entries as (label, where the entry's content starts, line end): "IP:
    Ilka Berg, 34" on one line, or a heading line "IDENTIFIED CHILD" with the entry below."""
    out: list[tuple[str, int, int]] = []
    for i, (a, b) in enumerate(lines):
        hit = _ROLE_LABEL.match(text, a)
        if hit and hit.end() < b:
            out.append((hit.group(1) or hit.group(2), hit.end(), b))
            continue
        hit = _ROLE_HEADING.fullmatch(text, a, b) or _role_in_heading(text, a, b)
        if hit and i + 1 < len(lines):
            a2, b2 = lines[i + 1]
            out.append((hit.group(1), a2 + len(text[a2:b2]) - len(text[a2:b2].lstrip()), b2))
    return out
#: An all-capitals heading that names the patient's role among other words ("IDENTIFYING
#: INFORMATION / IP", "CLIENT INFORMATION"): the patient is on the next line, as under
#: "IDENTIFIED CHILD" (not "CHILD FUNCTIONING", whose next line may name anyone).
_ROLE_WORD_IN_HEADING = re.compile(r"(?<![\w'])(IP|CLIENT|PATIENT|IDENTIFIED PATIENT)(?![\w'])")


#: Heading words that announce who the patient is (not "PATIENT HISTORY", "CLIENT GOALS").
_IDENTITY_HEADING = re.compile(r"IDENTIF|INFORMATION|\bINFO\b|DETAILS|DEMOGRAPHIC|PROFILE|/\s*IP\b")


def _role_in_heading(text: str, a: int, b: int) -> re.Match[str] | None:
    line = text[a:b].strip()
    if line.upper() != line or not 1 < len(line.split()) <= 6 or not _IDENTITY_HEADING.search(
            line):
        return None
    return _ROLE_WORD_IN_HEADING.search(line)


#: "<Name> FOO:", "<Name>'s family of origin:", "Family of origin:", "FOO:"; or the name after
#: it, as a heading: "Family of origin, <Name>." (the name is group 1 or group 2).
_FOO_LABEL = re.compile(
    r"\s*(?:([A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)?)(?:['\u2019]s)?\s+)?"
    r"(?:FOO|[Ff]amily of origin)\s*(?:\([^()]{0,40}\)\s*)?:\s*"
    r"|\s*(?:FOO|(?i:family of origin))\s*[,\u2013\u2014-]\s*"
    # ("FAMILY OF ORIGIN - IVO" as a heading line of its own)
    r"([A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)?)\s*(?:[.:]|(?=\n)|$)")
#: Any "Label:" at the start of a clause (up to five words).
_LABEL = re.compile(r"\s*([A-Za-z][\w\u2019'/.-]*(?:\s+[\w\u2019'/.-]+){0,4}?)\s*:(?!\d)\s*")
#: Words ending in "." that do not end a clause.
_ABBREV_DOTS = frozenset(["d", "m", "div", "sep", "dr", "mr", "mrs", "ms", "st", "approx", "hx",
                          "yrs", "yr", "mos", "mo", "jr", "sr", "vs", "wk", "wks", "y.o", "e.g",
                          "i.e", "etc", "no", "pt", "dx", "tx", "fx", "sx", "mat", "pat"])
#: Of those, the ones that also end sentences ("lives with pt.", "seen for 3 yrs.").
_ABBREV_ENDS = frozenset(["pt", "hx", "yrs", "yr", "mos", "mo", "wks", "wk", "etc", "dx", "tx",
                          "sx", "fx"])


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
    foo_heading: bool = False   # that section opened with a heading line of its own
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


def _ends_clause(text: str, q: int) -> bool:
    """A "." at ``q`` that ends a clause (not "d.", "Dr.", "R." or "2.5")."""
    if text[q] != ".":
        return False
    nxt = text[q + 1:q + 2]
    if nxt in ('"', "\u201d", "'", "\u2019") and text[q + 2:q + 3].isspace():
        return True  # 'she fed us." Ivo d. 1999': a quoted sentence ends there
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
