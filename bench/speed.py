"""Speed and memory of the reader against the bare spaCy parse it stands on, in one run.

    python bench/speed.py [STORY]   (default: ../shared/benchmarks/novels/pride_and_prejudice.txt)

Prints the bare-parse time, the full `read_story` time, their ratio, and the peak memory (RSS) of
each measurement, each in a fresh subprocess so that neither warms the other's caches.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "benchmarks" / "novels" / "pride_and_prejudice.txt"

_BARE = """
import resource, sys, time
from genogram.read.nlp import load_nlp
from genogram.read.document import CHUNK_CHARS, _paragraph_bounds
from genogram.text import load_story, normalize
story = load_story(sys.argv[1], max_bytes=50_000_000)
nlp = load_nlp()
t0 = time.perf_counter()
norm = normalize(story.text)
paras = _paragraph_bounds(norm)
chunks, i = [], 0
while i < len(paras):
    j = i
    while j + 1 < len(paras) and paras[j + 1][1] - paras[i][0] <= CHUNK_CHARS:
        j += 1
    chunks.append(norm[paras[i][0]:paras[j][1]])
    i = j + 1
n = sum(len(d) for d in nlp.pipe(chunks, batch_size=8))
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "tokens": n,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
""".replace("import resource", "import json, resource")

_FULL = """
import json, resource, sys, time
from genogram.read.nlp import load_nlp
from genogram.read import read_story
from genogram.text import load_story
story = load_story(sys.argv[1], max_bytes=50_000_000)
load_nlp()
t0 = time.perf_counter()
fam = read_story(story)
dt = time.perf_counter() - t0
print(json.dumps({"seconds": dt, "people": len(fam.people), "unions": len(fam.unions),
                  "children": len(fam.children),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, story: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", code, str(story)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    story = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    words = len(story.read_text(encoding="utf-8").split())
    bare = run(_BARE, story)
    full = run(_FULL, story)
    ratio = full["seconds"] / bare["seconds"]
    print(f"story: {story.name} ({words:,} words)")
    print(f"bare spaCy parse : {bare['seconds']:7.1f} s   peak {bare['peak_mb']:7.0f} MB")
    print(f"genogram read    : {full['seconds']:7.1f} s   peak {full['peak_mb']:7.0f} MB   "
          f"({full['people']} people, {full['unions']} unions, {full['children']} ties)")
    print(f"ratio read/parse : {ratio:7.2f}x")


if __name__ == "__main__":
    main()
