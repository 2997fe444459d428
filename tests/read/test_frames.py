"""The list register of clinical notes (read/frames/), on short notes written for these tests."""

from __future__ import annotations

from genogram import read
from genogram.model import Family
from genogram.read.document import parse
from genogram.read.frames import read_frames
from genogram.read.mentions import find_mentions
from genogram.read.quotes import find_quotes
from genogram.read.resolve import resolve, unique_roles
from genogram.text import decode_story


def person(fam: Family, name: str):
    hits = [p for p in fam.people if p.name == name or name in p.aliases]
    assert len(hits) == 1, [p.name for p in fam.people]
    return hits[0]


def parents_of(fam: Family, pid: str) -> set[str]:
    return {c.parent for c in fam.children if c.child == pid}


def union(fam: Family, a: str, b: str):
    return next((u for u in fam.unions if set(u.partners) == {a, b}), None)


def siblings(fam: Family, a: str, b: str) -> bool:
    return any({s.a, s.b} == {a, b} for s in fam.siblings) or bool(
        parents_of(fam, a) & parents_of(fam, b))


def test_kin_labels_name_the_identified_patients_relatives() -> None:
    fam = read("INTAKE NOTE\n"
               "IP: Mateo Quill, 12M. Referred by school for absences.\n"
               "Mother: Gisela Quill, 38. Works nights. IP describes mother as strict.\n"
               "Father: Desmond Hallsey (41), incarcerated since 2020.\n"
               "Siblings: Pippa (7F) and Jonah (15M), both in the home.\n")
    mateo, gisela = person(fam, "Mateo Quill"), person(fam, "Gisela Quill")
    desmond = person(fam, "Desmond Hallsey")
    assert parents_of(fam, mateo.id) >= {gisela.id, desmond.id}
    assert (mateo.age, gisela.age, desmond.age) == (12, 38, 41)
    pippa, jonah = person(fam, "Pippa"), person(fam, "Jonah")
    assert siblings(fam, mateo.id, pippa.id) and siblings(fam, mateo.id, jonah.id)
    assert pippa.gender == "female" and pippa.age == 7
    # "mother" in running text is the same woman, not a second mother
    assert len([p for p in fam.people if p.gender == "female" and p.id != pippa.id]) == 1


def test_family_of_origin_sections_belong_to_their_person() -> None:
    fam = read("COUPLES INTAKE\n"
               "Clients: Ines Marlowe (44F) and Tobias Marlowe (46M). Married 2010.\n"
               "Ines FOO: parents Harold (72) and Margaret (70) Bristow, married 50 yrs. "
               "Ines's sister, Odile (40), lives nearby.\n"
               "Tobias FOO: mother Wendla Marlowe d. 2019 (cancer). Father Ambrose left the "
               "family when Tobias was 3.\n"
               "Plan: weekly sessions.\n")
    ines, tobias = person(fam, "Ines Marlowe"), person(fam, "Tobias Marlowe")
    gideon, wilhelmina = person(fam, "Harold"), person(fam, "Margaret")
    assert parents_of(fam, ines.id) == {gideon.id, wilhelmina.id}
    assert union(fam, gideon.id, wilhelmina.id) is not None
    assert (gideon.age, wilhelmina.age) == (72, 70)
    wendla, ambrose = person(fam, "Wendla Marlowe"), person(fam, "Ambrose")
    assert parents_of(fam, tobias.id) == {wendla.id, ambrose.id}
    assert wendla.deceased and wendla.death_year == 2019
    assert not parents_of(fam, ines.id) & {wendla.id, ambrose.id}


def test_maternal_side_and_grandparent_abbreviations() -> None:
    fam = read("Pt: Lark Benning, 9F. Referred for withdrawn behavior.\n"
               "Household: Pt lives with her maternal grandmother, Opal Benning (66).\n"
               "Mother: Juniper Benning (30). In residential treatment.\n"
               "MGF, Rufus Benning, d. 2012 (cardiac). MGM reports pt sleeps poorly.\n")
    lark, opal = person(fam, "Lark Benning"), person(fam, "Opal Benning")
    juniper, rufus = person(fam, "Juniper Benning"), person(fam, "Rufus Benning")
    assert juniper.id in parents_of(fam, lark.id)
    assert parents_of(fam, juniper.id) == {opal.id, rufus.id}
    assert rufus.deceased and rufus.death_year == 2012
    assert not opal.deceased and opal.age == 66 and lark.age == 9


def test_parents_frame_divorce_and_unknown_father() -> None:
    fam = read("Client: Wren Beauchamp, 16. Client is quiet in session.\n"
               "Parents: m. 2001, div. 2015. Co-parenting is high-conflict.\n"
               "Mother: Cordelia Beauchamp (47).\n"
               "Father: Lionel Beauchamp (50), remarried.\n")
    cordelia, lionel = person(fam, "Cordelia Beauchamp"), person(fam, "Lionel Beauchamp")
    u = union(fam, cordelia.id, lionel.id)
    assert u is not None and u.status == "divorced"
    fam2 = read("IP: Sol Horvath, 15M.\nMother: Ada Horvath, 34.\nFather: unknown to IP.\n")
    sol = person(fam2, "Sol Horvath")
    assert len(parents_of(fam2, sol.id)) == 1


def test_age_stated_with_a_copula() -> None:
    fam = read("Client: Marisol Ortega.\n"
               "Reason for referral: Client is a 41-year-old divorced female with low mood.\n"
               "Brother (Teodoro, 37) is supportive.\n")
    marisol, teo = person(fam, "Marisol Ortega"), person(fam, "Teodoro")
    assert marisol.age == 41 and teo.age == 37
    assert siblings(fam, marisol.id, teo.id)


def _claims_after(text: str) -> tuple[int, int]:
    doc = parse(decode_story(text.encode("utf-8"), name="t"))
    find_quotes(doc)
    ms = find_mentions(doc)
    d = resolve(doc, ms)
    unique_roles(d)
    before = len(d.ents.claims)
    read_frames(doc, ms, d)
    return before, len(d.ents.claims)


def test_a_narrative_story_is_left_alone() -> None:
    before, after = _claims_after(
        "My mother raised us alone. Father left when I was six. Grandmother moved in "
        "that winter and stayed.\n\nWe never talked about him. Mother: that was all she "
        "ever said about it.\n")
    assert before == after
