"""Events and person facts told in chronology and clinical-note forms (invented stories)."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def _person(fam: Family, label: str):
    return next(p for p in fam.people if p.label == label)


def _event(fam: Family, type_: str, label: str):
    pid = _person(fam, label).id
    return next(e for e in fam.events if e.type == type_ and pid in e.people)


def test_year_heading_dates_the_events_of_its_paragraph() -> None:
    fam = read("1951. Tobin marries Wilma Strand, a baker. Their son Ewert is born in 1953.\n\n"
               "1962. Tobin dies at sixty.")
    assert _event(fam, "marriage", "Tobin").when.year == 1951
    assert _event(fam, "birth", "Ewert").when.year == 1953   # its own date wins
    assert _event(fam, "death", "Tobin").when.year == 1962
    tobin = _person(fam, "Tobin")
    assert tobin.deceased and tobin.death_year == 1962


def test_year_heading_with_a_bare_birth_line() -> None:
    fam = read("1899. Wilma Strand born.")
    assert _event(fam, "birth", "Wilma Strand").when.year == 1899
    assert _person(fam, "Wilma Strand").birth_year == 1899


def test_no_heading_year_after_another_date_in_the_paragraph() -> None:
    fam = read("1920. Ilse Vossel is born in 1921 and Gorm marries Ilse Vossel.")
    assert _event(fam, "birth", "Ilse Vossel").when.year == 1921


def test_a_year_range_opening_a_line_is_no_heading() -> None:
    fam = read("2014-2019 were hard years. Tobin married Ilse Vossel.")
    assert _event(fam, "marriage", "Tobin").when.year is None


_NOTE = (
    "FAMILY CLINIC - INTAKE\n"
    "Date of intake: 04/02/2024. Clinician: J. Merrow, LCSW.\n"
    "IP: Ansgar Quimby, 9 y/o male, 4th grade.\n"
    "Household: IP lives w/ mother Ottla Quimby (34) and stepfather Brack Onley (40).\n"
    "Father: Bio father Lonzo Quimby, deceased 06/2020 (MVA) at age 31.\n"
    "Maternal family: MGM Tilde Pirrie (deceased 2017, stroke) raised Mother.\n")


def test_note_age_with_y_o_and_a_spelled_out_sex() -> None:
    fam = read(_NOTE)
    ip = _person(fam, "Ansgar Quimby")
    assert ip.age == 9 and ip.gender == "male"


def test_note_deceased_mark_with_its_date() -> None:
    fam = read(_NOTE)
    father = _person(fam, "Lonzo Quimby")
    assert father.deceased and father.death_year == 2020
    assert _event(fam, "death", "Lonzo Quimby").when.year == 2020


def test_note_deceased_mark_in_the_bracket_after_a_name() -> None:
    fam = read(_NOTE)
    gm = _person(fam, "Tilde Pirrie")
    assert gm.deceased and gm.death_year == 2017
    assert _event(fam, "death", "Tilde Pirrie").when.year == 2017
    assert not _person(fam, "Ansgar Quimby").deceased
    assert not any(p.deceased for p in fam.people if p.label not in ("Tilde Pirrie",
                                                                      "Lonzo Quimby"))


def test_life_years_in_a_bracket_after_a_name() -> None:
    fam = read("Her father, Halvard Brisk (1902\u20131968), was a miller.")
    father = _person(fam, "Halvard Brisk")
    assert father.deceased and (father.birth_year, father.death_year) == (1902, 1968)
    assert _event(fam, "birth", "Halvard Brisk").when.year == 1902
    assert _event(fam, "death", "Halvard Brisk").when.year == 1968


def test_birth_only_bracket() -> None:
    fam = read("Tobin married Ilse Vossel (b. 1931) in 1950.")
    ilse = _person(fam, "Ilse Vossel")
    assert ilse.birth_year == 1931 and not ilse.deceased


def test_a_spouse_bracket_gives_the_union_years_not_a_life() -> None:
    fam = read("My first marriage, to Halvard Brisk (1976-1991), ended in divorce.")
    him = _person(fam, "Halvard Brisk")
    assert not him.deceased and him.birth_year is None
    assert not [e for e in fam.events if e.type in ("birth", "death")]
