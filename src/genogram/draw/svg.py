"""The SVG writer: renders a :class:`Layout`, decides nothing about positions.

Every piece of user text (names, ids, the story's name) is escaped; characters XML 1.0 forbids are
dropped. Only plain SVG 1.1 is used (no markers, no CSS, no filters) so that resvg and svglib
render it the same way. Link decorations (parallel lines, zigzags, bars, arrows) are computed here
from the link's path.
"""

from __future__ import annotations

import math
import re
from xml.sax.saxutils import escape, quoteattr

from genogram.draw import style
from genogram.draw.geometry import (
    DescentDrawing,
    Layout,
    Line,
    Overlay,
    Point,
    Symbol,
    UnionDrawing,
)

_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """Text safe for XML content (escaped, forbidden characters dropped)."""
    return escape(_BAD_XML.sub("", text))


def attr(text: str) -> str:
    """A quoted XML attribute value."""
    return quoteattr(_BAD_XML.sub("", text))


def num(v: float) -> str:
    """A coordinate rounded to 0.1, without trailing zeros (stable for golden files)."""
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def pts(points: tuple[Point, ...] | list[Point]) -> str:
    return " ".join(f"{num(x)},{num(y)}" for x, y in points)


def stroke_attrs(st: style.Stroke, *, cap: str = "butt") -> str:
    out = f'fill="none" stroke="{st.color}" stroke-width="{num(st.width)}"'
    if st.dash:
        out += f' stroke-dasharray="{st.dash}"'
    if cap != "butt":
        out += f' stroke-linecap="{cap}"'
    return out


def polyline(points: tuple[Point, ...] | list[Point], st: style.Stroke, cap: str = "butt") -> str:
    if len(points) == 2:
        (x1, y1), (x2, y2) = points
        return (f'<line x1="{num(x1)}" y1="{num(y1)}" x2="{num(x2)}" y2="{num(y2)}" '
                f'{stroke_attrs(st, cap=cap)}/>')
    return f'<polyline points="{pts(points)}" {stroke_attrs(st, cap=cap)}/>'


# --- symbols -------------------------------------------------------------------------------------


def shape(gender: str, x: float, y: float, size: float, *, fill: str = "#ffffff",
          color: str = style.INK, width: float = 1.8, dash: str | None = None) -> str:
    """The outline of a person symbol: square, circle or diamond."""
    r = size / 2
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    paint = f'fill="{fill}" stroke="{color}" stroke-width="{num(width)}"{extra}'
    if gender == "male":
        return f'<rect x="{num(x - r)}" y="{num(y - r)}" width="{num(size)}" height="{num(size)}" {paint}/>'
    if gender == "female":
        return f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(r)}" {paint}/>'
    d = r * 1.12  # a diamond looks as big as a square when slightly taller than it is wide
    return f'<polygon points="{pts([(x, y - d), (x + d, y), (x, y + d), (x - d, y)])}" {paint}/>'


def cross(gender: str, x: float, y: float, size: float) -> str:
    """The X of a deceased person, corner to corner inside the symbol."""
    r = size / 2
    k = {"male": r, "female": r * 0.707}.get(gender, r * 0.56)
    st = style.Stroke(width=1.6)
    return (polyline([(x - k, y - k), (x + k, y + k)], st)
            + polyline([(x - k, y + k), (x + k, y - k)], st))


def triangle(x: float, y: float, size: float, *, width: float = 1.8) -> str:
    """A pregnancy: a triangle pointing up, ``size`` wide and tall, centred at (x, y)."""
    r = size / 2
    return (f'<polygon class="pregnancy" points="{pts([(x, y - r), (x + r, y + r), (x - r, y + r)])}" '
            f'fill="#ffffff" stroke="{style.INK}" stroke-width="{num(width)}"/>')


def small_x(x: float, y: float, size: float) -> str:
    """An abortion: a small X, ``size`` across."""
    r = size / 2
    st = style.Stroke(width=2.0)
    return (polyline([(x - r, y - r), (x + r, y + r)], st)
            + polyline([(x - r, y + r), (x + r, y - r)], st))


def kind_marks(kind: str, gender: str, x: float, y: float, size: float) -> list[str]:
    """The small symbol of a pregnancy, stillbirth, miscarriage or abortion."""
    if kind == "pregnancy":
        return [triangle(x, y, size)]
    if kind == "stillbirth":
        return [shape(gender, x, y, size, width=1.6), cross(gender, x, y, size)]
    if kind == "miscarriage":
        return [f'<circle cx="{num(x)}" cy="{num(y)}" r="{num(size / 2)}" fill="{style.INK}"/>']
    return [small_x(x, y, size)]


def person_svg(s: Symbol) -> str:
    b = s.box
    small = s.kind != "person"
    head = (f'<g class="person" data-id={attr(s.id)} data-x="{num(b.x)}" data-y="{num(b.y)}" '
            f'data-w="{num(b.w)}" data-h="{num(b.h)}" data-gender="{s.gender}"'
            + (f' data-kind="{s.kind}"' if small else "")
            + (f" data-event={attr(s.event)}" if s.event is not None else "")
            + (' data-index="true"' if s.index else "")
            + (' data-narrator="true"' if s.narrator else "")
            + (' data-deceased="true"' if s.deceased else "") + ">")
    parts = [head, f"<title>{clean(s.title)}</title>"]
    outline = s.size + 2 * style.INDEX_GAP + 2
    if small:
        if s.index:
            parts.append(triangle(s.x, s.y, outline, width=1.6) if s.kind == "pregnancy" else
                         shape(s.gender if s.kind == "stillbirth" else "female", s.x, s.y, outline,
                               width=1.6))
        parts.extend(kind_marks(s.kind, s.gender, s.x, s.y, s.size))
    else:
        if s.index:
            parts.append(shape(s.gender, s.x, s.y, outline, width=1.6))
        parts.append(shape(s.gender, s.x, s.y, s.size))
        if s.gender == "unknown":
            parts.append(_centre_text("?", s.x, s.y + 6, 17, style.INK))
        if s.deceased:
            parts.append(cross(s.gender, s.x, s.y, s.size))
    if s.narrator:
        r = s.size / 2 + (style.INDEX_GAP + 1 if s.index else 0)
        parts.append(f'<circle class="narrator-mark" cx="{num(s.x + r + 5)}" '
                     f'cy="{num(s.y - r + 4)}" r="3.6" fill="{style.INK}"/>')
    base = s.y + s.size / 2 + style.LABEL_GAP
    for i, text in enumerate(s.lines):
        info = i == len(s.lines) - 1 and i > 0 and _is_info(text)
        y = base + (i + 1) * style.LINE_H - 3
        parts.append(_centre_text(text, s.x, y, style.FONT - (1 if info else 0),
                                  style.GREY if info else style.INK))
    parts.append("</g>")
    return "".join(parts)


def _is_info(text: str) -> bool:
    return text[:1].isdigit() or text.startswith(("b. ", "d. ", "age "))


def phantom_svg(s: Symbol) -> str:
    b = s.box
    return (f'<g class="phantom" data-id={attr(s.id)} data-x="{num(b.x)}" data-y="{num(b.y)}" '
            f'data-w="{num(b.w)}" data-h="{num(b.h)}"><title>{clean(s.title)}</title>'
            + shape("unknown", s.x, s.y, s.size, color=style.GREY, width=1.2, dash="3 2")
            + _centre_text("?", s.x, s.y + 4.5, 12, style.GREY) + "</g>")


def _centre_text(text: str, x: float, y: float, size: float, color: str, *,
                 anchor: str = "middle", weight: str | None = None) -> str:
    w = f' font-weight="{weight}"' if weight else ""
    return (f'<text x="{num(x)}" y="{num(y)}" font-size="{num(size)}" fill="{color}" '
            f'text-anchor="{anchor}"{w}>{clean(text)}</text>')


# --- unions and children -------------------------------------------------------------------------


def union_svg(u: UnionDrawing) -> str:
    st = style.UNION_STROKES.get(u.type, style.Stroke())
    parts = [f'<g class="union" data-id={attr(u.id)} data-type="{u.type}" '
             f'data-status="{u.status}" data-a={attr(u.a)} data-b={attr(u.b)}>']
    for line in u.lines:
        parts.append(polyline(line.points, st))
    for p, q in u.slashes:
        parts.append(polyline([p, q], style.Stroke(width=1.6)))
    for i, text in enumerate(u.label):
        x, y = u.label_at
        dy = i * 10.5 if u.label_below else -(len(u.label) - 1 - i) * 10.5
        parts.append(_centre_text(text, x, y + dy, style.SMALL_FONT, style.INK,
                                  anchor="start" if u.label_below else "middle"))
    parts.append("</g>")
    return "".join(parts)


def line_stroke(line: Line) -> style.Stroke:
    kind = line.style.split(":", 1)
    if kind[0] in ("child", "twin"):
        return style.CHILD_STROKES.get(kind[1], style.Stroke())
    return style.Stroke()


def descent_svg(d: DescentDrawing) -> str:
    parts = [f'<g class="descent" data-id={attr(d.id)}'
             + (f" data-union={attr(d.union)}" if d.union else "")
             + f' data-children={attr(" ".join(d.children))}>']
    for line in d.lines:
        parts.append(polyline(line.points, line_stroke(line)))
    parts.append("</g>")
    return "".join(parts)


# --- overlay decorations -------------------------------------------------------------------------


def _normals(points: list[Point]) -> list[Point]:
    out = []
    for i in range(len(points)):
        a = points[max(i - 1, 0)]
        b = points[min(i + 1, len(points) - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        d = math.hypot(dx, dy) or 1.0
        out.append((-dy / d, dx / d))
    return out


def offset(points: list[Point], k: float) -> list[Point]:
    return [(x + nx * k, y + ny * k) for (x, y), (nx, ny) in zip(points, _normals(points), strict=True)]


def resample(points: list[Point], step: float) -> list[Point]:
    """Points every ``step`` units along the path (and the last point)."""
    out = [points[0]]
    carry = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        seg = math.hypot(x2 - x1, y2 - y1)
        t = step - carry
        while t <= seg:
            out.append((x1 + (x2 - x1) * t / seg, y1 + (y2 - y1) * t / seg))
            t += step
        carry = seg - (t - step)
    if out[-1] != points[-1]:
        out.append(points[-1])
    return out


def zigzag(points: list[Point], amp: float = 4.0, step: float = 4.0) -> list[Point]:
    dense = resample(points, step)
    normals = _normals(dense)
    out = [dense[0]]
    for i in range(1, len(dense) - 1):
        sgn = 1 if i % 2 else -1
        out.append((dense[i][0] + normals[i][0] * amp * sgn, dense[i][1] + normals[i][1] * amp * sgn))
    out.append(dense[-1])
    return out


def split_middle(points: list[Point], gap: float) -> tuple[list[Point], list[Point], Point, Point]:
    """The path cut around its middle: (first part, second part, cut start, cut end)."""
    dense = resample(points, 1.0)
    n = len(dense)
    half = max(1, int(gap / 2))
    i, j = max(n // 2 - half, 1), min(n // 2 + half, n - 2)
    return dense[: i + 1], dense[j:], dense[i], dense[j]


def arrowhead(points: list[Point], color: str, size: float = 9.0) -> str:
    (x1, y1), (x2, y2) = points[-2], points[-1]
    d = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / d, (y2 - y1) / d
    bx, by = x2 - ux * size, y2 - uy * size
    left = (bx - uy * size * 0.45, by + ux * size * 0.45)
    right = (bx + uy * size * 0.45, by - ux * size * 0.45)
    return f'<polygon points="{pts([(x2, y2), left, right])}" fill="{color}" stroke="none"/>'


def _bar(at: Point, toward: Point, color: str, half: float = 6.0) -> str:
    dx, dy = toward[0] - at[0], toward[1] - at[1]
    d = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / d, dx / d
    return polyline([(at[0] + nx * half, at[1] + ny * half), (at[0] - nx * half, at[1] - ny * half)],
                    style.Stroke(color=color, width=1.8))


def link_marks(typ: str, points: list[Point]) -> list[str]:
    """The marks of an emotional or social link along ``points``."""
    color = style.LINK_COLORS.get(typ, style.GREY)
    thin = style.Stroke(color=color, width=1.3)
    if typ == "close":
        return [polyline(offset(points, k), thin) for k in (-2.2, 2.2)]
    if typ == "fused":
        return [polyline(offset(points, k), thin) for k in (-3.6, 0.0, 3.6)]
    if typ == "distant":
        return [polyline(points, style.Stroke(color=color, width=1.6, dash="0.1 4"), cap="round")]
    if typ == "conflict":
        return [polyline(zigzag(points), style.Stroke(color=color, width=1.4))]
    if typ == "hostile":
        return [polyline(points, thin), polyline(zigzag(points, amp=4.5), style.Stroke(color=color, width=1.5))]
    if typ == "cutoff":
        first, second, p, q = split_middle(points, 12.0)
        return [polyline(first, thin), polyline(second, thin),
                _bar(p, first[-2] if len(first) > 1 else q, color),
                _bar(q, second[1] if len(second) > 1 else p, color)]
    if typ in ("abuse", "neglect"):
        st = style.Stroke(color=color, width=1.5, dash="5 3" if typ == "neglect" else None)
        body = points[:-1] + [_pull_back(points, 6.0)]
        return [polyline(body, st), arrowhead(points, color)]
    if typ == "friend":
        mid = resample(points, 1.0)
        m = mid[len(mid) // 2]
        return [polyline(points, style.Stroke(color=color, width=1.1)),
                f'<circle cx="{num(m[0])}" cy="{num(m[1])}" r="3" fill="#ffffff" '
                f'stroke="{color}" stroke-width="1.1"/>']
    if typ == "fictive-kin":
        return [polyline(points, style.Stroke(color=color, width=1.4, dash="10 5"))]
    if typ == "household":
        return [polyline(points, style.Stroke(color=color, width=1.5, dash="8 3 2 3"))]
    return [polyline(points, thin)]


def _pull_back(points: list[Point], by: float) -> Point:
    (x1, y1), (x2, y2) = points[-2], points[-1]
    d = math.hypot(x2 - x1, y2 - y1) or 1.0
    return (x2 - (x2 - x1) / d * by, y2 - (y2 - y1) / d * by)


def tie_marks(typ: str, points: list[Point]) -> list[str]:
    if typ.startswith("child:"):
        st = style.CHILD_STROKES.get(typ.split(":", 1)[1], style.Stroke())
        return [polyline(points, style.Stroke(color=st.color, width=1.3, dash=st.dash)),
                arrowhead(points, st.color, 7.0)]
    st = style.TIE_STROKES.get(typ.split(":", 1)[-1], style.Stroke(color=style.GREY))
    return [polyline(points, st)]


def overlay_svg(ov: Overlay) -> str:
    points = list(ov.points)
    marks = link_marks(ov.type, points) if ov.kind == "link" else tie_marks(ov.type, points)
    cls = "link" if ov.kind == "link" else "tie"
    return (f'<g class="{cls}" data-type={attr(ov.type)} data-a={attr(ov.a)} data-b={attr(ov.b)}>'
            + "".join(marks) + "</g>")


# --- legend --------------------------------------------------------------------------------------


def legend_sample(key: str, x: float, y: float) -> str:
    """A small drawing of the entry ``key`` in a 34 x 16 cell whose left middle is (x, y)."""
    cx = x + 17
    if key in ("male", "female", "nonbinary"):
        return shape(key, cx, y, 14, width=1.4)
    if key == "unknown":
        return shape("unknown", cx, y, 14, width=1.4) + _centre_text("?", cx, y + 3.5, 9, style.INK)
    if key == "deceased":
        return shape("male", cx, y, 14, width=1.4) + cross("male", cx, y, 14)
    if key == "index":
        return shape("male", cx, y, 20, width=1.2) + shape("male", cx, y, 13, width=1.2)
    if key == "narrator":
        return shape("male", cx - 3, y, 13, width=1.4) + \
            f'<circle cx="{num(cx + 8)}" cy="{num(y - 5)}" r="3" fill="{style.INK}"/>'
    if key == "phantom":
        return shape("unknown", cx, y, 13, color=style.GREY, width=1.1, dash="2 2")
    if key == "pregnancy":
        return triangle(cx, y, 14, width=1.4)
    if key in ("stillbirth", "miscarriage", "abortion"):
        size = {"stillbirth": 11.0, "miscarriage": 8.0, "abortion": 9.0}[key]
        return "".join(kind_marks(key, "male", cx, y, size))
    seg = [(x + 2, y), (x + 32, y)]
    if key.startswith("union:"):
        return polyline(seg, style.UNION_STROKES[key.split(":", 1)[1]])
    if key.startswith("status:"):
        n = style.STATUS_SLASHES.get(key.split(":", 1)[1], 0)
        out = polyline(seg, style.Stroke())
        xs = [cx] if n == 1 else [cx - 3.5, cx + 3.5] if n == 2 else []
        for sx in xs:
            out += polyline([(sx - 4, y + 6), (sx + 4, y - 6)], style.Stroke(width=1.4))
        if key == "status:widowed":
            out = polyline(seg, style.Stroke()) + cross("male", x + 29, y, 8)
        return out
    if key.startswith("child:"):
        st = style.CHILD_STROKES[key.split(":", 1)[1]]
        return polyline([(cx - 12, y - 7), (cx + 12, y - 7)], style.Stroke()) + \
            polyline([(cx, y - 7), (cx, y + 7)], st)
    if key == "twins":
        return (polyline([(cx - 12, y - 7), (cx + 12, y - 7)], style.Stroke())
                + polyline([(cx, y - 7), (cx - 8, y + 7)], style.Stroke())
                + polyline([(cx, y - 7), (cx + 8, y + 7)], style.Stroke()))
    if key.startswith("tie:"):
        return polyline(seg, style.TIE_STROKES[key.split(":", 1)[1]])
    if key.startswith("link:"):
        return "".join(link_marks(key.split(":", 1)[1], [(x + 2, y), (x + 17, y), (x + 32, y)]))
    return ""


def legend_svg(layout: Layout) -> str:
    if not layout.legend:
        return ""
    from genogram.draw.layout import LEGEND_COL, LEGEND_ROW

    x0, y0 = layout.legend_at
    cols = layout.legend_columns
    nrows = math.ceil(len(layout.legend) / cols)
    parts = ['<g class="legend">',
             _centre_text("Legend", x0, y0, 11, style.INK, anchor="start", weight="bold")]
    for i, key in enumerate(layout.legend):
        col, row = divmod(i, nrows)
        x = x0 + col * LEGEND_COL
        y = y0 + 16 + row * LEGEND_ROW
        entry = style.ALL_ENTRIES[key]
        parts.append(f'<g class="legend-item" data-key="{key}">' + legend_sample(key, x, y)
                     + _centre_text(entry.text, x + 42, y + 3.5, 10, style.INK, anchor="start")
                     + "</g>")
    parts.append("</g>")
    return "".join(parts)


# --- the document --------------------------------------------------------------------------------


def render_layout(layout: Layout) -> str:
    """The SVG document for ``layout`` (a UTF-8 string starting with the XML declaration)."""
    w, h = num(layout.width), num(layout.height)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n',
           f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" height="{h}" '
           f'viewBox="0 0 {w} {h}" font-family="{style.FONT_FAMILY}">\n',
           f"<title>{clean(layout.title)}</title>\n",
           f'<rect class="background" x="0" y="0" width="{w}" height="{h}" fill="#ffffff"/>\n']
    out.append('<g class="unions">\n' + "\n".join(union_svg(u) for u in layout.unions) + "\n</g>\n")
    out.append('<g class="descents">\n' + "\n".join(descent_svg(d) for d in layout.descents)
               + "\n</g>\n")
    out.append('<g class="people">\n' + "\n".join(
        phantom_svg(s) if s.phantom else person_svg(s) for s in layout.symbols) + "\n</g>\n")
    out.append('<g class="overlays" opacity="0.9">\n'
               + "\n".join(overlay_svg(o) for o in layout.overlays) + "\n</g>\n")
    for c in layout.captions:
        out.append('<g class="caption">' + _centre_text(c.text, c.at[0], c.at[1], 10, style.GREY,
                                                         anchor="start") + "</g>\n")
    out.append(legend_svg(layout) + "\n</svg>\n")
    return "".join(out)
