from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema


def test_analyze_writes_a_valid_family_json(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    proc = subprocess.run([sys.executable, "-m", "genogram.cli", "analyze",
                           str(repo / "examples" / "harbor-street.txt"), "--out", str(out)],
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads((out / "family.json").read_text(encoding="utf-8"))
    schema = json.loads((repo / "schema" / "genogram-1.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["people"], "the example names several people"


def test_analyze_reads_stdin_and_defaults_out_folder(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "genogram.cli", "analyze", "-"],
                          input=b"My sister, Ivy, married Tom.", capture_output=True,
                          cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    assert (tmp_path / "out" / "stdin" / "family.json").exists()


def test_version_and_schema_commands() -> None:
    v = subprocess.run([sys.executable, "-m", "genogram.cli", "--version"], capture_output=True)
    assert v.returncode == 0 and v.stdout.startswith(b"genogram ")
    s = subprocess.run([sys.executable, "-m", "genogram.cli", "schema"], capture_output=True)
    assert json.loads(s.stdout)["title"].startswith("genogram/1")
