"""Drawing conventions: one table per kind of mark, feeding the SVG writer, the legend and the docs.

The conventions follow McGoldrick & Gerson (*Genograms: Assessment and Treatment*) as GenoPro draws
them. Where the book leaves a choice open, the choice is made here once and documented in
``docs/drawing.md``; the legend of every drawing shows the text of exactly the entries it uses.
"""

from __future__ import annotations

from dataclasses import dataclass

# --- sizes (SVG user units, 1 unit = 1 px at 96 dpi) ---------------------------------------------

SYMBOL = 36.0  # side of a square, diameter of a circle, width of a diamond
PHANTOM = 24.0  # the small placeholder for an unknown parent
FONT = 11.0  # names and ages
SMALL_FONT = 9.5  # union years, legend notes
LINE_H = 13.0  # one text line under a symbol
LABEL_GAP = 4.0  # between the symbol and its first text line
MAX_LABEL_CHARS = 16  # a name longer than this wraps onto a second line (two at most)
PARTNER_GAP = 30.0  # clear space between two partners' boxes (the children's line drops there)
BLOCK_GAP = 22.0  # clear space between two unrelated boxes in one row
FAMILY_GAP = 34.0  # clear space between the children of two different couples
MARGIN = 24.0  # around the drawing
MIN_ROW_GAP = 58.0  # vertical space between one row's boxes and the next row's symbols
LANE = 8.0  # spacing of parallel horizontal lines in the space between two rows
FONT_FAMILY = "DejaVu Sans, Helvetica, Arial, sans-serif"
INK = "#1a1a1a"
GREY = "#6b6b6b"
INDEX_GAP = 4.0  # between the two outlines of the index person
# the small symbols of pregnancies and losses (drawn centred where a full symbol's centre is)
KIND_SIZE: dict[str, float] = {"pregnancy": 26.0, "stillbirth": 20.0, "miscarriage": 12.0,
                               "abortion": 14.0}
# text under a pregnancy (or loss) that is no person of the model, before its year
KIND_LABEL: dict[str, str] = {"pregnancy": "preg.", "stillbirth": "stillborn",
                              "miscarriage": "miscarr.", "abortion": "abort."}
KIND_TITLE: dict[str, str] = {"pregnancy": "pregnancy", "stillbirth": "stillbirth",
                              "miscarriage": "miscarriage", "abortion": "abortion"}


def text_width(text: str, size: float = FONT) -> float:
    """A conservative estimate of the rendered width of ``text`` (DejaVu Sans metrics)."""
    width = 0.0
    for ch in text:
        if ch in "il.,:;|!'` ":
            width += 0.36
        elif ch in "mwMW@%":
            width += 0.92
        elif ch.isupper() or ch.isdigit():
            width += 0.70
        elif ord(ch) > 0x2E80:  # CJK and other wide scripts
            width += 1.0
        else:
            width += 0.60
    return width * size


@dataclass(frozen=True)
class Stroke:
    """How a line is stroked: colour, width, dash pattern (SVG ``stroke-dasharray``), or none."""

    color: str = INK
    width: float = 1.6
    dash: str | None = None


@dataclass(frozen=True)
class Entry:
    """One legend entry: its key (stable, used by tests), its text, and how its sample is drawn."""

    key: str
    text: str
    stroke: Stroke = Stroke()


# --- people --------------------------------------------------------------------------------------

PERSON_ENTRIES: dict[str, Entry] = {
    "male": Entry("male", "male"),
    "female": Entry("female", "female"),
    "nonbinary": Entry("nonbinary", "nonbinary (diamond)"),
    "unknown": Entry("unknown", "gender not stated (diamond with ?)"),
    "deceased": Entry("deceased", "deceased (X inside)"),
    "index": Entry("index", "index person (double outline)"),
    "narrator": Entry("narrator", "narrator (tells the story)"),
    "phantom": Entry("phantom", "parent not named in the story"),
    "pregnancy": Entry("pregnancy", "pregnancy (triangle)"),
    "stillbirth": Entry("stillbirth", "stillbirth or death as a baby (small, X)"),
    "miscarriage": Entry("miscarriage", "miscarriage (small filled circle)"),
    "abortion": Entry("abortion", "abortion (small X)"),
}

# --- unions: the line's look comes from the type, the marks on it from the status ----------------

UNION_STROKES: dict[str, Stroke] = {
    "marriage": Stroke(),
    "cohabitation": Stroke(dash="9 5"),
    "engagement": Stroke(dash="9 3 2 3"),
    "dating": Stroke(dash="2 3"),
    "affair": Stroke(color="#b3122e", dash="5 3"),
    "implied": Stroke(color=GREY, width=1.3),
    "phantom": Stroke(color=GREY, width=1.1, dash="3 3"),
}

UNION_ENTRIES: dict[str, Entry] = {
    "union:marriage": Entry("union:marriage", "marriage", UNION_STROKES["marriage"]),
    "union:cohabitation": Entry("union:cohabitation", "living together", UNION_STROKES["cohabitation"]),
    "union:engagement": Entry("union:engagement", "engaged", UNION_STROKES["engagement"]),
    "union:dating": Entry("union:dating", "dating", UNION_STROKES["dating"]),
    "union:affair": Entry("union:affair", "affair", UNION_STROKES["affair"]),
    "union:implied": Entry("union:implied", "parents (relationship not stated)",
                           UNION_STROKES["implied"]),
    "status:separated": Entry("status:separated", "separated (one slash)"),
    "status:divorced": Entry("status:divorced", "divorced (two slashes)"),
    "status:ended": Entry("status:ended", "ended (one slash)"),
    "status:widowed": Entry("status:widowed", "widowed (line kept, partner marked X)"),
}

# slashes drawn across a union line for each status (widowed: none, the X on the partner says it)
STATUS_SLASHES: dict[str, int] = {"together": 0, "separated": 1, "divorced": 2, "widowed": 0,
                                  "ended": 1}

# abbreviations for year labels on union lines ("m. 1974")
EVENT_ABBREV: dict[str, str] = {
    "engagement": "eng.", "cohabitation": "lt.", "marriage": "m.", "separation": "sep.",
    "divorce": "div.", "affair": "aff.",
}

# --- children ------------------------------------------------------------------------------------

CHILD_STROKES: dict[str, Stroke] = {
    "biological": Stroke(),
    "adoptive": Stroke(dash="7 4"),
    "foster": Stroke(dash="1.5 3"),
    "step": Stroke(dash="9 3 2 3 2 3"),
    "caregiver": Stroke(color="#1f6f78", width=1.8, dash="10 3 2 3"),
}

CHILD_ENTRIES: dict[str, Entry] = {
    "child:biological": Entry("child:biological", "child", CHILD_STROKES["biological"]),
    "child:adoptive": Entry("child:adoptive", "adopted child", CHILD_STROKES["adoptive"]),
    "child:foster": Entry("child:foster", "foster child", CHILD_STROKES["foster"]),
    "child:step": Entry("child:step", "stepchild (child of one partner)", CHILD_STROKES["step"]),
    "child:caregiver": Entry("child:caregiver", "raised by (caregiver)",
                             CHILD_STROKES["caregiver"]),
    "twins": Entry("twins", "twins (one point)"),
}

# --- sibling ties that the sibship lines cannot show ---------------------------------------------

TIE_STROKES: dict[str, Stroke] = {
    "half-sibling": Stroke(color=GREY, width=1.2, dash="6 3"),
    "step-sibling": Stroke(color=GREY, width=1.2, dash="2 3"),
    "sibling": Stroke(color=GREY, width=1.2),
}

TIE_ENTRIES: dict[str, Entry] = {
    f"tie:{k}": Entry(f"tie:{k}", text, TIE_STROKES[k])
    for k, text in (("half-sibling", "half-siblings (parents not drawn)"),
                    ("step-sibling", "stepsiblings"),
                    ("sibling", "siblings (parents not drawn)"))
}

# --- emotional and social links (an overlay) -----------------------------------------------------

LINK_COLORS: dict[str, str] = {
    "close": "#2e7d32", "fused": "#1b5e20", "distant": "#546e7a", "conflict": "#c62828",
    "hostile": "#8e0000", "cutoff": "#4e342e", "abuse": "#6a1b9a", "neglect": "#6a1b9a",
    "friend": "#1565c0", "fictive-kin": "#00838f", "household": "#ef6c00",
}

LINK_ENTRIES: dict[str, Entry] = {
    f"link:{k}": Entry(f"link:{k}", text, Stroke(color=LINK_COLORS[k], width=1.4))
    for k, text in (
        ("close", "close (two lines)"),
        ("fused", "fused (three lines)"),
        ("distant", "distant (dotted)"),
        ("conflict", "conflict (zigzag)"),
        ("hostile", "hostile (zigzag over a line)"),
        ("cutoff", "cutoff (line broken by two bars)"),
        ("abuse", "abuse (arrow, from abuser)"),
        ("neglect", "neglect (dashed arrow)"),
        ("friend", "friends (thin line, open dots)"),
        ("fictive-kin", "fictive kin (long dashes)"),
        ("household", "same household (dash-dot)"),
    )
}

ALL_ENTRIES: dict[str, Entry] = {**PERSON_ENTRIES, **UNION_ENTRIES, **CHILD_ENTRIES,
                                 **TIE_ENTRIES, **LINK_ENTRIES}
LEGEND_ORDER: tuple[str, ...] = tuple(ALL_ENTRIES)
