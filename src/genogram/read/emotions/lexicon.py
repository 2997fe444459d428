"""The cue words of links: general English verbs, nouns, adjectives and set phrases that
signal closeness, distance, conflict, harm or a shared home, and the verb-form normaliser
``cue_lemma``. Words only; the syntax that ties a cue to two people is elsewhere."""

from __future__ import annotations

import re
from functools import lru_cache

MODALS = frozenset(["would", "could", "should", "might", "may", "must", "ought", "'d", "will",
                    "'ll", "shall"])

WISH_HEADS = frozenset(["plan", "want", "hope", "wish", "intend", "dream", "try", "mean",
                        "expect", "pretend", "promise", "decide", "need", "like", "love",
                        "ask", "tell", "beg", "afraid", "scared", "worry", "fear",
                        "suppose"])

#: Heads whose clause is a belief, not a fact: "I thought she adored him".
BELIEF_HEADS = frozenset(["think", "believe", "assume", "imagine", "suppose", "guess", "pretend",
                          "hope", "wish", "fear", "doubt", "want", "need", "expect"])

CONTACT_VERBS = frozenset(["speak", "talk", "call", "phone", "visit", "see", "write", "contact",
                           "hear", "answer", "return", "meet", "text", "email", "ring"])

STOP_VERBS = frozenset(["stop", "quit", "cease"])

#: Verbs whose infinitive is refused: "refused to see him" negates the contact.
REFUSE_VERBS = frozenset(["refuse", "decline"])

RARE = frozenset(["rarely", "seldom", "hardly", "barely", "occasionally"])

CUTOFF_VERBS = frozenset(["disown", "estrange", "shun", "block", "excommunicate", "renounce",
                          "ghost", "unfriend"])

CONFLICT_VERBS = frozenset(["fight", "argue", "quarrel", "feud", "clash", "bicker", "squabble",
                            "row", "spar"])

CONFLICT_NOUNS = frozenset(["fight", "fights", "argument", "arguments", "tension", "tensions",
                            "feud", "conflict", "conflicts", "rift", "quarrel", "quarrels",
                            "falling-out", "fallout", "friction", "strife", "clash", "clashes",
                            "fighting", "arguing", "row", "rows"])

#: Nouns of open hatred between two: "sworn enemies", "the hatred between them".
HOSTILE_NOUNS = frozenset(["enemies", "enemy", "hatred", "enmity", "animosity", "loathing",
                           "contempt"])

HOSTILE_VERBS = frozenset(["hate", "despise", "loathe", "detest", "resent", "blame", "curse",
                           "humiliate", "belittle", "mock", "insult", "threaten"])

ABUSE_VERBS = frozenset(["hit", "beat", "abuse", "batter", "slap", "punch", "kick", "strike",
                         "bully", "torment", "terrorize", "terrorise", "rape", "mistreat",
                         "brutalize", "brutalise",
                         "molest", "assault", "whip", "choke", "strangle"])

ABUSE_NOUNS = frozenset(["dv", "abuse", "violence", "beatings", "beating"])

NEGLECT = frozenset(["neglect", "neglected", "neglectful"])

CLOSE_VERBS = frozenset(["adore", "comfort", "dote", "worship", "confide", "cherish", "idolize",
                         "spoil",
                         "idolise", "console"])

CLOSE_ADJ = frozenset(["close", "closer", "closest", "inseparable", "devoted", "attached",
                       "supportive", "fond", "affectionate", "protective"])

FUSED_ADJ = frozenset(["enmeshed", "fused", "codependent", "co-dependent"])

DISTANT_ADJ = frozenset(["distant", "cold", "aloof", "estranged"])

FRIEND_NOUNS = frozenset(["friend", "buddy", "pal", "bestie", "confidant", "confidante"])

#: People one shares a home with who are not family: "my roommate", "our lodger".
HOUSEMATE_NOUNS = frozenset(["roommate", "roomie", "housemate", "flatmate", "lodger", "boarder",
                             "tenant", "au pair"])

INSULTS = frozenset(["fool", "liar", "idiot", "thief", "traitor", "disgrace", "whore", "slut",
                     "bitch", "coward", "failure", "embarrassment", "loser", "bastard",
                     "parasite", "hypocrite", "monster", "stupid", "selfish", "useless",
                     "worthless", "ungrateful"])

#: Adjectives of violence toward someone: "physically violent toward MGM".
VIOLENT_ADJ = frozenset(["violent", "abusive"])

HOUSE_VERBS = frozenset(["live", "reside", "stay", "move", "room", "board"])

LEAVE_VERBS = frozenset(["leave", "abandon", "desert", "walk"])

RAISE_VERBS = frozenset(["raise"])

#: Verbs of a bond too tight: "is enmeshed with her son", "she smothers him".
FUSED_VERBS = frozenset(["enmesh", "smother", "fuse"])

#: Every verb lemma some cue looks for (a tagger's odd lemma, "hates" -> "hat", is mapped back).
_CUE_VERBS = (CONTACT_VERBS | CUTOFF_VERBS | CONFLICT_VERBS | HOSTILE_VERBS | ABUSE_VERBS
              | CLOSE_VERBS | HOUSE_VERBS | LEAVE_VERBS | RAISE_VERBS | FUSED_VERBS
              | frozenset(["neglect", "forgive", "ignore"]))

#: Irregular forms a tagger may leave unlemmatised.
_IRREGULAR = {"forgave": "forgive", "forgiven": "forgive", "fought": "fight", "beaten": "beat",
              "struck": "strike", "spoke": "speak", "spoken": "speak", "wrote": "write",
              "written": "write", "saw": "see", "seen": "see", "threw": "throw",
              "thrown": "throw", "fell": "fall", "fallen": "fall", "hung": "hang"}

_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
             ("ing", ""), ("ing", "e"))

#: Rejection said to someone: "You're dead to us", "no daughter of mine", "Don't ever write again".
REJECT = re.compile(
    r"\bdead to (?:me|us|him|her|them)\b"
    r"|\bno (?:son|daughter|child|kid|brother|sister|mother|father) of (?:mine|ours|his|hers|theirs)\b"
    r"|\b(?:do not|don't|dont|never) (?:ever )?(?:call|come|contact|speak to|talk to|write to|"
    r"come back|come home|set foot)\b[^.!?]*\bagain\b"
    r"|\bnever (?:want to )?(?:see|hear from|speak to|talk to) (?:you|me|him|her) again\b"
    r"|\bnot (?:to )?come home\b|\bnot welcome\b|\bout of (?:my|our) (?:life|lives|house)\b"
    r"|\bstay away from (?:me|us)\b|\bi have no (?:son|daughter|father|mother|brother|sister)\b",
    re.IGNORECASE)

#: Membership denied aloud: "You will never be one of us", "She isn't really family", "he's not
#: one of us" (the speaker against the one denied).
NOT_FAMILY = re.compile(
    r"(?:\bnot|n't|\bnever)(?: really| ever| going to| gonna| be| part of| one of)*"
    r" (?:(?:this|our|my|the) )?(?:family|one of us)\b", re.IGNORECASE)
HOSTILE_SAID = re.compile(r"\bi hate you\b|\bi despise you\b|\bget out\b", re.IGNORECASE)

SAY_VERBS = frozenset(["say", "tell", "write", "text", "yell", "scream", "shout", "hiss", "snap",
                       "announce", "declare", "inform", "warn", "add", "reply", "answer"])


@lru_cache(maxsize=16384)  # (once per token of a story: a novel's 160k tokens, few distinct forms)
def cue_lemma(lemma: str, low: str) -> str:
    """The cue verb an inflected form stands for when the tagger's lemma is not one ("hates"
    lemmatised as "hat", "dotes" as "dot"); else the tagger's lemma."""
    if lemma in _CUE_VERBS:
        return lemma
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    for cut, add in _SUFFIXES:
        if low.endswith(cut) and low[:-len(cut)] + add in _CUE_VERBS:
            return low[:-len(cut)] + add
    return lemma

SHORT_SPANS = frozenset(["day", "week", "month", "hour", "minute", "summer", "winter",
                         "holiday", "holidays", "weekend", "evening", "night", "trip", "visit"])

#: Kin titles given to non-kin: grandparents, aunts, uncles, cousins (not parents: "calls her
#: Mom" is a step or adoptive tie, not fictive kin).
FICTIVE_PATHS = frozenset(["PP", "PPP", "PS", "PPS", "PSC"])

NAMING_VERBS = frozenset(["call", "refer", "know", "address"])

#: Verbs whose object does what the infinitive says: "asked us to call her Auntie Vi".
BIDDING_VERBS = frozenset(["tell", "ask", "teach", "want", "make", "let", "encourage", "get"])

#: Homes one can share: "shares a flat with her cousin" (not a room or a bed: children share
#: those by default, and the reader may not know two people are siblings).
HOMES = frozenset(["house", "home", "apartment", "flat", "place", "trailer", "cabin", "roof",
                   "condo", "household"])

#: "at odds with", "at loggerheads with", "at each other's throats".
AT_ODDS = frozenset(["odds", "loggerheads", "throats", "war"])

#: The quality of a stated relationship: "a strained relationship", "their bond is close".
REL_QUALITY = {
    **dict.fromkeys(["strained", "rocky", "difficult", "tense", "toxic", "troubled", "stormy",
                     "volatile", "turbulent", "bad", "terrible", "awful", "hostile", "fraught",
                     "abusive", "combative", "tumultuous", "explosive"], "conflict"),
    **dict.fromkeys(["loving", "warm", "good", "great", "wonderful", "special", "tight",
                     "strong", "deep", "tender"], "close"),
    **dict.fromkeys(["distant", "cold", "cool", "formal", "superficial", "nonexistent",
                     "non-existent"], "distant"),
    **dict.fromkeys(["enmeshed", "codependent", "co-dependent", "suffocating", "smothering"],
                    "fused"),
}

REL_NOUNS = frozenset(["relationship", "relationships", "relations", "bond", "things"])

#: Words for the one someone leans on: "My brother is my rock".
ANCHOR_NOUNS = frozenset(["rock", "anchor", "lifeline", "everything", "world", "protector",
                          "confidant", "confidante"])

BADLY = frozenset(["terribly", "badly", "horribly", "awfully", "cruelly", "poorly", "harshly",
                   "coldly", "abominably", "miserably"])

LIKE_DIRT = frozenset(["dirt", "garbage", "trash", "crap", "shit", "servant", "maid", "slave",
                       "outsider", "stranger", "nothing", "nobody", "dog"])
