"""Lint cues over hand-built families with a story text: a later teller who introduces
themselves, a kin title for the teller's real kin, and a pet form split from a full name."""

from __future__ import annotations

from genogram.analyze.findings import find_all
from genogram.model import Family
from tests.analyze.families import at, child, family, link, narration


def codes(fam: Family, text: str, code: str) -> list:
    return [f for f in find_all(fam, text) if f.code == code]


TWO_TELLERS = ("My brother Ugo has not called me in a year.\n"
               "UPDATE: Hi, this is Ugo. My sister asked me to explain.\n")


def test_a_pov_shift_names_each_narrator_with_the_words_their_part_opens_with() -> None:
    cut = TWO_TELLERS.index("UPDATE")
    fam = family([at("p1", "Lia", TWO_TELLERS, "My ", " me ", narrator=True),
                  at("p2", "Ugo", TWO_TELLERS, "Ugo")],
                 narration=narration(("p1", 0, cut), ("p2", cut, len(TWO_TELLERS))))
    (f,) = codes(fam, TWO_TELLERS, "pov-shift")
    assert f.people == ["p1", "p2"] and f.evidence == [(0, cut), (cut, len(TWO_TELLERS))]
    assert f'Ugo (characters {cut}-{len(TWO_TELLERS)}, from "UPDATE: Hi, this is Ugo. My ..."' in f.message


def test_pov_shift_follows_the_narrators_the_reader_found() -> None:
    # (the reader decides who tells which stretch; one narrator read means no shift)
    fam = family([at("p1", "Lia", TWO_TELLERS, "My ", " me ", narrator=True),
                  at("p2", "Ugo", TWO_TELLERS, "Ugo")],
                 narration=narration(("p1", 0, len(TWO_TELLERS))))
    assert codes(fam, TWO_TELLERS, "pov-shift") == []


def test_a_self_introduction_on_the_first_line_is_no_pov_shift() -> None:
    text = "Hi, this is Ugo. My sister Lia has not called me in a year.\n"
    fam = family([at("p1", "Ugo", text, "Ugo", "My ", narrator=True),
                  at("p2", "Lia", text, "Lia")],
                 narration=narration(("p1", 0, len(text))))
    assert codes(fam, text, "pov-shift") == []


def test_a_kin_title_for_the_tellers_own_grandmother_is_no_fictive_kin() -> None:
    text = "Everybody called Orla's mother Gammy. I loved her."
    fam = family([at("p1", None, text, "I ", narrator=True), at("p2", "Orla", text, "Orla"),
                  at("p3", None, text, "Orla's mother"), at("p4", None, text, "Gammy")],
                 children=[child("p4", "p2"), child("p2", "p1")],
                 links=[link("p4", "p3", "fictive-kin", (0, 38))])
    assert codes(fam, text, "fictive-kin") == []
