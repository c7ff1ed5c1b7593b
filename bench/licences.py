"""Alignment precision where nothing is reworded: licence revisions (GFDL-1.2/1.3, LGPL-2/2.1, GPL-2/3 in
/usr/share/common-licenses, or any pairs given). Prints, for each pair, the unchanged sentences (the same
key in both) that do not share a row, and the sentences in a row with another version's that look unrelated
to every sentence of that cell: neither alike in their characters (rapidfuzz under 45) nor sharing telling
words (a weighted overlap under 0.2).

Usage: python bench/licences.py [A B ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.core.align import similarity
from tui.core.load import load_version
from tui.core.normalise import key
from tui.core.pipeline import compare
from tui.core.wordweight import WordWeights

LICENCES = Path("/usr/share/common-licenses")
PAIRS = [("GFDL-1.2", "GFDL-1.3"), ("LGPL-2", "LGPL-2.1"), ("GPL-2", "GPL-3")]
UNRELATED = 45.0
UNRELATED_OVERLAP = 0.2


def check(a: str, b: str) -> tuple[int, int, int]:
    """(unchanged sentences apart, unrelated sentences in shared rows, shared rows) for one pair of files."""
    c = compare([load_version(a), load_version(b)])
    keys = [[key(c.sentence_text(v, k)) for k in range(len(c.sentences[v]))] for v in range(2)]
    weights = WordWeights(k for ks in keys for k in ks)
    row_of_key = [{}, {}]
    for v in range(2):
        for k, text in enumerate(keys[v]):
            row_of_key[v].setdefault(text, set()).add(c.row_of[v][k])
    apart = sum(1 for text, rows in row_of_key[0].items() if text in row_of_key[1] and not rows & row_of_key[1][text])
    unrelated = pairs = 0
    for row in c.rows:
        cells = row.members()  # a sentence that also states the row beside it counts there too
        if not (cells[0] and cells[1]):
            continue
        pairs += 1
        for x in cells[0]:
            unrelated += all(
                similarity(keys[0][x], keys[1][y]) < UNRELATED
                and weights.overlap(keys[0][x], keys[1][y]) < UNRELATED_OVERLAP
                for y in cells[1]
            )
    return apart, unrelated, pairs


def main() -> None:
    args = sys.argv[1:]
    pairs = list(zip(args[::2], args[1::2], strict=False)) if args else [(LICENCES / a, LICENCES / b) for a, b in PAIRS]
    for a, b in pairs:
        apart, unrelated, total = check(str(a), str(b))
        name = f"{Path(a).name} / {Path(b).name}"
        print(f"{name}: {apart} unchanged sentences apart, {unrelated} unrelated in {total} shared rows")


if __name__ == "__main__":
    main()
