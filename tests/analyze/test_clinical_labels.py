"""Findings a clinician's note states outright, from hand-built families with invented notes:
parentification, triangulation, an estrangement, and a pattern across generations."""

from __future__ import annotations

from genogram.analyze.findings import find_all
from genogram.model import Family
from tests.analyze.families import at, child, family


def found(fam: Family, text: str, code: str) -> list[list[str]]:
    return [f.people for f in find_all(fam, text) if f.code == code]


def test_a_parentification_label_with_no_one_named_is_the_clients() -> None:
    text = ("Client: Honoria Quillon, 29.\n"
            "Assessment: Low mood. History of parentification (care of brothers from age 10).")
    fam = family([at("p1", "Honoria Quillon", text, "Honoria Quillon", descriptions=["client"])])
    (f,) = [f for f in find_all(fam, text) if f.code == "parentification"]
    assert f.people == ["p1"] and "parentification" in f.message
    assert text[slice(*f.evidence[0])].startswith("History of parentification")


def test_a_parentification_label_without_a_client_or_a_subject_is_no_finding() -> None:
    text = "The book had a chapter on parentification."
    fam = family([at("p1", "Yardley", text, "Yardley")])
    assert found(fam, text, "parentification") == []


def test_triangulated_into_marital_conflict_names_the_child_and_both_parents() -> None:
    text = "Observations: Ottolind triangulated into marital conflict; sleeps poorly."
    fam = family([at("p1", "Ottolind", text, "Ottolind"), at("p2", "Corwin", text, "Corwin"),
                  at("p3", "Ismay", text, "Ismay")],
                 children=[child("p2", "p1"), child("p3", "p1")])
    assert found(fam, text, "triangle") == [["p2", "p3", "p1"]]


def test_triangulated_with_no_second_party_known_is_no_finding() -> None:
    text = "Observations: Ottolind triangulated into marital conflict."
    fam = family([at("p1", "Ottolind", text, "Ottolind")])
    assert found(fam, text, "triangle") == []


def test_estranged_from_someone_named_is_a_cutoff() -> None:
    text = "Uncle Zoltan, sober since 2015, has been estranged from Wenna since 2012 over a loan."
    fam = family([at("p1", "Zoltan", text, "Zoltan"), at("p2", "Wenna", text, "Wenna")])
    (f,) = [f for f in find_all(fam, text) if f.code == "cutoff"]
    assert f.people == ["p1", "p2"] and "estranged" in f.message


def test_a_pattern_across_generations_names_the_people_listed() -> None:
    text = "Genogram notes: Alcohol misuse across three generations (Ruda, Corwin; Fenwick)."
    fam = family([at("p1", "Ruda", text, "Ruda"), at("p2", "Corwin", text, "Corwin"),
                  at("p3", "Fenwick", text, "Fenwick")])
    (f,) = [f for f in find_all(fam, text) if f.code == "multigenerational"
            and "The note" in f.message]
    assert f.people == ["p1", "p2", "p3"] and "substance use" in f.message


def test_a_pattern_across_generations_naming_one_person_is_no_finding() -> None:
    text = "Notes: a two-generation pattern of divorce (Ruda)."
    fam = family([at("p1", "Ruda", text, "Ruda")])
    assert found(fam, text, "multigenerational") == []


def test_cut_off_from_someone_named_is_a_cutoff() -> None:
    text = "Since the trial Ruda has cut himself off from Ismay entirely."
    fam = family([at("p1", "Ruda", text, "Ruda"), at("p2", "Ismay", text, "Ismay")])
    (f,) = [f for f in find_all(fam, text) if f.code == "cutoff"]
    assert f.people == ["p1", "p2"] and "cut himself off from Ismay" in f.message


# A note that states the pattern with its people in a list of role words ("IP", "mother",
# "PGM"): the client from the note's header line, the others by the reader's descriptions or by
# their tie to the client.
_NOTE = ("IP: Wendeline Brisk, 10 y/o female.\n"
         "Family: lives with mother Ysolde Brisk and MGM Garnet Fennimore.\n"
         "Impressions: loyalty conflict (triangle: IP, mother, MGM). Early father loss "
         "repeats across 2 generations (mother, IP).\n")


def _note_family(text: str = _NOTE) -> Family:
    return family([at("p1", "Wendeline Brisk", text, "Wendeline Brisk", gender="female"),
                   at("p2", "Ysolde Brisk", text, "Ysolde Brisk", gender="female",
                      descriptions=["mother"]),
                   at("p3", None, text, "MGM Garnet", gender="female", descriptions=["MGM"])],
                  children=[child("p2", "p1"), child("p3", "p2")])


def test_a_triangle_the_note_lists_by_role_words_names_its_three() -> None:
    (three,) = found(_note_family(), _NOTE, "triangle")
    assert set(three) == {"p1", "p2", "p3"}


def test_a_pattern_across_generations_takes_the_notes_own_list() -> None:
    fam = _note_family()
    (f,) = [f for f in find_all(fam, _NOTE) if f.code == "multigenerational"]
    assert set(f.people) == {"p1", "p2"} and "early loss" in f.message
    assert _NOTE[slice(*f.evidence[0])].startswith("Early father loss")


def test_a_list_item_is_resolved_by_the_tie_to_the_client_when_no_description_says_it() -> None:
    text = _NOTE.replace("(triangle: IP, mother, MGM)", "(triangle: IP, mother, grandmother)")
    fam = _note_family(text).model_copy(update={"children": [child("p2", "p1")]})
    assert found(fam, text, "triangle") == []  # "grandmother" names no one: no finding
    text2 = _NOTE.replace("(triangle: IP, mother, MGM)", "(triangle: IP, Garnet, mom)")
    fam2 = family([at("p1", "Wendeline Brisk", text2, "Wendeline Brisk", gender="female"),
                   at("p2", "Ysolde Brisk", text2, "Ysolde Brisk", gender="female"),
                   at("p3", "Garnet Fennimore", text2, "Garnet Fennimore", gender="female")],
                  children=[child("p2", "p1"), child("p3", "p2")])
    (three,) = found(fam2, text2, "triangle")
    assert set(three) == {"p1", "p2", "p3"}


def test_no_contact_with_the_family_is_a_cutoff_of_one() -> None:
    text = "Paternal family: PGF Halvard Brisk, not in contact w/ family since 2016.\n"
    fam = family([at("p1", "Halvard Brisk", text, "Halvard Brisk", gender="male")])
    (f,) = [f for f in find_all(fam, text) if f.code == "cutoff"]
    assert f.people == ["p1"] and any("not in contact w/ family" in text[a:b]
                                      for a, b in f.evidence)


def test_a_role_reversal_with_a_parent_is_the_clients_parentification() -> None:
    text = ("Client: Wendeline Brisk, 16.\n"
            "Assessment: role reversal with mother (parentification); anxious.\n")
    fam = family([at("p1", "Wendeline Brisk", text, "Wendeline Brisk", descriptions=["client"]),
                  at("p2", None, text, "mother", gender="female", descriptions=["mother"])],
                 children=[child("p2", "p1")])
    assert found(fam, text, "parentification") == [["p1"]]


def test_a_role_reversal_between_two_generations_is_the_younger_ones() -> None:
    text = ("Client: Ysolde Brisk, 70.\n"
            "Assessment: a role reversal between IP and granddaughter Wendeline.\n")
    fam = family([at("p1", "Ysolde Brisk", text, "Ysolde Brisk", descriptions=["client"]),
                  at("p2", "Garnet", text, "Garnet"),
                  at("p3", "Wendeline", text, "Wendeline")],
                 children=[child("p1", "p2"), child("p2", "p3")])
    assert found(fam, text, "parentification") == [["p3"]]


def test_a_pattern_across_generations_with_no_one_named_is_the_clients() -> None:
    text = ("Client: Ysolde Brisk, 44.\n"
            "Impressions: pattern of early mother loss across 3 generations.\n")
    fam = family([at("p1", "Ysolde Brisk", text, "Ysolde Brisk", descriptions=["client"])])
    assert found(fam, text, "multigenerational") == [["p1"]]
