"""Pregnancies, stillbirths, miscarriages and abortions (docs/drawing.md): which symbols, where."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from genogram.draw import checks, layout, render_svg, style
from genogram.draw.births import loss_kind
from genogram.draw.geometry import Layout
from genogram.model import Person
from tests.draw.families import CATALOGUE, build, person, pregnancy_loss

SVG = "{http://www.w3.org/2000/svg}"
KINDS = {"pregnancy", "stillbirth", "miscarriage", "abortion"}


def person_groups(svg: str) -> dict[str, ET.Element]:
    root = ET.fromstring(svg.encode("utf-8"))
    return {g.get("data-id", ""): g for g in root.iter(f"{SVG}g") if g.get("class") == "person"}


def kinds(lay: Layout) -> dict[str, str]:
    return {s.id: s.kind for s in lay.symbols if s.kind != "person"}


def parents_of(lay: Layout, child: str) -> set[str]:
    d = next(d for d in lay.descents if child in d.children)
    if d.union is None:
        return {d.parent or ""}
    u = next(u for u in lay.unions if u.id == d.union)
    return {u.a, u.b}


def test_the_catalogue_family_draws_each_kind_under_its_parents() -> None:
    fam = pregnancy_loss()
    lay = layout(fam)
    by_event = {s.event: s for s in lay.symbols if s.event is not None}
    assert set(by_event) == {"e3", "e4"}  # e2 ended in Nia's birth; e5 is the person "bean"
    assert by_event["e4"].kind == "pregnancy" and by_event["e4"].lines == ("preg. 2024",)
    assert by_event["e3"].kind == "miscarriage"
    assert kinds(lay) == {"still": "stillbirth", "ray": "stillbirth", "bean": "pregnancy",
                          by_event["e3"].id: "miscarriage", by_event["e4"].id: "pregnancy"}
    assert parents_of(lay, by_event["e4"].id) == {"nia", "sol"}  # her only partner
    assert parents_of(lay, by_event["e3"].id) == {"ken", "paula"}
    assert parents_of(lay, "still") == {"hugo", "greta"}
    assert checks.all_problems(lay, fam) == []
    # birth order: the 1995 miscarriage between Nia (1992) and Theo (1998); a pregnancy last
    x = {s.id: s.x for s in lay.symbols}
    assert x["nia"] < x[by_event["e3"].id] < x["theo"]
    assert x["zara"] < x["bean"] and x["ray"] < x["bean"]


def test_small_symbols_have_small_boxes_and_child_lines_reach_them() -> None:
    lay = layout(pregnancy_loss())
    for s in lay.symbols:
        if s.kind == "person":
            continue
        text = style.LABEL_GAP + style.LINE_H * len(s.lines)
        assert s.size < style.SYMBOL and s.box.h == pytest.approx((style.SYMBOL + s.size) / 2 + text)
        assert s.box.w == pytest.approx(max([s.size + 20] + [style.text_width(t) + 6
                                                             for t in s.lines]))
        line = next(ln for d in lay.descents for ln in d.lines if s.id in ln.owners)
        assert line.points[-1] == pytest.approx((s.x, s.y - s.size / 2))


def test_the_svg_draws_a_triangle_and_the_small_symbols() -> None:
    lay = layout(pregnancy_loss())
    groups = person_groups(render_svg(lay))
    for sid, kind in kinds(lay).items():
        assert groups[sid].get("data-kind") == kind
    bean = groups["bean"]
    assert [p.get("class") for p in bean.iter(f"{SVG}polygon")] == ["pregnancy"]
    still = groups["still"]
    assert still.find(f"{SVG}rect") is not None and len(still.findall(f"{SVG}line")) == 2
    dot = next(g for g in groups.values() if g.get("data-kind") == "miscarriage")
    assert dot.find(f"{SVG}circle").get("fill") == "#1a1a1a"
    assert groups["paula"].get("data-kind") is None  # ordinary people carry no kind


@pytest.mark.parametrize("name", CATALOGUE)
def test_the_legend_shows_these_symbols_exactly_when_used(name: str) -> None:
    lay = layout(CATALOGUE[name]())
    used = {s.kind for s in lay.symbols} & KINDS
    assert set(lay.legend) & KINDS == used
    if name == "pregnancy-loss":
        assert used == {"pregnancy", "stillbirth", "miscarriage"}
        root = ET.fromstring(render_svg(lay).encode("utf-8"))
        keys = {g.get("data-key") for g in root.iter(f"{SVG}g") if g.get("class") == "legend-item"}
        assert used <= keys


@pytest.mark.parametrize(("kw", "kind"), [
    ({"deceased": True, "age": 0}, "stillbirth"),
    ({"deceased": True, "birth_year": 1950, "death_year": 1950}, "stillbirth"),
    ({"deceased": True, "descriptions": ["a baby"]}, "stillbirth"),
    ({"descriptions": ["the boy who lived only a day"]}, "stillbirth"),
    ({"descriptions": ["a stillborn daughter"]}, "stillbirth"),
    ({"descriptions": ["the miscarriage"]}, "miscarriage"),
    ({"aliases": ["the abortion"]}, "abortion"),
    ({"descriptions": ["the baby"]}, None),  # alive: an ordinary child
    ({"deceased": True, "age": 40, "descriptions": ["my baby brother"]}, None),
    ({"deceased": True, "descriptions": ["my baby brother"]}, None),  # "baby" is no head noun
    ({"deceased": True, "birth_year": 1950, "death_year": 1990}, None),
    ({"deceased": True, "age": 3, "descriptions": ["died in infancy"]}, None),  # a year or more
])
def test_which_people_are_losses(kw: dict, kind: str | None) -> None:
    assert loss_kind(Person(id="x", **kw)) == kind


def _family(events: list[tuple], extra: list[dict] | None = None, unions: list[tuple] | None = None,
            kids: tuple[str, ...] = ("a",)) -> Layout:
    people = [person("m", "Mom", "female"), person("d", "Dad", "male"),
              person("a", "Ann", "female", birth_year=2000), *(extra or [])]
    children = [(p, k) for k in kids for p in ("m", "d")]
    fam = build("f", people, unions if unions is not None else [("u1", "d", "m")], children,
                events=events)
    evs = [e.model_copy(update={"when": e.when.model_copy(update={"order": i})})
           for i, e in enumerate(fam.events)]  # the story's order: as listed
    return layout(fam.model_copy(update={"events": evs}))


def test_a_pregnancy_without_a_year_is_drawn_unless_a_birth_is_told_after_it() -> None:
    lay = _family([("e1", "pregnancy", ["m"], None)])
    tri = next(s for s in lay.symbols if s.kind == "pregnancy")
    assert tri.lines == ("preg.",) and tri.x > lay.symbol("a").x  # the youngest
    assert parents_of(lay, tri.id) == {"m", "d"}
    told = _family([("e1", "pregnancy", ["m"], None), ("e2", "birth", ["a"], None)])
    assert not kinds(told)
    before = _family([("e2", "birth", ["a"], None), ("e1", "pregnancy", ["m"], None)])
    assert list(kinds(before).values()) == ["pregnancy"]  # a later pregnancy


def test_a_pregnancy_that_ended_in_a_birth_that_year_or_the_next_is_not_drawn() -> None:
    assert not kinds(_family([("e1", "pregnancy", ["m"], 1999)]))
    assert kinds(_family([("e1", "pregnancy", ["m"], 2005)]))


def test_a_pregnancy_of_someone_with_two_partners_hangs_from_them_and_a_phantom() -> None:
    extra = [person("x", "Xavier", "male")]
    unions = [("u1", "d", "m", "marriage", "divorced"), ("u2", "x", "m", "marriage", "divorced")]
    lay = _family([("e1", "pregnancy", ["m"], 2010)], extra, unions)
    tri = next(s for s in lay.symbols if s.kind == "pregnancy")
    mates = parents_of(lay, tri.id) - {"m"}
    assert len(mates) == 1 and lay.symbol(mates.pop()).phantom
    # naming the father in the event settles it
    lay = _family([("e1", "pregnancy", ["m", "x"], 2010)], extra, unions)
    tri = next(s for s in lay.symbols if s.kind == "pregnancy")
    assert parents_of(lay, tri.id) == {"m", "x"}


def test_an_unborn_child_named_in_the_pregnancy_is_the_triangle() -> None:
    extra = [person("b", None, "unknown", descriptions=["the baby"])]
    lay = _family([("e1", "pregnancy", ["m", "b"], None)], extra, kids=("a", "b"))
    assert kinds(lay) == {"b": "pregnancy"}
    # once born (a birth year), the same child is an ordinary child
    extra = [person("b", None, "unknown", descriptions=["the baby"], birth_year=2004)]
    assert not kinds(_family([("e1", "pregnancy", ["m", "b"], 2003)], extra, kids=("a", "b")))


def test_duplicate_pregnancy_events_draw_one_triangle() -> None:
    lay = _family([("e1", "pregnancy", ["m"], 2010), ("e2", "pregnancy", ["m", "d"], 2010)])
    assert len(kinds(lay)) == 1
