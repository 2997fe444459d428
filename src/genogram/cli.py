"""The `genogram` command. Thin: parses arguments, calls the layers, prints results.

Every deliberate error is a GenogramError; here, and only here, it becomes one line on stderr and
exit code 2. Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from genogram import __version__
from genogram.model import GenogramError

app = typer.Typer(
    name="genogram",
    help=(
        "Read a family story in plain English and give back the family system it describes: "
        "people, unions, children, events, emotional links and patterns.\n\n"
        "Start with:  genogram analyze story.txt   (writes out/story/family.json)"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out_console = Console()
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

EXIT_USER_ERROR = 2


def _fail(err: GenogramError) -> None:
    err_console.print(err.one_line(), markup=False)
    raise typer.Exit(EXIT_USER_ERROR)


def _version(value: bool) -> None:
    if value:
        out_console.print(f"genogram {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """genogram: family stories in, family systems out."""


@app.command()
def analyze(
    story: Annotated[str, typer.Argument(help="A story file (UTF-8 text), or - for stdin.")],
    out: Annotated[Path | None, typer.Option("--out", "-o",
                   help="Output folder (default: ./out/<story name>/).")] = None,
    max_bytes: Annotated[int | None, typer.Option(
        "--max-bytes", help="Refuse inputs larger than this (default 5 MiB, or "
        "$GENOGRAM_MAX_BYTES).")] = None,
) -> None:
    """Read STORY and write family.json (and the drawing) into the output folder."""
    from genogram.read import read_story
    from genogram.text import atomic_write, load_story

    try:
        loaded = load_story(story, max_bytes=max_bytes)
        family = read_story(loaded)
        folder = out if out is not None else Path("out") / loaded.stem
        written = [atomic_write(folder / "family.json", family.to_json() + "\n")]
    except GenogramError as err:
        _fail(err)
        return
    n = len(family.people)
    out_console.print(f"Read {loaded.name}: {n} people, {len(family.unions)} unions, "
                      f"{len(family.children)} parent-child ties.")
    for path in written:
        out_console.print(f"  wrote {path}")


@app.command()
def schema() -> None:
    """Print the JSON Schema of family.json (genogram/1)."""
    from genogram.model.schema import json_schema_text

    sys.stdout.write(json_schema_text())


@app.command(name="eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NAME.txt stories with "
                                             "NAME.gold.json beside them (family-gold/1).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
                       help="List each file's misses and false positives.")] = False,
) -> None:
    """Score the reader against gold files: per-file and mean scores (see docs/gold-format.md)."""
    import json

    from genogram.evaluate import GoldFilesError, evaluate_dir, find_pairs
    from genogram.evaluate.render import progress_bar, render_report

    def crash(name: str, err: Exception) -> None:   # a reader bug: show it, score the rest
        import traceback

        sys.stderr.write("".join(traceback.format_exception(err, limit=-20)))
        err_console.print(f"error: the reader crashed on {name}; scored as an empty "
                          "prediction", markup=False)

    try:
        total = len(find_pairs(gold_dir)[0])
        with progress_bar(err_console, total) as progress:
            report = evaluate_dir(gold_dir, progress=progress, on_crash=crash)
    except GoldFilesError as err:
        for one in err.errors:
            err_console.print(one.one_line(), markup=False)
        raise typer.Exit(EXIT_USER_ERROR) from None
    except GenogramError as err:
        _fail(err)
        return
    for warning in report.warnings:
        err_console.print(f"warning: {warning}", markup=False)
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(details=verbose), indent=2) + "\n")
    else:
        out_console.print(render_report(report, verbose=verbose))
    if report.crashed:
        raise typer.Exit(1)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
