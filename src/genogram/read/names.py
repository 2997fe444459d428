"""Given names: is a word a first name, which gender the name suggests, and nickname families.

Name statistics come from ``nomquamgender`` (MIT; counts and p(female) over many countries); the
diminutive table ships with genogram (``data/diminutives.txt``).
"""

from __future__ import annotations

import functools
import json
import unicodedata
from importlib.resources import files

_MIN_COUNT = 800     # occurrences in the name data before a capitalised word counts as a name
_SURE = 0.08          # p(female) <= this -> male; >= 1 - this -> female


@functools.lru_cache(maxsize=1)
def _name_data() -> dict[str, list]:
    with (files("nomquamgender") / "name_data.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def name_stats(word: str) -> tuple[int, float] | None:
    """(count, p_female) for a given name, or None if unknown."""
    data = _name_data()
    row = data.get(word.lower()) or data.get(_strip_accents(word.lower()))
    if not row:
        return None
    return int(row[1]), float(row[2])


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def is_given_name(word: str) -> bool:
    """A word common enough as a given name to be read as one when capitalised."""
    st = name_stats(word)
    return st is not None and st[0] >= _MIN_COUNT


def name_gender(word: str) -> str | None:
    """'female' / 'male' when the name is strongly gendered, else None."""
    st = name_stats(word)
    if st is None or st[0] < 200:
        return None
    if st[1] >= 1 - _SURE:
        return "female"
    if st[1] <= _SURE:
        return "male"
    return None


#: For a gender *vote* (not for deciding that a word is a name at all) the lexicon's own
#: defaults apply: p(female) within 0.1 of 0 or 1 (nomquamgender's classification threshold) and
#: a modest count, since the vote only counts when the text states no gender itself.
_VOTE_SURE = 0.1
_VOTE_MIN_COUNT = 50


def given_name_gender(word: str) -> str | None:
    """The gender the lexicon gives a given name by its own classification defaults, or None
    when the name is ambiguous or too rare to judge."""
    st = _given_name_stats(word)
    if st is None:
        return None
    if st[1] >= 1 - _VOTE_SURE:
        return "female"
    if st[1] <= _VOTE_SURE:
        return "male"
    return None


def _given_name_stats(word: str) -> tuple[int, float] | None:
    """Lexicon stats for a word seen often enough to judge, else None. A compound given name
    rare as a whole ("Ka-Wai", "Jan-Erik") is read by its first element, when every element
    is itself a known name (a nickname like "Dot-Dot-Pie" has no such elements)."""
    word = word.strip(".,")
    st = name_stats(word)
    if st is not None and st[0] >= _VOTE_MIN_COUNT:
        return st
    parts = word.split("-")
    if len(parts) > 1 and all(_given_name_stats(p) is not None for p in parts):
        return _given_name_stats(parts[0])
    return None


def full_name_gender(name: str) -> str | None:
    """The gender a full name suggests: a Sikh surname (Kaur, Singh); else the first word the
    lexicon knows as a given name, skipping words it does not know, so that a name written
    family name first ("Le Van Duc") is read by its given names (the first
    known word decides, even when it is ambiguous); else a surname whose language marks
    gender ("Anna Nowicka")."""
    sikh = sikh_name_gender(name)
    if sikh:
        return sikh
    for word in name.split():
        if _given_name_stats(word) is not None:
            return given_name_gender(word)
    return surname_gender(name)


#: Surname endings that mark a woman or a man in languages whose surnames agree with gender
#: (Polish -ska/-ski, Czech -ová, Russian -ova/-ov, Icelandic -dóttir, Lithuanian -ienė/-aitė)
#: and the Sikh names Kaur (women) and Singh (men).
_SURNAME_ENDINGS = (("female", ("ska", "cka", "dzka", "ová", "ova", "eva", "yeva", "dóttir",
                                "dottir", "ienė", "aitė", "ytė", "utė")),
                    ("male", ("ski", "cki", "dzki", "ov", "ev", "yev")))
_SURNAME_WORDS = {"kaur": "female", "singh": "male"}


def sikh_name_gender(name: str) -> str | None:
    """Kaur (women) and Singh (men) as a last name say the gender whatever the given name."""
    words = name.split()
    return _SURNAME_WORDS.get(words[-1].lower().strip(".,")) if len(words) > 1 else None


def surname_gender(name: str) -> str | None:
    """The gender a full name's surname states, when its language marks it ("Anna Nowicka",
    "Petr Novák" has none; "Jas Kaur"); None for one-word names and unmarked surnames."""
    words = name.split()
    if len(words) < 2:
        return None
    last = words[-1].lower().strip(".,")
    if last in _SURNAME_WORDS or len(last) < 6:
        return sikh_name_gender(name)
    for gender, ends in _SURNAME_ENDINGS:
        if last.endswith(ends):
            return gender
    return None


@functools.lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    """Map every name and diminutive (lowercase) to its formal name, when it has only one."""
    return {w: min(fs) for w, fs in _all_families().items() if len(fs) == 1}


@functools.lru_cache(maxsize=1)
def _all_families() -> dict[str, frozenset[str]]:
    """Map every name and diminutive (lowercase) to all the formal names it may stand for
    ("leo": leander, leonard, leopold, lionel)."""
    out: dict[str, set[str]] = {}
    text = (files("genogram.read") / "data" / "diminutives.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        formal, _, rest = line.partition(":")
        for w in [formal, *rest.split()]:
            out.setdefault(w.strip().lower(), set()).add(formal.strip().lower())
    return {w: frozenset(fs) for w, fs in out.items()}


def same_given_name(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` are the same given name or one is a diminutive of the other."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    fam = _all_families()
    fa, fb = fam.get(a), fam.get(b)
    if fa is None or fb is None:
        return False
    # a formal name stands only for itself; a nickname for any of its formal names
    if a in fa and len(fa) == 1 or b in fb and len(fb) == 1:
        return bool(fa & fb)
    return fa == fb


def formal_name(word: str) -> str:
    """The formal name a diminutive belongs to ("billy" -> "william"), else the word itself."""
    w = word.lower()
    return _families().get(w, w)


def formal_names(word: str) -> frozenset[str]:
    """Every formal name a given name may stand for ("tina" -> christina, valentina…; a name
    outside the table stands for itself), in lowercase."""
    w = word.lower()
    return _all_families().get(w, frozenset([w]))
