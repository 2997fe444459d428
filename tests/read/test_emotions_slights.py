"""Labels, faces, lessons, blows and silences with an end, on sentences invented for these
tests."""

from __future__ import annotations

from genogram import read
from tests.read.test_emotions_cues import links


def test_a_label_that_puts_someone_outside_the_family_is_hostile() -> None:
    fam = read("We adopted our boy Pim when he was three. At every party my aunt Gisela "
               "introduced my boy Pim as \u201cthe foster kid.\u201d")
    assert (frozenset(("Gisela", "Pim")), "hostile") in links(fam)


def test_a_label_given_in_a_participle_clause_is_read_from_its_noun() -> None:
    fam = read("My wife Ria shared a flat with her friend Iben. Aunt Jolanta, Dad\u2019s sister, "
               "called Iben \u201cthe boarder\u201d at every wedding.")
    assert (frozenset(("Jolanta", "Iben")), "hostile") in links(fam)


def test_a_nickname_is_no_slight() -> None:
    fam = read("My cousin Zeno is clever. Everyone in the family calls my cousin Zeno "
               "\u201cthe professor.\u201d")
    assert not any(t == "hostile" for _p, t in links(fam))


def test_something_said_to_someones_face_is_hostile() -> None:
    fam = read("My uncle Rolf never liked the new husband. Rolf called Bernd a fraud to his face.")
    assert (frozenset(("Rolf", "Bernd")), "hostile") in links(fam)


def test_a_grown_up_who_teaches_a_child_a_skill_is_close_unless_a_parent() -> None:
    fam = read("Our landlord was an old sailor named Quentin Holm, who taught me to swim. My "
               "father Emil taught my brother Eskil how to fish.")
    got = links(fam)
    assert any(t == "close" and "Quentin Holm" in p for p, t in got)
    assert not any("Emil" in p for p, _t in got)


def test_one_blow_between_siblings_is_a_fight_not_abuse() -> None:
    fam = read("Last Easter I slapped my brother Quirin during the toast. My father Gord beat "
               "my mother Lisl for years.")
    got = links(fam)
    assert any(t == "conflict" and "Quirin" in p for p, t in got)
    assert not any(t == "abuse" and "Quirin" in p for p, t in got)
    assert (frozenset(("Gord", "Lisl")), "abuse") in got


def test_a_silence_with_an_end_is_a_quarrel_and_never_meeting_is_no_link() -> None:
    fam = read("My stepson Bruno would not talk to me for a month last winter. Gunnhild's son "
               "Ivo never met his grandfather Brynjolf. Olga hasn't spoken to her brother Sten in "
               "twelve years.")
    got = links(fam)
    assert any(t == "conflict" and "Bruno" in p for p, t in got)
    assert not any(t == "cutoff" and "Bruno" in p for p, t in got)
    assert not any("Brynjolf" in p for p, _t in got)
    assert (frozenset(("Olga", "Sten")), "cutoff") in got


def test_membership_denied_aloud_is_hostile_toward_the_one_denied() -> None:
    fam = read("My brother Garth met my friend Ilse once. When I told Garth that I had invited "
               "Ilse to dinner, he was angry. \u201cShe isn\u2019t family,\u201d he said.")
    assert (frozenset(("Garth", "Ilse")), "hostile") in links(fam)


def test_a_group_subject_named_by_a_list_links_the_listed_members() -> None:
    fam = read("My cousin Iselin visited every August. Olaf and I raised our son, Tiggy, on the "
               "coast. Those summers the three children were inseparable\u2014Iselin, Olaf's "
               "nephew Emil and little Tiggy.")
    got = links(fam)
    assert (frozenset(("Iselin", "Tiggy")), "close") in got
    assert (frozenset(("Emil", "Tiggy")), "close") in got


def test_a_relationship_described_as_something() -> None:
    fam = read("Mr. Hurley (70) lives alone. Mr. Hurley describes his relationship with his "
               "son Magne as \"strained, we shout on the phone.\" Magne describes his "
               "relationship with his aunt Dell as close.")
    got = links(fam)
    assert (frozenset(("Hurley", "Magne")), "conflict") in got
    assert (frozenset(("Magne", "Dell")), "close") in got


def test_a_my_kin_label_is_close_to_the_one_called_not_to_the_kin_word() -> None:
    fam = read("After the flood Aunt Hilde took Ottla in. Hilde fed her and sewed her dresses, "
               "and Ottla still calls her \"my other mother, my whole world.\"")
    got = links(fam)
    assert (frozenset(("Hilde", "Ottla")), "close") in got


def test_an_object_pronoun_after_to_is_not_the_subject() -> None:
    fam = read("In 1951 Gisela married Ned over her mother's objections. Her mother Ragna did "
               "not speak to her for three years.")
    assert (frozenset(("Ragna", "Gisela")), "cutoff") in links(fam)


def test_contact_a_couple_of_times_a_year_is_distant() -> None:
    fam = read("Zelda still phones her father Anton a couple of times a year.")
    got = links(fam)
    assert (frozenset(("Zelda", "Anton")), "distant") in got
    assert (frozenset(("Zelda", "Anton")), "close") not in got


def test_dead_to_him_links_the_clause_pair_not_the_teller() -> None:
    fam = read("Client's brother is Lennart (40). Father (Odo Kjellberg) lives in Utrecht. Lennart "
               "told me Father was dead to him after the trial.")
    got = links(fam)
    assert any(t == "cutoff" and "Lennart" in p and any(n.startswith("Odo") for n in p)
               for p, t in got)


def test_steady_contact_and_following_someone_everywhere_are_close() -> None:
    fam = read("His uncle, Marten, is a retired pilot who talks to Kees about engines for hours. "
               "My cousin Wim is four and follows me everywhere. Signy sees her father Anton "
               "every few years.")
    got = links(fam)
    assert (frozenset(("Marten", "Kees")), "close") in got
    assert any(t == "close" and "Wim" in p for p, t in got)
    assert (frozenset(("Signy", "Anton")), "close") not in got
