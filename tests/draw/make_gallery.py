"""Render the drawing catalogue into docs/gallery/ (PNG). Not a test; run after a drawing change:

    .venv/bin/python -m tests.draw.make_gallery
"""

from __future__ import annotations

from pathlib import Path

from genogram.draw import render_png
from genogram.text.files import atomic_write
from tests.draw.families import CATALOGUE

GALLERY = Path(__file__).resolve().parents[2] / "docs" / "gallery"


def main() -> list[Path]:
    return [atomic_write(GALLERY / f"{name}.png", render_png(build(), scale=1.5))
            for name, build in CATALOGUE.items()]


if __name__ == "__main__":
    for path in main():
        print(path)
