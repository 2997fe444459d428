"""PNG and PDF: non-empty, valid, the right size, the names readable in the PDF."""

from __future__ import annotations

import io
import struct

import pypdf

from genogram.draw import draw, layout, render_pdf, render_png
from tests.draw.families import three_generations


def test_png_has_the_signature_and_the_layout_size_at_the_scale() -> None:
    lay = layout(three_generations())
    data = render_png(lay, scale=1.5)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert abs(width - lay.width * 1.5) <= 2 and abs(height - lay.height * 1.5) <= 2


def test_pdf_parses_back_with_one_page_and_the_names() -> None:
    data = render_pdf(three_generations())
    assert data.startswith(b"%PDF-")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Kate" in text and "Walter" in text


def test_draw_writes_each_format_by_suffix(tmp_path) -> None:
    fam = three_generations()
    for suffix, magic in (("svg", b"<?xml"), ("png", b"\x89PNG"), ("pdf", b"%PDF")):
        path = draw(fam, tmp_path / f"g.{suffix}")
        assert path.read_bytes().startswith(magic)
