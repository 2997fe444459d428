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
    ("Marisol wants nothing to do with her brother Tobin.", "Marisol", "Tobin", "cutoff"),
    ("Marisol ghosted her brother Tobin.", "Marisol", "Tobin", "cutoff"),
    ("Marisol refused to see her father Tobin.", "Marisol", "Tobin", "cutoff"),
    ("Marisol wouldn't talk to her brother Tobin for years.", "Marisol", "Tobin", "cutoff"),
    ("Tobin threw his daughter Marisol out of the house.", "Tobin", "Marisol", "cutoff"),
    ("Tobin cut his son Anselm out of his life.", "Tobin", "Anselm", "cutoff"),
    ("Ada grew up in Riga. Her father Olek, who she didn't speak to for thirty years, died in "
     "1990.", "Ada", "Olek", "cutoff"),
    ("Bart needed a kidney. The only match was Emil, the brother he hadn't spoken to in twenty "
     "years.", "Bart", "Emil", "cutoff"),
    # conflict
    ("Marisol fell out with her brother Tobin in 1990.", "Marisol", "Tobin", "conflict"),
    ("Marisol had a falling out with her brother Tobin.", "Marisol", "Tobin", "conflict"),
    ("There is bad blood between Marisol and her brother Tobin.", "Marisol", "Tobin",
     "conflict"),
    ("Marisol is at odds with her brother Tobin.", "Marisol", "Tobin", "conflict"),
    ("Marisol butts heads with her brother Tobin.", "Marisol", "Tobin", "conflict"),
    ("Marisol and her stepmother Tobina are always at each other's throats.", "Marisol",
     "Tobina", "conflict"),
    ("Marisol and her son Tobin never really got along.", "Marisol", "Tobin", "conflict"),
    ("My mom Greta and my sister Wilhelmina fight constantly.", "Greta", "Wilhelmina",
     "conflict"),
    ("Marisol and her father Tobin have a strained relationship.", "Marisol", "Tobin",
     "conflict"),
    ("Ada grew up in Riga. Her relationship with her father Olek was strained.", "Ada", "Olek",
     "conflict"),
    # hostile
    ("Priya hates her stepfather Doug.", "Priya", "Doug", "hostile"),
    ("Marisol never forgave her brother Tobin.", "Marisol", "Tobin", "hostile"),
    ("Marisol and her sister Tobina hate each other.", "Marisol", "Tobina", "hostile"),
    # abuse and neglect
    ("Marisol was beaten by her father Tobin.", "Marisol", "Tobin", "abuse"),
    ("Marisol bullied her brother Tobin.", "Marisol", "Tobin", "abuse"),
    ("My father Ambrose was never there for me. I learned to cook at eight.", "Ambrose", "p1",
     "neglect"),
    ("Tobin ignored his daughter Marisol.", "Tobin", "Marisol", "neglect"),
    # close and fused
    ("Eamon dotes on his niece Fiadh.", "Eamon", "Fiadh", "close"),
    ("Marisol looked up to her brother Tobin.", "Marisol", "Tobin", "close"),
    ("Marisol and her sister Tobina adore each other.", "Marisol", "Tobina", "close"),
    ("Marisol took care of her grandfather Tobin until he died.", "Marisol", "Tobin", "close"),
    ("I am Ada. Bastian is my favorite uncle.", "Bastian", "Ada", "close"),
    ("Marisol is like a sister to her neighbor Tobina Reyes.", "Marisol", "Tobina Reyes",
     "close"),
    ("Corinne is enmeshed with her son Jules.", "Corinne", "Jules", "fused"),
    ("My mother Hedda and my sister Wren are joined at the hip.", "Hedda", "Wren", "fused"),
    # distant
    ("Marisol barely knows her father Tobin.", "Marisol", "Tobin", "distant"),
    # friend and household
    ("Marisol is friends with her coworker Tobin Reyes.", "Marisol", "Tobin Reyes", "friend"),
    ("Marisol shares an apartment with her cousin Tobin.", "Marisol", "Tobin", "household"),
    ("After the divorce, Ada moved in with her aunt Magda.", "Ada", "Magda", "household"),
])
def test_cue(text: str, a: str, b: str, type_: str) -> None:
    assert has(text, a, b, type_), links(read(text))


@pytest.mark.parametrize("text", [
    "Marisol and her son Tobin got along.",  # only the negated form says anything
    "Marisol didn't bully her brother Tobin.",
    "If Tobin cut his son Anselm out of his life, nobody knew.",
    "Marisol and her father Tobin don't have a strained relationship.",
    "Tobin wanted nothing to do with a sailor.",
    "Jack and Duarte, her sons, shared a bedroom for three years.",  # children share rooms
    "Ada was raised by her grandmother Ilse.",  # a caregiver tie, not a link
    "Marisol's mother Tobina took care of her.",  # a parent's care is the default
])
def test_no_link(text: str) -> None:
    assert links(read(text)) == set()


def test_will_not_is_an_intention_not_a_refusal() -> None:
    fam = read("My boyfriend Kasimir is angry. I will not be calling his dad behind his back.")
    assert not any(t == "cutoff" for _p, t in links(fam))


def test_cue_lemma_mends_odd_lemmas() -> None:
    assert cue_lemma("hat", "hates") == "hate"
    assert cue_lemma("dot", "dotes") == "dote"
    assert cue_lemma("forgave", "forgave") == "forgive"
    assert cue_lemma("walk", "walks") == "walk"


@pytest.mark.parametrize(("text", "a", "b", "type_"), [
    ("Kaz's cousin Rin is the only one he still talks to.", "Kaz", "Kaz's cousin", "close"),
    ("I was nine that summer. We moved into Grandpa Joe's house on Pell Street.", "p1", "Joe",
     "household"),
    ("My brother Cas didn't say one word to our father Len for a year.", "Cas", "Len", "cutoff"),
    ("Stavros had a daughter, Thalia. When Thalia was four, Stavros brought her to his mother "
     "Biddy. Biddy raised her above the shop.", "Biddy", "Thalia", "close"),
    ("Winslow raised Kenrick from the age of six. When he died in 1988, Kenrick gave the eulogy "
     "and called him \"Dad\" four times.", "Kenrick", "Winslow", "close"),
])
def test_cue_in_context(text: str, a: str, b: str, type_: str) -> None:
    assert has(text, a, b, type_), links(read(text))


def test_told_to_call_her_aunt_makes_the_ones_told_the_callers() -> None:
    fam = read("I was born in Ohio. Mom told us to call her Aunt Thea, so we did.")
    assert any(t == "fictive-kin" and "Thea" in p for p, t in links(fam))


FIRST = "I am Nell, and I grew up in Dayton. "


@pytest.mark.parametrize(("text", "a", "b", "type_"), [
    ("My aunt Jo has been like a second mother to me.", "Jo", "Nell", "close"),
    ("My brother Joss is my rock.", "Joss", "Nell", "close"),
    ("My stepmother Gail treated me terribly.", "Gail", "Nell", "hostile"),
    ("My mother Dana has been out of my life since I was ten.", "Dana", "Nell", "cutoff"),
    ("My father Vic hasn't been part of my life since 2010.", "Vic", "Nell", "cutoff"),
    ("I want no relationship with my father Vic.", "Vic", "Nell", "cutoff"),
    ("I refuse to have any contact with my father Vic.", "Vic", "Nell", "cutoff"),
    ("My brother Joss and I were thick as thieves.", "Joss", "Nell", "close"),
    ("My mother Dana never protected me from him.", "Dana", "Nell", "neglect"),
    ("My father Vic would hit us with a belt.", "Vic", "Nell", "abuse"),
    ("Vic, my father, was an alcoholic who beat me.", "Vic", "Nell", "abuse"),
    ("My grandmother Ruth spoiled me rotten.", "Ruth", "Nell", "close"),
    ("Things between my sister Bea and my mom Dana are tense.", "Bea", "Dana", "conflict"),
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
