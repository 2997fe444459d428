"""Name collisions the story tells with a namesake cue, read from made-up stories."""

from __future__ import annotations

from genogram.analyze.findings import with_findings
from genogram.model import Family
from genogram.read.engine import read_text


def story(text: str) -> Family:
    return with_findings(read_text(text), text)


def collisions(fam: Family) -> list[set[str]]:
    return [{fam.person(p).label for p in f.people} for f in fam.findings
            if f.code == "name-collision"]


def test_named_same_as_a_parent_is_a_name_collision() -> None:
    text = ("My father is Percival Price. My brother was named Percival, same as Dad, but everybody "
            "called him Skip. Skip and I grew up in Ohio.")
    fam = story(text)
    found = [f for f in fam.findings if f.code == "name-collision"]
    assert found and all(f.evidence for f in found)
    assert len(found[0].people) >= 2


def test_a_daughter_named_after_a_grandmother_told_earlier() -> None:
    text = ("Grandma Albertine raised me after my parents died. She passed in 2001. "
            "I have a daughter now, and I named her Albertine.")
    fam = story(text)
    found = [f for f in fam.findings if f.code == "name-collision"]
    assert any(len(set(f.people)) >= 2 for f in found)


def test_a_baby_simply_named_is_no_collision() -> None:
    text = ("My sister Tess married Owen in 2010. The baby is named Kit. Kit is two now "
            "and Tess says he never sleeps.")
    assert collisions(story(text)) == []


def test_a_family_name_after_two_different_titles_is_no_name_collision() -> None:
    from genogram.analyze.findings import find_all
    from tests.analyze.families import at, family

    text = "We moved in with Grandma Fenwick. Grandpa Fenwick kept bees. Grandma Fenwick baked."
    fam = family([at("p1", "Fenwick", text, "Grandma Fenwick"),
                  at("p2", "Fenwick", text, "Grandpa Fenwick")])
    assert [f for f in find_all(fam, text) if f.code == "name-collision"] == []


def test_a_middle_name_after_someone_is_a_name_collision() -> None:
    from genogram.analyze.findings import find_all
    from tests.analyze.families import at, family

    text = ("Quillon died young. Our boy Ruda was one. Ruda's middle name is Quillon, after his "
            "father.")
    fam = family([at("p1", "Quillon", text, "Quillon died", "his father"),
                  at("p2", "Ruda", text, "Ruda")])
    found = [set(f.people) for f in find_all(fam, text) if f.code == "name-collision"]
    assert found == [{"p1", "p2"}]


def test_my_real_name_after_a_grandparent_is_a_name_collision() -> None:
    text = ("My real name is Tavish, after Grandpa. Grandpa was a ferryman on the lake, and "
            "everyone at school called me Tav.")
    found = [f for f in story(text).findings if f.code == "name-collision"]
    assert found and len(set(found[0].people)) >= 2
    assert any("real name is Tavish" in text[a:b] for a, b in found[0].evidence)


def _named_family(text: str, *people: tuple[str, str, tuple[str, ...]]) -> list:
    from genogram.analyze.findings import find_all
    from tests.analyze.families import at, family

    fam = family([at(pid, name, text, *words) for pid, name, words in people])
    return [f for f in find_all(fam, text) if f.code == "name-collision"]


def test_a_shared_family_name_written_first_is_no_name_collision() -> None:
    # each is called alone by the other word of the name: the shared first word is a surname
    text = ("Vasko Temo ran the bakery. His son Vasko Ruli swept the floor. "
            "Temo shouted at Ruli every morning, and Ruli whistled back.")
    assert _named_family(text, ("p1", "Vasko Temo", ("Vasko Temo", "Temo ")),
                         ("p2", "Vasko Ruli", ("Vasko Ruli", "Ruli "))) == []


def test_a_shared_given_name_called_alone_is_still_a_name_collision() -> None:
    text = ("Dorin Quill ran the bakery. Dorin Hemi swept the floor next door. "
            "Dorin shouted every morning.")
    found = _named_family(text, ("p1", "Dorin Quill", ("Dorin Quill", "Dorin shouted")),
                          ("p2", "Dorin Hemi", ("Dorin Hemi",)))
    assert len(found) == 1 and set(found[0].people) == {"p1", "p2"}
    assert all("Dorin" in text[a:b] for a, b in found[0].evidence)


def test_one_nickname_after_two_different_titles_is_no_name_collision() -> None:
    text = "Mr. Bramble sold us the boat. Mrs. Bramble waved from the dock. Mr. Bramble laughed."
    assert _named_family(text, ("p1", "Mr. Bramble", ("Mr. Bramble",)),
                         ("p2", "Mrs. Bramble", ("Mrs. Bramble",))) == []
