"""Kin statements phrased the many ways people phrase them (the mechanisms behind
bench/kin_paraphrases.tsv; sentences and names invented for the test)."""

from __future__ import annotations

from tests.read.test_kin_phrase_shapes import read, relation


def test_a_name_set_off_as_a_relative_is_a_person_not_a_place() -> None:
    # the tagger takes these names for places or organisations
    assert relation(read("Agatha smiled at Valentin, who is her grandson."),
                    "Agatha", "Valentin") == "grandson"
    assert relation(read("Sybil wrote to Augustus, her brother, every week."),
                    "Sybil", "Augustus") == "brother"
    assert relation(read("Humphrey is an uncle to Lavinia."), "Lavinia", "Humphrey") == "uncle"


def test_a_sentence_initial_name_the_tagger_calls_a_modifier() -> None:
    assert relation(read("Cedric dotes on his little sister Prudence."),
                    "Cedric", "Prudence") == "sister"
    assert relation(read("Edmund, Oswald's brother, lives in town."),
                    "Oswald", "Edmund") == "brother"


def test_a_name_after_a_hyphenated_in_law_word() -> None:
    fam = read("Prudence called her sister-in-law Florence.")
    assert relation(fam, "Prudence", "Florence") == "sister-in-law"


def test_an_in_law_word_as_a_predicate() -> None:
    assert relation(read("Esmeralda is Gregor's mother-in-law."),
                    "Gregor", "Esmeralda") == "mother-in-law"
    assert relation(read("Oswald is the son-in-law of Cordelia."),
                    "Cordelia", "Oswald") == "son-in-law"


def test_the_two_as_the_subject_of_married() -> None:
    fam = read("Gregor met Esmeralda at a dance, and the two were married a year later.")
    assert relation(fam, "Gregor", "Esmeralda") == "wife"
    fam = read("Valentin befriended Adelaide at school. Years later the two of them married.")
    assert relation(fam, "Adelaide", "Valentin") == "husband"


def test_the_two_with_three_people_named_is_no_one() -> None:
    fam = read("Gregor, Esmeralda and Ulric met at a dance, and the two were married later.")
    assert relation(fam, "Gregor", "Esmeralda") is None


def test_married_in_a_who_clause() -> None:
    fam = read("Benedict, who is married to Cordelia, owns a farm.")
    assert relation(fam, "Benedict", "Cordelia") == "wife"


def test_a_kin_noun_named_by_called_read_as_a_verb() -> None:
    fam = read("Cordelia's son called Benedict is a good boy.")
    assert relation(fam, "Cordelia", "Benedict") == "son"


def test_a_bare_kin_noun_before_a_name_is_the_subjects() -> None:
    fam = read("Alistair went to dinner with daughter Imogen and his father Mortimer.")
    assert relation(fam, "Alistair", "Imogen") == "daughter"
    assert relation(fam, "Alistair", "Mortimer") == "father"


def test_having_someone_as_a_relative() -> None:
    assert relation(read("Ferdinand is lucky to have Felicity as a wife."),
                    "Ferdinand", "Felicity") == "wife"
    assert relation(read("Edmund is glad to have Cedric as his son."), "Edmund", "Cedric") == "son"
    assert relation(read("Georgina is so happy to have Eugenie for a mother."),
                    "Georgina", "Eugenie") == "mother"


def test_as_a_comparison_is_still_no_relative() -> None:
    fam = read("Reginald treated Ulric as a brother.")
    assert relation(fam, "Reginald", "Ulric") is None


def test_a_list_of_kin_nouns_named_by_a_list_of_names() -> None:
    fam = read("Josephine visited her mom and dad, Lavinia and Fergus.")
    assert relation(fam, "Josephine", "Lavinia") == "mother"
    assert relation(fam, "Josephine", "Fergus") == "father"


def test_a_second_copular_clause_keeps_its_own_subject() -> None:
    fam = read("Agatha is Edmund's sister and Oswald is Edmund's father.")
    assert relation(fam, "Edmund", "Oswald") == "father"
    assert relation(fam, "Agatha", "Oswald") == "father"
