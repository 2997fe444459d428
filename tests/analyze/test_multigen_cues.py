"""Multigenerational patterns told in the story text, read from made-up stories."""

from __future__ import annotations

from genogram.analyze.findings import with_findings
from genogram.model import Family
from genogram.read.engine import read_text


def story(text: str) -> Family:
    return with_findings(read_text(text), text)


def patterns(fam: Family) -> list[str]:
    return [f.message for f in fam.findings if f.code == "multigenerational"]


def test_a_parent_running_off_in_two_generations_is_abandonment() -> None:
    text = ("My mother, Hesper, left when I was six. Grandma Flo said that Hesper's own mother, "
            "Wendla, had run off as well, when Hesper was little.")
    fam = story(text)
    found = [f for f in fam.findings if f.code == "multigenerational"]
    assert any("abandonment" in f.message for f in found)
    assert all(f.evidence for f in found)


def test_a_father_dying_young_in_two_generations_is_early_loss() -> None:
    text = ("Karl Weiss married Anna Roth in 1920. Their son Otto was born in 1922. Karl was "
            "killed in 1931; Otto was nine. Otto married Gerda Lang in 1950, and their son Max was "
            "born in 1952. Otto died in 1960. Max was eight.")
    assert any("early-loss" in m for m in patterns(story(text)))


def test_raised_by_a_grandmother_in_two_generations() -> None:
    text = ("Ruth Cole was raised by her own grandmother after her mother died. Ruth's daughter "
            "is Dana Cole. Dana's son, Eli, lives with his maternal grandmother Ruth since age 5.")
    fam = story(text)
    assert any("grandparent-raised" in m for m in patterns(fam))


def test_a_son_who_did_what_his_father_did_shares_the_pattern() -> None:
    text = ("Hugo Lind married Vera Lind in 1950. Their son Carl was born in 1952. Hugo had an "
            "affair with a neighbour, Rita Moss. Carl married Ann Roe in 1975. Ann says Carl "
            "did exactly what his father did.")
    fam = story(text)
    found = [f for f in fam.findings if f.code == "multigenerational"]
    assert any({"Hugo Lind", "Carl"} <= {fam.person(p).label for p in f.people}
               for f in found)


def test_a_note_line_without_a_subject_belongs_to_the_person_before_it() -> None:
    text = ("Client is Jo Halasz, a 15-year-old girl. Her mother is Dee Halasz and her maternal "
            "grandfather is Len Kovacs.\n"
            "Mother: Dee Halasz, 38. Hx of opioid use disorder.\n"
            "Grandfather: Len Kovacs (father of Dee) d. 2015, cirrhosis; \"drank every day of "
            "his life\" per Jo.\n")
    fam = story(text)
    assert any("substance" in f.message for f in fam.findings if f.code == "multigenerational")
