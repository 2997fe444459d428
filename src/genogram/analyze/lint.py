"""Story lint for an editor: ``pov-shift``, ``fictive-kin``, ``timeline-conflict``,
``name-collision``. Each finding points at the spans that show the problem.
"""

from __future__ import annotations

import re
import unicodedata

from genogram.analyze.graph import View, spans
from genogram.model import Family, Finding, Person, Span

#: Youngest age at which someone is taken to have become a parent.
MIN_PARENT_AGE = 12
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii", "iv"])
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr", "aunt", "auntie", "uncle", "tia", "tio",
                     "grandma", "grandpa", "nana", "nan", "granny", "oma", "opa", "nonna", "nonno",
                     "babcia", "big", "little", "old", "young", "baby", "mama", "papa"])


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
        pid = _person_at(v, text, m.start(g), m.end(g))
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


def _sentence(text: str, at: int) -> tuple[int, int]:
    s0 = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    ends = [x for x in (text.find(". ", at), text.find("\n", at)) if x != -1]
    return s0, min(ends + [len(text)]) + 1 if ends else len(text)


def _person_at(v: View, text: str, a: int, b: int) -> str | None:
    """The person with a mention overlapping ``[a, b)``, else the one named so."""
    for p in v.family.people:
        if any(s < b and a < e for s, e in p.mentions):
            return p.id
    word = _fold(text[a:b])
    for p in v.family.people:
        names = [p.name or "", *p.aliases]
        if any(word in [_fold(w) for w in n.split()] for n in names if n):
            return p.id
    return None


def _tied(v: View, pid: str) -> bool:
    """Family ties by blood, adoption or step (fostering and care are not kinship)."""
    kin = ("biological", "adoptive", "step")
    return bool(any(v.kind.get((p, pid)) in kin for p in v.parents.get(pid, ()))
                or any(v.kind.get((pid, k)) in kin for k in v.kids.get(pid, ()))
                or v.sibs.get(pid))


def _fictive_from_text(v: View, text: str, done: set[str]) -> list[Finding]:
    out: list[Finding] = []
    for m in _NAMED_AS.finditer(text):
        s0, s1 = _sentence(text, m.start())
        tail = text[m.end():min(s1, m.end() + 80)]
        tail = re.split(r"[.;!?\n]|\bbecause\b|\bbut\b", tail)[0]
        nxt = text[s1:_sentence(text, min(s1 + 1, len(text) - 1))[1]] if s1 < len(text) else ""
        denied = bool(_DENIAL.search(text[s0:s1]) or _DENIAL.search(nxt))
        who: list[str] = []
        for t in _TITLE_NAME.finditer(tail):
            a = m.end() + t.start(1)
            pid = _person_at(v, text, a, a + len(t.group(1)))
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
        s0, s1 = _sentence(text, m.start())
        p0 = _sentence(text, max(s0 - 2, 0))[0]
        titled = [t for t in _TITLE_NAME.finditer(text, p0, m.start())]
        if not titled:
            continue
        t = titled[-1]
        pid = _person_at(v, text, t.start(1), t.end(1))
        if pid is None or pid in done:
            continue
        done.add(pid)
        msg = (f"{v.label(pid)} is called by a kinship title but the story says they are not "
               f"that kin (fictive-kin): draw them as close non-kin, not on the family tree.")
        out.append(Finding(code="fictive-kin", kind="lint", message=msg, people=[pid],
                           evidence=spans([(t.start(), t.end()), (s0, s1)])))
    return out


def timeline_conflicts(v: View) -> list[Finding]:
    """Stated years that cannot all be true: death before birth, a child born before (or
    too soon after) a parent's birth, or after the mother's death."""
    out: list[Finding] = []
    for p in v.family.people:
        if p.birth_year and p.death_year and p.death_year < p.birth_year:
            out.append(Finding(
                code="timeline-conflict", kind="lint", people=[p.id],
                message=(f"{v.label(p.id)} is said to have died in {p.death_year}, before their "
                         f"birth in {p.birth_year} (timeline-conflict)."),
                evidence=spans(v.mention(p.id), _year_ev(v, p.id))))
    for c in v.family.children:
        if c.kind != "biological":
            continue
        par, kid = v.people.get(c.parent), v.people.get(c.child)
        if par is None or kid is None or not kid.birth_year:
            continue
        why = None
        if par.birth_year and -MIN_PARENT_AGE < kid.birth_year - par.birth_year < MIN_PARENT_AGE:
            # (a "child" born a generation before the "parent" is a tie read the wrong way
            # round, not a story whose dates clash: the reverse tie would be plausible)
            age = kid.birth_year - par.birth_year
            why = (f"{v.label(kid.id)} (born {kid.birth_year}) would have been born when "
                   f"{v.possessive(kid.id)} parent {v.label(par.id)} (born {par.birth_year}) "
                   + ("was not yet born" if age < 0 else f"was {age}"))
        elif par.death_year and par.gender == "female" and kid.birth_year > par.death_year:
            why = (f"{v.label(kid.id)} is said to be born in {kid.birth_year}, after "
                   f"{v.possessive(kid.id)} mother {v.label(par.id)} died in {par.death_year}")
        elif par.death_year and kid.birth_year > par.death_year + 1:
            why = (f"{v.label(kid.id)} is said to be born in {kid.birth_year}, more than a year "
                   f"after {v.possessive(kid.id)} parent {v.label(par.id)} died in "
                   f"{par.death_year}")
        if why:
            out.append(Finding(code="timeline-conflict", kind="lint", people=[par.id, kid.id],
                               message=why + ": the dates cannot all be true (timeline-conflict).",
                               evidence=spans(_year_ev(v, par.id), _year_ev(v, kid.id),
                                              c.evidence)))
    return out


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_AGE_WORD = (r"\d{1,2}|(?:" + "|".join(_TENS[2:]) + r")(?:[- ](?:" + "|".join(_UNITS[1:10])
             + r"))?|" + "|".join(reversed(_UNITS[1:])))
#: An age told as a plain fact of the moment: "Little Aldous was only four.", "Hilde, still only
#: twelve, went to work" (not "when Hilde was six": a subordinate age may be a flashback).
_AGE_NOW = re.compile(
    r"(?<![Ww]hen )(?<![Ww]hile )(?P<who>\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
    r"(?:(?P<comma>,)| was| is)(?P<adv>(?: (?:still|only|just|barely|not yet|already))*) "
    r"(?P<age>" + _AGE_WORD
    + r")\b(?! (?:years?|months?|weeks?|days?|o['’]clock|percent|miles?|of|times|dollars|"
      r"children|kids|sons|daughters|brothers|sisters)\b)(?:[.,;]| years old)")
_YEAR = re.compile(r"\b(1[89]\d\d|20[0-3]\d)\b")
#: An age at death: "Hilde died in 1990 at forty-five", "Osbert died aged 60 in 1971".
_AGE_AT_DEATH = re.compile(
    r"(?P<who>\b[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) (?:died|passed away|was killed)\b"
    r"[^.;\n]{0,40}?\b(?:at|aged|at the age of) (?P<age>" + _AGE_WORD + r")\b(?! years? ago)")


def _age_value(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    if word in _UNITS:
        return _UNITS.index(word)
    parts = re.split(r"[- ]", word)
    if parts[0] in _TENS:
        return _TENS.index(parts[0]) * 10 + (_UNITS.index(parts[1]) if len(parts) > 1 else 0)
    return None


def age_conflicts(v: View, text: str | None) -> list[Finding]:
    """An age stated as a fact of a dated moment that the person's birth year contradicts:
    born 1940, "In 1958 ... Hilde, still only twelve, went to work" (she would be 18). The
    moment's year is the one year named in the age's sentence, or else in the sentence just
    before; a gap of under three years is left alone (birthdays, rounded years)."""
    if not text:
        return []
    out: list[Finding] = []
    done: set[str] = set()
    found = [(m, False) for m in _AGE_NOW.finditer(text)]
    found += [(m, True) for m in _AGE_AT_DEATH.finditer(text)]
    for m, at_death in found:
        pid = _person_at(v, text, m.start("who"), m.end("who"))
        age = _age_value(m.group("age"))
        born = _birth_year(v, pid) if pid is not None else None
        if pid is None or pid in done or age is None or born is None:
            continue
        if not at_death and m.group("comma") and not m.group("adv"):
            continue  # "Ann Roe, 70," in a note: the age at the telling, not at a moment
        s0, s1 = _sentence(text, m.start())
        # (an age at death: the year of the death's own sentence, before or after the age)
        years = set(_YEAR.findall(text, s0, s1 if at_death else m.start()))
        span = (s0, s1)
        if not years and at_death:
            continue
        if not years:
            p0 = _sentence(text, max(s0 - 2, 0))[0]
            if "\n" in text[p0:s0]:
                continue  # the sentence before is in another paragraph: another moment
            years = set(_YEAR.findall(text, p0, s0))
            span = (p0, s1)
        if len(years) != 1:
            continue  # no moment, or more than one: which the age belongs to is unclear
        year = int(years.pop())
        if abs(year - born - age) < 3 or year < born:
            continue  # (a moment before the birth year says the birth year was misread)
        done.add(pid)
        out.append(Finding(
            code="timeline-conflict", kind="lint", people=[pid],
            message=(f"{v.label(pid)} is said to be {age} in {year}, but was born in {born} "
                     f"(so {year - born} then): the dates cannot all be true "
                     f"(timeline-conflict)."),
            evidence=spans([span], _year_ev(v, pid))))
    return out


def _birth_year(v: View, pid: str) -> int | None:
    """The person's birth year, else the year of their birth event."""
    return v.people[pid].birth_year or next(
        (e.when.year for e in v.family.events
         if e.type == "birth" and e.people[:1] == [pid] and e.when.year), None)


def _year_ev(v: View, pid: str) -> list[tuple[int, int]]:
    """Evidence for a person's years: their birth/death events, else their first mention."""
    ev: list[tuple[int, int]] = []
    for e in v.family.events:
        if e.type in ("birth", "death") and pid in e.people[:1]:
            ev += [tuple(x) for x in e.evidence]  # type: ignore[misc]
    return ev or list(v.mention(pid))


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).lower().strip(".,'\"")


def _given(name: str) -> str | None:
    words = [_fold(w) for w in name.split()]
    words = [w for w in words if w and w not in _TITLES and w not in _SUFFIXES]
    return words[0] if words and len(words[0]) >= 2 else None


def _collide(a: str, b: str) -> bool:
    """Same given name, or one a short form of the other ("Gracie"/"Lasse", "Dina"/
    "Oline"): at least four shared letters at the start or the end."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    stem = short.rstrip("yie") if len(short.rstrip("yie")) >= 4 else short
    if len(stem) >= 4 and long_.startswith(stem):
        return True
    return len(short) >= 4 and long_.endswith(short)


_MARKERS = frozenset(["jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii", "iv", "big",
                      "little", "old", "young", "elder", "younger"])


def name_collisions(v: View, text: str | None = None) -> list[Finding]:
    """Two different people who share a given name: a namesake the story tells ("named Cilla,
    same as Daddy", "named her after her grandmother", "My dad's name is Sam too"), or two people
    whose names differ only by a marker (Arthur and Arthur Jr., Big Sam and Little Sam)."""
    out = _namesakes(v, text) if text else []
    done = {frozenset(f.people) for f in out}
    covered = {p for f in out for p in f.people}
    names: list[tuple[str, str, str]] = []  # (person, given name, full name as written)
    for p in v.family.people:
        # the written name only: a reader may hang another person's name on someone as an alias
        g = _given(p.name) if p.name else None
        if g and p.name:
            names.append((p.id, g, p.name))
    seen: set[frozenset[str]] = set(done)
    for i, (pa, ga, fa) in enumerate(names):
        for pb, gb, fb in names[i + 1:]:
            if pa == pb or frozenset((pa, pb)) in seen or not _collide(ga, gb):
                continue
            # one name written the same way twice is more likely one person read twice; names
            # the story tells apart ("Arthur Jr.", "Little Lone", "Gracie") are two people
            if _fold(fa) == _fold(fb) or _marked(fa) == _marked(fb) != "" or (
                    pa in covered and pb in covered):
                continue
            if ga != gb and (_split(v, pa, fa, fb) or _split(v, pb, fb, fa)):
                continue
            seen.add(frozenset((pa, pb)))
            msg = (f"Two different people share a name: {fa} ({v.label(pa)}) and {fb} "
                   f"({v.label(pb)}). Readers may mix them up; say which one is meant, e.g. "
                   f"with a suffix or a kin word (name-collision).")
            ev = [m for p in (pa, pb) for m in v.people[p].mentions
                  if _fold(_text_name(v, p)) in (ga, gb)][:4] or (v.mention(pa) + v.mention(pb))
            out.append(Finding(code="name-collision", kind="lint", message=msg,
                               people=[pa, pb], evidence=spans(ev)))
    return out


def _split(v: View, pid: str, bare: str, full: str) -> bool:
    """``pid``, written with a bare pet form ("Gwendy"), has no parent, child, sibling or
    partner, while the other is written with a surname ("Gwendolen Vane"): more likely one
    person the reader split in two than two namesakes."""
    return (len(bare.split()) == 1 and len(full.split()) >= 2 and not _marked(full)
            and not (v.parents.get(pid) or v.kids.get(pid) or v.sibs.get(pid)
                     or v.partners.get(pid)))


def _marked(full: str) -> str:
    """The marker word of a written name ("Little Lone" -> "little"), or ''."""
    return next((w for w in (_fold(x) for x in full.split()) if w in _MARKERS), "")


_NAME = r"[A-Z][\w’'-]+"
#: A child named by a kin phrase: "their only son", "his first daughter", "the new baby".
_CHILD_NP = (r"(?:his|her|their|my|our|the) (?:only |first |eldest |oldest |youngest |second |"
             r"new |baby |little )?(?:son|daughter|boy|girl|child|baby)")
#: "named (her) NAME, same as / after / for KIN", "named after KIN", "NAME's name is X too",
#: "was a NAME too", "also named NAME".
_NAMED = re.compile(
    r"\b(?:was |were |is |be |been |being )?(?:named|christened|baptized|baptised|called)\s+"
    r"(?:(?P<obj>him|her|them|me|it|the baby|the boy|the girl|" + _CHILD_NP + r"),?\s+)?"
    r"(?:(?P<name>" + _NAME + r")(?:\s+" + _NAME + r")?,?\s+)?"
    r"(?:[^,.;!?\n]{1,30},\s+)?"  # an aside: "named her girl, born that May, after her"
    r"(?P<link>same as|just like|after|for)\s+(?P<rest>[^.;!?\n]{0,80})")
_NAMED_BARE = re.compile(
    r"\b(?:named|christened|baptized|baptised)\s+(?P<obj>him|her|them|me|it)\s+(?P<name>"
    + _NAME + r")")
_TOO = re.compile(
    r"\b(?:name (?:is|was) |(?:is|was) (?:a |an |also )?|also named |named )(?P<name>"
    + _NAME + r"),? (?:too|as well)\b")
_CALLS = re.compile(r"\b(?:call(?:s|ed)?|known as) (?P<obj>me|him|her|them|\w+) [\"“]?(?P<name>"
                    + _NAME + r")")
_NOT_KIN_AFTER = re.compile(r"^(?:a |an |the )?(?:town|city|village|saint|st\.?|river|"
                            r"mountain|street|church|ship|song|book|years?|days?|weeks?|months?|"
                            r"hours?|minutes?|\d)", re.IGNORECASE)


def _namesakes(v: View, text: str) -> list[Finding]:
    """Name collisions the story tells with a namesake cue; one finding per shared name."""
    groups: dict[str, tuple[list[str], list[Span]]] = {}
    order: list[str] = []

    def put(key: str, who: list[str], ev: Span) -> None:
        if key not in groups:
            groups[key] = ([], [])
            order.append(key)
        ppl, evs = groups[key]
        ppl += [p for p in dict.fromkeys(who) if p not in ppl]
        if ev not in evs:
            evs.append(ev)

    for m in _NAMED.finditer(text):
        s0, s1 = _sentence(text, m.start())
        rest = m.group("rest")
        if m.group("link") != "same as" and (_NOT_KIN_AFTER.search(rest) or (
                m.group("link") == "for" and not m.group("name"))):
            continue  # "named for the town", "called for years"
        if m.group(0).lower().startswith(("called", "is called", "was called")) and not (
                m.group("name")):
            continue
        bearer = _bearer(v, text, m, s0)
        a = m.start("rest")
        other = _first_person(v, text, a, min(a + max(len(rest), 1), s1), exclude=bearer)
        namer = _before(v, m.start(), s0)
        if re.match(r"(?:him|her)\b", rest) and other and other == namer:
            # "Wilfred named his boy after him": not Wilfred (a plain pronoun is never its own
            # clause's subject) but the one told of just before
            other = _last_named(v, text, _sentence(text, max(s0 - 2, 0))[0], s0,
                                exclude=bearer + namer)
        name = m.group("name")
        # the name shared: the one given, else the name of the one the child is named after
        after_name = _given(v.people[other[0]].name or "") if other else None
        key = _fold(name) if name else after_name or f"@{m.start()}"
        who = bearer + other + (_named(v, name) if name else [])
        if name:
            who += _called(v, text, name, s0)
        if not bearer and not other:
            continue
        put(key, who, (s0, s1))
    for m in _NAMED_BARE.finditer(text):
        # "I named her Birte": a namesake when someone told of before bears that name
        s0, s1 = _sentence(text, m.start())
        name = m.group("name")
        bearer = _bearer(v, text, m, s0)
        if not bearer or _fold(name) in groups:
            continue
        earlier = [p for p in _named(v, name) if p not in bearer and any(
            e <= s0 and _fold(name) in _fold(text[s:e]).split() for s, e in v.people[p].mentions)]
        if earlier:
            put(_fold(name), bearer + earlier, (s0, s1))
    for m in _TOO.finditer(text):
        s0, s1 = _sentence(text, m.start())
        name = m.group("name")
        bearer = _before(v, m.start(), s0)
        if not bearer:
            continue
        put(_fold(name), bearer[:1] + _named(v, name) + _called(v, text, name, s0), (s0, s1))
    out: list[Finding] = []
    for key in order:
        who, evs = groups[key]
        if len(who) < 2:
            continue
        names = ", ".join(v.label(p) for p in who)
        shared = " one name" if key.startswith("@") else f" the name {key.capitalize()}"
        msg = (f"The story gives{shared} to more than one person ({names}): a namesake. "
               f"Readers may mix them up; say which one is meant, e.g. with a suffix, a "
               f"nickname or a kin word (name-collision).")
        out.append(Finding(code="name-collision", kind="lint", message=msg, people=who,
                           evidence=spans(evs)))
    return out


def _mention_people(v: View, a: int, b: int) -> list[tuple[int, str]]:
    """(start, person) for each mention overlapping ``[a, b)``, in text order."""
    out = [(s, p.id) for p in v.family.people for s, e in p.mentions if s < b and a < e]
    return sorted(out)


def _before(v: View, at: int, s0: int) -> list[str]:
    """The person of the mention nearest before ``at`` in its sentence."""
    xs = _mention_people(v, s0, at)
    return [xs[-1][1]] if xs else []


def _bearer(v: View, text: str, m: re.Match[str], s0: int) -> list[str]:
    if m.group("obj") and " " in m.group("obj") and not m.group("obj").startswith("the "):
        # "named their only son Aldous": the child the kin phrase names (not its possessor)
        xs = _mention_people(v, m.end("obj") - 1, m.end("obj"))
        if xs:
            return [xs[0][1]]
    if m.group("obj"):
        xs = _mention_people(v, m.start("obj"), m.end("obj"))
        # "their son was born, and they named him Elof": the pronoun, and the person told of
        # earlier in the sentence (not the namers just before the verb)
        prev = [(st, p) for st, p in _mention_people(v, s0, m.start())
                if len(text[st:m.start()].split()) > 2]
        out = [xs[0][1]] if xs else []
        out += [p for _st, p in prev[-1:] if p not in out]
        if out:
            return out
    # "Their son, named Lone after his father": the subject before the cue
    return _before(v, m.start(), s0)


def _last_named(v: View, text: str, a: int, b: int, exclude: list[str]) -> list[str]:
    """The person last mentioned by name (a capitalised word, not a pronoun) in ``[a, b)``."""
    xs = [(st, p) for st, p in _mention_people(v, a, b) if p not in exclude
          and text[st:st + 1].isupper() and text[st:st + 3].lower() not in ("he ", "she", "his",
                                                                             "her", "the")]
    return [xs[-1][1]] if xs else []


def _first_person(v: View, text: str, a: int, b: int, exclude: list[str]) -> list[str]:
    xs = [p for _s, p in _mention_people(v, a, b) if p not in exclude]
    if xs:
        return xs[:1]
    # "same as Daddy" where the reader dropped that mention: the one person whose other
    # mentions are written the same way
    word = re.match(r"[\w’' -]+", text[a:b])
    if word is None:
        return []
    phrase = _fold(word.group(0).strip())
    same = {p.id for p in v.family.people if p.id not in exclude
            and any(_fold(text[s:e]) == phrase for s, e in p.mentions)}
    return sorted(same) if len(same) == 1 else []


def _named(v: View, name: str) -> list[str]:
    """People whose name or alias has the given name ``name`` (or a short form of it)."""
    g = _fold(name)
    out = []
    for p in v.family.people:
        for full in [p.name, *p.aliases]:
            pg = _given(full) if full else None
            if pg and (_collide(pg, g) or _short_form(pg, g)):
                out.append(p.id)
                break
    return out


def _short_form(a: str, b: str) -> bool:
    """"Sam"/"Sammy", "Dan"/"Danny": a pet form adding a few letters to a short name."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3


def _called(v: View, text: str, name: str, s0: int) -> list[str]:
    """People the nearby text calls by a pet form of ``name`` ("everybody calls me Sammy")."""
    g = _fold(name)
    out: list[str] = []
    end = min(len(text), s0 + 600)
    for m in _CALLS.finditer(text, s0, end):
        h = _fold(m.group("name"))
        if h == g or not (_collide(h, g) or _short_form(h, g)):
            continue
        xs = _mention_people(v, m.start("obj"), m.end("obj"))
        out += [p for _s, p in xs[:1] if p not in out]
    return out


def _text_name(v: View, pid: str) -> str:
    return v.people[pid].name or ""


def find_lint(family: Family, text: str | None = None) -> list[Finding]:
    """All lint findings of a family."""
    v = View(family)
    return (pov_shift(v, text) + fictive_kin(v, text) + timeline_conflicts(v)
            + age_conflicts(v, text) + name_collisions(v, text))
