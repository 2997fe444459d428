"""The family chronology: a family's events on one timeline, as rows of one column definition.

``COLUMNS`` is the single definition of the table (BookNLP style): each column is
``(name, getter, doc)``; the CLI's rich table, the CSV header and rows, and the docs all come from
it. Rows follow the events' story-time ``when.order`` (the reader's ordering: dated events by year,
undated ones where the text places them).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import NamedTuple

from genogram.model import Event, Family


class Column(NamedTuple):
    """One chronology column: its header name, how to get its value, what it means."""

    name: str
    get: Callable[[Family, Event], str]
    doc: str


def when_label(event: Event) -> str:
    """'1967', 'c. 1960' (approximate), or the time words when there is no year ('' if none)."""
    w = event.when
    if w.year is not None:
        return f"c. {w.year}" if w.approximate else str(w.year)
    return w.text or ""


def people_label(family: Family, event: Event) -> str:
    """The participants' labels (name, else description), comma-separated."""
    by_id = {p.id: p for p in family.people}
    return ", ".join(by_id[i].label if i in by_id else i for i in event.people)


COLUMNS: list[Column] = [
    Column("order", lambda f, e: str(e.when.order), "Place on the story's timeline (1 = first)."),
    Column("when", lambda f, e: when_label(e),
           "The year ('c. 1960' if approximate), else the text's time words, else empty."),
    Column("year", lambda f, e: "" if e.when.year is None else str(e.when.year),
           "The year as a number, empty when unknown."),
    Column("type", lambda f, e: e.type, "Event type (birth, death, marriage, divorce, move, ...)."),
    Column("people", people_label, "Who takes part, by name or description."),
    Column("summary", lambda f, e: e.summary, "One line in plain words."),
    Column("event", lambda f, e: e.id, "The event's id in family.json."),
]


def chronology(family: Family) -> list[list[str]]:
    """One row of column values per event, in timeline order."""
    events = sorted(family.events, key=lambda e: (e.when.order, e.id))
    return [[c.get(family, e) for c in COLUMNS] for e in events]


def to_csv(family: Family) -> str:
    """The chronology as CSV text with a header row (RFC 4180 quoting, '\\n' line ends)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([c.name for c in COLUMNS])
    w.writerows(chronology(family))
    return buf.getvalue()


def columns_doc() -> str:
    """A Markdown table describing the columns (for the docs)."""
    lines = ["| column | meaning |", "|---|---|"]
    lines += [f"| `{c.name}` | {c.doc} |" for c in COLUMNS]
    return "\n".join(lines)
