"""Kin phrases as mentions ("my husband", "Ebba's two sons", "the mother of Ana", "Grandma"): the
kin term a token ends, what makes a kin word no person (a simile, a bare vague noun, an endearment,
a compound modifier), and the mention's possessor, count, ordinal, definiteness and "of" objects.
"""

from __future__ import annotations

import dataclasses
import re

from genogram.read.document import StoryDoc
from genogram.read.lexicon import KinTerm, kin_term
from genogram.read.mentions.descriptions import kind_of_child
from genogram.read.mentions.groups import _names_listed_after
from genogram.read.mentions.mention import _DEAD_ADJ, CLERICAL_TITLES, PET_NAME_WORDS, Mention
from genogram.read.mentions.numbers import _number
from genogram.read.mentions.possessors import (
    _bracket_owner,
    _of_ones_own,
    _possessor_of,
    _shared_possessor,
)
from genogram.read.mentions.pronouns import POSSESSIVE_PRONOUNS
from genogram.read.mentions.tree import _leftmost, _relative_antecedent, conjuncts

_ENDEARMENTS = frozenset(["baby", "babies", "kid", "kids", "child", "boy", "girl", "sonny"])


#: "his wife now", "her husband these days"
_NOW_AFTER = re.compile(r"\s*,?\s*(?:now|these days|nowadays)\b", re.I)


def _kin_at(doc: StoryDoc, k: int) -> tuple[KinTerm | None, int]:
    """The kin term whose last token is ``k`` (multi-word: "mother-in-law", "half sister")."""
    toks = doc.toks
    best: tuple[KinTerm | None, int] = (None, k)
    for width in range(5, 0, -1):
        a = k - width + 1
        if a < 0 or toks[a].sent != toks[k].sent:
            continue
        words = doc.text[toks[a].start:toks[k].end]
        term = kin_term(words)
        if term is None and "-" in words:
            term = kin_term(words.replace(" ", ""))
        if term is not None:
            return term, a
    return best


def _starts_hyphenated_kin(doc: StoryDoc, k: int) -> bool:
    """Is token ``k`` the first part of a longer hyphenated kin word ("mother-in-law")?"""
    toks = doc.toks
    if k + 2 >= len(toks) or toks[k + 1].text not in ("-", "‑"):
        return False
    for j in range(k + 2, min(k + 5, len(toks))):
        if toks[j].sent != toks[k].sent:
            break
        if kin_term(doc.text[toks[k].start:toks[j].end].replace(" ", "")) is not None:
            return True
    return False


def _is_compound_modifier(doc: StoryDoc, k: int) -> bool:
    """'sister' in 'sister Bodil' is part of the name mention; 'baby' in 'baby shower' is not kin."""
    t = doc.toks[k]
    if any(doc.toks[c].dep == "poss" for c in t.children):
        return False  # "fixed her husband Clarence spaghetti": a possessed kin noun is a person
    toks = doc.toks
    if (k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 1].start == t.end
            and toks[k + 2].start == toks[k + 1].end and toks[k + 2].is_title
            and kin_term(toks[k + 2].lower) is None):
        return True  # "Mom-Approved", "Grandpa-Style": a brand or a coined word, not a relative
    head = doc.toks[t.head]
    if head.is_title and head.i > 0 and head.sent == doc.toks[head.i - 1].sent:
        return False  # "his granddaughter Imke" with the name tagged a common noun
    return bool(t.dep == "compound" and head.pos in ("NOUN",) and not kin_term(head.lower))


def _in_simile(doc: StoryDoc, k: int) -> bool:
    """ "holding his hat like a boy", "as a child", "more than a brother": a comparison, not a
    person in the story."""
    t = doc.toks[k]
    if any(doc.toks[c].dep == "poss" for c in t.children):
        return False  # "better than her sister Clothilde": a person after all
    if t.dep != "pobj" or doc.toks[t.head].lower not in ("like", "than", "unlike", "as"):
        return False
    if doc.toks[t.head].lower == "as" and t.lemma in _LIFE_STAGES:
        return True  # "had polio as a child", "married him as a teenager": when one was young
    up = doc.toks[doc.toks[t.head].head]
    # "lucky to have Ulla as a wife": what one has someone as is no comparison
    return not (doc.toks[t.head].lower == "as" and (
        up.lemma == "have" or up.dep == "dobj" and doc.toks[up.head].lemma == "have"))


#: Nouns of a stage of life: "as a child" says when, never who.
_LIFE_STAGES = frozenset(["child", "kid", "boy", "girl", "baby", "infant", "toddler", "teen",
                          "teenager", "youngster", "youth", "adolescent", "schoolboy",
                          "schoolgirl", "student", "adult"])


def _subject_of_bare_kin(doc: StoryDoc, k: int) -> int:
    """The owner of a bare kin noun with a name after it, the object of its clause's verb or of
    a preposition on it ("Ivo went to dinner with daughter Ulla", "made a pie for wife, Ulla"):
    the clause's subject, as if "his" or "her" stood there; -1 when there is none."""
    toks = doc.toks
    t = toks[k]
    if (t.tag != "NN" or t.lower in _ENDEARMENTS
            or any(toks[c].dep in ("det", "poss", "nummod") for c in t.children)):
        # (plurals name groups: "had twins, Ivo and Lou" are births, read elsewhere; "baby
        # Lou" is what the child is called, not whose)
        return -1
    j = k + 2 if k + 2 < len(toks) and toks[k + 1].text == "," else k + 1
    if j >= len(toks) or toks[j].sent != t.sent or toks[j].pos != "PROPN" or not toks[j].is_title:
        return -1
    if t.dep == "compound" and t.head == j:
        t = toks[j]  # "with daughter Ulla" parsed as one noun phrase: the name holds the slot
    if t.dep not in ("pobj", "dobj"):
        return -1
    verb = t.head
    if toks[verb].dep == "prep":
        verb = toks[verb].head
    if toks[verb].lemma in ("have", "adopt", "foster", "raise", "bear"):
        return -1  # "had daughter Ulla in 1950": a birth, read by the verb
    subj = next((c for c in toks[verb].children if toks[c].dep == "nsubj"), -1)
    if subj == -1 or toks[subj].pos not in ("PROPN", "PRON") or toks[subj].tag in ("WP", "WDT"):
        return -1
    return subj


def _title_called_by(doc: StoryDoc, k: int, a: int, term: KinTerm) -> bool:
    """ "He called her Mam", "we called him Grandpa": a capitalised kin title after a calling
    verb's pronoun object is what that person is called, not the pronoun's own relative (the
    parser reads "her Mam" as a possessive). A lower-case kin word keeps its owner ("she called
    her mam every week" is a phone call to her mother)."""
    toks = doc.toks
    if not (term.title and a == k and toks[k].is_title and a >= 2):
        return False
    obj, verb = toks[a - 1], toks[a - 2]
    # (only "her", which the parser can read as a possessive; "called him Pop" already gives a
    # bare title that the aliases link to him)
    return (obj.lower == "her" and verb.lemma in ("call", "nickname")
            and verb.pos == "VERB" and verb.sent == obj.sent == toks[k].sent)


_ANYONE = frozenset(["anybody", "anyone", "nobody", "everybody", "everyone", "somebody",
                     "someone"])


def _capitalised_before_name(doc: StoryDoc, k: int) -> bool:
    """ "Grandson Orvar (17) visits weekly": a capitalised kin noun right before a name labels
    that person (a note's owner-less kin word, read against the patient)."""
    toks = doc.toks
    return (toks[k].is_title and toks[k].tag != "NNS" and not toks[k].lower.endswith("s")
            and toks[k].lower not in CLERICAL_TITLES | PET_NAME_WORDS
            and k + 1 < len(toks) and toks[k + 1].is_title
            and toks[k + 1].pos == "PROPN" and toks[k + 1].sent == toks[k].sent)


def entry_role_name(doc: StoryDoc, a: int, k: int) -> int:
    """ "Ivo Lind (47), stepfather, engineer": the token of the name before "(age)," when the
    bare kin word at tokens ``a``..``k`` is that entry's role, however the parser hung it; -1
    when it is no such role."""
    toks = doc.toks
    if k + 1 < len(toks) and toks[k + 1].is_title and toks[k + 1].pos == "PROPN":
        return -1  # "Bo (4), half-sis Ulla (9 mo)": a label for the name after it
    if (a >= 5 and toks[a - 1].text == "," and toks[a - 2].text == ")" and toks[a - 3].tag == "CD"
            and toks[a - 4].text == "("):
        return a - 5
    return -1


def _left_out(doc: StoryDoc, c: int, k: int, owner: int) -> bool:
    """Does modifier token ``c`` of kin noun ``k`` stand outside the kin phrase? Before its
    possessive ("When I was six my mom married Ivo": the age ran into the phrase; "my six kids"
    puts a count after it), behind a closing bracket, or a number behind a comma ("Ivo (12) and
    Bo (9), the sons of …": the ages belong to the names), or on another line."""
    toks = doc.toks
    between = {toks[j].text for j in range(c, k)}
    return (owner != -1 and c < owner or bool(between & {")", "]"})
            or toks[c].dep == "nummod" and "," in between
            or "\n" in doc.text[toks[c].end:toks[k].start])


#: An age or a death year right after a bare kin noun: a note's entry ("son (54)", "sister, 41,",
#: "husband d. 2017").
_NOTED_AGE = re.compile(r"\s*\(\s*\d{1,3}\s*[MFmf]?\s*\)|\s*,\s*\d{1,3}\s*[MFmf]?\s*[,.;]"
                        r"|\s*\(\s*[MFmf]\s*,?\s*\d{1,3}\s*\)"
                        r"|\s+d\.\s*(?:\d|age\b)")


_LIVE_VERBS = frozenset(["live", "reside", "stay"])


def _live_verb(doc: StoryDoc, k: int) -> int:
    """The "live" verb whose "with" has bare kin noun ``k``, or -1: "lives with mother and two
    sons", "resides w/ partner" (a note's bare kin noun there is someone the subject lives with,
    so a person)."""
    toks = doc.toks
    t = toks[k]
    if k + 1 < len(toks) and toks[k + 1].is_title and toks[k + 1].pos == "PROPN":
        return -1  # "lives with stepfather Ivo Berg": the name is the mention
    for _ in range(4):
        if t.dep != "conj":
            break
        t = toks[t.head]  # "with daughter (31) and grandson"
    if (t.dep == "pobj" and toks[t.head].lower == "with"  # (also "w/": see nlp.SHORTHAND)
            and toks[toks[t.head].head].lemma in _LIVE_VERBS):
        return toks[t.head].head
    return -1


def _live_subject(doc: StoryDoc, k: int) -> int:
    """Whose relative a bare kin noun after "lives with" is: the verb's subject ("Ivo Berg
    (44), older brother, lives in Zagreb w/ wife"), through a verb it is joined to ("widowed
    2019, lives with son"); -1 when there is none (a note's fragment: the section's owner)."""
    toks = doc.toks
    v = _live_verb(doc, k)
    for _ in range(3):
        if v == -1:
            return -1
        subj = next((c for c in toks[v].children if toks[c].dep in ("nsubj", "nsubjpass")), -1)
        if subj != -1 and toks[subj].tag in ("WP", "WDT") and toks[v].dep == "relcl":
            subj = toks[v].head  # "a 63-year-old widow who lives with son": the widow
        if subj != -1:
            return subj if toks[subj].pos in ("PROPN", "PRON", "NOUN") else -1
        v = toks[v].head if toks[v].dep == "conj" else -1
    return -1


def _kin_mention(doc: StoryDoc, k: int, a: int, term: KinTerm) -> Mention | None:
    toks = doc.toks
    # "the son-in-law of Ana": the parser hangs the article, "of" and the clause role on "son",
    # the first part of the word, and "law" under it
    t = toks[next((i for i in range(a, k + 1) if not a <= toks[i].head <= k), k)]
    if _in_simile(doc, k) or _title_called_by(doc, k, a, term) or kind_of_child(doc, k) or any(
            toks[c].dep == "poss" and kind_of_child(doc, c) for c in toks[k].children):
        return None
    poss = _possessor_of(doc, k)
    if poss == -1 and a != k:
        poss = _possessor_of(doc, a)
    if poss == -1 and t.dep == "compound" and (toks[t.head].pos == "PROPN"
                                               or toks[t.head].is_title and t.head > k):
        poss = _possessor_of(doc, t.head)  # "her brother Rolf": the name holds the possessive
    if (poss == -1 and a >= 2 and toks[a - 1].text in ("'s", "’s") and toks[a - 1].tag == "POS"
            and toks[a - 2].is_title and toks[a - 1].sent == t.sent):
        poss = a - 2  # "Lou's sibling Nils was…" parsed with "Lou" as the subject
    if poss == -1 and a >= 4 and toks[a - 1].text == ")" and toks[a - 3].text == "(" and (
            toks[a - 4].lower in POSSESSIVE_PRONOUNS):
        poss = a - 4  # "My (34F) husband": a forum tag between the possessive and the noun
    if (poss == -1 and a >= 1 and toks[a - 1].tag == "PRP$" and toks[a - 1].sent == t.sent
            and toks[toks[a - 1].head].pos not in ("NOUN", "PROPN")
            or poss == -1 and a >= 1 and toks[a - 1].tag == "PRP$" and toks[a - 1].sent == t.sent
            and kin_term(toks[toks[a - 1].head].lower) is None
            and toks[a - 1].head > k):
        poss = a - 1  # "her mother Frances car shopping": "her" hung on a later noun
    if (poss == -1 and a >= 1 and toks[a - 1].lower == "her" and toks[a - 1].tag == "PRP"
            and toks[a - 1].sent == t.sent
            # "told her Mom was ill" is two people; "took her Mom to the fair" is one
            and (not toks[a].is_title or t.dep in ("dobj", "pobj"))
            and not any(toks[c].dep in ("det", "poss") for c in t.children)):
        poss = a - 1  # "describes her stepfather, …": "her" parsed as a second object
    if poss != -1 and toks[poss].lower in _ANYONE:
        return None  # "he isn't anybody's uncle", "everybody's grandma": nobody's relative
    shared = poss == -1
    if shared:
        poss = _shared_possessor(doc, k)
    if poss == -1 and not term.title:
        poss = _subject_of_bare_kin(doc, t.i)  # "went to dinner with daughter Ulla"
    if poss == -1 and not term.title:
        poss = _live_subject(doc, k)  # "Ivo (44) lives in Zagreb w/ wife": Ivo's wife
        shared = shared or poss != -1
    if (poss == -1 and a >= 2 and toks[a - 1].text == "(" and toks[a - 1].sent == t.sent
            and k + 1 < len(toks) and toks[k + 1].is_title and toks[k + 1].pos == "PROPN"):
        poss = _bracket_owner(doc, a - 1)  # "Ragna is married (husband Edvin, 33)"
    elif toks[poss].lower == "whose":
        poss = _relative_antecedent(doc, poss)  # "a widower whose first wife"
        shared = True
    dets = [toks[c] for c in t.children if toks[c].dep in ("det", "nummod", "predet")]
    if t.is_title and term.title:
        # "When I was 7 Mom married Ivo": the age ran into the title, which counts no one
        dets = [d for d in dets if not (d.dep == "nummod" and d.text.isdigit())]
    owner = next((c for c in t.children if toks[c].dep == "poss"), -1)
    dets = [d for d in dets if not (d.dep == "nummod" and _left_out(doc, d.i, k, owner))]
    amods = [toks[c].lower for c in t.children if toks[c].dep in ("amod", "compound")]
    start_tok = a
    if poss != -1 and not shared:
        start_tok = min(start_tok, _leftmost(doc, poss))
    for d in dets:
        start_tok = min(start_tok, d.i)
    for c in t.children:
        if toks[c].dep in ("amod", "compound", "nummod") and c < k and not _left_out(
                doc, c, k, owner):
            start_tok = min(start_tok, c)
    plural = t.tag in ("NNS", "NNPS") or term.word.endswith("s") and term.word in (
        "parents", "grandparents", "children", "kids", "twins", "siblings", "in-laws")
    count = 0
    for d in dets:
        n = _number(d.lower)
        if n is not None and 1 < n < 13:
            count = n
    if any(d.lower in ("two", "three", "four", "five", "six", "both", "several") for d in dets):
        plural = True
    if ("twin" in term.qual or "twin" in amods or "twins" in amods) and plural:
        count = count or 2
    definite = any(d.lower in ("the", "this", "that") for d in dets)
    of_toks: list[int] = []
    for c in t.children:
        # "the mother of Ana"; "a single mom to Majken", "a father to the boys", "an uncle
        # to Ana"
        if toks[c].dep == "prep" and (toks[c].lower == "of" or toks[c].lower == "to"
                                      and t.dep == "attr" and any(
                    toks[g].pos in ("PROPN", "PRON") or kin_term(toks[g].lower) is not None
                    for g in toks[c].children if toks[g].dep == "pobj")):
            for g in toks[c].children:
                own = _of_ones_own(doc, g)
                if own != -1:
                    # "a son of their own, Torben": the parser made the name the object of "of"
                    if poss == -1:
                        poss, shared = own, False
                    continue
                if toks[g].dep == "pobj":
                    # "husband of Ilka and son of Piet": a kin noun in the list is a second
                    # predicate, not an owner
                    of_toks.append(g)
                    of_toks.extend(x for x in conjuncts(doc, g) if not (
                        kin_term(toks[x].lower) is not None and any(
                            toks[y].dep == "prep" and toks[y].lower == "of"
                            for y in toks[x].children)))
                    # "the son of Mia and Per Lund": the parser may hang the second name on
                    # the kin noun; right after the first, with only "and" between, it is
                    # the second owner
                    x = g + 2
                    if (x < len(toks) and x not in of_toks and toks[g + 1].lower in ("and", "&")
                            and toks[x].is_title and toks[x].sent == t.sent
                            and toks[x].pos in ("PROPN", "ADP", "NOUN")):
                        while (x + 1 < len(toks) and toks[x + 1].pos == "PROPN"
                               and toks[x + 1].is_title):
                            x += 1  # (a name's mention hangs on its last word)
                        of_toks.append(x)
    title_use = poss == -1 and not dets and not of_toks and (term.title and (
        t.is_title or t.dep in ("nsubj", "dobj", "pobj", "npadvmod", "nsubjpass", "ROOT"))
        # a note's bare owner of another kin word: "Stepmother's daughter, Ida (9)"
        or t.dep == "poss" and t.is_title and term.path in ("P", "E", "S", "PP"))
    if title_use and t.dep == "dobj" and toks[t.head].lemma in ("say", "write", "spell"):
        return None  # "children must say Tio to their elders": the word itself, not a person
    if poss == -1 and not dets and not of_toks and not amods and term.word in _ENDEARMENTS:
        return None  # "Sure it is, baby."
    had = t.dep == "dobj" and toks[t.head].lemma in ("have", "adopt", "foster", "raise", "bear")
    if had and plural and term.word == "twins" and toks[t.head].lemma in ("have", "bear"):
        # "we had twins of our own": twin children, not the owners' twin siblings (but "I have
        # a twin sister" is a sibling)
        child = kin_term("children")
        if child is not None:
            term = dataclasses.replace(child, qual=child.qual | {"twin"})
    if (not title_use and poss == -1 and not dets and not of_toks and not term.title
            and t.dep not in ("attr", "appos") and not had and not _names_listed_after(doc, k)
            and entry_role_name(doc, a, k) == -1 and not _capitalised_before_name(doc, k)
            and not _NOTED_AGE.match(doc.text, toks[k].end) and _live_verb(doc, k) == -1):
        return None  # bare "son" or "sisters" with no anchor: too vague to be a person
        # (but a note's "son (54)", "daughter, 12, well", "husband d. 2017" is one)
    if ("future" in amods or "hypothetical" in amods or "imaginary" in amods) and (
            term.path == "C"):
        return None  # "a crib for my future baby": a child not yet there is nobody yet
    ordinal = next((w for w in amods if w in ("first", "second", "third", "former", "new")), None)
    if ordinal is None and term.path == "E" and _NOW_AFTER.match(doc.text, toks[k].end):
        ordinal = "new"  # "Ulla, his wife now,": the present partner, maybe not the first
    m = Mention(0, toks[start_tok].start, toks[k].end, k, "kin", quote=t.quote, kin=term,
                possessor_tok=poss, of_tok=of_toks, gender=term.gender, plural=plural,
                deceased=any(w in _DEAD_ADJ for w in amods), ordinal=ordinal,
                definite=definite, count=count)
    if title_use:
        m.title = term
    return m
