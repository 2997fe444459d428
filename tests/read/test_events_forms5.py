"""More event forms: a divorce sued for from someone, a betrothal, a fling, a start in a trade
(sentences written for the test)."""

from __future__ import annotations

from genogram import read
from genogram.model import Family


def _events(fam: Family, type_: str) -> list[list[str]]:
    names = {p.id: p.label for p in fam.people}
    return [[names[x] for x in e.people] for e in fam.events if e.type == type_]


def test_a_divorce_filed_for_from_someone_is_that_couples() -> None:
    fam = read("In April 1998 Ursula petitioned for divorce from Edwin.")
    assert sorted(_events(fam, "divorce")[0]) == ["Edwin", "Ursula"]
    fam = read("Ognian sued for divorce from Svanhild in 1990.")   # (two rare names)
    assert sorted(_events(fam, "divorce")[0]) == ["Ognian", "Svanhild"]


def test_betrothed_to_someone_is_an_engagement() -> None:
    fam = read("By 1921 Roderick was betrothed to Helga, a miller's niece from the valley.")
    assert sorted(_events(fam, "engagement")[0]) == ["Helga", "Roderick"]


def test_a_fling_with_someone_is_an_affair() -> None:
    fam = read("Ursula married Edwin in 1960. Three years on she began a fling with Roderick, "
               "the choirmaster.")
    assert sorted(_events(fam, "affair")[0]) == ["Roderick", "Ursula"]


def test_taken_on_or_starting_in_a_trade_is_a_job() -> None:
    fam = read("Edwin had been taken on as clerk at the harbour office at fourteen. "
               "His brother Zdravko started as a carpenter at the yard the same year.")
    assert sorted(x for e in _events(fam, "job") for x in e) == ["Edwin", "Zdravko"]


def test_a_rare_name_that_goes_on_as_she_or_he_is_a_person() -> None:
    fam = read("Gudmunda moved from Tromso to Bergen after she turned twenty.")
    assert _events(fam, "move") == [["Gudmunda"]]
    fam = read("Acme took her on after she left school.")   # the one taken on is "her", not Acme
    assert not any(p.label == "Acme" for p in fam.people)
