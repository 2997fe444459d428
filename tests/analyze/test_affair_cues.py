"""Affairs the story implies, read from made-up stories."""

from __future__ import annotations

from genogram.analyze.findings import with_findings
from genogram.model import Family
from genogram.read.engine import read_text


def story(text: str) -> Family:
    return with_findings(read_text(text), text)


def affair_labels(fam: Family) -> list[set[str]]:
    return [{fam.person(p).label for p in f.people} for f in fam.findings if f.code == "affair"]


def test_a_second_life_names_the_lover_told_next() -> None:
    text = ("My grandfather Bruno married Elena Vidal in 1930. Their son Luis was born in 1933. "
            "My grandfather had a second life, and we did not learn about it until he was dead. "
            "In Cordoba there was a woman named Marta, and with her he had a daughter.")
    fam = story(text)
    assert any("Marta" in who for who in affair_labels(fam))
    assert all(f.evidence for f in fam.findings if f.code == "affair")


def test_a_woman_he_had_been_seeing_while_his_wife_was_ill() -> None:
    text = ("My mother was sick for years, and my father drove her to chemo. She died in May. "
            "At the funeral my father introduced me to the woman he'd been seeing for two years. "
            "\"This is Carla,\" he said.")
    assert any("Carla" in who for who in affair_labels(story(text)))


def test_his_affair_names_the_one_who_had_it() -> None:
    text = ("Adelheid married Bertram Quennell in 1980. They divorced in 1994; Adelheid says the "
            "marriage ended over his affair with a colleague.")
    fam = story(text)
    labels = affair_labels(fam)
    assert any(any(n.startswith("Bertram") for n in who) for who in labels)
    assert not any("Adelheid" in who and len(who) == 1 for who in labels)


def test_an_affair_of_someone_with_no_partner_is_no_finding() -> None:
    text = "Bertram read a novel about her affair with a painter, and he hated the ending."
    assert affair_labels(story(text)) == []


def test_his_affair_denied_is_no_finding() -> None:
    text = ("Adelheid married Bertram Quennell in 1980. Adelheid says there was never any affair, "
            "and she never believed the rumours about his affair either.")
    fam = story(text)
    assert affair_labels(fam) == []
