from __future__ import annotations

import json

import jsonschema

from genogram.model.schema import json_schema, json_schema_text
from tests.model.test_family_roundtrip import small_family


def test_committed_schema_matches_models(repo) -> None:
    committed = (repo / "schema" / "genogram-1.schema.json").read_text(encoding="utf-8")
    assert committed == json_schema_text(), "run `genogram schema > schema/genogram-1.schema.json`"


def test_a_family_validates_against_the_schema() -> None:
    instance = json.loads(small_family().to_json())
    jsonschema.Draft202012Validator(json_schema()).validate(instance)


def test_schema_rejects_an_unknown_union_status() -> None:
    instance = json.loads(small_family().to_json())
    instance["unions"][0]["status"] = "complicated"
    errors = list(jsonschema.Draft202012Validator(json_schema()).iter_errors(instance))
    assert errors
