"""Entries of a case note: the identified child under a heading, union shorthand without "to",
children listed after a union, lists with semicolons, headings and call-names (notes invented for
the test)."""

from __future__ import annotations

import pytest

from genogram.model import Family
from genogram.read.engine import read_text
from tests.read.test_reader import person


def parents(fam: Family, name: str) -> set[str | None]:
    child = person(fam, name).id
    label = {p.id: p.name for p in fam.people}
    return {label[c.parent] for c in fam.children if c.child == child}


def couple(fam: Family, a: str, b: str):
    pa, pb = person(fam, a).id, person(fam, b).id
    return next((u for u in fam.unions if set(u.partners) == {pa, pb}), None)


@pytest.mark.parametrize("head", ["IDENTIFIED CHILD\nKalle Vesa, DOB 03/04/2015 (8).",
                                  "Identified child: Kalle Vesa, DOB 03/04/2015 (8)."])
@pytest.mark.parametrize("entry", ["Mother: Dorrit Vesa (29).",
                                   "Mother, Dorrit Vesa (29), was located at a shelter."])
def test_the_identified_child_owns_the_bare_kin_labels(head: str, entry: str) -> None:
    fam = read_text(f"{head}\n\n{entry}\n")
    assert "Dorrit Vesa" in parents(fam, "Kalle Vesa")


def test_union_shorthand_without_to_and_the_children_listed_after_it() -> None:
    fam = read_text("IP: Kalle Vesa (8).\n\nMaternal family: Pirkko m. Jorma Saari 1985; div. "
                    "1997. Two children: Tapio (33) and Dorrit (29).\n")
    u = couple(fam, "Pirkko", "Jorma Saari")
    assert u is not None and u.status == "divorced"
    assert parents(fam, "Tapio") == {"Pirkko", "Jorma Saari"}
    assert parents(fam, "Dorrit") == {"Pirkko", "Jorma Saari"}


def test_married_to_after_a_semicolon_is_about_the_sentence_subject() -> None:
    fam = read_text("IP: Kalle Vesa (8).\n\nTapio Saari (33), maternal uncle, is a sergeant "
                    "posted in Oulu; m. to Riikka (31), no children.\n")
    assert couple(fam, "Tapio Saari", "Riikka") is not None


def test_a_semicolon_list_is_not_an_apposition() -> None:
    text = ("IP: Kalle Vesa (8).\n\nPirkko's own father left in 1966. Jorma Saari drank.\n\n"
            "- Paternal absence (Pirkko's father; Jorma; Kalle's father).\n")
    fam = read_text(text)
    assert all("father" not in text[s:e] for s, e in person(fam, "Jorma Saari").mentions)
    assert "Jorma Saari" not in parents(fam, "Pirkko")


def test_a_kin_word_in_an_all_capitals_heading_is_nobody() -> None:
    fam = read_text("NORTH SHORE CHILDREN & FAMILY SERVICES\n\nIP: Kalle Vesa (8).\n\n"
                    "Mother: Dorrit Vesa (29).\n")
    assert not [p for p in fam.people if p.name is None]


def test_a_call_name_title_of_a_neighbour_is_no_parent() -> None:
    fam = read_text('IP: Kalle Vesa (8).\n\nA neighbor, Leevi Saari (71), whom Kalle calls '
                    '"Papa Leevi," watches him after school. No relation.\n')
    assert parents(fam, "Kalle Vesa") == set()
    assert any(k.type == "fictive-kin" for k in fam.links)


def test_a_call_name_title_of_someone_else_is_no_aunt() -> None:
    fam = read_text('IP: Kalle Vesa (8).\n\nKalle stays with his friend Leevi and Leevi\'s '
                    'mother, Ms. Helmi Saari, whom client calls "Tia Helmi." Ms. Saari is not '
                    'a relative.\n')
    helmi = person(fam, "Helmi Saari")
    assert not [c for c in fam.children if helmi.id in (c.parent, c.child)
                and person(fam, "Kalle Vesa").id in (c.parent, c.child)]


@pytest.mark.parametrize("name", ["Nadia Saari", "Natalie Saari", "Nanette Saari"])
def test_a_label_name_that_starts_like_n_a_or_none_is_still_named(name: str) -> None:
    fam = read_text(f"Client: Kalle Vesa | DOB: 03/14/1986 (38)\n\nMother: {name} (68).\n")
    assert name in parents(fam, "Kalle Vesa")


COUPLE_NOTE = ('Clients: Tapio ("Tapsa") Saari, DOB 06/03/1976 [47]; Helmi Saari, DOB '
               '11/19/1979 [44]\n\nPRESENTING PROBLEM\nT reports conflict over H\'s son.\n\n'
               'FAMILY OF ORIGIN - TAPIO\nBorn Turku. F Jorma Saari, d. 2009 [61]. M Pirkko '
               '[72] moved to Oulu in 1989 w/ T and his older brother, Kalle. T calls M daily.'
               '\n\nFAMILY OF ORIGIN - HELMI\nBorn Vaasa. M Saara Lind [66], retired nurse.\n')


def test_a_couple_notes_initials_stand_for_its_clients() -> None:
    fam = read_text(COUPLE_NOTE)
    tapio = person(fam, "Tapio")
    assert sum(COUPLE_NOTE[s:e] == "T" for s, e in tapio.mentions) >= 2


def test_one_letter_parents_under_a_family_of_origin_heading_belong_to_its_owner() -> None:
    fam = read_text(COUPLE_NOTE)
    assert parents(fam, "Tapio") == {"Jorma Saari", "Pirkko"}
    assert parents(fam, "Kalle") == {"Jorma Saari", "Pirkko"}
    assert parents(fam, "Helmi") == {"Saara Lind"}


def test_hyphenated_pairs_of_people_in_a_note_are_no_person() -> None:
    text = COUPLE_NOTE + ("\nPATTERNS\n- Cutoff: T-Kalle (since 2012).\n- Triangles: T-H-Pirkko."
                          "\n- EtOH: F.\n")
    fam = read_text(text)
    assert not [p for p in fam.people if p.name and ("-" in p.name or p.name == "EtOH")]


def test_a_language_after_a_name_and_note_shorthand_are_no_name_words() -> None:
    fam = read_text("Elias Kennedy married Petra in 1884. Petra taught Elias Spanish and kept the "
                    "books.")
    assert [p.name for p in fam.people if p.name] == ["Elias Kennedy", "Petra"]
    fam = read_text("IP: Kalle Vesa (8).\n\nHx EtOH in both grandfathers.\n")
    assert [p.name for p in fam.people if p.name] == ["Kalle Vesa"]


def test_a_death_after_a_kin_phrase_with_a_possessor_is_the_relative_s_and_widows_the_marriage(
        ) -> None:
    fam = read_text("INTAKE\nClient: Ilse Brandvold (41F), self-referred.\n"
                    "Household: client; husband Odin Rask (44M), m. 2021.\n"
                    "Client's first husband, Tormod Brandvold, d. 2016 (overdose).\n")
    ilse, tormod = person(fam, "Ilse Brandvold"), person(fam, "Tormod Brandvold")
    assert not ilse.deceased
    assert tormod.deceased and tormod.death_year == 2016
    first = couple(fam, "Ilse Brandvold", "Tormod Brandvold")
    assert first is not None and first.status == "widowed"
    assert couple(fam, "Ilse Brandvold", "Odin Rask").status == "together"


@pytest.mark.parametrize("label", ["Student", "Child", "Youth"])
def test_a_school_or_child_welfare_label_names_the_identified_child(label: str) -> None:
    fam = read_text(f"{label}: Mira Tolk, 15 y/o F, grade 10.\nMother: Kaja Tolk (33), in tx.\n"
                    "Sibs: Iris Tolk, 7 F, maternal half-sister.\n")
    assert parents(fam, "Mira Tolk") == {"Kaja Tolk"}
    names = {p.name for p in fam.people}
    assert {"Mira Tolk", "Kaja Tolk", "Iris Tolk"} <= names and not names & {"F", "M"}
    assert not any(p.gender == "male" and p.name is None for p in fam.people)  # "7 F" no father


def test_an_identifying_heading_with_the_role_among_other_words_names_the_patient() -> None:
    fam = read_text("IDENTIFYING INFORMATION / IP\nTove Berg (15), 9th grade, lives w/ mother.\n\n"
                    "HOUSEHOLD\n- Ulla Berg (44), mother, pharmacist.\n")
    assert parents(fam, "Tove Berg") == {"Ulla Berg"}


def test_a_month_abbreviation_after_since_is_no_person() -> None:
    text = ("IP: Tove Berg (14).\nThree absences since Jan, another in Aug 2023. "
            "Her uncle Jan Brekke visits.\n")
    fam = read_text(text)
    assert [p.name for p in fam.people if p.name and p.name.startswith(("Jan", "Aug"))] == [
        "Jan Brekke"]
    assert min(s for s, _ in person(fam, "Jan Brekke").mentions) >= text.index("Her uncle")


def test_an_entry_s_stepfather_word_and_its_marriage_shorthand_after_a_full_stop() -> None:
    fam = read_text("IP: Tove Berg (14).\nHOUSEHOLD\n- Ulla Berg (44), mother, pharmacist.\n"
                    '- Kjell "Bo" Lind (51), stepfather, bus driver. m. Ulla 2020. Close '
                    "to IP.\n")
    assert couple(fam, "Ulla Berg", "Kjell Lind") is not None
    tove, kjell = person(fam, "Tove Berg"), person(fam, "Kjell Lind")
    (tie,) = [c for c in fam.children if c.parent == kjell.id and c.child == tove.id]
    assert tie.kind == "step"
    assert len(fam.people) == 3


def test_dated_shorthand_with_the_spouse_named_before_the_year_and_a_remarriage() -> None:
    fam = read_text("IP: Tove Berg (14).\nNON-RESIDENT PARENT\n- Kjell Berg (46), bio father, "
                    "sales mgr. m. Ulla Berg 2007, sep. 2015, div. 2016. Remarried 2018 to Iris "
                    "(32). They have one dtr, Clara (3), IP's half-sister.\n")
    kjell, ulla, iris = (person(fam, n).id for n in ("Kjell Berg", "Ulla Berg", "Iris"))
    events = {(e.type, frozenset(e.people)) for e in fam.events}
    for type_ in ("marriage", "separation", "divorce"):
        assert (type_, frozenset((kjell, ulla))) in events
    assert ("marriage", frozenset((kjell, iris))) in events
    assert couple(fam, "Kjell Berg", "Ulla Berg").status == "divorced"


def test_pt_opening_a_sentence_is_the_patient_and_a_kin_noun_before_a_name_labels_it() -> None:
    fam = read_text("PSYCHOSOCIAL ASSESSMENT\nPt: Gustav Henning, 78 y/o M, admitted for CHF.\n"
                    "Family: Pt is widowed (wife Wiebke d. 2019). Two adult children: son Jorrit "
                    "(52); daughter Brenda (49), local, divorced. Pt has one sister, Anna (81).\n"
                    "Pt's son and daughter have been estranged since their mother's funeral. "
                    "Grandson Maarten (17) is close to pt and visits weekly.\n")
    gustav = person(fam, "Gustav Henning")
    assert not any(p.name == "Pt" for p in fam.people)
    assert parents(fam, "Jorrit") == {"Gustav Henning", "Wiebke"}
    assert "grandson" in [d.lower() for d in person(fam, "Maarten").descriptions]
    assert couple(fam, "Gustav Henning", "Wiebke").status == "widowed"
    assert gustav.gender == "male"


def test_a_closing_quote_ends_a_note_clause_before_the_next_death() -> None:
    fam = read_text("IP: Gustav Henning (80).\nPt and older brother Sjoerd raised by MGM. "
                    'F rem. 1952; pt calls stepmother "strict, but fair." '
                    "Sjoerd d. 2001, cancer.\n")
    assert person(fam, "Sjoerd").deceased and not person(fam, "Gustav Henning").deceased


def test_short_label_lines_are_no_story_title() -> None:
    fam = read_text("GENOGRAM NOTES\nIP: Tove Berg (9M)\nMother: Clara Berg\nFather: Kjell Lind\n"
                    "Maternal Grandmother: Iris Holm\n")
    assert parents(fam, "Tove Berg") == {"Clara Berg", "Kjell Lind"}
    assert parents(fam, "Clara Berg") == {"Iris Holm"}


def test_a_labelled_note_without_a_named_patient_still_reads_its_entries() -> None:
    from genogram.read.engine import read_text

    fam = read_text(
        "FAMILY MAP\n"
        "Maternal grandfather: Dragan Wrona, retired miner, d. 2019. Married Ludmila in 1975.\n"
        "Father of Radek and Bronek: Goran Vrba, 39, welder. Married Jolanta 2010, divorced 2018.\n"
        "Mother: Jolanta Wrona, 36.\n")
    names = {p.id: p.name for p in fam.people}
    pairs = {frozenset(names[x] for x in u.partners): u.status for u in fam.unions}
    assert pairs.get(frozenset({"Dragan Wrona", "Ludmila"})) in ("widowed", "together")
    assert pairs.get(frozenset({"Goran Vrba", "Jolanta Wrona"})) == "divorced"
    # the father's one marriage, over now, is the one his child came from
    assert "Radek" in {names[c.child] for c in fam.children if names[c.parent] == "Jolanta Wrona"}


def test_now_deceased_after_a_name_is_about_that_name() -> None:
    from genogram.read.engine import read_text

    fam = read_text("ADMISSION NOTE\nPatient: Jolanta Vrba, 67F, hip fracture.\n"
                    "Spouse: Goran Vrba, 70.\n"
                    "Parents died when pt was small; pt then lived with her godmother Wanda, now "
                    "deceased.\n")
    people = {p.name: p for p in fam.people}
    assert people["Wanda"].deceased
    assert not people["Jolanta Vrba"].deceased


def test_the_writer_a_note_is_signed_by_is_its_i() -> None:
    from genogram.read.engine import read_text

    text = ("HOME VISIT REPORT\nVisit date: 05/11/2024\nPrepared by: Wanda Vrba, LMSW\n"
            "Mother: Jolanta Wrona, 38.\nMGM: Ludmila Wrona, 61.\n\n"
            "The flat was clean and the children were at school. Later that week I met Mother "
            "at the library; she asked for help with the rent.\n")
    fam = read_text(text)
    writer = next(p for p in fam.people if p.name == "Wanda Vrba")
    assert writer.narrator
    assert {seg.narrator for seg in fam.narration} == {writer.id}


def test_a_note_whose_only_i_is_quoted_has_no_narrator() -> None:
    from genogram.read.engine import read_text

    text = ("SCHOOL REFERRAL\nDate: 03/02/2024\nCounselor: Wanda Vrba, M.Ed.\n"
            "Student: Mila Wrona, 14 y/o F.\nMGM: Ludmila Wrona, 61.\n\n"
            "Student said: \"I cook for my brothers most nights. I like it.\"\n")
    fam = read_text(text)
    assert {seg.narrator for seg in fam.narration} == {None}
