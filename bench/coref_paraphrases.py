"""How well the reader keeps one person per real individual: an invented coreference set.

    PYTHONPATH=src:. .venv/bin/python bench/coref_paraphrases.py            # accuracy
    PYTHONPATH=src:. .venv/bin/python bench/coref_paraphrases.py --failures # and each miss
    PYTHONPATH=src:. .venv/bin/python bench/coref_paraphrases.py --half odd # one half only

Each line of ``coref_paraphrases.tsv`` holds the number of distinct people a short text (two to
seven sentences) refers to, some checks, and the text. The texts name the same person in
several ways ("my father … Dad … the old man … Pops"), put kin words whose owner must be found
across sentences ("Hartwig married Gudmunda. Her father never forgave him."), groups later singled
out, names given late, dialogue, namesakes, step- and half-families, notes and forum posts.
The checks are of two kinds:

- ``A>B=rel``: B is A's ``rel`` ("Hartwig>Rainelda=mother");
- ``A#rel=N``: A has exactly N people who are A's ``rel`` ("I#father=1": "Dad" and "my father"
  are one man).

A and B are a name that occurs in the text or ``I`` for the narrator. Gender-neutral words
(parent, child, sibling, spouse) accept either gendered word. The set was written blind to the
reader's code by a helper (stop 22): invented names and sentences.

An item is right when the product (``genogram.read.read_text``, what a user gets) makes exactly
that many people (or a number in the range ``N-M``) and every check holds; the count and the
checks are also reported on their own. Kin words are computed with the kinship calculator on
the family read with the implied people of two-step kin words ("my cousin" implies an aunt or
uncle), as ``kin_paraphrases`` does. Rules are chosen on the odd half only; the even half is
kept to see whether they generalise.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.kin_paraphrases import _person, plain_word
from bench.link_paraphrases import rows, select, set_arguments

from genogram.analyze.kinship import describe, relationship
from genogram.model import Family

ITEMS = Path(__file__).resolve().parent / "coref_paraphrases.tsv"

#: A gender-neutral word of a check and the words of the calculator that satisfy it.
_NEUTRAL = {"parent": {"parent", "father", "mother"}, "child": {"child", "son", "daughter"},
            "sibling": {"sibling", "brother", "sister"},
            "spouse": {"spouse", "husband", "wife", "partner"}}

_CHECK = re.compile(r"^(?P<a>[^>#=]+?)\s*(?:>(?P<b>[^=]+?)|#(?P<rel>[^=]+?))\s*=\s*(?P<v>\S+)$")


@dataclass(frozen=True)
class Check:
    a: str
    b: str | None   # ``A>B=rel``; None for ``A#rel=N``
    rel: str
    count: int | None

    def __str__(self) -> str:
        return f"{self.a}>{self.b}={self.rel}" if self.b else f"{self.a}#{self.rel}={self.count}"


@dataclass(frozen=True)
class Item:
    low: int
    high: int
    checks: tuple[Check, ...]
    text: str


def _parse_check(raw: str) -> Check:
    m = _CHECK.match(raw.strip())
    if m is None:
        raise ValueError(f"not a check: {raw!r}")
    if m["b"] is not None:
        return Check(m["a"], m["b"], m["v"], None)
    return Check(m["a"], None, m["rel"], int(m["v"]))


def load_items(path: Path = ITEMS) -> list[Item]:
    """The items of the set, in file order (lines starting with '#' are comments)."""
    items = []
    for people, checks, text in rows(path):
        low, _, high = people.strip().partition("-")
        items.append(Item(int(low), int(high or low),
                          tuple(_parse_check(c) for c in checks.split(" ; ") if c.strip()),
                          text.strip()))
    return items


def _ids(family: Family, who: str) -> list[str]:
    if who == "I":
        return [p.id for p in family.people if p.narrator]
    return _person(family, who)


def _word(family: Family, a: str, b: str) -> str | None:
    rel = relationship(family, a, b)
    return None if rel is None else plain_word(describe(rel))


def _fits(word: str | None, rel: str) -> bool:
    if word is not None:   # the set's "cousin" is a first cousin, its "uncle" any uncle
        word = word.removeprefix("first ").removesuffix(" by marriage")
    return word is not None and (word == rel or word in _NEUTRAL.get(rel, ()))


def check_holds(family: Family, check: Check) -> tuple[bool, str]:
    """Whether the check holds in the family, and what the product read instead."""
    a_ids = _ids(family, check.a)
    if len(a_ids) != 1:
        return False, f"{check.a}: {len(a_ids)} people"
    a = a_ids[0]
    if check.b is not None:
        b_ids = _ids(family, check.b)
        if len(b_ids) != 1:
            return False, f"{check.b}: {len(b_ids)} people"
        if b_ids == a_ids:
            return False, "same person"
        word = _word(family, a, b_ids[0])
        return _fits(word, check.rel), word or "unrelated"
    found = [p.id for p in family.people if p.id != a and _fits(_word(family, a, p.id), check.rel)]
    return len(found) == check.count, f"{len(found)} ({', '.join(family.person(p).label for p in found)})"


@dataclass
class Verdict:
    count_ok: bool
    people: int
    checks: list[tuple[Check, bool, str]]

    @property
    def right(self) -> bool:
        return self.count_ok and all(ok for _c, ok, _r in self.checks)


def judge(item: Item) -> Verdict:
    """The product's reading of one item."""
    from genogram.read import read_text

    plain = read_text(item.text, name="paraphrase")
    implied = read_text(item.text, name="paraphrase", implied_people=True)
    n = len(plain.people)
    return Verdict(item.low <= n <= item.high, n,
                   [(c, *check_holds(implied, c)) for c in item.checks])


def main(argv: list[str] | None = None) -> int:
    args = set_arguments(__doc__.split("\n\n")[0] if __doc__ else None, ITEMS).parse_args(argv)
    items = select(load_items(args.items), args.half)
    verdicts = [judge(item) for item in items]
    n_checks = sum(len(v.checks) for v in verdicts)
    summary = {
        "n": len(items),
        "right": sum(v.right for v in verdicts),
        "count_right": sum(v.count_ok for v in verdicts),
        "checks": n_checks,
        "checks_right": sum(ok for v in verdicts for _c, ok, _r in v.checks),
        "too_many": sum(v.people > i.high for v, i in zip(verdicts, items, strict=True)),
        "too_few": sum(v.people < i.low for v, i in zip(verdicts, items, strict=True)),
    }
    if args.json:
        print(json.dumps(summary))
    else:
        n = max(1, summary["n"])
        print(f"items right {summary['right']}/{summary['n']} = {summary['right'] / n:.3f}; "
              f"people count {summary['count_right']}/{summary['n']} = "
              f"{summary['count_right'] / n:.3f} (too many {summary['too_many']}, too few "
              f"{summary['too_few']}); checks {summary['checks_right']}/{n_checks} = "
              f"{summary['checks_right'] / max(1, n_checks):.3f}")
    if args.failures:
        for item, v in zip(items, verdicts, strict=True):
            if v.right:
                continue
            bad = [f"{c} read {r}" for c, ok, r in v.checks if not ok]
            count = "" if v.count_ok else f"people {v.people}, want {item.low}" + (
                f"-{item.high}" if item.high != item.low else "") + "; "
            print(f"  {count}{'; '.join(bad)}\n      {item.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
