"""Clinical notes (read/frames/): the role word, one mother and father, possessives, stated
identity, people made from abbreviations and form words that are not people. Notes invented
for these tests."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def named(fam: Family, name: str):
    hits = [p for p in fam.people if p.name == name or name in p.aliases]
    assert len(hits) == 1, [(p.name, p.descriptions) for p in fam.people]
    return hits[0]


def parents_of(fam: Family, pid: str) -> set[str]:
    return {c.parent for c in fam.children if c.child == pid}


def covering(fam: Family, text: str, phrase: str):
    """The person one of whose mentions is exactly the first occurrence of ``phrase``."""
    a = text.index(phrase)
    hits = [p for p in fam.people if [a, a + len(phrase)] in [list(s) for s in p.mentions]]
    assert len(hits) == 1, phrase
    return hits[0]


def test_every_bare_client_is_the_one_identified_patient() -> None:
    text = ("Adult Intake Summary\n"
            "Reason for referral: Client is a 52-year-old male referred by his physician.\n"
            "Client's name is Ambrose Tulliver.\n"
            "Marital history: Client married Odile Fenn in 1998; they divorced in 2010.\n"
            "Plan: Client will attend weekly sessions.\n")
    fam = read(text)
    ambrose = named(fam, "Ambrose Tulliver")
    assert ambrose.age == 52
    assert not any(p.name in ("Client", "Intake", "Summary") for p in fam.people)
    odile = named(fam, "Odile Fenn")
    assert any(set(u.partners) == {ambrose.id, odile.id} for u in fam.unions)


def test_an_unnamed_mother_and_the_named_mother_label_are_one_woman() -> None:
    text = ("Progress Note\n"
            "Client: Lorcan Abernethy, 15M.\n"
            "Presenting concerns: Client has been withdrawn since his mother moved out.\n"
            "Mother (Philippa Abernethy, 44) lives across town. Client visits her on Sundays.\n"
            "Father: Quentin Abernethy, 47.\n")
    fam = read(text)
    lorcan, philippa = named(fam, "Lorcan Abernethy"), named(fam, "Philippa Abernethy")
    assert covering(fam, text, "his mother").id == philippa.id
    assert parents_of(fam, lorcan.id) == {philippa.id, named(fam, "Quentin Abernethy").id}


def test_a_possessive_in_a_note_belongs_to_the_subject_of_its_clause() -> None:
    text = ("Intake\n"
            "Client: Bettina Quist, 30F.\n"
            "Mother: Corliss Quist, 58. Father: Quirin Quist, 60.\n"
            "Family history: Mother reports depression in her father and anxiety in her "
            "daughter.\n")
    fam = read(text)
    bettina, corliss = named(fam, "Bettina Quist"), named(fam, "Corliss Quist")
    # "her daughter" is the mother's daughter: the client, not a new person
    assert covering(fam, text, "her daughter").id == bettina.id
    grandfather = covering(fam, text, "her father")
    assert grandfather.id not in (bettina.id, corliss.id, named(fam, "Quirin Quist").id)
    assert grandfather.id in parents_of(fam, corliss.id)


def test_a_stated_nonbinary_identity_outweighs_kin_words() -> None:
    text = ("PSYCHOSOCIAL ASSESSMENT\n"
            "Client: Sasha Verhoeven, 17. Client identifies as nonbinary and uses they/them "
            "pronouns.\n"
            "Father: Maarten Verhoeven (50). Father still calls client \"my daughter.\"\n")
    fam = read(text)
    assert named(fam, "Sasha Verhoeven").gender == "nonbinary"


def test_grandparents_named_only_by_abbreviation_are_people() -> None:
    text = ("Genogram notes\n"
            "IP: Wendell Ashgrove, 11M.\n"
            "Mother: Tamsin Ashgrove, 36.\n"
            "Family history: MGF with hx of alcohol use; MGM d. 2019.\n")
    fam = read(text)
    tamsin = named(fam, "Tamsin Ashgrove")
    mgf, mgm = covering(fam, text, "MGF"), covering(fam, text, "MGM")
    assert mgf.gender == "male" and mgm.gender == "female"
    assert mgm.deceased and mgm.death_year == 2019
    assert parents_of(fam, tamsin.id) == {mgf.id, mgm.id}


def test_a_kin_title_in_quotes_does_not_outrank_a_stated_grandmother() -> None:
    text = ("Child Intake\n"
            "Client: Ambrosia Brandt, 10F. Lives with her maternal grandmother, Henrietta "
            "Brandt (66), and her partner, Gwendolyn Sayer (61).\n"
            "Client calls Ms. Sayer \"Nana Gwen.\"\n"
            "Mother: Isolde Brandt, 33.\n"
            "Family history: Grandmother reports that she raised Mother alone.\n")
    fam = read(text)
    isolde, henrietta = named(fam, "Isolde Brandt"), named(fam, "Henrietta Brandt")
    assert henrietta.id in parents_of(fam, isolde.id)
    assert named(fam, "Gwendolyn Sayer").id not in parents_of(fam, isolde.id)


def test_a_capitalised_word_inside_a_section_label_is_not_a_person() -> None:
    text = ("Intake\n"
            "IP: Benedikt Ross, 14M.\n"
            "Foster care hx: IP placed in foster care for 6 months in 2019.\n"
            "Mother: Greta Ross, 35.\n")
    fam = read(text)
    assert not any(p.name == "Foster" for p in fam.people)


def test_a_hyphenated_surname_is_one_name_and_not_the_stepfathers() -> None:
    text = ("Intake\n"
            "IP: Rafe Lindgren-Moss, 8M.\n"
            "Household: IP lives with mother (Dagny Lindgren, 35) and stepfather (Hollis Moss, "
            "41).\n")
    fam = read(text)
    rafe = named(fam, "Rafe Lindgren-Moss")
    assert rafe.age == 8 and rafe.gender == "male"
    hollis = named(fam, "Hollis Moss")
    assert hollis.id != rafe.id and hollis.age == 41


def test_children_listed_after_a_label_are_all_the_patients_children() -> None:
    text = ("SOAP NOTE\n"
            "Pt: Veronika Sallow, 40F.\n"
            "S: Pt reports stress at work. Children: Aurelio (14M) and Bettany (9F), both living "
            "with pt. Pt states Aurelio is doing well.\n")
    fam = read(text)
    veronika = named(fam, "Veronika Sallow")
    for kid in ("Aurelio", "Bettany"):
        assert veronika.id in parents_of(fam, named(fam, kid).id)


def test_a_relatives_label_names_the_siblings_of_that_relative() -> None:
    text = ("Genogram notes\n"
            "IP: Cosmo Merriweather, 10M.\n"
            "Mother: Larkin Merriweather, 37.\n"
            "Mother's siblings: Miriam (33) and Emrys (30).\n"
            "Stepfather's FOO: parents Ansel (69) and Rowena (66) Pike.\n"
            "Stepfather: Jory Pike, 42.\n")
    fam = read(text)
    larkin = named(fam, "Larkin Merriweather")
    cosmo = named(fam, "Cosmo Merriweather")
    for sib in ("Miriam", "Emrys"):
        s = named(fam, sib)
        assert s.id not in parents_of(fam, cosmo.id)
        assert any({x.a, x.b} == {s.id, larkin.id} for x in fam.siblings) or (
            parents_of(fam, s.id) & parents_of(fam, larkin.id))
