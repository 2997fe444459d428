"""Findings read from small stories written for these tests: fictive kin and affairs told in
the text."""

from __future__ import annotations

from genogram.analyze.findings import with_findings
from genogram.model import Family
from genogram.read.engine import read_text


def story(text: str) -> Family:
    return with_findings(read_text(text), text)


def labels(fam: Family, code: str) -> list[set[str]]:
    return [{fam.person(p).label for p in f.people} for f in fam.findings if f.code == code]


def test_a_title_given_to_a_neighbour_is_fictive_kin() -> None:
    text = ("Next door lives Mr. Haskell with his dog. We call him Grandpa Hal, but he isn't our "
            "real grandpa. My mother, Ruth, works nights.")
    fam = story(text)
    found = [f for f in fam.findings if f.code == "fictive-kin"]
    assert found and any("Haskell" in f.message for f in found)
    assert all(f.evidence for f in found)


def test_foster_parents_called_uncle_and_aunt_are_one_fictive_kin_finding() -> None:
    text = ("Mia lived with foster parents, Rob and Jean Ostrander, for a year. "
            "Mia still calls them \"Uncle Rob and Aunt Jean.\"")
    fam = story(text)
    assert any({"Rob", "Jean Ostrander"} <= who or {"Rob", "Jean"} <= who
               for who in labels(fam, "fictive-kin"))


def test_a_real_aunt_called_aunt_is_not_fictive_kin() -> None:
    text = ("My mother, Ruth, has a sister, Lou. We call her Aunt Lou. "
            "Aunt Lou visits every Sunday.")
    assert labels(story(text), "fictive-kin") == []


def test_an_affair_told_outright_is_a_finding() -> None:
    text = ("Vern married Nora in 1970. In 1975 Vern had an affair with a waitress, Dolores. "
            "Nora never forgave him.")
    assert {"Vern", "Dolores"} in labels(story(text), "affair")


def test_seeing_someone_is_an_affair_only_when_already_partnered() -> None:
    married = ("Tom married Anna in 1990 and they had a son, Caleb. In 1995 Anna found out that Tom "
               "had been seeing Maria.")
    single = "Tom moved to Hull in 1990. By spring he was seeing Maria, a nurse."
    assert {"Tom", "Maria"} in labels(story(married), "affair")
    assert labels(story(single), "affair") == []


def test_a_negated_affair_is_no_finding() -> None:
    text = "Vern married Nora in 1970. Vern never had an affair with Dolores, whatever people said."
    assert labels(story(text), "affair") == []
