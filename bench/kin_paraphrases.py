"""How generally the reader reads kinship statements: an invented paraphrase set.

    PYTHONPATH=src:. .venv/bin/python bench/kin_paraphrases.py            # accuracy
    PYTHONPATH=src:. .venv/bin/python bench/kin_paraphrases.py --failures # and each miss

Each line of ``kin_paraphrases.tsv`` holds an expected kin word, two names A and B and a short
text (one sentence or a few) that states, in one of the many ways people phrase it, how B is
related to A ("Gregor took his son Bertram to the zoo." -> Bertram is Gregor's son). The texts
and names are invented (no benchmark or corpus sentence); they vary the construction, not the
names: possessive pronouns, apposition, relative clauses, passives, "the two were married",
plural kin with coordination, "their", possessive chains, a name given in the next sentence.

The product reads each text with ``genogram.read.read_text`` and the kinship calculator answers;
the answer is counted right when its plain-English word (sides such as "maternal" dropped, a
two-step phrase such as "brother's daughter" composed to "niece") is the expected one. Unlike
CLUTRR's labels, a spouse's sibling stays a sibling-in-law here.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from genogram.analyze.kinship import describe, relationship
from genogram.model import Family

ITEMS = Path(__file__).resolve().parent / "kin_paraphrases.tsv"

_SIDES = ("maternal ", "paternal ", "late ", "former ", "twin ")
_COMPOSED = {
    "brother's son": "nephew", "sister's son": "nephew", "brother's daughter": "niece",
    "sister's daughter": "niece", "son's son": "grandson", "daughter's son": "grandson",
    "son's daughter": "granddaughter", "daughter's daughter": "granddaughter",
    "father's father": "grandfather", "mother's father": "grandfather",
    "father's mother": "grandmother", "mother's mother": "grandmother",
    "husband's brother": "brother-in-law", "wife's brother": "brother-in-law",
    "sister's husband": "brother-in-law", "husband's sister": "sister-in-law",
    "wife's sister": "sister-in-law", "brother's wife": "sister-in-law",
    "son's wife": "daughter-in-law", "daughter's husband": "son-in-law",
    "husband's mother": "mother-in-law", "wife's mother": "mother-in-law",
    "husband's father": "father-in-law", "wife's father": "father-in-law",
}


@dataclass(frozen=True)
class Item:
    expected: str
    a: str
    b: str
    text: str


def load_items(path: Path = ITEMS) -> list[Item]:
    """The items of the set, in file order (lines starting with '#' are comments)."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        expected, a, b, text = line.split("\t")
        items.append(Item(expected.strip(), a.strip(), b.strip(), text.strip()))
    return items


def plain_word(phrase: str) -> str:
    """The calculator's phrase as one kin word: sides dropped, two-step phrases composed."""
    word = phrase.strip().lower()
    for side in _SIDES:
        word = word.removeprefix(side)
    return _COMPOSED.get(word, word)


def _person(family: Family, name: str) -> list[str]:
    key = name.casefold()
    # a one-word name is any word of the person's name; a longer one ("Ivo Jr.") the whole
    return [p.id for p in family.people
            if (p.name and (key in p.name.casefold().split() or key == p.name.casefold()))
            or any(a.casefold() == key for a in p.aliases)]


def answer(item: Item) -> str:
    """The product's word for how B is related to A, or why there is none."""
    from genogram.read import read_text

    family = read_text(item.text, name="paraphrase", implied_people=True)
    a_ids, b_ids = _person(family, item.a), _person(family, item.b)
    if len(a_ids) != 1 or len(b_ids) != 1:
        return f"<people {len(a_ids)}/{len(b_ids)}>"
    if a_ids == b_ids:
        return "<same person>"
    rel = relationship(family, a_ids[0], b_ids[0])
    return "<unrelated>" if rel is None else plain_word(describe(rel))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--items", type=Path, default=ITEMS)
    ap.add_argument("--failures", action="store_true", help="list each miss")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)
    items = load_items(args.items)
    misses = []
    for item in items:
        got = answer(item)
        if got != item.expected:
            misses.append((item, got))
    correct = len(items) - len(misses)
    summary = {"n": len(items), "correct": correct,
               "accuracy": round(correct / len(items), 4) if items else 0.0}
    print(json.dumps(summary) if args.json
          else f"{correct}/{len(items)} = {summary['accuracy']:.3f}")
    if args.failures:
        for item, got in misses:
            print(f"  {item.a} -> {item.b}: want {item.expected}, got {got}\n      {item.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
