"""Story lint for an editor: ``pov-shift``, ``fictive-kin``, ``timeline-conflict``,
``name-collision``. Each finding points at the spans that show the problem.
"""

from __future__ import annotations

import re

from genogram.analyze.cues import person_at, sentence_at
from genogram.analyze.dates import age_conflicts, timeline_conflicts
from genogram.analyze.graph import View, spans
from genogram.analyze.namesakes import name_collisions
from genogram.model import Family, Finding, Person, Span

#: A line where a new teller introduces themselves: "UPDATE: Hi, this is Wystan, her husband.",
#: "EDIT - Wystan here.", "My name is Wystan and I'm the brother."
_SELF_INTRO = re.compile(
    r"^[\W_]*(?P<marker>(?:UPDATE|EDIT|ETA|Update|Edit|P\.?S\.?)\b[^:\n]{0,24}[:\-–—]\s*)?"
    r"(?P<hello>(?:Hi|Hey|Hello)(?: all| everyone| again)?[,!.]?\s+)?"
    r"(?:(?:[Tt]his is|I[’']m|I am|[Mm]y name is)\s+(?P<name>[A-Z][\w’'-]+)(?![’']s)"
    r"|(?P<name2>[A-Z][\w’'-]+) here\b)", re.MULTILINE)


def _self_introductions(v: View, text: str) -> list[tuple[str, Span]]:
    """(person, line span) for each line after the first where someone other than the
    narrator of that point introduces themselves as the new "I"."""
    out: list[tuple[str, Span]] = []
    for m in _SELF_INTRO.finditer(text):
        if m.start() == 0:
            continue  # the story's own opening: its first teller, not a change
        g = "name" if m.group("name") else "name2"
        pid = person_at(v, text, m.start(g), m.end(g))
        # (an update marker or a greeting says a new teller speaks; else the reader must have
        # bound some later "I" to them)
        if pid is None or not (m.group("marker") or m.group("hello") or v.people[pid].narrator
                               or _speaks_after(v, text, pid, m.start())):
            continue
        end = text.find("\n", m.start())
        out.append((pid, (m.start(), len(text) if end == -1 else end)))
    return out


def _speaks_after(v: View, text: str, pid: str, at: int) -> bool:
    """A first-person mention of ``pid`` after ``at`` (the reader bound some "I" to them)."""
    return any(s >= at and text[s:e].lower() in ("i", "me", "my", "myself")
               for s, e in v.people[pid].mentions)


def pov_shift(v: View, text: str | None = None) -> list[Finding]:
    """More than one first-person narrator: one finding naming each with their first span."""
    first: dict[str, tuple[int, int]] = {}
    for seg in v.family.narration:
        if seg.narrator is not None and seg.narrator not in first and seg.end > seg.start:
            first[seg.narrator] = (seg.start, seg.end)
    if len(first) == 1 and text:
        # one narrator read, but a later line hands the "I" to someone else by name
        for pid, span in _self_introductions(v, text):
            if pid not in first and all(span[0] > sp[0] for sp in first.values()):
                first[pid] = span
    if len(first) < 2:
        return []
    order = sorted(first, key=lambda p: first[p][0])
    parts = ", then ".join(f"{v.label(p)} (from character {first[p][0]})" for p in order)
    msg = (f"The narrating \"I\" changes: {parts}. Mark each change of narrator so readers know "
           f"who is speaking (pov-shift).")
    return [Finding(code="pov-shift", kind="lint", message=msg, people=order,
                    evidence=spans([first[p] for p in order]))]


#: Kin titles that families give to people who are not that kin (not parent words: "calls her
#: Mom" is a step or adoptive tie).
_FICTIVE_TITLES = ("aunt|auntie|aunty|uncle|grandma|grandpa|granny|gran|grandmother|grandfather|"
                   "nana|nan|nanna|nonna|nonno|oma|opa|abuela|abuelo|abuelita|abuelito|babcia|"
                   "dziadek|bubbe|bubby|zayde|yaya|yiayia|papou|tia|tía|tio|tío|zia|zio|tante|"
                   "onkel|cousin|big mama|mawmaw|pawpaw|meemaw|peepaw")
_NAMED_AS = re.compile(
    r"\b(?:call(?:s|ed|ing)?|refer(?:s|red|ring)? to \w+ as|known (?:to \w+ )?as|"
    r"address(?:es|ed)? \w+ as)\b", re.IGNORECASE)
_TITLE_NAME = re.compile(r"\b(?:" + "|".join(w[:1].upper() + w[1:]
                                             for w in _FICTIVE_TITLES.split("|"))
                         + r")\s+([A-Z][\w’'-]+)")
_DENIAL = re.compile(
    r"\b(?:not|n[’']t|never) (?:really |actually |even )?(?:related\b|"
    r"(?:our|my|his|her|their|any(?:body|one)[’']s|any) (?:real |actual |blood )?"
    r"(?:" + _FICTIVE_TITLES + r")s?\b)|\bno relation\b", re.IGNORECASE)


def fictive_kin(v: View, text: str | None = None) -> list[Finding]:
    """A kin title for someone who is not that kin: one finding per fictive-kin link, and one
    per sentence of the story that gives a title to people who have no family ties ("We call him
    Grandpa Abe", "refers to them as 'Uncle Pete and Aunt Carol'") or denies the title ("She is
    not really our aunt")."""
    out = []
    titled_people: set[str] = set()
    # links of one sentence naming one caller ("calls them Uncle Pete and Aunt Carol"): one finding
    groups: dict[tuple[str, tuple[Span, ...]], list[str]] = {}
    for link in v.family.links:
        if link.type != "fictive-kin" or not link.evidence:
            continue
        # the titled person: the one whose mention holds the evidence, else the link's first end
        titled, other = link.a, link.b
        if _holds(v.people.get(link.b), link.evidence) and not _holds(
                v.people.get(link.a), link.evidence):
            titled, other = link.b, link.a
        titled_people.add(titled)
        if _teller_kin(v, titled):
            continue  # a grandmother the teller calls "Gammy" is that kin, whatever the reader
        key = (other, tuple(spans(link.evidence)))
        if titled not in groups.setdefault(key, []):
            groups[key].append(titled)
    for (other, ev), titled_list in groups.items():
        names = " and ".join(v.label(t) for t in titled_list)
        verb = "is" if len(titled_list) == 1 else "are"
        msg = (f"{names} {verb} called by a kinship title but {verb} not {v.label(other)}'s "
               f"kin by blood or marriage (fictive-kin): keep them off the family tree.")
        out.append(Finding(code="fictive-kin", kind="lint", message=msg,
                           people=[*titled_list, other], evidence=list(ev)))
    if text:
        out += _fictive_from_text(v, text, titled_people)
    return out


def _teller_kin(v: View, pid: str) -> bool:
    """``pid`` is a narrator's ancestor, or a sibling (or a sibling's partner) of a narrator's
    parent: real kin of the teller, so a kin title for them is no fiction."""
    for p in v.family.people:
        if not p.narrator:
            continue
        anc = v.ancestors(p.id)
        if pid in anc:
            return True
        aunts = {s for par in v.parents.get(p.id, ()) for s in v.sibs.get(par, ())}
        aunts |= {q for s in aunts for q in v.partners.get(s, ())}
        if pid in aunts:
            return True
    return False


def _holds(p: Person | None, evidence: list[Span]) -> bool:
    """A mention of ``p`` contains one of the evidence spans."""
    return p is not None and any(s <= e0 and e1 <= e for s, e in p.mentions
                                 for e0, e1 in evidence)


def _tied(v: View, pid: str) -> bool:
    """Family ties by blood, adoption or step (fostering and care are not kinship)."""
    kin = ("biological", "adoptive", "step")
    return bool(any(v.kind.get((p, pid)) in kin for p in v.parents.get(pid, ()))
                or any(v.kind.get((pid, k)) in kin for k in v.kids.get(pid, ()))
                or v.sibs.get(pid))


def _fictive_from_text(v: View, text: str, done: set[str]) -> list[Finding]:
    out: list[Finding] = []
    for m in _NAMED_AS.finditer(text):
        s0, s1 = sentence_at(text, m.start())
        tail = text[m.end():min(s1, m.end() + 80)]
        tail = re.split(r"[.;!?\n]|\bbecause\b|\bbut\b", tail)[0]
        nxt = text[s1:sentence_at(text, min(s1 + 1, len(text) - 1))[1]] if s1 < len(text) else ""
        denied = bool(_DENIAL.search(text[s0:s1]) or _DENIAL.search(nxt))
        who: list[str] = []
        for t in _TITLE_NAME.finditer(tail):
            a = m.end() + t.start(1)
            pid = person_at(v, text, a, a + len(t.group(1)))
            if pid is not None and pid not in who and (denied or not _tied(v, pid)):
                who.append(pid)
        if who and not set(who) <= done:
            done.update(who)
            names = " and ".join(v.label(p) for p in who)
            msg = (f"{names} {'is' if len(who) == 1 else 'are'} called by a kinship title but "
                   f"{'is' if len(who) == 1 else 'are'} not family by blood or marriage "
                   f"(fictive-kin): draw them as close non-kin, not on the family tree.")
            out.append(Finding(code="fictive-kin", kind="lint", message=msg, people=who,
                               evidence=[(s0, s1)]))
    for m in _DENIAL.finditer(text):
        # "Next door is Auntie Fern. She is not really our aunt.": the titled person named
        # just before the denial
        s0, s1 = sentence_at(text, m.start())
        p0 = sentence_at(text, max(s0 - 2, 0))[0]
        titled = [t for t in _TITLE_NAME.finditer(text, p0, m.start())]
        if not titled:
            continue
        t = titled[-1]
        pid = person_at(v, text, t.start(1), t.end(1))
        if pid is None or pid in done:
            continue
        done.add(pid)
        msg = (f"{v.label(pid)} is called by a kinship title but the story says they are not "
               f"that kin (fictive-kin): draw them as close non-kin, not on the family tree.")
        out.append(Finding(code="fictive-kin", kind="lint", message=msg, people=[pid],
                           evidence=spans([(t.start(), t.end()), (s0, s1)])))
    return out


def find_lint(family: Family, text: str | None = None) -> list[Finding]:
    """All lint findings of a family."""
    v = View(family)
    return (pov_shift(v, text) + fictive_kin(v, text) + timeline_conflicts(v)
            + age_conflicts(v, text) + name_collisions(v, text))

