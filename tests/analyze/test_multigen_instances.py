"""Multigenerational patterns count occurrences, each placed at one generation: one tie across two
generations is one occurrence, not a pattern in two. Hand-built families, made-up text."""

from __future__ import annotations

from genogram.analyze.findings import find_all
from genogram.model import Event, Family, When
from tests.analyze.families import at, child, family, link, person, union


def multigen(fam: Family, text: str | None = None) -> list:
    return [f for f in find_all(fam, text) if f.code == "multigenerational"]


def line(**kw) -> Family:
    """Four generations: p1 -> p2 -> p3 -> p4 (with p2's, p3's partners p5, p6)."""
    people = [person(f"p{i}", n, g) for i, (n, g) in enumerate(
        [("Aldo", "male"), ("Bruna", "female"), ("Cosimo", "male"), ("Isolde", "female"),
         ("Emil", "male"), ("Fenna", "female")], start=1)]
    kids = [child("p1", "p2"), child("p2", "p3"), child("p5", "p3"), child("p3", "p4"),
            child("p6", "p4")]
    return family(people, children=kids, **kw)


def test_one_cutoff_between_parent_and_child_is_not_multigenerational() -> None:
    assert multigen(line(links=[link("p1", "p2", "cutoff")])) == []


def test_cutoffs_down_the_line_are_multigenerational_placed_by_the_older_side() -> None:
    (f,) = multigen(line(links=[link("p1", "p2", "cutoff", (300, 340)),
                                link("p3", "p2", "cutoff", (500, 540))]))
    assert "generation 1: Aldo; generation 2: Bruna" in f.message
    assert set(f.people) == {"p1", "p2", "p3"} and f.evidence == [(300, 340), (500, 540)]


def test_a_parent_walking_out_and_a_child_divorcing_share_the_theme_of_leaving() -> None:
    fam = line(links=[link("p1", "p2", "cutoff")],
               unions=[union("u1", "p2", "p5", status="divorced")])
    (f,) = multigen(fam)
    assert "(multigenerational: leaving)" in f.message and {"p1", "p2"} <= set(f.people)


def test_a_pattern_that_recurs_on_its_own_is_not_repeated_as_the_theme() -> None:
    fam = line(unions=[union("u1", "p2", "p5", status="divorced"),
                       union("u2", "p3", "p6", status="divorced")])
    (f,) = multigen(fam)
    assert "(multigenerational: divorce)" in f.message


def _died(pid: str, year: int) -> Event:
    return Event(id=f"d{pid}", type="death", people=[pid], when=When(year=year),
                 evidence=[(600, 610)])


def _born(pid: str, year: int) -> Event:
    return Event(id=f"b{pid}", type="birth", people=[pid], when=When(year=year),
                 evidence=[(700, 710)])


def test_early_losses_by_the_years_of_events() -> None:
    fam = line(events=[_born("p2", 1930), _died("p1", 1936), _born("p3", 1958),
                       _died("p2", 1970), _born("p4", 1990)])
    (f,) = multigen(fam)
    assert "Early loss of a parent" in f.message
    assert "generation 2: Bruna; generation 3: Cosimo" in f.message
    assert {"p1", "p2", "p3"} <= set(f.people)


def test_a_parent_leaving_told_with_the_childs_age_is_an_early_loss() -> None:
    text = ("Ottavio died in 1950, when Wenna was five. Wenna married Rocco. "
            "When Sandro turned eight, his father stopped coming on Sundays.")
    fam = family([at("p1", "Ottavio", text, "Ottavio", gender="male"),
                  at("p2", "Wenna", text, "Wenna", gender="female"),
                  at("p3", "Rocco", text, "Rocco", "his father", gender="male"),
                  at("p4", "Sandro", text, "Sandro", gender="male")],
                 children=[child("p1", "p2"), child("p2", "p4"), child("p3", "p4")],
                 unions=[union("u1", "p2", "p3")])
    found = [f for f in multigen(fam, text) if "early-loss" in f.message]
    assert found and {"p2", "p4"} <= set(found[0].people)


def test_foster_care_in_two_generations() -> None:
    text = "I grew up in three foster homes. Now my son is a foster kid too."
    fam = family([at("p1", None, text, "I ", narrator=True),
                  at("p2", None, text, "my son", descriptions=["a foster kid"])],
                 children=[child("p1", "p2")])
    (f,) = multigen(fam, text)
    assert "foster care" in f.message and set(f.people) == {"p1", "p2"}


def test_kin_words_place_a_grandparent_the_graph_left_out() -> None:
    text = ("My grandfather drank every day of his life. My father drank too. "
            "I have been sober for a year.")
    fam = family([at("p1", None, text, "I ", narrator=True),
                  at("p2", None, text, "My father", descriptions=["my father"]),
                  at("p3", None, text, "My grandfather", descriptions=["my grandfather"])],
                 children=[child("p2", "p1")])
    (f,) = multigen(fam, text)
    assert "generation 1: my grandfather; generation 2: my father" in f.message
    assert {"p2", "p3"} <= set(f.people)


def test_without_the_kin_word_the_left_out_grandparent_makes_no_pattern() -> None:
    text = ("Old Wendel drank every day of his life. My father drank too. "
            "I have been sober for a year.")
    fam = family([at("p1", None, text, "I ", narrator=True),
                  at("p2", None, text, "My father"), at("p3", "Wendel", text, "Old Wendel")],
                 children=[child("p2", "p1")])
    assert all("p3" not in f.people for f in multigen(fam, text))


def test_widowed_young_in_two_generations_told_as_a_repeat() -> None:
    # the two widows are in-laws, not one line of descent; the sentence says it repeats
    text = ("Runa was widowed at thirty with three small children. Her son Tor married Siri. "
            "Tor died in a mill fire, and Siri was left a widow at forty, as Runa had been.")
    fam = family([at("p1", "Runa", text, "Runa", gender="female"),
                  at("p2", "Tor", text, "Tor", gender="male"),
                  at("p3", "Siri", text, "Siri", gender="female")],
                 children=[child("p1", "p2")], unions=[union("u1", "p2", "p3")])
    (f,) = multigen(fam, text)
    assert "(multigenerational: widowhood)" in f.message and {"p1", "p3"} <= set(f.people)


def test_a_widow_at_seventy_is_no_young_widowhood() -> None:
    text = "Runa was widowed at seventy. Her son Tor was widowed at thirty."
    fam = family([at("p1", "Runa", text, "Runa"), at("p2", "Tor", text, "Tor")],
                 children=[child("p1", "p2")])
    assert multigen(fam, text) == []


def test_a_repeat_cue_passes_on_only_the_pattern_its_sentence_tells() -> None:
    text = "Aldo divorced twice. Bruna drank the way her father drank."
    fam = family([at("p1", "Aldo", text, "Aldo", "her father", gender="male"),
                  at("p2", "Bruna", text, "Bruna", gender="female"),
                  at("p5", "Emil", text, "Emil")],
                 children=[child("p1", "p2")],
                 unions=[union("u1", "p1", "p5", status="divorced")])
    found = multigen(fam, text)
    assert [f.message.split("(multigenerational: ")[1][:9] for f in found] == ["substance"]


def test_growing_up_in_a_grandparents_house_in_two_generations() -> None:
    text = ("In 1960 Ona left her three girls with her own mother and went north for work. "
            "Years later I grew up as much in Grandma's house as in our own.")
    fam = family([at("p1", None, text, "I ", narrator=True), at("p2", None, text, "Mama"),
                  at("p4", "Ona", text, "Ona", "Grandma"), at("p5", None, text, "her own mother")],
                 children=[child("p5", "p4"), child("p4", "p2"), child("p2", "p1")])
    (f,) = multigen(fam, text)
    assert "raised by a grandparent" in f.message and {"p1", "p2", "p4"} <= set(f.people)


def test_abuse_of_a_child_in_two_generations() -> None:
    (f,) = multigen(line(links=[link("p1", "p2", "abuse", (300, 340)),
                                link("p3", "p4", "abuse", (500, 540))]))
    assert "(multigenerational: abuse)" in f.message
    assert "generation 1: Aldo; generation 3: Cosimo" in f.message


def test_separation_events_count_toward_the_theme_of_leaving() -> None:
    events = [Event(id="e1", type="separation", people=["p2", "p5"], evidence=[(600, 610)]),
              Event(id="e2", type="separation", people=["p3", "p6"], evidence=[(700, 710)])]
    (f,) = multigen(line(events=events))
    assert "(multigenerational: leaving)" in f.message and f.evidence == [(600, 610), (700, 710)]
