"""Bad input: one clear line on stderr, exit code 2, no traceback, no partial output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
        env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "genogram.cli", *args], input=stdin,
                          capture_output=True, cwd=cwd, env=env, timeout=120)


def assert_one_line_error(proc: subprocess.CompletedProcess, code: str) -> None:
    assert proc.returncode == 2, proc.stderr
    err = proc.stderr.decode()
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    assert code in err


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path / "out"


def _no_output(out: Path) -> None:
    assert not (out / "family.json").exists()
    if out.exists():
        assert not any(out.iterdir())


def test_missing_file(tmp_path: Path, out: Path) -> None:
    p = run("analyze", str(tmp_path / "missing.txt"), "--out", str(out))
    assert_one_line_error(p, "E101")
    _no_output(out)


def test_directory(tmp_path: Path, out: Path) -> None:
    p = run("analyze", str(tmp_path), "--out", str(out))
    assert_one_line_error(p, "E102")
    _no_output(out)


@pytest.mark.parametrize("data,code", [
    (b"", "E105"),
    (b"  \n \t\n", "E105"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", "E103"),
    ("Grand-mère Hélène".encode("latin-1"), "E104"),
])
def test_bad_content(tmp_path: Path, out: Path, data: bytes, code: str) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes(data)
    p = run("analyze", str(story), "--out", str(out))
    assert_one_line_error(p, code)
    _no_output(out)


def test_fifty_megabyte_file_is_refused(tmp_path: Path, out: Path) -> None:
    story = tmp_path / "huge.txt"
    with story.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: cheap to make; refused on size before reading
    p = run("analyze", str(story), "--out", str(out))
    assert_one_line_error(p, "E106")
    _no_output(out)


def test_stdin_empty(out: Path) -> None:
    p = run("analyze", "-", "--out", str(out), stdin=b"")
    assert_one_line_error(p, "E105")


def test_bad_max_bytes_env(tmp_path: Path, out: Path) -> None:
    import os

    story = tmp_path / "s.txt"
    story.write_text("My mother, Ana.", encoding="utf-8")
    env = dict(os.environ, GENOGRAM_MAX_BYTES="lots")
    p = run("analyze", str(story), "--out", str(out), env=env)
    assert_one_line_error(p, "E107")
