"""A clinical note's relationship verdicts, on small notes written for these tests: fragments with
no subject (the identified patient is meant), "w/" for "with", and clinical cue words."""

from __future__ import annotations

from genogram import read
from genogram.model import Family

_NOTE = ("IP: Brisa Quell (14F). Lives w/ mother Ondine Quell (40) and brother Tavish (17).\n"
         "Relationships: {}\n")


def links(fam: Family) -> set[tuple[frozenset[str], str]]:
    return {(frozenset((fam.person(x.a).label, fam.person(x.b).label)), x.type)
            for x in fam.links}


def note(verdict: str) -> set[tuple[frozenset[str], str]]:
    return links(read(_NOTE.format(verdict)))


def test_enmeshed_with_a_parent_is_fused_with_the_patient() -> None:
    assert (frozenset(("Brisa Quell", "Ondine Quell")), "fused") in note("Enmeshed w/ mother.")


def test_no_contact_with_a_named_parent_is_cutoff() -> None:
    got = note("No contact w/ father Corwin Quell since 2019.")
    assert (frozenset(("Brisa Quell", "Corwin Quell")), "cutoff") in got


def test_strong_attachment_to_a_grandparent_is_close() -> None:
    got = note("Strong attachment to grandmother Ysolde Marrin (70).")
    assert (frozenset(("Brisa Quell", "Ysolde Marrin")), "close") in got


def test_a_conflictual_relationship_with_a_bare_kin_word_is_the_patients_relative() -> None:
    assert (frozenset(("Brisa Quell", "Tavish")), "conflict") in note(
        "Conflictual relationship w/ brother.")


def test_declining_contact_is_distant() -> None:
    got = note("Father Corwin Quell lives out of state. Pt declines phone contact with Corwin.")
    assert (frozenset(("Brisa Quell", "Corwin Quell")), "distant") in got


def test_getting_along_well_with_a_stepparent_is_close() -> None:
    got = note("Gets along well with stepfather Odo Larkspur.")
    assert (frozenset(("Brisa Quell", "Odo Larkspur")), "close") in got


def test_a_list_after_the_cue_gives_each_person_a_link() -> None:
    got = note("Close bond w/ mother and brother.")
    assert {(frozenset(("Brisa Quell", "Ondine Quell")), "close"),
            (frozenset(("Brisa Quell", "Tavish")), "close")} <= got


def test_a_fragment_that_opens_with_people_is_about_them() -> None:
    got = note("Mother in conflict w/ father Corwin Quell over custody.")
    assert (frozenset(("Ondine Quell", "Corwin Quell")), "conflict") in got
    assert not any("Brisa Quell" in p and "Corwin Quell" in p for p, _t in got)


def test_a_denied_cue_gives_no_link() -> None:
    assert note("Denies conflict w/ brother.") == set()


def test_a_story_without_a_patient_is_not_read_as_a_note() -> None:
    fam = read("Ondine and Tavish live in town. Strong attachment to Fenwick, they say.")
    assert links(fam) == set()


def test_no_contact_with_the_patient_is_about_the_sections_person() -> None:
    fam = read("IP: Brisa Quell (14F). Lives w/ mother Ondine Quell (40).\n"
               "Father: Corwin Quell (44). Incarcerated since 2020. No contact with pt by court "
               "order.\n")
    assert (frozenset(("Corwin Quell", "Brisa Quell")), "cutoff") in links(fam)


def test_a_hyphenated_dyad_takes_the_quality_beside_it() -> None:
    fam = read("IP: Brisa Quell (14F). Lives w/ mother Ondine Quell (40) and stepfather Corwin "
               "Quell.\nObservations: Stepfather-IP relationship strained. Mother-IP bond close.\n")
    got = links(fam)
    assert (frozenset(("Corwin Quell", "Brisa Quell")), "conflict") in got
    assert (frozenset(("Ondine Quell", "Brisa Quell")), "close") in got


def test_a_dyad_without_a_quality_word_gives_no_link() -> None:
    fam = read("IP: Brisa Quell (14F). Lives w/ mother Ondine Quell (40).\n"
               "Plan: Mother-IP sessions weekly.\n")
    assert links(fam) == set()


def test_a_verdict_with_nobody_after_it_in_a_relatives_section() -> None:
    fam = read("IP: Brisa Quell (14F). Lives w/ mother Ondine Quell (40).\n"
               "Father: Corwin Quell (44), lives out of state. IP refuses most calls.\n")
    assert (frozenset(("Corwin Quell", "Brisa Quell")), "distant") in links(fam)


def test_a_verdict_in_a_section_with_a_plural_label_gives_no_link() -> None:
    fam = read("IP: Brisa Quell (14F). Lives w/ mother Ondine Quell (40).\n"
               "Siblings: Tavish (17) and Wenna (12). IP refuses most calls.\n")
    assert not any(t == "distant" for _p, t in links(fam))


def test_a_one_word_verdict_after_a_sentence_about_a_relative() -> None:
    fam = read("IP: Brisa Quell (14F). Lives w/ mother Ondine Quell (40).\n"
               "Summary: Father Corwin Quell remarried with a second family; distant.\n")
    assert (frozenset(("Corwin Quell", "Brisa Quell")), "distant") in links(fam)


def test_no_contact_after_a_reported_statement_is_not_the_reporters() -> None:
    fam = read("IP: Brisa Quell (14F). Lives w/ mother Ondine Quell (40).\n"
               "Summary: Mother states the father left early; no contact.\n")
    assert not any("Ondine Quell" in p for p, _t in links(fam))
