"""Property-based tests: random families survive the round trips; random garbage gives a clean
FormatError (or a family, when it happens to be valid), never any other exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from genogram.formats import (
    dump_gedcom,
    dump_geno,
    load_family,
    parse_family_json,
    parse_gedcom,
    parse_geno,
)
from genogram.model import Family, FormatError

from .families import canonical, families, without_evidence

RUNS = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))


@RUNS
@given(fam=families())
def test_model_geno_model_is_lossless_but_for_evidence(fam: Family) -> None:
    text = dump_geno(fam)
    again = parse_geno(text)
    assert again == without_evidence(fam)
    assert dump_geno(again) == text


@RUNS
@given(fam=families())
def test_model_gedcom_model_keeps_every_fact(fam: Family) -> None:
    again = parse_gedcom(dump_gedcom(fam))
    assert canonical(again) == canonical(fam)
    assert again.people == fam.people and again.unions == fam.unions
    assert again.narration == fam.narration and again.findings == fam.findings


@RUNS
@given(fam=families())
def test_gedcom_and_geno_agree(fam: Family) -> None:
    via_gedcom = parse_geno(dump_geno(parse_gedcom(dump_gedcom(fam))))
    assert canonical(via_gedcom) == canonical(without_evidence(fam))


def _clean(parse, text: str) -> None:  # noqa: ANN001
    try:
        result = parse(text)
    except FormatError as err:
        assert err.code.startswith("E4") and err.message
        return
    assert result is None or isinstance(result, Family)


GENO_WORDS = st.sampled_from([
    "person", "union", "child", "sibling", "link", "event", "narration", "finding", "source",
    "a", "b", "c", "->", "-", "female", "marriage", "divorced", "half", "cutoff", "move",
    "approx", "age=3", "age=x", "born=1990", "year=~2001", "id=z", 'aka="A"', '"Ann"', "'b'",
    '"un', "'", "=", "#", "# genogram 1", "# genogram 9", "\\", "\"\\u12\"", "pattern", "12",
    "lint", "married=1990", "order=-1", "chars=-4", "sha256=", "desc=''", "f", "dead", "living",
])
geno_garbage = st.lists(st.lists(GENO_WORDS, max_size=7).map(" ".join), max_size=8).map(
    "\n".join)


@RUNS
@given(text=st.one_of(st.text(max_size=300), geno_garbage))
def test_garbage_geno_gives_a_clean_error(text: str) -> None:
    _clean(parse_geno, text)


GED_LINES = st.sampled_from([
    "0 HEAD", "1 GEDC", "2 VERS 7.0", "2 VERS 5.5.1", "0 TRLR", "0 @I1@ INDI", "0 @I2@ INDI",
    "0 @F1@ FAM", "1 HUSB @I1@", "1 WIFE @I2@", "1 CHIL @I2@", "1 CHIL @I9@", "1 FAMC @F1@",
    "2 PEDI OTHER", "3 PHRASE step", "1 FAMS @I1@", "1 NAME A /B/", "1 SEX X", "1 BIRT",
    "2 DATE ABT 1950", "2 DATE BET FRENCH_R 2 AND 3", "1 DEAT Y", "2 CONT more", "2 CONC x",
    "1 ASSO @I1@", "2 _GENO_SIBLING half", "2 _GENO_LINK cutoff", "1 _GENO_ID p",
    "1 _GENO_MENTIONS 1-2 x", "1 _GENO_AGE 400", "1 _GENO_UNION affair", "1 _GENO_NOUNION Y",
    "1 MARR Y", "1 DIV", "1 _GENO_REVERSED Y", "1 EVEN", "2 TYPE move", "2 _GENO_ID e",
    "0 @E1@ _GENO_EVENT", "1 _GENO_YEAR x", "0 @X1@ _GENO_FINDING c", "1 _GENO_PERSON @I3@",
    "1 _GENO_NARRATION 5", "3 DEEP", "x", "", "@@", "1 @I1@ NAME", "0 @VOID@ INDI",
])
ged_garbage = st.lists(GED_LINES, max_size=25).map(lambda ls: "\n".join(["0 HEAD", *ls]))


@RUNS
@given(text=st.one_of(st.text(max_size=300), st.text(max_size=300).map("0 HEAD\n".__add__),
                      ged_garbage))
def test_garbage_gedcom_gives_a_clean_error(text: str) -> None:
    _clean(parse_gedcom, text)


@RUNS
@given(fam=families(), data=st.data())
def test_damaged_exports_give_a_clean_error(fam: Family, data: st.DataObject) -> None:
    lines = dump_gedcom(fam).splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "dup", "level", "cut"]))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "level" and lines[i][:1].isdigit():
            lines[i] = str(data.draw(st.integers(0, 5))) + lines[i][1:]
        elif action == "cut":
            lines[i] = lines[i][: data.draw(st.integers(0, len(lines[i])))]
        if not lines:
            break
    _clean(parse_gedcom, "\n".join(lines))
    geno = dump_geno(fam).splitlines()
    j = data.draw(st.integers(0, len(geno) - 1))
    geno[j] = geno[j][: data.draw(st.integers(0, len(geno[j])))]
    _clean(parse_geno, "\n".join(geno))


@RUNS
@given(data=st.one_of(st.binary(max_size=200), st.binary(max_size=200).map(b"0 HEAD\n".__add__),
                      st.binary(max_size=200).map(b"\xff\xfe".__add__)))
def test_garbage_bytes_give_a_clean_error_or_a_story(data: bytes) -> None:
    _clean(load_family, data)  # type: ignore[arg-type]


@RUNS
@given(text=st.one_of(st.text(max_size=200).map('{"schema": "genogram/1", '.__add__),
                      st.text(max_size=200)))
def test_garbage_json_gives_a_clean_error(text: str) -> None:
    _clean(parse_family_json, text)


BIG = "9" * 5000


def _gedcom(*lines: str) -> str:
    return "\n".join(["0 HEAD", "1 GEDC", "2 VERS 7.0", *lines, "0 TRLR"]) + "\n"


@pytest.mark.parametrize("parse,text", [
    (parse_gedcom, _gedcom(*(f"{i} X" for i in range(1, 200)))),
    (parse_gedcom, _gedcom("0 @I1@ INDI", f"1 _GENO_AGE {BIG}")),
    (parse_gedcom, _gedcom("0 @I1@ INDI", f"1 _GENO_MENTIONS {BIG}-1")),
    (parse_gedcom, f"{BIG} HEAD\n"),
    (parse_geno, f"person a age={BIG}"),
    (parse_geno, f"person a born={BIG}"),
    (parse_geno, f"person a\nnarration a {BIG} 1"),
    (parse_family_json, '{"schema": "genogram/1", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"),
    (parse_family_json, '{"schema": "genogram/1", "source": {"name": "s", "sha256": "", '
                        f'"chars": {BIG}}}}}'),
    (load_family, ('{"schema": "genogram/1", "x": ' + "[" * 100_000).encode()),
])
def test_huge_numbers_and_deep_nesting_give_a_clean_error(parse, text: str) -> None:  # noqa: ANN001
    with pytest.raises(FormatError) as err:
        parse(text)
    assert len(err.value.one_line()) < 300


def test_a_date_gedcom_cannot_read_is_no_year() -> None:
    fam = parse_gedcom(_gedcom("0 @I1@ INDI", "1 BIRT", f"2 DATE {BIG}"))
    assert fam.people[0].birth_year is None
