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
from genogram.model import Family, GenogramError, InputError

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
        from genogram.analyze.findings import with_findings

        family = with_findings(read_story(loaded), loaded.text)
        folder = out if out is not None else Path("out") / loaded.stem
        written = [atomic_write(folder / "family.json", family.to_json() + "\n")]
        from genogram.draw import render_svg

        written.append(atomic_write(folder / "genogram.svg", render_svg(family)))
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


def _read_any(source: str) -> Family:
    """A family from anything genogram reads: family.json, GEDCOM, .geno (by content) or a story."""
    from genogram.formats import load_family
    from genogram.read import read_story
    from genogram.text import decode_story, load_story

    if source == "-":
        data = sys.stdin.buffer.read()
        family = load_family(data, name="stdin")
        return family if family is not None else read_story(decode_story(data, name="stdin"))
    family = load_family(source)
    return family if family is not None else read_story(load_story(source))


@app.command()
def export(
    source: Annotated[str, typer.Argument(help="A story, family.json, .geno or GEDCOM file "
                                          "(recognised by content), or - for stdin.")],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="json, gedcom (GEDCOM 7) or "
                                            "geno; default: from the suffix of -o.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o",
                   help="Output file (default: standard output).")] = None,
) -> None:
    """Convert SOURCE to family.json, GEDCOM 7 or .geno."""
    from genogram.formats import FORMATS, dump_family, format_for_path
    from genogram.model import FormatError
    from genogram.text import atomic_write

    try:
        fmt = fmt or (format_for_path(out) if out is not None else None)
        if fmt not in FORMATS:
            raise FormatError(f"unknown format {fmt!r}; say --format json, gedcom or geno"
                              if fmt else "say which format to write: --format json, gedcom "
                              "or geno", code="E430")
        family = _read_any(source)
        text = dump_family(family, fmt)
        if out is None:
            sys.stdout.write(text)
            return
        atomic_write(out, text)
    except GenogramError as err:
        _fail(err)
        return
    out_console.print(f"Exported {len(family.people)} people, {len(family.unions)} unions, "
                      f"{len(family.children)} parent-child ties to {out} ({fmt}).")


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


@app.command()
def draw(
    source: Annotated[str, typer.Argument(help="A story, family.json, .geno or GEDCOM file, "
                                          "or - for stdin.")],
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="svg, png or pdf (default: "
                                            "from the suffix of -o, else svg).")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: "
                   "<input name>.<format> in the current folder).")] = None,
    index: Annotated[str | None, typer.Option("--index", help="The index person (double "
                     "outline), by name or id; default: the first narrator.")] = None,
) -> None:
    """Draw SOURCE as a genogram: SVG, PNG or PDF."""
    from genogram import draw as drawing
    from genogram.model import DrawingError

    try:
        fmt = (fmt or (out.suffix.lstrip(".") if out is not None and out.suffix else "svg")).lower()
        if fmt not in drawing.FORMATS:
            raise DrawingError(f"unknown drawing format {fmt!r}; use svg, png or pdf", code="E504")
        family = _read_any(source)
        target = out if out is not None else Path(f"{Path(source).stem or 'stdin'}.{fmt}")
        written = drawing.draw(family, target, fmt, index=index)
    except GenogramError as err:
        _fail(err)
        return
    out_console.print(f"Drew {len(family.people)} people to {written} ({fmt}).")

def _person_for(family: Family, query: str) -> str:
    """The id of the one person ``query`` names: id, name, alias or description (any case), else
    a word of a name; InputError E130 if none, E131 if several."""
    key = query.strip().casefold()
    found = [p for p in family.people
             if key in {p.id.casefold(), (p.name or "").casefold(),
                        *(a.casefold() for a in p.aliases),
                        *(d.casefold() for d in p.descriptions)}]
    if not found:
        found = [p for p in family.people
                 if any(key in name.casefold().split() for name in [p.name or "", *p.aliases])]
    if not found:
        raise InputError(f"no one in this family is called {query!r}", code="E130")
    if len(found) > 1:
        names = ", ".join(f"{p.label} ({p.id})" for p in found)
        raise InputError(f"{query!r} could be several people: {names}; give an id",
                         code="E131")
    return found[0].id


@app.command()
def relate(
    source: Annotated[str, typer.Argument(help="A family.json (or .geno, GEDCOM) or a story "
                                          "file, or - for stdin.")],
    a: Annotated[str, typer.Argument(help="The first person: a name or an id.")],
    b: Annotated[str, typer.Argument(help="The second person: a name or an id.")],
) -> None:
    """Say how B is related to A ("Sindre is Ylva's son.")."""
    from genogram.analyze.kinship import relationship, sentence

    try:
        family = _read_any(source)
        a_id, b_id = _person_for(family, a), _person_for(family, b)
        rel = relationship(family, a_id, b_id)
    except GenogramError as err:
        _fail(err)
        return
    out_console.print(sentence(rel, family.person(a_id).label, family.person(b_id).label),
                      markup=False, highlight=False)


@app.command()
def chronology(
    source: Annotated[str, typer.Argument(help="A story, family.json, .geno or GEDCOM file "
                                          "(recognised by content), or - for stdin.")],
    as_csv: Annotated[bool, typer.Option("--csv", help="Print CSV (with a header row) "
                                         "instead of a table.")] = False,
) -> None:
    """Print the family chronology: every event in story-time order."""
    from rich.table import Table

    from genogram.analyze.chronology import COLUMNS, to_csv
    from genogram.analyze.chronology import chronology as rows_of

    try:
        family = _read_any(source)
    except GenogramError as err:
        _fail(err)
        return
    if as_csv:
        sys.stdout.write(to_csv(family))
        return
    table = Table(title=f"Chronology of {family.source.name}")
    for col in COLUMNS:
        table.add_column(col.name)
    for row in rows_of(family):
        table.add_row(*row)
    out_console.print(table)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
