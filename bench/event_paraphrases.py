"""How generally the reader reads life events: an invented paraphrase set.

    PYTHONPATH=src:. .venv/bin/python bench/event_paraphrases.py            # accuracy per type
    PYTHONPATH=src:. .venv/bin/python bench/event_paraphrases.py --failures # and each miss
    PYTHONPATH=src:. .venv/bin/python bench/event_paraphrases.py --half odd # one half only

Each line of ``event_paraphrases.tsv`` holds an event type of the contract (birth, death,
marriage, … other), the named people who must take part ("+"-joined) and a short text (one to
three sentences) that states that one event in one of the many ways people phrase it ("Yetunde
gave birth to a boy, Babajide, in March 1979." -> birth with Babajide and Yetunde). Lines typed
``none:TYPE`` state no such event for those people (a negation, a wish, another sense of the
word: "passed her driving test"). The set was written blind to the reader's code by a helper
(stop 21): invented names and sentences, many registers (saga, clinical shorthand, forum tags,
a child narrator, first person with the narrator named).

The product reads each text with ``genogram.read.read_text``; an item is right when one event
of the type has every listed person among its people, and for ``none:TYPE`` when no event of
that type has any of them. Rules are chosen on the odd half (items 1, 3, 5, … in file order);
the even half is kept to see whether they generalise, and both halves are reported.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from bench.kin_paraphrases import _person
from bench.link_paraphrases import rows, run_set

ITEMS = Path(__file__).resolve().parent / "event_paraphrases.tsv"


@dataclass(frozen=True)
class Item:
    type: str
    negative: bool
    people: tuple[str, ...]
    text: str

    @property
    def label(self) -> str:
        return f"none:{self.type}" if self.negative else self.type


def load_items(path: Path = ITEMS) -> list[Item]:
    """The items of the set, in file order (lines starting with '#' are comments)."""
    items = []
    for type_, people, text in rows(path):
        negative = type_.startswith("none:")
        items.append(Item(type_.removeprefix("none:").strip(), negative,
                          tuple(p.strip() for p in people.split("+")), text.strip()))
    return items


def answer(item: Item) -> tuple[bool, str]:
    """Whether the product reads the item right, and what it read (for the failure list)."""
    from genogram.read import read_text

    family = read_text(item.text, name="paraphrase")
    ids = [_person(family, name) for name in item.people]
    read = "; ".join(f"{e.type}({', '.join(family.person(p).label for p in e.people)})"
                     for e in family.events) or "no events"
    if item.negative:
        who = {i for found in ids for i in found}
        return not any(e.type == item.type and who & set(e.people) for e in family.events), read
    if any(len(found) != 1 for found in ids):
        return False, f"<people {'/'.join(str(len(f)) for f in ids)}> {read}"
    want = {found[0] for found in ids}
    return any(e.type == item.type and want <= set(e.people) for e in family.events), read


def main(argv: list[str] | None = None) -> int:
    return run_set(argv, __doc__.split("\n\n")[0] if __doc__ else None, ITEMS, load_items,
                   answer, lambda item: "none" if item.negative else item.type,
                   lambda item, read: f"  want {item.label} {'+'.join(item.people)}; read {read}\n"
                                      f"      {item.text}")


if __name__ == "__main__":
    sys.exit(main())
