"""Parse repairs on hand-built trees: each repair is given the small parser's wrong tree for
an invented sentence and must turn it into the right one."""

from __future__ import annotations

from genogram.read.document import Tok, _clause_subject_taken_for_object


def _toks(rows: list[tuple[str, str, str, int]]) -> list[Tok]:
    out, at = [], 0
    for i, (text, pos, dep, head) in enumerate(rows):
        out.append(Tok(i=i, text=text, lower=text.lower(), lemma="be" if text == "is" else
                       text.lower(), pos=pos, tag="", dep=dep, head=head, start=at,
                       end=at + len(text), ent="", ent_start=False, sent=0, para=0))
        at += len(text) + 1
    return out


def test_the_object_before_a_subjectless_is_after_a_comma_becomes_its_subject() -> None:
    # "I learned the man , the one we called Ivo , is my father"
    toks = _toks([("I", "PRON", "nsubj", 1), ("found", "VERB", "ROOT", 1),
                  ("out", "ADP", "prt", 1), ("the", "DET", "det", 4),
                  ("man", "NOUN", "dobj", 1), (",", "PUNCT", "punct", 4),
                  ("the", "DET", "det", 7), ("one", "NOUN", "appos", 4),
                  (",", "PUNCT", "punct", 9), ("is", "AUX", "conj", 1),
                  ("my", "PRON", "poss", 11), ("father", "NOUN", "attr", 9)])
    _clause_subject_taken_for_object(toks)
    assert (toks[4].dep, toks[4].head) == ("nsubj", 9)
    assert (toks[9].dep, toks[9].head) == ("ccomp", 1)


def test_a_verb_joined_by_and_keeps_its_own_parse() -> None:
    # "Ada has a sister and , is kind": an "and" between the verbs may join them
    toks = _toks([("Ada", "PROPN", "nsubj", 1), ("has", "VERB", "ROOT", 1),
                  ("a", "DET", "det", 3), ("sister", "NOUN", "dobj", 1),
                  ("and", "CCONJ", "cc", 1), (",", "PUNCT", "punct", 6),
                  ("is", "AUX", "conj", 1), ("kind", "ADJ", "acomp", 6)])
    _clause_subject_taken_for_object(toks)
    assert (toks[3].dep, toks[3].head) == ("dobj", 1)
