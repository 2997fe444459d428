"""GEDCOM 7 export: header and extension schema, line syntax, the standard structures."""

from __future__ import annotations

import re

import gedcom7
import pytest

from genogram.formats import EXTENSION_TAGS, dump_gedcom, parse_gedcom
from genogram.formats.gedcom_lines import parse_lines
from genogram.model import ChildOf, Event, Family, Person, Source, Union, When

from .families import canonical, laura_family

LINE = re.compile(r"(0|[1-9][0-9]*) (@[A-Z0-9_]+@ )?[A-Z_][A-Z0-9_]*( (@[A-Z0-9_]+@|[^@].*|@@.*))?")


def _family(**kw: object) -> Family:
    return Family(source=Source(name="t.txt", sha256="", chars=0), **kw)  # type: ignore[arg-type]


def _record(text: str, xref: str) -> list[str]:
    """The lines of one record (``xref`` like @I1@), level 0 line included."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"0 {xref} "))
    end = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("0 "))
    return lines[start:end]


def test_header_declares_gedcom_7_and_every_extension_tag_used() -> None:
    text = dump_gedcom(laura_family())
    lines = text.splitlines()
    assert lines[:3] == ["0 HEAD", "1 GEDC", "2 VERS 7.0"]
    assert lines[-1] == "0 TRLR" and text.endswith("\n")
    declared = {line.split()[2]: line.split()[3] for line in lines if line.startswith("2 TAG ")}
    used = {line.split()[2] if line.split()[1].startswith("@") else line.split()[1]
            for line in lines}
    used_ext = {tag for tag in used if tag.startswith("_")}
    assert used_ext and used_ext <= set(declared)
    assert set(declared) == {t.tag for t in EXTENSION_TAGS}
    assert len(set(declared.values())) == len(declared), "one URI per tag"


def test_every_line_has_gedcom_7_syntax() -> None:
    fam = laura_family()
    fam = fam.model_copy(update={"people": [*fam.people[:-1], fam.people[-1].model_copy(
        update={"descriptions": ["@home\nsecond line\n@@twice", ""]})]})
    for line in dump_gedcom(fam).splitlines():
        assert LINE.fullmatch(line), line
        assert line.split(" ", 2)[1] != "CONC", "CONC does not exist in GEDCOM 7"


def test_official_parser_finds_no_problem() -> None:
    records = gedcom7.loads(dump_gedcom(laura_family()))
    assert gedcom7.validate(records) == []


def test_leading_at_is_escaped_and_newlines_become_cont() -> None:
    fam = _family(people=[Person(id="a", descriptions=["@home\nnext @ line\n@"])])
    lines = dump_gedcom(fam).splitlines()
    i = lines.index("1 _GENO_DESC @@home")
    assert lines[i + 1:i + 3] == ["2 CONT next @ line", "2 CONT @@"]
    assert parse_gedcom(dump_gedcom(fam)).people[0].descriptions == ["@home\nnext @ line\n@"]


@pytest.mark.parametrize("name,payload", [
    ("Laura", "Laura"), ("Laura Smith", "Laura /Smith/"), ("Mary Ann de Vries", "Mary Ann de /Vries/"),
])
def test_names_are_split_into_given_and_surname(name: str, payload: str) -> None:
    text = dump_gedcom(_family(people=[Person(id="a", name=name)]))
    assert f"1 NAME {payload}" in text.splitlines()
    assert "_GENO_NAME" not in text.split("0 @I1@")[1]


def test_names_gedcom_cannot_hold_keep_their_exact_text() -> None:
    fam = _family(people=[Person(id="a", name="A/B  C", aliases=["Al"])])
    lines = _record(dump_gedcom(fam), "@I1@")
    assert lines[1:6] == ["1 NAME A B /C/", "2 _GENO_NAME A/B  C", "1 NAME Al", "2 TYPE AKA",
                          "1 SEX U"]
    assert parse_gedcom(dump_gedcom(fam)).people == fam.people


@pytest.mark.parametrize("gender,sex", [("female", "F"), ("male", "M"), ("nonbinary", "X"),
                                        ("unknown", "U")])
def test_sex_codes(gender: str, sex: str) -> None:
    text = dump_gedcom(_family(people=[Person(id="a", gender=gender)]))  # type: ignore[arg-type]
    assert f"1 SEX {sex}" in text.splitlines()


def test_birth_and_death_with_dates_and_deat_y_without_a_year() -> None:
    fam = _family(people=[Person(id="a", birth_year=1950, deceased=True, death_year=2001),
                          Person(id="b", deceased=True)])
    text = dump_gedcom(fam)
    assert _record(text, "@I1@")[1:6] == ["1 SEX U", "1 BIRT", "2 DATE 1950", "1 DEAT",
                                          "2 DATE 2001"]
    assert "1 DEAT Y" in _record(text, "@I2@")


def test_a_birth_event_of_the_same_year_is_the_one_birt() -> None:
    fam = _family(people=[Person(id="a", birth_year=1950)],
                  events=[Event(id="e1", type="birth", people=["a"], summary="born at home",
                                when=When(year=1950, approximate=True, text="spring 1950"))])
    rec = _record(dump_gedcom(fam), "@I1@")
    assert rec.count("1 BIRT") == 1
    assert rec[2:7] == ["1 BIRT", "2 DATE ABT 1950", "3 PHRASE spring 1950",
                        "2 NOTE born at home", "2 _GENO_ID e1"]
    assert parse_gedcom(dump_gedcom(fam)) == fam


def _couple(ga: str, gb: str, **union: object) -> Family:
    return _family(people=[Person(id="a", name="A", gender=ga), Person(id="b", name="B",
                                                                        gender=gb)],
                   unions=[Union(id="u1", partners=["a", "b"], **union)])  # type: ignore[arg-type]


def test_a_woman_and_a_man_are_wife_and_husband_in_either_order() -> None:
    text = dump_gedcom(_couple("female", "male"))
    fam = _record(text, "@F1@")
    assert fam[1:3] == ["1 HUSB @I2@", "1 WIFE @I1@"]
    assert "1 _GENO_REVERSED Y" in fam
    assert parse_gedcom(text).unions[0].partners == ["a", "b"]


@pytest.mark.parametrize("ga,gb", [("female", "female"), ("male", "male"),
                                   ("nonbinary", "unknown")])
def test_same_sex_and_other_couples_keep_genogram_order(ga: str, gb: str) -> None:
    text = dump_gedcom(_couple(ga, gb))
    assert _record(text, "@F1@")[1:3] == ["1 HUSB @I1@", "1 WIFE @I2@"]
    assert "_GENO_REVERSED" not in text.split("0 @F1@")[1]


@pytest.mark.parametrize("utype,status,standard,ext", [
    ("marriage", "together", ["1 MARR Y"], ["1 _GENO_UNION marriage", "1 _GENO_STATUS together"]),
    ("marriage", "divorced", ["1 MARR Y", "1 DIV Y"], ["1 _GENO_STATUS divorced"]),
    ("marriage", "separated", ["1 MARR Y"], ["1 _GENO_STATUS separated"]),
    ("marriage", "widowed", ["1 MARR Y"], ["1 _GENO_STATUS widowed"]),
    ("cohabitation", "together", [], ["1 _GENO_UNION cohabitation"]),
    ("engagement", "ended", ["1 ENGA Y"], ["1 _GENO_UNION engagement", "1 _GENO_STATUS ended"]),
    ("dating", "together", [], ["1 _GENO_UNION dating"]),
    ("affair", "ended", [], ["1 _GENO_UNION affair"]),
])
def test_union_types_and_statuses(utype: str, status: str, standard: list[str],
                                  ext: list[str]) -> None:
    rec = _record(dump_gedcom(_couple("male", "female", type=utype, status=status)), "@F1@")
    for line in standard + ext:
        assert line in rec
    assert [x for x in rec if x.split()[1] in ("MARR", "DIV", "ENGA")] == standard


def test_marriage_and_divorce_events_carry_their_dates() -> None:
    fam = _couple("male", "female", status="divorced").model_copy(update={"events": [
        Event(id="e1", type="marriage", people=["a", "b"], when=When(year=1990)),
        Event(id="e2", type="divorce", people=["b", "a"], when=When(year=2001, order=2))]})
    rec = _record(dump_gedcom(fam), "@F1@")
    assert rec[3:9] == ["1 MARR", "2 DATE 1990", "2 _GENO_ID e1", "1 DIV", "2 DATE 2001",
                        "2 _GENO_ID e2"]
    assert "1 MARR Y" not in rec and "1 DIV Y" not in rec
    assert parse_gedcom(dump_gedcom(fam)) == fam


@pytest.mark.parametrize("kind,pedi", [
    ("biological", ["2 PEDI BIRTH"]), ("adoptive", ["2 PEDI ADOPTED"]),
    ("foster", ["2 PEDI FOSTER"]), ("step", ["2 PEDI OTHER", "3 PHRASE step"]),
    ("caregiver", ["2 PEDI OTHER", "3 PHRASE caregiver"]),
])
def test_children_get_chil_and_famc_with_pedigree(kind: str, pedi: list[str]) -> None:
    fam = _couple("male", "female").model_copy(update={
        "people": [*_couple("male", "female").people, Person(id="c", name="C")],
        "children": [ChildOf(parent="a", child="c", kind=kind),  # type: ignore[arg-type]
                     ChildOf(parent="b", child="c", kind=kind)]})  # type: ignore[arg-type]
    text = dump_gedcom(fam)
    assert "1 CHIL @I3@" in _record(text, "@F1@")
    child = _record(text, "@I3@")
    i = child.index("1 FAMC @F1@")
    assert child[i + 1:i + 1 + len(pedi)] == pedi
    assert parse_gedcom(text) == fam


def test_parents_who_are_not_a_couple_share_a_family_marked_nounion() -> None:
    fam = _family(people=[Person(id="a"), Person(id="b"), Person(id="c")],
                  children=[ChildOf(parent="a", child="c"), ChildOf(parent="b", child="c")])
    text = dump_gedcom(fam)
    assert _record(text, "@F1@") == ["0 @F1@ FAM", "1 HUSB @I1@", "1 WIFE @I2@", "1 CHIL @I3@",
                                     "1 _GENO_NOUNION Y"]
    assert parse_gedcom(text) == fam


def test_what_gedcom_cannot_say_travels_as_extensions() -> None:
    text = dump_gedcom(laura_family())
    for line in ["1 _GENO_NARRATOR Y", "1 _GENO_AGE 34", "1 _GENO_MENTIONS 0-5 40-41",
                 "1 _GENO_DESC my husband", "1 _GENO_UNION affair", "1 _GENO_STATUS separated",
                 "1 _GENO_EVIDENCE 10-30", "2 _GENO_SIBLING half", "2 _GENO_LINK cutoff",
                 "1 _GENO_NARRATION 0-300", "0 @X1@ _GENO_FINDING cutoff",
                 "1 _GENO_MESSAGE John cut off Colin.", "0 @E1@ _GENO_EVENT",
                 "1 _GENO_SOURCE laura.txt", "2 _GENO_WIFE_EVIDENCE 50-55"]:
        assert line in text.splitlines(), line


def test_round_trip_is_exact_up_to_the_order_of_ties() -> None:
    fam = laura_family()
    back = parse_gedcom(dump_gedcom(fam))
    assert canonical(back) == canonical(fam)
    assert back.people == fam.people and back.unions == fam.unions
    assert back.narration == fam.narration and back.findings == fam.findings


def test_structure_parses_back_into_the_same_records() -> None:
    text = dump_gedcom(laura_family())
    records = parse_lines(text)
    assert [r.tag for r in records].count("INDI") == 6
    # two unions; Laura alone with her adopted Mia; Rose alone with Laura
    assert [r.tag for r in records].count("FAM") == 4
