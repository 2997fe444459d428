"""Two people of one name (the ``name-collision`` lint finding): a namesake the story tells, or
two people whose written names share a given name.
"""

from __future__ import annotations

import re

from genogram.analyze.cues import fold, sentence_at
from genogram.analyze.graph import View, spans
from genogram.model import Finding, Span

_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "junior", "senior", "ii", "iii", "iv"])
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr", "aunt", "auntie", "uncle", "tia", "tio",
                     "grandma", "grandpa", "nana", "nan", "granny", "oma", "opa", "nonna", "nonno",
                     "babcia", "big", "little", "old", "young", "baby", "mama", "papa"])



def _given(name: str) -> str | None:
    words = [fold(w) for w in name.split()]
    words = [w for w in words if w and w not in _TITLES and w not in _SUFFIXES]
    return words[0] if words and len(words[0]) >= 2 else None


def _collide(a: str, b: str) -> bool:
    """Same given name, or one a short form of the other ("Magda"/"Magdalena", "Tina"/
    "Albertina"): at least four shared letters at the start or the end."""
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
    same as Mama", "named her after her grandmother", "my aunt's name is Trine too"), or two people
    whose names differ only by a marker (Birk and Birk Jr., Big Hal and Little Hal)."""
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
            # the story tells apart ("Birk Jr.", "Little Hal", "Magda") are two people
            # (unless the family tells them apart: one the other's parent or grandparent, or
            # born a generation apart)
            same = fold(fa) == fold(fb) and not _apart(v, pa, pb)
            if text and _bare(fa) == _bare(fb) and _family_name(v, text, pa, pb):
                continue
            if text and ga == gb and _surname_first(v, text, pa, pb, ga):
                continue
            if same or _marked(fa) == _marked(fb) != "" or (pa in covered and pb in covered):
                continue
            if ga != gb and (_split(v, pa, fa, fb) or _split(v, pb, fb, fa)):
                continue
            seen.add(frozenset((pa, pb)))
            msg = (f"Two different people share a name: {fa} ({v.label(pa)}) and {fb} "
                   f"({v.label(pb)}). Readers may mix them up; say which one is meant, e.g. "
                   f"with a suffix or a kin word (name-collision).")
            # (the mentions that write the shared name, not "a man" or "he")
            ev = [m for p in (pa, pb) for m in v.people[p].mentions[:8]
                  if text and {ga, gb} & set(_bare(text[m[0]:m[1]]).split())][:4]
            ev = ev or (v.mention(pa) + v.mention(pb))
            out.append(Finding(code="name-collision", kind="lint", message=msg,
                               people=[pa, pb], evidence=spans(ev)))
    return out


_KIN_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|aunt|auntie|uncle|grandma|grandpa|granny|grandmother|"
                        r"grandfather|nana|papa|mama|oma|opa|nonna|nonno)\.?\s+\S", re.IGNORECASE)


def _family_name(v: View, text: str, a: str, b: str) -> bool:
    """``a`` and ``b`` share a one-word name that the story only ever writes after a title,
    and the titles differ ("Grandma Fenwick" and "Grandpa Fenwick", "Mr. and Mrs. Fenwick"): a
    family name two relatives share, not two people of one given name."""
    titles: list[set[str]] = []
    for pid in (a, b):
        p = v.people[pid]
        # (the name as the reader wrote it may keep its title: "Mr. Bramble")
        if not p.name or len(_bare(p.name).split()) != 1:
            return False
        word = _bare(p.name)
        named = [text[s:e] for s, e in p.mentions if word in fold(text[s:e]).split()]
        if not named or not all(_KIN_TITLE.match(n) for n in named):
            return False
        titles.append({fold(n.split()[0]) for n in named})
    return not titles[0] & titles[1]


def _bare(name: str) -> str:
    """A written name without its titles and markers, folded: "Mrs. Bramble" -> "bramble"."""
    return " ".join(w for w in (fold(x) for x in name.split()) if w and w not in _TITLES)


def _surname_first(v: View, text: str, a: str, b: str, shared: str) -> bool:
    """The word two names share comes first but is a family name: each person is called alone
    by another word of their name and neither by the shared one ("Tan Wei" and "Tan Lian", then
    "Wei" and "Lian"), as in names written family name first."""
    for pid in (a, b):
        p = v.people[pid]
        words = _bare(p.name or "").split()
        if len(words) < 2 or words[0] != shared:
            return False
        alone = {_bare(text[s:e]) for s, e in p.mentions}
        alone = {w for w in alone if w and " " not in w}
        if shared in alone or not alone & set(words[1:]):
            return False
    return True


def _apart(v: View, a: str, b: str) -> bool:
    """``a`` and ``b`` cannot be one person: one is a parent or grandparent of the other, or
    their birth years lie fifteen or more years apart."""
    up_a = v.parents.get(a, set()) | {g for p in v.parents.get(a, ()) for g in v.parents.get(p, ())}
    up_b = v.parents.get(b, set()) | {g for p in v.parents.get(b, ()) for g in v.parents.get(p, ())}
    if a in up_b or b in up_a:
        return True
    ya, yb = v.people[a].birth_year, v.people[b].birth_year
    return bool(ya and yb and abs(ya - yb) >= 15)


def _split(v: View, pid: str, bare: str, full: str) -> bool:
    """``pid``, written with a bare pet form ("Gwendy"), has no parent, child, sibling or
    partner, while the other is written with a surname ("Gwendolen Vane"): more likely one
    person the reader split in two than two namesakes."""
    return (len(bare.split()) == 1 and len(full.split()) >= 2 and not _marked(full)
            and not (v.parents.get(pid) or v.kids.get(pid) or v.sibs.get(pid)
                     or v.partners.get(pid)))


def _marked(full: str) -> str:
    """The marker word of a written name ("Little Lone" -> "little"), or ''."""
    return next((w for w in (fold(x) for x in full.split()) if w in _MARKERS), "")


_NAME = r"[A-Z][\w’'-]+"
#: A child named by a kin phrase: "their only son", "his first daughter", "the new baby".
_CHILD_NP = (r"(?:his|her|their|my|our|the) (?:only |first |eldest |oldest |youngest |second |"
             r"new |baby |little )?(?:son|daughter|boy|girl|child|baby)")
#: "named (her) NAME, same as / after / for KIN", "named after KIN", "my real name is NAME,
#: after KIN", "NAME's name is X too",
#: "was a NAME too", "also named NAME".
_NAMED = re.compile(
    r"\b(?:(?:was |were |is |be |been |being )?(?:named|christened|baptized|baptised|called)|"
    r"(?:(?:real|full|legal|proper|christian|birth|middle|first|second|given) )?name "
    r"(?:is|was))\s+"
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
#: The words end at a word boundary: a name that starts like one ("Stoyan", "Townley") is a
#: person.
_NOT_KIN_AFTER = re.compile(r"^(?:a |an |the )?(?:(?:town|city|village|saint|st|river|"
                            r"mountain|street|church|ship|song|book|years?|days?|weeks?|months?|"
                            r"hours?|minutes?)\b|\d)", re.IGNORECASE)


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
        s0, s1 = sentence_at(text, m.start())
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
            other = _last_named(v, text, sentence_at(text, max(s0 - 2, 0))[0], s0,
                                exclude=bearer + namer)
        name = m.group("name")
        # the name shared: the one given, else the name of the one the child is named after
        after_name = _given(v.people[other[0]].name or "") if other else None
        key = fold(name) if name else after_name or f"@{m.start()}"
        who = bearer + other + (_named(v, name) if name else [])
        if name:
            who += _called(v, text, name, s0)
        if not bearer and not other:
            continue
        put(key, who, (s0, s1))
    for m in _NAMED_BARE.finditer(text):
        # "I named her Birte": a namesake when someone told of before bears that name
        s0, s1 = sentence_at(text, m.start())
        name = m.group("name")
        bearer = _bearer(v, text, m, s0)
        if not bearer or fold(name) in groups:
            continue
        earlier = [p for p in _named(v, name) if p not in bearer and any(
            e <= s0 and fold(name) in fold(text[s:e]).split() for s, e in v.people[p].mentions)]
        if earlier:
            put(fold(name), bearer + earlier, (s0, s1))
    for m in _TOO.finditer(text):
        s0, s1 = sentence_at(text, m.start())
        name = m.group("name")
        bearer = _before(v, m.start(), s0)
        if not bearer:
            continue
        put(fold(name), bearer[:1] + _named(v, name) + _called(v, text, name, s0), (s0, s1))
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
    # "same as Mama" where the reader dropped that mention: the one person whose other
    # mentions are written the same way
    word = re.match(r"[\w’' -]+", text[a:b])
    if word is None:
        return []
    phrase = fold(word.group(0).strip())
    same = {p.id for p in v.family.people if p.id not in exclude
            and any(fold(text[s:e]) == phrase for s, e in p.mentions)}
    return sorted(same) if len(same) == 1 else []


def _named(v: View, name: str) -> list[str]:
    """People whose name or alias has the given name ``name`` (or a short form of it)."""
    g = fold(name)
    out = []
    for p in v.family.people:
        for full in [p.name, *p.aliases]:
            pg = _given(full) if full else None
            if pg and (_collide(pg, g) or _short_form(pg, g)):
                out.append(p.id)
                break
    return out


def _short_form(a: str, b: str) -> bool:
    """"Hal"/"Hally", "Ib"/"Ibby": a pet form adding a few letters to a short name."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3


def _called(v: View, text: str, name: str, s0: int) -> list[str]:
    """People the nearby text calls by a pet form of ``name`` ("everybody calls me Hally")."""
    g = fold(name)
    out: list[str] = []
    end = min(len(text), s0 + 600)
    for m in _CALLS.finditer(text, s0, end):
        h = fold(m.group("name"))
        if h == g or not (_collide(h, g) or _short_form(h, g)):
            continue
        xs = _mention_people(v, m.start("obj"), m.end("obj"))
        out += [p for _s, p in xs[:1] if p not in out]
    return out
