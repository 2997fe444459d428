"""Namesakes in family histories: a name given again keeps two people apart and ties the younger
to the one it was given after (stories written for the test)."""

from __future__ import annotations

from genogram import read
from tests.read.test_reader import parents_of, person


def test_a_name_said_to_be_shared_names_a_second_person() -> None:
    fam = read("Bertold Amsel married Hedeline Vorst in 1950. They had a girl, Ragna, in 1952, and she died "
               "young. My aunt Wendelka raised me. My mother is Ragna too, named after her "
               "great-aunt.")
    ragnas = [p for p in fam.people if p.name == "Ragna"]
    assert len(ragnas) == 2  # the girl of 1952 and the teller's mother
    girl = next(p for p in ragnas if "a girl" in p.descriptions)
    mother = next(p for p in ragnas if p is not girl)
    assert person(fam, "Bertold Amsel").id in parents_of(fam, girl.id)
    assert person(fam, "Bertold Amsel").id not in parents_of(fam, mother.id)


def test_the_relative_a_child_is_named_after_is_the_earlier_holder() -> None:
    fam = read("Ottmar Feilwand was born in 1890. In 1915 he married Gesine Kolb, and the "
               "year after came a boy. They named him Ottmar after his father.")
    elder = person(fam, "Ottmar Feilwand")
    assert not any(p.descriptions == ["his father"] for p in fam.people)  # no third person
    boy = next(p for p in fam.people if "a boy" in p.descriptions)
    assert elder.id in parents_of(fam, boy.id)


def test_a_son_named_after_the_grandfather_in_a_relative_clause_is_a_new_holder() -> None:
    from genogram.read.engine import read_text
    text = ("Kaspar Haukkala was born in 1899. He had a son, Jorma.\n\nJorma married Saara in "
            "1950 and then, in 1958, had a boy he named Kaspar, after the grandfather.\n")
    fam = read_text(text)
    kaspars = [p for p in fam.people if p.name and p.name.startswith("Kaspar")]
    assert len(kaspars) == 2
    elder = next(p for p in kaspars if p.name == "Kaspar Haukkala")
    young = next(p for p in kaspars if p is not elder)
    assert any(text[s:e] == "the grandfather" for s, e in elder.mentions)
    jorma = next(p for p in fam.people if p.name == "Jorma")
    assert any(c.parent == jorma.id and c.child == young.id for c in fam.children)


def test_a_namesake_called_otherwise_leaves_the_bare_name_to_the_elder() -> None:
    from genogram.read.engine import read_text
    text = ("In 1903 Reinhold Aas married Helga, and within a year Helga had a boy. Reinhold "
            "was the name he got, after his father, and so nobody mixed them up everyone "
            "called the child Hartl. In 1905 Reinhold sailed alone to Hamburg.")
    fam = read_text(text)
    elder = next(p for p in fam.people if p.name == "Reinhold Aas")
    boy = next(p for p in fam.people if any(text[s:e] == "a boy" for s, e in p.mentions))
    said = [text[s:e] for s, e in boy.mentions]
    assert "the child" in said and "Hartl" in said
    last = text.rindex("Reinhold")
    assert any(s == last for s, _e in elder.mentions)
