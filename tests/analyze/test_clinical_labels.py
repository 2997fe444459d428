"""Findings a clinician's note states outright, from hand-built families with invented notes:
parentification, triangulation, an estrangement, and a pattern across generations."""

from __future__ import annotations

from genogram.analyze.findings import find_all
from genogram.model import Family
from tests.analyze.families import at, child, family


def found(fam: Family, text: str, code: str) -> list[list[str]]:
    return [f.people for f in find_all(fam, text) if f.code == code]


def test_a_parentification_label_with_no_one_named_is_the_clients() -> None:
    text = ("Client: Perpetua Quillon, 29.\n"
            "Assessment: Low mood. History of parentification (care of brothers from age 10).")
    fam = family([at("p1", "Perpetua Quillon", text, "Perpetua Quillon", descriptions=["client"])])
    (f,) = [f for f in find_all(fam, text) if f.code == "parentification"]
    assert f.people == ["p1"] and "parentification" in f.message
    assert text[slice(*f.evidence[0])].startswith("History of parentification")


def test_a_parentification_label_without_a_client_or_a_subject_is_no_finding() -> None:
    text = "The book had a chapter on parentification."
    fam = family([at("p1", "Yardley", text, "Yardley")])
    assert found(fam, text, "parentification") == []


def test_triangulated_into_marital_conflict_names_the_child_and_both_parents() -> None:
    text = "Observations: Ottoline triangulated into marital conflict; sleeps poorly."
    fam = family([at("p1", "Ottoline", text, "Ottoline"), at("p2", "Corwin", text, "Corwin"),
                  at("p3", "Ismay", text, "Ismay")],
                 children=[child("p2", "p1"), child("p3", "p1")])
    assert found(fam, text, "triangle") == [["p2", "p3", "p1"]]


def test_triangulated_with_no_second_party_known_is_no_finding() -> None:
    text = "Observations: Ottoline triangulated into marital conflict."
    fam = family([at("p1", "Ottoline", text, "Ottoline")])
    assert found(fam, text, "triangle") == []


def test_estranged_from_someone_named_is_a_cutoff() -> None:
    text = "Uncle Zoltan, sober since 2015, has been estranged from Wenna since 2012 over a loan."
    fam = family([at("p1", "Zoltan", text, "Zoltan"), at("p2", "Wenna", text, "Wenna")])
    (f,) = [f for f in find_all(fam, text) if f.code == "cutoff"]
    assert f.people == ["p1", "p2"] and "estranged" in f.message


def test_a_pattern_across_generations_names_the_people_listed() -> None:
    text = "Genogram notes: Alcohol misuse across three generations (Rudo, Corwin; Fenwick)."
    fam = family([at("p1", "Rudo", text, "Rudo"), at("p2", "Corwin", text, "Corwin"),
                  at("p3", "Fenwick", text, "Fenwick")])
    (f,) = [f for f in find_all(fam, text) if f.code == "multigenerational"
            and "The note" in f.message]
    assert f.people == ["p1", "p2", "p3"] and "substance use" in f.message


def test_a_pattern_across_generations_naming_one_person_is_no_finding() -> None:
    text = "Notes: a two-generation pattern of divorce (Rudo)."
    fam = family([at("p1", "Rudo", text, "Rudo")])
    assert found(fam, text, "multigenerational") == []


def test_cut_off_from_someone_named_is_a_cutoff() -> None:
    text = "Since the trial Rudo has cut himself off from Ismay entirely."
    fam = family([at("p1", "Rudo", text, "Rudo"), at("p2", "Ismay", text, "Ismay")])
    (f,) = [f for f in find_all(fam, text) if f.code == "cutoff"]
    assert f.people == ["p1", "p2"] and "cut himself off from Ismay" in f.message
