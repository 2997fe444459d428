"""Running over a folder: pairing files, means over files, JSON and tables (injected reader)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from genogram.evaluate import EvalReport, GoldFilesError, evaluate_dir
from genogram.evaluate.render import render_report
from genogram.evaluate.score import FileScores
from genogram.model import Family, GenogramError
from genogram.text import Story

from .helpers import TEXT, family, gold_data, perfect_data


def write_pair(folder: Path, name: str, gold: dict | None = None) -> None:
    (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps(gold or gold_data()), encoding="utf-8")


def test_evaluate_dir_pairs_files_and_averages(tmp_path: Path) -> None:
    write_pair(tmp_path, "a")
    write_pair(tmp_path, "b")
    (tmp_path / "lonely.txt").write_text("no gold here", encoding="utf-8")
    (tmp_path / "orphan.gold.json").write_text("{}", encoding="utf-8")
    seen: list[tuple[int, int, str]] = []

    def reader(story: Story) -> Family:
        pred = perfect_data()
        if story.name.endswith("b.txt"):          # b misses John
            pred["people"] = [p for p in pred["people"] if p["id"] != "p2"]
            pred["unions"], pred["links"], pred["events"], pred["findings"] = [], [], [], []
            pred["children"] = [c for c in pred["children"] if c["parent"] != "p2"]
        return family(pred)

    report = evaluate_dir(tmp_path, reader=reader, progress=lambda *a: seen.append(a))
    assert [f.name for f in report.files] == ["a", "b"]
    assert seen == [(1, 2, "a"), (2, 2, "b")]
    assert any("orphan.gold.json" in w and "skipped" in w for w in report.warnings)
    mean = report.mean()
    assert mean["people_r"] == pytest.approx((1 + 0.75) / 2)
    assert mean["unions_f1"] == pytest.approx(0.5)
    assert mean["children_f1"] == pytest.approx((1 + 2 / 3) / 2)
    assert mean["structure_f1"] == pytest.approx((mean["unions_f1"] + mean["children_f1"]) / 2)
    out = report.to_dict(details=True)
    assert set(out) >= {"schema", "files", "mean", "total", "files_counted", "warnings"}
    assert out["files"][1]["details"] and out["total"] == {"findings_forbidden": 0,
                                                           "forbidden_relations": 0}
    json.dumps(out)


def test_means_skip_files_without_the_metric() -> None:
    def fs(name: str, **m: float | None) -> FileScores:
        return FileScores(name, m)

    report = EvalReport("d", [fs("a", unions_f1=None, children_f1=0.5, forbidden_relations=2),
                              fs("b", unions_f1=1.0, children_f1=None, forbidden_relations=1)])
    mean = report.mean()
    assert mean["unions_f1"] == 1.0 and mean["children_f1"] == 0.5
    assert mean["structure_f1"] == 0.75
    assert mean["gender_acc"] is None
    assert report.total()["forbidden_relations"] == 3
    assert report.counted()["unions_f1"] == 1


def test_all_malformed_gold_files_are_reported_before_reading(tmp_path: Path) -> None:
    bad1 = gold_data()
    bad1["children"][0]["child"] = "ghost"
    bad2 = gold_data()
    bad2["people"][0]["mentions"][0] = [0, 10_000]
    write_pair(tmp_path, "a", bad1)
    write_pair(tmp_path, "b")
    write_pair(tmp_path, "c", bad2)

    def reader(story: Story) -> Family:
        raise AssertionError("must not read when a gold file is malformed")

    with pytest.raises(GoldFilesError) as info:
        evaluate_dir(tmp_path, reader=reader)
    lines = [e.one_line() for e in info.value.errors]
    assert len(lines) == 2
    assert "a.gold.json" in lines[0] and "'ghost'" in lines[0]
    assert "c.gold.json" in lines[1] and "[0, 10000]" in lines[1]


def test_a_folder_without_pairs_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GenogramError, match="no \\*.txt with a \\*.gold.json"):
        evaluate_dir(tmp_path, reader=lambda s: family())
    with pytest.raises(GenogramError, match="is not a folder"):
        evaluate_dir(tmp_path / "nope", reader=lambda s: family())


def test_reader_crash_names_the_file(tmp_path: Path) -> None:
    write_pair(tmp_path, "a")

    def reader(story: Story) -> Family:
        raise ValueError("boom")

    with pytest.raises(ValueError) as info:
        evaluate_dir(tmp_path, reader=reader)
    assert any("a.txt" in note for note in info.value.__notes__)


def test_tables_fit_80_columns_and_verbose_lists_misses(tmp_path: Path) -> None:
    write_pair(tmp_path, "a_rather_long_story_name_for_the_table")

    def reader(story: Story) -> Family:
        pred = perfect_data()
        pred["people"][0]["gender"] = "male"
        return family(pred)

    report = evaluate_dir(tmp_path, reader=reader)
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(render_report(report, verbose=True))
    text = console.export_text()
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "gender    wrong" in text and "laura" in text
    for header in ("F1", "gender", "narr", "uniF1", "chiF1", "strF1", "sibR", "evR", "lnkF1"):
        assert header in text
    assert "0.750" in text                        # gender accuracy 3/4


def test_reader_crash_with_handler_scores_an_empty_prediction(tmp_path: Path) -> None:
    write_pair(tmp_path, "a")
    write_pair(tmp_path, "b")
    seen: list[str] = []

    def reader(story: Story) -> Family:
        if story.name.endswith("a.txt"):
            raise RecursionError("deep")
        return family()

    report = evaluate_dir(tmp_path, reader=reader, on_crash=lambda n, e: seen.append(n))
    assert seen == [str(tmp_path / "a.txt")]
    assert report.crashed == {"a": "RecursionError: deep"}
    assert report.files[0]["people_r"] == 0.0 and report.files[1]["people_r"] == 1.0
    assert report.to_dict()["files"][0]["crashed"] == "RecursionError: deep"
