"""More event forms: historical-present verbs the tagger reads as nouns, listed children with a
lone year, "bore him a son", "lost her to cancer", "took up with", and a "late" that is no death
(invented stories)."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def _person(fam: Family, label: str):
    return next(p for p in fam.people if p.label == label)


def _types_of(fam: Family, label: str) -> set[str]:
    pid = _person(fam, label).id
    return {e.type for e in fam.events if pid in e.people}


def test_historical_present_verb_tagged_as_a_noun_is_a_move() -> None:
    # the tagger reads "sails" / "emigrates" as a plural noun with the name as its compound
    for verb, prep in (("sails", "for"), ("emigrates", "to")):
        fam = read(f"Grandpa Halvard was born in 1908. In 1931 Halvard {verb} {prep} Canada.")
        move = next(e for e in fam.events if e.type == "move")
        assert move.people == [_person(fam, "Halvard").id]
        assert move.when.year == 1931


def test_plural_noun_after_a_name_is_no_event() -> None:
    fam = read("Grandpa Halvard was born in 1908. The neighbours sell apples at markets.")
    assert {e.type for e in fam.events} == {"birth"}


def test_second_subject_after_a_marriage_verb_is_the_spouse() -> None:
    # the parse makes "Hesketh" a second subject of "marries", after the verb
    fam = read("Their son Tibbald is born in 1953. 1980. Tibbald marries Mireth Hesketh, a "
               "pharmacist. Their daughter Tamsel is born in 1984.")
    wed = next(e for e in fam.events if e.type == "marriage")
    assert set(wed.people) == {_person(fam, "Tibbald").id, _person(fam, "Mireth Hesketh").id}


def test_listed_children_with_a_lone_year_are_births() -> None:
    fam = read("Tibbald and Velda have two children: Corvin (1929) and Idony (1932).")
    for name, year in (("Corvin", 1929), ("Idony", 1932)):
        birth = next(e for e in fam.events
                     if e.type == "birth" and _person(fam, name).id in e.people)
        assert birth.when.year == year
        assert _person(fam, name).birth_year == year


def test_lone_year_after_a_spouse_is_no_birth() -> None:
    fam = read("Tibbald married Velda Garrow (1950) in a chapel.")
    assert "birth" not in _types_of(fam, "Velda Garrow")
    assert _person(fam, "Velda Garrow").birth_year is None


def test_bore_him_a_son_is_a_birth() -> None:
    fam = read("Halvard married Theodora in 1946. Theodora bore him a son in 1950.")
    birth = next(e for e in fam.events if e.type == "birth")
    assert _person(fam, "Theodora").id in birth.people
    assert birth.when.year == 1950


def test_bore_a_loss_is_no_birth() -> None:
    fam = read("Theodora bore the loss bravely.")
    assert not fam.events


def test_lost_to_cancer_the_illness_is_the_lost_ones() -> None:
    fam = read("Halvard lost his wife Theodora to cancer in 1990.")
    assert _types_of(fam, "Theodora") == {"death", "illness"}
    assert "illness" not in _types_of(fam, "Halvard")


def test_lost_to_a_stroke_tells_no_illness() -> None:
    fam = read("Halvard lost his wife Theodora to a stroke in 1990.")
    assert {e.type for e in fam.events} == {"death"}


def test_took_up_with_is_an_affair_of_a_partnered_man() -> None:
    fam = read("My grandfather Halvard married Theodora in 1920. In 1928 Halvard took up with "
               "Lavinia, a seamstress.")
    affair = next(e for e in fam.events if e.type == "affair")
    assert set(affair.people) == {_person(fam, "Halvard").id, _person(fam, "Lavinia").id}


def test_took_up_a_craft_is_no_affair() -> None:
    fam = read("My grandfather Halvard married Theodora in 1920. Later he took up carpentry "
               "with his cousin Imogen.")
    assert "affair" not in {e.type for e in fam.events}


def test_worked_late_before_a_name_is_no_death() -> None:
    fam = read("When Mom worked late Aunt Velda came over and cooked supper.")
    velda = _person(fam, "Velda")
    assert not velda.deceased
    assert not fam.events


def test_the_late_before_a_name_is_still_a_death() -> None:
    fam = read("We buried my late husband Corvin in May.")
    assert _person(fam, "Corvin").deceased


def test_a_bequest_is_no_separation() -> None:
    fam = read("Halvard married Theodora in 1950. When he died in 2001 he had left his house to "
               "a shelter.")
    assert "separation" not in {e.type for e in fam.events}


def test_leaving_a_place_for_another_is_still_a_move() -> None:
    fam = read("In 1961 Halvard left Norway for Boston.")
    assert [e.type for e in fam.events] == ["move"]


def test_a_dated_present_tense_until_clause_in_a_chronicle_is_a_death() -> None:
    from genogram import read

    fam = read("Gwendolen nursed her uncle on the farm until Bertil dies in 1921.")
    deaths = [e for e in fam.events if e.type == "death"]
    assert len(deaths) == 1
    fam = read("She will nurse her uncle on the farm until Bertil dies.")
    assert not [e for e in fam.events if e.type == "death"]


def test_a_remarriage_never_weds_the_partner_one_never_married() -> None:
    from genogram import read

    fam = read("IP: Lena Ilic (15F).\nMother: Annemie Holt (34). Annemie and Lena's dad were "
               "never married.\nFather: Bartel Ilic (36), lives in Velmont. Married to Clemmie "
               "Vink.\nSummary: Father remarried and has a new family; distant.\n")
    names = {p.id: p.name for p in fam.people}
    weddings = [{names[x] for x in e.people} for e in fam.events if e.type == "marriage"]
    assert {"Annemie Holt", "Bartel Ilic"} not in weddings
