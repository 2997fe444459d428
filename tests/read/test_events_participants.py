"""Who takes part in an event: lists the parse nests, subjects a misparse strands, the partner a
widowing or a leaving refers to. Sentences invented for these tests."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def names(fam: Family, ids: list[str]) -> set[str]:
    by_id = {p.id: p.label for p in fam.people}
    return {by_id[i] for i in ids}


def events(fam: Family, type_: str) -> list:
    return [e for e in fam.events if e.type == type_]


def test_a_list_of_adopted_children_is_taken_whole() -> None:
    fam = read("Hortense fostered children for years, and in the end she adopted three of them, "
               "Corwin, Tamsyn and Ignatz.")
    adoption, = events(fam, "custody")
    assert {"Corwin", "Tamsyn", "Ignatz"} <= names(fam, adoption.people)


def test_twins_that_came_along_are_both_born() -> None:
    fam = read("Eudora married Bartram in 1930. Their son Cosimo was born in 1931, and twin boys, "
               "Corwin and Ignatz, came along in 1934.")
    people = set().union(*(names(fam, e.people) for e in events(fam, "birth")))
    assert {"Cosimo", "Corwin", "Ignatz"} <= people


def test_a_subject_stranded_after_since_is_the_one_who_died() -> None:
    fam = read("My stepmother, Wilhelmina, lives alone since my dad, Aurick, passed "
               "away in 2017.")
    death, = events(fam, "death")
    assert names(fam, death.people) == {"Aurick"}
    assert death.when.year == 2017


def test_a_widowing_is_the_death_of_a_partner_named_before_it() -> None:
    fam = read("In 1920 Clotilde married Ignatz Brandl, a miller. In 1931 Clotilde was widowed "
               "at forty. Cosimo Dellow rented her back room. In 1934 Clotilde married Cosimo. "
               "Cosimo died of pneumonia in 1949.")
    deaths = {frozenset(names(fam, e.people[:1])): e.when.year for e in events(fam, "death")}
    assert deaths.get(frozenset({"Ignatz Brandl"})) == 1931
    assert deaths.get(frozenset({"Cosimo Dellow"})) == 1949


def test_finding_a_lost_parent_is_a_reunion() -> None:
    fam = read("My mother Honoria left when I was two. In 2004 I found my mother through an "
               "agency.")
    reunion, = events(fam, "reunion")
    assert "Honoria" in names(fam, reunion.people) and len(reunion.people) == 2
    assert reunion.when.year == 2004


def test_finding_someone_in_a_state_is_no_reunion() -> None:
    for text in ("Cosimo came home late and found his wife crying in the kitchen.",
                 "Hortense found her father dead on the kitchen floor.",
                 "Prosper found his son a job at the mill.",
                 "Leocadia found out about the letters in 1990."):
        assert not events(read(text), "reunion"), text


def test_moving_out_separates_from_the_spouse_not_the_lover() -> None:
    fam = read("My dad Ignatz had been seeing a woman called Honoria. In June he packed his "
               "things and moved out; he stays with Honoria now. My mother Clotilde cried for a "
               "week.")
    sep, = events(fam, "separation")
    assert names(fam, sep.people) == {"Ignatz", "Clotilde"}


def test_falling_in_love_while_married_is_an_affair() -> None:
    fam = read("Cosimo married Hortense in 1962. In 1979 Cosimo fell in love with Honoria Vance, "
               "a neighbour.")
    affair, = events(fam, "affair")
    assert names(fam, affair.people) == {"Cosimo", "Honoria Vance"}


def test_falling_in_love_unattached_is_no_affair() -> None:
    fam = read("Cosimo fell in love with Honoria Vance in 1950 and married her a year later.")
    assert not events(fam, "affair")


def test_a_shop_rented_and_partners_become_are_business() -> None:
    fam = read("In 1911 Cosimo rented a bakery on Vine Street. In 1936 Cosimo and Prosper became "
               "partners.")
    who = [names(fam, e.people) for e in events(fam, "business")]
    assert {"Cosimo"} in who and {"Cosimo", "Prosper"} in who


def test_a_baby_had_in_the_past_perfect_is_a_birth() -> None:
    fam = read("Prosper learned that Hortense had had a child before they met.")
    assert len(events(fam, "birth")) == 1


def test_a_business_handed_over_has_the_giver_and_the_taker() -> None:
    fam = read("After thirty years Hortense handed the bakery over to her niece Clotilde in 2009.")
    biz, = events(fam, "business")
    assert names(fam, biz.people) == {"Hortense", "Clotilde"} and biz.when.year == 2009


def test_a_letter_handed_over_is_no_business() -> None:
    assert not events(read("Hortense handed the letter to her niece Clotilde."), "business")


def test_a_guardianship_said_of_the_carer_is_over_the_identified_patient() -> None:
    fam = read("Client: Ysolde Marrick, 12F.\nHousehold: Client lives with her maternal "
               "grandmother, Eudora Marrick (70).\nGrandmother was granted legal guardianship "
               "in 2019.")
    custody = [names(fam, e.people) for e in events(fam, "custody")]
    assert {"Eudora Marrick", "Ysolde Marrick"} in custody


def _affairs(fam: Family) -> set[frozenset]:
    by_id = {p.id: p.label for p in fam.people}
    return {frozenset(by_id[i] for i in u.partners) for u in fam.unions if u.type == "affair"}


def test_whom_an_affair_is_with_is_a_person_whatever_the_noun() -> None:
    fam = read("My husband Baldric had an affair with his secretary. I found out in May.")
    assert _affairs(fam) == {frozenset({"Baldric", "his secretary"})}
    affair, = events(fam, "affair")
    assert names(fam, affair.people) == {"Baldric", "his secretary"}


def test_a_rare_name_that_has_an_affair_is_a_person() -> None:
    fam = read("Baldric began an affair with a colleague.")
    assert _affairs(fam) == {frozenset({"Baldric", "a colleague"})}


def test_his_affair_with_someone_is_his_whatever_verb_governs_it() -> None:
    fam = read("Her first marriage, to Cuthbert Tulle, ended in divorce; she says the divorce "
               "came after his affair with a colleague.")
    assert _affairs(fam) == {frozenset({"Cuthbert Tulle", "a colleague"})}
    affair, = events(fam, "affair")
    assert names(fam, affair.people) == {"Cuthbert Tulle", "a colleague"}


def test_with_on_the_verb_and_in_an_affair_still_name_the_lover() -> None:
    for text in ("The client read texts proving that Baldric was having an affair "
                 "with a colleague.",
                 "Her spouse, Baldric (47), was in an affair for two years with a colleague."):
        assert _affairs(read(text)) == {frozenset({"Baldric", "a colleague"})}, text


def test_an_affair_with_a_described_person_takes_the_name_the_phrase_sets_off() -> None:
    fam = read("The year I turned 17, Mom began an affair with a man from her choir, Tancred (55M). "
               "Dad found out in May.")
    assert any("Tancred" in pair for pair in _affairs(fam))
    assert not any("a man" in p.label for p in fam.people)
