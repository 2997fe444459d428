"""One capital letter used as a name ("who I'll call J") in forum posts (invented posts)."""

from __future__ import annotations

import pytest

from genogram.read.engine import read_text
from tests.read.test_reader import person


@pytest.mark.parametrize("intro", ["My husband, whom I will call R here, and I",
                                   "My husband (let's call him R) and I"])
def test_a_letter_the_post_calls_someone_is_that_persons_name(intro: str) -> None:
    text = (f"{intro} have been married for 9 years. We have a son, Tomi. R grew up in Ohio. "
            "When he left the church, his mother stopped speaking to him. R's dad died in 2019.")
    fam = read_text(text)
    r = person(fam, "R")
    assert any(text[s:e] == "My husband" for s, e in r.mentions)
    assert sum(text[s:e] == "R" for s, e in r.mentions) >= 2
    mother = next(p for p in fam.people if any(text[s:e] == "his mother" for s, e in p.mentions))
    assert any(c.parent == mother.id and c.child == r.id for c in fam.children)


def test_a_letter_nobody_is_called_stays_a_letter() -> None:
    fam = read_text("My son got an A in maths. Plan B was to move. My son is proud.")
    assert not [p for p in fam.people if p.name in ("A", "B")]
