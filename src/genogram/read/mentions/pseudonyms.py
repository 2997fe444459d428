"""Letters that stand for people.

- "my brother, who we'll call D", "my sister (let's call her K.)": forum writers hide names
  behind one capital letter; once the text says it calls someone so, every standalone use of
  that letter is that person's name ("D grew up…", "D's dad").
- "Clients: Bo Berg …; Ulla Berg …" then "B reports…", "U's son": a case note
  shortens its clients to their initials; each initial that only one client's given name
  starts with stands for that client.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc

#: "I'll call J", "let's call him J", "we'll call her K.", "(call him R)", "calling him T":
#: a calling verb, an optional object pronoun, then one capital letter standing alone
_CALLS = re.compile(r"\b(?:call|calling)\s+(?:(?:him|her|them)\s+)?\"?([A-Z])\.?\"?(?![\w'’])")
#: A note's line naming its clients: "Clients: Ivo Berg, DOB …; Ulla Berg (née Ek), DOB …"
_CLIENT_LINE = re.compile(r"^[ \t]*(?:Clients?|Couple|Partners|Patients?|IPs?)[ \t]*:(.*)$",
                          re.M | re.I)
_GIVEN = re.compile(r"(?:^|[;&]|\band\b)\s*([A-Z][a-z]{2,})")


def pseudonym_letters(doc: StoryDoc) -> dict[str, str]:
    """The capital letters the story uses as names, each with the name it stands for (the
    letter itself for a post's "who I'll call J"; never "I" or "A")."""
    cached = getattr(doc, "_pseudonym_letters", None)
    if cached is None:
        cached = {hit.group(1): hit.group(1) for hit in _CALLS.finditer(doc.text)}
        by_initial: dict[str, set[str]] = {}
        for line in _CLIENT_LINE.finditer(doc.text):
            for given in _GIVEN.finditer(line.group(1)):
                by_initial.setdefault(given.group(1)[0], set()).add(given.group(1))
        for letter, names in by_initial.items():
            if len(names) == 1 and letter not in cached:
                cached[letter] = names.pop()
        for letter in ("I", "A"):
            cached.pop(letter, None)
        doc._pseudonym_letters = cached  # type: ignore[attr-defined]
    return cached
