"""What someone is called, and where: a label that puts a person outside the family ("called
my son 'the foster boy'", "introduced her as 'my husband's lodger'") -> hostile; a label that
claims them as kin ("calls her 'my little sister'") -> close; anything said "to her face" ->
hostile."""

from __future__ import annotations

from genogram.read.emotions.reader import LinkReader, people_or_teller
from genogram.read.lexicon import kin_term

#: Words of a label that deny someone a place in the family: the stand-in, the lodger, the
#: foster boy, the stranger, the mistake.
EXCLUDING_WORDS = frozenset(["replacement", "substitute", "lodger", "boarder", "tenant", "foster",
                             "outsider", "intruder", "interloper", "guest", "mistake", "bastard",
                             "freeloader", "leech", "parasite", "nobody", "charity"])
#: Verbs that give someone a label: "called him", "introduced her as", "referred to him as".
LABEL_VERBS = frozenset(["call", "introduce", "refer", "label", "dub"])
_OPENING_QUOTES = frozenset(['"', "\u201c", "\u2018", "'"])
_CLOSING_QUOTES = frozenset(['"', "\u201d", "\u2019", "'"])


def label_cue(r: LinkReader, v: int) -> None:
    """A label given by the subject of ``v`` to its object (see the module docstring)."""
    toks = r.toks
    if r.negated(v) or r.irrealis(v):
        return
    start, words = _label_words(r, v)
    if not words:
        return
    if any(w in EXCLUDING_WORDS for w in words):
        type_ = "hostile"
    elif words[0] in ("my", "our") and any(kin_term(w) is not None for w in words[1:4]):
        type_ = "close"
    else:
        return
    subs = [p for c in toks[v].children if toks[c].dep == "nsubj"
            for p in people_or_teller(r, c)] or r.subjects(v)
    if not subs and toks[v].dep == "acl":
        # "Grandma Hesper, Mom's mother, called Iben 'the lodger'" parsed as a participle
        subs = r.with_conj(toks[v].head)
    called = _called(r, v, subs, start)
    r.add_pairs(subs[:1], called[:1], type_, v)


def _label_words(r: LinkReader, v: int) -> tuple[int, list[str]]:
    """The words of the label: the first quotation opening within a few tokens after ``v``
    ('called me "the replacement"'), else the noun phrase the parser made the verb's
    complement ("called my nephew the foster kid"); with the token the label starts at."""
    toks = r.toks
    s = r.doc.sents[toks[v].sent]
    for k in range(v + 1, min(v + 6, s.end_tok)):
        if toks[k].text in _OPENING_QUOTES:
            words = []
            for j in range(k + 1, min(k + 16, s.end_tok)):
                if toks[j].text in _CLOSING_QUOTES:
                    return k, words
                if toks[j].pos != "PUNCT":
                    words.append(toks[j].lower)
            # the closing quote may fall past the sentence end ('..., everything."'); with
            # neither it nor the sentence end near, this is no short label
            return k, (words if k + 16 >= s.end_tok else [])
    for c in toks[v].children:
        if (toks[c].dep in ("oprd", "appos") and not r.people_at(c)) or (
                toks[c].dep == "prep" and toks[c].lower == "as"):
            sub, todo = [], [c]
            while todo:
                k = todo.pop()
                sub.append(k)
                todo += toks[k].children
            return min(sub), [toks[j].lower for j in sorted(sub) if toks[j].pos != "PUNCT"][:8]
    return -1, []


def _called(r: LinkReader, v: int, subs: list[int], label: int) -> list[int]:
    """Who was given the label that starts at token ``label``: the verb's object before it
    (a kin word inside the label is the label, not the one called)."""
    toks = r.toks
    out = [p for c in toks[v].children if toks[c].dep in ("dobj", "dative", "oprd") and c < label
           for p in (r.target(v, c) or people_or_teller(r, c)) if p not in subs]
    for k in range(v + 1, min(v + 4, label)):
        if out:
            break
        # "called my son ...": the son, not the teller; but 'calls her "my nan"' (a pronoun
        # right before the label, whatever the parser made of it) is the one called
        if toks[k].dep != "poss" or k + 1 == label:
            found = r.people_at(k)
            if found and found == subs[:1] and toks[k].lower in ("him", "her"):
                found = r.rebind(k, subs[0])  # never its own clause's subject
            out = [p for p in found if p not in subs]
    return out


def to_face(r: LinkReader, n: int) -> None:
    """ "called me a thief to my face", "laughed in her face": hostile between the subject and
    the face's owner."""
    toks = r.toks
    t = toks[n]
    if t.dep != "pobj" or toks[t.head].lower not in ("to", "in"):
        return
    owners = [p for c in t.children if toks[c].dep == "poss" for p in people_or_teller(r, c)]
    verb = toks[t.head].head
    if not owners or toks[verb].pos not in ("VERB", "AUX") or r.negated(verb) or (
            r.irrealis(verb)):
        return
    subs = r.subjects(verb)
    # "called Bernd a fraud to his face": the one addressed is the verb's object, whoever the
    # reader took "his" for
    objs = [o for o in r.objects(verb, ()) if o not in subs]
    r.add_pairs(subs[:1], (objs or [o for o in owners if o not in subs])[:1], "hostile", n)
