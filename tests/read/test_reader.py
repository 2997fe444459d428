"""The reading engine on small stories written for these tests (behaviours, not one text)."""

from __future__ import annotations

import pytest

from genogram import read
from genogram.model import Family


def person(fam: Family, name: str):
    hits = [p for p in fam.people if p.name == name or name in p.aliases]
    assert len(hits) == 1, [p.name for p in fam.people]
    return hits[0]


def parents_of(fam: Family, pid: str) -> set[str]:
    return {c.parent for c in fam.children if c.child == pid}


def unions(fam: Family) -> set[frozenset]:
    return {frozenset(u.partners) for u in fam.unions}


def test_apposition_and_our_son_give_both_parents() -> None:
    fam = read("My husband, Tobias, and I run a bakery. Our son, Felix, is nine.")
    me = next(p for p in fam.people if p.narrator)
    tobias, felix = person(fam, "Tobias"), person(fam, "Felix")
    assert parents_of(fam, felix.id) == {me.id, tobias.id}
    assert frozenset((me.id, tobias.id)) in unions(fam)
    assert tobias.gender == "male" and felix.gender == "male"
    assert felix.age == 9 or felix.age is None


def test_dad_daddy_and_my_father_are_one_man() -> None:
    fam = read("My father worked nights. Dad never complained. "
               "When Daddy came home, I made him tea.")
    fathers = [p for p in fam.people if p.gender == "male"]
    assert len(fathers) == 1
    assert len(fathers[0].mentions) >= 3


def test_namesakes_stay_two_people() -> None:
    fam = read("Arthur built the house in 1950. His son, Arthur Jr., sold it. "
               "Arthur Jr. never liked the place.")
    senior, junior = person(fam, "Arthur"), person(fam, "Arthur Jr.")
    assert senior.id != junior.id
    assert parents_of(fam, junior.id) == {senior.id}


def test_nicknames_join_one_person() -> None:
    fam = read("My brother William moved to Leedham. Billy calls me every Sunday.")
    assert len([p for p in fam.people if not p.narrator]) == 1


def test_titled_name_is_kin_of_the_narrator() -> None:
    fam = read("Grandma Inés raised me. Inés was strict but kind. "
               "My mother, Lucía, is her daughter.")
    ines, lucia = person(fam, "Inés"), person(fam, "Lucía")
    me = next(p for p in fam.people if p.narrator)
    assert lucia.id in parents_of(fam, me.id)
    assert ines.id in parents_of(fam, lucia.id)


def test_copula_kinship() -> None:
    fam = read("Aunt Lou is Dad's sister. Dad is a quiet man, and I love him.")
    lou = person(fam, "Lou")
    dad = next(p for p in fam.people if p.gender == "male")
    assert any({s.a, s.b} == {lou.id, dad.id} for s in fam.siblings)


def test_never_married_makes_no_union() -> None:
    fam = read("Mara and Teo never married. Mara moved to Lisbon alone.")
    assert not fam.unions


def test_married_then_divorced() -> None:
    fam = read("Elena married Bruno in 1974. They divorced in 1981.")
    (u,) = fam.unions
    assert u.type == "marriage" and u.status == "divorced"


def test_death_and_widowhood() -> None:
    fam = read("Tomás married Inés in 1967. He was my grandfather. Tomás died in 1994.")
    tomas = person(fam, "Tomás")
    assert tomas.deceased and tomas.death_year == 1994
    (u,) = [u for u in fam.unions if tomas.id in u.partners]
    assert u.status == "widowed"


def test_a_first_husband_who_died_leaves_her_widowed_not_just_ended() -> None:
    fam = read("Hedvika's first husband, Ivo Marr, died in 1990. In 1995 Hedvika married Tam Olsen.")
    greta, ivo = person(fam, "Hedvika"), person(fam, "Ivo Marr")
    (u,) = [u for u in fam.unions if set(u.partners) == {greta.id, ivo.id}]
    assert u.status == "widowed"


def test_vocative_names_the_narrator() -> None:
    fam = read("I found Marco in the kitchen. “I can’t stay, Laura,” he said.\n"
               "I looked at my husband and said nothing.")
    me = next(p for p in fam.people if p.narrator)
    assert me.name == "Laura" and me.gender == "female"


def test_forum_tags_give_age_and_gender() -> None:
    fam = read("My (34F) husband Dev (36M) and I have a daughter, Ana (4).")
    dev, ana = person(fam, "Dev"), person(fam, "Ana")
    assert dev.age == 36 and dev.gender == "male"
    assert ana.age == 4 and ana.gender == "female"


def test_twins_without_names_are_two_people() -> None:
    fam = read("My sister has twin boys. She is raising them alone.")
    boys = [p for p in fam.people if p.descriptions and "twin" in p.descriptions[0]]
    assert len(boys) == 2


def test_third_person_text_has_no_narrator() -> None:
    fam = read("Client is a 41-year-old woman. Her mother, Ada, died in 2019. "
               "Client states “I miss her” often.")
    assert not any(p.narrator for p in fam.people)
    assert all(seg.narrator is None for seg in fam.narration)


@pytest.mark.parametrize("text", [
    "Hello.", "I am.", "“…”", "My my my.", "The end — ‘quoted’ “thing”",
])
def test_odd_short_texts_read_without_error(text: str) -> None:
    fam = read(text)
    assert fam.source.chars == len(text)


def test_every_span_is_inside_the_text() -> None:
    text = ("My wife moved out when the shop closed. Marta called it “a break.” "
            "Our daughter, Wendeline, asked, “Is Mama cross with me?”")
    fam = read(text)
    spans = [s for p in fam.people for s in p.mentions]
    spans += [s for u in fam.unions for s in u.evidence]
    spans += [s for c in fam.children for s in c.evidence]
    assert spans
    assert all(0 <= a < b <= len(text) for a, b in spans)


def test_implied_people_make_two_step_kin_a_path() -> None:
    from genogram.read import read_text

    text = "Clarence's granddaughter, Emily, baked cookies. Emily's brother Tom ate them."
    plain = read_text(text)
    assert not any(p.descriptions and "(implied)" in p.descriptions[0] for p in plain.people)
    fam = read_text(text, implied_people=True)
    clarence, emily, tom = (person(fam, n) for n in ("Clarence", "Emily", "Tom"))
    (mid,) = [p for p in fam.people if p.descriptions and "(implied)" in p.descriptions[0]]
    assert mid.mentions == [] and mid.name is None
    assert parents_of(fam, mid.id) == {clarence.id}
    assert parents_of(fam, emily.id) == {mid.id} == parents_of(fam, tom.id)


def test_spouse_of_the_only_parent_is_the_other_parent() -> None:
    fam = read("Mary took her son Jon to the zoo. Mary's husband Bob drove the car.")
    mary, jon, bob = (person(fam, n) for n in ("Mary", "Jon", "Bob"))
    assert parents_of(fam, jon.id) == {mary.id, bob.id}


def test_a_baby_the_mother_lost_is_not_the_narrator() -> None:
    fam = read("My mother Jane lost a baby girl in 1990 who lived only a day. "
               "I was born two years later.")
    me = next(p for p in fam.people if p.narrator)
    baby = next(p for p in fam.people if "a baby girl" in p.descriptions)
    assert baby.id != me.id


def test_a_new_name_said_of_someone_is_an_alias() -> None:
    fam = read("Their son, Andor, was born in 1957; he became Andrew at school. "
               "A daughter, Katalin, followed, and she was Kathy from her first day.")
    assert person(fam, "Andor").aliases == ["Andrew"]
    assert person(fam, "Katalin").aliases == ["Kathy"]


def test_had_twins_with_names_gives_children_who_are_twins() -> None:
    fam = read("In 1912 Nissimo married Reina. In 1918 Reina had twins, Hayim and Vida.")
    reina, hayim, vida = (person(fam, n) for n in ("Reina", "Hayim", "Vida"))
    assert reina.id in parents_of(fam, hayim.id) and reina.id in parents_of(fam, vida.id)
    assert any({s.a, s.b} == {hayim.id, vida.id} and s.kind == "twin" for s in fam.siblings)
