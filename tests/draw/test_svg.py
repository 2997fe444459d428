"""The SVG: valid XML, the data-* contract of each person, union and link, and escaped text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from genogram.draw import layout, render_svg
from tests.draw.families import CATALOGUE, build, person

SVG = "{http://www.w3.org/2000/svg}"


def groups(root: ET.Element, cls: str) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == cls]


@pytest.mark.parametrize("name", CATALOGUE)
def test_svg_is_valid_xml_with_a_group_per_person_union_and_link(name: str) -> None:
    family = CATALOGUE[name]()
    lay = layout(family)
    root = ET.fromstring(render_svg(lay).encode("utf-8"))
    people = {g.get("data-id"): g for g in groups(root, "person")}
    # a pregnancy with no person of its own is a person group too, marked with its event
    assert {i for i, g in people.items() if g.get("data-event") is None} == \
        {p.id for p in family.people}
    assert {g.get("data-event") for g in people.values()} - {None} == \
        {s.event for s in lay.symbols if s.event is not None}
    for sym in lay.symbols:
        if sym.phantom:
            continue
        g = people[sym.id]
        box = [float(g.get(k, "nan")) for k in ("data-x", "data-y", "data-w", "data-h")]
        assert box == pytest.approx([sym.box.x, sym.box.y, sym.box.w, sym.box.h], abs=0.06)
    assert {g.get("data-id") for g in groups(root, "union")} == {u.id for u in lay.unions}
    assert sorted(g.get("data-type") for g in groups(root, "link")) == \
        sorted(link.type for link in family.links)


def test_user_text_is_escaped() -> None:
    evil = '<script>alert("x")</script> & "Co" \x07'
    fam = build(evil, [person('id"<&>', evil, "female"), person("b", "Tom & Jerry", "male")],
                unions=[('u"1', 'id"<&>', "b")], links=[('id"<&>', "b", "close")])
    svg = render_svg(fam)
    root = ET.fromstring(svg.encode("utf-8"))  # parses: nothing broke the document
    assert not list(root.iter(f"{SVG}script")) and "<script>" not in svg
    texts = "".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "Tom & Jerry" in texts and "<script>alert" in texts
    assert 'id"<&>' in {g.get("data-id") for g in groups(root, "person")}
    assert root.find(f"{SVG}title").text.startswith("Genogram: <script>")


def test_names_wrap_onto_two_lines_at_most() -> None:
    fam = build("long", [person("a", "Maximiliana Alexandrina Wolfeschlegelsteinhausen", "female")])
    lines = layout(fam).symbol("a").lines
    assert len(lines) == 2 and lines[1].endswith("…")
