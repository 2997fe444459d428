"""People described first and named later: a bracketed kin apposition, and a new name that
speaks the next quote (sentences and names invented for the test)."""

from __future__ import annotations

from genogram.read.engine import read_text
from tests.read.test_reader import person


def _siblings(fam, a: str, b: str) -> bool:
    return any({s.a, s.b} == {a, b} for s in fam.siblings)


def test_bracketed_kin_apposition_after_an_in_law_word() -> None:
    fam = read_text("My husband Tarjei has three sisters. My sister-in-law (Tarjei's eldest "
                         "sister, 44F) came for dinner.")
    women = [p for p in fam.people if p.gender == "female"]
    assert len(women) == 1  # one woman, not "my sister-in-law" and "Tarjei's eldest sister"


def test_new_name_speaking_next_quote_is_the_described_person() -> None:
    fam = read_text("My husband Tarjei is the youngest. My sister-in-law (Tarjei's older "
                         "sister, 40F) texted me late that night. 'Leave it alone,' Ingrun said. "
                         "I did not leave it alone.")
    ingrun = person(fam, "Ingrun")
    assert [p.name for p in fam.people if p.gender == "female"] == ["Ingrun"]
    assert _siblings(fam, ingrun.id, person(fam, "Tarjei").id)


def test_new_speaker_stays_apart_when_two_people_could_be_named() -> None:
    fam = read_text("My aunt and my cousin visited on Sunday. 'You look tired,' Ragna said.")
    assert person(fam, "Ragna").descriptions == []
    assert len(fam.people) == 4


def test_new_speaker_of_another_gender_stays_apart() -> None:
    fam = read_text("My sister phoned after supper. 'Come home,' Bjarte said.")
    assert person(fam, "Bjarte").gender == "male"
    assert len(fam.people) == 3


def test_earlier_narrator_is_she_in_an_update_by_someone_else() -> None:
    # the update's writer names the original poster; her "she" and "her brother" are hers
    text = ("I (30F) have not spoken to my brother Kolbein in a year. My mom thinks I should "
            "call him.\nUPDATE: Hi, this is Hallvard, OP's husband. Solvei asked me to post "
            "this because she is tired. She called her brother on Sunday.\n")
    fam = read_text(text)
    assert len([p for p in fam.people if p.gender == "male" and p.name != "Hallvard"]) == 1
    kolbein = person(fam, "Kolbein")
    at = text.index("her brother")
    assert (at, at + len("her brother")) in [tuple(s) for s in kolbein.mentions]


def test_what_i_was_called_is_another_name_of_mine() -> None:
    fam = read_text("My real name is Torvik, after Grandpa. At home I was Little Torvik, and "
                    "by school I was just Hannes.")
    me = next(p for p in fam.people if p.narrator)
    assert "Hannes" in [me.name, *me.aliases]
    assert not [p for p in fam.people if p.name == "Hannes" and not p.narrator]


def test_narrator_naming_herself_joins_the_child_named_before() -> None:
    fam = read_text("Ebbe and Sunna married in 1970. Their daughter Nelle was born in 1975.\n"
                    "I am Nelle. I wrote this down for my own children.")
    assert len([p for p in fam.people if p.name == "Nelle"]) == 1
    assert person(fam, "Nelle").narrator
