"""Which person a "he"/"his"/"she"/"her" takes, and the kin ties that follow from it (stories
written for the test)."""

from __future__ import annotations

from genogram import read
from tests.read.test_reader import parents_of, person


def test_a_plural_parent_word_does_not_carry_its_owner_to_a_later_parent_word() -> None:
    # "his moms, A and B" already names both of Corwin's parents; "His dad" in the next
    # paragraph belongs to the brother the new paragraph is about
    fam = read("My wife and I see Corwin and his moms, Ysolde and Wrenna, every week.\n\n"
               "My brother Halvard is loud. His dad was a baker. His mom died in 2015.")
    corwin, halvard = person(fam, "Corwin"), person(fam, "Halvard")
    assert parents_of(fam, corwin.id) == {person(fam, "Ysolde").id, person(fam, "Wrenna").id}
    assert len(parents_of(fam, halvard.id)) == 2


def test_his_father_then_his_mother_do_not_carry_across_a_paragraph() -> None:
    fam = read("Bruno is a miller. His father, Wilhelm, ran the mill before him.\n\n"
               "Sven came home in 1990. His mother, Hanne, cried.")
    assert person(fam, "Hanne").id in parents_of(fam, person(fam, "Sven").id)
    assert person(fam, "Hanne").id not in parents_of(fam, person(fam, "Bruno").id)
