"""A name someone was known by ("a man I only ever knew as 'the Major'") is that person; a child
a new spouse "brought with her" is the other spouse's stepchild (invented stories)."""

from __future__ import annotations

from genogram import read


def test_a_name_one_knew_someone_as_is_that_person() -> None:
    text = ("My aunt married a man I only ever knew as 'the Major'. He was stiff and kind, and "
            "he always smelled of cloves.")
    fam = read(text)
    major = next(p for p in fam.people if any("Major" in text[a:b] for a, b in p.mentions))
    assert any(text[a:b] == "a man" for a, b in major.mentions)
    assert len(fam.people) == 3


def test_a_child_brought_into_a_marriage_is_a_stepchild() -> None:
    fam = read("My father remarried when I was eight. His new wife, Svanhild, brought a son "
               "with her, three years my senior.")
    son = next(p for p in fam.people if p.label == "a son")
    kinds = {fam.person(c.parent).label: c.kind for c in fam.children if c.child == son.id}
    assert kinds.get("Svanhild") == "biological"
    assert kinds.get("my father") in (None, "step")
