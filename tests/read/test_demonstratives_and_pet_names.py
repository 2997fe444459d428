"""A demonstrative copula after a sentence about one named person ("That is my grandmother.")
and names given to animals and vehicles, which name no person (stories written for the test)."""

from __future__ import annotations

from genogram.read.engine import read_text


def named(fam) -> set[str]:
    return {p.name for p in fam.people if p.name}


def descriptions_of(fam, name: str) -> list[str]:
    return next(p.descriptions for p in fam.people if p.name == name)


def test_that_is_my_kin_after_one_named_person_is_that_person() -> None:
    fam = read_text("Ostrander Quaile came over in 1890. This was my great-grandfather. He farmed.")
    assert "my great-grandfather" in descriptions_of(fam, "Ostrander Quaile")
    assert not [p for p in fam.people if not p.name and "my great-grandfather" in p.descriptions]


def test_a_demonstrative_after_two_names_or_as_a_determiner_links_nothing() -> None:
    fam = read_text("Margarethe married Konstantin Brumley in 1890. That was my great-grandfather.")
    assert "my great-grandfather" not in descriptions_of(fam, "Margarethe")
    assert "my great-grandfather" not in descriptions_of(fam, "Konstantin Brumley")
    fam = read_text("Margarethe was born in 1931. That house was my aunt's.")
    assert descriptions_of(fam, "Margarethe") == []


def test_a_name_given_to_an_animal_names_no_person() -> None:
    assert not named(read_text("We had a parrot named Quillifer. My mother loved Quillifer."))
    assert not named(read_text("Grandpa bought a dog called Pimsby in 1970. Our cat, Tarquinia, "
                               "hated him."))
    assert not named(read_text("We kept a pony we called Pimsby. My mother rode it."))


def test_a_name_given_to_a_vehicle_names_no_person() -> None:
    assert not named(read_text("Grandpa bought a bus in 1960. This one was called Marvella."))
    fam = read_text("Grandpa built a boat, the Esmeralda Haverill, in 1950. My aunt Margarethe "
                    "sailed it.")
    assert named(fam) == {"Margarethe"}


def test_a_person_next_to_an_animal_noun_stays_a_person() -> None:
    fam = read_text("My son Ostrander has a dog. The dog Mum bought was old.")
    assert "Ostrander" in named(fam)
