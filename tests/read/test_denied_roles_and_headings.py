"""Denied roles ("she is not my mum"), a present partner ("his wife now"), a heading before the
first sentence and a month in brackets (stories invented for the test)."""

from __future__ import annotations

from genogram.read.engine import read_text
from tests.read.test_reader import person


def test_a_denied_role_is_nobody_and_the_present_wife_is_not_the_mother() -> None:
    text = ("On weekdays we live with Mum and Grandad. Grandad is Mum's dad.\n\n"
            "Dad lives in Leith with Saara, his wife now. Saara is not my mum but my "
            "stepmother, a word we never use at Mum's.\n")
    fam = read_text(text)
    saara = person(fam, "Saara")
    assert all(text[s:e] not in ("Mum", "my mum") for s, e in saara.mentions)
    mum = next(p for p in fam.people if any(text[s:e] == "Mum" for s, e in p.mentions))
    dad = next(p for p in fam.people if any(text[s:e] == "Dad" for s, e in p.mentions))
    partners = {frozenset(u.partners) for u in fam.unions}
    assert frozenset((mum.id, dad.id)) in partners
    assert frozenset((saara.id, dad.id)) in partners
    kinds = {c.kind for c in fam.children if c.parent == saara.id}
    assert kinds == {"step"}


def test_a_name_after_a_denied_role_is_the_one_spoken_to() -> None:
    text = ("Tapio was my stepson. He slammed doors.\n"
            "\u201cYou\u2019re not my mother, Helmi!\u201d he shouted at breakfast after I took his "
            "phone.\n\u201cI know,\u201d I said.\n")
    fam = read_text(text)
    helmi = person(fam, "Helmi")
    assert helmi.narrator
    assert any(c.parent == helmi.id and c.kind == "step" for c in fam.children)


def test_a_heading_is_not_run_into_the_first_sentence() -> None:
    fam = read_text("Weekends Are Dad\u2019s\n\nMy name is Riikka.\n")
    riikka = person(fam, "Riikka")
    assert riikka.narrator
    assert riikka.gender == "female"
    dad = [p for p in fam.people if p.id != riikka.id]
    assert len(dad) == 1 and dad[0].name is None


def test_a_month_in_brackets_is_no_person() -> None:
    fam = read_text("Leevi said he would come.\n\nUPDATE (June, OP again): The party was "
                    "yesterday. Leevi came.\n")
    assert [p.name for p in fam.people if p.name] == ["Leevi"]


def test_a_name_after_a_blank_line_is_not_cut_after_its_first_word() -> None:
    fam = read_text("The Haukkalas of Mill Road\n\nKaspar Haukkala was born in 1899 near a "
                    "lake. Kaspar married Pirkko.\n")
    assert person(fam, "Kaspar Haukkala")
    assert not [p for p in fam.people if p.name == "Haukkala"]


def test_a_rare_name_given_to_a_relative_is_a_name_wherever_it_recurs() -> None:
    text = ("Jorma married Pirkko in 1926. A son, Ishwarlal, came in 1927.\n\n"
            "Saara raised Ishwarlal as her own.\n\nIshwarlal stayed. He married Riikka in 1950.\n")
    fam = read_text(text)
    vaino = person(fam, "Ishwarlal")
    assert sum(text[s:e] == "Ishwarlal" for s, e in vaino.mentions) == 3
    assert any(set(u.partners) == {vaino.id, person(fam, "Riikka").id} for u in fam.unions)


def test_being_a_member_of_a_family_is_no_person_of_that_name() -> None:
    text = ("My cousin sent the test back, and it turns out I am not a Kennedy. The family "
            "starts with a tailor named Elias Kennedy, born in 1851.")
    fam = read_text(text)
    elias = person(fam, "Elias Kennedy")
    assert not any(text[s:e] == "Kennedy" for s, e in elias.mentions)


def test_a_namesake_said_with_too_is_still_a_person() -> None:
    fam = read_text("All of us call my dad Big Kalle. Big Kalle's own father was a Kalle too, "
                    "though he was gone long before my birth.")
    assert len([p for p in fam.people if p.name and "Kalle" in p.name]) >= 2


def test_a_relative_a_negated_verb_says_was_not_there_is_nobody() -> None:
    fam = read_text("Growing up I did not have a father or an uncle around. My big brother Kalle "
                    "raised me, and he never had a wife.")
    assert [p.name for p in fam.people if not p.narrator] == ["Kalle"]
    assert not fam.unions and not fam.children


def test_every_role_in_a_denied_list_is_nobody() -> None:
    text = "The woman at the door was not my mother, not my aunt, and not anyone I knew."
    fam = read_text(text)
    assert not [p for p in fam.people if any(text[s:e] in ("my mother", "my aunt")
                                             for s, e in p.mentions)]
