"""Affairs over hand-built families with a made-up story text: a pair "together" while one is
married, the unnamed "woman who slept with my husband", and which partner was betrayed."""

from __future__ import annotations

from genogram.analyze.findings import find_all
from genogram.model import Family
from tests.analyze.families import at, family, union

PAIR = ("Her mother, Odarie, kept the accounts at the mill; Odarie and Dad were an item for "
        "three years. They never married. Dad stayed with Mom.")


def affairs(fam: Family, text: str) -> list:
    return [f for f in find_all(fam, text) if f.code == "affair"]


def test_two_people_together_while_one_is_married_is_an_affair() -> None:
    fam = family([at("p1", "Odarie", PAIR, "Odarie", "she "),
                  at("p2", None, PAIR, "Dad", gender="male"),
                  at("p3", None, PAIR, "Mom", gender="female")],
                 unions=[union("u1", "p2", "p3")])
    (f,) = affairs(fam, PAIR)
    assert f.people == ["p2", "p1"] and "while with his wife" in f.message
    assert PAIR[slice(*f.evidence[0])].startswith("Her mother, Odarie")


def test_a_couple_together_is_no_affair() -> None:
    text = "Mom and Dad were together for ten years before Dad married Marit."
    fam = family([at("p1", None, text, "Mom"), at("p2", None, text, "Dad"),
                  at("p3", "Marit", text, "Marit")],
                 unions=[union("u1", "p1", "p2", status="divorced"), union("u2", "p2", "p3")])
    assert affairs(fam, text) == []


def test_a_pair_together_with_no_other_partner_is_no_affair() -> None:
    text = "Rudi and Wenna were together all through college."
    fam = family([at("p1", "Rudi", text, "Rudi"), at("p2", "Wenna", text, "Wenna")])
    assert affairs(fam, text) == []


def test_the_unnamed_one_who_slept_with_a_spouse_gives_the_teller_no_affair() -> None:
    text = "I won't have the woman who slept with my husband at the party."
    fam = family([at("p1", None, text, "I ", narrator=True),
                  at("p2", None, text, "my husband", gender="male")],
                 unions=[union("u1", "p1", "p2")])
    assert affairs(fam, text) == []


def test_a_negated_affair_with_a_glued_not_is_no_affair() -> None:
    text = "Gerd married Lise. Gerd didn't sleep with Maren, whatever the town said."
    fam = family([at("p1", "Gerd", text, "Gerd"), at("p2", "Lise", text, "Lise"),
                  at("p3", "Maren", text, "Maren")],
                 unions=[union("u1", "p1", "p2")])
    assert affairs(fam, text) == []


def test_the_partner_betrayed_is_the_living_marriage_before_an_ended_one() -> None:
    text = "Gerd had an affair with Maren."
    fam = family([at("p1", "Gerd", text, "Gerd", gender="male"),
                  at("p2", "Lise", text, "Lise", gender="female"),
                  at("p3", "Maren", text, "Maren"), at("p4", "Ana", text, "Ana")],
                 unions=[union("u1", "p1", "p4", status="divorced"), union("u2", "p1", "p2")])
    (f,) = affairs(fam, text)
    assert "while with his wife Lise" in f.message


def test_an_affair_event_with_one_known_partner_is_still_an_affair_finding() -> None:
    from genogram.model import Event

    text = "They split in 2019 because Bohdan was sleeping around."
    fam = family([at("p1", "Bohdan", text, "Bohdan", gender="male"),
                  at("p2", None, text, "They", gender="female")],
                 unions=[union("u1", "p1", "p2", status="divorced")],
                 events=[Event(id="e1", type="affair", people=["p1"], summary="Bohdan's affair",
                               evidence=[(text.index("Bohdan"), len(text) - 1)])])
    (f,) = affairs(fam, text)
    assert f.people == ["p1"]
