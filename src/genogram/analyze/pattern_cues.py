"""Cue phrases of the multigenerational patterns: what a story says when someone drinks, leaves,
dies young, is widowed, is raised by a grandparent or in care, or repeats what a parent did.
Each is found in the text and attributed to a person by :class:`genogram.analyze.cues.Cues`.
"""

from __future__ import annotations

import re

from genogram.analyze.dates import AGE_WORD

SUBSTANCE = re.compile(
    r"\b(?:alcoholi[cs]m?|alcohol (?:use|abuse|problem)|drunk(?:ard)?|drank|drinking (?:problem)?|"
    r"addict(?:ion|ed)?|opioids?|heroin|meth|cocaine|crack|pills|overdos(?:e|ed)|"
    r"substance (?:use|abuse)|rehab|sober|sobriety|AA meetings?|using again|relapsed?|"
    r"(?:began|begun|started|start|starts|took) (?:to )?drink(?:ing)?|"
    r"drinks? (?:too much|heavily|every day)|drank every day|drinking heavily|heavy drinker|"
    r"a drinker|vaping|vapes|occasional alcohol|alcohol use|in recovery|recovering alcoholic|"
    r"drank (?:himself|herself) to death|hooked on|(?:on|did|doing|took|taking) drugs|"
    r"drug (?:use|abuse|problem|habit|addiction)|hit the bottle|the bottle|DUIs?|"
    r"painkillers|marijuana|benzos)\b",
    re.IGNORECASE)
LONE = re.compile(
    r"\b(?:single (?:mother|mom|father|dad|parent)|raised (?:\w+ ){1,6}(?:on (?:her|his) own|"
    r"by (?:her|him)self|alone)|on (?:her|his) own with (?:the|two|three|four) (?:kids|children))\b",
    re.IGNORECASE)
#: A parent leaving the family: "had run off too", "walked out on him", "left when she was
#: small", "The night Mama left," (the verb ending its clause), "left us". Each ends at a word
#: boundary: "walked outside", "took offence" are no leaving.
LEFT = re.compile(
    r"\b(?:ran off|run off|runs off|walked out|walks out|took off|abandoned|deserted|"
    r"left (?:the family|home for good|us|them|for good|when|without)\b|"
    r"left(?=[,.;])|disappeared from|stopped (?:coming|visiting)|never came (?:back|home))\b",
    re.IGNORECASE)
#: A child in foster care or a children's home: "grew up in three foster homes", "was placed in
#: care", "went into foster care", "the foster boy", "an orphanage".
FOSTERED = re.compile(
    r"\b(?:(?:grew up|was raised|were raised|lived|was placed|were placed|went|was put|were put)"
    r" (?:\w+ ){0,2}(?:in|into) (?:\w+ )?(?:foster (?:homes?|care|famil(?:y|ies))|care\b|"
    r"an orphanage|a children[’']s home|a group home)|foster (?:boy|girl|child|kid|son|daughter)s?)",
    re.IGNORECASE)
#: A parent placing a child in care: "put him in a home at five".
PLACED = re.compile(
    r"\b(?:put|placed|gave) (?P<obj>him|her|them|me|us) (?:up )?(?:in|into|to) (?:a home|care|foster "
    r"care|an orphanage|a children[’']s home|the state)\b", re.IGNORECASE)
#: Widowed young: "was widowed at thirty-one", "left a widow with two small children".
WIDOWED = re.compile(
    r"\b(?:widowed|a widow(?:er)?|left a widow(?:er)?)(?: for the \w+ time)? (?:at (?:the age of )?"
    r"(?P<age>" + AGE_WORD + r")\b|young\b|with (?:\w+ )?(?:small|young|little) (?:children|kids|"
    r"sons|daughters|boys|girls)\b)", re.IGNORECASE)
#: The age below which losing a partner counts as young.
YOUNG_WIDOW_AGE = 50
#: A parent leaving their children with a grandparent: "left both boys with his mother".
HANDED = re.compile(
    r"\b(?:left|leaving|leaves|sent|dropped off) (?:\w+ ){0,3}(?:children|kids|sons|daughters|"
    r"babies|boys|girls|them) (?:with|to) (?:her|his|their) (?:own )?(?:mother|father|mom|mum|"
    r"dad|mama|parents|grandmother|grandparents)\b", re.IGNORECASE)
#: Early loss of a parent: a death told with the child's young age ("died when she was 6",
#: "killed in 1944; Torleif was eleven", "lost his father at nine").
DIED = re.compile(r"\b(?:died|dies|was killed|were killed|drowned|passed away|passed|was shot|"
                   r"killed)\b", re.IGNORECASE)
YOUNG = (r"(?:only |just |barely |not yet )?(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|"
          r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
          r"a (?:baby|boy|girl|child|toddler|teenager|small child|little girl|little boy)|"
          r"an infant|little|small|young)\b")
AGE_WAS = re.compile(r"\b(?!(?:When|While|After|Before|Since|Until|By|Then|And|But|So)\b)"
                     r"(?P<who>[A-Z][\w’'-]+|he|she|I|they)(?: \w+)? (?:was|were|turned) "
                     + YOUNG)
LOST = re.compile(r"\b(?:lost (?:his|her|their|my) (?:mother|father|mom|dad|parents?|mama|papa)"
                   r"|orphaned)\b", re.IGNORECASE)
#: Raised by a grandparent: "was raised by a grandmother", "lives with maternal
#: grandmother ... since age 9", "grandmother and legal guardian", "grew up half in Granny's
#: house as in our own".
BY_GRAND = re.compile(
    r"\b(?:raised|brought up|reared) by (?:\w+ ){0,2}(?:own )?(?:maternal |paternal )?"
    r"(?:grandmother|grandfather|grandparents?|grandma|grandpa|granny|nana|nan|gran)\b|"
    r"\b(?:lives?|living|lived|went to live|moved in) with (?:\w+ ){0,2}(?:maternal |paternal )?"
    r"(?:grandmother|grandfather|grandparents?|grandma|grandpa|granny|gran)\b|"
    r"\b(?:grandmother|grandfather|grandparents?) and (?:legal )?(?:guardian|custodian)s?\b|"
    r"\bgrew up (?:\w+ ){0,3}(?:in|at) (?:my |his |her |their |our )?(?:grandmother|grandfather|"
    r"grandparents|grandma|grandpa|granny|gran|nana|nan)[’']s?\b",
    re.IGNORECASE)

#: The story saying a pattern repeats: "did just what her mother did", "the same as Mama
#: did to us", "just like his father", "the way her mother drank".
REPEAT = re.compile(
    r"\b(?:did|does|do) (?:exactly |just )?what (?:his|her|their) (?:own )?"
    r"(?:father|mother|dad|mom|mum|parents?) (?:did|had done)\b"
    r"|\b(?:the same as|just like|like) (?:(?:his|her|their) (?:own )?)?(?P<who>[A-Z]?\w+) "
    r"(?:did|had|had done)\b"
    r"|\bthe way (?:his|her|their) (?:father|mother|dad|mom) (?:did|drank|had)\b"
    r"|\blike (?:his|her|their) (?:father|mother|dad|mom) before (?:him|her|them)\b"
    r"|,? (?:just )?as (?:(?:his|her|their) (?:own )?)?[A-Z]?\w+ had (?:been|done)\b")
