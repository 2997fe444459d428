"""docs/geno.md and docs/family-json.md say what the code does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from genogram.formats import EXTENSION_TAGS, parse_geno
from genogram.model import FormatError
from genogram.model.family import (
    ChildOf,
    Event,
    Family,
    Finding,
    Link,
    NarrationSegment,
    Person,
    Sibling,
    Source,
    Union,
    When,
)

DOCS = Path(__file__).resolve().parents[2] / "docs"


def geno_blocks() -> list[str]:
    text = (DOCS / "geno.md").read_text(encoding="utf-8")
    return re.findall(r"```geno\n(.*?)```", text, flags=re.S)


def parse_declaring(block: str) -> Family:
    """Parse a fragment, declaring the people it names but does not declare."""
    declared = ""
    for _ in range(20):
        try:
            return parse_geno(declared + block)
        except FormatError as err:
            m = re.match(r"unknown person '([^']+)'", err.message)
            if err.code != "E402" or m is None:
                raise
            declared += f"person {m.group(1)}\n"
    raise AssertionError("too many undeclared people")


def test_the_first_example_is_complete() -> None:
    fam = parse_geno(geno_blocks()[0])
    assert (len(fam.people), len(fam.unions), len(fam.children), len(fam.siblings),
            len(fam.links), len(fam.events)) == (5, 1, 4, 1, 1, 2)


@pytest.mark.parametrize("block", geno_blocks())
def test_every_geno_example_in_the_docs_parses(block: str) -> None:
    parse_declaring(block)


def test_family_json_doc_explains_every_field() -> None:
    doc = (DOCS / "family-json.md").read_text(encoding="utf-8")
    for model in (Family, Source, Person, Union, ChildOf, Sibling, Link, Event, NarrationSegment,
                  Finding):
        for name, field in model.model_fields.items():
            shown = field.alias or name
            assert f"`{shown}`" in doc, f"{model.__name__}.{shown}"
    for name in When.model_fields:
        assert f"`when.{name}`" in doc
    assert "genogram schema" in doc


def test_family_json_doc_lists_every_extension_tag_as_the_code_does() -> None:
    doc = (DOCS / "family-json.md").read_text(encoding="utf-8")
    rows = [line for line in doc.splitlines() if line.startswith("| `_GENO_")]
    assert rows == [f"| `{t.tag}` | {t.where} | {t.meaning} |" for t in EXTENSION_TAGS]


def test_the_error_examples_are_what_genogram_says() -> None:
    text = (DOCS / "geno.md").read_text(encoding="utf-8").split("## Errors", 1)[1]
    source, said = re.findall(r"```\n(.*?)```", text, flags=re.S)[:2]
    fixes = [("age=seven", "age=7"), ("jonh", "john"), ("friends", "friend")]
    for expected, (wrong, right) in zip(said.strip().splitlines(), fixes, strict=True):
        with pytest.raises(FormatError) as err:
            parse_geno(source)
        assert err.value.one_line() == expected
        source = source.replace(wrong, right)
    parse_geno(source)
