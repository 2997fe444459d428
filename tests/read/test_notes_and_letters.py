"""A note's patient named in brackets after the role word ("Pt (Ebo) is a 34F"), a note with no
label that opens with its patient and an age ("Mrs Ebo L., 86, shares a flat with son (60)"), and a
letter's reader ("Dad, the garden misses you") whose "your" kin are theirs
(invented texts)."""

from __future__ import annotations

from genogram import read
from genogram.analyze.kinship import describe, relationship
from genogram.model import Family


def _id(fam: Family, label: str) -> str:
    return next(p.id for p in fam.people if p.label == label)


def _word(fam: Family, a: str, b: str) -> str | None:
    rel = relationship(fam, _id(fam, a), _id(fam, b))
    return None if rel is None else describe(rel)


def test_a_patient_named_in_brackets_after_the_role_word_owns_the_bare_kin() -> None:
    fam = read("Pt (Branwen) is a 29F seen for panic attacks. Mother (57) visits weekly; "
               "father d. 2015. Pt's brother, 33, works abroad.")
    assert {p.label for p in fam.people} == {"Branwen", "Mother", "father", "Pt's brother"}
    assert _word(fam, "Branwen", "Mother") == "mother"
    assert _word(fam, "Branwen", "father") == "father"


def test_a_child_named_in_brackets_with_an_age() -> None:
    fam = read("Child (Oyelade, 9M) accompanied by maternal grandmother, guardian since 2021. "
               "Mother in residential rehab.")
    assert _word(fam, "Oyelade", "Mother") == "mother"


def test_an_unlabelled_note_about_one_aged_person_owns_aged_bare_kin() -> None:
    fam = read("Mrs Svanhild L., 86, shares a bungalow with son (60). Husband d. 2011. "
               "Daughter (57) phones daily.")
    assert _word(fam, "Svanhild L.", "son") == "son"
    assert _word(fam, "Svanhild L.", "Daughter") == "daughter"
    assert _word(fam, "Svanhild L.", "Husband") in ("husband", "late husband")


def test_a_story_in_the_first_person_is_no_such_note() -> None:
    # a bare "son" with no age stays too vague; the narrator's story is no patient's note
    fam = read("Svanhild, 81, was my neighbour. She talked about son and daughter all day.")
    assert [p.label for p in fam.people] == ["Svanhild"] or all(
        p.label not in ("son", "daughter") for p in fam.people)


def test_a_letters_reader_is_you_and_owns_your_kin() -> None:
    text = ("Dad, the garden misses you and so do we. Mum has kept your tools. "
            "Your brother drops by on Sundays and tells me stories about you.")
    fam = read(text)
    dad = next(p for p in fam.people if any(text[a:b] == "Dad" for a, b in p.mentions))
    assert any(text[a:b] == "you" for a, b in dad.mentions)
    brother = next(p for p in fam.people if p.label == "your brother")
    assert dad.gender == "male"
    assert any({s.a, s.b} == {dad.id, brother.id} for s in fam.siblings)


def test_a_rare_name_that_opens_a_letter_is_its_reader() -> None:
    fam = read("Branwen, congratulations! Mother tells me your boy starts school in May. Tell "
               "your husband the train set is for the boy.")
    assert _word(fam, "Branwen", "your boy") == "son"


def test_a_name_that_opens_a_story_is_no_reader() -> None:
    fam = read("Grandma, as everyone called her, kept hens. You could smell the coop from the "
               "road, and your shoes never came clean.")
    assert all(p.label != "Grandma" or len(p.mentions) == 1 for p in fam.people)


def test_a_capitalised_first_person_word_makes_the_text_no_note() -> None:
    fam = read("Svanhild, 81, sees son (54). My visits are on Sundays.")
    assert all(p.label != "son" for p in fam.people)


def test_a_letters_greeting_is_no_part_of_the_readers_name() -> None:
    fam = read("Dear Branwen, Your father says you sold the old van at last. Well done.")
    labels = sorted(p.label for p in fam.people)
    assert "Branwen" in labels and "Dear Branwen" not in labels
    assert any(p.label.lower() == "your father" for p in fam.people)


def test_what_a_letter_calls_its_reader_is_the_writers_word() -> None:
    fam = read("Aglaja, dear sister, the garden is finally dry and I have planted the beans. "
               "Your boys would love it.")
    me = next(p for p in fam.people if p.narrator)
    aglaja = next(p for p in fam.people if p.label == "Aglaja")
    assert any({s.a, s.b} == {me.id, aglaja.id} for s in fam.siblings)
