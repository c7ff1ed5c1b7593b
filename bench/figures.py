"""Figure extraction and fact grouping speed: prints sentences per second on a generated 100,000-word text
and, where ../shared is beside the repository, on the dev stories' versions.

Usage: python bench/figures.py [--words N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.generate import make_pair  # noqa: E402
from tui.core import background  # noqa: E402
from tui.core.figures import extract_figures  # noqa: E402
from tui.core.load import Version, load_version  # noqa: E402
from tui.core.pipeline import compare  # noqa: E402
from tui.core.segment import segment  # noqa: E402

DEV = HERE.parent.parent / "shared" / "eval" / "dev"


def extraction_rate(texts: list[str], runs: int = 3) -> tuple[float, int, int]:
    """(sentences per second, sentences, figures) of `extract_figures` alone over the texts, best of runs."""
    segmented = [(t, segment(t)) for t in texts]
    sentences = sum(len(ss) for _, ss in segmented)
    best, figures = float("inf"), 0
    for _ in range(runs):
        began = time.perf_counter()
        figures = sum(len(extract_figures(t, ss, v)) for v, (t, ss) in enumerate(segmented))
        best = min(best, time.perf_counter() - began)
    return sentences / best, sentences, figures


def facts_time(versions: list[Version]) -> tuple[float, float]:
    """Seconds of the figures and facts stages of one comparison, in this process."""
    timings: dict[str, float] = {}
    compare(versions, timings=timings)
    return timings.get("figures", 0.0), timings.get("facts", 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=100_000)
    args = ap.parse_args()
    background.can_fork = lambda: False  # every stage in this process, so each is timed alone
    old, new = make_pair(args.words, 1, [])
    rate, n, figs = extraction_rate([old, new])
    print(f"generated {args.words:,}-word pair: {rate:,.0f} sentences/s ({n:,} sentences, {figs:,} figures)")
    f, g = facts_time([Version("a", "a", old, "utf-8"), Version("b", "b", new, "utf-8")])
    print(f"  in a comparison: figures {f:.3f} s, facts {g:.3f} s")
    if DEV.is_dir():
        for story in sorted(p for p in DEV.iterdir() if p.is_dir()):
            versions = [load_version(str(p)) for p in sorted(story.glob("*.txt"))]
            rate, n, figs = extraction_rate([v.text for v in versions])
            f, g = facts_time(versions)
            print(f"{story.name}: {rate:,.0f} sentences/s ({n:,} sentences, {figs} figures); facts {g * 1000:.0f} ms")


if __name__ == "__main__":
    main()
