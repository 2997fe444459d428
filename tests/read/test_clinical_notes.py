"""Clinical notes: titled surnames, shorthand unions and list entries (notes written for the test)."""

from __future__ import annotations

from genogram.model import Family
from genogram.read.engine import read_text
from tests.read.test_reader import parents_of, person


def test_mr_and_mrs_with_a_surname_are_the_husband_and_the_wife_who_bear_it() -> None:
    fam = read_text("Present were Bruno Kettleby (50), his wife Orsolya Kettleby (47), and their "
                    "son Corvo (15). Mrs. Kettleby's mother, Ysolde Prask (70), lives with them. "
                    "Mrs. Kettleby works nights. Mr. Kettleby drives a truck. His father, Ferrand "
                    "Kettleby, lives abroad.")
    bruno, orsolya = person(fam, "Bruno Kettleby"), person(fam, "Orsolya Kettleby")
    assert not any(p.name == "Kettleby" for p in fam.people)
    assert person(fam, "Ysolde Prask").id in parents_of(fam, orsolya.id)
    assert person(fam, "Ferrand Kettleby").id in parents_of(fam, bruno.id)


_STEP_NOTE = ("INTAKE NOTE\n"
              "Client: Ysmay Quill, 14, female.\n"
              "Informants: client; mother Lunetta Quill (40).\n"
              "Household: Client lives w/ mother and stepfather Jorvik Merriam (45), m. 2019.\n"
              "Stepfather's hx: m. 2001 to Cassady Merriam, div. 2012.\n")


def _couple_events(fam: Family) -> dict[str, set[frozenset[str]]]:
    out: dict[str, set[frozenset[str]]] = {}
    for e in fam.events:
        out.setdefault(e.type, set()).add(frozenset(e.people))
    return out


def _sibling_kind(fam: Family, a: str, b: str) -> str | None:
    pair = frozenset((person(fam, a).id, person(fam, b).id))
    return next((s.kind for s in fam.siblings if frozenset((s.a, s.b)) == pair), None)


def test_married_to_after_an_entrys_person_is_a_union_that_div_ends() -> None:
    fam = read_text(_STEP_NOTE)
    jorvik, cassady = person(fam, "Jorvik Merriam"), person(fam, "Cassady Merriam")
    (u,) = [u for u in fam.unions if set(u.partners) == {jorvik.id, cassady.id}]
    assert u.status == "divorced"
    events = _couple_events(fam)
    assert frozenset((jorvik.id, cassady.id)) in events["marriage"]
    assert frozenset((jorvik.id, cassady.id)) in events["divorce"]
    # the stepfather's ex is no parent of his stepdaughter
    assert cassady.id not in parents_of(fam, person(fam, "Ysmay Quill").id)


def test_a_bare_m_year_after_a_stepparent_is_his_marriage_to_the_mother() -> None:
    fam = read_text(_STEP_NOTE)
    jorvik, lunetta = person(fam, "Jorvik Merriam"), person(fam, "Lunetta Quill")
    assert _couple_events(fam)["marriage"] >= {frozenset((jorvik.id, lunetta.id))}
    assert any(set(u.partners) == {jorvik.id, lunetta.id} and u.status == "together"
               for u in fam.unions)


def test_their_children_listed_with_kin_shorthand_are_the_couples() -> None:
    fam = read_text(_STEP_NOTE.replace(
        "m. 2019.\n", "m. 2019, and their 2 children: half-bro Emeric (6), half-sis Perrine (3).\n"))
    couple = {person(fam, "Lunetta Quill").id, person(fam, "Jorvik Merriam").id}
    emeric, perrine = person(fam, "Emeric"), person(fam, "Perrine")
    assert parents_of(fam, emeric.id) == couple and parents_of(fam, perrine.id) == couple
    assert (emeric.gender, perrine.gender) == ("male", "female")
    assert _sibling_kind(fam, "Ysmay Quill", "Emeric") == "half"


def test_a_bracketed_maternal_plural_kin_word_makes_the_listed_names_the_mothers_siblings() -> None:
    fam = read_text("INTAKE NOTE\nClient: Ysmay Quill, 14, female.\n"
                    "Informants: client; mother Lunetta Quill (40).\nFamily hx:\n"
                    "- MGM Ondine Quill d. 2020.\n"
                    "- Mother's brothers (maternal uncles) Bastian (28) and Odo (26).\n")
    grandmother = person(fam, "Ondine Quill").id
    for uncle in ("Bastian", "Odo"):
        assert parents_of(fam, person(fam, uncle).id) == {grandmother}


def test_their_after_a_listed_man_and_his_wife_is_the_couple() -> None:
    fam = read_text("Attending today were Bruno Kettleby (50), his wife Orsolya Kettleby "
                    "(47), and their twin sons, Corvo and Emeric (17). Their older daughter, "
                    "Perrine (23), joined by video.")
    couple = {person(fam, "Bruno Kettleby").id, person(fam, "Orsolya Kettleby").id}
    assert parents_of(fam, person(fam, "Perrine").id) == couple


def test_a_couple_that_reconciled_after_separating_is_together() -> None:
    fam = read_text("Ivo Dane married Una Roe in 1990. In 2010 Ivo and Una separated for a year. "
                    "They reconciled in 2011.")
    (u,) = fam.unions
    assert u.status == "together"
    fam = read_text("Ivo Dane married Una Roe in 1990. In 2010 Ivo and Una separated for a year.")
    assert fam.unions[0].status == "separated"


def test_a_month_and_year_date_of_birth_dates_the_clients_birth() -> None:
    fam = read_text("Client: Aurelien Vautrin, DOB 04/2009 (15), male.\nDate: 01/14/2025.\n"
                    "Mother: Una Vautrin.")
    client = person(fam, "Aurelien Vautrin")
    assert client.birth_year == 2009
    assert any(e.type == "birth" and e.people == [client.id] for e in fam.events)


def test_never_married_to_mother_in_a_fathers_entry_makes_the_parents_unmarried() -> None:
    fam = read_text("Client: Aurelien Vautrin, 15, male.\nMother: Una Vautrin (31).\n"
                    "Father: Ivo Dane (34), never married to mother; lives in another state.")
    pair = {person(fam, "Una Vautrin").id, person(fam, "Ivo Dane").id}
    (u,) = [u for u in fam.unions if set(u.partners) == pair]
    assert u.type != "marriage"


def test_a_child_from_that_marriage_belongs_to_the_couple_just_named() -> None:
    fam = read_text(_STEP_NOTE.replace(
        "div. 2012.\n", "div. 2012. One daughter from that union, Perrine (13).\n"))
    perrine = person(fam, "Perrine")
    assert parents_of(fam, perrine.id) == {person(fam, "Jorvik Merriam").id,
                                           person(fam, "Cassady Merriam").id}
    assert _sibling_kind(fam, "Ysmay Quill", "Perrine") == "step"


def test_the_twins_in_a_gapped_birth_clause_are_one_birth_of_both() -> None:
    fam = read_text("Present were Bruno Kettleby (50), his wife Orsolya Kettleby (47), and their "
                    "twin sons, Corvo and Emeric (17). Mr. and Mrs. Kettleby married in 1999; "
                    "Perrine was born in 2000, and the twins in 2007.")
    corvo, emeric = person(fam, "Corvo"), person(fam, "Emeric")
    assert any(e.type == "birth" and set(e.people) == {corvo.id, emeric.id}
               and e.when is not None and e.when.year == 2007 for e in fam.events)
    assert corvo.birth_year == emeric.birth_year == 2007


def test_mr_and_mrs_with_one_surname_are_both_subjects() -> None:
    fam = read_text("Present were Bruno Kettleby (50) and his wife Orsolya Kettleby (47). Mr. and "
                    "Mrs. Kettleby married in 1999 and emigrated together in 2001.")
    pair = {person(fam, "Bruno Kettleby").id, person(fam, "Orsolya Kettleby").id}
    assert any(e.type == "move" and set(e.people) == pair for e in fam.events)
    assert len(fam.people) == 2


def test_a_range_of_weekdays_is_no_person() -> None:
    fam = read_text("Client: Aurelien Vautrin, 15, male.\nHousehold: lives w/ mother Una Vautrin "
                    "and stepfather Ivo Dane, who drives long-haul and is away Mon-Thu; mother "
                    "works weekends.")
    assert {p.name for p in fam.people} == {"Aurelien Vautrin", "Una Vautrin", "Ivo Dane"}


def test_a_square_bracketed_age_joins_the_name_to_its_role() -> None:
    # "[67]" is a note's "(67)": the name, its age and the role after the comma are one person
    text = ("Client: Yanko Pelgrim [16], male\nCustody: Hessel Dorn [67], maternal "
            "grandmother, has had custody from 2018\nGrandmother states client sleeps poorly.")
    fam = read_text(text)
    hessel = person(fam, "Hessel Dorn")
    said = [text[s:e] for s, e in hessel.mentions]
    assert "maternal grandmother" in said and hessel.age == 67


def test_mo_and_fa_are_the_patients_parents_in_a_note_that_uses_both() -> None:
    # "Mo" and "Fa" are a note's shorthand for the patient's parents when it uses both; the
    # writer's later "I" stays the writer
    text = ("Client: Ksawery Wolanski [13M]\nClinician: Zuriel Pembe, LCSW\nPresent: IP; Mo, "
            "Ksenia Wolanska [39].\nHistory: Fa, Ignaz Obuya [41], and Mo separated when IP "
            "was 4. Mo reports IP is withdrawn since Fa remarried.\nPlan: I will invite Fa to "
            "one session.")
    fam = read_text(text)
    client = person(fam, "Ksawery Wolanski")
    ksenia, ignaz = person(fam, "Ksenia Wolanska"), person(fam, "Ignaz Obuya")
    assert parents_of(fam, client.id) == {ksenia.id, ignaz.id}
    assert ignaz.gender == "male" and not any(p.name in ("Mo", "Fa") for p in fam.people)
    assert person(fam, "Zuriel Pembe").narrator


def test_mo_alone_is_a_name() -> None:
    fam = read_text("Client: Maelle Obuya (30F)\nMo, her ex-partner, visits on Sundays. Mo's "
                    "mother drives him.")
    assert person(fam, "Mo").gender == "male"


def test_a_titled_surname_beside_client_is_the_other_bearer_of_the_surname() -> None:
    # client and father share the surname; "Mr. Szalontai died …; client was six then" names
    # the father, since the client is named apart in the same sentence
    text = ("Client: Benedek Szalontai (16M)\nFamily: Client's father, Lorant Szalontai, stayed "
            "in the family home until 2015. Benedek Szalontai has not visited the grave. "
            "Mr. Szalontai died in 2011; client was six then.")
    fam = read_text(text)
    lorant, client = person(fam, "Lorant Szalontai"), person(fam, "Benedek Szalontai")
    assert lorant.deceased and not client.deceased
