"""Gold files are validated against their story; a malformed one says what and where."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from genogram.evaluate import GoldError, load_gold, parse_gold

from .helpers import TEXT, gold, gold_data


def error_of(data: Any) -> str:
    with pytest.raises(GoldError) as info:
        parse_gold(data, TEXT, name="x.gold.json")
    line = info.value.one_line()
    assert "\n" not in line and "x.gold.json" in line
    return line


def test_the_tiny_gold_file_is_valid() -> None:
    g = gold()
    assert [p.id for p in g.people] == ["laura", "john", "colin", "ivy", "pam"]
    assert g.people[4].minor and g.unions[0].statuses == ("separated", "divorced")
    assert g.events_forbidden[0].types == ("marriage",)       # a bare string is accepted
    assert g.narration[1].first_line == 4 and g.warnings == ()


@pytest.mark.parametrize(("edit", "expected"), [
    (lambda d: d["children"].append({"parent": "laura", "child": "nobody"}),
     "unknown person id 'nobody' (at children[4].child)"),
    (lambda d: d["people"][0]["mentions"].append([100, 999]),
     "span [100, 999] is empty or outside the text (128 characters)"),
    (lambda d: d["people"][0]["mentions"].append([5, 5]), "span [5, 5] is empty"),
    (lambda d: d["people"][0].update(mentions=[]), "needs a non-empty list of mentions"),
    (lambda d: d["people"][1].update(id="laura"), "duplicate person id 'laura'"),
    (lambda d: d["people"][1].update(gender="man"), "gender 'man' is not one of"),
    (lambda d: d["unions"][0].update(status=["married"]), "'married' is not one of"),
    (lambda d: d["unions"][0].update(partners=["laura"]), "partners must be a list of two"),
    (lambda d: d["narration"].append({"narrator": "ivy", "lines": [5, 9]}),
     "lines [5, 9] are not within 1..5"),
    (lambda d: d["narration"].append({"narrator": "ivy", "lines": [3, 3]}),
     "line 3 is in two narration segments"),
    (lambda d: d["not_relations"].append({"kind": "cousin", "a": "pam", "b": "ivy"}),
     "kind 'cousin' is not one of"),
    (lambda d: d["siblings"].append({"a": "ivy", "b": "ivy"}), "sibling tie of 'ivy' with themself"),
    (lambda d: d.update(schema="family/1"), "schema must be 'family-gold/1'"),
    (lambda d: d["people"][2].update(age="six"), "expected a whole number or null"),
    (lambda d: d.update(links={}), "'links' must be a list"),
])
def test_malformed_gold_says_what_and_where(edit: Any, expected: str) -> None:
    data = gold_data()
    edit(data)
    assert expected in error_of(data)


def test_not_an_object() -> None:
    assert "expected an object, got a list" in error_of([])


def test_unknown_keys_and_uncovered_lines_only_warn() -> None:
    data = gold_data()
    data["notes"] = "checked twice"
    data["people"][0]["nickname"] = "Lo"
    data["narration"] = [{"narrator": "laura", "lines": [1, 2]}]
    g = parse_gold(data, TEXT, name="x.gold.json")
    assert len(g.warnings) == 3
    assert "unknown key 'notes'" in g.warnings[0]
    assert "line(s) 3, 4 are in no narration segment" in g.warnings[2]


def test_load_gold_reports_bad_json_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "bad.gold.json"
    path.write_text('{"schema": "family-gold/1",\n "people": [}', encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_gold(path, TEXT)
    assert str(path) in info.value.one_line() and "line 2, column" in info.value.one_line()
    path.write_text(json.dumps(gold_data()), encoding="utf-8")
    assert load_gold(path, TEXT).name == str(path)


def test_a_mention_cutting_a_word_warns() -> None:
    data = gold_data()
    data["people"][0]["mentions"].append([6, 10])            # "aura" of "Laura"
    g = parse_gold(data, TEXT, name="x.gold.json")
    assert len(g.warnings) == 1 and "cuts a word" in g.warnings[0] and "'aura'" in g.warnings[0]
