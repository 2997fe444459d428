"""Event forms of stop 21: an intransitive "passed" with a time the parser takes for its object
or a clause after it, "passed on"; a child "given" to a husband ("she gave him a son"), whose
other parent is the one given; a definite "gave me the baby" is a handing, not a birth
(invented stories)."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def _person(fam: Family, label: str):
    return next(p for p in fam.people if p.label == label)


def _deaths(fam: Family) -> list[str]:
    return [fam.person(pid).label for e in fam.events if e.type == "death" for pid in e.people]


def test_passed_with_a_time_as_its_object_is_a_death() -> None:
    # the parser reads "the year" as the object of "passed"
    fam = read("My uncle raised me after the flood. His wife, Kasimira, passed the winter after "
               "the flood, and he kept her coat on its hook for years.")
    assert _deaths(fam) == ["Kasimira"]
    assert _person(fam, "Kasimira").deceased


def test_passed_with_a_clause_of_consequence_is_a_death() -> None:
    fam = read("My husband's father Lorand passed in 1988 so the mill went to his brother.")
    assert "Lorand" in _deaths(fam)


def test_passed_on_with_a_year_is_a_death() -> None:
    fam = read("Vendelin raised us. My mom passed on in 2001 and he never remarried.")
    death = next(e for e in fam.events if e.type == "death")
    assert death.when.year == 2001


def test_passed_with_a_thing_is_no_death() -> None:
    for sentence in ("Kasimira passed the exam in 1990.", "Kasimira passed the salt to Vendelin.",
                     "Kasimira passed on the farm to her son Kornel."):
        fam = read(sentence)
        assert not [e for e in fam.events if e.type == "death"], sentence


def test_a_son_given_to_a_husband_is_born_to_both() -> None:
    fam = read("Kasimira married Vendelin in 1925. In 1926 she gave him a son, Kornel.")
    kornel = _person(fam, "Kornel").id
    birth = next(e for e in fam.events if e.type == "birth")
    assert birth.people[0] == kornel
    parents = {fam.person(c.parent).label for c in fam.children if c.child == kornel}
    assert parents == {"Kasimira", "Vendelin"}


def test_the_one_given_a_child_is_its_other_parent_without_a_stated_marriage() -> None:
    fam = read("Radovan was a miller in the valley. Aglaja gave Radovan a daughter in 1926. "
               "The daughter was called Enikő.")
    enik = _person(fam, "Enikő").id
    parents = {fam.person(c.parent).label for c in fam.children if c.child == enik}
    assert parents == {"Aglaja", "Radovan"}


def test_a_son_borne_to_a_husband_is_a_birth() -> None:
    # the parser may hang "a son" on "bore" as a bare noun phrase
    fam = read("Kasimira married Vendelin. Two winters later she bore him a son, Kornel.")
    birth = next(e for e in fam.events if e.type == "birth")
    assert _person(fam, "Kornel").id in birth.people


def test_handing_over_the_baby_is_no_birth_and_no_parent() -> None:
    fam = read("Kasimira gave me the baby.")
    assert not fam.children
    assert not [e for e in fam.events if e.type == "birth"]


def _movers(fam: Family) -> list[set[str]]:
    return [{fam.person(p).label for p in e.people} for e in fam.events if e.type == "move"]


def test_arriving_in_a_named_place_is_a_move() -> None:
    fam = read("Kasimira and her brother Kornel arrived in Valparaíso in 1907.")
    assert any("Kornel" in m for m in _movers(fam))


def test_arriving_for_a_funeral_or_at_an_airport_is_no_move() -> None:
    for sentence in ("My cousin Kasimira arrived in Valparaíso for the funeral.",
                     "My aunt Kasimira arrived in March, at Valparaíso Airport."):
        assert not _movers(read(sentence)), sentence


def test_taking_the_train_north_is_a_move_of_all_aboard() -> None:
    fam = read("In 1917 Edwin and Helga caught the night train north with their son Kornel.")
    assert _movers(fam) == [{"Edwin", "Helga", "Kornel"}]


def test_moving_out_to_a_place_is_a_household_move() -> None:
    fam = read("After the war I wed a kind woman named Kasimira, and in 1969 we moved out to "
               "Szeged.")
    assert len(_movers(fam)) == 1
    assert not [e for e in fam.events if e.type == "separation"]
