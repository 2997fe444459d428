"""Run the reader over a gold folder and aggregate the scores (macro means over files)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from genogram.evaluate.gold import Gold, GoldError, load_gold
from genogram.evaluate.score import METRICS, FileScores, score
from genogram.model import Family, GenogramError, Source
from genogram.text import Story, load_story

EVAL_SCHEMA = "genogram-eval/1"
GOLD_SUFFIX = ".gold.json"

Reader = Callable[[Story], Family]
Progress = Callable[[int, int, str], None]
CrashHandler = Callable[[str, Exception], None]


class GoldFilesError(GoldError):
    """One or more gold files in a folder are malformed; ``errors`` holds one error per file."""

    def __init__(self, errors: list[GoldError]) -> None:
        first = errors[0]
        more = f" (and {len(errors) - 1} more malformed gold file(s))" if len(errors) > 1 else ""
        super().__init__(first.message + more, where=first.where, code=first.code)
        self.errors = errors


@dataclass(frozen=True)
class Case:
    """A story and the gold file beside it, loaded and validated."""

    story: Story
    gold: Gold


@dataclass
class EvalReport:
    """Per-file scores, their means, and the gold files' warnings."""

    gold_dir: str
    files: list[FileScores]
    seconds: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    crashed: dict[str, str] = field(default_factory=dict)    # name -> "ErrorType: message"

    def mean(self) -> dict[str, float | None]:
        """Macro mean of every ratio metric over the files that have it (None: no file has it).

        ``structure_f1`` is the mean of the mean unions F1 and the mean children F1 (or the one
        of them that exists), so the means row is consistent with its own columns.
        """
        out: dict[str, float | None] = {}
        for m in METRICS:
            if m.count:
                continue
            vals = [v for f in self.files if (v := f.metrics.get(m.key)) is not None]
            out[m.key] = sum(vals) / len(vals) if vals else None
        parts = [v for v in (out["unions_f1"], out["children_f1"]) if v is not None]
        out["structure_f1"] = sum(parts) / len(parts) if parts else None
        return out

    def counted(self) -> dict[str, int]:
        """How many files contribute to each metric."""
        return {m.key: sum(f.metrics.get(m.key) is not None for f in self.files) for m in METRICS}

    def total(self) -> dict[str, int]:
        """Sum of every count metric (forbidden findings, forbidden relations) over files."""
        return {m.key: int(sum(f.metrics.get(m.key) or 0 for f in self.files))
                for m in METRICS if m.count}

    def to_dict(self, *, details: bool = False) -> dict[str, Any]:
        """The machine-readable report (``--json``)."""
        files = []
        for f in self.files:
            entry: dict[str, Any] = {"name": f.name, "metrics": dict(f.metrics),
                                     "counts": dict(f.counts),
                                     "read_seconds": round(self.seconds.get(f.name, 0.0), 3),
                                     "crashed": self.crashed.get(f.name)}
            if details:
                entry["details"] = [{"area": d.area, "kind": d.kind, "text": d.text}
                                    for d in f.details]
            files.append(entry)
        return {"schema": EVAL_SCHEMA, "gold_dir": self.gold_dir, "files": files,
                "mean": self.mean(), "total": self.total(), "files_counted": self.counted(),
                "warnings": list(self.warnings)}


def find_pairs(gold_dir: str | Path) -> tuple[list[tuple[Path, Path]], list[str]]:
    """``(story, gold)`` paths in ``gold_dir`` (sorted by name), and warnings for gold files
    without a story. Raises :class:`GenogramError` if the folder is missing or has no pair."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GenogramError(f"{folder} is not a folder", code="E451")
    pairs: list[tuple[Path, Path]] = []
    warnings: list[str] = []
    for story in sorted(folder.glob("*.txt")):
        gold = story.with_name(story.stem + GOLD_SUFFIX)
        if gold.is_file():
            pairs.append((story, gold))
    for gold in sorted(folder.glob("*" + GOLD_SUFFIX)):
        story = gold.with_name(gold.name[: -len(GOLD_SUFFIX)] + ".txt")
        if not story.is_file():
            warnings.append(f"{gold}: no story {story.name} beside it; skipped")
    if not pairs:
        raise GenogramError(f"no *.txt with a *{GOLD_SUFFIX} beside it in {folder}",
                            code="E452")
    return pairs, warnings


def load_cases(gold_dir: str | Path) -> tuple[list[Case], list[str]]:
    """Load and validate every pair in ``gold_dir``: all gold files are checked before any is
    scored, and every malformed one is reported (:class:`GoldFilesError`)."""
    pairs, warnings = find_pairs(gold_dir)
    cases: list[Case] = []
    errors: list[GoldError] = []
    for story_path, gold_path in pairs:
        story = load_story(story_path)
        try:
            gold = load_gold(gold_path, story.text)
        except GoldError as err:
            errors.append(err)
            continue
        warnings.extend(gold.warnings)
        cases.append(Case(story, gold))
    if errors:
        raise GoldFilesError(errors)
    return cases, warnings


def _default_reader(story: Story) -> Family:
    from genogram.analyze.findings import with_findings
    from genogram.read import read_story

    return with_findings(read_story(story), story.text)


def evaluate_dir(gold_dir: str | Path, *, reader: Reader | None = None,
                 progress: Progress | None = None, on_crash: CrashHandler | None = None
                 ) -> EvalReport:
    """Read every story of ``gold_dir`` with ``reader`` (default: the reading engine) and score
    it against its gold file. ``progress(done, total, name)`` is called after each file.

    If the reader raises something that is not a :class:`GenogramError` (a bug): without
    ``on_crash`` the exception propagates, with a note naming the story; with it,
    ``on_crash(story name, exception)`` is called, the story is scored as an empty prediction
    and listed in :attr:`EvalReport.crashed`.
    """
    cases, warnings = load_cases(gold_dir)
    read = reader or _default_reader
    files: list[FileScores] = []
    seconds: dict[str, float] = {}
    crashed: dict[str, str] = {}
    for i, case in enumerate(cases, start=1):
        name = Path(case.story.name).stem
        t0 = time.perf_counter()
        try:
            family = read(case.story)
        except GenogramError:
            raise
        except Exception as err:
            if on_crash is None:
                err.add_note(f"while reading {case.story.name} for evaluation")
                raise
            on_crash(case.story.name, err)
            crashed[name] = f"{type(err).__name__}: {err}"
            family = Family(source=Source(name=case.story.name, sha256=case.story.sha256,
                                          chars=len(case.story.text)))
        seconds[name] = time.perf_counter() - t0
        result = score(family, case.gold, case.story.text)
        result.name = name
        files.append(result)
        if progress is not None:
            progress(i, len(cases), name)
    return EvalReport(str(gold_dir), files, seconds, warnings, crashed)
