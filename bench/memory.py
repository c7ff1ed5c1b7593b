"""Peak memory and time of `versus --json` on big generated pairs. Usage: python bench/memory.py [MB ...]

Each size is the pair's total in megabytes (default 4.5 and 45: a long book's pair, and the 45 MB pair that
issue 21 measured at 1.8 GB). Prints wall time, the largest process's peak RSS (the parent or a child it
forked, whichever was bigger) and MB of memory per MB of text.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.generate import make_pair  # noqa: E402

WORDS_PER_MB = 150_000
"""About how many words of the generated text make one megabyte."""


def measure(total_mb: float) -> tuple[float, float, float]:
    """(seconds, peak MB, text MB) of one `--json` run on a generated pair of this total size."""
    with tempfile.TemporaryDirectory() as tmp:
        a, b = make_pair(int(total_mb / 2 * WORDS_PER_MB), seed=45)
        paths = [Path(tmp, "a.txt"), Path(tmp, "b.txt")]
        for path, text in zip(paths, (a, b), strict=True):
            path.write_text(text, encoding="utf-8")
        size = sum(p.stat().st_size for p in paths) / 2**20
        code = (
            "import resource, subprocess, sys, time; t = time.perf_counter(); "
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True); "
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )
        cmd = [sys.executable, "-m", "tui", "--json", *map(str, paths)]
        out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True, check=True)
        seconds, peak_kb = out.stdout.split()
        return float(seconds), int(peak_kb) / 1024, size


def main() -> None:
    sizes = [float(a) for a in sys.argv[1:]] or [4.5, 45.0]
    print(f"{'pair':>10} {'time':>8} {'peak RSS':>10} {'MB per MB':>10}")
    for mb in sizes:
        seconds, peak, size = measure(mb)
        print(f"{size:>8.1f}MB {seconds:>7.1f}s {peak:>8.0f}MB {peak / size:>10.1f}")


if __name__ == "__main__":
    main()
