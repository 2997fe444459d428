"""The documented drawing choices (docs/drawing.md), one behaviour per test."""

from __future__ import annotations

import pytest

from genogram.draw import layout
from genogram.draw.geometry import Layout
from genogram.model import DrawingError
from tests.draw.families import build, person, three_generations, three_partners, twins


def descent_of(lay: Layout, child: str):
    return next(d for d in lay.descents if child in d.children)


def test_a_single_parent_gets_a_phantom_partner() -> None:
    fam = build("single", [person("mom", "Mom", "female"), person("kid", "Kid", "male")],
                children=[("mom", "kid")])
    lay = layout(fam)
    phantoms = [s for s in lay.symbols if s.phantom]
    assert len(phantoms) == 1
    union = next(u for u in lay.unions if u.id == descent_of(lay, "kid").union)
    assert {union.a, union.b} == {"mom", phantoms[0].id} and union.type == "phantom"
    assert phantoms[0].x < lay.symbol("mom").x  # the unknown father stands left of the mother


def test_a_child_of_one_partner_hangs_from_the_couple_with_a_step_line() -> None:
    fam = build("step", [person("p", "Pat", "female"), person("s", "Sam", "male"),
                         person("c", "Cy", "male")],
                unions=[("u1", "s", "p")], children=[("p", "c"), ("s", "c", "step")])
    lay = layout(fam)
    d = descent_of(lay, "c")
    assert d.union == "u1"
    assert any(line.style == "child:step" for line in d.lines)
    assert not [s for s in lay.symbols if s.phantom] and not lay.overlays


def test_a_step_tie_is_shown_by_the_union_when_both_birth_parents_are_known() -> None:
    lay = layout(build("step2", [person("a", "A", "male"), person("b", "B", "female"),
                                 person("c", "C", "female"), person("k", "K", "male")],
                       unions=[("u1", "a", "b", "marriage", "divorced"), ("u2", "a", "c")],
                       children=[("a", "k"), ("b", "k"), ("c", "k", "step")]))
    assert descent_of(lay, "k").union == "u1"
    assert not lay.overlays


def test_a_caregiver_raising_a_child_alone_draws_a_caregiver_line_from_them() -> None:
    lay = layout(build("care", [person("g", "Gran", "female"), person("k", "Kid", "male")],
                       children=[("g", "k", "caregiver")]))
    d = descent_of(lay, "k")
    assert d.parent == "g" and d.union is None
    assert [line.style for line in d.lines if line.style.startswith("child:")] == ["child:caregiver"]


def test_an_adopted_childs_birth_mother_is_drawn_near_with_an_overlay_tie() -> None:
    from tests.draw.families import adoption

    lay = layout(adoption())
    tie = next(o for o in lay.overlays if o.kind == "tie" and o.b == "tim")
    assert tie.a == "gloria" and tie.type == "child:biological"
    assert lay.symbol("gloria").y < lay.symbol("tim").y  # a row above, not in the side row


def test_twins_descend_from_one_point() -> None:
    lay = layout(twins())
    twin_lines = [line for line in descent_of(lay, "ivy").lines if line.style.startswith("twin:")]
    assert len(twin_lines) == 2
    assert twin_lines[0].points[0] == twin_lines[1].points[0]


def test_siblings_stand_oldest_to_youngest_left_to_right() -> None:
    lay = layout(twins())
    xs = [lay.symbol(c).x for c in ("eva", "ivy", "leo", "zoe")]
    assert xs == sorted(xs)


def test_the_index_person_defaults_to_the_first_narrator() -> None:
    assert layout(three_generations()).index == "kate"


@pytest.mark.parametrize("name", ["ben", "Ben", "BEN"])
def test_the_index_person_can_be_named(name: str) -> None:
    lay = layout(three_generations(), index=name)
    assert lay.index == "ben" and lay.symbol("ben").index and not lay.symbol("kate").index


def test_an_unknown_index_name_is_a_drawing_error() -> None:
    with pytest.raises(DrawingError) as err:
        layout(three_generations(), index="Nobody")
    assert err.value.code == "E501"


def test_each_partner_of_a_person_with_three_has_a_union_line_and_children() -> None:
    lay = layout(three_partners())
    unions = {u.id: u for u in lay.unions}
    assert set(unions) == {"u1", "u2", "u3"}
    assert sum(len(u.lines[0].points) > 2 for u in unions.values()) == 1  # one line runs below
    for uid, kid in (("u1", "ava"), ("u2", "cy"), ("u3", "di")):
        assert descent_of(lay, kid).union == uid


def test_union_lines_carry_year_labels_from_events() -> None:
    unions = {u.id: u for u in layout(three_partners()).unions}
    assert unions["u1"].label == ("m. 1974", "div. 1983")
    assert unions["u3"].label == ("m. 1988",)
    assert unions["u1"].status == "divorced" and len(unions["u1"].slashes) == 2
    assert len(unions["u2"].slashes) == 1  # an affair that ended


def test_people_tied_to_nobody_stand_in_a_side_row_below() -> None:
    fam = build("loners", [person("a", "A", "male"), person("b", "B", "female"),
                           person("c", "C", "female")], unions=[("u1", "a", "b")])
    lay = layout(fam)
    assert lay.symbol("c").y > lay.symbol("a").y
    assert lay.captions and lay.captions[0].text.startswith("Not tied")


def test_cycles_and_impossible_ties_do_not_crash_and_become_overlay_ties() -> None:
    fam = build("cycle", [person("a", "A", "male"), person("b", "B", "female")],
                unions=[("u1", "a", "b")], children=[("a", "b"), ("b", "a")])
    lay = layout(fam)
    assert {(o.a, o.b) for o in lay.overlays} == {("a", "b"), ("b", "a")}
    assert not lay.descents and not [s for s in lay.symbols if s.phantom]


def test_an_empty_family_draws_an_empty_page() -> None:
    lay = layout(build("empty", []))
    assert lay.symbols == () and lay.legend == ()


def test_siblings_with_no_parents_share_phantom_parents() -> None:
    lay = layout(build("sibs", [person("a", "A", "male"), person("b", "B", "female")],
                       siblings=[("a", "b", "full")]))
    assert descent_of(lay, "a") is descent_of(lay, "b")
    assert sum(s.phantom for s in lay.symbols) == 2
