"""Names given by "call" (nicknames, address titles) and capitalised words that name a place or a
people rather than a person (invented sentences)."""

from __future__ import annotations

from genogram.read.engine import read_text


def _names(fam) -> list[str | None]:
    return [p.name for p in fam.people]


def test_a_nickname_given_with_call_is_the_same_persons_other_name() -> None:
    fam = read_text("I grew up with my brother Oswin, who was round as a melon, which is why "
                    "everyone called him Sprout. Later Sprout broke his arm on the ice.")
    oswin = [p for p in fam.people if p.name == "Oswin"]
    assert len(oswin) == 1 and "Sprout" in oswin[0].aliases
    assert "Sprout" not in _names(fam)


def test_a_weekday_after_call_and_a_pronoun_is_no_name() -> None:
    fam = read_text("Maelis called him Monday to ask about the car.")
    assert _names(fam) == ["Maelis"]


def test_the_name_a_family_called_a_child_is_a_name_and_an_alias() -> None:
    from genogram.read.document import parse
    from genogram.read.engine import decode_story, resolve_doc

    doc = parse(decode_story(b"The neighbours called the child Bex. Bex grew tall.", name="s"))
    mentions, _ = resolve_doc(doc)
    child = next(m for m in mentions if doc.text[m.start:m.end] == "the child")
    bex = next(m for m in mentions if m.name == "Bex")
    assert bex.idx in child.aliases


def test_a_kin_title_someone_is_called_by_is_no_relative_of_theirs() -> None:
    fam = read_text("Rhodri lived with his grandmother Ebba for years. He called her Oma, and she taught "
                    "him to bake.")
    assert not any("her Oma" in p.descriptions for p in fam.people)
    assert not fam.unions


def test_a_lower_case_kin_word_after_call_keeps_its_owner() -> None:
    fam = read_text("Brisa lived near her mother. Every week Brisa called her mom to talk.")
    assert any("her mom" in p.descriptions for p in fam.people)


def test_the_place_someone_left_for_is_no_partner() -> None:
    fam = read_text("In 1951 Brisa left for Quillota Alta with a seed merchant.")
    assert _names(fam) == ["Brisa"]
    assert not fam.unions


def test_a_place_in_the_hills_of_a_region_is_no_person() -> None:
    fam = read_text("Oswin was born in Tammela, a village in the hills of Karelia, third son to "
                    "a farmer.")
    assert "Karelia" not in _names(fam)


def test_a_people_and_its_language_are_no_person() -> None:
    fam = read_text("He went to Vellmar, where the Flemish had started a colony. Later his son "
                    "Rhodri studied Flemish at school.")
    assert "Flemish" not in _names(fam)



def test_a_hyphenated_word_ending_in_a_common_noun_is_a_thing() -> None:
    import importlib
    from dataclasses import replace

    from genogram.read.document import parse
    from genogram.read.engine import decode_story

    places = importlib.import_module("genogram.read.mentions.places")
    doc = parse(decode_story(b"He spilled Choco-Milk on the rug. Kelda Voll-Ostby came.", name="s"))
    k = next(t.i for t in doc.toks if t.text == "Choco")
    # the tagger may read the last part either way: the rule is about a common-noun reading
    doc.toks[k + 2] = replace(doc.toks[k + 2], pos="NOUN")
    assert places._hyphenated_thing(doc, k)
    lund = next(t.i for t in doc.toks if t.text == "Voll")
    assert not places._hyphenated_thing(doc, lund)


def test_a_store_named_like_a_person_is_no_person() -> None:
    # a business's last word ("Goods") says it is no one's name
    fam = read_text("We kept Varnum Dry Goods open through the war.")
    assert not any(p.name and "Goods" in p.name for p in fam.people)
