"""`genogram chronology SOURCE [--csv]`: a table or CSV of the events, from a story or family.json."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from typer.testing import CliRunner

from genogram.analyze.chronology import COLUMNS
from genogram.cli import app

runner = CliRunner()
STORY = "Elena married Bruno in 1970. They divorced in 1985. Bruno died in 2001.\n"


def test_csv_from_a_story(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["chronology", str(path), "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == [c.name for c in COLUMNS]
    assert [r[3] for r in rows[1:]] == ["marriage", "divorce", "death"]
    assert [r[2] for r in rows[1:]] == ["1970", "1985", "2001"]


def test_table_from_family_json(tmp_path: Path) -> None:
    from genogram.read.engine import read_text

    path = tmp_path / "family.json"
    path.write_text(read_text(STORY).to_json(), encoding="utf-8")
    result = runner.invoke(app, ["chronology", str(path)])
    assert result.exit_code == 0, result.output
    assert "divorce" in result.stdout and "Bruno" in result.stdout
    assert all(c.name in result.stdout for c in COLUMNS)


def test_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["chronology", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
