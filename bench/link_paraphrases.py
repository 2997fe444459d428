"""How generally the reader reads emotional and social links: an invented paraphrase set.

    PYTHONPATH=src:. .venv/bin/python bench/link_paraphrases.py            # accuracy per type
    PYTHONPATH=src:. .venv/bin/python bench/link_paraphrases.py --failures # and each miss
    PYTHONPATH=src:. .venv/bin/python bench/link_paraphrases.py --half odd # one half only

Each line of ``link_paraphrases.tsv`` holds a link type (close, fused, distant, conflict,
hostile, cutoff, abuse, neglect, friend, fictive-kin, household; or ``none``), two names A and B
and a short text (one to three sentences) whose own words state that link between A and B
("Réka and her brother Levente have always been close" -> close). The set was written blind to
the reader's code by a helper (stop 21): invented names and sentences, varied constructions
(adjectives, verbs, nouns, idioms, quoted speech, clinical shorthand, forum tags, a child
narrator). ``none`` lines state no link between the two.

Rules are chosen on the odd half (items 1, 3, 5, … in file order); the even half is kept to see
whether they generalise, and both halves are reported (``BENCHMARKS.md``).

The product reads each text with ``genogram.read.read_text``; an item is right when a link of
the expected type joins A and B (either direction; other links between them do not matter),
and for ``none`` when no link joins them at all.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.kin_paraphrases import Item, _person, load_items

ITEMS = Path(__file__).resolve().parent / "link_paraphrases.tsv"

__all__ = ["ITEMS", "Item", "answer", "load_items", "right", "rows", "run_set", "select",
           "set_arguments"]


def rows(path: Path) -> list[list[str]]:
    """The tab-separated fields of each item line, in file order (blank lines and lines
    starting with '#' are skipped)."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def set_arguments(description: str | None, default_items: Path) -> argparse.ArgumentParser:
    """The command line every paraphrase set shares: ``--items``, ``--failures``, ``--json``,
    ``--half odd|even``."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--items", type=Path, default=default_items)
    ap.add_argument("--failures", action="store_true", help="list each miss")
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    ap.add_argument("--half", choices=("odd", "even"), help="only items 1, 3, 5… or 2, 4, 6…")
    return ap


def select(items: list, half: str | None) -> list:
    """All items, or the odd (1st, 3rd, …) or even (2nd, 4th, …) half in file order."""
    if half is None:
        return items
    return items[0::2] if half == "odd" else items[1::2]


def answer(item: Item) -> str:
    """The link types the product reads between A and B ("+"-joined), or why it cannot say."""
    from genogram.read import read_text

    family = read_text(item.text, name="paraphrase")
    a_ids, b_ids = _person(family, item.a), _person(family, item.b)
    if len(a_ids) != 1 or len(b_ids) != 1:
        return f"<people {len(a_ids)}/{len(b_ids)}>"
    if a_ids == b_ids:
        return "<same person>"
    pair = {a_ids[0], b_ids[0]}
    types = sorted({k.type for k in family.links if {k.a, k.b} == pair})
    return "+".join(types) if types else "none"


def right(item: Item, got: str) -> bool:
    if item.expected == "none":
        return got == "none"
    return item.expected in got.split("+")


def run_set(argv: list[str] | None, description: str | None, default_items: Path,
            load: Callable[[Path], list], judge: Callable[[Any], tuple[bool, str]],
            key: Callable[[Any], str], describe: Callable[[Any, str], str]) -> int:
    """The command line of a paraphrase set: read the items (or one half), judge each with the
    product, print the accuracy by type and, with ``--failures``, each miss."""
    args = set_arguments(description, default_items).parse_args(argv)
    items = select(load(args.items), args.half)
    misses = []
    total: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    for item in items:
        good, read = judge(item)
        total[key(item)] += 1
        if good:
            ok[key(item)] += 1
        else:
            misses.append((item, read))
    correct = len(items) - len(misses)
    summary = {"n": len(items), "correct": correct,
               "accuracy": round(correct / len(items), 4) if items else 0.0,
               "by_type": {t: f"{ok[t]}/{total[t]}" for t in sorted(total)}}
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"{correct}/{len(items)} = {summary['accuracy']:.3f}")
        print("  " + "  ".join(f"{t} {v}" for t, v in summary["by_type"].items()))
    if args.failures:
        for item, read in misses:
            print(describe(item, read))
    return 0


def _judge(item: Item) -> tuple[bool, str]:
    got = answer(item)
    return right(item, got), got


def main(argv: list[str] | None = None) -> int:
    return run_set(argv, __doc__.split("\n\n")[0] if __doc__ else None, ITEMS, load_items,
                   _judge, lambda item: item.expected,
                   lambda item, got: f"  {item.a} ~ {item.b}: want {item.expected}, got {got}\n"
                                     f"      {item.text}")


if __name__ == "__main__":
    sys.exit(main())
