"""Links between mentions once all are found (:func:`_link_syntax`): possessors to their
mentions, appositions and copulas as the same person ("our son, Sindre", "Lou is Dad's sister"),
names given ("we called him Uncle Aurel") and nicknames as aliases, group members ("two daughters,
Ivy and May"), and the ages, sex tags and "they/them" stated after a mention.
"""

from __future__ import annotations

import re

from genogram.read.document import StoryDoc
from genogram.read.lexicon import kin_term
from genogram.read.mentions.apposition_checks import (
    _child_word_on_parent,
    _comma_apposition,
    _genders_clash,
    _listed_kin,
    _middle_of_a_name_list,
    _name_comma_kin,
    _nearer_kin,
    _two_roles,
)
from genogram.read.mentions.groups import _listed_names, _listed_under_group, survivors_listed
from genogram.read.mentions.kin import entry_role_name
from genogram.read.mentions.mention import _TAG, TAG_BEFORE, Mention
from genogram.read.mentions.numbers import _number
from genogram.read.mentions.possessors import _possessor_of
from genogram.read.mentions.tree import _relative_antecedent, conjuncts, controller_of

_BRACKETED = re.compile(r"\s*[(\[]\s*[\"'\u201c\u2018]?([A-Z][\w\u2019'-]*)")
_KNOWN_AS = re.compile(r"(?:,?\s*(?:also\s+|better\s+)?known\s+as"
                       # "Ulrika, always called Ulla" (but "Ulla called Bo": a call)
                       r"|,\s*(?:(?:always|usually|just|mostly)\s+)?called(?=\s+\S+\s*[,.;(]))\s+"
                       r"[\"'\u201c\u2018]?([A-Z][\w\u2019'-]*)")  # (not "…, called Ivo 'Papa'")


#: "My real name is …": words that say one has another name besides.
_OTHER_NAME_WORDS = frozenset(["real", "whole", "full", "given", "birth", "legal", "proper",
                               "christian", "actual", "true"])

#: Between two mentions next to each other: a contrast, so two people ("Ivo, not his uncle,").
_CONTRAST = re.compile(r"\W*(?:not|never|nor|rather\s+than|instead\s+of|unlike)\b", re.I)

_THEY_THEM = re.compile(r"[^.\n]{0,40}?\bthey\s*/\s*them\b", re.I)


def _owner_of_name_set_off(doc: StoryDoc, m: Mention, by_head: dict[int, Mention]) -> Mention | None:
    """The owner of "his name" a few words before a name set off by commas ("found her name
    on the list, Ulla, and…"), with no other person between: the name is that owner's."""
    toks = doc.toks
    a, b = doc.tok_at(m.start), doc.tok_at(m.end - 1)
    if a < 3 or toks[a - 1].text != "," or b + 1 >= len(toks) or toks[b + 1].text not in (
            ",", ".", ";"):
        return None
    for j in range(a - 2, max(a - 8, 0), -1):
        if toks[j].sent != toks[a].sent or j in by_head:
            return None
        if toks[j].lower == "name":
            owner = by_head.get(_possessor_of(doc, j))
            return owner if owner is not None and owner is not m else None
    return None


def _cleft_focus(doc: StoryDoc, k: int) -> bool:
    """Is ``k`` what "it was …" puts in focus ("it was Ivo, not his uncle, who…")?"""
    toks = doc.toks
    t = toks[k]
    return t.dep == "attr" and toks[t.head].lemma == "be" and any(
        toks[c].dep == "nsubj" and toks[c].lower in ("it", "that") for c in toks[t.head].children)


def _contrasted(doc: StoryDoc, k: int) -> bool:
    """Is the name at ``k`` set against someone else ("it was Ivo, not his uncle, who…"):
    the point is whose doing it was, not who a person met before turns out to be."""
    toks = doc.toks
    heads = [k, *(c for c in toks[k].children if toks[c].dep in ("appos", "conj"))]
    return any(toks[c].dep == "neg" or toks[c].lower == "not" for h in heads
               for c in toks[h].children)


def _coordinated_predicate(doc: StoryDoc, k: int):
    """The kin predicate a conjoined kin noun shares its copula with ("X is husband of Ilka and
    son of Piet": the parser hangs "son" on "Ilka"); the token itself when there is none."""
    toks = doc.toks
    j = k
    for step in range(4):
        j = toks[j].head
        w = toks[j]
        # "X is a male and the grandfather of Lou": any predicate noun it is coordinated with
        if w.dep == "attr" and toks[w.head].lemma == "be" and (
                kin_term(w.lower) is not None or step == 0):
            return w
        if w.dep not in ("conj", "pobj", "prep"):
            break
    return toks[k]


_DEMONSTRATIVES = ("that", "this")


def _demonstrative_referent(doc: StoryDoc, ms: list[Mention], subj: int) -> Mention | None:
    """The one named person of the sentence before a sentence that opens "That is my …" /
    "This was my …": the demonstrative points back at that person. Several names before, or a
    demonstrative inside the sentence ("after that was my aunt"), point at nothing certain."""
    toks = doc.toks
    t = toks[subj]
    if t.lower not in _DEMONSTRATIVES or t.dep != "nsubj" or any(True for _ in t.children):
        return None  # "that house was my aunt's": a determiner, not a pointer
    if subj > 0 and toks[subj - 1].sent == t.sent:
        return None  # not the sentence's first word
    if t.sent == 0:
        return None
    names = [x for x in ms if x.kind == "name" and toks[x.head].sent == t.sent - 1]
    if len({x.name for x in names}) != 1:
        return None
    return names[-1]


def _entry_name(doc: StoryDoc, m: Mention, by_tok: dict[int, Mention]) -> Mention | None:
    """ "Ivo Lind (47), stepfather, engineer": a note entry's kin word after the name and its
    age is that person, whatever the parser made of the word (it may call it an adverb)."""
    k = entry_role_name(doc, doc.tok_at(m.start), doc.tok_at(max(m.start, m.end - 1)))
    name = by_tok.get(k) if k != -1 else None
    return name if name is not None and name.kind == "name" else None


def _copula_without_predicate(doc: StoryDoc, m: Mention,
                              by_tok: dict[int, Mention]) -> Mention | None:
    """ "His bride was Ada Lind, a miller's niece, and their first child … was named Ivo":
    the parser may make the name the subject of a later clause and leave "was" with no
    predicate; a singular kin phrase subject of a bare "was"/"is" is the name right after it."""
    toks = doc.toks
    t = toks[m.head]
    if m.kind != "kin" or m.plural or t.dep != "nsubj":
        return None
    verb = toks[t.head]
    if verb.lemma != "be" or verb.i + 1 >= len(toks) or any(
            toks[c].dep in ("attr", "acomp", "neg") for c in verb.children):
        return None
    name = by_tok.get(verb.i + 1)
    return name if name is not None and name.kind == "name" and (
        name.start == toks[verb.i + 1].start) else None


def _predicate_taken_for_a_subject(doc: StoryDoc, m: Mention,
                                   by_tok: dict[int, Mention]) -> Mention | None:
    """ "Uncle Ivo is Mum's brother and Uncle Bo is Dad's": the parser may make the kin
    phrase the subject of the later "is" and leave the first with no predicate; a singular kin
    phrase right after a bare "is" whose subject is a name is what that name is."""
    toks = doc.toks
    t = toks[m.head]
    a = doc.tok_at(m.start)
    if m.kind != "kin" or m.plural or t.dep != "nsubj" or a < 1:
        return None
    verb = toks[a - 1]
    if verb.lemma != "be" or verb.i == t.head or any(
            toks[c].dep in ("attr", "acomp", "neg") for c in verb.children):
        return None
    subj = next((c for c in verb.children if toks[c].dep == "nsubj"), -1)
    name = by_tok.get(subj) if subj != -1 else None
    return name if name is not None and name.kind == "name" else None


#: Verbs of taking someone as one's kin: "took Ana as his wife", "chose Bo as her husband".
_TAKEN_AS_VERBS = frozenset(["take", "choose", "marry", "wed", "adopt", "accept"])
#: Verbs of knowing or calling someone by a name: "knew him as 'Ebo'", "called her Ebo".
_KNOWN_AS_VERBS = frozenset(["know", "call", "address", "remember", "introduce"])


def _known_as(doc: StoryDoc, m: Mention, by_head: dict[int, Mention]) -> Mention | None:
    """The person a name after "as" is the name of: "a man we all knew as 'the Major'" (the
    head of the relative clause), "we knew my uncle as Ebo" (the verb's object, not a pronoun:
    a pronoun's person is found later); the one a kin phrase makes someone: "took Ana as his
    wife", "made Ana his wife"."""
    toks = doc.toks
    t = toks[m.head]
    if m.kind == "kin" and t.dep in ("ccomp", "oprd", "xcomp") and toks[t.head].lemma == "make":
        # "made Ana his wife": the small clause's subject (or the verb's object) is the kin
        subj = next((c for c in t.children if toks[c].dep == "nsubj"), -1)
        if subj == -1:
            subj = next((c for c in toks[t.head].children if toks[c].dep == "dobj"), -1)
        other = by_head.get(subj) if subj != -1 else None
        return other if other is not None and other.kind in ("name", "desc") else None
    if m.kind not in ("name", "desc", "kin") or t.dep != "pobj" or toks[t.head].lower != "as":
        return None
    verb = toks[toks[t.head].head]
    if verb.lemma not in (_TAKEN_AS_VERBS if m.kind == "kin" else _KNOWN_AS_VERBS):
        return None   # ("took Ana as his wife"; but "worked as a nurse" names no one)
    obj = next((c for c in verb.children if toks[c].dep == "dobj"), -1)
    if obj == -1 and verb.dep == "relcl":
        obj = verb.head
    other = by_head.get(obj) if obj != -1 else None
    return other if other is not None and other is not m and other.kind in (
        "desc", "kin", "name") else None


def _passive_conjunct(doc: StoryDoc, v: int) -> bool:
    """ "was born that spring and named Ulla": a verb with no subject of its own joined to a
    passive one is passive too, whatever its tag says."""
    toks = doc.toks
    return (toks[v].dep == "conj" and not any(
        toks[c].dep in ("nsubj", "nsubjpass") for c in toks[v].children)
        and any(toks[c].dep == "auxpass" for c in toks[toks[v].head].children))


def _span_root(doc: StoryDoc, m: Mention) -> int:
    """The token of a mention's span that the parser hangs on something outside it ("son" in
    "son-in-law", where our head is "law"), or -1."""
    toks = doc.toks
    a, b = doc.tok_at(m.start), doc.tok_at(max(m.end - 1, m.start))
    return next((i for i in range(a, b + 1) if not a <= toks[i].head <= b), -1)


def _link_syntax(doc: StoryDoc, ms: list[Mention]) -> None:
    """Possessors, appositions ("our son, Sindre"), copulas ("Lou is Dad's sister"), groups."""
    toks = doc.toks
    by_head: dict[int, Mention] = {}
    by_tok: dict[int, Mention] = {}
    for m in ms:
        by_head.setdefault(m.head, m)
        a, b = doc.tok_at(m.start), doc.tok_at(max(m.end - 1, m.start))
        for i in range(a, b + 1):
            by_tok.setdefault(i, m)
        if m.kind == "kin" and b > a:
            # "sister-in-law": our head is "law", the parser's is "sister", and an apposition
            # ("my sister-in-law (Jon's sister)") hangs on the parser's head
            root = _span_root(doc, m)
            if root not in (-1, m.head):
                by_head.setdefault(root, m)
    for m in ms:
        if m.possessor_tok != -1:
            p = by_head.get(m.possessor_tok) or by_tok.get(m.possessor_tok)
            if p is not None and p is not m:
                m.possessor = p.idx
        t = toks[m.head]
        # apposition: "our son, Sindre" / "Sindre, our son" / "two daughters, Ivy and May"
        head_m = by_head.get(t.head)
        if (m.kind == "name" and t.dep == "conj" and head_m is not None and head_m.plural
                and head_m.kind == "kin"
                and "and" not in doc.text[head_m.end:m.start].lower().split()):
            # "two sons, Piet and Bill" (misparsed) but not "Eleni's children and Petros"
            head_m.members.append(m.idx)
            for c in conjuncts(doc, m.head):
                if c in by_head:
                    head_m.members.append(by_head[c].idx)
        elif t.dep == "appos" and t.head in by_head and not _across_lines(doc, m, by_head[t.head]):
            # (a list's next line is no apposition: "- Ulla (9F), my daughter\n- Bo (14F)")
            other = _nearer_kin(doc, m, by_tok) or by_head[t.head]
            group = _listed_under_group(doc, t.head, by_head) if m.kind == "name" else None
            if group is not None and other.kind == "name":
                other = group  # "three children: Folke in 1913, Ilkka in 1915": a list
            pair = [by_head[c].idx for c in conjuncts(doc, t.head) if c in by_head]
            own_names = any(c > m.head and c in by_head and by_head[c].kind == "name"
                            for c in toks[m.head].children)
            if (other is not m and m.kind == "kin" and m.plural and pair and not m.members
                    and not own_names):  # ("Ada, the twins Kit and Kat, and Ned": theirs)
                m.members.extend([other.idx, *pair])  # "Ivo and Tancred, both brothers,"
            elif other is not m and (_two_roles(doc, m, other) or _genders_clash(m, other)
                                     or _CONTRAST.match(doc.text, min(m.end, other.end),
                                                         max(m.start, other.start))
                                     and _cleft_focus(doc, other.head)):
                pass  # "me, Papa, my little sister Tamsen and a dog": a list, not one person;
                # "it was Ivo, not his uncle, who…": a contrast, two people (a denied role
                # elsewhere, "Zia Ana, not my sister, just the widow", is the person's own);
                # "criticized his father, Mrs. Roe and Ivo looked away": a clause ends there
            elif other is not m and (_listed_kin(doc, m, other) or not other.plural
                                     and _middle_of_a_name_list(doc, t)
                                     or ";" in doc.text[min(m.end, other.end):
                                                        max(m.start, other.start)]):
                pass  # "her brother Bo and her sister Ulla", "Dad, Ilka, and Bo", "(Ulla's
                # father; Ivo; Bo)": two people
            elif other is not m and _child_word_on_parent(doc, m, other):
                # "bore a child with Papa, a girl they called Fenn": the apposition renames the
                # child said before the parent, not the parent
                prior = None
                for x in reversed(ms[:other.idx]):  # back over this sentence only
                    if toks[x.head].sent != t.sent:
                        break
                    if x.kind == "kin" and x.kin is not None and x.kin.path == "C":
                        prior = x
                        break
                if prior is not None:
                    m.same_person(prior)
            elif other is not m:
                if other.plural and (m.kind == "name" or m.kind == "kin" and not m.plural
                                     and other.kind == "kin"):
                    # "two daughters, Ivy and May"; "his parents, my Nana and Pop"
                    other.members.append(m.idx)
                    for c in conjuncts(doc, m.head):
                        if c in by_head:
                            other.members.append(by_head[c].idx)
                else:
                    m.same_person(other)
        elif m.kind == "name":
            _comma_apposition(doc, m, by_tok)
            _name_comma_kin(doc, m, by_tok)
        elif m.kind == "kin" and not m.plural:
            entry = _entry_name(doc, m, by_tok)
            if entry is not None:
                m.same_person(entry)
        # compound name: "sister Bodil" (kin word as a compound of the name)
        if m.kind == "name":
            for c in t.children:
                if (toks[c].dep == "compound" and c in by_head and by_head[c].kind == "kin"
                        and toks[c + 1].start >= m.start):
                    # the kin word right before the name; "Mum married Ivo" misparsed as one
                    # noun phrase has a verb between them: two people
                    k = by_head[c]
                    k.same_person(m)
            # "Ivo the uncle of Ulla decided…": the name, "the", then its own kin noun "of"
            k = by_head.get(m.head + 2)
            if (k is not None and k.kind == "kin" and not k.plural and m.head + 3 < len(toks)
                    and toks[m.head + 1].lower == "the" and toks[m.head + 3].lower == "of"
                    and toks[m.head + 3].sent == t.sent and k.idx not in m.same_as
                    # not a verb's two objects: "showed Ivo the mother of the bride"
                    and (m.head == 0 or toks[m.head - 1].pos not in ("VERB", "AUX"))):
                k.same_person(m)
        if m.kind == "name" and t.dep == "appos" and toks[t.head].lower == "name" and (
                toks[t.i - 1].text == ":"):
            owner = by_head.get(_possessor_of(doc, t.head))
            if owner is not None and owner is not m:
                owner.same_person(m)  # "she wrote my name: Zephyrine"
        if m.kind == "name":
            owner = _owner_of_name_set_off(doc, m, by_head)
            if owner is not None and m.idx not in owner.aliases:
                # "found her name on the list, Ulla, and…": hers, even if she went by another
                owner.another_name(m)
        known_as = _known_as(doc, m, by_head)
        if known_as is not None:
            known_as.same_person(m)  # "a man we all knew as 'the Major'": one person
        copula_name = (_copula_without_predicate(doc, m, by_tok)
                       or _predicate_taken_for_a_subject(doc, m, by_tok))
        if copula_name is not None:
            m.same_person(copula_name)  # "His bride was Ada Lind, a miller's niece, and…"
        # copula: X is/was Y ("Aunt Lou is Dad's sister", "My name is Kaarlo")
        if m.kind == "kin" and t.dep == "pobj" and _span_root(doc, m) not in (-1, m.head):
            t = toks[_span_root(doc, m)]  # "Ivo is Lou's son-in-law": "son" is the predicate
        if m.kind == "kin" and t.dep == "conj":
            t = _coordinated_predicate(doc, t.i)  # "X is husband of Ilka and son of Piet"
        if t.dep in ("attr", "acomp", "oprd") and toks[t.head].lemma in ("be", "become") and (
                not any(toks[c].dep == "case" for c in t.children)):
            # (not "Ebo is my dad's": an owner with its noun left out, no identity)
            verb = t.head
            subj = next((c for c in toks[verb].children if toks[c].dep == "nsubj"), -1)
            if (subj == -1 and verb >= 1 and toks[verb - 1].sent == t.sent
                    and verb - 1 in by_head and by_head[verb - 1].kind == "kin"):
                subj = verb - 1  # "… and Ivo's mother is Hedvig" misparsed as one long clause
            if (subj == -1 and verb >= 2 and toks[verb].dep == "conj" and verb - 1 in by_head
                    and by_head[verb - 1].kind == "name" and toks[verb - 1].dep == "conj"
                    and toks[verb - 2].lower in ("and", "but", ",")):
                subj = verb - 1  # "Ulla is Ivo's sister and Lou is his father": Lou's own clause
            if (subj == -1 and toks[verb].dep == "conj" and verb >= 1
                    and toks[verb - 1].lower == "name"
                    and any(toks[c].dep == "poss" for c in toks[verb - 1].children)):
                subj = verb - 1  # "Dad's name is Ivo and Mom's name is Ulla": Mom's own clause
            if subj == -1 and toks[verb].dep == "conj":  # "Lou is a female and is the niece of"
                subj = next((c for c in toks[toks[verb].head].children
                             if toks[c].dep == "nsubj"), -1)
            if subj == -1:  # not the subject's own: "he never tried to act as my father"
                subj = controller_of(doc, verb)
            if subj == -1:  # a month name as the subject, parsed as a modifier of "is"
                subj = next((c for c in toks[verb].children if toks[c].dep == "npadvmod"
                             and c < verb and c in by_head and by_head[c].kind == "name"), -1)
            neg = any(toks[c].dep == "neg" for c in toks[verb].children)
            if neg and m.kind == "kin" and m.possessor_tok != -1 and not m.plural and (
                    toks[m.possessor_tok].tag == "PRP$"):
                m.generic = True  # "Ulla is not my mother": a role the text denies, nobody
                denied = by_head.get(subj) if subj != -1 else None
                if denied is not None and denied.title is not None and m.kin is not None and (
                        denied.title.path == m.kin.path):
                    denied.title = None  # "Uncle Ivo was not really my uncle": a courtesy title
            if any(toks[c].dep == "amod" and toks[c].lower in _UNION_PARTICIPLES
                   for c in t.children):
                # "When I was 7 Mom married Ivo" parsed as "I was … Ivo": a clause read as a
                # noun phrase, not an identity
                continue
            if subj != -1 and not neg:
                sm = by_head.get(subj)
                if sm is None and toks[subj].lower in ("who", "that") and toks[verb].dep == "relcl":
                    sm = by_head.get(toks[verb].head)  # "Dervla Jr., who by 1950 went by Rufus"
                if sm is None and m.kind == "kin" and not m.plural:
                    sm = _demonstrative_referent(doc, ms, subj)  # "… born 1931. That is my gran."
                if sm is None and toks[subj].lower == "name" and any(
                        toks[c].lower in ("middle", "last", "maiden", "family", "second")
                        for c in toks[subj].children):
                    continue  # "Yunus's middle name is Tariq": a part of a name, no person
                if sm is None and toks[subj].lower == "name":
                    p = _possessor_of(doc, subj)
                    if p != -1 and toks[p].lower == "whose":
                        p = _relative_antecedent(doc, p)  # "a sister whose name is Cosima"
                    sm = by_head.get(p) if p != -1 else None
                if (sm is not None and m.plural and m.kind == "kin" and not sm.plural
                        and m.possessor_tok == -1 and not m.members):
                    # "Marian and Hesper are sisters": the coordinated subjects are the group
                    group = [sm.idx] + [by_head[c].idx for c in conjuncts(doc, subj)
                                        if c in by_head and c != subj]
                    if len(group) >= 2:
                        m.members.extend(group)
                    continue
                if (sm is not None and sm.plural and sm.kind == "kin" and m.kind == "name"
                        and not sm.members):
                    # "Jaz's parents are Tibor and Anikó": the names are the group
                    sm.members.append(m.idx)
                    sm.members.extend(by_head[c].idx for c in conjuncts(doc, m.head)
                                      if c in by_head)
                    continue
                if sm is not None and sm is not m and not (m.plural and not sm.plural):
                    # "he became Peter", "she was Kit from the start": a pronoun said to
                    # be a name gives that person another name
                    # "my sister Lili is Tiggy": a named relative said to be another name has
                    # a nickname too
                    renamed = m.kind == "name" and (
                        sm.kind in ("he", "she", "name") or toks[verb].lemma == "become"
                        or sm.kind == "kin" and any(ms[j].kind == "name" for j in sm.same_as))
                    # "I was Little Ebbe, and by school I was just Bo": what "I" was called is
                    # another name of mine, even when I already have one
                    # ("My real name is Ulrike", said by one already called Ulla, too; a plain
                    # "my name is" may open a letter by someone else)
                    said_of_me = m.kind == "name" and sm.kind == "self" and (
                        toks[subj].lower == "i" or toks[subj].lower == "name" and any(
                            toks[c].lower in _OTHER_NAME_WORDS for c in toks[subj].children))
                    if renamed and sm.kind != "self" or said_of_me:
                        m.another_name(sm)
                    else:
                        m.same_person(sm)
    # "Jens is the son's name": the subject names the possessor of "name"
    for m in ms:
        t = toks[m.head]
        if m.kind != "name" or t.dep != "nsubj" or toks[t.head].lemma != "be":
            continue
        attr = next((c for c in toks[t.head].children if toks[c].dep == "attr"
                     and toks[c].lemma == "name"), -1)
        p = _possessor_of(doc, attr) if attr != -1 else -1
        owner = by_head.get(p) if p != -1 else None
        if owner is not None and owner is not m and owner.kind in ("kin", "desc", "he", "she"):
            m.same_person(owner)
    # "Wesley is one of Cindy's brothers": the subject is a member of the group
    for m in ms:
        t = toks[m.head]
        if m.kind != "kin" or not m.plural or t.dep != "pobj" or toks[t.head].lower != "of":
            continue
        one = toks[toks[t.head].head]
        if one.lower != "one" or one.dep != "attr" or toks[one.head].lemma != "be":
            continue
        subj = next((c for c in toks[one.head].children if toks[c].dep == "nsubj"), -1)
        sm = by_head.get(subj) if subj != -1 else None
        if sm is not None and sm.kind == "name" and sm.idx not in m.members:
            m.members.append(sm.idx)
    # "Everyone called her Marika", "We called him Uncle Aurel": a name given to someone
    for m in ms:
        t = toks[m.head]
        if m.kind != "name" or t.dep not in ("oprd", "attr", "dobj", "npadvmod"):
            continue
        verb = toks[t.head]
        if verb.lemma not in ("call", "nickname", "name", "christen", "dub", "baptize",
                              "baptise", "bear", "rename") or verb.lemma == "bear" and (
                                  t.dep == "dobj"):
            continue
        if any(toks[c].dep == "neg" or toks[c].lower == "never" for c in verb.children):
            continue  # "he never called her Nana": a name not given
        if verb.lemma == "bear" and any(
                toks[c].dep == "prep" and any(toks[g].ent == "DATE" or toks[g].pos == "NUM"
                                              for g in toks[c].children) for c in t.children):
            continue  # "Ivo was born in 1950, Ana in 1952": a birth of her own, not her name
        # "Ilka, whose brother was named Runo": the relative clause has a subject of its own,
        # and the name is that subject's (the passive naming below)
        own_subject = any(toks[c].dep == "nsubjpass" and toks[c].tag not in ("WDT", "WP")
                          for c in verb.children)
        if verb.dep == "relcl" and not own_subject and (
                any(toks[c].tag in ("WDT", "WP") for c in verb.children)
                or t.dep in ("dobj", "oprd") and toks[verb.head].lemma != "name"):
            # "a baby girl that he named Runa": the name is the relative clause's antecedent's
            other = by_head.get(verb.head)
            if other is not None and other is not m and other.kind in ("kin", "desc"):
                if verb.lemma in ("call", "nickname", "dub"):
                    # "my brother, Bertil Jr., who everybody has called Bix": another name for
                    # him, not a rival to the name in apposition
                    m.another_name(other)
                else:
                    m.same_person(other)
            continue
        her = next((c for c in t.children if toks[c].dep == "poss" and toks[c].lower == "her"
                    and c == m.head - 1 and t.dep == "dobj"), -1)
        if her != -1 and verb.lemma != "bear":
            # "We named her Emma": the parser read "her" as the name's possessive
            other = by_head.get(her)
            if other is not None and other is not m:
                m.another_name(other)
            continue
        if not any(toks[c].dep == "dobj" and c < m.head for c in verb.children):
            if verb.tag != "VBN" and not _passive_conjunct(doc, verb.i):
                continue  # "Ilka called Runa": a phone call, not a name given
            # passive naming: "A daughter came in 1972 and was baptized Oline"
            k = verb.i
            while toks[k].dep == "conj" and toks[k].head != k:
                k = toks[k].head
            subj = next((c for c in toks[k].children if toks[c].dep in ("nsubj", "nsubjpass")),
                        -1)
            if subj != -1 and any(toks[c].lower in ("was", "is") for c in toks[k].children):
                # "Ada, a miller's niece, and their first child, born in 1921, was named
                # Ivo": a singular verb has no coordinated subject; the last conjunct is its own
                subj = max([subj, *(c for c in toks[subj].children
                                    if toks[c].dep == "conj" and c < k)])
            other = by_head.get(subj)
            if other is not None and other is not m:
                m.another_name(other)
            continue
        for c in verb.children:
            other = by_head.get(c)
            if (other is not None and other is not m and toks[c].dep == "dobj" and c < m.head
                    and other.kind in ("name", "he", "she", "kin", "desc", "self")):
                m.another_name(other)  # (and "My moms named me Leocadie": the teller's name)
                break
    # "Rigmor (“Bix”)", "Hedvig (Jaz)": a nickname in brackets right after the name;
    # "Jorun, known as “Inge”": one stated with "known as"
    by_start = {mm.start: mm for mm in ms}
    for m in ms:
        if m.kind != "name":
            continue
        hit = _BRACKETED.match(doc.text, m.end) or _KNOWN_AS.match(doc.text, m.end)
        if hit:
            other = by_start.get(hit.start(1))
            if other is not None and other.kind == "name":
                m.another_name(other)
    # "two children, Halvor in 1936 and Knud in 1939": a counted group listed after a comma,
    # whatever the parser made of the list
    for i, k in enumerate(ms):
        if k.kind == "kin" and k.plural and k.count >= 2 and len(k.members) < k.count:
            listed = [n.idx for n in _listed_names(doc, ms, i)]
            if listed and len(listed) in (k.count, survivors_listed(
                    doc.text[k.end:ms[listed[0]].start])) and set(k.members) <= set(listed):
                k.members[:] = listed  # the parser may have caught the first name only
                for x in ms[i + 1:listed[0]]:  # "two sons by his first wife, Ivo and Bo":
                    ms[listed[0]].not_same_person(x)  # the wife is not the first son
        elif k.kind == "kin" and k.plural and not k.count and not k.members and (
                k.possessor_tok != -1):
            listed = [n.idx for n in _listed_names(doc, ms, i)]
            if len(listed) >= 2 and re.fullmatch(r"\s*(?:by\s+name\s*)?,\s*", doc.text[
                    k.end:ms[listed[0]].start]):
                k.members[:] = listed  # "our sons, Yaw and little Kojo", however parsed (and
                # "remembered my kids by name, Ulla and Bo")
    # "her two sisters Lynn and Dee": names right after a plural kin phrase are its members
    for k, n in zip(ms, ms[1:], strict=False):
        if (k.kind == "kin" and k.plural and not k.members and n.kind == "name"
                and doc.text[k.end:n.start] == " " and toks[n.head].sent == toks[k.head].sent):
            k.members.append(n.idx)
            k.members.extend(by_head[c].idx for c in conjuncts(doc, n.head)
                             if c in by_head and by_head[c].kind == "name")
    # "Ivo (12) and Bo (9), the sons of Mia and Per", "- Ivo and Bo (7), Ulla's girls": the
    # names before a plural kin phrase with its own owners, set off by a comma (and the names'
    # ages), are its members
    for i, k in enumerate(ms):
        if (k.kind == "kin" and k.plural and not k.members and (k.of_tok or k.possessor_tok != -1)
                and k.kin is not None and k.kin.path in ("C", "S")):
            before = _names_before(doc, ms, i)
            if len(before) >= 2 and not _across_lines(doc, before[0], k):
                k.members.extend(n.idx for n in before)
    # "his sister Sylvie" parsed loosely: a name right after a singular kin phrase is its name
    for k, n in zip(ms, ms[1:], strict=False):
        if (k.kind == "kin" and not k.plural and n.kind == "name" and n.idx not in k.same_as
                and doc.text[k.end:n.start] == " " and toks[n.head].sent == toks[k.head].sent
                and k.title is None):
            k.same_person(n)
    # "two little boys—my half-brothers, Fenna and Unni": a counted group restated
    for i, k in enumerate(ms):
        if k.kind != "kin" or not k.plural or k.members:
            continue
        for n in ms[i + 1:i + 4]:
            if (n.kind == "kin" and n.plural and n.members and doc.text[k.end:n.start].strip()
                    in ("—", "–", "-", ":", ",", "(", "--")):
                k.members.extend(n.members)
                break
    # "a sister by the name of Oddny"
    for m in ms:
        if m.kind not in ("kin", "desc"):
            continue
        for c in toks[m.head].children:
            if toks[c].lower == "by":
                for g in toks[c].children:
                    if toks[g].lower != "name":
                        continue
                    for of in toks[g].children:
                        for n in toks[of].children if toks[of].lower == "of" else ():
                            other = by_head.get(n)
                            if other is not None and other.kind == "name":
                                m.same_person(other)
    # "whom she calls "my baby brother"": a quoted kin phrase given as what someone is called
    # is a way of naming that person, not a new one
    for m in ms:
        t = toks[m.head]
        if m.kind != "kin" or m.quote == -1 or t.dep != "oprd" or toks[t.head].lemma != "call":
            continue
        verb = toks[t.head]
        obj = next((c for c in verb.children if toks[c].dep == "dobj"), -1)
        if obj != -1 and toks[obj].tag in ("WP", "WDT") and verb.dep == "relcl":
            obj = verb.head
        other = by_head.get(obj) if obj != -1 else None
        if other is not None and other is not m:
            m.same_person(other)
    # "a brother named Piet", "a girl called Tiggy"
    for m in ms:
        if m.kind not in ("kin", "desc"):
            continue
        verbs = [c for c in toks[m.head].children
                 if toks[c].dep == "acl" and toks[c].lemma in ("name", "call")]
        for a in toks[m.head].children:  # "her husband, a carpenter named Ivo": the apposed
            if toks[a].dep == "appos" and a not in by_head:  # noun that is no person word
                verbs.extend(c for c in toks[a].children
                             if toks[c].dep == "acl" and toks[c].lemma in ("name", "call"))
        t = toks[m.head]
        if (m.kind == "kin" and t.dep == "nsubj" and t.head == m.head + 1
                and toks[t.head].lower in ("named", "called")):
            # "Ulla's son called Orvar is…": the participle taken for a verb (but "her father
            # called her Ulla" names someone else)
            verbs.append(t.head)
        for c in verbs:
            for g in toks[c].children:
                other = by_head.get(g)
                if other is not None and other.kind == "name" and (
                        g > c if c != t.head else g == c + 1):
                    m.same_person(other)
    # "…a man hunched over… It was Jens.": an indefinite description named right after
    for m in ms:
        t = toks[m.head]
        if m.kind != "name" or t.dep != "attr" or toks[t.head].lemma != "be":
            continue
        subj = next((c for c in toks[t.head].children if toks[c].dep == "nsubj"), -1)
        if subj == -1 or toks[subj].lower not in ("it", "that", "this"):
            continue
        if _contrasted(doc, m.head):
            continue
        for other in reversed(ms[:m.idx]):
            if t.sent - toks[other.head].sent > 3:
                break
            if other.kind == "desc" and not other.definite and other.possessor_tok == -1:
                m.same_person(other)
                break
    # ages and tags: "Ella (4)", "(34F)", "our eight-year-old daughter"
    text = doc.text
    for m in ms:
        if m.is_pronoun and m.kind != "self":
            continue
        tail = text[m.end:m.end + 12]
        hit = _TAG.match(tail.lstrip()) if tail.lstrip().startswith("(") else None
        before = TAG_BEFORE.search(text, max(0, m.start - 12), m.start) if (
            hit is None and m.kind == "name" and text[m.end:m.end + 1] == ")") else None
        if hit or before:
            age = before.group(1) if before else hit.group(1) or hit.group(4)
            sex = (before.group(2) if before else hit.group(2) or hit.group(3) or "").lower()
            if age:
                m.age = int(age)
            if sex in ("f", "m", "nb"):
                m.gender = {"f": "female", "m": "male", "nb": "nonbinary"}[sex]
        # "(they/them)", "uses they/them pronouns" right after a mention: stated nonbinary
        tt = _THEY_THEM.match(text, m.end)
        if tt and not any(m.end <= o.start < tt.end() for o in _near(ms, m)):
            m.gender = "nonbinary"
        for c in toks[m.head].children:
            w = toks[c]
            if w.dep in ("amod", "compound", "nummod") and "-year-old" in w.lower:
                n = _number(w.lower.split("-year-old")[0])
                if n is not None:
                    m.age = n
            elif w.lower == "old" and c + 1 < len(toks):
                pass


_UNION_PARTICIPLES = frozenset(["married", "divorced", "wed", "remarried"])


def _near(ms: list[Mention], m: Mention) -> list[Mention]:
    """The few mentions right after ``m`` (mentions are in text order)."""
    return ms[m.idx + 1:m.idx + 6]


#: "Dad's name is Ivo", "Mommy's real name was Ulla": a possessor's name stated by a copula
_NAME_IS = re.compile(r"['\u2019]s\s+(?:real\s+|full\s+|first\s+|given\s+)?name\s+(?:is|was)\s+")


def link_stated_names_of(doc: StoryDoc, ms: list[Mention]) -> None:
    """ "Daddy's name is Ivo and Mommy's name is Ulla": each name is its possessor's, read from
    the surface (the parser often runs the two clauses into one and pairs the wrong names).
    Any parse link from the name to another person of the sentence is undone."""
    by_end = {m.end: m for m in ms if m.kind in ("kin", "name", "desc")}
    by_start = {m.start: m for m in ms if m.kind == "name"}
    for hit in _NAME_IS.finditer(doc.text):
        owner, name = by_end.get(hit.start()), by_start.get(hit.end())
        if owner is None or name is None or owner is name:
            continue
        for j in list(name.same_as) + list(name.aliases):
            other = ms[j]
            if other is not owner and other.kind == "name" and other.name != name.name and (
                    abs(other.start - name.start) < 120):
                name.not_same_person(other)  # "Ivo and Mom's name is Ulla" read as "Ivo is Ulla"
                name.not_another_name(other)
        if owner.idx not in name.same_as:
            owner.same_person(name)


#: Between the names of a list that a restating kin phrase follows: ages in brackets, commas
#: and "and".
_NAMES_GAP = re.compile(r"(?:\s*[(\[][^()\[\]]{0,20}[)\]])?\s*(?:,|,?\s*(?:and|&))\s*")
_BEFORE_GROUP = re.compile(r"(?:\s*[(\[][^()\[\]]{0,20}[)\]])?\s*,\s*(?:the\s+)?")


def _names_before(doc: StoryDoc, ms: list[Mention], i: int) -> list[Mention]:
    """The names listed right before mention ``i`` ("Ivo (12) and Bo (9), "), in order."""
    out: list[Mention] = []
    end_gap = _BEFORE_GROUP
    pos = ms[i].start
    for n in reversed(ms[:i]):
        if n.end > pos:
            continue
        if n.kind != "name" or end_gap.fullmatch(doc.text, n.end, pos) is None:
            break
        out.append(n)
        pos, end_gap = n.start, _NAMES_GAP
    return out[::-1]


def _across_lines(doc: StoryDoc, a: Mention, b: Mention) -> bool:
    """Do mentions ``a`` and ``b`` stand on different lines?"""
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    return "\n" in doc.text[lo:hi]
