"""Names a person goes by, objects a verb aims at, and two copulas in one sentence (stories
written for the test)."""

from __future__ import annotations

from genogram import read
from tests.read.test_reader import parents_of, person, unions


def _texts(text: str, p) -> list[str]:
    return [text[s:e] for s, e in p.mentions]


def test_the_object_a_verb_aims_at_is_not_its_subject() -> None:
    text = ("I brought Radovan home in May. Papa glared at him across the table and said "
            "nothing. Radovan and I married that autumn.")
    fam = read(text)
    radovan = person(fam, "Radovan")
    assert "him" in _texts(text, radovan)
    assert radovan.gender == "male"


def test_two_copulas_joined_by_and_each_have_their_subject() -> None:
    text = ("The twins have two grandfathers to visit: my dad is Opa Hartwig and my husband's "
            "dad is Opa Reinhold.")
    fam = read(text)
    wife = next(p for p in fam.people if "my husband" in p.descriptions)
    reinhold, hartwig = person(fam, "Reinhold"), person(fam, "Hartwig")
    assert "my husband's dad" in _texts(text, reinhold)
    assert reinhold.id in parents_of(fam, wife.id)
    assert frozenset({reinhold.id, hartwig.id}) not in unions(fam)


def test_a_proposal_makes_the_couple_that_they_marry() -> None:
    fam = read("When Oyelade proposed to Branwen, her aunt cried first and his father said "
               "nothing at all. They married that autumn regardless.")
    assert frozenset({person(fam, "Oyelade").id, person(fam, "Branwen").id}) in unions(fam)


def test_a_name_set_off_after_his_name_is_his() -> None:
    text = ("My grandfather came over from Split with a cardboard case. The village knew him as Deda. "
            "Only at the graveside did I read his name carved out, Zdravko, and it meant "
            "nothing to me.")
    fam = read(text)
    assert len(fam.people) == 2  # the teller and the grandfather
    assert "Zdravko" in _texts(text, person(fam, "Zdravko"))
    assert "My grandfather" in _texts(text, person(fam, "Zdravko"))


def test_a_nickname_the_family_used_names_the_man_just_met() -> None:
    text = ("My grandfather Roderick mended nets in Bergen, and Zeno, as the family called him, "
            "married Helga Berg in 1950.")
    fam = read(text)
    roderick = person(fam, "Roderick")
    assert "Zeno" in _texts(text, roderick)
    assert frozenset({roderick.id, person(fam, "Helga Berg").id}) in unions(fam)


def test_the_names_one_is_to_different_people_are_one_person() -> None:
    text = ("My great-aunt Gudmunda was Mundi to my mother and Aunt Gudi to me. She outlived "
            "her sisters. Aunt Gudi died in 1999.")
    fam = read(text)
    g = person(fam, "Gudmunda")
    assert "Aunt Gudi" in _texts(text, g)  # ("Mundi" is read as no one's name, yet opens the list)
    assert g.death_year == 1999


def test_a_letters_reader_called_little_sister_after_a_wish_is_the_writers_sister() -> None:
    text = ("Svanhild, happy name day, little sister! Our aunt writes that your girl has learned to "
            "swim. Give your husband my love.")
    fam = read(text)
    svanhild = person(fam, "Svanhild")
    assert "little sister" in _texts(text, svanhild)
    writer = next(p for p in fam.people if p.narrator)
    assert any({s.a, s.b} == {svanhild.id, writer.id} for s in fam.siblings)


def test_a_wifes_daughter_told_beside_him_as_hers_is_his_stepdaughter() -> None:
    fam = read("Edwin (52M), wed again in 2019, shares a flat with his bride and her daughter (12). "
               "His two boys from an earlier marriage stay with Ursula, their mum.")
    daughter = next(p for p in fam.people if "her daughter" in p.descriptions)
    kinds = {(c.parent, c.kind) for c in fam.children if c.child == daughter.id}
    assert (person(fam, "Edwin").id, "step") in kinds


def test_the_teller_may_go_by_two_names_they_state() -> None:
    text = ("Everybody on the farm called me Wren because I sang all day. My real name is "
            "Gudmunda, which only the school ever used. My brother Ognian is older.")
    fam = read(text)
    me = next(p for p in fam.people if p.narrator)
    assert {"Wren", "Gudmunda"} <= set(_texts(text, me))
    text = ("My whole name is Aglaja Svanhild, but no one has said it since my christening. "
            "I'm Jay, the youngest of four.")
    fam = read(text)
    me = next(p for p in fam.people if p.narrator)
    assert "Jay" in _texts(text, me)
    assert len(fam.people) == 1


def test_the_named_father_of_the_tellers_child_is_not_the_teller() -> None:
    text = ("Roderick was my first husband and Edwin is my second; both fish for a living. "
            "Roderick is the dad of my girl Aglaja; Edwin taught her to swim.")
    fam = read(text)
    me = next(p for p in fam.people if p.narrator)
    assert "the dad" in _texts(text, person(fam, "Roderick"))
    assert me.gender != "male"
    assert person(fam, "Roderick").id in parents_of(fam, person(fam, "Aglaja").id)
