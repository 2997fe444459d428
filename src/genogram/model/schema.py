"""The JSON Schema of ``family.json`` (``genogram/1``), generated from the models."""

from __future__ import annotations

import json
from typing import Any

from genogram.model.family import Family

SCHEMA_URI = "https://genogram.invalid/schema/genogram-1.schema.json"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) for a ``family.json`` document."""
    schema = Family.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_URI
    schema["title"] = "genogram/1 family.json"
    return schema


def json_schema_text() -> str:
    """The schema as stable, pretty-printed JSON text (what is committed in ``schema/``)."""
    return json.dumps(json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
