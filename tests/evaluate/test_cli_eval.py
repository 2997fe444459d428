"""`genogram eval` end to end (runs the real reader on one tiny story)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from genogram.evaluate import METRIC_KEYS

from .helpers import TEXT, gold_data


def _eval(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "genogram.cli", "eval", *args],
                          capture_output=True, text=True, timeout=300)


def test_eval_json_end_to_end(tmp_path: Path) -> None:
    (tmp_path / "tiny.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "tiny.gold.json").write_text(json.dumps(gold_data()), encoding="utf-8")
    proc = _eval(str(tmp_path), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["schema"] == "genogram-eval/1"
    assert [f["name"] for f in out["files"]] == ["tiny"]
    assert set(out["files"][0]["metrics"]) == set(METRIC_KEYS)
    assert set(out["mean"]) == {k for k in METRIC_KEYS if not k.startswith("forbidden")
                                and k != "findings_forbidden"}
    assert set(out["total"]) == {"findings_forbidden", "forbidden_relations"}
    assert 0.0 <= out["mean"]["people_f1"] <= 1.0

    table = _eval(str(tmp_path), "--verbose")
    assert table.returncode == 0, table.stderr
    assert "tiny" in table.stdout and "People" in table.stdout


def test_eval_malformed_gold_is_one_line_exit_2(tmp_path: Path) -> None:
    (tmp_path / "tiny.txt").write_text(TEXT, encoding="utf-8")
    data = gold_data()
    data["unions"][0]["partners"] = ["laura", "jon"]
    (tmp_path / "tiny.gold.json").write_text(json.dumps(data), encoding="utf-8")
    proc = _eval(str(tmp_path))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "tiny.gold.json" in proc.stderr and "unknown person id 'jon'" in proc.stderr
    (tmp_path / "tiny.gold.json").write_text("{nope", encoding="utf-8")
    proc = _eval(str(tmp_path))
    assert proc.returncode == 2 and "not valid JSON" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_eval_missing_folder_exit_2(tmp_path: Path) -> None:
    proc = _eval(str(tmp_path / "nope"))
    assert proc.returncode == 2 and "is not a folder" in proc.stderr


def test_eval_reader_crash_is_shown_and_exits_1(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from genogram.cli import app
    from genogram.evaluate import run

    def boom(story: object) -> None:
        raise RecursionError("too deep")

    monkeypatch.setattr(run, "_default_reader", boom)
    (tmp_path / "tiny.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "tiny.gold.json").write_text(json.dumps(gold_data()), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--json"])
    assert result.exit_code == 1
    out = json.loads(result.stdout)
    assert out["files"][0]["crashed"] == "RecursionError: too deep"
    assert out["files"][0]["metrics"]["people_r"] == 0.0
