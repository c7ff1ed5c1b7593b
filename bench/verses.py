"""Alignment recall and precision on texts whose lines pair by number: one verse a line, the same verses in
the same order (the Bible translations in ../shared/bench/real/bible-kjv-asv-web), or any two files so made.

Usage: python bench/verses.py A.txt B.txt [--lines N]

Line i of A pairs with line i of B. A verse is found when some sentence of line i of A shares a row with some
sentence of line i of B; a pair is wrong when a row joins sentences of different lines. Prints verse recall,
pair precision, the wall time and the peak memory of the comparison.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from bisect import bisect_right
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.core.load import Version
from tui.core.pipeline import compare


def line_starts(text: str) -> list[int]:
    starts = [0]
    for k, c in enumerate(text):
        if c == "\n":
            starts.append(k + 1)
    return starts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--lines", type=int, default=0, help="only the first N lines of each (0: all)")
    args = ap.parse_args()
    texts = []
    for path in (args.a, args.b):
        text = Path(path).read_text(encoding="utf-8")
        if args.lines:
            text = "\n".join(text.split("\n")[: args.lines])
        texts.append(text)
    began = time.perf_counter()
    c = compare([Version(p, p, t, "utf-8") for p, t in zip((args.a, args.b), texts, strict=True)])
    seconds = time.perf_counter() - began
    starts = [line_starts(t) for t in texts]
    line_of = [[bisect_right(starts[v], s.start) - 1 for s in c.sentences[v]] for v in range(2)]
    found: set[int] = set()
    right = wrong = 0
    for row in c.rows:
        cells = row.members()  # a sentence that also states the row beside it counts there too
        for x in cells[0]:
            for y in cells[1]:
                if line_of[0][x] == line_of[1][y]:
                    right += 1
                    found.add(line_of[0][x])
                else:
                    wrong += 1
    lines = min(len(starts[0]), len(starts[1]))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"verse recall {len(found) / lines:.4f} ({len(found)}/{lines})")
    print(f"pair precision {right / max(1, right + wrong):.4f} ({right}/{right + wrong})")
    print(f"compare {seconds:.2f} s, peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
