"""Kinship titles for people who are not that kin (the ``fictive-kin`` lint finding): a fictive-kin
link of the reader, a title the story gives to someone with no family ties, a title the story
denies ("she is not really our aunt"), or a title the family structure contradicts (an "uncle" who
is a parent's best friend or the neighbour).
"""

from __future__ import annotations

import re

from genogram.analyze.cues import fold, person_at, sentence_at
from genogram.analyze.graph import View, spans
from genogram.model import Finding, Person, Span

#: Kin titles that families give to people who are not that kin (not parent words: "calls her
#: Mom" is a step or adoptive tie).
_FICTIVE_TITLES = ("aunt|auntie|aunty|uncle|grandma|grandpa|granny|gran|grandmother|grandfather|"
                   "nana|nan|nanna|nonna|nonno|oma|opa|abuela|abuelo|abuelita|abuelito|babcia|"
                   "dziadek|bubbe|bubby|zayde|yaya|yiayia|papou|tia|tía|tio|tío|zia|zio|tante|"
                   "onkel|cousin|big mama|mawmaw|pawpaw|meemaw|peepaw|tanty|tantie|tita|tito")
_NAMED_AS = re.compile(
    r"\b(?:call(?:s|ed|ing)?|refer(?:s|red|ring)? to \w+ as|known (?:to \w+ )?as|"
    r"address(?:es|ed)? \w+ as)\b", re.IGNORECASE)
_TITLE_NAME = re.compile(r"\b(?:" + "|".join(w[:1].upper() + w[1:]
                                             for w in _FICTIVE_TITLES.split("|"))
                         + r")\s+([A-Z][\w’'-]+)")
#: A title denied: "is not really our aunt", "wasn't anybody's uncle" ("n't" is glued to its verb,
#: so no word boundary before it), "no relation".
_DENIAL = re.compile(
    r"(?:\bnot|n[’']t|\bnever) (?:really |actually |even )?(?:related\b|"
    r"(?:our|my|his|her|their|any(?:body|one)[’']s|any) (?:real |actual |blood )?"
    r"(?:" + _FICTIVE_TITLES + r")s?\b)|\bno relation\b", re.IGNORECASE)
#: A sibling tie denied to someone given an aunt or uncle title: "Auntie Wenna ... wasn't Mom's
#: sister", "is Dad's coworker, not his brother" (counted only with a title just before it).
_SIB_DENIAL = re.compile(
    r"(?:\bnot|n[’']t|\bnever) (?:really |actually |even )?(?:(?:our|my|his|her|their|"
    r"any(?:body|one)[’']s|[A-Z][a-z]+[’']s) )?(?:real |actual |blood |own )?"
    r"(?:sister|brother|sibling)s?\b")


def fictive_kin(v: View, text: str | None = None) -> list[Finding]:
    """A kin title for someone who is not that kin: one finding per fictive-kin link, and one
    per sentence of the story that gives a title to people who have no family ties ("We call him
    Grandpa Hob", "refers to them as 'Uncle Rolf and Aunt Edda'") or denies the title ("She is
    not really our aunt")."""
    out = []
    titled_people: set[str] = set()
    # links of one sentence naming one caller ("calls them Uncle Rolf and Aunt Edda"): one finding
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
        out += _contradicted(v, text, titled_people)
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
            pid = _titled(v, text, a, a + len(t.group(1)))
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
    denials = [(m, False) for m in _DENIAL.finditer(text)]
    denials += [(m, True) for m in _SIB_DENIAL.finditer(text)]
    for m, sib in sorted(denials, key=lambda x: x[0].start()):
        # "Next door is Auntie Wenna. She is not really our aunt.": the titled person named just
        # before the denial; else the subject of the denial ("Bert isn't really our uncle")
        s0, s1 = sentence_at(text, m.start())
        p0 = sentence_at(text, max(s0 - 2, 0))[0]
        titled = list(_TITLE_NAME.finditer(text, p0, m.start()))
        if sib and not titled:
            continue  # "he is not my brother" alone gives no one a title
        if titled:
            t = titled[-1]
            pid, ev = _titled(v, text, t.start(1), t.end(1)), (t.start(), t.end())
        elif "related" in m.group(0).lower() or "relation" in m.group(0).lower():
            continue  # "not related" alone does not say anyone was given a title
        else:
            pid, ev = _subject(v, text, s0, m.start()), (s0, s1)
        if pid is None or pid in done:
            continue
        done.add(pid)
        msg = (f"{v.label(pid)} is called by a kinship title but the story says they are not "
               f"that kin (fictive-kin): draw them as close non-kin, not on the family tree.")
        out.append(Finding(code="fictive-kin", kind="lint", message=msg, people=[pid],
                           evidence=spans([ev, (s0, s1)])))
    return out


_PRONOUNS = frozenset(["he", "she", "i", "they", "we", "you", "it"])


def _titled(v: View, text: str, a: int, b: int) -> str | None:
    """The person a title is given to, by the name after the title ("Nana Bess"): the one person
    whose written name (else alias) has that word, as a reader may hang the titled mention on the
    caller; else the person whose mention covers it."""
    word = fold(text[a:b])
    for names in (lambda p: [p.name or ""], lambda p: p.aliases):
        named = [p.id for p in v.family.people
                 if any(word in [fold(w) for w in n.split()] for n in names(p) if n)]
        if len(named) == 1:
            return named[0]
    return person_at(v, text, a, b)


def _subject(v: View, text: str, s0: int, at: int) -> str | None:
    """The person named (not by a pronoun) at the start of ``[s0, at)``: the subject of a denial
    ("Bert isn't really our uncle"), if nothing but a verb stands between them."""
    for p in v.family.people:
        for s, e in p.mentions:
            named = text[s:s + 1].isupper() and text[s:e].lower() not in _PRONOUNS
            if named and s0 <= s < at and re.fullmatch(r"[\s,]*\w*\s*", text[e:at]):
                return p.id
    return None


_TITLE_WORD = re.compile(r"^(?:(?:our|my|the kids[’']?|the children[’']s) )?(?:" + _FICTIVE_TITLES
                         + r")\b", re.IGNORECASE)
#: What someone outside the family is: "Dad's best friend", "our neighbour", "the lodger".
_OUTSIDER = re.compile(r"\b(?:friend|neighbou?r|godmother|godfather|godparent|co-?worker|"
                       r"colleague|lodger|boarder|landlady|landlord|babysitter|nanny)s?\b",
                       re.IGNORECASE)


def _contradicted(v: View, text: str, done: set[str]) -> list[Finding]:
    """A kinship title the family structure contradicts: someone called "Uncle Brannoc" or "our aunt"
    whom the story also calls a friend, neighbour, godparent or lodger (a description or a friend
    link) and who has no family tie."""
    out: list[Finding] = []
    for p in v.family.people:
        if p.id in done or p.narrator or _tied(v, p.id) or v.partners.get(p.id) or _teller_kin(
                v, p.id):
            continue
        titled = [(s, e) for s, e in p.mentions if _TITLE_WORD.match(text[s:e])]
        outside = [(s, e) for s, e in p.mentions if _OUTSIDER.search(text[s:e])]
        outside += [x for link in v.family.links if link.type == "friend" and p.id in (
            link.a, link.b) for x in link.evidence]
        if not titled or not outside:
            continue
        done.add(p.id)
        msg = (f"{v.label(p.id)} is called by a kinship title (\"{text[slice(*titled[0])]}\") "
               f"but is a friend or neighbour of the family, not kin by blood or marriage "
               f"(fictive-kin): draw them as close non-kin, not on the family tree.")
        out.append(Finding(code="fictive-kin", kind="lint", message=msg, people=[p.id],
                           evidence=spans(titled[:2], outside[:2])))
    return out

