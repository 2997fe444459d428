"""The chronology table: one column definition for rows, CSV and docs; timeline order."""

from __future__ import annotations

import csv
import io

from genogram.analyze.chronology import COLUMNS, chronology, columns_doc, to_csv, when_label
from genogram.model import Event, Family, Person, Source, When


def _family() -> Family:
    return Family(
        source=Source(name="t", sha256="0" * 64, chars=0),
        people=[Person(id="p1", name="Elena"), Person(id="p2", name="Bruno"),
                Person(id="p3", descriptions=["the nanny"])],
        events=[
            Event(id="e2", type="divorce", people=["p1", "p2"], summary="Elena and Bruno divorce",
                  when=When(text="two years later", year=1972, order=2)),
            Event(id="e1", type="marriage", people=["p1", "p2"], summary="Elena and Bruno marry",
                  when=When(text="around 1970", year=1970, order=1, approximate=True)),
            Event(id="e3", type="job", people=["p3"], summary="the nanny left",
                  when=When(text="the next morning", order=3)),
        ])


def test_rows_follow_the_timeline_order() -> None:
    rows = chronology(_family())
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert [r[3] for r in rows] == ["marriage", "divorce", "job"]


def test_when_keeps_precision() -> None:
    fam = _family()
    assert [when_label(e) for e in sorted(fam.events, key=lambda e: e.when.order)] == [
        "c. 1970", "1972", "the next morning"]


def test_people_by_name_or_description() -> None:
    rows = chronology(_family())
    people = [r[[c.name for c in COLUMNS].index("people")] for r in rows]
    assert people == ["Elena, Bruno", "Elena, Bruno", "the nanny"]


def test_csv_header_and_rows_come_from_the_columns() -> None:
    parsed = list(csv.reader(io.StringIO(to_csv(_family()))))
    assert parsed[0] == [c.name for c in COLUMNS]
    assert parsed[1:] == chronology(_family())


def test_docs_list_every_column() -> None:
    doc = columns_doc()
    assert all(f"`{c.name}`" in doc for c in COLUMNS)


def test_no_events_gives_only_a_header() -> None:
    fam = Family(source=Source(name="t", sha256="0" * 64, chars=0))
    assert to_csv(fam) == ",".join(c.name for c in COLUMNS) + "\n"
