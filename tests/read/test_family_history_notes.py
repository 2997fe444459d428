"""Clinical family-history notes: an age and sex tag glued to its period ("52F."), the
tag before a bracketed name ("61M (Zdravko)"), a "Proband:" label, sides of the family,
counted relatives with an age each, ages after bare kin nouns, and "lives with wife" (notes
invented for the test)."""

from __future__ import annotations

from genogram.analyze.kinship import describe, relationship
from genogram.model import Family
from genogram.read.engine import read_text
from tests.read.test_reader import person


def labelled(fam: Family, label: str):
    hits = [p for p in fam.people if p.label == label]
    assert len(hits) == 1, [p.label for p in fam.people]
    return hits[0]


def parents(fam: Family, pid: str) -> set[str]:
    label = {p.id: p.label for p in fam.people}
    return {label[c.parent] for c in fam.children if c.child == pid}


def word(fam: Family, a: str, b: str) -> str | None:
    rel = relationship(fam, a, b)
    return None if rel is None else describe(rel)


def test_a_tag_before_its_period_ends_the_sentence() -> None:
    # spaCy keeps "52F." as one word, running the tag's sentence into the next one, so the
    # patient became the "mother" of the family history
    fam = read_text("Patient: Gudmunda, 52F. Family history: mother deceased at 71 (stroke). "
                    "Father 80, COPD.")
    patient = person(fam, "Gudmunda")
    mother = labelled(fam, "mother")
    assert mother.id != patient.id and mother.deceased
    assert parents(fam, patient.id) == {"mother", "Father"}
    assert labelled(fam, "Father").age == 80
    assert patient.gender == "female" and patient.age == 52


def test_a_tag_before_a_bracketed_name_opens_the_note() -> None:
    fam = read_text("61M (Zdravko) seen today for chest pain. Family history: father, angina; "
                    "mother alive, 84, arthritis.")
    zdravko = person(fam, "Zdravko")
    assert zdravko.gender == "male" and zdravko.age == 61
    assert parents(fam, zdravko.id) == {"father", "mother"}
    assert labelled(fam, "mother").age == 84


def test_proband_is_a_patient_label() -> None:
    fam = read_text("Proband: Ognian, 7M. Father's sister was deaf from birth.")
    aunt = labelled(fam, "Father's sister")
    assert word(fam, person(fam, "Ognian").id, aunt.id) in ("aunt", "paternal aunt")


def test_a_named_side_picks_the_parent_of_that_gender() -> None:
    text = "Client: Helga, 30F. Paternal grandmother had a stroke at 60. Mother is well."
    fam = read_text(text)
    assert parents(fam, labelled(fam, "Mother").id) == set()
    fam = read_text(text, implied_people=True)
    grandmother = labelled(fam, "Paternal grandmother")
    middle = [c.child for c in fam.children if c.parent == grandmother.id]
    assert len(middle) == 1 and fam.person(middle[0]).gender == "male"


def test_one_relative_with_an_age_is_the_patients() -> None:
    fam = read_text("Client: Helga, 30F. One brother, 27, lives abroad.")
    brother = labelled(fam, "One brother")
    assert brother.age == 27
    assert word(fam, person(fam, "Helga").id, brother.id) == "brother"


def test_counted_relatives_with_an_age_each_are_that_many_people() -> None:
    fam = read_text("Edwin has three sons (4, 7, 9).")
    sons = [p for p in fam.people if p.label == "three sons"]
    assert sorted(p.age for p in sons) == [4, 7, 9]
    assert all(parents(fam, p.id) == {"Edwin"} for p in sons)
    fam = read_text("Roderick and his wife dropped off their children (9F, 5M) for the weekend.")
    kids = [p for p in fam.people if p.label == "their children"]
    assert sorted((p.age, p.gender) for p in kids) == [(5, "male"), (9, "female")]


def test_a_notes_bare_counted_children_are_the_patients() -> None:
    fam = read_text("Hartwig (57M), widowed 2019. Three daughters (20, 24, 29) from his "
                    "marriage.")
    daughters = [p for p in fam.people if p.label == "Three daughters"]
    assert len(daughters) == 3 and all(parents(fam, p.id) == {"Hartwig"} for p in daughters)


def test_a_notes_named_children_stay_with_their_listed_parents() -> None:
    # the counted group names its members; they are not the patient's children
    fam = read_text("IP: Branwen Moss (8).\n\nMaternal family: Ursula m. Radovan Kell 1979. Two "
                    "children: Edwin (40) and Helga (36).\n")
    assert parents(fam, person(fam, "Edwin").id) == {"Ursula", "Radovan Kell"}


def test_lives_with_wife_in_a_note() -> None:
    fam = read_text("Radovan (66M), retired, lives with wife in a flat.")
    wife = labelled(fam, "wife")
    assert any(set(u.partners) == {wife.id, person(fam, "Radovan").id} for u in fam.unions)


def test_a_sex_first_tag_gives_sex_and_age() -> None:
    fam = read_text("Oyelade is a 35-year-old woman; she resides with partner (M, 37). Pt's "
                    "sister d. 2010.")
    oyelade = person(fam, "Oyelade")
    partner = labelled(fam, "partner")
    assert partner.gender == "male" and partner.age == 37
    assert any(set(u.partners) == {partner.id, oyelade.id} for u in fam.unions)
    assert word(fam, oyelade.id, labelled(fam, "Pt's sister").id) == "sister"


def test_a_stage_of_life_after_as_is_no_person() -> None:
    fam = read_text("Grandpa had rickets as a boy. He married Ursula in 1950.")
    assert [p.label for p in fam.people if "boy" in p.label] == []


def test_with_shorthand_reads_as_with() -> None:
    # spaCy takes "w/" for a name (a compound of the next noun) unless it reads "with"
    fam = read_text("Edwin (58M), widowed, resides w/ daughter (31).")
    daughter = labelled(fam, "daughter")
    assert daughter.age == 31 and parents(fam, daughter.id) == {"Edwin"}


def test_a_wife_lived_with_is_the_subjects() -> None:
    fam = read_text("Client: Helga, 30F.\n- Roderick Vance (44), older brother, lives in Zagreb "
                    "w/ wife and 3 children.\n")
    wife = labelled(fam, "wife")
    assert any(set(u.partners) == {wife.id, person(fam, "Roderick Vance").id}
               for u in fam.unions)


def test_counted_children_with_someone_are_theirs() -> None:
    fam = read_text("Client: Helga, 30F. Children: Two sons w/ Radovan, Edwin (15) and "
                    "Roderick (12).")
    for son in ("Edwin", "Roderick"):
        assert parents(fam, person(fam, son).id) == {"Helga", "Radovan"}


def test_a_forum_tag_after_a_bare_kin_word_makes_it_the_posters() -> None:
    fam = read_text("Husband (40M) keeps forgetting my birthday. Bro (38M) thinks it is "
                    "funny.")
    me = next(p for p in fam.people if p.narrator)
    husband, bro = labelled(fam, "Husband"), labelled(fam, "Bro")
    assert husband.age == 40
    assert any(set(u.partners) == {me.id, husband.id} for u in fam.unions)
    assert word(fam, me.id, bro.id) == "brother"
