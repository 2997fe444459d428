"""Blended families and the clinical note's client: who the new partner's child belongs to,
whose child a remarried couple has, and which person a note's role label, pronouns and years
belong to. Every sentence is written for the test."""

from __future__ import annotations

from genogram import read
from tests.read.test_reader import parents_of, person

_REMARRIAGE = ("My father, Aksel, died when I was five. In 2004 my mom, Runa, married Edvin "
               "Moll, a quiet baker with a boy of his own, Mats. Mom and Edvin had my little "
               "brother Tobin in 2007.")


def test_the_new_partners_own_son_is_his_not_the_late_fathers() -> None:
    fam = read(_REMARRIAGE)
    mats, edvin, aksel = person(fam, "Mats"), person(fam, "Edvin Moll"), person(fam, "Aksel")
    assert edvin.id in parents_of(fam, mats.id)
    assert aksel.id not in parents_of(fam, mats.id)


def test_the_mother_marries_the_new_partner_not_the_narrator() -> None:
    fam = read(_REMARRIAGE)
    runa, edvin = person(fam, "Runa"), person(fam, "Edvin Moll")
    narrator = next(p for p in fam.people if p.narrator)
    couples = {frozenset(u.partners) for u in fam.unions}
    assert frozenset((runa.id, edvin.id)) in couples
    assert not any(narrator.id in c for c in couples)


def test_a_sibling_word_whose_name_is_tagged_a_verb_is_still_the_couples_child() -> None:
    # the small tagger reads "Tobin" after "brother" as a verb; the child is the couple's
    fam = read(_REMARRIAGE)
    tobin = person(fam, "Tobin")
    assert parents_of(fam, tobin.id) == {person(fam, "Runa").id, person(fam, "Edvin Moll").id}
    narrator = next(p for p in fam.people if p.narrator)
    kinds = {frozenset((s.a, s.b)): s.kind for s in fam.siblings}
    assert kinds[frozenset((narrator.id, tobin.id))] == "half"


def test_a_notes_bare_kin_word_owning_another_is_the_narrators() -> None:
    fam = read("I live with Dad and my stepmother Lene. Stepmother's daughter from a prior "
               "relationship, Fenna (14), stays every other weekend.")
    assert person(fam, "Lene").id in parents_of(fam, person(fam, "Fenna").id)


_NOTE = ("Client: Mrs. Ludmila Pavic-Brenn (\"Mila\"), 70 y/o female, widowed.\n"
         "Client's second husband, Oskar Brenn, died in 2023; married 2001. First marriage, to "
         "Goran Pavic (1975-1990), ended in divorce; she says his affair "
         "ended it, and that Goran remarried.\n"
         "Family of origin: Client born in Zagreb, emigrated 1979.")


def test_a_role_labels_name_is_the_client_from_the_first_line() -> None:
    fam = read(_NOTE)
    mila = person(fam, "Ludmila Pavic-Brenn")
    assert mila.gender == "female"
    assert person(fam, "Goran Pavic").id != mila.id


def test_a_verbless_first_marriage_in_a_note_is_the_clients_and_ended() -> None:
    fam = read(_NOTE)
    mila, goran = person(fam, "Ludmila Pavic-Brenn"), person(fam, "Goran Pavic")
    status = {frozenset(u.partners): u.status for u in fam.unions}
    assert status.get(frozenset((mila.id, goran.id))) == "divorced"


def test_an_ordinal_husband_keeps_the_name_given_to_him() -> None:
    fam = read(_NOTE)
    mila, oskar = person(fam, "Ludmila Pavic-Brenn"), person(fam, "Oskar Brenn")
    assert frozenset((mila.id, oskar.id)) in {frozenset(u.partners) for u in fam.unions}
    assert "Client's second husband" in oskar.descriptions


def test_a_year_of_a_joined_verb_does_not_date_the_birth() -> None:
    fam = read(_NOTE)
    assert person(fam, "Ludmila Pavic-Brenn").birth_year != 1979
    births = [e for e in fam.events if e.type == "birth"]
    assert all(e.when is None or e.when.year != 1979 for e in births)


def test_a_notes_subjectless_married_to_is_the_lines_person() -> None:
    fam = read("IP: Lena Ilic (15F).\nFather: Bartek Ilic (36), lives in Velmont. Married to Mirna "
               "Amo.\n")
    father, wife = person(fam, "Bartek Ilic"), person(fam, "Mirna Amo")
    assert frozenset((father.id, wife.id)) in {frozenset(u.partners) for u in fam.unions}


def test_children_listed_after_a_relative_clause_with_twins_inside_the_list() -> None:
    fam = read("Piet Vos married Wilma Dekker in 1920. They have four children who survived: Rolf "
               "(1921), the twins Dorit and Ulla (1923), and Pim (1929).")
    couple = {person(fam, "Piet Vos").id, person(fam, "Wilma Dekker").id}
    for kid in ("Rolf", "Dorit", "Ulla", "Pim"):
        assert parents_of(fam, person(fam, kid).id) == couple
    kinds = {frozenset((s.a, s.b)): s.kind for s in fam.siblings}
    rolf, pim = person(fam, "Rolf").id, person(fam, "Pim").id
    dorit, ulla = person(fam, "Dorit").id, person(fam, "Ulla").id
    assert kinds[frozenset((dorit, ulla))] == "twin"
    assert kinds[frozenset((rolf, pim))] != "twin"


def test_a_bracketed_year_after_an_earlier_name_does_not_date_the_next() -> None:
    fam = read("Piet Vos married Wilma Dekker in 1920. Between them they had three sons: Rolf "
               "(1921), the twins Jon and Ulf (1925).")
    assert person(fam, "Jon").birth_year == 1925
    assert person(fam, "Rolf").birth_year == 1921


def test_an_affair_partner_named_in_apposition_to_an_unknown_noun() -> None:
    fam = read("Anton Weil had an affair with his bookkeeper, Hanne, whom he married two years "
               "later.")
    anton, hanne = person(fam, "Anton Weil"), person(fam, "Hanne")
    assert frozenset((anton.id, hanne.id)) in {frozenset(u.partners) for u in fam.unions}


def test_taking_or_finding_an_indefinite_spouse_is_a_marriage_of_the_subject() -> None:
    fam = read("Sander took a wife in 1920. Mette found a husband in Arnhem.")
    sander, mette = person(fam, "Sander"), person(fam, "Mette")
    partnered = {p for u in fam.unions for p in u.partners}
    assert sander.id in partnered and mette.id in partnered
    assert frozenset((sander.id, mette.id)) not in {frozenset(u.partners) for u in fam.unions}


def test_places_shops_and_weekdays_are_not_people() -> None:
    fam = read("Most Tuesdays Casimir and I drive to the lake. The shop I own, Ruck Hardware, was "
               "my father's. My uncle worked the Osprey Mine for thirty years.")
    names = {p.name for p in fam.people if p.name}
    assert names == {"Casimir"}


def test_a_name_and_a_possessed_parent_with_a_plural_verb_are_two_subjects() -> None:
    fam = read("IP: Lena Ilic (15F).\nMother: Cara Holt (34). Cara and Lena's dad were never "
               "married.\nFather: Bartek Ilic (36), lives in Velmont.\n")
    cara, bartek = person(fam, "Cara Holt"), person(fam, "Bartek Ilic")
    types = {frozenset(u.partners): u.type for u in fam.unions}
    assert types.get(frozenset((cara.id, bartek.id))) not in (None, "marriage")
    assert not parents_of(fam, cara.id)  # no "father of Cara" is made up


def test_a_child_had_by_someone_has_them_as_the_other_parent() -> None:
    fam = read("Elna had a son, Oddvin, by her first husband, Lars Holm.")
    assert parents_of(fam, person(fam, "Oddvin").id) == {person(fam, "Elna").id,
                                                      person(fam, "Lars Holm").id}


def test_two_moms_named_in_apposition_are_both_parents() -> None:
    fam = read("We see Bastian and his two moms, Ragne and Tilde, every Sunday.")
    bastian = person(fam, "Bastian")
    assert parents_of(fam, bastian.id) == {person(fam, "Ragne").id, person(fam, "Tilde").id}


def test_a_guardian_who_is_not_a_parent_is_a_caregiver() -> None:
    fam = read("Nina lost her parents in 2001. Her aunt Signy became her legal guardian.")
    nina, signy = person(fam, "Nina"), person(fam, "Signy")
    kinds = {(c.parent, c.child): c.kind for c in fam.children}
    assert kinds.get((signy.id, nina.id)) == "caregiver"
    fam = read("Nina lost her parents in 2001. Signy never became her guardian.")
    assert not fam.children or all(c.parent != person(fam, "Signy").id for c in fam.children)


def test_a_notes_guardianship_belongs_to_the_identified_patient() -> None:
    fam = read("IP: Rick Brekke (12M). MGM holds legal guardianship as of 2019.")
    rick = person(fam, "Rick Brekke")
    assert any(c.child == rick.id and c.kind == "caregiver" for c in fam.children)


def test_a_stepfather_called_my_dad_is_not_merged_with_the_late_father() -> None:
    fam = read("My father passed away in 2001. Three years on, my mom married my stepdad Egil. "
               "Egil is my real dad now.")
    egil = person(fam, "Egil")
    narrator = next(p for p in fam.people if p.narrator)
    kinds = {c.parent: c.kind for c in fam.children if c.child == narrator.id}
    assert kinds.get(egil.id) == "step"
    assert sum(k == "biological" for k in kinds.values()) == 2


def test_a_name_after_a_kin_title_is_a_known_name_word() -> None:
    # the word is then a name wherever else it stands, however the tagger reads it there
    from genogram.read.document import parse
    from genogram.read.mentions import _known_name_words
    from genogram.text import decode_story

    doc = parse(decode_story(b"Years later the grandchildren called him Daddy Quillon.", name="t"))
    assert "Quillon" in _known_name_words(doc)


def test_a_gapped_find_gives_the_subject_a_wife() -> None:
    fam = read("Josef Fenwick was born in 1890. He finds lodging in Derby, then work at a mill, and "
               "then, in 1917, a wife, Ona Pyle.")
    josef, ona = person(fam, "Josef Fenwick"), person(fam, "Ona Pyle")
    assert frozenset((josef.id, ona.id)) in {frozenset(u.partners) for u in fam.unions}


def test_completing_an_adoption_makes_an_adoptive_tie() -> None:
    fam = read("My wife (30F) and I (32M) completed the adoption of our boy Ruprecht (4M) in May.")
    ruprecht = person(fam, "Ruprecht")
    kinds = [c.kind for c in fam.children if c.child == ruprecht.id]
    assert kinds == ["adoptive", "adoptive"]


def test_his_in_a_we_clause_is_not_the_narrators_partner() -> None:
    fam = read("My husband (36M) and I (33M) completed the adoption of our boy Ruprecht (5M). We "
               "became his guardians in 2021. His birth mom lives in Graz.")
    ruprecht = person(fam, "Ruprecht")
    birth_mom = next(p for p in fam.people if "his birth mom" in p.descriptions)
    assert birth_mom.id in {c.parent for c in fam.children if c.child == ruprecht.id}


def test_a_place_someone_is_taken_to_is_not_a_person() -> None:
    fam = read("Wanda refused to sell the farm. She died in Valmora in 1966. In 2019 she took "
               "the boys to Valmora.")
    assert {p.name for p in fam.people if p.name} == {"Wanda"}


def test_a_stepfather_is_not_the_fathers_partner() -> None:
    # only the father is known: the stepfather is the unnamed mother's partner
    fam = read("My dad left when I was two. The man I called Dad growing up was my "
               "stepfather, Benedek.")
    assert not fam.unions


def test_one_who_calls_the_child_a_stepchild_married_its_parent_whatever_the_genders() -> None:
    fam = read("I (52M) met my husband Benedek (47M) in 2015. Benedek adopted his son Kornel "
               "when Kornel was four. Kornel (17M) is my stepson.")
    me = next(p for p in fam.people if p.narrator)
    assert [set(u.partners) for u in fam.unions] == [{me.id, person(fam, "Benedek").id}]
