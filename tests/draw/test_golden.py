"""Golden SVGs: the catalogue drawn exactly as reviewed (coordinates rounded to 0.1).

To accept a deliberate change of the drawing, regenerate and look at the diff and the gallery:

    GENOGRAM_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/draw/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from genogram.draw import render_svg
from tests.draw.families import CATALOGUE

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize("name", CATALOGUE)
def test_drawing_matches_its_golden_svg(name: str) -> None:
    svg = render_svg(CATALOGUE[name]())
    path = GOLDEN / f"{name}.svg"
    if os.environ.get("GENOGRAM_REGEN_GOLDEN") == "1":
        path.write_text(svg, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"no golden file {path.name}; run with GENOGRAM_REGEN_GOLDEN=1")
    assert svg == path.read_text(encoding="utf-8"), \
        f"{name} drawing changed; see the module docstring to regenerate"
