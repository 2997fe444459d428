"""A second name stated for someone: "Ludmila Kovar, called Milly", "Casimir, a carter everyone
called Pim", "they called her Elspeth", "I went by Wanda", "Rita, short for Margarita".

The parse of such clauses is often loose (the small parser hangs "called" on a place noun or reads
"her" as a possessive), so these are read from the surface: a mention, then one of a few fixed
naming frames, then a name mention. Each hit links the two mentions as aliases: the resolver then
gives the name to the person named first, even though the two names do not match, and
:meth:`Entities.compatible` still refuses to join people of different genders or relatives.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from genogram.read.document import StoryDoc
from genogram.read.entities import names_match

if TYPE_CHECKING:
    from genogram.read.mentions import Mention

_OPEN_QUOTE = r"[\"\u201c\u2018']?\s*"
#: Between a name and a comma: a year or a bracketed note ("Ludmila in 1898, whom …", "Osmund (7), …").
_NAME_TAIL = r"(?:\s+(?:in|born(?:\s+in)?|b\.)\s+\d{4}|\s*\([^()]{1,20}\))?"
#: Who does the calling when no relative pronoun says so: a closed set of generic subjects.
_CALLERS = (r"(?:everyone|everybody|they|we|people|folks|all|most|the\s+family|the\s+kids"
            r"|the\s+children|the\s+neighbou?rs|the\s+town|the\s+village|the\s+men|the\s+women)")
_CALL_VERBS = r"(?:called|calls|call|nicknamed|dubbed|knew\s+as|know\s+as|knows\s+as)"
_ADVERBS = r"(?:(?:has|had|have|always|just|only|still|simply|later|soon|affectionately)\s+)*"

#: After the person's mention: ", called Milly", ", nicknamed Pim", ", short for Margarita".
_PARTICIPLE = re.compile(
    _NAME_TAIL + r"\s*,\s*(?:also\s+|later\s+|often\s+|simply\s+)?"
    r"(?:called|nicknamed|dubbed|short\s+for)\s+" + _OPEN_QUOTE)
#: After the person's mention: ", whom everyone called Milly", ", a carter everyone called Pim",
#: ", a miller's niece everyone called Pim",
#: ", whom the children call “Nana Kip”".
_RELATIVE = re.compile(
    _NAME_TAIL + r"\s*,\s*(?:(?:a|an|the)\s+(?:[a-z][\w'\u2019-]*\s+){1,3}?)?"
    r"(?:(?:whom|who|that)\s+(?:[\w-]+\s+){1,3}?|" + _CALLERS + r"\s+)" + _ADVERBS
    + _CALL_VERBS + r"\s+" + _OPEN_QUOTE)
#: A copula after someone's mention, before the names they go by ("Ulrika was Ulla to …").
_GOES_BY = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|became)\s+" + _OPEN_QUOTE)
#: After one such name: "to" and whom it is that name to, up to a comma, "and" or the end.
_TO_SOMEONE = re.compile(r"[\"\u201d\u2019']?\s+to\s+[^,.;:!?\n]{1,40}?(?=\s*(?:,|\band\b|[.;:!?\n]|$))")
_UNREAD_NAME = re.compile(r"[A-Z][\w\u2019'-]*")
_NEXT_IN_LIST = re.compile(r"\s*,?\s*(?:and\s+)?" + _OPEN_QUOTE)
#: After "I": "'m" or " am" before a name ("I'm Bo, …").
_I_AM = re.compile(r"(?:['\u2019]m|\s+am)\s+" + _OPEN_QUOTE)
_CLAUSE_END = re.compile(r"[\"\u201d\u2019']?\s*(?:[,.;:!?]|$)")
#: After a name: ", as her pupils called her," (a nickname of someone just named).
_AS_CALLED = re.compile(r"\s*,\s*as\s+" + _CALLERS + r"\s+" + _ADVERBS
                        + r"(?:called|call|calls|knew)\s+(him|her)\b", re.I)
#: A renaming verb phrase before the new name: "went by Wanda", "anglicised his name to Vincent".
_RENAMING = re.compile(
    r"\b(?:(?:went|goes|go)\s+by\s+(?:the\s+name\s+(?:of\s+)?)?"
    r"|(?:anglici[sz]ed|americani[sz]ed|shortened|changed)\s+(?:it|(?:his|her)\s+(?:first\s+|"
    r"given\s+)?name)\s+to\s+)" + _OPEN_QUOTE, re.I)
#: A call verb with a pronoun object and a name: "they called her Elspeth", "calls me Rita".
_CALL_PRONOUN = re.compile(
    r"\b(?:call|calls|called|calling|nicknamed|dubbed|renamed)\s+(him|her|me)\s+(" + _OPEN_QUOTE
    + r")", re.I)
#: A call verb with a person-noun object and a name: "the neighbours called the child Bex" (a
#: possessed kin word and a name, "called his daughter Kelda", already pair as one person).
_CALL_NOUN = re.compile(
    r"\b(?:call|calls|called|calling|nicknamed|dubbed)\s+(the\s+[a-z]+)\s+("
    + _OPEN_QUOTE + r")", re.I)
#: A call verb before a name object that a quoted name follows: "to call Prudence “Auntie Kip”".
_CALL_BEFORE = re.compile(r"\b(?:call|calls|called|calling)\s+$", re.I)
_QUOTED_AFTER = re.compile(r"\s*[\"\u201c\u2018]\s*")
_SPACE_AFTER = re.compile(r"\s+")
_INFINITIVE = re.compile(r"\bto\s+$", re.I)
_COMMA = re.compile(r"\s*,\s*[\"\u201c]?")
#: "…, Bo to everybody," / "…, Bix to her friends": after a second name, whom it is that name to
_TO_EVERYONE = re.compile(r"[\"\u201d]?\s+to\s+(?:everybody|everyone|all|the\s+family|the\s+kids"
                          r"|(?:his|her|their|our|my)\s+(?:friends|family|brothers|sisters)|us"
                          r"|the\s+neighbou?rhood|the\s+town)\b", re.I)
#: A negation just before a naming verb: "never called her…", "did not go by…".
_NEGATED = re.compile(r"\b(?:never|not|no\s+longer|n[\u2019']t)(?:\s+\w+)?\s*$", re.I)
#: "At school I was Lettie.", "In the army I became Vincent.": the narrator under another name.
_SELF_RENAMED = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?:(?:At|In|To|For|Among|Around|Outside|On)\s[^.,;!?\n]{1,40},?\s+"
    r"(I)\s+(?:was|became)|(I)\s+became)\s+" + _OPEN_QUOTE)


def link_stated_names(doc: StoryDoc, ms: list[Mention]) -> None:
    """Link as aliases the two mentions of every naming frame in the text (in place)."""
    text = doc.text
    names_at = {m.start: m for m in ms if m.kind == "name" and m.name}
    # a bare kin title given as a name ("everyone called him Pop") names its bearer as a name does
    titles_at = {m.start: m for m in ms if _bare_title(m)}
    by_start = {m.start: m for m in ms}
    for m in ms:
        if m.kind not in ("name", "kin", "desc", "self", "he", "she") or m.plural:
            continue
        if m.kind not in ("name", "kin", "desc"):
            continue
        for frame in (_PARTICIPLE, _RELATIVE):
            hit = frame.match(text, m.end)
            if hit is None:
                continue
            other = names_at.get(hit.end())
            if other is None and frame is _RELATIVE:
                # "her stepfather, whom Ana calls Pop": a title as his name
                other = titles_at.get(hit.end())
            if other is not None and other is not m and _ends_clause(text, other, frame):
                _link(m, other)
                break
    for m in ms:
        # "my husband Eskild, Bo to everybody,": the name a circle of people uses
        if m.kind != "name" or m.plural:
            continue
        hit = _COMMA.match(text, m.end)
        other = names_at.get(hit.end()) if hit else None
        if other is not None and other is not m and _TO_EVERYONE.match(text, other.end):
            _link(m, other)
    for m in ms:
        # "Ulrika was Ulla to her mother and Aunt Rikki to me": the names one goes by, each to
        # whom
        if m.kind in ("name", "kin") and not m.plural:
            for other in _names_to_people(text, m, names_at, titles_at):
                _link(m, other)
    for m in ms:
        # "I'm Bo, the middle one…" (the parser may hang the name on a later verb): the teller's
        # name, even beside another
        if m.kind == "self" and m.quote == -1 and text[m.start:m.end] == "I":
            hit = _I_AM.match(text, m.end)
            other = names_at.get(hit.end()) if hit else None
            if other is not None and _CLAUSE_END.match(text, other.end):
                _link(m, other)
    for m in ms:
        # "and Bo, as all his friends called him, left…": a nickname for someone met before
        hit = _AS_CALLED.match(text, m.end) if m.kind == "name" and not m.plural else None
        pron = by_start.get(hit.start(1)) if hit else None
        if pron is not None:
            earlier = _person_before_in_sentence(doc, ms, m)
            other_gender = "female" if hit.group(1).lower() == "him" else "male"
            if earlier is not None and earlier.gender != other_gender:
                _link(earlier, m)
    by_head = {m.head: m for m in ms}
    for hit in _RENAMING.finditer(text):
        other = names_at.get(hit.end())
        if _NEGATED.search(text, max(0, hit.start() - 16), hit.start()):
            continue  # "she never went by Wanda"
        subj = _clause_subject(doc, doc.tok_at(hit.start()))
        person = by_head.get(subj) if subj != -1 else None
        if (other is not None and person is not None and person is not other and not person.plural
                and person.kind in ("name", "kin", "desc", "self", "he", "she")):
            _link(person, other)
    for hit in _CALL_PRONOUN.finditer(text):
        pron = by_start.get(hit.start(1))
        other = names_at.get(hit.end(2))
        if other is None and not _INFINITIVE.search(text, max(0, hit.start() - 4), hit.start()):
            # ("wanted the boys to call him Pa": a title wished for, not one he goes by)
            other = titles_at.get(hit.end(2))
        if pron is None or other is None or pron.kind not in ("self", "he", "she"):
            continue
        if _NEGATED.search(text, max(0, hit.start() - 16), hit.start()):
            continue  # a negated naming ("never called her Nana") gives no name
        if other.title is not None and hit.group(1).lower() == "her" and not hit.group(2).strip():
            continue  # "she called her Aunt Wilma": a phone call to her aunt, perhaps
        _link(pron, other)
    by_end = {m.end: m for m in ms if m.kind in ("kin", "desc") and not m.plural}
    for hit in _CALL_NOUN.finditer(text):
        person, other = by_end.get(hit.end(1)), names_at.get(hit.end(2))
        if person is None or other is None or person.start < hit.start(1):
            continue
        if not _NEGATED.search(text, max(0, hit.start() - 16), hit.start()):
            _link(person, other)  # "called the child Bex": the child's other name
    for m in ms:
        if m.kind != "name" or not _CALL_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue
        if _NEGATED.search(text, max(0, m.start - 28), m.start):
            continue
        hit = _QUOTED_AFTER.match(text, m.end)
        other = names_at.get(hit.end()) if hit else None
        if other is not None and other is not m:
            _link(m, other)
    for m in ms:
        if m.kind != "kin" or m.possessor == -1 or m.plural or m.title is not None:
            continue
        # "the family calls my daughter Wendy": the parser takes the name for the kin phrase's
        # apposition, which would make a second daughter of that name; it is her other name
        if not _CALL_BEFORE.search(text, max(0, m.start - 12), m.start):
            continue
        if _NEGATED.search(text, max(0, m.start - 28), m.start):
            continue
        hit = _QUOTED_AFTER.match(text, m.end) or _SPACE_AFTER.match(text, m.end)
        other = names_at.get(hit.end()) if hit else None
        if other is None or not _ends_clause(text, other, _PARTICIPLE):
            continue
        if any(n.kind == "name" and n.start < m.start and n.name
               and names_match(n.name, other.name) for n in ms):
            continue  # "he called his daughter Lia" with Lia met before: a phone call to her
        m.not_same_person(other)
        _link(m, other)
    for hit in _SELF_RENAMED.finditer(text):
        start = hit.start(1) if hit.group(1) else hit.start(2)
        me, other = by_start.get(start), names_at.get(hit.end())
        if me is not None and me.kind == "self" and other is not None and me.quote == -1:
            _link(me, other)


def _names_to_people(text: str, m: Mention, names_at: dict[int, Mention],
                     titles_at: dict[int, Mention]) -> list[Mention]:
    """The names ``m`` is said to be to various people ("was Ulla to her mother, Mrs Berg to
    her pupils and Aunt Rikki to me"): each name must be followed by "to" and its someone."""
    hit = _GOES_BY.match(text, m.end)
    out: list[Mention] = []
    pos = hit.end() if hit else -1
    while hit is not None:
        other = names_at.get(pos) or titles_at.get(pos)
        word = _UNREAD_NAME.match(text, pos) if other is None else None
        # (a name the reader took for no one, "was Mundi to her mother", still opens the list)
        to = _TO_SOMEONE.match(text, other.end if other is not None else word.end()) if (
            other is not None or word is not None) else None
        if to is None or other is m:
            break
        if other is not None:
            out.append(other)
        hit = _NEXT_IN_LIST.match(text, to.end())
        pos = hit.end()
    return out


def _person_before_in_sentence(doc: StoryDoc, ms: list[Mention], m: Mention) -> Mention | None:
    """The nearest named or kin-described person before ``m`` in its sentence, or None."""
    sent = doc.toks[m.head].sent
    for o in reversed(ms[:m.idx]):
        if doc.toks[o.head].sent != sent:
            return None
        if o.kind in ("name", "kin") and not o.plural and o.quote == m.quote:
            return o
    return None


def _bare_title(m: Mention) -> bool:
    """A kin title said alone, as a name ("Pop", "Nana"), not a possessed kin phrase."""
    return (m.kind == "kin" and m.title is not None and m.possessor == -1 and not m.plural
            and m.possessor_tok == -1)


def _clause_subject(doc: StoryDoc, verb: int) -> int:
    """The subject token of ``verb``'s clause, through coordinated verbs ("Ivo came over and
    shortened his name"), or -1."""
    toks = doc.toks
    k = verb
    while k >= 0:
        subj = next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")), -1)
        if subj != -1 or toks[k].dep != "conj" or toks[k].head == k:
            return subj
        k = toks[k].head
    return -1


def _ends_clause(text: str, other: Mention, frame: re.Pattern) -> bool:
    """A participle frame names only when the name closes its clause (", called Milly, in 1923"),
    not when the verb is a phone call ("Ivo, called Milly to say…")."""
    if frame is not _PARTICIPLE:
        return True
    rest = text[other.end:other.end + 3].lstrip("\"\u201d\u2019'")
    return not rest or rest[0] in ",.;:)\u2014\u2013\n" or rest.startswith(" by")


def _link(a: Mention, b: Mention) -> None:
    if a.name and b.name and names_match(a.name, b.name):
        return  # one name twice ("called Wanda “Auntie Wanda”"): the names join them already
    if b.idx not in a.aliases:
        a.aliases.append(b.idx)
    if a.idx not in b.aliases:
        b.aliases.append(a.idx)
