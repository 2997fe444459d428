"""A name someone was known by ("a man the village knew as 'the Major'") is that person; a child
a new spouse "brought with her" is the other spouse's stepchild (invented stories)."""

from __future__ import annotations

from genogram import read


def test_a_name_one_knew_someone_as_is_that_person() -> None:
    text = ("My aunt married a man the whole village knew as 'the Major'. He kept bees, and "
            "he always smelled of cloves.")
    fam = read(text)
    major = next(p for p in fam.people if any("Major" in text[a:b] for a, b in p.mentions))
    assert any(text[a:b] == "a man" for a, b in major.mentions)
    assert len(fam.people) == 3


def test_a_child_brought_into_a_marriage_is_a_stepchild() -> None:
    fam = read("Long ago my father wed Svanhild, who brought a son with her, "
               "three years my senior.")
    son = next(p for p in fam.people if p.label == "a son")
    kinds = {fam.person(c.parent).label: c.kind for c in fam.children if c.child == son.id}
    assert kinds.get("Svanhild") == "biological"
    assert kinds.get("my father") in (None, "step")


def _marriages(fam) -> list[tuple[list[str], int | None]]:
    return [([fam.person(p).label for p in e.people], e.when.year if e.when else None)
            for e in fam.events if e.type == "marriage"]


def test_made_his_wife_is_a_marriage_to_the_one_made_so() -> None:
    fam = read("Hartwig made Gudmunda his wife in 1934.")
    assert _marriages(fam) == [(["Hartwig", "Gudmunda"], 1934)]
    gudmunda = next(p for p in fam.people if p.name == "Gudmunda")
    assert len(fam.people) == 2 and gudmunda.gender == "female"


def test_taken_as_his_wife_is_a_marriage() -> None:
    fam = read("Our son Reinhold took Svanhild as his wife in 2015. My daughter-in-law is a "
               "surgeon.")
    assert _marriages(fam) == [(["Reinhold", "Svanhild"], 2015)]
    assert len(fam.people) == 3


def test_made_or_taken_as_something_else_is_no_marriage() -> None:
    assert not read("Helga made him a sandwich. He took the job as a clerk.").events
