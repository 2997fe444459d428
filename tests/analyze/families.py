"""Hand-built families for the findings tests."""

from __future__ import annotations

from genogram.model import ChildOf, Family, Link, NarrationSegment, Person, Sibling, Source, Union

TEXT = "x" * 2000


def person(pid: str, name: str | None = None, gender: str = "unknown", **kw) -> Person:
    n = int(pid[1:])
    return Person(id=pid, name=name, gender=gender, mentions=[(n * 10, n * 10 + 5)], **kw)


def family(people: list[Person], **kw) -> Family:
    return Family(source=Source(name="t", sha256="0", chars=len(TEXT)), people=people, **kw)


def child(parent: str, kid: str, kind: str = "biological") -> ChildOf:
    return ChildOf(parent=parent, child=kid, kind=kind, evidence=[(100, 120)])


def union(uid: str, a: str, b: str, type_: str = "marriage", status: str = "together") -> Union:
    return Union(id=uid, partners=[a, b], type=type_, status=status, evidence=[(200, 230)])


def link(a: str, b: str, type_: str, ev: tuple[int, int] = (300, 340)) -> Link:
    return Link(a=a, b=b, type=type_, evidence=[ev])


def sib(a: str, b: str) -> Sibling:
    return Sibling(a=a, b=b, kind="full", evidence=[(400, 410)])


def narration(*segs: tuple[str | None, int, int]) -> list[NarrationSegment]:
    return [NarrationSegment(narrator=n, start=s, end=e) for n, s, e in segs]


def at(pid: str, name: str | None, text: str, *words: str, narrator: bool = False,
       gender: str = "unknown", descriptions: list[str] | None = None) -> Person:
    """A person whose mentions are every occurrence of ``words`` in ``text``."""
    spans = [(i, i + len(w)) for w in words for i in _all(text, w)]
    return Person(id=pid, name=name, narrator=narrator, gender=gender, mentions=sorted(spans),
                  descriptions=descriptions or [])


def _all(text: str, word: str) -> list[int]:
    out, i = [], text.find(word)
    while i != -1:
        out.append(i)
        i = text.find(word, i + 1)
    return out

