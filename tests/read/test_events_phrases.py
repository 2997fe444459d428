"""Events told by common English phrases (idioms, particles, passives, event nouns), and the
negated or hypothetical ones that are no events; every story is made up here."""

from __future__ import annotations

import pytest

from genogram import read
from genogram.model import Family

#: Names the story introduces first, so that every later sentence can refer to them.
CAST = "This is about Ruth, Sam, Ana, Leo and Emma. "
MARRIED = "Ruth married Sam in 1980. "


def labels_of(fam: Family, type_: str) -> list[set[str]]:
    """The labels of the people of each event of one type."""
    labels = {p.id: p.label for p in fam.people}
    return [{labels[p] for p in e.people} for e in fam.events if e.type == type_]


def has(fam: Family, type_: str, who: set[str]) -> bool:
    return any(who <= ps for ps in labels_of(fam, type_))


@pytest.mark.parametrize(("story", "type_", "who"), [
    # births
    ("Ruth gave birth to Leo in 1988.", "birth", {"Leo"}),
    ("In 1995 Ruth had Emma.", "birth", {"Emma"}),
    ("Their son Leo came along in 1993.", "birth", {"Leo"}),
    ("Ruth delivered a baby boy, Leo, in 1993.", "birth", {"Leo"}),
    # deaths
    ("Sam took his own life in 1999.", "death", {"Sam"}),
    ("Sam committed suicide in 1999.", "death", {"Sam"}),
    ("Sam succumbed to cancer in 1999.", "death", {"Sam"}),
    ("Sam lost his battle with cancer in 1999.", "death", {"Sam"}),
    ("Sam hanged himself in 1999.", "death", {"Sam"}),
    (MARRIED + "She lost her husband in 2003.", "death", {"Sam"}),
    (MARRIED + "Ruth was widowed in 1999.", "death", {"Sam"}),
    # couples
    ("Ruth and Sam tied the knot in 1985.", "marriage", {"Ruth", "Sam"}),
    ("Ruth became Sam's wife in 1985.", "marriage", {"Ruth", "Sam"}),
    ("Ruth and Sam split in 1995.", "separation", {"Ruth", "Sam"}),
    (MARRIED + "Sam walked out on Ruth in 1995.", "separation", {"Ruth", "Sam"}),
    ("Ruth and Sam went their separate ways in 1995.", "separation", {"Ruth", "Sam"}),
    ("Ruth and Sam started living together in 1984.", "cohabitation", {"Ruth", "Sam"}),
    ("Ruth and Sam have lived together since 1984.", "cohabitation", {"Ruth", "Sam"}),
    (MARRIED + "Sam was unfaithful to Ruth.", "affair", {"Sam"}),
    (MARRIED + "Sam was sleeping with Ana.", "affair", {"Sam", "Ana"}),
    ("Ruth and Sam got back together in 2010.", "reunion", {"Ruth", "Sam"}),
    ("Ruth made peace with Sam in 2010.", "reunion", {"Ruth", "Sam"}),
    ("Ruth reconnected with Sam in 2010.", "reunion", {"Ruth", "Sam"}),
    # pregnancies
    ("Ruth was expecting in 1987.", "pregnancy", {"Ruth"}),
    ("Ruth had an abortion in 1986.", "pregnancy", {"Ruth"}),
    ("Ruth lost a baby in 1986.", "pregnancy", {"Ruth"}),
    # moves
    ("Ruth went back to Cairo in 1990.", "move", {"Ruth"}),
    ("Ruth settled in Leedham in 1990.", "move", {"Ruth"}),
    ("Ruth moved out of state in 1990.", "move", {"Ruth"}),
    # work and business
    ("Sam joined the army in 1970.", "job", {"Sam"}),
    ("Sam became a nurse in 1970.", "job", {"Sam"}),
    ("Sam started working at the mill in 1970.", "job", {"Sam"}),
    ("Sam went to work at the mill at fourteen.", "job", {"Sam"}),
    ("Sam was made redundant in 2008.", "job", {"Sam"}),
    ("Sam was drafted in 1968.", "job", {"Sam"}),
    ("Sam sold the business in 1990.", "business", {"Sam"}),
    ("Sam's shop closed in 1990.", "business", {"Sam"}),
    ("Sam took over his father's store in 1975.", "business", {"Sam"}),
    # schooling
    ("Ruth dropped out of high school.", "education", {"Ruth"}),
    ("Ruth earned a law degree in 1980.", "education", {"Ruth"}),
    ("Ruth went back to school in 1990.", "education", {"Ruth"}),
    ("Ruth was expelled in 1980.", "education", {"Ruth"}),
    # care of a child
    ("Leo went to live with his grandmother Ana in 1996.", "custody", {"Leo", "Ana"}),
    ("Leo was raised by his grandmother Ana.", "custody", {"Leo", "Ana"}),
    ("Leo was placed in foster care in 1996.", "custody", {"Leo"}),
    ("Leo was taken into care in 1996.", "custody", {"Leo"}),
    # money
    ("Sam won the lottery in 1991.", "financial", {"Sam"}),
    ("Sam's house was repossessed in 1991.", "financial", {"Sam"}),
    ("Sam gambled away his savings in 1991.", "financial", {"Sam"}),
    # illness
    ("Sam had a heart attack in 2001.", "illness", {"Sam"}),
    ("Sam had a nervous breakdown in 2001.", "illness", {"Sam"}),
    ("Sam went into rehab in 2001.", "illness", {"Sam"}),
    ("Sam battled depression for years.", "illness", {"Sam"}),
    ("Sam was admitted to a psychiatric hospital in 2001.", "illness", {"Sam"}),
    # other turns of a life
    ("Sam went to prison in 1999.", "other", {"Sam"}),
    ("Sam was arrested in 1999.", "other", {"Sam"}),
    ("Sam was released from prison in 2004.", "other", {"Sam"}),
    ("Sam converted to Islam in 1999.", "other", {"Sam"}),
    ("Sam ran away from home at fifteen.", "other", {"Sam"}),
])
def test_phrase_gives_event(story: str, type_: str, who: set[str]) -> None:
    fam = read(CAST + story)
    assert has(fam, type_, who), [(e.type, e.summary) for e in fam.events]


@pytest.mark.parametrize(("story", "type_"), [
    ("Ruth hopes to open a bakery.", "business"),
    ("Ruth almost died in 1990.", "death"),
    ("Ruth nearly lost the house.", "financial"),
    ("Sam was supposed to marry Ana.", "marriage"),
    ("Ruth is going to marry Sam.", "marriage"),
    ("Sam tried to kill himself in 1999.", "death"),
    ("Ruth lost her temper in 2003.", "death"),
    ("Ruth lost touch with Sam.", "death"),
    ("Ruth had made her peace with it.", "reunion"),
    ("Ruth went to the hospital with Sam when Leo was born.", "illness"),
    ("Ruth split the money with Sam.", "separation"),
    ("Sam ran a garage for years.", "business"),
    ("Sam worked as a welder for thirty years.", "job"),
    ("Ana's depression made the house quiet.", "illness"),
    ("Ruth was called Bo as a child.", "job"),
    ("Ruth was expecting Sam to call.", "pregnancy"),
    ("The Great Depression hit Sam hard.", "illness"),
    ("Ana was adopted when she was four, years before Ruth came along.", "birth"),
    ("Ruth came out of the hospital in May.", "other"),
])
def test_no_event_from_what_did_not_happen_or_is_no_event(story: str, type_: str) -> None:
    fam = read(CAST + story)
    assert labels_of(fam, type_) == [], [(e.type, e.summary) for e in fam.events]


def test_a_time_clause_does_not_make_the_main_verb_a_wish() -> None:
    fam = read(CAST + "When Sam died last March, I thought I knew him.")
    assert has(fam, "death", {"Sam"})


def test_lost_to_death_is_the_lost_persons_death_with_its_year() -> None:
    fam = read("My dad Sam was a baker. We lost Dad in 2003.")
    (death,) = [e for e in fam.events if e.type == "death"]
    assert death.when.year == 2003 and death.summary == "Sam dies"


@pytest.mark.parametrize(("story", "type_", "who"), [
    ("Their daughter was born in 1972 and baptized Emma.", "birth", {"Emma"}),
    ("Ruth and Sam had two children, Ana in 1936 and Leo in 1939.", "birth", {"Leo"}),
    ("Ruth married Sam when I was thirteen, and they had my little sister Emma a year later.",
     "birth", {"Emma"}),
    ("Ruth married Sam in 1940. Twin girls, Ana and Emma, followed in 1950.", "birth", {"Emma"}),
    ("My mother remarried in 1988, a quiet dentist named Paul Stone, who taught me to drive.",
     "marriage", {"Paul Stone"}),
    ("In 1961 Emma married a welder from Leedham, Frank Morley, against her parents' wishes.",
     "marriage", {"Emma", "Frank Morley"}),
    ("Ruth and Sam were married for years. Then Ruth found out Sam had been seeing his "
     "secretary, Ana, for almost two years.", "affair", {"Sam", "Ana"}),
    ("Ruth married Sam in 1950. Sam had a girlfriend in another town for most of the 1970s, a "
     "widow named Ana.", "affair", {"Sam", "Ana"}),
    ("Leo is my cousin. Ruth and Sam divorced in the 1980s after Sam's affair.", "affair",
     {"Sam"}),
])
def test_who_the_event_is_about(story: str, type_: str, who: set[str]) -> None:
    fam = read(story)
    assert has(fam, type_, who), [(e.type, e.summary) for e in fam.events]


def test_a_born_that_describes_the_object_is_not_the_subjects_birth() -> None:
    fam = read("Sam named his son, born the next year, after his brother.")
    assert labels_of(fam, "birth") == [{"his son"}]


def test_a_girlfriend_of_someone_unpartnered_is_no_affair() -> None:
    fam = read("Leo had a girlfriend in college, Ana.")
    assert labels_of(fam, "affair") == []


@pytest.mark.parametrize(("story", "type_"), [
    ("I am getting married in October to my fiancé Leo.", "marriage"),
    ("Ruth and Sam are moving to Leedham next year.", "move"),
    ("Sam is married to Ana, and they have twin boys.", "marriage"),
    ("Ruth and Sam had no children together.", "birth"),
    ("Ana already had a boy of her own, Leo, who was thirteen.", "birth"),
    ("Ruth went to Mass every Sunday.", "move"),
])
def test_plans_states_and_denied_objects_give_no_event(story: str, type_: str) -> None:
    fam = read(CAST + story)
    assert labels_of(fam, type_) == [], [(e.type, e.summary) for e in fam.events]


@pytest.mark.parametrize(("story", "type_", "who"), [
    ("Ruth is expecting.", "pregnancy", {"Ruth"}),
    ("Ruth married Sam and followed him to Limerick.", "move", {"Ruth"}),
    ("Ruth packed a bag the same night and took the bus to Reno.", "move", {"Ruth"}),
    ("My brother Leo moved in with his parents in 2010.", "move", {"Leo"}),
    ("Ruth moved in with her boyfriend Sam in 1984.", "cohabitation", {"Ruth", "Sam"}),
])
def test_ongoing_states_places_and_households(story: str, type_: str, who: set[str]) -> None:
    fam = read(CAST + story)
    assert has(fam, type_, who), [(e.type, e.summary) for e in fam.events]


@pytest.mark.parametrize(("story", "type_"), [
    ("Ruth took the bus to Leedham every Thursday for years.", "move"),
    ("Leo pays a little rent when he gets a job.", "job"),
    ("The nurse made me leave. I married Sam in 1990.", "separation"),
    ("Ruth went to school with Ana.", "education"),
    ("Sam came to my graduation and cried.", "education"),
    ("We held a family reunion in 2022.", "reunion"),
    ("Leo found work at the Post Office.", "job"),
])
def test_habits_visits_and_background_give_no_event(story: str, type_: str) -> None:
    fam = read(CAST + story)
    assert labels_of(fam, type_) == [], [(e.type, e.summary) for e in fam.events]


def test_moving_out_before_a_new_marriage_leaves_the_old_partner() -> None:
    fam = read("Ana and Sam were married in 1990. Sam moved out a week later and married Ruth "
               "as soon as the divorce went through.")
    assert labels_of(fam, "separation") == [{"Ana", "Sam"}]
    assert labels_of(fam, "divorce") == [{"Ana", "Sam"}]


def test_school_again_and_college_are_education() -> None:
    fam = read(CAST + "Ruth went back to school in 1990. Sam went to college in 1970.")
    assert sorted(map(sorted, labels_of(fam, "education"))) == [["Ruth"], ["Sam"]]
