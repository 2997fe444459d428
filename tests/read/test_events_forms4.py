"""Event forms of stop 22 (invented stories): a spouse the parser took for an indirect object
("wed Ana three months after"), "fell pregnant", "came into the world", money squandered or a
mortgage paid off, custody awarded by a court, "disowned", "infidelity", "carried on with",
living with a partner, "eventually met his birth father", a partner thrown out; and a note's
illness shorthand ("Dx COPD 2019", "Mother hx depression", "has a history of")."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def _events(fam: Family, type_: str) -> list[list[str]]:
    return [[fam.person(p).label for p in e.people] for e in fam.events if e.type == type_]


def test_a_spouse_parsed_as_an_indirect_object_is_still_married() -> None:
    fam = read("Roderick wed Ursula six weeks after the funeral.")
    assert _events(fam, "marriage") == [["Roderick", "Ursula"]]
    assert len(fam.unions) == 1


def test_rare_names_in_slots_only_people_fill_are_people() -> None:
    # a spouse parsed as an indirect object, the owner of an infidelity, one awarded custody
    fam = read("Hartwig wed Gudmunda two weeks after the flood.")
    assert _events(fam, "marriage") == [["Hartwig", "Gudmunda"]]
    fam = read("Ambrogio's infidelity with Zsófi ended the marriage.")
    assert _events(fam, "affair") == [["Ambrogio", "Zsófi"]]
    fam = read("The court awarded Teodorik full custody of his daughter Aurelka after the divorce.")
    assert _events(fam, "custody") == [["Teodorik", "Aurelka"]]


def test_fell_pregnant_is_a_pregnancy_of_its_subject() -> None:
    # parsed with "pregnant" as an adverb of "fell"
    fam = read("Ingrith fell pregnant at sixteen.")
    assert _events(fam, "pregnancy") == [["Ingrith"]]


def test_came_into_the_world_is_a_birth() -> None:
    fam = read("My niece Wendeborg came into the world two weeks early, in 1988.")
    assert _events(fam, "birth") == [["Wendeborg"]]
    assert not _events(read("Wendeborg came into the kitchen at noon."), "birth")


def test_money_squandered_or_a_mortgage_paid_off_is_financial() -> None:
    fam = read("Dragomir squandered his inheritance at the card tables.")
    assert _events(fam, "financial") == [["Dragomir"]]
    # an unresolved "we" of a narrator with no partner known: the narrator at least
    fam = read("I'm Sigrunn (61F) and we finally paid off the mortgage this spring.")
    assert _events(fam, "financial") == [["Sigrunn"]]
    assert not _events(read("Dragomir paid off the taxi driver."), "financial")


def test_custody_awarded_goes_to_the_one_awarded_and_the_child() -> None:
    fam = read("The court awarded Edwin full custody of his daughter Ursula after the divorce.")
    assert _events(fam, "custody") == [["Edwin", "Ursula"]]


def test_disowning_is_a_cutoff_event() -> None:
    fam = read("Branimira disowned her son Quirino when he converted.")
    assert _events(fam, "other") == [["Branimira", "Quirino"]]


def test_infidelity_with_someone_is_an_affair() -> None:
    fam = read("Roderick's infidelity with Helga ended the marriage.")
    assert _events(fam, "affair") == [["Roderick", "Helga"]]


def test_carried_on_with_is_an_affair_only_of_one_partnered() -> None:
    fam = read("Ursula carried on with Edwin for years, and her husband never knew.")
    assert _events(fam, "affair") == [["Ursula", "Edwin"]]
    assert not read("The wedding party carried on with music until dawn.").events
    assert not _events(read("Ursula, unmarried, carried on with Edwin for years."), "affair")


def test_living_with_a_partner_since_is_cohabitation() -> None:
    fam = read("Ingrith has been living with her partner, Hartwig, since the summer they "
               "met.")
    assert _events(fam, "cohabitation") == [["Ingrith", "Hartwig"]]
    fam = read("Helga went to live with Reinhold, her boyfriend, above his shop in Kiel.")
    assert _events(fam, "cohabitation") == [["Helga", "Reinhold"]]
    fam = read("After the war Ingrith went to live with her aunt Gudmunda in Kiel.")
    assert not _events(fam, "cohabitation")


def test_finally_meeting_ones_own_kin_is_a_reunion() -> None:
    fam = read("Zsófi finally met her birth mother, Aurelka, at a café in Ouessant.")
    assert _events(fam, "reunion") == [["Zsófi", "Aurelka"]]
    assert not read("Zsófi finally met her boyfriend's mother at Easter.").events


def test_a_partner_thrown_out_is_a_separation() -> None:
    fam = read("Branimira threw her husband Dragomir out after the third warning.")
    assert _events(fam, "separation") == [["Branimira", "Dragomir"]]
    assert not _events(read("Branimira threw the letters out in 1979."), "separation")


def test_a_notes_diagnosis_is_an_illness_of_the_one_named() -> None:
    fam = read("Pt Quirino, 71M: Dx COPD 2019, uses an inhaler.")
    (event,) = [e for e in fam.events if e.type == "illness"]
    assert [fam.person(p).label for p in event.people] == ["Quirino"]
    assert event.when is not None and event.when.year == 2019
    assert "COPD" in event.summary


def test_a_notes_history_is_an_illness_of_the_entry_or_the_subject() -> None:
    fam = read("Mother: Ingrith Sturla, 58. Long hx of alcohol misuse.")
    assert _events(fam, "illness") == [["Ingrith Sturla"]]
    fam = read("Edwin has a history of depression.")
    assert _events(fam, "illness") == [["Edwin"]]


def test_a_denied_or_headed_history_is_no_illness() -> None:
    for text in ("Client: Ingrith Sturla (15). No prior psychiatric hx.",
                 "Client: Ingrith Sturla (15).\nHx: Client was a keen reader.",
                 "Client: Ingrith Sturla (15). History of parentification since age 9.",
                 "Client: Ingrith Sturla (15). Family hx:\n- none known"):
        assert not _events(read(text), "illness"), text


def test_a_once_told_name_the_tagger_calls_a_person_is_one_as_a_verbs_subject() -> None:
    # one occurrence, no kin word, no known given name: the entity tagger and the clause agree
    fam = read("Mehrnaz won the lottery that autumn.")
    assert _events(fam, "financial") == [["Mehrnaz"]]
    # a note's fronted adjectives are no subject's name
    fam = read("Mother: Helga Sturla (44). Quiet, tidy, apologized twice.")
    assert [p.label for p in fam.people] == ["Helga Sturla"]


def test_unfaithful_with_someone_is_an_affair_with_that_one() -> None:
    fam = read("Ursula was unfaithful to her husband with Edwin for a year.")
    assert _events(fam, "affair") == [["Ursula", "Edwin"]]


def test_contact_cut_off_with_someone_is_a_cutoff_of_that_one() -> None:
    fam = read("Helga cut off every contact with her father, Reinhold, after the trial.")
    assert _events(fam, "other") == [["Helga", "Reinhold"]]


def test_living_with_an_illness_is_an_illness() -> None:
    assert _events(read("Roderick has lived with HIV for half his life."), "illness") == [["Roderick"]]
    fam = read("Helga has been living with Edwin, her partner, since 2004.")
    assert not _events(fam, "illness") and _events(fam, "cohabitation")


def test_engaged_to_whom_in_a_place() -> None:
    fam = read("Roderick, to whom Ursula had become engaged in Lisbon, sailed for Madeira.")
    assert _events(fam, "engagement") == [["Ursula", "Roderick"]]
    assert not read("Edwin was engaged in a lawsuit with the council.").events


def test_a_denial_before_the_last_stop_does_not_deny_the_history() -> None:
    fam = read("Client: Ilsabet Kroon (15).\nMother: Anke Kroon, 41. No contact, hx depression.")
    assert _events(fam, "illness") == [["Anke Kroon"]]


def test_a_history_on_another_persons_line_is_not_the_patients() -> None:
    fam = read("Client: Ilsabet Kroon (15).\nFather: no contact; hx depression.")
    assert all("Ilsabet Kroon" not in people for people in _events(fam, "illness"))
