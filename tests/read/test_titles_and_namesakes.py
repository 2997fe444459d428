"""Names given with a call verb to a pronoun or a kin phrase, two bearers of one name told apart by
the kin word beside one of them, and a kin noun that is its verb's subject (invented sentences)."""

from __future__ import annotations

from genogram import read
from tests.read.test_frames_notes import named, parents_of


def test_a_bare_title_everyone_called_someone_is_his_nickname_not_the_tellers_father() -> None:
    fam = read("My wife's father, Pelham, died last spring. Everybody called him Gramps. "
               "Gramps and my mother-in-law Maudie split up in 1990, and Gramps married Tovah "
               "soon after.")
    pelham, maudie, tovah = named(fam, "Pelham"), named(fam, "Maudie"), named(fam, "Tovah")
    partners = {frozenset(u.partners) for u in fam.unions}
    assert frozenset((pelham.id, maudie.id)) in partners
    assert frozenset((pelham.id, tovah.id)) in partners
    # no second, unnamed "Gramps", and he is nobody's father but his daughter's
    assert len(fam.people) == 5
    narrator = next(p for p in fam.people if p.id not in (pelham.id, maudie.id, tovah.id)
                    and p.gender != "female")
    assert pelham.id not in parents_of(fam, narrator.id)


def test_a_title_the_speaker_already_has_a_holder_for_stays_with_that_holder() -> None:
    fam = read("Our father, Hesketh, left in the spring. We always called him Dad. "
               "Dad moved to the coast.")
    assert [p.name for p in fam.people if p.gender == "male"] == ["Hesketh"]


def test_calling_a_kin_phrase_by_a_name_gives_that_relative_a_second_name() -> None:
    fam = read("I have a daughter, Wendeline, from my first marriage. The whole family calls "
               "my daughter Wendy. Wendy is nineteen now. My daughter lives with me.")
    wendeline = named(fam, "Wendeline")
    assert "Wendy" in wendeline.aliases
    assert len(fam.people) == 2  # the teller and one daughter


def test_the_kin_word_beside_a_shared_name_says_which_bearer_is_meant() -> None:
    fam = read("I am fifty. Last spring we took in a foster child, a boy named Fennimore. He "
               "goes by Fenn. My late father was also named Fennimore. Fenn the boy has nothing "
               "in common with Fennimore my father.")
    fenns = [p for p in fam.people if p.name == "Fennimore"]
    assert len(fenns) == 2
    boy = next(p for p in fenns if "Fenn" in p.aliases)
    father = next(p for p in fenns if p is not boy)
    assert father.deceased and not boy.deceased
    assert father.id not in parents_of(fam, boy.id)


def test_a_kin_noun_that_is_the_subject_of_have_is_nobodys_child_by_the_with_phrase() -> None:
    fam = read("My uncle Hesketh runs the garage. Dorran the kid has little in common with "
               "Hesketh.")
    hesketh, dorran = named(fam, "Hesketh"), named(fam, "Dorran")
    assert hesketh.id not in parents_of(fam, dorran.id)


def test_a_stepfather_called_by_the_fathers_title_stays_a_second_man() -> None:
    fam = read("My dad, Calloway, lives in another state now. My stepdad Dorran raised me from "
               "the age of six, and I call him Pop. Pop taught me to fish.")
    calloway, dorran = named(fam, "Calloway"), named(fam, "Dorran")
    assert calloway.id != dorran.id


def test_a_church_title_before_a_surname_is_no_kin() -> None:
    from genogram.read.engine import read_text
    text = ("My father Jorma drove a bus and my mother Pirkko sewed. On Sundays we went to mass. "
            "Father Flanagan baptized my brother Kalle, and Sister Immaculata taught me to "
            "read.")
    fam = read_text(text)
    jorma = next(p for p in fam.people if p.name == "Jorma")
    assert not any(text[s:e] == "Father Flanagan" for s, e in jorma.mentions)
    kalle = next(p for p in fam.people if p.name == "Kalle")
    parents = {c.parent for c in fam.children if c.child == kalle.id}
    assert all(next(p for p in fam.people if p.id == x).name in ("Jorma", "Pirkko")
               for x in parents)


def test_a_title_the_text_denies_makes_no_kin() -> None:
    from genogram.analyze.kinship import describe, relationship
    from genogram.read.engine import read_text

    text = ("Uncle Radko was never my uncle; my father met him in the navy, and Radko still "
            "sends me a postcard from every port.")
    fam = read_text(text, implied_people=True)
    radko = next(p for p in fam.people if p.name == "Radko")
    me = next(p for p in fam.people if p.narrator)
    rel = relationship(fam, me.id, radko.id)
    assert rel is None or "uncle" not in describe(rel)
    # the courtesy title is still a fictive-kin link
    assert any(k.type == "fictive-kin" and radko.id in (k.a, k.b) for k in fam.links)


def test_a_title_a_kin_phrase_contradicts_is_what_others_call_her() -> None:
    from genogram.analyze.kinship import describe, relationship
    from genogram.read.engine import read_text

    text = ("My wife's mother Hiltrud lives with us now. My mother-in-law is patient with "
            "everyone, and to our daughter she is simply Oma.")
    fam = read_text(text, implied_people=True)
    me = next(p for p in fam.people if p.narrator)
    her = next(p for p in fam.people if p.name == "Hiltrud")
    rel = relationship(fam, me.id, her.id)
    assert rel is not None and describe(rel) == "mother-in-law"


def test_an_owner_with_its_noun_left_out_is_no_identity() -> None:
    # "Ognian is my father's": the predicate is an owner, not who Ognian is
    fam = read("Uncle Zdravko is my mother's brother and Uncle Ognian is my father's. Zdravko "
               "sings and Ognian fishes.")
    dad = next(p for p in fam.people if p.label == "my father")
    zdravko = next(p for p in fam.people if p.name == "Zdravko")
    assert dad.id != zdravko.id and not any(zdravko.id in u.partners for u in fam.unions)


def test_a_kin_predicate_parsed_as_the_next_clauses_subject_is_still_the_predicate() -> None:
    text = "Uncle Zdravko is my mother's brother and Uncle Ognian is my father's."
    fam = read(text)
    zdravko = next(p for p in fam.people if p.name == "Zdravko")
    assert any(text[a:b] == "my mother's brother" for a, b in zdravko.mentions)
