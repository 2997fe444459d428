"""A tiny hand-made story, its gold file, and a way to build predicted families by hand."""

from __future__ import annotations

import copy
import re
from typing import Any

from genogram.evaluate import Gold, parse_gold
from genogram.model import Family, Person, Source

TEXT = (
    "I am Laura. My husband John left us.\n"       # line 1
    "\n"                                           # line 2 (blank)
    "Our son Colin is six; his sister Ivy is nine. Auntie Pam came by.\n"  # line 3
    "Colin here: I miss Dad.\n"                    # line 4
)


def sp(word: str, nth: int = 0) -> list[int]:
    """The span of the ``nth`` whole-word occurrence of ``word`` in :data:`TEXT`."""
    hits = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", TEXT)]
    return [hits[nth], hits[nth] + len(word)]


def gold_data() -> dict[str, Any]:
    """A complete gold file for :data:`TEXT` (a fresh copy each call)."""
    return copy.deepcopy({
        "schema": "family-gold/1",
        "genre": "viral",
        "people": [
            {"id": "laura", "name": "Laura", "gender": "female", "narrator": True,
             "deceased": False, "age": None, "birth_year": None, "death_year": None,
             "mentions": [sp("I"), sp("Laura")], "minor": False},
            {"id": "john", "name": "John", "gender": "male", "narrator": False,
             "deceased": False, "age": None, "birth_year": None, "death_year": None,
             "mentions": [sp("My husband"), sp("John"), sp("Dad")], "minor": False},
            {"id": "colin", "name": "Colin", "gender": "male", "narrator": True,
             "deceased": False, "age": 6, "birth_year": None, "death_year": None,
             "mentions": [sp("Colin"), sp("Colin", 1), sp("I", 1)], "minor": False},
            {"id": "ivy", "name": "Ivy", "gender": "female", "narrator": False,
             "deceased": False, "age": 9, "birth_year": None, "death_year": None,
             "mentions": [sp("his sister Ivy")], "minor": False},
            {"id": "pam", "name": "Pam", "gender": "female", "narrator": False,
             "deceased": False, "age": None, "birth_year": None, "death_year": None,
             "mentions": [sp("Auntie Pam")], "minor": True},
        ],
        "unions": [{"partners": ["laura", "john"], "type": ["marriage"],
                    "status": ["separated", "divorced"], "minor": False}],
        "children": [{"parent": "laura", "child": "colin", "kind": ["biological"]},
                     {"parent": "john", "child": "colin", "kind": ["biological"]},
                     {"parent": "laura", "child": "ivy", "kind": ["biological"]},
                     {"parent": "john", "child": "ivy", "kind": ["biological"]}],
        "siblings": [{"a": "colin", "b": "ivy", "kind": ["full"]}],
        "links": [{"a": "john", "b": "colin", "type": ["cutoff", "distant"]}],
        "events": [{"type": ["separation"], "people": ["john", "laura"], "year": None}],
        "narration": [{"narrator": "laura", "lines": [1, 3]}, {"narrator": "colin", "lines": [4, 4]}],
        "findings_required": [{"code": "cutoff", "people": ["john"]}],
        "findings_forbidden": [{"code": "pov-shift"}],
        "events_forbidden": [{"type": "marriage", "people": ["pam", "john"]}],
        "not_relations": [{"kind": "sibling", "a": "pam", "b": "laura"}],
    })


def gold(data: dict[str, Any] | None = None) -> Gold:
    return parse_gold(gold_data() if data is None else data, TEXT, name="tiny.gold.json")


def person(pid: str, *mentions: list[int], **kw: Any) -> dict[str, Any]:
    return {"id": pid, "mentions": [tuple(m) for m in mentions], **kw}


def perfect_data() -> dict[str, Any]:
    """A predicted family (as a dict) that gets everything right, with its own ids."""
    line4 = TEXT.index("Colin here")
    return {
        "source": {"name": "tiny.txt", "sha256": "0" * 64, "chars": len(TEXT)},
        "people": [
            person("p1", sp("I"), sp("Laura"), sp("us"), sp("Our"), gender="female",
                   narrator=True),
            person("p2", sp("My husband"), sp("John"), sp("Dad"), gender="male"),
            person("p3", sp("Colin"), sp("Colin", 1), sp("I", 1), gender="male", narrator=True,
                   age=6),
            person("p4", sp("Ivy"), sp("his sister"), gender="female", age=9),
            person("p5", sp("Auntie Pam"), gender="female"),
        ],
        "unions": [{"id": "u1", "partners": ["p2", "p1"], "type": "marriage",
                    "status": "separated"}],
        "children": [{"parent": "p1", "child": "p3"}, {"parent": "p2", "child": "p3"},
                     {"parent": "p1", "child": "p4"}, {"parent": "p2", "child": "p4"}],
        "siblings": [{"a": "p4", "b": "p3", "kind": "full"}],
        "links": [{"a": "p3", "b": "p2", "type": "distant"}],
        "events": [{"id": "e1", "type": "separation", "people": ["p1", "p2"]}],
        "narration": [{"narrator": "p1", "start": 0, "end": line4},
                      {"narrator": "p3", "start": line4, "end": len(TEXT)}],
        "findings": [{"code": "cutoff", "kind": "pattern", "message": "John cut off.",
                      "people": ["p2"]}],
    }


def family(data: dict[str, Any] | None = None) -> Family:
    data = perfect_data() if data is None else data
    return Family.model_validate({**data, "people": [Person(**p) for p in data["people"]],
                                  "source": Source(**data["source"])})
