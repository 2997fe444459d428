"""The shared story document every reading step works on.

The text is parsed in chunks of whole paragraphs (bounded memory on a novel) and flattened into one
list of light tokens with global indices and ORIGINAL character offsets (the parse runs on the
same-length normalised copy, so offsets need no mapping).
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field

from genogram.read.lexicon import kin_term
from genogram.read.nlp import SHORTHAND, load_nlp
from genogram.text import LineIndex, Story, normalize
from genogram.text.normalize import bracketed_ages_as_parentheses

#: Paragraph groups handed to spaCy at once; bounded so a novel never becomes one huge Doc.
CHUNK_CHARS = 20_000


@dataclass(slots=True)
class Tok:
    """One token: text, tags, dependency head (global index), offsets, sentence, quote."""

    i: int
    text: str
    lower: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int
    end: int
    ent: str          # entity label or ""
    ent_start: bool   # first token of an entity
    sent: int         # global sentence index
    para: int         # paragraph index
    quote: int = -1   # index into StoryDoc.quotes, -1 outside quotes
    children: list[int] = field(default_factory=list)

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Sentence:
    start_tok: int
    end_tok: int      # exclusive
    para: int


@dataclass
class StoryDoc:
    """Text, its normalised copy, tokens and sentences; steps add quotes and mentions."""

    story: Story
    norm: str
    toks: list[Tok]
    sents: list[Sentence]
    para_bounds: list[tuple[int, int]]
    lines: LineIndex
    quotes: list = field(default_factory=list)     # list[quotes.Quote]
    _starts: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.story.text

    def tok_at(self, char: int) -> int:
        """Index of the token containing or starting after character ``char``."""
        return bisect.bisect_right(self._starts, char) - 1

    def span_text(self, a: int, b: int) -> str:
        """Original text of tokens ``[a, b)``."""
        return self.story.text[self.toks[a].start:self.toks[b - 1].end]

    def sent_of(self, t: int) -> Sentence:
        return self.sents[self.toks[t].sent]


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def parse(story: Story) -> StoryDoc:
    """Parse a story into a :class:`StoryDoc` (spaCy over paragraph chunks)."""
    # (the reading sees "[67]" as "(67)"; same length, so every span is the same)
    story = dataclasses.replace(story, text=bracketed_ages_as_parentheses(story.text))
    norm = normalize(story.text)
    paras = _paragraph_bounds(norm)
    chunks: list[tuple[int, int, int]] = []  # (char start, char end, first paragraph index)
    i = 0
    while i < len(paras):
        j = i
        while j + 1 < len(paras) and paras[j + 1][1] - paras[i][0] <= CHUNK_CHARS:
            j += 1
        chunks.append((paras[i][0], paras[j][1], i))
        i = j + 1
    nlp = load_nlp()
    toks: list[Tok] = []
    sents: list[Sentence] = []
    para_starts = [p[0] for p in paras]
    texts = (norm[a:b] for a, b, _ in chunks)
    for (base, _end, _p0), doc in zip(chunks, nlp.pipe(texts, batch_size=8), strict=True):
        tbase = len(toks)
        for sent in doc.sents:
            s_index = len(sents)
            first = True
            for t in sent:
                if t.is_space:
                    # keep indices aligned with spaCy's: whitespace tokens stay, marked as SPACE
                    pass
                start = base + t.idx
                para = bisect.bisect_right(para_starts, start) - 1
                if first:
                    sents.append(Sentence(tbase + t.i, tbase + sent.end, para))
                    first = False
                toks.append(Tok(
                    i=tbase + t.i, text=story.text[start:start + len(t.text)],
                    lower=SHORTHAND.get(t.lower_, t.lower_),
                    lemma=_lemma(t), pos=_pos(t), tag=t.tag_, dep=t.dep_,
                    head=tbase + t.head.i, start=start, end=start + len(t.text),
                    ent=t.ent_type_, ent_start=t.ent_iob_ == "B", sent=s_index, para=para))
    # split sentences that spaCy ran across a paragraph break
    fixed: list[Sentence] = []
    for s in sents:
        cur = s.start_tok
        for k in range(s.start_tok + 1, s.end_tok):
            if toks[k].para != toks[k - 1].para:
                fixed.append(Sentence(cur, k, toks[cur].para))
                cur = k
        fixed.append(Sentence(cur, s.end_tok, toks[cur].para))
    for n, s in enumerate(fixed):
        for k in range(s.start_tok, s.end_tok):
            toks[k].sent = n
    _subject_taken_for_compound(toks)
    _nested_possessive(toks)
    _second_object_in_apposition(toks)
    _vocative_taken_for_subject(toks)
    _clause_subject_taken_for_object(toks)
    _subject_after_an_unmarked_clause(toks)
    _coordinated_subject_taken_for_head(toks)
    _second_copula_subject_taken_for_attribute(toks)
    for t in toks:
        if t.head != t.i:
            toks[t.head].children.append(t.i)
    return StoryDoc(story=story, norm=norm, toks=toks, sents=fixed, para_bounds=paras,
                    lines=LineIndex(story.text), _starts=[t.start for t in toks])


def _subject_taken_for_compound(toks: list[Tok]) -> None:
    """ "In 1921 Oliver married Azra": the small parser can hang the subject name on a finite
    verb as a compound. A proper noun right before a finite verb with no subject of its own is
    that verb's subject (its first name, when the parser split it, a compound of it)."""
    has_subject = {t.head for t in toks if t.dep in ("nsubj", "nsubjpass", "csubj", "expl")}
    for t in toks:
        if (t.dep != "compound" or t.pos != "PROPN" or t.head != t.i + 1 or t.head in has_subject):
            continue
        verb = toks[t.head]
        if verb.pos != "VERB" or verb.tag not in ("VBD", "VBZ", "VBP") or verb.sent != t.sent:
            continue
        t.dep = "nsubj"
        has_subject.add(verb.i)
        k = t.i - 1
        while k >= 0 and toks[k].pos == "PROPN" and toks[k].dep == "compound" and (
                toks[k].head == verb.i and toks[k].sent == t.sent):
            toks[k].head = t.i  # "Oliver Stellan married": "Oliver" names the subject "Stellan"
            k -= 1


def _nested_possessive(toks: list[Tok]) -> None:
    """ "Lilja is Dora's younger sister Brynne's daughter": the parser hangs both possessives
    on "daughter". The first one owns the kin word before the second ("Dora's sister Brynne"),
    so it moves to that name, as the parser attaches "Dora's sister Brynne" said alone."""
    poss: dict[int, list[int]] = {}
    for t in toks:
        if t.dep == "poss" and t.head != t.i:
            poss.setdefault(t.head, []).append(t.i)
    for owners in poss.values():
        if len(owners) < 2:
            continue
        first, second = owners[0], owners[-1]
        if toks[second].pos != "PROPN" or not any(
                t.dep == "compound" and t.head == second and first < t.i < second
                and kin_term(t.lower) is not None for t in toks[first + 1:second]):
            continue
        toks[first].head = second
    for k2 in toks:
        # the other parse: "sister" the attribute, "Brynne's daughter" in apposition to it
        k1 = toks[k2.head]
        name = k1.i + 1
        if (k2.dep != "appos" or kin_term(k2.lower) is None or kin_term(k1.lower) is None
                or k1.i >= k2.i or toks[name].pos != "PROPN" or toks[name].dep != "poss"
                or toks[name].head != k2.i):
            continue
        k2.dep, k2.head = k1.dep, k1.head
        k1.dep, k1.head = "compound", name
        for t in toks[max(0, k1.i - 6):k1.i]:
            if t.dep == "poss" and t.head == k1.i:
                t.head = name


def _second_object_in_apposition(toks: list[Tok]) -> None:
    """ "He had a brother too, a man named Ivo Dane": the parser gives "had" a
    second object after the comma; it is the first one restated (an apposition)."""
    objs: dict[int, list[int]] = {}
    for t in toks:
        if t.dep == "dobj" and t.head != t.i:
            objs.setdefault(t.head, []).append(t.i)
    for found in objs.values():
        if len(found) != 2:
            continue
        first, second = found
        if any(toks[k].text == "," for k in range(first + 1, second)) and not any(
                toks[k].lower in ("and", "or") or toks[k].pos == "VERB"
                for k in range(first + 1, second)) and toks[first].sent == toks[second].sent:
            toks[second].dep, toks[second].head = "appos", first


def _clause_subject_taken_for_object(toks: list[Tok]) -> None:
    """ "I learned the man who fixed our roof, the one we called Ivo, is my father": with a long
    subject the parser makes "the man" the object of "found" and leaves "is" with no subject
    (a second verb of "found", or a root of its own). A subject set off by commas ends on one;
    the object before it, with no "and" in between, is the subject of "is"."""
    subject_of = {t.head for t in toks if t.dep in ("nsubj", "nsubjpass", "expl")}
    for b in toks:
        if (b.lemma != "be" or b.i in subject_of or b.dep not in ("conj", "ROOT")
                or b.i == 0 or toks[b.i - 1].text != ","):
            continue
        obj, d = -1, b.i - 2
        while d >= 0 and toks[d].sent == b.sent:  # back over this sentence only
            if (toks[d].dep == "dobj" and toks[d].pos in ("NOUN", "PROPN")
                    and toks[toks[d].head].pos == "VERB" and toks[d].head < d):
                obj = d
                break
            d -= 1
        if obj == -1 or any(
                toks[k].dep == "cc" or toks[k].lower in ("and", "or", "but")
                for k in range(toks[obj].head + 1, b.i)):
            continue
        v = toks[obj].head
        toks[obj].dep, toks[obj].head = "nsubj", b.i
        subject_of.add(b.i)
        if b.dep == "conj":
            b.dep = "ccomp"  # the clause is what was found out
        elif not governs(toks, b.i, v):
            b.dep, b.head = "ccomp", v


def _subject_after_an_unmarked_clause(toks: list[Tok]) -> None:
    """ "When I was six my mom married Ivo": with no comma after the opening clause the parser
    reads "was … married" as one predicate and leaves "my mom" hanging on "married". A past
    verb hung on "be" as its complement, with a possessed noun of its own before it, has that
    noun for its subject."""
    subject_of = {t.head for t in toks if t.dep in ("nsubj", "nsubjpass")}
    for v in toks:
        if v.dep != "acomp" or v.tag != "VBD" or v.i in subject_of or toks[v.head].lemma != "be":
            continue
        noun = next((toks[c] for c in range(v.head + 1, v.i) if toks[c].head == v.i
                     and toks[c].dep in ("npadvmod", "dep", "nsubj")
                     and toks[c].pos in ("NOUN", "PROPN") and any(
                         toks[g].head == toks[c].i and toks[g].dep == "poss"
                         for g in range(toks[c].i - 3, toks[c].i) if g >= 0)), None)
        if noun is None:
            continue
        noun.dep = "nsubj"
        v.dep = "ccomp"
        subject_of.add(v.i)


def _coordinated_subject_taken_for_head(toks: list[Tok]) -> None:
    """ "My ex and I parted in 2015": the parser may make the verb a conjunct of "ex", with "I"
    alone its subject, or hang both on the verb as two subjects. A noun, "and", then a subject
    of that verb are one coordinated subject of the verb."""
    for s in toks:
        # the other shape: both words hung on the verb as subjects ("ex" and "I" nsubj)
        h = toks[s.i - 2] if s.i >= 2 else None
        if (s.dep == "nsubj" and h is not None and h.dep == "nsubj" and h.head == s.head
                and toks[s.i - 1].lower in ("and", "&") and h.sent == s.sent):
            s.dep, s.head = "conj", h.i
            toks[s.i - 1].head = h.i
    for v in toks:
        if v.dep != "conj" or v.pos not in ("VERB", "AUX") or v.head >= v.i:
            continue
        h = toks[v.head]
        if h.pos not in ("NOUN", "PROPN") or h.sent != v.sent:
            continue
        subj = [c for c in range(h.i + 1, v.i) if toks[c].head == v.i and toks[c].dep == "nsubj"]
        if len(subj) != 1 or subj[0] != h.i + 2 or toks[h.i + 1].lower not in ("and", "&"):
            continue
        s = toks[subj[0]]
        v.dep, v.head = (h.dep, h.head) if h.head != h.i else ("ROOT", v.i)
        h.dep, h.head = "nsubj", v.i
        s.dep, s.head = "conj", h.i
        toks[h.i + 1].head = h.i


def _second_copula_subject_taken_for_attribute(toks: list[Tok]) -> None:
    """ "Ana's godson is Ivo and Bo's godson is Rolf": the parser may join "Bo's godson" to
    "Ivo" as a second attribute of the first "is" and leave the second "is" with no subject.
    A conjoined attribute right before a subjectless "is" is that verb's subject."""
    subject_of = {t.head for t in toks if t.dep in ("nsubj", "nsubjpass", "expl")}
    for n in toks:
        if n.dep != "conj" or n.pos not in ("NOUN", "PROPN") or n.i + 1 >= len(toks):
            continue
        v = toks[n.i + 1]
        first = toks[n.head]
        if (v.lemma != "be" or v.i in subject_of or v.sent != n.sent or first.dep != "attr"
                or toks[first.head].lemma != "be"):
            continue
        n.dep, n.head = "nsubj", v.i
        subject_of.add(v.i)
        if v.dep != "conj":
            v.dep, v.head = "conj", first.head


def governs(toks: list[Tok], a: int, k: int, steps: int | None = None) -> bool:
    """Is token ``a`` token ``k`` or among the heads above it (at most ``steps`` up)?"""
    for _ in range(len(toks) if steps is None else steps):
        if k == a:
            return True
        if toks[k].head == k:
            return False
        k = toks[k].head
    return False


_OPENERS = frozenset('"\u201c\u2018\'')


def _vocative_taken_for_subject(toks: list[Tok]) -> None:
    """ "Tilda, sit down," she said: the parser makes the name that opens a quote or sentence
    the subject of the verb after the comma. A subject is never cut from its own verb by a bare
    comma (an apposition or an aside would stand between), so such a name is someone spoken to."""
    for t in toks:
        comma = t.i + 1
        if (t.dep != "nsubj" or t.pos != "PROPN" or comma + 1 >= len(toks)
                or toks[comma].text != "," or t.head != comma + 1
                or toks[t.head].pos not in ("VERB", "AUX")):
            continue
        first = t.i
        while first > 0 and toks[first - 1].dep == "compound" and toks[first - 1].head == t.i:
            first -= 1
        before = toks[first - 1] if first > 0 else None
        if before is None or before.sent != t.sent or before.text in _OPENERS:
            t.dep = "npadvmod"


def _lemma(t) -> str:
    """spaCy's lemma, except for "wed", which its lemmatizer takes for "we", and verb forms
    the small tagger takes for nouns ("Ada remarries" -> "remarrie")."""
    if t.lower_ == "wed" and t.pos_ in ("VERB", "AUX", "ADJ"):
        return "wed"
    if t.lower_ in _ONLY_VERBS:
        return _ONLY_VERBS[t.lower_]
    return t.lemma_.lower()


#: Word forms that are only ever verbs, with their lemma: a noun tag on them is a tagger slip
#: (common in the present-tense chronology style: "1944. Ada remarries, to Tom.")
_ONLY_VERBS = {"marries": "marry", "remarries": "remarry", "remarried": "remarry",
               "remarry": "remarry", "divorces": "divorce", "weds": "wed"}


def _pos(t) -> str:
    if t.lower_ in _ONLY_VERBS and t.pos_ in ("NOUN", "PROPN") and (
            t.lower_ != "divorces" or any(c.dep_ == "nsubj" for c in t.children)):
        return "VERB"  # ("two divorces" is a noun; "Ada divorces Tom" has a subject)
    return t.pos_
