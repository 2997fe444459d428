from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from genogram.model import (
    ChildOf,
    Event,
    Family,
    Finding,
    Link,
    ModelError,
    NarrationSegment,
    Person,
    Sibling,
    Source,
    Union,
    When,
)


def small_family() -> Family:
    return Family(
        source=Source(name="t.txt", sha256="0" * 64, chars=100),
        people=[
            Person(id="p1", name="Laura", gender="female", narrator=True, mentions=[(0, 5)]),
            Person(id="p2", name="John", gender="male", mentions=[(10, 14)]),
            Person(id="p3", name="Colin", gender="male", age=6, mentions=[(20, 25)]),
            Person(id="p4", descriptions=["the woman he's been seeing"], gender="female"),
        ],
        unions=[Union(id="u1", partners=["p1", "p2"], type="marriage", status="separated",
                      evidence=[(0, 14)]),
                Union(id="u2", partners=["p2", "p4"], type="affair", status="ended")],
        children=[ChildOf(parent="p1", child="p3", evidence=[(20, 25)]),
                  ChildOf(parent="p2", child="p3", kind="biological")],
        siblings=[],
        links=[Link(a="p2", b="p3", type="cutoff", evidence=[(30, 40)])],
        events=[Event(id="e1", type="separation", people=["p1", "p2"],
                      summary="John leaves Laura", when=When(text="that night", order=1))],
        narration=[NarrationSegment(narrator="p1", start=0, end=100)],
        findings=[Finding(code="cutoff", kind="pattern", message="John cut off Colin.",
                          people=["p2", "p3"], evidence=[(30, 40)])],
    )


def test_json_model_json_round_trip_is_identical() -> None:
    fam = small_family()
    text = fam.to_json()
    again = Family.from_json(text)
    assert again == fam
    assert again.to_json() == text


def test_schema_field_is_first_and_named_schema() -> None:
    data = json.loads(small_family().to_json())
    assert next(iter(data)) == "schema"
    assert data["schema"] == "genogram/1"
    assert data["people"][0]["mentions"] == [[0, 5]]


@pytest.mark.parametrize("field,value", [
    ("gender", "woman"), ("age", -1),
])
def test_person_rejects_values_outside_the_contract(field: str, value: object) -> None:
    with pytest.raises(ValidationError):
        Person(id="x", **{field: value})


def test_union_needs_exactly_two_partners() -> None:
    with pytest.raises(ValidationError):
        Union(id="u", partners=["a"])


def test_dangling_reference_is_a_model_error() -> None:
    with pytest.raises(ModelError) as err:
        Family(source=Source(name="t", sha256="", chars=0), people=[Person(id="a")],
               children=[ChildOf(parent="a", child="ghost")])
    assert "ghost" in err.value.message


def test_own_parent_is_a_model_error() -> None:
    with pytest.raises(ModelError):
        Family(source=Source(name="t", sha256="", chars=0), people=[Person(id="a")],
               children=[ChildOf(parent="a", child="a")])


def test_models_are_immutable() -> None:
    p = Person(id="a")
    with pytest.raises(ValidationError):
        p.name = "B"  # type: ignore[misc]


def test_siblings_round_trip() -> None:
    fam = small_family().model_copy(update={"siblings": [Sibling(a="p3", b="p2", kind="half")]})
    assert Family.from_json(fam.to_json()).siblings[0].kind == "half"
