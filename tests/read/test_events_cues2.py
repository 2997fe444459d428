"""Event phrasings beyond the plain verbs: setting out for a place, a note's admission, a
business owned by a date, "my parents split up"; and their look-alikes that are no events."""

from __future__ import annotations

import pytest

from genogram import read
from genogram.model import Family


def told(fam: Family) -> list[tuple[str, set[str]]]:
    by_id = {p.id: p.label for p in fam.people}
    return [(e.type, {by_id[i] for i in e.people}) for e in fam.events]


@pytest.mark.parametrize(("story", "type_", "who"), [
    ("Ivo shipped out of Naples for Peru in 1902.", "move", {"Ivo"}),
    ("Agnes sailed for Portugal in 1903.", "move", {"Agnes"}),
    ("Client: Hugo (44M). MGM admitted 07/22 (sepsis).", "illness", {"MGM"}),
    ("Agnes was admitted in March 2021 for sepsis.", "illness", {"Agnes"}),
    ("By 1937 Ivo owned a shoe shop.", "business", {"Ivo"}),
    ("My mom is Agnes and my dad is Ivo. My folks split up when I was ten.", "separation",
     {"Agnes", "Ivo"}),
    ("My mom is Agnes and my dad is Ivo. My parents divorced in 1999.", "divorce",
     {"Agnes", "Ivo"}),
])
def test_phrasing_is_an_event(story: str, type_: str, who: set[str]) -> None:
    got = [w for t, w in told(read(story)) if t == type_]
    assert got and who <= got[0], told(read(story))


@pytest.mark.parametrize("story", [
    "Ivo admitted he lied.",
    "Agnes admitted her mistake.",
    "Agnes admitted to drinking.",
    "Ivo owned a farm.",
    "Hugo headed for the door.",
])
def test_look_alike_is_no_event(story: str) -> None:
    assert told(read(story)) == []


@pytest.mark.parametrize(("story", "who"), [
    ("Ivo married Agnes in 1955. In 1956 the couple walked over the hills to Peru.",
     {"Ivo", "Agnes"}),
    ("It took four years to bring Agnes and Hugo to Quebec.", {"Agnes", "Hugo"}),
    ("In 1940 Ivo took Agnes and Hugo to Peru to grow corn.", {"Ivo", "Agnes", "Hugo"}),
    ("In 1971 Ivo went to Chile to see his brother, and he stayed.", {"Ivo"}),
])
def test_taken_or_gone_to_a_place_is_a_move(story: str, who: set[str]) -> None:
    got = [w for t, w in told(read(story)) if t == "move"]
    assert got and who <= got[0], told(read(story))


@pytest.mark.parametrize("story", [
    "My mother Agnes took me to Lisbon to meet my grandfather.",
    "In 1950 Ivo went to Chile to visit his brother.",
    "Ivo took Hugo to Paris for a week.",
    "Ivo took the car to Boston.",
])
def test_a_trip_is_no_move(story: str) -> None:
    assert [t for t, _w in told(read(story)) if t == "move"] == []


def test_killed_in_a_conjunct_after_another_verb() -> None:
    got = told(read("Ivo enlisted in 1940 and was killed in Burma in 1944."))
    assert ("death", {"Ivo"}) in got and ("job", {"Ivo"}) in got


@pytest.mark.parametrize(("story", "type_", "who"), [
    ("In 1990 the court sent Hugo to his aunt Tilde.", "custody", {"Hugo", "Tilde"}),
    ("In 1990 Hugo was sent to his aunt Tilde.", "custody", {"Hugo", "Tilde"}),
    ("In 1990 Ivo sent Hugo to Quebec.", "move", {"Hugo"}),
])
def test_sent_to_a_carer_or_a_place(story: str, type_: str, who: set[str]) -> None:
    got = [w for t, w in told(read(story)) if t == type_]
    assert got == [who], told(read(story))


@pytest.mark.parametrize("story", [
    "Ivo gave it to his mother.",
    "In 1990 Agnes sent a letter to her aunt Tilde.",
])
def test_a_thing_handed_over_is_no_custody(story: str) -> None:
    assert told(read(story)) == []


@pytest.mark.parametrize(("story", "who"), [
    ("In 1979 Hugo left on a cargo steamer from Quebec with Oswin.", {"Hugo"}),
    ("In 1954 Ivo went north with the herds.", {"Ivo"}),
    ("In 2020 Tilde moved back to her parents' house.", {"Tilde"}),
    ("Ivo and Agnes had two children: Hugo (29), a cook in Quebec, and Tilde (25), who returned "
     "to the family home when her lease ran out.", {"Tilde"}),
])
def test_leaving_by_boat_going_south_or_back_home_is_a_move(story: str, who: set[str]) -> None:
    got = [w for t, w in told(read(story)) if t == "move"]
    assert got == [who], told(read(story))


@pytest.mark.parametrize("story", [
    "Ivo went south for the winter.",
    "Tilde returned to her house after work.",
    "Ivo left on the train every morning.",
])
def test_a_daily_going_is_no_move(story: str) -> None:
    assert [t for t, _w in told(read(story)) if t == "move"] == []


def test_a_lasting_illness_of_one_described_by_who() -> None:
    got = told(read("Ivo was previously married to Agnes Lind, who died in 2013 of kidney "
                    "cancer after twenty years of marriage."))
    assert ("illness", {"Agnes Lind"}) in got and ("death", {"Agnes Lind"}) in got


@pytest.mark.parametrize("story", [
    "Ivo passed in 1951, Agnes in 1960.",
    "Ivo died in 1951 and Agnes in 1960.",
])
def test_gapped_death_hung_on_the_date_or_set_off_by_a_comma(story: str) -> None:
    fam = read(story)
    by_id = {p.id: p.label for p in fam.people}
    got = {(by_id[e.people[0]], e.when.year) for e in fam.events if e.type == "death"}
    assert got == {("Ivo", 1951), ("Agnes", 1960)}


def test_a_name_after_the_date_with_a_verb_of_its_own_is_no_gapped_death() -> None:
    got = told(read("My dad Ivo died in February and Agnes said we had to move."))
    assert [w for t, w in got if t == "death"] == [{"Ivo"}]


def test_meeting_someone_unnamed_is_no_reunion_with_the_partner() -> None:
    got = told(read("Agnes married Ivo in 1934. Their daughter Tilde had three children whom "
                    "her mother never met until 1971."))
    assert [w for t, w in got if t == "reunion"] == []
    got = told(read("Agnes married Ivo in 1934. Agnes did not meet her father Hugo until 1971."))
    assert [w for t, w in got if t == "reunion"] == [{"Agnes", "Hugo"}]
