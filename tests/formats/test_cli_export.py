"""`genogram export INPUT --format json|gedcom|geno -o PATH`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from genogram.formats import dump_family, load_family

from .families import canonical, laura_family, without_evidence


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) \
        -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "genogram.cli", *args], input=stdin,
                          capture_output=True, cwd=cwd, timeout=300)


def one_line_error(proc: subprocess.CompletedProcess, code: str) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert code in err, err
    return err


@pytest.mark.parametrize("src_fmt", ["json", "gedcom", "geno"])
@pytest.mark.parametrize("dst_fmt", ["json", "gedcom", "geno"])
def test_every_format_converts_to_every_other(src_fmt: str, dst_fmt: str, tmp_path: Path) -> None:
    fam = laura_family()
    src = tmp_path / "in.data"  # no telling suffix: recognised by content
    src.write_text(dump_family(fam, src_fmt), encoding="utf-8")
    out = tmp_path / "out" / "family.out"
    proc = run("export", str(src), "--format", dst_fmt, "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Exported 6 people, 2 unions, 4 parent-child ties" in proc.stdout.decode()
    back = load_family(out)
    assert back is not None
    lossy = "geno" in (src_fmt, dst_fmt)
    want = without_evidence(fam) if lossy else fam
    assert canonical(back) == canonical(want)


def test_a_story_is_read_first(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "harbor.ged"
    proc = run("export", str(repo / "examples" / "harbor-street.txt"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    text = out.read_text(encoding="utf-8")
    assert text.startswith("0 HEAD\n1 GEDC\n2 VERS 7.0\n") and text.endswith("0 TRLR\n")
    assert "1 _GENO_SOURCE" in text


def test_stdout_and_stdin(tmp_path: Path) -> None:
    geno = b"# genogram 1\nperson a \"Ann\" female\nperson b \"Bo\"\nchild a -> b\n"
    proc = run("export", "-", "--format", "json", stdin=geno)
    assert proc.returncode == 0, proc.stderr.decode()
    data = json.loads(proc.stdout)
    assert data["schema"] == "genogram/1" and len(data["children"]) == 1
    story = run("export", "-", "-f", "geno", stdin=b"My sister, Ivy, married Tom.")
    assert story.returncode == 0 and story.stdout.startswith(b"# genogram 1\n")


def test_format_from_the_output_suffix(tmp_path: Path) -> None:
    src = tmp_path / "f.json"
    src.write_text(laura_family().to_json(), encoding="utf-8")
    proc = run("export", str(src), "-o", str(tmp_path / "f.geno"))
    assert proc.returncode == 0, proc.stderr.decode()
    assert (tmp_path / "f.geno").read_text(encoding="utf-8").startswith("# genogram 1\n")


def test_no_or_unknown_format_is_a_one_line_error(tmp_path: Path) -> None:
    src = tmp_path / "f.json"
    src.write_text(laura_family().to_json(), encoding="utf-8")
    one_line_error(run("export", str(src)), "E430")
    one_line_error(run("export", str(src), "-f", "csv"), "E430")
    one_line_error(run("export", str(src), "-o", str(tmp_path / "x.txt")), "E430")


def test_malformed_inputs_are_one_line_errors_and_write_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    bad_geno = tmp_path / "bad.geno"
    bad_geno.write_text("# genogram 1\nperson a\nchild a -> b\n", encoding="utf-8")
    err = one_line_error(run("export", str(bad_geno), "-o", str(out)), "E402")
    assert "line 3, column 12" in err
    bad_ged = tmp_path / "bad.ged"
    bad_ged.write_text("0 HEAD\n1 GEDC\n2 VERS 7.0\n0 @F1@ FAM\n1 HUSB @I1@\n0 TRLR\n",
                       encoding="utf-8")
    assert "line 5" in one_line_error(run("export", str(bad_ged), "-o", str(out)), "E412")
    one_line_error(run("export", str(tmp_path / "missing.ged"), "-o", str(out)), "E101")
    assert not out.exists()


OFFICIAL = Path(__file__).resolve().parents[2].parent / "shared" / "formats" / "gedcom-testfiles"


@pytest.mark.parametrize("name", ["remarriage1.ged", "remarriage2.ged", "same-sex-marriage.ged",
                                  "maximal70.ged"])
def test_genogram_draw_draws_the_official_family_files(name: str, tmp_path: Path) -> None:
    if not (OFFICIAL / name).exists():
        pytest.skip("../shared/formats/gedcom-testfiles is absent")
    out = tmp_path / "family.svg"
    proc = run("draw", str(OFFICIAL / name), "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    assert out.read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))


def test_genogram_draw_draws_a_geno_file(tmp_path: Path) -> None:
    src = tmp_path / "family.geno"
    src.write_text('# genogram 1\nperson a "Ann" female\nperson b "Bo" male\n'
                   "union a b marriage married=2001\nchild a b -> c\nperson c \"Cy\"\n",
                   encoding="utf-8")
    proc = run("draw", str(src), "-o", str(tmp_path / "family.svg"))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "Drew 3 people" in proc.stdout.decode()
