"""Link cues of common English, one invented sentence per construction: idioms ("at odds with",
"wants nothing to do with", "joined at the hip"), relationship adjectives, relative clauses,
refusals, "each other", housemates, favourites, and the negations that make no link."""

from __future__ import annotations

import pytest

from genogram import read
from genogram.read.emotions import cue_lemma
from tests.read.test_emotions_cues import links


def has(text: str, a: str, b: str, type_: str) -> bool:
    return (frozenset((a, b)), type_) in links(read(text))


@pytest.mark.parametrize(("text", "a", "b", "type_"), [
    # cutoff
    ("Imogen wants nothing to do with her brother Tobin.", "Imogen", "Tobin", "cutoff"),
    ("Imogen ghosted her brother Tobin.", "Imogen", "Tobin", "cutoff"),
    ("Imogen refused to see her father Tobin.", "Imogen", "Tobin", "cutoff"),
    ("Imogen wouldn't talk to her brother Tobin for years.", "Imogen", "Tobin", "cutoff"),
    ("Tobin threw his daughter Imogen out of the house.", "Tobin", "Imogen", "cutoff"),
    ("Tobin cut his son Anselm out of his life.", "Tobin", "Anselm", "cutoff"),
    ("Sigrun grew up in Bergen. Her father Leiv, whom she didn't visit for a decade, died in "
     "1990.", "Sigrun", "Leiv", "cutoff"),
    ("Halvard needed a lawyer. The only one he trusted was Torvik, the cousin he hadn't "
     "written to since 1990.", "Halvard", "Torvik", "cutoff"),
    # conflict
    ("Imogen fell out with her brother Tobin in 1990.", "Imogen", "Tobin", "conflict"),
    ("Imogen had a falling out with her brother Tobin.", "Imogen", "Tobin", "conflict"),
    ("There is bad blood between Imogen and her brother Tobin.", "Imogen", "Tobin",
     "conflict"),
    ("Imogen is at odds with her brother Tobin.", "Imogen", "Tobin", "conflict"),
    ("Imogen butts heads with her brother Tobin.", "Imogen", "Tobin", "conflict"),
    ("Imogen and her stepmother Tobina are always at each other's throats.", "Imogen",
     "Tobina", "conflict"),
    ("Imogen and her son Tobin never really got along.", "Imogen", "Tobin", "conflict"),
    ("My mom Hortense and my sister Wilhelmina fight constantly.", "Hortense", "Wilhelmina",
     "conflict"),
    ("Imogen and her father Tobin have a strained relationship.", "Imogen", "Tobin",
     "conflict"),
    ("Elspeth grew up in Riga. Her relationship with her father Olek was strained.", "Elspeth", "Olek",
     "conflict"),
    # hostile
    ("Marisela hates her stepfather Fenwick.", "Marisela", "Fenwick", "hostile"),
    ("Imogen never forgave her brother Tobin.", "Imogen", "Tobin", "hostile"),
    ("Imogen and her sister Tobina hate each other.", "Imogen", "Tobina", "hostile"),
    # abuse and neglect
    ("Imogen was beaten by her father Tobin.", "Imogen", "Tobin", "abuse"),
    ("Imogen bullied her brother Tobin.", "Imogen", "Tobin", "abuse"),
    ("My father Ludovic was never there for me. I learned to cook at eight.", "Ludovic", "p1",
     "neglect"),
    ("Tobin ignored his daughter Imogen.", "Tobin", "Imogen", "neglect"),
    # close and fused
    ("Eamon dotes on his niece Fiadh.", "Eamon", "Fiadh", "close"),
    ("Imogen looked up to her brother Tobin.", "Imogen", "Tobin", "close"),
    ("Imogen and her sister Tobina adore each other.", "Imogen", "Tobina", "close"),
    ("Imogen took care of her grandfather Tobin until he died.", "Imogen", "Tobin", "close"),
    ("I am Elspeth. Bastian is my favorite uncle.", "Bastian", "Elspeth", "close"),
    ("Imogen is like a sister to her neighbor Vera Parker.", "Imogen", "Vera Parker", "close"),
    ("Corinne is enmeshed with her son Ignatz.", "Corinne", "Ignatz", "fused"),
    ("My mother Hedda and my sister Eudora are joined at the hip.", "Hedda", "Eudora", "fused"),
    # distant
    ("Imogen barely knows her father Tobin.", "Imogen", "Tobin", "distant"),
    # friend and household
    ("Imogen is friends with her coworker Oscar Parker.", "Imogen", "Oscar Parker", "friend"),
    ("Imogen shares an apartment with her cousin Tobin.", "Imogen", "Tobin", "household"),
    ("After the divorce, Elspeth moved in with her aunt Magda.", "Elspeth", "Magda", "household"),
])
def test_cue(text: str, a: str, b: str, type_: str) -> None:
    assert has(text, a, b, type_), links(read(text))


@pytest.mark.parametrize("text", [
    "Imogen and her son Tobin got along.",  # only the negated form says anything
    "Imogen didn't bully her brother Tobin.",
    "If Tobin cut his son Anselm out of his life, nobody knew.",
    "Imogen and her father Tobin don't have a strained relationship.",
    "Tobin wanted nothing to do with a sailor.",
    "Her sons, Victor and Wilfred, shared a bedroom as boys.",  # children share rooms
    "Elspeth was raised by her grandmother Ilse.",  # a caregiver tie, not a link
    "Imogen's mother Tobina took care of her.",  # a parent's care is the default
])
def test_no_link(text: str) -> None:
    assert links(read(text)) == set()


def test_will_not_is_an_intention_not_a_refusal() -> None:
    fam = read("My husband Albrecht is upset. I will not be visiting his mother without him.")
    assert not any(t == "cutoff" for _p, t in links(fam))


def test_cue_lemma_mends_odd_lemmas() -> None:
    assert cue_lemma("hat", "hates") == "hate"
    assert cue_lemma("dot", "dotes") == "dote"
    assert cue_lemma("forgave", "forgave") == "forgive"
    assert cue_lemma("walk", "walks") == "walk"


@pytest.mark.parametrize(("text", "a", "b", "type_"), [
    ("Helen's cousin Lucy is the only relative she still visits.", "Helen", "Lucy", "close"),
    ("I was nine that year. We moved into my uncle Victor's flat.", "p1", "Victor",
     "household"),
    ("My sister Cordelia didn't say a word to our stepfather Florian for a year.", "Cordelia",
     "Florian", "cutoff"),
    ("Howard had a daughter, Lucy. When Lucy was two, Howard brought her to his mother, "
     "Agnes. Agnes raised her above the bakery.", "Agnes", "Lucy", "close"),
    ("Gordon raised his nephew Neil after the flood. At the wedding Neil thanked him "
     "and called him \"Dad\" in front of everyone.", "Neil", "Gordon", "close"),
])
def test_cue_in_context(text: str, a: str, b: str, type_: str) -> None:
    assert has(text, a, b, type_), links(read(text))


def test_told_to_call_her_aunt_makes_the_ones_told_the_callers() -> None:
    fam = read("I was born in Ghent. Our father told us to call her Auntie Ianthe, and we did.")
    assert any(t == "fictive-kin" and "Ianthe" in p for p, t in links(fam))


FIRST = "I am Iben, and I grew up by the sea. "


@pytest.mark.parametrize(("text", "a", "b", "type_"), [
    ("My aunt Jo has been like a second mother to me.", "Jo", "Iben", "close"),
    ("My brother Bertil is my rock.", "Bertil", "Iben", "close"),
    ("My stepmother Birte treated me terribly.", "Birte", "Iben", "hostile"),
    ("My mother Dana has been out of my life since I was ten.", "Dana", "Iben", "cutoff"),
    ("My father Vic hasn't been part of my life since 2010.", "Vic", "Iben", "cutoff"),
    ("I want no relationship with my father Vic.", "Vic", "Iben", "cutoff"),
    ("I refuse to have any contact with my father Vic.", "Vic", "Iben", "cutoff"),
    ("My brother Bertil and I were thick as thieves.", "Bertil", "Iben", "close"),
    ("My mother Dana never protected me from him.", "Dana", "Iben", "neglect"),
    ("My father Vic would hit us with a belt.", "Vic", "Iben", "abuse"),
    ("Vic, my father, was an alcoholic who beat me.", "Vic", "Iben", "abuse"),
    ("My grandmother Ruth spoiled me rotten.", "Ruth", "Iben", "close"),
    ("Things between my sister Orsolya and my mom Dana are tense.", "Orsolya", "Dana", "conflict"),
])
def test_first_person_cue(text: str, a: str, b: str, type_: str) -> None:
    assert has(FIRST + text, a, b, type_), links(read(FIRST + text))


@pytest.mark.parametrize("text", [
    "My father Vic is part of my life again.",
    "If my father Vic would hit us, we would run.",
    "My mother Dana treated me to dinner.",
    "My father Vic protected me from the dog.",
])
def test_first_person_no_link(text: str) -> None:
    assert links(read(FIRST + text)) == set()


@pytest.mark.parametrize(("text", "a", "b", "type_"), [
    ("I went NC with my mother Dana in 2019.", "Iben", "Dana", "cutoff"),
    ("I am LC with my sister Orsolya.", "Iben", "Orsolya", "distant"),
    ("My estranged father Vic called last week.", "Vic", "Iben", "cutoff"),
    ("My mom Dana and my aunt Vera haven't been on speaking terms since the funeral.", "Dana",
     "Vera", "cutoff"),
    ("My father Vic was never in the picture.", "Vic", "Iben", "neglect"),
    ("My father Vic walked out on us.", "Vic", "Iben", "cutoff"),
    ("My sister Orsolya and I got into a huge argument.", "Orsolya", "Iben", "conflict"),
])
def test_forum_shorthand_and_idiom(text: str, a: str, b: str, type_: str) -> None:
    assert has(FIRST + text, a, b, type_), links(read(FIRST + text))


def test_back_on_speaking_terms_is_no_cutoff() -> None:
    text = FIRST + "My mom Dana and my aunt Vera are back on speaking terms."
    assert not any(t == "cutoff" for _p, t in links(read(text)))
