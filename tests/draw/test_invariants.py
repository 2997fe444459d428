"""Every catalogue family draws with no overlap, no line through a box it does not own, children
below parents, partners side by side and a legend that lists exactly what is drawn."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from genogram.draw import checks, layout, render_svg
from genogram.draw.geometry import Layout
from genogram.model import Family
from tests.draw.families import CATALOGUE, generated

FAMILIES = {**CATALOGUE, "generated-120": lambda: generated(120, seed=11)}
_cache: dict[str, tuple[Family, Layout]] = {}


def drawn(name: str) -> tuple[Family, Layout]:
    if name not in _cache:
        family = FAMILIES[name]()
        _cache[name] = (family, layout(family))
    return _cache[name]


@pytest.mark.parametrize("name", FAMILIES)
def test_no_two_boxes_overlap(name: str) -> None:
    assert checks.overlapping_boxes(drawn(name)[1]) == []


@pytest.mark.parametrize("name", FAMILIES)
def test_no_line_crosses_a_box_it_does_not_own(name: str) -> None:
    assert checks.lines_through_boxes(drawn(name)[1]) == []


@pytest.mark.parametrize("name", FAMILIES)
def test_children_are_below_their_parents(name: str) -> None:
    family, lay = drawn(name)
    assert checks.children_below_parents(lay, family) == []


@pytest.mark.parametrize("name", FAMILIES)
def test_partners_share_a_row_with_nobody_unrelated_between(name: str) -> None:
    lay = drawn(name)[1]
    assert checks.partners_side_by_side(lay) == []
    assert checks.simple_couples_adjacent(lay) == []


@pytest.mark.parametrize("name", FAMILIES)
def test_legend_lists_exactly_what_is_drawn(name: str) -> None:
    lay = drawn(name)[1]
    root = ET.fromstring(render_svg(lay).encode("utf-8"))
    keys = [g.get("data-key") for g in root.iter("{http://www.w3.org/2000/svg}g")
            if g.get("class") == "legend-item"]
    assert len(keys) == len(set(keys))
    assert set(keys) == checks.used_legend_keys(lay)


@pytest.mark.parametrize("name", FAMILIES)
def test_every_person_of_the_family_is_drawn_once(name: str) -> None:
    family, lay = drawn(name)
    ids = [s.id for s in lay.symbols if not s.phantom and s.event is None]
    assert sorted(ids) == sorted(p.id for p in family.people)
    events = [s.event for s in lay.symbols if s.event is not None]
    assert len(events) == len(set(events))
    assert set(events) <= {e.id for e in family.events if e.type == "pregnancy"}


def test_legend_shows_the_gender_symbols_a_drawing_uses_and_no_others() -> None:
    lay = drawn("twins")[1]
    assert "nonbinary" not in lay.legend and "unknown" not in lay.legend
    assert {"male", "female", "twins", "link:fused"} <= set(lay.legend)
