"""A child told as one partner's own ("along came my own daughter") is the other partner's
stepchild, so "her father" is someone else (invented)."""

from __future__ import annotations

from genogram.model import Family
from genogram.read.engine import read_text


def _kinds(fam: Family, child: str) -> dict[str, str]:
    label = {p.id: p.label for p in fam.people}
    kid = next(p.id for p in fam.people if p.label == child)
    return {label[c.parent]: c.kind for c in fam.children if c.child == kid}


def test_my_own_daughter_is_the_spouses_stepchild() -> None:
    fam = read_text("I married Edwin that spring, and along came my own daughter, Ursula, then "
                    "six. Her dad left us long before.")
    kinds = _kinds(fam, "Ursula")
    assert kinds.get("Edwin") in (None, "step")
    assert kinds.get("her dad") == "biological"
    edwin = next(p.id for p in fam.people if p.label == "Edwin")
    me = next(p.id for p in fam.people if p.narrator)
    u = next(u for u in fam.unions if set(u.partners) == {edwin, me})
    assert u.status == "together"


def test_our_own_daughter_is_both_partners() -> None:
    fam = read_text("Edwin and I wed in the autumn. Our own daughter, Ursula, came two years "
                    "later.")
    assert _kinds(fam, "Ursula").get("Edwin") == "biological"


def test_my_own_daughter_without_another_father_is_a_stepchild() -> None:
    fam = read_text("I married Edwin that spring. Along came my own daughter, Ursula, then six.")
    assert _kinds(fam, "Ursula").get("Edwin") == "step"
