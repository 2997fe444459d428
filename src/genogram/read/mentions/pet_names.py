"""Names given to animals and vehicles ("a parrot named Quill", "our cat, Mops", "the boat, the
Sea Swallow", "this one was called Sprocket"): such a name names no person, here or later in the story.
"""

from __future__ import annotations

from genogram.read.document import StoryDoc
from genogram.read.lexicon import kin_term

#: Nouns for animals a family names (pets, farm and working animals).
ANIMAL_NOUNS = frozenset([
    "dog", "dogs", "puppy", "pup", "mutt", "hound", "terrier", "spaniel", "retriever", "collie",
    "poodle", "beagle", "dachshund", "sheepdog", "cat", "kitten", "tomcat", "parrot", "parakeet",
    "budgie", "canary", "cockatoo", "bird", "horse", "pony", "mare", "stallion", "colt", "filly",
    "foal", "donkey", "mule", "cow", "calf", "bull", "ox", "goat", "pig", "sow", "sheep", "lamb",
    "ram", "rabbit", "bunny", "hamster", "gerbil", "goldfish", "tortoise", "turtle", "ferret",
    "hen", "rooster", "duck", "goose", "pet",
])
#: Nouns for vehicles and craft a family names.
VEHICLE_NOUNS = frozenset([
    "boat", "ship", "yacht", "schooner", "sloop", "ketch", "dinghy", "canoe", "barge", "ferry",
    "steamer", "trawler", "car", "truck", "lorry", "van", "bus", "tractor", "motorbike",
    "motorcycle", "bicycle", "bike", "plane", "airplane", "aeroplane", "locomotive", "caravan",
    "wagon",
])
NAMED_THINGS = ANIMAL_NOUNS | VEHICLE_NOUNS

_NAMING = frozenset(["named", "called", "christened", "dubbed"])
_NAMERS = frozenset(["we", "they", "i", "he", "she", "you"])
_ANAPHORS = frozenset(["one", "it"])

def _name_after(doc: StoryDoc, k: int, run_tokens: set[int]) -> str | None:
    """The first word of a capitalised name starting at token k ("the" skipped: "the Sea Swallow");
    its later words are kept by token, so the parser's split ("Sea" + "Swallow") names no one."""
    toks = doc.toks
    if k < len(toks) and toks[k].lower == "the":
        k += 1
    if k >= len(toks) or not toks[k].is_title or not toks[k].text[:1].isalpha():
        return None
    if kin_term(toks[k].lower) is not None:
        return None  # "the dog we called Mum's": a kin word, said of a person
    j = k
    while j < len(toks) and toks[j].is_title and toks[j].text[:1].isalpha():
        run_tokens.add(j)
        j += 1
    return toks[k].lower


def _hangs_on(doc: StoryDoc, k: int, noun: int) -> bool:
    """The capitalised run at k is parsed as the noun's apposition or compound, not the next
    clause's subject ("the dog Mum bought" is no dog called Mum)."""
    toks = doc.toks
    after_comma = toks[k - 1].text == ","
    the = toks[k].lower == "the"
    if the:
        k += 1
    run = []
    while k < len(toks) and toks[k].is_title and toks[k].text[:1].isalpha():
        run.append(k)
        k += 1
    if not run or kin_term(toks[run[0]].lower) is not None:
        return False
    if after_comma and (the or k < len(toks) and toks[k].text in (",", ")")):
        return True  # "the boat, the Sea Swallow, …", "our cat, Mops, …": set off by commas
    return any(toks[i].head == noun for i in run) or toks[noun].head in run


def _thing_noun(doc: StoryDoc, k: int) -> bool:
    t = doc.toks[k]
    return t.pos == "NOUN" and t.text.islower() and (t.lower in NAMED_THINGS
                                                     or t.lemma in NAMED_THINGS)


def _one_is_a_thing(doc: StoryDoc, k: int) -> bool:
    """"This one was called …" / "it was named …": "one" or "it" stands for an animal or a vehicle
    named in this or the sentence before, and no person noun is its subject."""
    toks = doc.toks
    sent = toks[k].sent
    return any(_thing_noun(doc, j) for j in range(k - 1, -1, -1)
               if toks[j].sent >= sent - 1)


def _find(doc: StoryDoc) -> tuple[frozenset[str], frozenset[int]]:
    """The names given to animals and vehicles, and the tokens of those names where given."""
    toks = doc.toks
    run_tokens: set[int] = set()
    found: set[str] = set()
    for k, t in enumerate(toks):
        if t.lower in _NAMING:
            # "a parrot named X", "a dog, called X", "a pony we called X", "the mare that they
            # named X", "this one was called X"
            j = k - 1
            if j >= 0 and toks[j].lower in ("was", "is", "were", "got", "been"):
                j -= 1  # "this one was called"
                if j >= 0 and toks[j].lower in _ANAPHORS and _one_is_a_thing(doc, j):
                    name = _name_after(doc, k + 1, run_tokens)
                    if name is not None:
                        found.add(name)
                continue
            if j >= 0 and toks[j].lower in _NAMERS:
                j -= 1
                if j >= 0 and toks[j].lower in ("that", "which"):
                    j -= 1
            elif j >= 0 and toks[j].text == ",":
                j -= 1
            if j >= 0 and toks[j].sent == t.sent and _thing_noun(doc, j):
                name = _name_after(doc, k + 1, run_tokens)
                if name is not None:
                    found.add(name)
        elif _thing_noun(doc, k) and k + 1 < len(toks):
            # "our cat, Mops," / "the boat, the Sea Swallow" / "the dog Rex"
            nxt = k + 2 if toks[k + 1].text == "," else k + 1
            if nxt < len(toks) and toks[nxt].sent == t.sent and _hangs_on(doc, nxt, k):
                name = _name_after(doc, nxt, run_tokens)
                if name is not None:
                    found.add(name)
    return frozenset(found), frozenset(run_tokens)


def _found(doc: StoryDoc) -> tuple[frozenset[str], frozenset[int]]:
    """Found once per story and kept on the document (the name finder asks per candidate)."""
    found = getattr(doc, "_thing_names", None)
    if found is None:
        found = _find(doc)
        doc._thing_names = found  # type: ignore[attr-defined]
    return found


def thing_names(doc: StoryDoc) -> frozenset[str]:
    """Lower-cased first words of the names the story gives animals and vehicles."""
    return _found(doc)[0]


def in_thing_name(doc: StoryDoc, k: int) -> bool:
    """Token k is a word of a name given to an animal or a vehicle where it is given."""
    return k in _found(doc)[1]
