"""How long a generated 200-person family takes to draw to SVG (target: under 2 s).

    .venv/bin/python bench/draw_speed.py [N]

Not a unit test: prints the best of three runs, the layout and SVG parts separately, and whether
the drawing passes the layout invariants.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.draw.families import generated  # noqa: E402

from genogram.draw import layout, render_svg  # noqa: E402
from genogram.draw.checks import all_problems  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    family = generated(n, seed=5)
    best = (float("inf"), 0.0, 0.0)
    for _ in range(3):
        t0 = time.perf_counter()
        lay = layout(family)
        t1 = time.perf_counter()
        svg = render_svg(lay)
        t2 = time.perf_counter()
        best = min(best, (t2 - t0, t1 - t0, t2 - t1))
    problems = all_problems(lay, family)
    total, lay_s, svg_s = best
    print(f"{len(family.people)} people, {len(family.unions)} unions, {len(family.links)} links: "
          f"SVG in {total:.3f} s (layout {lay_s:.3f} s, writing {svg_s:.3f} s), "
          f"{len(svg) // 1024} KiB, {len(problems)} invariant problems; target < 2 s: "
          f"{'ok' if total < 2 else 'TOO SLOW'}")


if __name__ == "__main__":
    main()
