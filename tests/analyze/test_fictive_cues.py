"""Fictive kin from hand-built families with a made-up story text: a denied title, a title the
family structure contradicts, and a titled name the reader hung on the wrong person."""

from __future__ import annotations

from genogram.analyze.findings import find_all
from genogram.model import Family
from tests.analyze.families import at, child, family, link, sib


def fictive(fam: Family, text: str) -> list[set[str]]:
    return [set(f.people) for f in find_all(fam, text) if f.code == "fictive-kin"]


def test_a_title_denied_with_a_glued_not_is_fictive_kin() -> None:
    text = "We called him Uncle Hal, though he wasn’t anybody’s uncle. Hal fixed our roof."
    fam = family([at("p1", None, text, "We", narrator=True), at("p2", "Hal", text, "Hal")])
    assert fictive(fam, text) == [{"p2"}]


def test_a_named_subject_denied_a_title_is_fictive_kin_without_the_title_nearby() -> None:
    text = ("Uncle Hal gave the toast at the wedding. Everyone laughed. Hal isn't really our "
            "uncle. He and Dad drove trucks together for thirty years.")
    fam = family([at("p1", "Hal", text, "Uncle Hal", "Hal ", "He ")])
    (found,) = [f for f in find_all(fam, text) if f.code == "fictive-kin"]
    assert found.people == ["p1"] and "Hal" in found.message
    assert any(text[a:b].startswith("Hal isn't") for a, b in found.evidence)


def test_not_related_alone_gives_no_title() -> None:
    text = "Nella lives next door. Nella is not related to us, but she waters our plants."
    fam = family([at("p1", "Nella", text, "Nella")])
    assert fictive(fam, text) == []


def test_a_caribbean_auntie_title_is_a_kin_title() -> None:
    text = "The children called her Tanty Rhona, though she was no relation at all."
    fam = family([at("p1", "Rhona", text, "Rhona", "her")])
    assert fictive(fam, text) == [{"p1"}]


def test_a_titled_name_hung_on_the_caller_still_finds_the_one_of_that_name() -> None:
    # the reader gave the mention "Nana Bess" to the child who says it
    text = "Our neighbour is Bess. Ivo calls her Nana Bess, and she knits him socks."
    fam = family([at("p1", "Bess", text, "Bess."), at("p2", "Ivo", text, "Ivo", "Nana Bess")])
    assert fictive(fam, text) == [{"p1"}]


def test_a_title_the_structure_contradicts_is_fictive_kin() -> None:
    # "Uncle Brannoc" is also told as Dad's best friend, and has no family tie
    text = "Uncle Brannoc came every Sunday. Dad's best friend from the navy never missed one."
    fam = family([at("p1", "Brannoc", text, "Uncle Brannoc", "Dad's best friend"),
                  at("p2", None, text, "Dad")])
    (found,) = [f for f in find_all(fam, text) if f.code == "fictive-kin"]
    assert found.people == ["p1"] and '"Uncle Brannoc"' in found.message
    friend = text.index("Dad's")
    assert found.evidence == [(0, len("Uncle Brannoc")), (friend, friend + len("Dad's best friend"))]


def test_a_titled_friend_who_is_real_kin_is_no_fictive_kin() -> None:
    text = "Uncle Brannoc came every Sunday. Dad's best friend was also his brother."
    fam = family([at("p1", "Brannoc", text, "Uncle Brannoc", "Dad's best friend"),
                  at("p2", None, text, "Dad"), at("p3", None, text, "Grandma")],
                 children=[child("p3", "p1"), child("p3", "p2")])
    fam = fam.model_copy(update={"siblings": [sib("p1", "p2")]})
    assert fictive(fam, text) == []


def test_a_titled_person_with_a_friend_link_only_counts_once() -> None:
    text = "Auntie Bo was Mom's friend. Mom's friend Bo taught me to swim."
    fam = family([at("p1", "Bo", text, "Auntie Bo", "Mom's friend Bo"),
                  at("p2", None, text, "Mom")],
                 links=[link("p1", "p2", "friend", (0, 26)),
                        link("p1", "p2", "fictive-kin", (0, 9))])
    assert len(fictive(fam, text)) == 1


def test_a_sibling_tie_denied_to_a_titled_neighbour_is_fictive_kin() -> None:
    text = ("Upstairs lived Auntie Honoria. She was not Mama's sister. She and Mama sewed at the "
            "same shop.")
    fam = family([at("p1", "Honoria", text, "Auntie Honoria"),
                  at("p2", None, text, "Mama")])
    assert fictive(fam, text) == [{"p1"}]


def test_a_sibling_tie_denied_with_no_title_is_no_fictive_kin() -> None:
    text = "Quillon came to the funeral. He is not my brother anymore."
    fam = family([at("p1", "Quillon", text, "Quillon", "He ")])
    assert fictive(fam, text) == []
