"""Kin words and pronouns inside quotes, letters and a second narrator's update (invented texts)."""

from __future__ import annotations

from genogram import read
from genogram.model import Family, Person
from genogram.read.document import parse
from genogram.read.narrators import find_breaks
from genogram.read.quotes import find_quotes
from genogram.text.load import Story


def person_at(fam: Family, text: str, phrase: str) -> Person:
    at = text.index(phrase)
    return next(p for p in fam.people if (at, at + len(phrase)) in [tuple(s) for s in p.mentions])


def named(fam: Family, name: str) -> Person:
    return next(p for p in fam.people if p.name == name)


def parents_of(fam: Family, child: str) -> set[str]:
    return {c.parent for c in fam.children if c.child == child}


def quotes_of(text: str):
    doc = parse(Story(name="t", text=text, sha256="0"))
    return doc, find_quotes(doc)


def test_a_told_object_is_the_one_spoken_to() -> None:
    doc, qs = quotes_of("'Your mother called,' Piet told Ansa.")
    assert doc.toks[qs[0].addressee_tok].text == "Ansa"
    assert doc.toks[qs[0].speaker_tok].text == "Piet"


def test_said_to_names_the_one_spoken_to() -> None:
    doc, qs = quotes_of('"Go home," Hedy said to Piet.')
    assert doc.toks[qs[0].addressee_tok].text == "Piet"


def test_calling_someone_a_name_is_not_speaking_to_them() -> None:
    doc, qs = quotes_of('Hedy calls Oskar "the lodger" when he is out.')
    assert all(q.addressee_tok == -1 for q in qs)


def test_your_mother_in_a_quote_is_the_addressees_mother() -> None:
    text = "My friend Piet came over. 'Your mother called,' Piet told Ansa."
    fam = read(text)
    ansa = named(fam, "Ansa")
    mother = person_at(fam, text, "Your mother")
    assert mother.id in parents_of(fam, ansa.id)
    narrator = next(p for p in fam.people if p.narrator)
    assert mother.id not in parents_of(fam, narrator.id)


def test_your_mother_with_no_narrator_still_finds_the_addressee() -> None:
    text = 'Ansa and Piet were married in 1990. "Your mother called," Piet told Ansa one day.'
    fam = read(text)
    assert person_at(fam, text, "Your mother").id in parents_of(fam, named(fam, "Ansa").id)


def test_mum_in_a_quote_is_the_speakers_mother() -> None:
    text = "I live near the lake. 'Mum does this every year,' Hedy said. Hedy is my neighbour."
    fam = read(text)
    hedy = named(fam, "Hedy")
    mum = person_at(fam, text, "Mum")
    assert mum.id in parents_of(fam, hedy.id)


def test_my_sister_in_a_written_line_is_the_writers_sister() -> None:
    text = "Tobin left for the city in 1950. 'I can at least pay for my sister's shoes,' he wrote."
    fam = read(text)
    tobin = named(fam, "Tobin")
    sister = person_at(fam, text, "my sister")
    assert any({s.a, s.b} == {tobin.id, sister.id} for s in fam.siblings)


def test_this_is_ops_husband_starts_a_new_narrator_who_is_the_posters_husband() -> None:
    text = ("My son Ivo is nine. My sister Marit lives with us.\n"
            "EDIT: Hey, this is OP's husband. She showed me the comments and she cried.\n")
    fam = read(text)
    first, second = (seg.narrator for seg in fam.narration)
    assert first != second
    assert any(set(u.partners) == {first, second} for u in fam.unions)
    # "She" is the original poster, whom the update is about, not the sister
    she = text.index("She showed")
    assert any(a == she for a, _b in fam.person(first).mentions)
    assert not any(a == she for a, _b in named(fam, "Marit").mentions)


def test_ops_sister_here_starts_a_new_narrator_who_is_the_posters_sister() -> None:
    text = ("I have a son named Ivo. He is nine.\n"
            "OP's sister here. Our dad never visits them.\n")
    fam = read(text)
    first, second = (seg.narrator for seg in fam.narration)
    assert first != second
    assert any({s.a, s.b} == {first, second} for s in fam.siblings)


def test_ops_husband_in_passing_is_no_narrator_break() -> None:
    doc = parse(Story(name="t", text="I have a son.\nOP's husband sounds rude, one reply said.\n",
                      sha256="0"))
    find_quotes(doc)
    assert find_breaks(doc) == []


def test_the_recipient_of_a_first_verb_is_spoken_to() -> None:
    doc, qs = quotes_of('Hedy handed Piet the keys and said, "Tell your sister I am sorry."')
    assert doc.toks[qs[0].addressee_tok].text == "Piet"


def test_an_unattributed_letter_speaks_to_the_narrator() -> None:
    text = ("My husband and I cleared out the flat. There was a note in the drawer:\n"
            "\u201cI was unkind to you. Look after your husband for me.\u201d\n")
    fam = read(text)
    narrator = next(p for p in fam.people if p.narrator)
    husband = person_at(fam, text, "My husband")
    assert person_at(fam, text, "your husband").id == husband.id
    assert any(set(u.partners) == {narrator.id, husband.id} for u in fam.unions)


def test_ops_mom_in_an_update_by_someone_else_is_the_posters_mother() -> None:
    text = ("I have a son named Ivo. He is nine.\n"
            "OP's husband here. OP's mom never visits us.\n")
    fam = read(text)
    first, second = (seg.narrator for seg in fam.narration)
    mom = person_at(fam, text, "OP's mom")
    assert mom.id in parents_of(fam, first)
    assert mom.id not in parents_of(fam, second)


def test_a_vocative_names_the_one_the_speech_verb_says_was_spoken_to() -> None:
    # "the janitor said to Mama": the name he calls her by is Mama's, not a new woman's
    text = ("Mama works nights at the laundry and I keep the key. The man downstairs fixes our "
            "sink. “Don’t you fret about a thing, Georgiana,” the janitor said to Mama that "
            "morning.")
    fam = read(text)
    mama = person_at(fam, text, "Mama")
    assert mama.name == "Georgiana" and sum(p.name == "Georgiana" for p in fam.people) == 1


def test_a_vocative_in_an_exchange_names_the_one_who_spoke_just_before() -> None:
    # Mom asks, Dad answers her by name: the name is Mom's
    text = ("At the handover Mom asks, “Did she nap?” and Dad says, “She napped, Leonora,” "
            "and that is all they say. I ride home in the back.")
    fam = read(text)
    mom = person_at(fam, text, "Mom")
    assert mom.name == "Leonora"
