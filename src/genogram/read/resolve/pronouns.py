"""Resolving "he"/"she" (and "his"/"her") to the most salient compatible person among the recent
ones; a pronoun that finds no one creates no one."""

from __future__ import annotations

from genogram.read.coordination import coordinated_owner
from genogram.read.document import StoryDoc
from genogram.read.lexicon import PLURALS, kin_term
from genogram.read.mentions import BIRTH_NAMING_LEMMAS, Mention
from genogram.read.resolve.couples import _partners
from genogram.read.resolve.discourse import Discourse, _mention_at
from genogram.read.resolve.perspective import _speaker
from genogram.read.resolve.salience import _clause_subject, _name_lean, _subject_sentences

#: How many sentences back a pronoun looks for its antecedent.
PRONOUN_WINDOW = 4
#: What a paragraph break between a pronoun and a candidate costs the candidate.
PARAGRAPH_BREAK = 1.0
#: Two antecedents whose scores differ by less than this are a tie: the pronoun is bound to the
#: better one, but a kin phrase it owns ("his mom") takes no owner from it, since a wrong owner
#: chains into false ties. (About fifteen tokens of recency, the last thing that separates two
#: people in the same role.)
TIE_MARGIN = 0.15


def _pronoun(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> int | None:
    bracketed = _bracket_owner(doc, ms, d, m)
    if bracketed is not None:
        return bracketed
    best_by, clause_subj = pronoun_candidates(doc, ms, d, m)
    d.last_pronoun_scores = best_by
    toks = doc.toks
    sent = toks[m.head].sent
    parent_word = toks[m.head].dep == "poss" and _is_parent_word(toks[toks[m.head].head].lower)
    kin_word = toks[toks[m.head].head].lower
    if not best_by:
        return _subject_despite_name(doc, ms, d, m, clause_subj)
    best = max(best_by, key=lambda e: best_by[e])
    runner_up = max((v for e, v in best_by.items() if e != best), default=None)
    if runner_up is not None and best_by[best] - runner_up < TIE_MARGIN and (
            best != _entity_at(doc, ms, d, clause_subj)):
        # (a possessive that takes its own clause's subject is no guess: "while his son
        # played chess with his grandfather")
        d.unsure_pronouns.add(m.idx)
    if parent_word:
        d.parent_owners.append((sent, f"{toks[m.head].lower} {kin_word}", best))
    return best


def pronoun_candidates(doc: StoryDoc, ms: list[Mention], d: Discourse,
                       m: Mention) -> tuple[dict[int, float], int]:
    """Each compatible recent person's score as the antecedent of pronoun ``m`` (higher is
    better), and the subject token of the pronoun's clause (-1 if none)."""
    ents = d.ents
    toks = doc.toks
    sent = toks[m.head].sent
    counted = _subject_sentences(doc)
    speaker = _speaker(doc, ms, d, m.quote) if m.quote != -1 else None
    best_by: dict[int, float] = {}
    current = ents.find(d.narrator) if d.narrator is not None else None
    clause_subj = _clause_subject(doc, m.head) if toks[m.head].dep == "poss" else -1
    if clause_subj == -1:
        clause_subj = coordinated_owner(doc, m.head)  # "Dana and her son": Dana's, if she fits
    naming = toks[m.head].dep == "poss" and toks[toks[m.head].head].lemma == "name" or (
        _object_of_naming(doc, m.head))
    not_them = _named_by_own_kin_phrase(ms, d, m)  # people the pronoun cannot be
    not_them |= _own_clause_subject(doc, ms, d, m)
    not_them |= _verb_s_object(doc, ms, d, m)
    if (clause_subj != -1 and toks[clause_subj].lower == "we" and m.quote == -1
            and current is not None):
        # "We became his guardians": "his" is none of the "we", so not the narrator's
        # partner
        not_them |= set(_partners(d, current))
    for s, idx, e_id, role in reversed(d.recent):
        if sent - s > PRONOUN_WINDOW + 2:
            break
        other = ms[idx]
        if other.head >= m.head:
            continue
        e = ents.find(e_id)
        # the one writing now is "I", never "she"; an earlier narrator the new one writes
        # about ("UPDATE: this is her brother. Ilka is resting. She…") may be
        if ents.get(e).narrator and m.quote == -1 and e == current and (
                e not in {ents.find(p) for p in d.posters}):
            continue
        if e in not_them:
            continue  # "Ivo is his grandson", "Hedvig, her sister,": not one's own relative
        if speaker is not None and e == ents.find(speaker):
            continue
        g = ents.gender(e)
        if g is not None and g != m.gender:
            continue
        dist = counted[sent] - counted[s] if s != sent else 0
        if dist > PRONOUN_WINDOW:
            continue
        score = -2.0 * dist + role
        if doc.sents[s].para != doc.sents[sent].para:
            score -= PARAGRAPH_BREAK  # a new paragraph (a note's new section) has a new topic
        introduced = naming and not ents.get(e).names
        if g is None and not introduced:
            score -= 2.5 * (1.0 - _name_lean(ents.get(e).name, m.gender))
        if clause_subj != -1 and other.head == clause_subj:
            score += 2.5  # "Jordan baked a cake for her son": a possessive binds to its subject
        if other.kind == "name":
            score += 0.5
        if introduced:
            score += 3.0  # "…proud of his son. His name is Ottar.": the unnamed one is named
        if other.quote != m.quote and m.quote == -1:
            score -= 1.0
        score -= 0.01 * (m.head - other.head)
        if score > best_by.get(e, -1e9):
            best_by[e] = score
    parent_word = toks[m.head].dep == "poss" and _is_parent_word(toks[toks[m.head].head].lower)
    kin_word = toks[toks[m.head].head].lower
    if parent_word and clause_subj == -1:
        # "His father, Wouter, ... Dagfinn calls him Opa. His mother, Griet, ...": the other parent
        # word after the same pronoun keeps the owner of the first
        # (not after a plural, "his moms, Ana and Bea": both parents are named already; nor
        # across a paragraph break, where the topic has moved on)
        for s, word, e_id in reversed(d.parent_owners):
            e = ents.find(e_id)
            pron, first_kin = word.split(" ", 1)
            if doc.sents[s].para != doc.sents[sent].para or _is_plural_word(first_kin):
                continue
            if sent - s <= 3 and pron == toks[m.head].lower and first_kin != kin_word and (
                    ents.gender(e) in (None, m.gender)):
                best_by[e] = max([best_by.get(e, -1e9) + 3.0]
                                 + [v + 1.0 for v in best_by.values()])
                break
    return best_by, clause_subj


def _named_by_own_kin_phrase(ms: list[Mention], d: Discourse, m: Mention) -> set[int]:
    """The people already met that the kin phrase a possessive pronoun ``m`` owns is said to be
    ("Ivo is his grandson", "she called Hedvig, her sister,"): the pronoun is someone else."""
    out: set[int] = set()
    for k in ms[m.idx + 1:m.idx + 4]:
        if k.kind == "kin" and k.possessor == m.idx:
            # names only: a kin title ("Gran, her mother,") may have been resolved to a guess
            out.update(d.ents.find(ms[j].entity) for j in k.same_as
                       if ms[j].entity != -1 and ms[j].kind == "name")
    return out


def _entity_at(doc: StoryDoc, ms: list[Mention], d: Discourse, tok: int) -> int | None:
    """The person the mention headed by token ``tok`` was bound to, if any."""
    om = _mention_at(ms, doc, tok) if tok != -1 else None
    return d.ents.find(om.entity) if om is not None and om.entity != -1 else None


#: Prepositions whose object a verb aims at ("glared at him", "wrote to her", "asked about him"):
#: never the verb's own subject, who would be "himself".
_AIMED_PREPS = frozenset(["at", "to", "about", "toward", "towards", "against"])


def _own_clause_subject(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> set[int]:
    """Binding theory: a plain object pronoun is never its own clause's subject ("Ada, who was
    older, only ever addressed her as 'the girl'": "her" is someone other than Ada; the subject would say
    "herself"). Only direct and indirect objects: "he took the boys with him" is his own."""
    toks = doc.toks
    t = toks[m.head]
    named = t.dep == "poss" and _object_of_naming(doc, m.head)  # "Ulla had a girl and named her Bo"
    # "her uncle glared at him", "she wrote to her": the object of a preposition the verb
    # takes (not one of place or company: "he took the boys with him")
    aimed = t.dep == "pobj" and toks[t.head].lower in _AIMED_PREPS and toks[t.head].dep == "prep" \
        and toks[toks[t.head].head].pos == "VERB"
    if t.dep not in ("dobj", "dative") and not named and not aimed or t.lower.endswith(
            ("self", "selves")):
        return set()
    if t.lower == "her" and m.head + 1 < len(toks) and toks[m.head + 1].pos in (
            "NOUN", "PROPN") and not named:
        return set()  # "She called her mom", "took her Mom": perhaps a possessive, not an object
    subj = _clause_subject(doc, m.head)
    sm = _mention_at(ms, doc, subj) if subj != -1 else None
    if subj == -1 or sm is not None and sm.kind in ("self", "we", "you", "they"):
        return set()
    # (a conjoined or named subject binds too: "Zelda and Wystan took him in", "his aunts, Zelda
    # and Idony, took him in": "him" is none of them; nor any member a plural subject names)
    subjects = [subj]
    for x in subjects:   # (grows as it goes: the appositive's own conjuncts)
        subjects += [c for c in toks[x].children if toks[c].dep in ("conj", "appos")]
    out = {e for e in (_entity_at(doc, ms, d, x) for x in subjects) if e is not None}
    if sm is not None and sm.plural:
        out |= {d.ents.find(ms[j].entity) for j in sm.members if ms[j].entity != -1}
    return out


def _verb_s_object(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> set[int]:
    """ "I lost a baby, with him": a pronoun after a preposition on a verb is not that verb's
    direct object (it would say "with it", or the object is someone else)."""
    toks = doc.toks
    t = toks[m.head]
    if t.dep != "pobj" or toks[t.head].dep != "prep":
        return set()
    verb = toks[toks[t.head].head]
    if verb.pos not in ("VERB", "AUX"):
        return set()
    objs = [c for c in verb.children if toks[c].dep in ("dobj", "dative") and c < m.head]
    return {e for e in (_entity_at(doc, ms, d, x) for x in objs) if e is not None}


def _object_of_naming(doc: StoryDoc, k: int) -> bool:
    """"We named her Ilka", "they christened him Piet" (the parser may read "her" as the name's
    possessive): the pronoun is a person just being named, most often a newborn."""
    toks = doc.toks
    t = toks[k]
    if t.dep == "dobj":
        return toks[t.head].lemma in BIRTH_NAMING_LEMMAS
    h = toks[t.head]
    return (t.dep == "poss" and t.lower == "her" and h.pos == "PROPN"
            and h.dep in ("dobj", "oprd") and toks[h.head].lemma in BIRTH_NAMING_LEMMAS)


def _subject_despite_name(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention,
                          clause_subj: int) -> int | None:
    """"Dana took her son to school" with no woman in sight but Dana, a name the lexicon calls a
    man's: a possessive with no other candidate is its clause subject's, when only the name
    lexicon (no kin word, title or description) stood against it. "Dana and her son" counts
    the first conjunct as that subject (:func:`coordinated_owner`)."""
    if clause_subj == -1 or m.quote != -1:
        return None
    sm = _mention_at(ms, doc, clause_subj)
    if sm is None or sm.kind != "name" or sm.entity == -1:
        return None
    e = d.ents.get(d.ents.find(sm.entity))
    if e.descs or e.titles or e.narrator or sm.gender is not None:
        return None
    return d.ents.find(sm.entity)


def _is_parent_word(word: str) -> bool:
    term = kin_term(word)
    return term is not None and term.path == "P" and not term.qual


def _is_plural_word(word: str) -> bool:
    """"moms", "parents", "sisters": a kin word in the plural (folded by the lexicon)."""
    w = word.lower().replace("\u2019", "'")
    return PLURALS.get(w, w) != w


def _bracket_owner(doc: StoryDoc, ms: list[Mention], d: Discourse, m: Mention) -> int | None:
    """ "My DH (36M, going to call him Tam)": an object pronoun inside brackets that open right
    after a person's mention is that person (the aside is about them), when the genders agree."""
    if m.kind not in ("he", "she") or doc.toks[m.head].dep == "poss":
        return None
    text = doc.text
    open_at = text.rfind("(", max(0, m.start - 60), m.start)
    if open_at == -1 or ")" in text[open_at:m.start]:
        return None
    before = next((ms[j] for j in range(m.idx - 1, max(-1, m.idx - 30), -1)
                   if ms[j].end <= open_at), None)
    if before is None or before.is_pronoun or before.entity == -1 or text[
            before.end:open_at].strip():
        return None
    e = d.ents.find(before.entity)
    return e if d.ents.gender(e) in (None, m.gender) else None
