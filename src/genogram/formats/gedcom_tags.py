"""The GEDCOM 7 extension tags genogram writes: one table for the header, the code and the docs.

Everything of the family model that standard GEDCOM cannot carry travels as one of these
``_GENO_*`` tags, each registered in the header (``HEAD.SCHMA.TAG``) with a URI, as GEDCOM 7's
extension mechanism asks. The URIs are identifiers, not web pages (the ``.invalid`` domain never
resolves); ``docs/family-json.md`` explains each tag. Nothing of the model is silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Prefix of every extension URI (GEDCOM 7 compares URIs, not tags).
EXT_URI = "https://genogram.invalid/gedcom/v1/"


@dataclass(frozen=True)
class ExtTag:
    """One extension tag: where it goes and what it carries."""

    tag: str
    where: str
    meaning: str

    @property
    def uri(self) -> str:
        return EXT_URI + self.tag.removeprefix("_GENO_").lower().replace("_", "-")


EXTENSION_TAGS: tuple[ExtTag, ...] = (
    ExtTag("_GENO_SOURCE", "HEAD", "the story the family was read from (its name)"),
    ExtTag("_GENO_SHA256", "HEAD._GENO_SOURCE", "SHA-256 of the story's UTF-8 bytes"),
    ExtTag("_GENO_CHARS", "HEAD._GENO_SOURCE", "length of the story in characters"),
    ExtTag("_GENO_NARRATION", "HEAD",
           "a narration segment `START-END` (character offsets); in story order"),
    ExtTag("_GENO_PERSON", "_GENO_NARRATION, _GENO_FINDING",
           "pointer to a person: the segment's narrator (none: third person), "
           "a finding's people in order"),
    ExtTag("_GENO_ID", "INDI, FAM, events",
           "genogram's id of the person, union or event (GEDCOM xrefs cannot hold any string)"),
    ExtTag("_GENO_NAME", "NAME",
           "the exact name when the NAME payload cannot hold it (a slash, odd spacing)"),
    ExtTag("_GENO_DESC", "INDI", "a description used for the person (\"my husband\"), in order"),
    ExtTag("_GENO_NARRATOR", "INDI", "`Y`: the person narrates part of the story"),
    ExtTag("_GENO_AGE", "INDI", "age in years at the time of telling"),
    ExtTag("_GENO_ALIVE", "INDI.DEAT",
           "`Y`: a death year is recorded but the person is not marked deceased"),
    ExtTag("_GENO_MENTIONS", "INDI",
           "character spans `S-E S-E ...` of the person's mentions (several lines concatenate)"),
    ExtTag("_GENO_EVIDENCE", "FAM, INDI.ASSO, events, _GENO_FINDING",
           "character spans `S-E ...` of the text supporting the fact"),
    ExtTag("_GENO_UNION", "FAM",
           "union type: marriage, cohabitation, engagement, dating or affair "
           "(marks the FAM as a genogram union)"),
    ExtTag("_GENO_STATUS", "FAM", "union status: together, separated, divorced, widowed, ended"),
    ExtTag("_GENO_REVERSED", "FAM, FAM events",
           "`Y`: genogram lists the partners as WIFE, HUSB (the opposite of the file's order)"),
    ExtTag("_GENO_NOUNION", "FAM",
           "`Y`: this FAM only groups a child's parents; the parents are not a couple"),
    ExtTag("_GENO_HUSB_EVIDENCE", "INDI.FAMC", "spans supporting the tie to the FAM's HUSB"),
    ExtTag("_GENO_WIFE_EVIDENCE", "INDI.FAMC", "spans supporting the tie to the FAM's WIFE"),
    ExtTag("_GENO_SIBLING", "INDI.ASSO",
           "sibling kind: full, half, step, twin or unknown (the ASSO is a sibling tie)"),
    ExtTag("_GENO_LINK", "INDI.ASSO",
           "emotional/social link type: close, fused, distant, conflict, hostile, cutoff, abuse, "
           "neglect, friend, fictive-kin, household"),
    ExtTag("_GENO_YEAR", "events", "the event's year when DATE cannot hold it (0, > 9999)"),
    ExtTag("_GENO_APPROX", "events", "`Y`: the time is approximate (without a year)"),
    ExtTag("_GENO_WHEN", "events", "the words that say when, when there is no DATE"),
    ExtTag("_GENO_ORDER", "events", "the event's place in the story's order"),
    ExtTag("_GENO_EVENT", "record",
           "an event with no people: _GENO_TYPE, _GENO_YEAR, _GENO_SUMMARY and the event tags"),
    ExtTag("_GENO_TYPE", "_GENO_EVENT", "the event type (birth, move, illness ...)"),
    ExtTag("_GENO_SUMMARY", "_GENO_EVENT", "the event's one-line summary"),
    ExtTag("_GENO_FINDING", "record", "a finding; the payload is its code"),
    ExtTag("_GENO_KIND", "_GENO_FINDING", "finding kind: pattern or lint"),
    ExtTag("_GENO_MESSAGE", "_GENO_FINDING", "the finding's plain-language message"),
)

TAGS: dict[str, ExtTag] = {t.tag: t for t in EXTENSION_TAGS}


def schema_lines() -> list[str]:
    """The payloads of ``HEAD.SCHMA.TAG`` lines: ``_TAG URI`` for every extension tag."""
    return [f"{t.tag} {t.uri}" for t in EXTENSION_TAGS]


SPANS_PER_LINE = 12
_SPAN = re.compile(r"([0-9]{1,18})-([0-9]{1,18})")


def span_payloads(spans: list[tuple[int, int]]) -> list[str]:
    """Spans as ``S-E S-E ...`` payloads, a dozen to a line (readers concatenate the lines)."""
    items = [f"{s}-{e}" for s, e in spans]
    return [" ".join(items[i:i + SPANS_PER_LINE]) for i in range(0, len(items), SPANS_PER_LINE)]


def parse_span_payload(payload: str) -> list[tuple[int, int]] | None:
    """``S-E S-E ...`` back to spans; ``None`` when the payload is not of that shape."""
    spans: list[tuple[int, int]] = []
    for item in payload.split():
        m = _SPAN.fullmatch(item)
        if m is None:
            return None
        spans.append((int(m.group(1)), int(m.group(2))))
    return spans
