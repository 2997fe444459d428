"""`genogram draw` and the drawing that `genogram analyze` writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.draw.families import three_generations

CLI = [sys.executable, "-m", "genogram.cli"]


@pytest.fixture
def family_json(tmp_path: Path) -> Path:
    path = tmp_path / "family.json"
    path.write_text(three_generations().to_json(), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt,magic", [("svg", b"<?xml"), ("png", b"\x89PNG"), ("pdf", b"%PDF")])
def test_draw_a_family_json(family_json: Path, tmp_path: Path, fmt: str, magic: bytes) -> None:
    out = tmp_path / f"out.{fmt}"
    proc = subprocess.run([*CLI, "draw", str(family_json), "--format", fmt, "-o", str(out),
                           "--index", "Ben"], capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr.decode()
    assert out.read_bytes().startswith(magic)


def test_draw_a_story(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("My husband, Tom, left when our son Ben was six.", encoding="utf-8")
    proc = subprocess.run([*CLI, "draw", str(story), "-o", str(tmp_path / "s.svg")],
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    assert b'class="person"' in (tmp_path / "s.svg").read_bytes()


@pytest.mark.parametrize("args,code", [(["--format", "gif"], "E504"), (["--index", "Nobody"], "E501")])
def test_draw_errors_are_one_line_and_exit_2(family_json: Path, tmp_path: Path, args: list[str],
                                             code: str) -> None:
    proc = subprocess.run([*CLI, "draw", str(family_json), "-o", str(tmp_path / "x.svg"), *args],
                          capture_output=True, timeout=120)
    assert proc.returncode == 2
    err = proc.stderr.decode().strip()
    assert err.startswith(f"error {code}:") and "\n" not in err


def test_analyze_writes_the_drawing_beside_family_json(repo: Path, tmp_path: Path) -> None:
    proc = subprocess.run([*CLI, "analyze", str(repo / "examples" / "harbor-street.txt"),
                           "--out", str(tmp_path)], capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    assert (tmp_path / "family.json").exists()
    assert (tmp_path / "genogram.svg").read_bytes().startswith(b"<?xml")
