"""A forum post's list of a blended family's children, and its exes (sentences invented for the
test)."""

from __future__ import annotations

from genogram.model import Family
from genogram.read.engine import read_text
from tests.read.test_reader import person

POST = ("Quick family rundown, since people asked. Me (38F) and my husband Torsten (40M), "
        "married three years. The kids:\n\n"
        "- Dmitar (16M), my boy from my first marriage\n"
        "- Clothilde (9F), my daughter\n"
        "- Maelle and Mila (14F), Torsten's twins\n"
        "- Bronek (3M), ours\n\n"
        "My ex and I divorced years ago. He has a new wife now, a woman named Wanda.\n")


def kinds(fam: Family, parent_id: str) -> dict[str, str]:
    by_id = {p.id: p.name for p in fam.people}
    return {by_id[c.child]: c.kind for c in fam.children if c.parent == parent_id}


def narrator(fam: Family):
    return next(p for p in fam.people if p.narrator)


def test_a_list_line_is_no_apposition_to_the_line_before() -> None:
    fam = read_text(POST)
    # "my daughter" ends one line; the next line's names are not her
    daughter = person(fam, "Clothilde")
    assert kinds(fam, narrator(fam).id).get("Clothilde") == "biological"
    assert daughter.gender == "female"
    assert kinds(fam, narrator(fam).id).get("Maelle") != "biological"


def test_names_before_a_possessed_twins_phrase_are_those_twins() -> None:
    fam = read_text(POST)
    torsten = person(fam, "Torsten").id
    assert kinds(fam, torsten).get("Maelle") == "biological"
    assert kinds(fam, torsten).get("Mila") == "biological"
    assert any({s.a, s.b} == {person(fam, "Maelle").id, person(fam, "Mila").id}
               and s.kind == "twin" for s in fam.siblings)


def test_the_narrators_spouse_is_step_parent_to_a_child_from_a_first_marriage() -> None:
    fam = read_text(POST)
    assert kinds(fam, person(fam, "Torsten").id).get("Dmitar") == "step"


def test_the_spouses_own_children_make_the_narrator_a_step_parent() -> None:
    fam = read_text(POST)
    # "Torsten's twins", not "our twins"
    assert kinds(fam, narrator(fam).id).get("Maelle") == "step"


def test_my_ex_is_not_my_husband() -> None:
    fam = read_text(POST)
    torsten = person(fam, "Torsten").id
    me = narrator(fam).id
    assert [u.status for u in fam.unions if set(u.partners) == {me, torsten}] == ["together"]
    wanda = person(fam, "Wanda").id
    assert not any(set(u.partners) == {torsten, wanda} for u in fam.unions)


def test_a_coordinated_subject_the_parser_split_from_its_verb() -> None:
    fam = read_text("My husband is Goran. My ex and I parted ways in 2015, two years before that.")
    goran = person(fam, "Goran").id
    assert all(u.status == "together" for u in fam.unions if goran in u.partners)
    assert any(u.status in ("ended", "divorced", "separated") for u in fam.unions)


def test_a_child_from_a_first_marriage_is_the_exs_child() -> None:
    fam = read_text("Goran and I (36F) married in 2016. Dmitar (15M) is my kid from my first "
                    "marriage; my ex lives abroad and rarely calls. Last spring Goran adopted "
                    "Dmitar.")
    dmitar = person(fam, "Dmitar").id
    ex = next(p for p in fam.people if p.descriptions and "ex" in p.descriptions[0].lower())
    assert any(c.parent == ex.id and c.child == dmitar and c.kind == "biological"
               for c in fam.children)
    assert any(c.parent == person(fam, "Goran").id and c.child == dmitar and c.kind == "adoptive"
               for c in fam.children)
