"""Events the text states that an earlier reading missed: a death before a semicolon whose second
clause is negated, "when she passed", a death of "both of them", "my parents divorced" when
one parent and her one partner are known. Sentences invented for these tests."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def names(fam: Family, ids: list[str]) -> set[str]:
    by_id = {p.id: p.label for p in fam.people}
    return {by_id[i] for i in ids}


def events(fam: Family, type_: str) -> list:
    return [e for e in fam.events if e.type == type_]


def test_a_death_before_a_semicolon_keeps_when_the_next_clause_is_negated() -> None:
    fam = read("His brother Orvald died in 2010 in a car crash; his sister Quenby has not "
               "called Dad since.")
    death, = events(fam, "death")
    assert names(fam, death.people) == {"Orvald"}
    assert death.when.year == 2010


def test_a_negated_head_clause_still_negates_its_own_complement() -> None:
    fam = read("Quenby did not say that Orvald died in the war.")
    assert events(fam, "death") == []


def test_passed_in_a_when_clause_is_a_death() -> None:
    fam = read("When my grandmother Tiberia passed, the farm was sold to a neighbour.")
    death, = events(fam, "death")
    assert names(fam, death.people) == {"Tiberia"}


def test_a_storm_that_passed_is_no_death() -> None:
    fam = read("When the storm passed, Tiberia walked home to her mother.")
    assert events(fam, "death") == []


def test_both_of_them_died_is_one_death_of_each() -> None:
    fam = read("Eustace and his sister Gertrude shared the farmhouse by the river until both of "
               "them died, six months apart, in 1974.")
    death, = events(fam, "death")
    assert names(fam, death.people) == {"Eustace", "Gertrude"}
    dead = {p.label for p in fam.people if p.deceased}
    assert {"Eustace", "Gertrude"} <= dead


def test_one_who_died_with_a_spouse_beside_her_is_the_only_dead() -> None:
    fam = read("Agatha died in 1990 with her husband Eustace at her side.")
    death, = events(fam, "death")
    assert names(fam, death.people) == {"Agatha", "Eustace"}
    dead = {p.label for p in fam.people if p.deceased}
    assert dead == {"Agatha"}


def test_my_parents_divorced_names_my_mother_and_her_one_husband() -> None:
    fam = read("Ferelith, my mother, married Cosgrove Thessaly in 1973. I was born in 1975. "
               "My parents divorced in 1984.")
    divorce, = events(fam, "divorce")
    assert names(fam, divorce.people) == {"Ferelith", "Cosgrove Thessaly"}
    assert divorce.when.year == 1984
