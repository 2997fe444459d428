"""Findings a clinician's note states outright: "parentification", "triangulated into marital
conflict", "estranged from her mother since 2019", "alcohol use across two generations
(grandmother, mother)". The label is the evidence; the people are those the note names with it
(else the note's client).
"""

from __future__ import annotations

import re

from genogram.analyze.cues import Cues, fold
from genogram.analyze.graph import View, spans
from genogram.analyze.pattern_cues import LEFT, SUBSTANCE
from genogram.model import Finding, Span

_PARENTIFIED = re.compile(r"\bparentifi(?:ed|cation)\b", re.IGNORECASE)
_TRIANGULATED = re.compile(r"\btriangulat(?:ed|ion|ing)\b", re.IGNORECASE)
_ESTRANGED = re.compile(r"\b(?:estranged|cut (?:himself |herself |themselves )?off) from\b",
                        re.IGNORECASE)
_GENERATIONS = re.compile(
    r"\b(?:(?:two|three|four|five|[2-5])[- ]generation(?:s|al)? (?:pattern|history)|"
    r"(?:multi|inter|trans)-?generational (?:pattern|history|transmission)|"
    r"across (?:two|three|four|five|[2-5]|several|the) generations|"
    r"(?:repeating|recurring|repeated) (?:family |intergenerational )?pattern)\b", re.IGNORECASE)
#: A triangle a note names with its people: "(triangle: IP, mother, PGM)", "triangle between
#: client, his wife and her mother".
_TRIANGLE = re.compile(r"\btriangle\s*(?::|\(|\b(?:between|involving|of|with)\b)",
                       re.IGNORECASE)
#: No contact with the family as a whole (no one person at the other end): "not in contact w/
#: family since 2016", "estranged from her family".
_FAMILY_CUTOFF = re.compile(
    r"\b(?:no contact|not in contact|out of contact|no longer in contact|estranged|cut off)"
    r"\s+(?:w/|with|from)\s+(?:the |his |her |their |my |entire |whole |rest of (?:the |his |"
    r"her |their |my )?)*family\b", re.IGNORECASE)
#: Words of a note that name whom it is about.
_CLIENT_WORDS = frozenset(["client", "patient", "ip", "identified patient", "referred client",
                           "the client", "the patient"])
#: A conflict between the parents: "marital conflict", "parental conflict", "his parents' fights".
_PARENTS_AT_ODDS = re.compile(r"\b(?:marital|parental|parents[’']?|couple[’']?s?)\b",
                              re.IGNORECASE)
#: What a pattern across generations is, by the words of the label's sentence.
_PATTERN_WORDS = (
    (SUBSTANCE, "substance use"),
    (re.compile(r"\balcohol|\bdrink|\bdrug|\bsubstance", re.IGNORECASE), "substance use"),
    (re.compile(r"\bcut ?offs?\b|\bestrange", re.IGNORECASE), "emotional cutoff"),
    (re.compile(r"\bdivorc", re.IGNORECASE), "divorce"),
    (re.compile(r"\baffairs?\b|\binfidelity\b", re.IGNORECASE), "affairs"),
    (LEFT, "a parent leaving"),
    (re.compile(r"\babus|\bviolen|\bneglect", re.IGNORECASE), "abuse or neglect"),
    (re.compile(r"\bloss\b|\bdeath\b|\bdied\b|\bwidow", re.IGNORECASE), "early loss"),
)
#: A role reversal a note names: "role reversal with mother", "role reversal between IP and
#: granddaughter" (the one who took the parent's role is the child of the two).
_ROLE_REVERSAL = re.compile(
    r"\brole[- ]reversal\b(?:\s+(?P<prep>with|between)\s+(?P<rest>[^.;()\n]{1,60}))?",
    re.IGNORECASE)


#: A note's header line naming its subject: "IP: Ann Roe, 9 y/o", "Client: Mr. Bo Lind".
_CLIENT_LINE = re.compile(r"^(?:IP|Client|Patient|Identified patient)\s*:", re.IGNORECASE | re.M)


def _client(v: View, cues: Cues | None = None) -> str | None:
    """The person a clinical note is about: the one it calls "client", "patient" or "IP" most
    often, else the first one named on a header line "IP: ..."; None when no one is called so."""
    best, most = None, 0
    for p in v.family.people:
        words = [d.lower() for d in p.descriptions] + [(p.name or "").lower()]
        if not any(w in _CLIENT_WORDS for w in words):
            continue
        if len(p.mentions) > most:
            best, most = p.id, len(p.mentions)
    if best is None and cues is not None and cues.text:
        for m in _CLIENT_LINE.finditer(cues.text):
            line_end = cues.text.find("\n", m.end())
            named = cues.people_in(m.end(), line_end if line_end != -1 else len(cues.text))
            if named:
                return named[0]
    return best


#: Kin words of a note's list, as what the person is to the client: (path of parent/partner
#: steps, gender). "PGM" is the father's mother.
_KIN_PATHS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "mother": (("parent",), "female"), "mom": (("parent",), "female"),
    "mum": (("parent",), "female"), "father": (("parent",), "male"),
    "dad": (("parent",), "male"), "stepfather": (("parent", "partner"), "male"),
    "stepmother": (("parent", "partner"), "female"),
    "mgm": (("mother", "parent"), "female"), "mgf": (("mother", "parent"), "male"),
    "pgm": (("father", "parent"), "female"), "pgf": (("father", "parent"), "male"),
    "husband": (("partner",), "male"), "wife": (("partner",), "female"),
    "spouse": (("partner",), None), "partner": (("partner",), None),
    "son": (("child",), "male"), "daughter": (("child",), "female"),
    "grandson": (("child", "child"), "male"), "granddaughter": (("child", "child"), "female"),
    "brother": (("sibling",), "male"), "sister": (("sibling",), "female"),
}


def _by_kin(v: View, client: str, word: str) -> str | None:
    """The one person who is ``word`` ("mother", "PGM") to the client by the family's ties."""
    path, gender = _KIN_PATHS.get(word, ((), None))
    if not path:
        return None
    here = {client}
    for step in path:
        nxt: set[str] = set()
        for x in here:
            if step == "partner":
                nxt |= v.partners.get(x, set())
            elif step == "child":
                nxt |= v.kids.get(x, set())
            elif step == "sibling":
                nxt |= v.sibs.get(x, set())
            else:
                want = {"mother": "female", "father": "male"}.get(step)
                nxt |= {p for p in v.parents.get(x, set())
                        if want is None or v.people[p].gender == want}
        here = nxt - {client}
    here = {p for p in here if gender is None or v.people[p].gender in (gender, "unknown")}
    return next(iter(here)) if len(here) == 1 else None


def _resolve(v: View, cues: Cues, a: int, b: int, client: str | None) -> str | None:
    """The person an item of a note's list names ("IP", "mother", "PGM", "Ann"): a mention
    there; the client; a name; a description the reader kept ("MGM"); a kin word to the
    client."""
    text = cues.text or ""
    named = cues.people_in(a, b)
    if named:
        return named[0]
    word = fold(re.sub(r"^(?:the|her|his|their|my|client[’']?s)\s+", "", text[a:b].strip(),
                       flags=re.IGNORECASE))
    if not word:
        return None
    if word in _CLIENT_WORDS:
        return client
    by_name = [p.id for p in v.family.people
               if word in [fold(w) for w in (p.name or "").split()]]
    if len(by_name) == 1:
        return by_name[0]
    described = [p.id for p in v.family.people
                 if word in {fold(d) for d in p.descriptions}]
    if len(described) == 1:
        return described[0]
    return _by_kin(v, client, word) if client else None


def _listed(v: View, cues: Cues, a: int, b: int, client: str | None) -> list[str]:
    """The people of a note's list in ``[a, b)`` ("IP, mother, PGM", "client and mother"):
    items split at commas, semicolons, slashes, "&" and "and"."""
    text = cues.text or ""
    pieces: list[Span] = []
    for m in re.finditer(r"[^,;:()/&]+", text[a:b]):
        off, chunk, start = a + m.start(), m.group(0), 0
        for sep in re.finditer(r"\s+and\s+", chunk):
            pieces.append((off + start, off + sep.start()))
            start = sep.end()
        pieces.append((off + start, off + len(chunk)))
    out: list[str] = []
    for piece in pieces:
        s0, s1 = _trim(text, piece)
        pid = _resolve(v, cues, s0, s1, client) if s1 > s0 else None
        if pid is not None and pid not in out:
            out.append(pid)
    return out


def _paren_after(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The span inside a parenthesis opening right after ``at`` (before ``end``), else None."""
    m = re.compile(r"\s*\(([^()]{1,80})\)").match(text, at, end)
    return (m.start(1), m.end(1)) if m else None


def _subject(cues: Cues, cue: Span, client: str | None = None) -> tuple[str | None, Span]:
    """The person a label is said of (the one named nearest before it in its sentence, else the
    note's ``client``) and the label's sentence."""
    before, _after, sent = cues.around(*cue)
    return (before[0] if before else client), _trim(cues.text or "", sent)


def _reversed_child(v: View, cues: Cues, m: re.Match[str],
                    client: str | None) -> tuple[str | None, Span]:
    """The one a role reversal makes a parent to their own elder, and the cue's sentence:
    "with X" -> the note's subject (not X); "between A and B" -> the younger generation of the
    two (None when the family does not tell which)."""
    before, _after, sent = cues.around(m.start(), m.end())
    sent = _trim(cues.text or "", sent)
    if m.group("prep") and m.group("prep").lower() == "between":
        two = _listed(v, cues, m.start("rest"), m.end("rest"), client)[:2]
        gen = v.generations()
        if len(two) == 2 and all(p in gen for p in two) and gen[two[0]][0] == gen[two[1]][0] \
                and gen[two[0]][1] != gen[two[1]][1]:
            return max(two, key=lambda p: gen[p][1]), sent
        return None, sent
    other = (_listed(v, cues, m.start("rest"), m.end("rest"), client)[:1]
             if m.group("rest") else [])
    pid = next((p for p in before if p not in other), None) or client
    return (pid if pid not in other else None), sent


def _trim(text: str, span: Span) -> Span:
    """``span`` without the blanks at its ends."""
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b)


def clinical_labels(v: View, cues: Cues) -> list[Finding]:
    """One finding per label a note states: parentification, a triangle, an estrangement
    (cutoff), a pattern across generations."""
    text = cues.text
    if not text:
        return []
    client = _client(v, cues)
    out: list[Finding] = []
    told: set[Span] = set()  # sentences whose role reversal already named the child
    for m in _ROLE_REVERSAL.finditer(text):
        pid, sent = _reversed_child(v, cues, m, client)
        if pid is None:
            continue
        told.add(sent)
        out.append(_parentified(v, pid, sent, "a role reversal"))
    for m in _PARENTIFIED.finditer(text):
        pid, sent = _subject(cues, (m.start(), m.end()), client)
        if sent in told or pid is None:
            continue
        out.append(_parentified(v, pid, sent, "parentification"))
    for m in _TRIANGULATED.finditer(text):
        pid, sent = _subject(cues, (m.start(), m.end()), client)
        if pid is None:
            continue
        _before, after, _s = cues.around(m.start(), m.end())
        pair = [p for p in after if p != pid][:2]
        if len(pair) < 2 and _PARENTS_AT_ODDS.search(text, m.end(), sent[1]):
            pair = sorted(v.parents.get(pid, ()))[:2]
            if len(pair) == 1:  # the one parent and that parent's partner
                pair += sorted(v.partners.get(pair[0], set()) - {pid})[:1]
        if len(pair) < 2:
            continue
        a, b = pair
        msg = (f"The note says {v.label(pid)} is triangulated: drawn into the tension between "
               f"{v.label(a)} and {v.label(b)} (triangle). Ask how the conflict between the two "
               f"passes through {v.label(pid)}.")
        out.append(Finding(code="triangle", kind="pattern", message=msg, people=[a, b, pid],
                           evidence=[sent]))
    for m in _TRIANGLE.finditer(text):
        sent = _trim(text, cues.around(m.start(), m.end())[2])
        stop = re.compile(r"[);.\n]").search(text, m.end(), sent[1])
        three = _listed(v, cues, m.end(), stop.start() if stop else sent[1], client)
        if len(three) < 3:
            continue
        names = ", ".join(v.label(p) for p in three)
        msg = (f"The note names a triangle ({names}): two at odds with a third drawn in "
               f"(triangle). Ask how the tension between two of them passes through the third.")
        out.append(Finding(code="triangle", kind="pattern", message=msg, people=three,
                           evidence=[sent]))
    for m in _FAMILY_CUTOFF.finditer(text):
        pid, sent = _subject(cues, (m.start(), m.end()), client)
        if pid is None:
            continue
        msg = (f"{v.label(pid)} has no contact with the family (cutoff): ask what ended it and "
               f"whether anyone wants it back.")
        out.append(Finding(code="cutoff", kind="pattern", message=msg, people=[pid],
                           evidence=spans([(m.start(), m.end()), sent])))
    for m in _ESTRANGED.finditer(text):
        pid, sent = _subject(cues, (m.start(), m.end()))
        after = cues.people_in(m.end(), min(m.end() + 30, sent[1]))
        other = next((p for p in after if p != pid), None)
        if pid is None or other is None:
            continue
        msg = (f"{v.label(pid)} is {m.group(0).lower()} {v.described(pid, other)} (cutoff): ask "
               f"what ended the contact and whether either wants it back.")
        out.append(Finding(code="cutoff", kind="pattern", message=msg, people=[pid, other],
                           evidence=spans([(m.start(), m.end()), sent])))
    for m in _GENERATIONS.finditer(text):
        sent = _trim(text, cues.around(m.start(), m.end())[2])
        named = cues.people_in(m.end(), sent[1])
        paren = _paren_after(text, m.end(), sent[1])
        if paren:  # "across 2 generations (mother, IP)": the note's own list
            named = list(dict.fromkeys(_listed(v, cues, *paren, client) + named))
        if len(named) < 2 and client is not None and client not in named:
            named = [client, *named]  # "a pattern of early loss across 3 generations"
        if len(named) < 2 and client not in named:
            continue  # one person and no client: no pattern of a family to tell
        words = text[sent[0]:sent[1]]
        what = next((name for rx, name in _PATTERN_WORDS if rx.search(words)), "a pattern")
        names = ", ".join(v.label(p) for p in named)
        msg = (f"The note names {what} across generations ({names}) (multigenerational). Ask "
               f"how the family explains it and whether the next generation is expected to "
               f"repeat it.")
        out.append(Finding(code="multigenerational", kind="pattern", message=msg, people=named,
                           evidence=[sent]))
    return out


def _parentified(v: View, pid: str, sent: Span, named: str) -> Finding:
    """A parentification finding for a note that names it ("role reversal", "parentified")."""
    msg = (f"The note names {named} for {v.label(pid)}: a child in a parent's role "
           f"(parentification). Ask who cared for the child, and what it cost them.")
    return Finding(code="parentification", kind="pattern", message=msg, people=[pid],
                   evidence=[sent])
