"""Drawing a family as a genogram (McGoldrick-Gerson symbols, as GenoPro draws them).

    >>> from genogram.draw import layout, render_svg, draw
    >>> svg = render_svg(family)                 # a str
    >>> draw(family, "family.pdf", "pdf")        # svg, png or pdf

:func:`layout` returns a plain :class:`Layout` (positions of every symbol and line); the writers
only render it. Depends on nothing of genogram's but the model and ``atomic_write``.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from genogram.draw.geometry import Layout
from genogram.draw.layout import layout
from genogram.draw.svg import render_layout
from genogram.model import DrawingError, Family
from genogram.text.files import atomic_write

log = logging.getLogger(__name__)

FORMATS = ("svg", "png", "pdf")


def _as_layout(what: Family | Layout, index: str | None) -> Layout:
    if isinstance(what, Layout):
        return what
    if isinstance(what, Family):
        return layout(what, index=index)
    raise DrawingError(f"cannot draw a {type(what).__name__}; expected a Family or a Layout",
                       code="E502")


def render_svg(what: Family | Layout, index: str | None = None) -> str:
    """The genogram as an SVG document (a ``str``)."""
    return render_layout(_as_layout(what, index))


def render_png(what: Family | Layout, index: str | None = None, *, scale: float = 2.0) -> bytes:
    """The genogram as PNG bytes (rendered by resvg; ``scale`` 2 = 192 dpi)."""
    import resvg_py

    svg = render_svg(what, index)
    try:
        return bytes(resvg_py.svg_to_bytes(svg_string=svg, zoom=scale, background="#ffffff"))
    except ValueError as err:  # resvg refuses an image it cannot allocate or parse
        raise DrawingError(f"cannot render PNG: {err}", code="E503") from None


def render_pdf(what: Family | Layout, index: str | None = None) -> bytes:
    """The genogram as a one-page vector PDF (svglib + reportlab)."""
    from reportlab.graphics import renderPDF
    from svglib.svglib import svg2rlg

    svg = render_svg(what, index)
    logging.getLogger("svglib").setLevel(logging.ERROR)
    drawing = svg2rlg(io.BytesIO(svg.encode("utf-8")))
    if drawing is None:
        raise DrawingError("cannot render PDF: the SVG could not be converted", code="E503")
    return bytes(renderPDF.drawToString(drawing, title=_title(what)))


def _title(what: Family | Layout) -> str:
    return what.title if isinstance(what, Layout) else f"Genogram: {what.source.name}"


def render(what: Family | Layout, fmt: str, index: str | None = None) -> bytes:
    """The genogram in format ``fmt`` (svg, png or pdf) as bytes."""
    fmt = fmt.lower().lstrip(".")
    if fmt == "svg":
        return render_svg(what, index).encode("utf-8")
    if fmt == "png":
        return render_png(what, index)
    if fmt == "pdf":
        return render_pdf(what, index)
    raise DrawingError(f"unknown drawing format {fmt!r}; use svg, png or pdf", code="E504")


def draw(family: Family | Layout, path: str | Path, format: str | None = None,  # noqa: A002
         index: str | None = None) -> Path:
    """Draw ``family`` into ``path`` (format from the argument, else the file's suffix)."""
    target = Path(path)
    fmt = (format or target.suffix.lstrip(".") or "svg").lower()
    data = render(family, fmt, index)
    return atomic_write(target, data)


__all__ = ["FORMATS", "Layout", "draw", "layout", "render", "render_pdf", "render_png",
           "render_svg"]
