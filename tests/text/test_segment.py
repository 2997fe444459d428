from __future__ import annotations

from genogram.text import LineIndex, normalize, paragraphs, sentences

STORY = (
    "My brother sold the bakery when the café closed. He called it “a fresh start.” "
    "I called it giving up.\n"
    "We’d lost everything—our dream, our savings. Mr. Hollis said: “Go home.” Then he left!\n"
    "\n"
    "  Last line without a stop"
)


def test_sentences_point_at_the_original_text() -> None:
    got = [STORY[s.start:s.end] for s in sentences(STORY)]
    assert got == [
        "My brother sold the bakery when the café closed.",
        "He called it “a fresh start.”",
        "I called it giving up.",
        "We’d lost everything—our dream, our savings.",
        "Mr. Hollis said: “Go home.”",
        "Then he left!",
        "Last line without a stop",
    ]


def test_paragraphs_are_trimmed_lines() -> None:
    got = [p.text_of(STORY) for p in paragraphs(STORY)]
    assert len(got) == 3
    assert got[2] == "Last line without a stop"


def test_normalize_keeps_length_and_straightens_quotes() -> None:
    out = normalize(STORY)
    assert len(out) == len(STORY)
    assert "“" not in out and "’" not in out
    assert out.index("fresh") == STORY.index("fresh")


def test_line_index() -> None:
    idx = LineIndex(STORY)
    assert idx.line_of(0) == 1
    assert idx.line_of(STORY.index("We’d")) == 2
    assert idx.line_of(STORY.index("Last")) == 4


def test_square_bracketed_ages_read_as_parenthesised_ones() -> None:
    from genogram.text.normalize import bracketed_ages_as_parentheses as swap

    text = "Guardian: Ulla Roe [67], grandmother. Client: Bo [16M]. Note [sic] in [1999]."
    out = swap(text)
    assert len(out) == len(text)
    assert out == "Guardian: Ulla Roe (67), grandmother. Client: Bo (16M). Note [sic] in [1999]."
