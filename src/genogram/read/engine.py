"""A first reader: people from spaCy PERSON names and kinship phrases (my husband, our son).

This is the foundation's reader; the full engine replaces its stages one by one.
"""

from __future__ import annotations

import re

from genogram.model import Family, Person, Source
from genogram.read.lexicon import kin_term
from genogram.read.nlp import load_nlp
from genogram.text import Story, decode_story, normalize

_FIRST_PERSON = re.compile(r"\b(I|me|my|mine|myself)\b")
_POSSESSIVE_KIN = re.compile(r"\b(my|our)\s+([a-z][a-z-]+)\b", re.IGNORECASE)


def read_text(text: str, *, name: str = "story") -> Family:
    """Read a story given as text."""
    return read_story(decode_story(text.encode("utf-8"), name=name))


def read_story(story: Story) -> Family:
    """Read a decoded story into a :class:`Family`."""
    text = story.text
    norm = normalize(text)
    doc = load_nlp()(norm)
    people: dict[str, dict] = {}

    def add(key: str, name: str | None, desc: str | None, span: tuple[int, int],
            gender: str = "unknown", narrator: bool = False) -> None:
        p = people.setdefault(key, {"name": name, "descriptions": [], "mentions": [],
                                    "gender": gender, "narrator": narrator})
        if desc and desc not in p["descriptions"]:
            p["descriptions"].append(desc)
        p["mentions"].append(span)

    for m in _FIRST_PERSON.finditer(norm):
        add("narrator", None, "the narrator", (m.start(), m.end()), narrator=True)
    for m in _POSSESSIVE_KIN.finditer(norm):
        term = kin_term(m.group(2))
        if term is not None:
            add(f"my {term.word}", None, m.group(0).lower(), (m.start(), m.end()),
                gender=term.gender or "unknown")
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            add(ent.text, ent.text, None, (ent.start_char, ent.end_char))

    out: list[Person] = []
    for i, (_key, p) in enumerate(people.items(), start=1):
        out.append(Person(id=f"p{i}", name=p["name"], descriptions=p["descriptions"],
                          gender=p["gender"], narrator=p["narrator"],
                          mentions=sorted(set(p["mentions"]))))
    return Family(source=Source(name=story.name, sha256=story.sha256, chars=len(text)),
                  people=out)
