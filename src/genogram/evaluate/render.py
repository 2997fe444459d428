"""Rich renderables for an :class:`EvalReport` (the CLI prints them; nothing here prints)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich import box
from rich.console import Console, Group, RenderableType
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from genogram.evaluate.run import EvalReport
from genogram.evaluate.run import Progress as ProgressCallback
from genogram.evaluate.score import METRICS, Metric

#: Three tables that each fit in 80 columns: (title, ((metric key, column header), ...)).
_TABLES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("People, gender, narration, facts", (
        ("people_p", "P"), ("people_r", "R"), ("people_f1", "F1"), ("gender_acc", "gender"),
        ("narration_acc", "narr"), ("facts_acc", "facts"))),
    ("Structure: unions, children, siblings", (
        ("unions_f1", "uniF1"), ("union_type_acc", "type"), ("union_status_acc", "stat"),
        ("children_f1", "chiF1"), ("child_kind_acc", "kind"), ("structure_f1", "strF1"),
        ("siblings_r", "sibR"))),
    ("Events, links, findings, forbidden (counts; the last row sums them)", (
        ("events_r", "evR"), ("events_p", "evP"), ("links_f1", "lnkF1"),
        ("findings_required_r", "reqR"), ("findings_forbidden", "forb.f"),
        ("forbidden_relations", "forb.r"))),
)

#: Show a progress bar from this many files on.
PROGRESS_MIN_FILES = 4


def _fmt(value: float | int | None, metric: Metric) -> str:
    if value is None:
        return "—"
    if metric.count:
        return str(int(value))
    return f"{value:.3f}"


def _table(report: EvalReport, title: str, columns: tuple[tuple[str, str], ...]) -> Table:
    by_key = {m.key: m for m in METRICS}
    metrics = [by_key[key] for key, _ in columns]
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                  pad_edge=False, title_style="bold")
    table.add_column("file", no_wrap=True, overflow="ellipsis", max_width=22)
    for _key, header in columns:
        table.add_column(header, justify="right", no_wrap=True, min_width=5)
    for f in report.files:
        name = Text(f"{f.name} (crashed)", style="red") if f.name in report.crashed else f.name
        table.add_row(name, *(_fmt(f.metrics.get(m.key), m) for m in metrics))
    mean = report.mean()
    total = report.total()
    table.add_section()
    label = f"mean of {len(report.files)}"
    table.add_row(Text(label, style="bold"),
                  *(Text(_fmt(total[m.key] if m.count else mean[m.key], m), style="bold")
                    for m in metrics))
    return table


def render_report(report: EvalReport, *, verbose: bool = False) -> RenderableType:
    """Per-file and mean scores as two tables; with ``verbose``, each file's misses and false
    positives first."""
    parts: list[RenderableType] = []
    if verbose:
        for f in report.files:
            parts.append(Text(f"\n{f.name}", style="bold underline"))
            if not f.details:
                parts.append(Text("  nothing to fix"))
            for d in f.details:
                parts.append(Text(f"  {d.area:<9} {d.kind:<14} {d.text}"))
        parts.append(Text(""))
    for i, (title, columns) in enumerate(_TABLES):
        if i:
            parts.append(Text(""))
        parts.append(_table(report, title, columns))
    return Group(*parts)


@contextmanager
def progress_bar(console: Console, total: int) -> Iterator[ProgressCallback | None]:
    """A progress callback drawing a bar on ``console`` when there are many files and the
    console is a terminal; ``None`` otherwise."""
    if total < PROGRESS_MIN_FILES or not console.is_terminal:
        yield None
        return
    with Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True) as bar:
        task = bar.add_task("", total=total)

        def advance(done: int, _total: int, name: str) -> None:
            bar.update(task, completed=done, description=name)

        yield advance
