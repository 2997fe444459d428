"""The claim index of Entities stays true when claims are appended, merged or filtered in place."""

from __future__ import annotations

from genogram.read.entities import Entities
from genogram.read.lexicon import kin_term


def _term(word: str):
    t = kin_term(word)
    assert t is not None
    return t


def test_parents_follow_merges_and_in_place_filtering() -> None:
    ents = Entities()
    kid, mum, other_mum, dad = (ents.new() for _ in range(4))
    ents.claim(kid, _term("mother"), mum, (0, 5))
    ents.claim(dad, _term("son"), kid, (6, 9))
    assert ents.parents_of(kid) == {mum, dad}
    ents.merge(mum, other_mum)
    assert ents.parents_of(kid) == {ents.find(mum), dad}
    assert ents.children_of(other_mum) == {kid}
    ents.claims[:] = [c for c in ents.claims if c.span != (6, 9)]  # a stage drops a claim
    assert ents.parents_of(kid) == {ents.find(mum)}
    ents.claim(kid, _term("father"), dad, (10, 16))
    assert ents.lookup(kid, _term("father")) == dad


def test_a_relative_is_never_merged_after_the_claim_moved_to_a_root() -> None:
    ents = Entities()
    a, b, c = (ents.new() for _ in range(3))
    ents.claim(a, _term("sister"), c, (0, 6))
    root = ents.merge(b, c)
    assert not ents.compatible(a, root)


def test_one_persons_mother_and_grandmother_are_two_people() -> None:
    ents = Entities()
    kid, mama, granny, mil = (ents.new() for _ in range(4))
    ents.claim(kid, _term("mama"), mama, (0, 4), title_only=True)
    ents.claim(kid, _term("granny"), granny, (5, 11), title_only=True)
    assert not ents.compatible(mama, granny)
    # a role through a partner does not count: a mother-in-law may be called "Mom"
    ents.claim(kid, _term("mother-in-law"), mil, (12, 25))
    assert ents.compatible(mama, mil)
