"""Families for format tests: a hand-made one, random ones (hypothesis), and comparisons."""

from __future__ import annotations

from hypothesis import strategies as st

from genogram.model import (
    CHILD_KINDS,
    EVENT_TYPES,
    GENDERS,
    LINK_TYPES,
    SIBLING_KINDS,
    UNION_STATUSES,
    UNION_TYPES,
    ChildOf,
    Event,
    Family,
    Finding,
    Link,
    NarrationSegment,
    Person,
    Sibling,
    Source,
    Union,
    When,
)


def laura_family() -> Family:
    """The family of the .geno example in docs/geno.md, with evidence spans."""
    return Family(
        source=Source(name="laura.txt", sha256="ab" * 32, chars=400),
        people=[
            Person(id="laura", name="Laura", gender="female", narrator=True, age=34,
                   mentions=[(0, 5), (40, 41)]),
            Person(id="john", name="John Miller", gender="male", aliases=["Johnny"],
                   descriptions=["my husband"], mentions=[(10, 14)]),
            Person(id="colin", name="Colin", gender="male", age=7, birth_year=2017),
            Person(id="mia", name="Mia", gender="female"),
            Person(id="rose", name="Rose", gender="female", deceased=True, death_year=2015),
            Person(id="dana", descriptions=["the woman he's been seeing"], gender="nonbinary"),
        ],
        unions=[Union(id="u1", partners=["laura", "john"], type="marriage", status="separated",
                      evidence=[(10, 30)]),
                Union(id="u2", partners=["john", "dana"], type="affair", status="ended")],
        children=[ChildOf(parent="laura", child="colin", evidence=[(50, 55)]),
                  ChildOf(parent="john", child="colin"),
                  ChildOf(parent="laura", child="mia", kind="adoptive"),
                  ChildOf(parent="rose", child="laura")],
        siblings=[Sibling(a="colin", b="mia", kind="half", evidence=[(60, 70)])],
        links=[Link(a="john", b="colin", type="cutoff", evidence=[(80, 90)]),
               Link(a="laura", b="dana", type="friend")],
        events=[Event(id="e1", type="marriage", people=["laura", "john"],
                      when=When(year=2012, order=1)),
                Event(id="e2", type="separation", people=["laura", "john"],
                      summary="John leaves Laura", when=When(text="last spring", year=2019,
                                                             order=2), evidence=[(100, 120)]),
                Event(id="e3", type="death", people=["rose"], when=When(year=2015, order=3)),
                Event(id="e4", type="move", summary="A hard winter", when=When(order=4))],
        narration=[NarrationSegment(narrator="laura", start=0, end=300),
                   NarrationSegment(narrator=None, start=300, end=400)],
        findings=[Finding(code="cutoff", kind="pattern", message="John cut off Colin.",
                          people=["john", "colin"], evidence=[(80, 90)])],
    )


def without_evidence(family: Family) -> Family:
    """The family with every evidence span and mention removed (what .geno does not carry)."""
    data = family.model_dump(by_alias=True)
    for person in data["people"]:
        person["mentions"] = []
    for key in ("unions", "children", "siblings", "links", "events", "findings"):
        for item in data[key]:
            item["evidence"] = []
    return Family.model_validate(data)


def canonical(family: Family) -> Family:
    """The family with its tie and event lists sorted: GEDCOM groups ties by family/person."""
    data = family.model_dump(by_alias=True)
    for key in ("children", "siblings", "links", "events"):
        data[key] = sorted(data[key], key=repr)
    return Family.model_validate(data)


def counts(family: Family) -> tuple[int, int, int]:
    return len(family.people), len(family.unions), len(family.children)


# --- random families ----------------------------------------------------------------------------

# Text as people type it: letters, digits, punctuation, symbols, spaces (no control characters).
_chars = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), max_codepoint=0x2FFF)
texts = st.text(_chars, max_size=30)
multiline = st.lists(texts, min_size=1, max_size=3).map("\n".join)
ids = st.text(st.characters(blacklist_categories=("Cc", "Cs"), max_codepoint=0x17F),
              min_size=1, max_size=8)
spans = st.lists(st.tuples(st.integers(0, 5000), st.integers(0, 5000)), max_size=3)
years = st.one_of(st.none(), st.integers(-3000, 12000))


@st.composite
def families(draw: st.DrawFn) -> Family:
    pids = draw(st.lists(ids, min_size=1, max_size=7, unique=True))
    people = [Person(
        id=pid, name=draw(st.one_of(st.none(), texts)),
        aliases=draw(st.lists(texts, max_size=2)),
        descriptions=draw(st.lists(multiline, max_size=2)),
        gender=draw(st.sampled_from(GENDERS)), narrator=draw(st.booleans()),
        deceased=draw(st.booleans()), age=draw(st.one_of(st.none(), st.integers(0, 130))),
        birth_year=draw(years), death_year=draw(years), mentions=draw(spans),
    ) for pid in pids]
    pid = st.sampled_from(pids)
    pair = st.tuples(pid, pid).filter(lambda ab: ab[0] != ab[1])
    unions = [Union(id=f"u{i}" if draw(st.booleans()) else draw(ids), partners=list(ab),
                    type=draw(st.sampled_from(UNION_TYPES)),
                    status=draw(st.sampled_from(UNION_STATUSES)), evidence=draw(spans))
              for i, ab in enumerate(draw(st.lists(pair, max_size=4)), start=1)]
    ties = draw(st.lists(st.tuples(pid, pid, st.sampled_from(CHILD_KINDS)), max_size=8,
                         unique=True).map(lambda ts: [t for t in ts if t[0] != t[1]]))
    children = [ChildOf(parent=p, child=c, kind=k, evidence=draw(spans)) for p, c, k in ties]
    siblings = [Sibling(a=a, b=b, kind=draw(st.sampled_from(SIBLING_KINDS)),
                        evidence=draw(spans)) for a, b in draw(st.lists(pair, max_size=3))]
    links = [Link(a=a, b=b, type=draw(st.sampled_from(LINK_TYPES)), evidence=draw(spans))
             for a, b in draw(st.lists(pair, max_size=3))]
    events = [Event(
        id=f"e{i}" if draw(st.booleans()) else f"x{i}", type=draw(st.sampled_from(EVENT_TYPES)),
        people=draw(st.lists(pid, max_size=3)), summary=draw(multiline),
        when=When(text=draw(st.one_of(st.none(), texts)), year=draw(years),
                  order=draw(st.integers(-5, 50)), approximate=draw(st.booleans())),
        evidence=draw(spans)) for i in range(1, draw(st.integers(0, 5)) + 1)]
    narration = [NarrationSegment(narrator=draw(st.one_of(st.none(), pid)), start=s, end=e)
                 for s, e in draw(spans)]
    findings = [Finding(code=draw(ids), kind=draw(st.sampled_from(["pattern", "lint"])),
                        message=draw(multiline), people=draw(st.lists(pid, max_size=3)),
                        evidence=draw(spans)) for _ in range(draw(st.integers(0, 2)))]
    return Family(source=Source(name=draw(texts), sha256=draw(st.sampled_from(["", "ab" * 32])),
                                chars=draw(st.integers(0, 10**6))),
                  people=people, unions=unions, children=children, siblings=siblings,
                  links=links, events=events, narration=narration, findings=findings)
