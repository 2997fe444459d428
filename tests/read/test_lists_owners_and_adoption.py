"""Lists of children, owners of "the son of A and B", adoption by a spouse and names spoken to
the narrator (sentences invented for the test)."""

from __future__ import annotations

from genogram.model import Family
from genogram.read.engine import read_text
from tests.read.test_reader import parents_of, person


def kids_of(fam: Family, name: str) -> set[str]:
    pid = person(fam, name).id
    by_id = {p.id: p.name for p in fam.people}
    return {by_id[c.child] for c in fam.children if c.parent == pid}


def test_only_the_children_who_lived_are_listed_after_the_count() -> None:
    fam = read_text("Dragan and Ludmila came over in 1921. They had six children, but only "
                    "four lived: Radek, Jolanta, Bronek and Mila.")
    assert kids_of(fam, "Dragan") == {"Radek", "Jolanta", "Bronek", "Mila"}
    assert kids_of(fam, "Ludmila") == {"Radek", "Jolanta", "Bronek", "Mila"}


def test_a_list_of_kin_phrases_each_with_its_name() -> None:
    fam = read_text("My great-grandparents, Dragan and Ludmila Wrona, came over in 1921. They had "
                    "five children, but only three lived: my grandfather Radek, his sister "
                    "Jolanta, and the baby, Bronek.")
    assert kids_of(fam, "Ludmila Wrona") == {"Radek", "Jolanta", "Bronek"}


def test_an_age_run_into_a_possessed_kin_phrase_is_not_its_count() -> None:
    fam = read_text("When I was six my mom married Goran.")
    mom = [p for p in fam.people if p.name is None and p.gender == "female"]
    assert len(mom) == 1
    goran = person(fam, "Goran").id
    assert any(goran in u.partners and mom[0].id in u.partners for u in fam.unions)
    # the marriage came when the narrator was six: the mother's husband is a step-father
    assert [c.kind for c in fam.children if c.parent == goran] == ["step"]


def test_who_adopted_me_makes_the_antecedent_an_adoptive_parent() -> None:
    fam = read_text("When I was six my mom married Goran, who adopted me.")
    goran = person(fam, "Goran").id
    assert [c.kind for c in fam.children if c.parent == goran] == ["adoptive"]


def test_the_birth_father_is_not_the_man_who_adopted_the_narrator() -> None:
    text = ("Mom had me at nineteen. My father was a boy from her school who left before I "
            "was born. When I was six she married Goran, who adopted me.")
    fam = read_text(text)
    father = text.index("My father")
    goran = person(fam, "Goran")
    assert all(s != father for s, _e in goran.mentions)
    assert [c.kind for c in fam.children if c.parent == goran.id] == ["adoptive"]


def test_a_given_name_opening_a_quote_calls_the_narrator() -> None:
    fam = read_text("Mom had me when she was nineteen. We lived above a laundromat.\n\n"
                    "\u201cSabina, come eat,\u201d Mom would shout from the porch, and I would "
                    "come running.")
    sabina = person(fam, "Sabina")
    assert sabina.narrator


def test_a_note_fragment_married_to_someone_since_a_year_under_a_client_label() -> None:
    fam = read_text("Client: Hektor Vrba, 45 M. Married to Tilde Vrba (44) since 2003. "
                    "Two children: Uwe (15) and Mila (11).\n")
    assert {frozenset(u.partners) for u in fam.unions} == {
        frozenset((person(fam, "Hektor Vrba").id, person(fam, "Tilde Vrba").id))}
    assert kids_of(fam, "Tilde Vrba") == {"Uwe", "Mila"}


def test_the_son_of_two_named_parents_has_both() -> None:
    fam = read_text("Hektor, the son of Ludmila and Goran Vrba, was born in 1950.")
    assert len(parents_of(fam, person(fam, "Hektor").id)) == 2


def test_twins_listed_under_a_half_sibling_label_with_their_parents() -> None:
    fam = read_text("Half-siblings: twins Mila and Radek Vrba [12], the children of Ludmila Vrba "
                    "and Goran Vrba.\n")
    assert kids_of(fam, "Goran Vrba") == {"Mila", "Radek Vrba"}


def test_counted_sons_named_one_sentence_each_beside_a_film_title() -> None:
    fam = read_text("Goran had two boys. Radek was twelve and played the trumpet badly. Dragan "
                    "was nine and quoted cartoons all day, mostly Bambi.\n")
    assert kids_of(fam, "Goran") == {"Radek", "Dragan"}


def test_a_named_baby_born_the_sentence_after_a_wedding_is_the_couples() -> None:
    for text in ("Goran married Jolanta in 1988. Radek was born in 1990.",
                 "Goran and I grew up on one street. In 1988 he married Jolanta at the town "
                 "hall. Radek came along in 1990."):
        fam = read_text(text)
        assert parents_of(fam, person(fam, "Radek").id) == {
            person(fam, "Goran").id, person(fam, "Jolanta").id}, text


def test_someone_met_before_born_after_a_wedding_is_not_its_baby() -> None:
    fam = read_text("Radek was born in 1889 in a village by the sea. Years later Goran married "
                    "Jolanta in 1964. Jolanta once visited the village where Radek was born.")
    assert not parents_of(fam, person(fam, "Radek").id)


def test_a_child_placed_with_a_couple_through_foster_care() -> None:
    fam = read_text("Jolanta married Goran in 2009. In 2012 Radek was placed with them by the "
                    "foster care agency, aged three.")
    assert kids_of(fam, "Goran") == {"Radek"}
    assert {c.kind for c in fam.children} == {"foster"}


def test_the_children_who_survived_infancy_are_listed() -> None:
    fam = read_text("In 1876 Goran married Ludmila. They had seven children, of whom five survived "
                    "infancy: Radek (1877), Jolanta (1879), Bronek (1882), Mila (1886) and "
                    "Wanda (1890).")
    assert kids_of(fam, "Goran") == {"Radek", "Jolanta", "Bronek", "Mila", "Wanda"}
