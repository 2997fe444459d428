"""A rare given name (no entry in the name lexicon) read as a person from what it does: the
subject of a life event or a family feeling ("drowned", "emigrated", "dotes on"), of "passed
away", of a passive only people undergo ("was killed"), or of a clause with its own "his"/"her"
kin word; "tied the knot"; one joined by "and" to its own kin phrase. A fronted word set off by
a comma is no such subject ("Tired, tearful, apologized" in a note). Invented sentences."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def _names(fam: Family) -> set[str]:
    return {p.name for p in fam.people if p.name}


def test_subject_of_a_life_event_verb_is_a_person() -> None:
    for sentence in ("Wiraqucha drowned in the mill race in 1931.",
                     "Wiraqucha emigrated to Chile with two cousins.",
                     "Wiraqucha was baptised in the river chapel."):
        assert "Wiraqucha" in _names(read(sentence)), sentence


def test_subject_of_passed_away_is_a_person_and_dies() -> None:
    fam = read("Ludovit passed away in his chair, aged ninety.")
    assert "Ludovit" in _names(fam)
    assert [e.type for e in fam.events] == ["death"]


def test_passive_subject_of_killed_is_a_person() -> None:
    fam = read("Kusikuyllur was killed at the front in 1952.")
    assert "Kusikuyllur" in _names(fam)
    assert fam.people[0].deceased


def test_subject_with_its_own_kin_word_is_a_person() -> None:
    fam = read("Benedikta has always doted on her little brother Ludovit.")
    assert {"Benedikta", "Ludovit"} <= _names(fam)
    fam = read("Szabina visited her aunt in the hospital every week.")
    assert "Szabina" in _names(fam)


def test_a_couple_that_tied_the_knot_are_people() -> None:
    fam = read("Kusikuyllur and Wiraqucha tied the knot at the town hall.")
    assert {"Kusikuyllur", "Wiraqucha"} <= _names(fam)


def test_a_fronted_adjective_before_a_comma_is_no_name() -> None:
    fam = read("Mother attended the session. Tired, tearful, apologized for being late.")
    assert "Tired" not in _names(fam)


def test_a_rare_name_paired_with_its_own_kin_phrase_is_a_person() -> None:
    fam = read("Ludovit and his sister Szabina are very close.")
    assert {"Ludovit", "Szabina"} <= _names(fam)
    fam = read("Wiraqucha and her little brother fight constantly.")
    assert "Wiraqucha" in _names(fam)


def test_own_kin_after_a_preposition_on_the_object_or_complement() -> None:
    # "a falling-out with his cousin", "dependent on her mother", "his aunt Orsika" with the name
    # parsed as the head of the object
    for sentence, name in (
            ("Wiraqucha had a falling-out with his cousin about the will.",
             "Wiraqucha"),
            ("Kusikuyllur is still dependent on her mother.", "Kusikuyllur"),
            ("Wiraqucha hardly knows his aunt Orsika; she lives in Lima.", "Wiraqucha")):
        assert name in _names(read(sentence)), sentence


def test_a_rare_name_tagged_as_a_place_is_a_person_when_it_drowns_or_weds() -> None:
    # what no place does, whatever the entity tagger made of the name
    for sentence in ("Wiraqucha drowned when the ferry sank.",
                     "Kusikuyllur emigrated in 1936 on a cargo ship.",
                     "Kusikuyllur enrolled at the nursing school in 1974."):
        assert len(read(sentence).people) == 1, sentence


def test_the_partner_slot_after_with_or_to_names_a_person() -> None:
    for sentence in ("Vendelin was a baker in Sopron. His affair with Wiraqucha lasted a decade.",
                     "Vendelin was a baker in Sopron. He had a fling with Wiraqucha that summer.",
                     "Vendelin was a baker in Sopron. He was betrothed to Wiraqucha in 1988."):
        assert "Wiraqucha" in _names(read(sentence)), sentence


def test_the_one_divorced_from_is_a_person() -> None:
    fam = read("Szabina has been divorced from Radovan for years.")
    assert {"Szabina", "Radovan"} <= _names(fam)
    assert [u.status for u in fam.unions] == ["divorced"]
