"""A note's subjectless fragments under a heading that names the section's person, and a subject
name the parser hangs on the verb as a compound; on small notes written for these tests."""

from __future__ import annotations

from genogram.read.engine import read_text
from tests.read.test_kin_phrase_shapes import relation

NOTE = (
    "Present: Sveinung Ostby (52) and Vigdis Ostby (49).\n"
    "Family of origin, Sveinung. Second of four sons of Aake Storm (d. 2009) and Gunhild Storm "
    "(81).\n"
    "Family of origin, Vigdis. Only child of Ketil Gyda and Oddny Gyda.\n"
)


def test_a_heading_with_the_name_after_it_gives_the_fragments_their_subject() -> None:
    fam = read_text(NOTE)
    assert relation(fam, "Vigdis Ostby", "Ketil Gyda") == "father"
    assert relation(fam, "Vigdis Ostby", "Oddny Gyda") == "mother"
    assert relation(fam, "Sveinung Ostby", "Ketil Gyda") is None


def test_one_of_a_counted_set_of_sons_is_a_son_of_both_parents() -> None:
    fam = read_text(NOTE)
    # (the parser loses the mother behind the bracket after the father's name)
    assert relation(fam, "Sveinung Ostby", "Aake Storm") == "father"
    assert relation(fam, "Sveinung Ostby", "Gunhild Storm") == "mother"


def test_a_subject_the_parser_took_for_a_compound_of_the_verb() -> None:
    # "In 1890 Oliver married …": the small parser makes "Oliver" a compound of "married"
    fam = read_text("In 1890 Oliver married Azra Brook. They had three children: Onno in 1891, "
                    "Yrsa in 1894, and Sindre in 1897.")
    assert relation(fam, "Onno", "Oliver") == "father"
    assert relation(fam, "Yrsa", "Azra Brook") == "mother"


def test_a_rare_name_tagged_as_an_organisation_is_a_person_when_described_as_one() -> None:
    # no name lexicon knows "Ovar Quist"; a birth year or an occupation in apposition does
    for story in ("The tree begins with Ovar Quist, born 1902 in Tamsk, who kept the ferry.",
                  "The tree begins with Ovar Quist, a saddler."):
        assert "Ovar Quist" in {p.name for p in read_text(story).people}


def test_children_listed_with_semicolons_and_born_years() -> None:
    fam = read_text("In 1902 Bertram married Gertrude Corrigan. The couple had three children: "
                    "Fiacre, born 1903; Ludmila, born 1905; and Osk, born 1908.")
    for child, year in (("Fiacre", 1903), ("Ludmila", 1905), ("Osk", 1908)):
        assert relation(fam, child, "Bertram") == "father"
        assert relation(fam, child, "Gertrude Corrigan") == "mother"
        # the item's own "born" dates the birth the counted group told
        assert next(p for p in fam.people if p.name == child).birth_year == year


def test_a_rare_name_after_a_grandparent_abbreviation() -> None:
    fam = read_text("Client: Kazimir Wick (9M).\nMaternal family: MGM Tandi Mwale, deceased "
                    "2019; she raised the client for three years.\n")
    grandmother = next(p for p in fam.people if p.name == "Tandi Mwale")
    assert grandmother.gender == "female"
