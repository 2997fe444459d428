"""FamilySearch's official GEDCOM 7 test files (../shared/formats/gedcom-testfiles)."""

from __future__ import annotations

from pathlib import Path

import gedcom7
import pytest

from genogram.formats import dump_gedcom, load_family, parse_gedcom
from genogram.model import Family

from .families import canonical

FILES = Path(__file__).resolve().parents[2].parent / "shared" / "formats" / "gedcom-testfiles"
NAMES = sorted(p.name for p in FILES.glob("*.ged")) if FILES.exists() else []
needs_files = pytest.mark.skipif(not NAMES, reason="../shared/formats/gedcom-testfiles is absent")


def load(name: str) -> Family:
    fam = load_family(FILES / name)
    assert fam is not None, f"{name} was not recognised as GEDCOM"
    return fam


def summary(fam: Family) -> dict:
    return {
        "people": [(p.id, p.name, p.gender) for p in fam.people],
        "unions": [(u.id, u.partners, u.type, u.status) for u in fam.unions],
        "children": sorted((c.parent, c.child, c.kind) for c in fam.children),
    }


@needs_files
def test_all_official_files_are_there() -> None:
    assert len(NAMES) >= 20 and "maximal70.ged" in NAMES


@needs_files
@pytest.mark.parametrize("name", NAMES)
def test_every_file_reads_and_survives_our_round_trip(name: str) -> None:
    fam = load(name)
    again = dump_gedcom(fam)
    assert gedcom7.validate(gedcom7.loads(again)) == []
    assert canonical(parse_gedcom(again)) == canonical(fam)


@needs_files
def test_remarriage1_same_couple_divorced_then_remarried_in_one_family() -> None:
    fam = load("remarriage1.ged")
    assert summary(fam) == {
        "people": [("I1", "John Q Public", "male"), ("I2", "Jane Doe", "female"),
                   ("I3", "Mary Roe", "unknown")],
        # F1: married 1911, divorced 1912, married again 1914: together. F2: Mary died 1914.
        "unions": [("F1", ["I1", "I2"], "marriage", "together"),
                   ("F2", ["I1", "I3"], "marriage", "widowed")],
        "children": [],
    }
    assert (fam.people[2].deceased, fam.people[2].death_year) == (True, 1914)
    assert [(e.type, e.people, e.when.year) for e in fam.events] == [
        ("marriage", ["I1", "I2"], 1911), ("divorce", ["I1", "I2"], 1912),
        ("marriage", ["I1", "I2"], 1914), ("marriage", ["I1", "I3"], 1913)]


@needs_files
def test_remarriage2_same_couple_twice_in_two_families() -> None:
    fam = load("remarriage2.ged")
    assert summary(fam) == {
        "people": [("I1", "John Q Public", "male"), ("I2", "Jane Doe", "female"),
                   ("I3", "Mary Roe", "unknown")],
        "unions": [("F1", ["I1", "I2"], "marriage", "divorced"),
                   ("F2", ["I1", "I3"], "marriage", "widowed"),
                   ("F3", ["I1", "I2"], "marriage", "together")],
        "children": [],
    }
    assert sorted(e.when.year for e in fam.events) == [1911, 1912, 1913, 1914]


@needs_files
def test_same_sex_marriage() -> None:
    fam = load("same-sex-marriage.ged")
    assert summary(fam) == {
        "people": [("I1", "John Doe", "male"), ("I2", "Richard Roe", "male")],
        "unions": [("F1", ["I1", "I2"], "marriage", "together")],
        "children": [],
    }


MAXIMAL_PEOPLE = [("I1", 'Lt. Cmndr. Joseph "John" de Allen jr.', "male"),
                  ("I2", "Maiden Name", "female"), ("I3", None, "nonbinary"),
                  ("I4", None, "unknown")]


@needs_files
@pytest.mark.parametrize("name,events", [
    ("maximal70.ged", 3), ("maximal70-tree1.ged", 1), ("maximal70-tree2.ged", 3),
    ("maximal70-lds.ged", 1), ("maximal70-memories1.ged", 1), ("maximal70-memories2.ged", 1),
])
def test_maximal70_family(name: str, events: int) -> None:
    fam = load(name)
    # F1: I1 + I2 with child I4 (the second CHIL is @VOID@); F2 has a child (I1) but no
    # partners, so it adds no union and no parent tie. I1 died in 2022: F1 is widowed.
    assert summary(fam) == {
        "people": MAXIMAL_PEOPLE,
        "unions": [("F1", ["I1", "I2"], "marriage", "widowed")],
        "children": [("I1", "I4", "biological"), ("I2", "I4", "biological")],
    }
    john, maiden = fam.people[0], fam.people[1]
    assert john.aliases == ["John Doe", "Aka", "Immigrant Name"]
    assert (john.birth_year, john.death_year, john.deceased) == (2000, 2022, True)
    assert maiden.aliases == ["Married Name", "Professional Name"]
    assert len(fam.events) == events  # MARR (and in the full files DIV and ENGA) of F1


@needs_files
def test_records_without_xref_and_odd_xrefs() -> None:
    fam = load("xref.ged")
    assert [p.id for p in fam.people] == [
        "indi1", "I1", "I", "1", "_", "0XFFFFFFFF",
        "THEXREFPRODUCTIONDOESNOTHAVEAMAXIMUMLENGTHSOTHISISATESTOFALONGCROSSREFERENCEIDENTIFIER"]


@needs_files
def test_void_pointers_mean_nobody() -> None:
    fam = load("voidptr.ged")
    assert summary(fam) == {
        "people": [("I1", "John Smith", "unknown"), ("I2", "Jane Doe", "unknown")],
        "unions": [("F1", ["I1", "I2"], "marriage", "together")],
        "children": [],
    }


@needs_files
def test_escapes_file_keeps_its_person() -> None:
    assert summary(load("escapes.ged"))["people"] == [("I1", "John Doe", "unknown")]
