"""Events told with gapped verbs, event nouns and verbs of arrival, in stories made up here."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def by_type(fam: Family, type_: str) -> dict[str, int | None]:
    """label of the first participant -> year, for the events of one type."""
    labels = {p.id: p.label for p in fam.people}
    return {labels[e.people[0]]: e.when.year for e in fam.events if e.type == type_}


def test_gapped_births_and_deaths_take_their_own_years() -> None:
    fam = read("Marta Lind married Olof Berg in 1950. Their son Anders was born in 1952 and "
               "their daughter Greta in 1955. Marta died in 1990, aged sixty-five, and Olof "
               "in 1994.")
    births = by_type(fam, "birth")
    assert births.get("Anders") == 1952 and births.get("Greta") == 1955
    deaths = by_type(fam, "death")
    assert deaths.get("Marta Lind") == 1990 and deaths.get("Olof Berg") == 1994


def test_children_listed_after_had_each_get_a_birth_with_their_year() -> None:
    fam = read("Ruth Adler and Simon Adler had three children: Hanna in 1921, Leo in 1924, "
               "and Miriam in 1927.")
    births = by_type(fam, "birth")
    assert births.get("Hanna") == 1921 and births.get("Leo") == 1924
    assert births.get("Miriam") == 1927


def test_a_child_who_followed_or_came_is_born() -> None:
    fam = read("Their first son, Pavel, was born in 1938; a daughter, Vera, followed in 1940, "
               "and a second son, Ivan, in 1943.")
    births = by_type(fam, "birth")
    assert births == {"Pavel": 1938, "Vera": 1940, "Ivan": 1943}


def test_a_son_coming_home_is_no_birth() -> None:
    fam = read("Our son Tobias came home from the army in 1970.")
    assert by_type(fam, "birth") == {}


def test_children_born_to_a_couple_give_the_parents_no_birth() -> None:
    fam = read("Pt is the elder of two kids born to Hamid Rahmani and Leyla Rahmani.")
    assert by_type(fam, "birth") == {}


def test_a_funeral_is_a_death_of_its_owner_only() -> None:
    fam = read("Gwen raised Paul alone. Paul spoke at her funeral in 2008.")
    assert by_type(fam, "death") == {"Gwen": 2008}


def test_marrying_a_described_person_named_in_apposition() -> None:
    fam = read("Nora Quinn took in lodgers. In 1947 Nora married one of the lodgers, "
               "Ezra Pintor, a quiet tailor.")
    m, = [e for e in fam.events if e.type == "marriage"]
    labels = {p.id: p.label for p in fam.people}
    assert {labels[i] for i in m.people} == {"Nora Quinn", "Ezra Pintor"}
    assert m.when.year == 1947


def test_leaving_for_a_place_is_a_move_not_a_separation() -> None:
    fam = read("Thalia Roy married Etienne Roy in 2018. A year later Thalia Roy left for Vanterra.")
    assert "Thalia Roy" in by_type(fam, "move")
    assert by_type(fam, "separation") == {}


def test_divorce_noun_after_a_marriage_in_the_same_sentence_is_not_that_couple() -> None:
    fam = read("Ferenc Kovacs married Marisol Reyes as soon as the divorce went through.")
    assert by_type(fam, "divorce") == {}


def test_the_clause_around_a_temporal_divorce_is_not_its_couple() -> None:
    fam = read("Two years after the divorce I met Reuben, and we got married in 2020.")
    assert by_type(fam, "divorce") == {}


def test_an_illness_named_with_a_death_is_its_cause() -> None:
    fam = read("MGM d. Jan 2022 (stroke); the client spent summers at her home.")
    assert by_type(fam, "illness") == {}


def test_walking_out_into_a_yard_and_rather_dying_are_not_events() -> None:
    fam = read("Noreen is my wife. I walked out into the yard and stood there. "
               "Noreen said she would rather die than argue.")
    assert by_type(fam, "separation") == {} and by_type(fam, "death") == {}


def test_running_a_shop_is_a_state_not_an_event() -> None:
    fam = read("Walter Pryce kept a feed shop on Portwick Avenue.")
    assert by_type(fam, "business") == {}


def pair(fam: Family, type_: str) -> set[frozenset[str]]:
    labels = {p.id: p.label for p in fam.people}
    return {frozenset(labels[i] for i in e.people) for e in fam.events if e.type == type_}


def test_noted_marriage_and_divorce_years_of_a_couple() -> None:
    fam = read("Nadia Roth (38F) is the client. Her ex-husband, Omar Roth (43M), "
               "Nadia's ex-husband (m. 2007, div. 2011), lives nearby.")
    years = {e.type: e.when.year for e in fam.events}
    assert years.get("marriage") == 2007 and years.get("divorce") == 2011
    assert pair(fam, "divorce") == {frozenset({"Nadia Roth", "Omar Roth"})}


def test_a_funeral_under_a_negated_verb_still_tells_a_death() -> None:
    fam = read("Ivo and Lene never met before 1999, at Ezra's funeral in Nairuna.")
    assert by_type(fam, "death") == {"Ezra": 1999}


def test_seeing_someone_while_partnered_is_an_affair() -> None:
    fam = read("Gwen married Jacinto in 1960. In 1973 Gwen found out that Jacinto had been "
               "seeing Sunelda Mehra, a nurse.")
    assert pair(fam, "affair") == {frozenset({"Jacinto", "Sunelda Mehra"})}


def test_living_with_a_partner_since_a_year_is_cohabitation_but_not_with_a_household() -> None:
    fam = read("Paul has lived with his partner, Rupert Moody, since 1995.")
    assert pair(fam, "cohabitation") == {frozenset({"Paul", "Rupert Moody"})}
    fam = read("Ana Costa married Dennis Cahane. Rosa lived with Ana Costa and Dennis Cahane "
               "for forty years.")
    assert pair(fam, "cohabitation") == set()


def test_an_indefinite_wedding_is_no_couples_marriage() -> None:
    fam = read("Paul has lived with his partner, Rupert Moody, since 1995. They never married; "
               "Paul says one wedding in the family was enough.")
    assert pair(fam, "marriage") == set()


def test_a_miscarriage_is_a_pregnancy_summarised_as_a_loss() -> None:
    fam = read("Ana Costa had a miscarriage in 1988. In 1990 Ana Costa got pregnant again.")
    preg = [e for e in fam.events if e.type == "pregnancy"]
    assert [e.summary for e in preg] == ["Ana Costa has a miscarriage", "Ana Costa becomes pregnant"]
    assert [e.when.year for e in preg] == [1988, 1990]


def test_remarrying_goes_to_the_partner_named_next_not_the_first_spouse() -> None:
    fam = read("Farid Amini married Shirin Amini in 1980. They divorced in 1990. Farid Amini "
               "remarried in 1995; his second wife, Maribeth Prewitt, is a nurse.")
    remarriage = [e for e in fam.events if e.type == "marriage" and e.when.year == 1995]
    labels = {p.id: p.label for p in fam.people}
    assert [{labels[i] for i in e.people} for e in remarriage] == [
        {"Farid Amini", "Maribeth Prewitt"}]
