"""The kinship calculator, by table: small families built with the model, one answer per row."""

from __future__ import annotations

import pytest

from genogram.analyze.kinship import Relationship, describe, relationship, sentence
from genogram.model import ChildOf, Family, ModelError, Person, Sibling, Source, Union

GENDER = {"m": "male", "f": "female", "u": "unknown", "n": "nonbinary"}


def build(people: str, children: str = "", unions: str = "", siblings: str = "",
          deceased: str = "") -> Family:
    """A family from a compact spec.

    people: "id:g id:g" (g in m/f/u/n); children: "parent>child" or "parent>child:kind";
    unions: "a=b" or "a=b:status" or "a=b:status:type"; siblings: "a~b" or "a~b:kind".
    """
    dead = set(deceased.split())
    ps = []
    for spec in people.split():
        pid, g = spec.split(":")
        ps.append(Person(id=pid, name=pid.capitalize(), gender=GENDER[g], deceased=pid in dead))
    kids = []
    for spec in children.split():
        tie, _, kind = spec.partition(":")
        parent, child = tie.split(">")
        kids.append(ChildOf(parent=parent, child=child, kind=kind or "biological"))
    us = []
    for i, spec in enumerate(unions.split()):
        pair, *rest = spec.split(":")
        a, b = pair.split("=")
        status = rest[0] if rest else "together"
        utype = rest[1] if len(rest) > 1 else "marriage"
        us.append(Union(id=f"u{i}", partners=[a, b], status=status, type=utype))
    sibs = []
    for spec in siblings.split():
        pair, _, kind = spec.partition(":")
        a, b = pair.split("~")
        sibs.append(Sibling(a=a, b=b, kind=kind or "unknown"))
    return Family(source=Source(name="t", sha256="0" * 64, chars=0), people=ps, children=kids,
                  unions=us, siblings=sibs)


# Four generations above "me", a married son with a child, in-laws, an ex, a step-daughter,
# a half-sister and her mother's new husband's son (a step-brother to her).
BIG = build(
    people="ggm:f ggf:m gpa:m gma:f gu:m mom:f aunt:f dad:m gucousin:m me:f bro:m halfsis:f "
           "ex1:f ex1new:m stepbro:m cousin:u sc:f son:m hub:m sil:f dil:f grandkid:u "
           "stepd:f hubex:f",
    children="ggm>gpa ggf>gpa ggm>gu ggf>gu gpa>mom gma>mom gpa>aunt gma>aunt gu>gucousin "
             "mom>me dad>me mom>bro dad>bro dad>halfsis ex1>halfsis ex1new>stepbro aunt>cousin "
             "gucousin>sc me>son hub>son son>grandkid dil>grandkid hub>stepd hubex>stepd",
    unions="ggm=ggf gpa=gma mom=dad dad=ex1:divorced ex1=ex1new me=hub hub=hubex:divorced "
           "bro=sil son=dil",
)

BIG_CASES = [
    ("me", "mom", "mother"),
    ("me", "dad", "father"),
    ("me", "gma", "maternal grandmother"),
    ("me", "gpa", "maternal grandfather"),
    ("me", "ggm", "maternal great-grandmother"),
    ("son", "ggf", "maternal great-great-grandfather"),
    ("grandkid", "me", "paternal grandmother"),
    ("ggm", "son", "great-great-grandson"),
    ("ggm", "grandkid", "great-great-great-grandchild"),
    ("me", "bro", "brother"),
    ("bro", "me", "sister"),
    ("me", "halfsis", "half-sister"),
    ("halfsis", "bro", "half-brother"),
    ("me", "aunt", "aunt"),
    ("aunt", "me", "niece"),
    ("aunt", "son", "great-nephew"),
    ("me", "gu", "great-uncle"),
    ("gu", "me", "great-niece"),
    ("me", "cousin", "first cousin"),
    ("son", "cousin", "first cousin once removed"),
    ("cousin", "son", "first cousin once removed"),
    ("me", "gucousin", "first cousin once removed"),
    ("me", "sc", "second cousin"),
    ("son", "sc", "second cousin once removed"),
    ("me", "son", "son"),
    ("mom", "son", "grandson"),
    ("me", "grandkid", "grandchild"),
    ("me", "dil", "daughter-in-law"),
    ("dil", "me", "mother-in-law"),
    ("dil", "hub", "father-in-law"),
    ("me", "sil", "sister-in-law"),
    ("sil", "me", "sister-in-law"),
    ("hub", "bro", "brother-in-law"),
    ("hub", "sil", "sister-in-law"),
    ("me", "hub", "husband"),
    ("hub", "me", "wife"),
    ("hub", "hubex", "ex-wife"),
    ("ex1", "dad", "ex-husband"),
    ("me", "stepd", "stepdaughter"),
    ("stepd", "me", "stepmother"),
    ("son", "stepd", "half-sister"),
    ("halfsis", "mom", "stepmother"),
    ("halfsis", "ex1new", "stepfather"),
    ("stepbro", "halfsis", "stepsister"),
    ("halfsis", "stepbro", "stepbrother"),
    ("me", "ex1", "father's ex-wife"),
    ("bro", "stepd", "sister's husband's daughter"),
    ("mom", "cousin", "sibling's child"),
]


@pytest.mark.parametrize(("a", "b", "words"), BIG_CASES)
def test_big_family_by_table(a: str, b: str, words: str) -> None:
    rel = relationship(BIG, a, b)
    assert rel is not None
    assert describe(rel) == words


@pytest.mark.parametrize(("ga", "gb", "words"), [
    (1, 1, "brother"),
    (2, 2, "first cousin"),
    (3, 3, "second cousin"),
    (4, 4, "third cousin"),
    (3, 5, "second cousin twice removed"),
    (5, 2, "first cousin three times removed"),
    (6, 2, "first cousin 4 times removed"),
    (4, 2, "first cousin twice removed"),
    (1, 4, "great-great-nephew"),
    (4, 1, "great-great-uncle"),
    (3, 1, "great-uncle"),
    (1, 3, "great-nephew"),
    (0, 6, "4th great-grandson"),
    (6, 0, "paternal 4th great-grandfather"),
])
def test_cousins_and_lines_from_generation_counts(ga: int, gb: int, words: str) -> None:
    """Two male lines meeting at one couple, ga generations above A and gb above B."""
    people = ["top1:m", "top2:f"]
    children: list[str] = []
    for side, n in (("a", ga), ("b", gb)):
        prev = None
        for i in range(n):
            pid = f"{side}{i}"
            people.append(f"{pid}:m")
            children += ["top1>" + pid, "top2>" + pid] if prev is None else [f"{prev}>{pid}"]
            prev = pid
    fam = build(" ".join(people), " ".join(children), "top1=top2")
    a = f"a{ga - 1}" if ga else "top1"
    b = f"b{gb - 1}" if gb else "top1"
    rel = relationship(fam, a, b)
    assert rel is not None
    assert (rel.ga, rel.gb) == (ga, gb)
    assert rel.degree == min(ga, gb) - 1 and rel.removed == abs(ga - gb)
    assert describe(rel) == words
    if ga and gb:
        assert set(rel.ancestors) == {"top1", "top2"}


SAME_SEX = build(
    people="m1:f m2:f kid:f nana:f d1:m d2:m boy:m",
    children="m1>kid m2>kid nana>m1 d1>boy d2>boy",
    unions="m1=m2 d1=d2",
)


@pytest.mark.parametrize(("a", "b", "words"), [
    ("kid", "m1", "mother"),
    ("kid", "m2", "mother"),
    ("m1", "m2", "wife"),
    ("d1", "d2", "husband"),
    ("m2", "kid", "daughter"),
    ("kid", "nana", "maternal grandmother"),
    ("m2", "nana", "mother-in-law"),
    ("boy", "d2", "father"),
])
def test_same_sex_parents(a: str, b: str, words: str) -> None:
    rel = relationship(SAME_SEX, a, b)
    assert rel is not None and describe(rel) == words


UNKNOWN = build(
    people="p:u gp:u kid:u sib:u spouse:u pil:u nib:u auntie:u child:u",
    children="gp>p p>kid p>sib gp>auntie kid>child pil>spouse sib>nib",
    unions="kid=spouse",
)


@pytest.mark.parametrize(("a", "b", "words"), [
    ("kid", "p", "parent"),
    ("kid", "gp", "grandparent"),
    ("p", "kid", "child"),
    ("gp", "child", "great-grandchild"),
    ("kid", "sib", "sibling"),
    ("kid", "auntie", "parent's sibling"),
    ("child", "auntie", "grandparent's sibling"),
    ("kid", "nib", "sibling's child"),
    ("auntie", "child", "sibling's grandchild"),
    ("kid", "spouse", "spouse"),
    ("kid", "pil", "parent-in-law"),
    ("pil", "kid", "child-in-law"),
    ("spouse", "sib", "sibling-in-law"),
])
def test_gender_neutral_words_when_gender_is_unknown(a: str, b: str, words: str) -> None:
    rel = relationship(UNKNOWN, a, b)
    assert rel is not None and describe(rel) == words


def test_nonbinary_takes_the_neutral_word() -> None:
    fam = build("a:f b:n", "a>b")
    rel = relationship(fam, "a", "b")
    assert rel is not None and describe(rel) == "child"


# Siblings stated without parents share a virtual parent.
SIBS = build(
    people="ann:f bob:m cal:m dot:f eve:f fay:f gus:m",
    children="bob>cal dot>gus",
    siblings="ann~bob bob~dot ann~eve:half fay~ann:twin",
)


@pytest.mark.parametrize(("a", "b", "words"), [
    ("ann", "bob", "brother"),
    ("ann", "dot", "sister"),
    ("ann", "cal", "nephew"),
    ("cal", "ann", "aunt"),
    ("cal", "dot", "aunt"),
    ("cal", "gus", "first cousin"),
    ("ann", "eve", "half-sister"),
    ("ann", "fay", "twin sister"),
])
def test_siblings_without_parents(a: str, b: str, words: str) -> None:
    rel = relationship(SIBS, a, b)
    assert rel is not None and describe(rel) == words


def test_sibling_shares_a_parent_stated_for_the_other() -> None:
    fam = build("wayne:m dale:m clarence:m", "clarence>dale", siblings="wayne~dale")
    rel = relationship(fam, "wayne", "clarence")
    assert rel is not None and describe(rel) == "father"
    assert [s.move for s in rel.path] == ["sibling", "parent"]


def test_siblings_through_one_known_parent_are_not_called_half() -> None:
    fam = build("nancy:f jacob:m linda:f", "nancy>jacob nancy>linda")
    rel = relationship(fam, "linda", "jacob")
    assert rel is not None and describe(rel) == "brother" and not rel.half


@pytest.mark.parametrize(("children", "a", "b", "words"), [
    ("mum>kid:adoptive", "kid", "mum", "adoptive mother"),
    ("mum>kid:adoptive", "mum", "kid", "adopted son"),
    ("mum>kid:foster", "mum", "kid", "foster son"),
    ("mum>kid:step", "kid", "mum", "stepmother"),
    ("mum>kid:caregiver", "kid", "mum", "caregiver"),
])
def test_direct_ties_of_other_kinds(children: str, a: str, b: str, words: str) -> None:
    fam = build("mum:f kid:m", children)
    rel = relationship(fam, a, b)
    assert rel is not None and describe(rel) == words


def test_step_sibling_tie() -> None:
    fam = build("a:m b:f", siblings="a~b:step")
    rel = relationship(fam, "a", "b")
    assert rel is not None and describe(rel) == "stepsister" and rel.step


@pytest.mark.parametrize(("unions", "words"), [
    ("a=b:together:engagement", "fiancée"),
    ("a=b:together:dating", "girlfriend"),
    ("a=b:ended:dating", "ex-girlfriend"),
    ("a=b:separated", "ex-wife"),
    ("a=b:together:cohabitation", "partner"),
    ("a=b:widowed", "late wife"),
])
def test_partner_words(unions: str, words: str) -> None:
    fam = build("a:m b:f", unions=unions, deceased="b")
    rel = relationship(fam, "a", "b")
    assert rel is not None and rel.kind == "partner" and describe(rel) == words


@pytest.mark.parametrize(("unions", "a", "b", "words"), [
    ("mum=bf:together:dating", "kid", "bf", "mother's boyfriend"),
    ("mum=bf:together:cohabitation", "kid", "bf", "stepfather"),
    ("mum=bf:together:dating", "bf", "kid", "girlfriend's son"),
    ("mum=bf:divorced", "kid", "bf", "mother's ex-husband"),
])
def test_step_words_need_a_settled_union(unions: str, a: str, b: str, words: str) -> None:
    fam = build("mum:f kid:m bf:m", "mum>kid", unions)
    rel = relationship(fam, a, b)
    assert rel is not None and describe(rel) == words


def test_ex_flags_the_in_law() -> None:
    fam = build("a:m b:f bmum:f", "bmum>b", "a=b:divorced")
    rel = relationship(fam, "a", "bmum")
    assert rel is not None and rel.ex and rel.in_law
    assert describe(rel) == "former mother-in-law"


def test_uncle_by_marriage_and_great_aunt_by_marriage() -> None:
    fam = build("gp:m dad:m unc:m tante:f kid:f", "gp>dad gp>unc dad>kid", "unc=tante")
    rel = relationship(fam, "kid", "tante")
    assert rel is not None and describe(rel) == "aunt by marriage" and rel.in_law


def test_co_parent_relatives_are_named_through_the_child() -> None:
    fam = build("john:m tracy:f kath:f scott:m", "john>tracy kath>tracy scott>kath")
    rel = relationship(fam, "john", "scott")
    assert rel is not None and rel.kind == "co-parent" and not rel.in_law
    assert describe(rel) == "daughter's maternal grandfather"
    other = relationship(fam, "john", "kath")
    assert other is not None and describe(other) == "daughter's mother"


def test_blood_is_preferred_to_marriage() -> None:
    # B is both A's own son and A's wife's son: "son", not "stepson"
    fam = build("a:m w:f s:m", "a>s w>s", "a=w")
    rel = relationship(fam, "a", "s")
    assert rel is not None and rel.kind == "blood" and describe(rel) == "son"


def test_path_steps_and_structure() -> None:
    rel = relationship(BIG, "me", "cousin")
    assert rel is not None
    assert [s.move for s in rel.path] == ["parent", "parent", "child", "child"]
    assert rel.path[0].src == "me" and rel.path[-1].dst == "cousin"
    assert (rel.ga, rel.gb, rel.half) == (2, 2, False)
    assert set(rel.ancestors) == {"gpa", "gma"}
    half = relationship(BIG, "me", "halfsis")
    assert half is not None and half.half and half.ancestors == ("dad",)


def test_self_unrelated_and_unknown_ids() -> None:
    fam = build("a:f b:m")
    self_rel = relationship(fam, "a", "a")
    assert self_rel is not None and self_rel.kind == "self"
    assert relationship(fam, "a", "b") is None
    assert sentence(None, "Ann", "Bob") == "Bob and Ann are not related through any tie in this family."
    with pytest.raises(ModelError):
        relationship(fam, "a", "nobody")


def test_sentence_reads_b_of_a() -> None:
    rel = relationship(BIG, "me", "son")
    assert isinstance(rel, Relationship)
    assert sentence(rel, "Laura", "Colin") == "Colin is Laura's son."


def test_a_partners_nephew_is_a_nephew_by_marriage() -> None:
    fam = build("gp:m dad:m unc:m tante:f kid:f", "gp>unc gp>dad dad>kid", "unc=tante")
    rel = relationship(fam, "tante", "kid")
    assert rel is not None and describe(rel) == "niece by marriage"
