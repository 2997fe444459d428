"""'X and I got married … We had a daughter', letter closings, and a title given by a child to
his father's ex-wife (stories invented for the test)."""

from __future__ import annotations

from genogram.read.engine import read_text
from tests.read.test_reader import person


def test_we_after_x_and_i_got_married_is_that_couple() -> None:
    fam = read_text("Background first. Tapio and I got married in 1990, when I was twenty. We had "
                    "one daughter, Helmi, who has been Hel since she could talk.")
    tapio, helmi = person(fam, "Tapio"), person(fam, "Helmi")
    assert any(c.parent == tapio.id and c.child == helmi.id for c in fam.children)


def test_a_letter_closing_is_no_person() -> None:
    fam = read_text("Every card Saara got from her father said \u201cLove, Dad.\u201d")
    assert not [p for p in fam.people if p.name in ("Love", "Sincerely")]


def test_a_boy_calling_his_fathers_ex_wife_aunt_is_fictive_kin() -> None:
    text = ("Tapio and I got married in 1990. We had one daughter, Helmi. We divorced in 2000. "
            "Tapio married Saara. They had a boy, Leevi. Leevi stayed with me one spring; his "
            "mother had him call me \u201cAunt Riikka\u201d, though I am nobody's aunt.")
    fam = read_text(text)
    leevi = person(fam, "Leevi")
    assert any(k.type == "fictive-kin" and leevi.id in (k.a, k.b) for k in fam.links)


def test_we_after_i_married_again_is_the_new_couple() -> None:
    fam = read_text("My wife Saara died in 1950. Six years on I wed a second time, to a nurse named "
                    "Helmi from the clinic. Helmi brought up my boy as hers, and later we had two "
                    "daughters, Tapio and Leevi.")
    helmi, saara = person(fam, "Helmi"), person(fam, "Saara")
    for twin in ("Tapio", "Leevi"):
        parents = {c.parent for c in fam.children if c.child == person(fam, twin).id}
        assert helmi.id in parents and saara.id not in parents


def test_wed_a_second_time_is_no_spouse_and_the_new_couple_stays_two() -> None:
    text = ("My wife Saara died in 1950. Six years on I wed a second time, to a nurse named "
            "Helmi from the clinic. Helmi brought up my boy as hers, and later we had two "
            "daughters, Ulla and Aino.")
    fam = read_text(text)
    assert not [p for p in fam.people if any(text[s:e] == "a second time" for s, e in p.mentions)]
    narrator = next(p for p in fam.people if p.narrator)
    assert narrator.id != person(fam, "Helmi").id
