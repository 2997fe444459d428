"""A junior's father is the one other man of his name; "Junior" is what a junior is called; a
wedding told by a noun ("X and I held our wedding", "X's wedding to Y"); a name joined to "I"
is a person; a title set off after a kin phrase keeps the speaker's view (invented)."""

from __future__ import annotations

from genogram.model import Family
from genogram.read.engine import read_text
from tests.read.test_reader import person


def parents(fam: Family, pid: str) -> set[str]:
    label = {p.id: p.label for p in fam.people}
    return {label[c.parent] for c in fam.children if c.child == pid}


def married(fam: Family, a: str, b: str) -> bool:
    return any(set(u.partners) == {a, b} for u in fam.unions)


def test_a_juniors_father_is_the_other_man_of_his_name() -> None:
    fam = read_text("Ognian Jr. took over the garage from his father. The elder Ognian still "
                    "drops by on Fridays to check the books.")
    junior = person(fam, "Ognian Jr.")
    assert parents(fam, junior.id) == {"Ognian"}
    assert [p.label for p in fam.people if p.label == "his father"] == []


def test_a_juniors_father_is_not_another_named_man() -> None:
    fam = read_text("Ognian Jr. is the son of Radovan Kell. Ognian Brask lives next door.")
    assert parents(fam, person(fam, "Ognian Jr.").id) == {"Radovan Kell"}


def test_junior_is_what_a_junior_is_called() -> None:
    fam = read_text("Edwin Jr. was born in 1950. Junior hated school.")
    assert [p.label for p in fam.people] == ["Edwin Jr."]


def test_a_name_joined_to_i_is_a_person_and_our_wedding_is_theirs() -> None:
    fam = read_text("Gudmunda and I held our wedding at the lake in 1998.")
    gudmunda = person(fam, "Gudmunda")
    me = next(p for p in fam.people if p.narrator)
    assert married(fam, gudmunda.id, me.id)


def test_a_wedding_to_someone() -> None:
    fam = read_text("Edwin's wedding to Ursula took place in a barn.")
    assert married(fam, person(fam, "Edwin").id, person(fam, "Ursula").id)


def test_a_title_after_a_kin_phrase_is_no_second_relative() -> None:
    # "Grandpa" set off after "Dad's father" is the narrator's grandfather, not Dad's
    fam = read_text("Dad's father, Grandpa, taught me to fish.", implied_people=True)
    assert [p.label for p in fam.people if "(implied)" in p.label] == []


def test_a_child_born_and_named_is_that_name() -> None:
    fam = read_text("Edwin and Ursula married in 1980. Their girl was born that winter and "
                    "named Branwen.")
    assert parents(fam, person(fam, "Branwen").id) == {"Edwin", "Ursula"}
    fam = read_text("Edwin and Ursula married in 1980. Their son, born in the spring, was "
                    "christened Zdravko.")
    assert parents(fam, person(fam, "Zdravko").id) == {"Edwin", "Ursula"}
