"""`genogram relate FAMILY_OR_STORY A B`: one sentence, or a one-line error with exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from genogram.cli import app
from genogram.model import ChildOf, Family, Person, Source, Union

runner = CliRunner()


def _family() -> Family:
    return Family(
        source=Source(name="t", sha256="0" * 64, chars=0),
        people=[
            Person(id="p1", name="Laura", gender="female", descriptions=["the narrator"]),
            Person(id="p2", name="John Baker", gender="male", aliases=["Johnny"]),
            Person(id="p3", name="Colin", gender="male"),
            Person(id="p4", name="Ruth", gender="female"),
            Person(id="p5", name="Ruth", gender="female", descriptions=["a neighbour"]),
        ],
        unions=[Union(id="u1", partners=["p1", "p2"], status="divorced")],
        children=[ChildOf(parent="p1", child="p3"), ChildOf(parent="p2", child="p3"),
                  ChildOf(parent="p4", child="p1")],
    )


@pytest.fixture
def family_file(tmp_path: Path) -> Path:
    path = tmp_path / "family.txt"  # recognised by content, not by suffix
    path.write_text(_family().to_json(), encoding="utf-8")
    return path


@pytest.mark.parametrize(("a", "b", "line"), [
    ("Laura", "Colin", "Colin is Laura's son."),
    ("laura", "p3", "Colin is Laura's son."),
    ("the narrator", "colin", "Colin is Laura's son."),
    ("Colin", "johnny", "John Baker is Colin's father."),
    ("colin", "baker", "John Baker is Colin's father."),
    ("Laura", "John", "John Baker is Laura's ex-husband."),
    ("John", "p4", "Ruth is John Baker's former mother-in-law."),
    ("Colin", "p4", "Ruth is Colin's maternal grandmother."),
    ("Colin", "a neighbour", "Ruth and Colin are not related through any tie in this family."),
])
def test_relate_prints_how_b_is_related_to_a(family_file: Path, a: str, b: str,
                                             line: str) -> None:
    result = runner.invoke(app, ["relate", str(family_file), a, b])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == line


@pytest.mark.parametrize(("a", "code"), [("Nobody", "E130"), ("Ruth", "E131")])
def test_relate_unknown_or_ambiguous_person_is_one_line_error(family_file: Path, a: str,
                                                              code: str) -> None:
    result = runner.invoke(app, ["relate", str(family_file), a, "Colin"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error {code}:")


def test_relate_reads_a_story(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Laura took her son Colin to school. Colin loves his mother Laura.",
                     encoding="utf-8")
    result = runner.invoke(app, ["relate", str(story), "Laura", "Colin"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().startswith("Colin ")
