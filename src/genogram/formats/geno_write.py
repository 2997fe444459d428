"""Family model -> ``.geno`` text: stable, readable, and read back to the same family.

Everything but evidence spans and mentions survives ``parse_geno(dump_geno(f))``: ids, the order
of every list, every field. Defaults are left out (gender unknown, union id ``uN`` for the N-th
union, event id ``eN`` for the N-th event, order 0), so a family read from a story looks like one
written by hand.
"""

from __future__ import annotations

from collections.abc import Iterable

from genogram.formats.geno_syntax import (
    ARROW,
    HEADER,
    NOBODY,
    format_id,
    format_word,
    quote_text,
)
from genogram.model import ChildOf, Event, Family, Person


def _person(p: Person) -> str:
    parts = ["person", format_id(p.id)]
    if p.name is not None:
        parts.append(quote_text(p.name))
    if p.gender != "unknown":
        parts.append(p.gender)
    if p.narrator:
        parts.append("narrator")
    if p.deceased and p.death_year is None:
        parts.append("deceased")
    if not p.deceased and p.death_year is not None:
        parts.append("living")
    if p.age is not None:
        parts.append(f"age={p.age}")
    if p.birth_year is not None:
        parts.append(f"born={p.birth_year}")
    if p.death_year is not None:
        parts.append(f"died={p.death_year}")
    parts += [f"aka={quote_text(a)}" for a in p.aliases]
    parts += [f"desc={quote_text(d)}" for d in p.descriptions]
    return " ".join(parts)


def _child_lines(ties: list[ChildOf]) -> Iterable[str]:
    """Consecutive ties of one child and kind share a line; consecutive such groups with the
    same parents and kind share it too (the reader expands children x parents in that order)."""
    groups: list[tuple[list[str], str, str]] = []  # (parents, child, kind)
    for tie in ties:
        if groups and groups[-1][1] == tie.child and groups[-1][2] == tie.kind:
            groups[-1][0].append(tie.parent)
        else:
            groups.append(([tie.parent], tie.child, tie.kind))
    lines: list[tuple[list[str], list[str], str]] = []
    for parents, child, kind in groups:
        if lines and lines[-1][0] == parents and lines[-1][2] == kind:
            lines[-1][1].append(child)
        else:
            lines.append((parents, [child], kind))
    for parents, children, kind in lines:
        parts = ["child", *map(format_id, parents), ARROW, *map(format_id, children)]
        if kind != "biological":
            parts.append(kind)
        yield " ".join(parts)


def _event(ev: Event, position: int) -> str:
    parts = ["event", ev.type, *map(format_id, ev.people)]
    if ev.id != f"e{position}":
        parts.append(f"id={format_id(ev.id)}")
    w = ev.when
    if w.year is not None:
        parts.append(f"year={'~' if w.approximate else ''}{w.year}")
    elif w.approximate:
        parts.append("approx")
    if w.text is not None:
        parts.append(f"when={quote_text(w.text)}")
    if w.order:
        parts.append(f"order={w.order}")
    if ev.summary:
        parts.append(quote_text(ev.summary))
    return " ".join(parts)


def dump_geno(family: Family) -> str:
    """The family as ``.geno`` text (sections in a fixed order, one statement per line)."""
    src = family.source
    sha = src.sha256 if src.sha256.isascii() and src.sha256.isalnum() else quote_text(src.sha256)
    sections: list[tuple[str, list[str]]] = [
        ("people", [_person(p) for p in family.people]),
        ("unions", [" ".join(["union", *map(format_id, u.partners), u.type, u.status]
                             + ([] if u.id == f"u{i}" else [f"id={format_id(u.id)}"]))
                    for i, u in enumerate(family.unions, start=1)]),
        ("children", list(_child_lines(family.children))),
        ("siblings", [" ".join(["sibling", format_id(s.a), format_id(s.b)]
                               + ([] if s.kind == "unknown" else [s.kind]))
                      for s in family.siblings]),
        ("links", [f"link {format_id(k.a)} {format_id(k.b)} {k.type}" for k in family.links]),
        ("events", [_event(ev, i) for i, ev in enumerate(family.events, start=1)]),
        ("narration", [f"narration {NOBODY if s.narrator is None else format_id(s.narrator)} "
                       f"{s.start} {s.end}" for s in family.narration]),
        ("findings", [" ".join(["finding", format_word(f.code), f.kind,
                                *map(format_id, f.people), quote_text(f.message)])
                      for f in family.findings]),
    ]
    out = [HEADER, f"source {quote_text(src.name)} sha256={sha} chars={src.chars}"]
    for title, lines in sections:
        if lines:
            out += ["", f"# {title}", *lines]
    return "\n".join(out) + "\n"
