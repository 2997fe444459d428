"""Recognising formats by content, loading files, and family.json errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from genogram.formats import (
    detect_format,
    dump_family,
    format_for_path,
    load_family,
    parse_family_json,
)
from genogram.model import FormatError, InputError

from .families import laura_family, without_evidence

GEDCOM = "0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @I1@ INDI\n1 NAME Ann\n0 TRLR\n"


@pytest.mark.parametrize("text,suffix,fmt", [
    (GEDCOM, "", "gedcom"), ("\ufeff" + GEDCOM, ".txt", "gedcom"), ("  \n0  HEAD\n", "", "gedcom"),
    ("# genogram 1\nperson a\n", "", "geno"), ("\n#genogram 1\n", ".txt", "geno"),
    ('{"schema": "genogram/1"}', "", "json"), ('{\n  "schema": "genogram/1",', "", "json"),
    ("My mother, Ann, married Tom in 1990.", "", "story"),
    ("{Untitled} My mother, Ann, married Tom.", "", "story"),
    ("person a\n", ".geno", "geno"), ("My story", ".ged", "gedcom"), ("[]", ".json", "json"),
    ("0 HEADLINE news", "", "story"),
])
def test_detect_format_by_content_then_suffix(text: str, suffix: str, fmt: str) -> None:
    assert detect_format(text, suffix=suffix) == fmt


@pytest.mark.parametrize("fmt", ["json", "gedcom", "geno"])
def test_every_format_loads_back_by_content_whatever_the_file_is_called(
        fmt: str, tmp_path: Path) -> None:
    fam = laura_family()
    path = tmp_path / "family.txt"
    path.write_text(dump_family(fam, fmt), encoding="utf-8")
    back = load_family(path)
    assert back is not None
    assert without_evidence(back).people == without_evidence(fam).people
    assert back.source == fam.source


def test_a_story_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("My sister, Ivy, married Tom.", encoding="utf-8")
    assert load_family(path) is None
    assert load_family("My sister, Ivy, married Tom.\nThey have a son.") is None
    assert load_family(b"My sister, Ivy, married Tom.") is None


def test_text_in_a_format_is_parsed_directly() -> None:
    fam = load_family("# genogram 1\nperson a \"Ann\"\n")
    assert fam is not None and fam.people[0].name == "Ann"


def test_missing_family_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_family(tmp_path / "nope.ged")
    assert err.value.code == "E101"
    with pytest.raises(InputError):
        load_family(str(tmp_path / "nope.geno"))


def test_format_for_path() -> None:
    assert [format_for_path(p) for p in ["a.ged", "b.GEDCOM", "c.geno", "d.json", "e.txt"]] == [
        "gedcom", "gedcom", "geno", "json", None]


def test_unknown_dump_format() -> None:
    with pytest.raises(FormatError) as err:
        dump_family(laura_family(), "csv")
    assert err.value.code == "E430"


@pytest.mark.parametrize("text,code,where,words", [
    ('{"schema": "genogram/1",\n  "people": [}', "E420", "line 2, column 14", "not valid JSON"),
    ('{"schema": "family-gold/1"}', "E422", "line 1, column 1", "'family-gold/1' document"),
    ('{"people": []}', "E422", "line 1, column 1", "JSON without it"),
    ('{"schema": "genogram/1"}', "E421", "source", "source: Field required"),
    ('{"schema": "genogram/1", "source": {"name": "s", "sha256": "", "chars": 0},'
     ' "people": [{"id": "a", "gender": "woman"}]}', "E421", "people[0].gender", "gender"),
    ('{"schema": "genogram/1", "source": {"name": "s", "sha256": "", "chars": 0},'
     ' "people": [{"id": "a"}], "links": [{"a": "a", "b": "z", "type": "close"}]}',
     "E421", None, "unknown person id 'z'"),
])
def test_family_json_errors(text: str, code: str, where: str | None, words: str) -> None:
    with pytest.raises(FormatError) as err:
        parse_family_json(text)
    assert err.value.code == code
    assert err.value.where == where
    assert words in err.value.message, err.value.message


def test_non_utf8_geno_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "f.geno"
    path.write_bytes(b"# genogram 1\nperson a \"\xff\"\n")
    with pytest.raises(FormatError) as err:
        load_family(path)
    assert err.value.code == "E431" and err.value.where == "byte 23"
