"""GEDCOM import: 5.5.1 and 7 files we write by hand, unknown tags, and malformed files."""

from __future__ import annotations

from pathlib import Path

import pytest

from genogram.formats import load_family, parse_gedcom
from genogram.formats.gedcom_read import parse_date
from genogram.model import FormatError

DATA = Path(__file__).parent / "data"


def test_a_5_5_1_file_in_ansi_with_crlf_conc_and_indentation() -> None:
    fam = load_family(DATA / "muller-5.5.1.ged")
    assert fam is not None
    assert [(p.id, p.name, p.gender) for p in fam.people] == [
        ("P1", "Hans Müller", "male"), ("P2", "Anna Schmidt", "female"),
        ("P3", "Karl Müller", "male"), ("P4", "Greta", "female"), ("P5", "Otto Weber", "male"),
        ("P6", "Weber", "female")]
    hans, anna = fam.people[0], fam.people[1]
    assert (hans.birth_year, hans.death_year, hans.deceased) == (1850, 1911, True)
    assert anna.aliases == ["Anni"] and anna.birth_year == 1852
    assert [p.birth_year for p in fam.people[2:]] == [1700, None, None, 1401]
    assert [(u.id, u.partners, u.type, u.status) for u in fam.unions] == [
        ("FAM1", ["P1", "P2"], "marriage", "divorced"),
        ("FAM2", ["P5", "P2"], "marriage", "together")]
    assert [(c.parent, c.child, c.kind) for c in fam.children] == [
        ("P1", "P3", "biological"), ("P2", "P3", "biological"), ("P1", "P4", "adoptive"),
        ("P2", "P4", "adoptive"), ("P5", "P6", "foster"), ("P2", "P6", "foster")]
    assert [(e.type, e.people, e.when.year) for e in fam.events] == [
        ("marriage", ["P1", "P2"], 1875), ("divorce", ["P1", "P2"], 1890),
        ("marriage", ["P5", "P2"], 1892)]
    assert [(k.a, k.b, k.type) for k in fam.links] == [("P5", "P1", "friend")]


def test_imported_facts_have_no_evidence_and_the_file_is_the_source() -> None:
    fam = load_family(DATA / "muller-5.5.1.ged")
    assert fam is not None
    assert all(not p.mentions for p in fam.people)
    assert all(not x.evidence for x in [*fam.unions, *fam.children, *fam.events, *fam.links])
    assert fam.source.name.endswith("muller-5.5.1.ged") and len(fam.source.sha256) == 64


def test_utf16_gedcom_with_bom() -> None:
    text = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UNICODE\n0 @I1@ INDI\n1 NAME Zoë /Ñúñez/\n0 TRLR\n"
    fam = load_family(text.encode("utf-16"))
    assert fam is not None and fam.people[0].name == "Zoë Ñúñez"


def test_gedcom_7_with_unknown_tags_void_pointers_and_records_without_xref() -> None:
    text = """0 HEAD
1 GEDC
2 VERS 7.0
0 @I1@ INDI
1 NAME Ann /Lee/
1 _MYAPP_COLOUR blue
2 _SHADE dark
1 RESI
2 PLAC Somewhere
1 FAMS @VOID@
0 INDI
1 NAME Bo
0 @F1@ FAM
1 WIFE @I1@
1 HUSB @VOID@
1 CHIL @VOID@
0 @S1@ _SOMETHING
1 _REF @NOWHERE@
0 TRLR
"""
    fam = parse_gedcom(text)
    assert [(p.id, p.name) for p in fam.people] == [("I1", "Ann Lee"), ("indi2", "Bo")]
    assert fam.unions == [] and fam.children == []


@pytest.mark.parametrize("value,year,approx", [
    ("1950", 1950, False), ("ABT 1950", 1950, True), ("12 AUG 1401", 1401, False),
    ("AUG 1401", 1401, False), ("1401 BCE", -1401, False), ("BET 1900 AND 1910", 1900, True),
    ("FROM 1700 TO 1800", 1700, False), ("1700/01", 1700, False), ("JULIAN 3 MAR 1500", 1500, False),
    ("@#DJULIAN@ 1401", 1401, False), ("HEBREW 5784", None, False), ("FRENCH_R 8", None, False),
    ("_CALENDAR 8 _MONTH 190 _EPOCH", None, False), ("", None, False), ("EST 1850", 1850, True),
    ("INT 1850 (about then)", 1850, True), ("(sometime)", None, False),
])
def test_dates(value: str, year: int | None, approx: bool) -> None:
    assert parse_date(value) == (year, approx)


HEAD = "0 HEAD\n1 GEDC\n2 VERS 7.0\n"


@pytest.mark.parametrize("body,line,code,words", [
    ("1 SOUR x\n3 VERS 1\n0 TRLR\n", 5, "E411", "level 3 cannot follow level 1"),
    ("x INDI\n0 TRLR\n", 4, "E410", "expected a level number"),
    ("0 @I1@ INDI\n1 NAME Al\nhello world\n0 TRLR\n", 6, "E410", "expected a level number"),
    ("0 @I1@ INDI\n1 !! odd\n0 TRLR\n", 5, "E410", "expected a tag"),
    ("0 @I1 INDI\n0 TRLR\n", 4, "E410", "cross-reference"),
    ("0 @I1@ INDI\n1 @X@ NAME A\n0 TRLR\n", 5, "E410", "only a level-0 record"),
    ("0 @F1@ FAM\n1 HUSB @I9@\n0 TRLR\n", 5, "E412", "@I9@, which is not in the file"),
    ("0 @I1@ INDI\n1 FAMC @I1@\n0 TRLR\n", 5, "E412", "must point to an FAM record"),
    ("0 @I1@ INDI\n0 @I1@ INDI\n0 TRLR\n", 5, "E412", "used twice"),
    ("0 @I1@ INDI\n0 @F1@ FAM\n1 HUSB @I1@\n1 CHIL @I1@\n0 TRLR\n", 5, "E414", "own parent"),
    ("0 @I1@ INDI\n1 NAME A\n", 6, "E413", "without 0 TRLR"),
    ("0 TRLR\n0 @I1@ INDI\n", 5, "E413", "after the 0 TRLR"),
    ("0 @I1@ INDI\n1 _GENO_AGE old\n0 TRLR\n", 5, "E414", "_GENO_AGE must be a whole number"),
    ("0 @I1@ INDI\n1 _GENO_MENTIONS 1-x\n0 TRLR\n", 5, "E414", "spans like 12-20"),
    ("0 @I1@ INDI\n1 _GENO_ID a\n0 @I2@ INDI\n1 _GENO_ID a\n0 TRLR\n", 7, "E414", "used twice"),
    ("0 @I1@ INDI\n1 NOTE @I2@\n2 CONT more\n0 TRLR\n", 6, "E410", "cannot continue a pointer"),
])
def test_malformed_files_raise_format_error_with_the_line(body: str, line: int, code: str,
                                                           words: str) -> None:
    with pytest.raises(FormatError) as err:
        parse_gedcom(HEAD + body)
    assert err.value.code == code, err.value.message
    assert err.value.where is not None and err.value.where.startswith(f"line {line},")
    assert words in err.value.message, err.value.message


def test_a_ged_file_that_is_not_gedcom_at_all(tmp_path: Path) -> None:
    path = tmp_path / "tree.ged"
    path.write_text("Dear diary, today I met my cousin.\n", encoding="utf-8")
    with pytest.raises(FormatError) as err:
        load_family(path)
    assert err.value.code == "E413" and "0 HEAD" in err.value.message


def test_binary_garbage_with_a_ged_suffix(tmp_path: Path) -> None:
    path = tmp_path / "tree.ged"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(FormatError) as err:
        load_family(path)
    assert err.value.code.startswith("E4")
