"""Benchmarks: prints a table of medians. Usage: python bench/run.py [--quick] [--no-1m]

Times, on the same generated files in the same run: `versus --json` as a whole process and the core alone,
`git diff --no-index --word-diff=porcelain` as the reference, peak memory, five 1,000-word versions, the
app's first paint, and rendering one 200x50 screen of the 100k-word pair while scrolling.
"""

from __future__ import annotations

import argparse
import compileall
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.generate import make_pair  # noqa: E402


def median_times(
    cmds: list[list[str]], runs: int, shares: list[float] | None = None, cpu_shares: list[float] | None = None
) -> list[float]:
    """Median wall time of each command, their runs interleaved so that both meet the same machine (a shared
    VM's speed drifts by a third over minutes). `shares` receives, for each run of a command given
    `--timings`, the part of that run's wall time its figures and facts stages took (where figures are found
    in a child process, beside the alignment, the time waited for them); `cpu_shares` the part of the work
    done, counting the child's."""
    times: list[list[float]] = [[] for _ in cmds]
    for _ in range(runs):
        for cmd, out in zip(cmds, times, strict=True):
            t = time.perf_counter()
            done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
            out.append(time.perf_counter() - t)
            if shares is not None and "--timings" in cmd:
                stages = json.loads(done.stderr.strip().splitlines()[-1])["stages"]
                shares.append((stages["figures"] + stages["facts"]) / out[-1])
                if cpu_shares is not None:
                    child = sum(s for stage, s in stages.items() if stage.endswith("(child process)"))
                    cpu_shares.append((stages["figures"] + child + stages["facts"]) / (out[-1] + child))
    return [statistics.median(t) for t in times]


def peak_rss_mb(cmd: list[str]) -> float:
    code = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True, text=True)
    return int(out.stdout.strip() or 0) / 1024


def core_time(paths: list[Path], runs: int, stages: dict[str, float] | None = None) -> float:
    """Median time of the comparison alone; `stages` receives the median of each stage."""
    from tui.core.load import load_versions
    from tui.core.pipeline import compare

    versions = load_versions([str(p) for p in paths])
    times = []
    laps: list[dict[str, float]] = []
    for _ in range(runs):
        lap: dict[str, float] = {}
        t = time.perf_counter()
        compare(versions, timings=lap)
        times.append(time.perf_counter() - t)
        laps.append(lap)
    if stages is not None:
        stages.update({k: statistics.median(lap[k] for lap in laps) for k in laps[0]})
    return statistics.median(times)


async def app_figures(small: list[Path], big: list[Path]) -> dict[str, float]:
    """First paint; one 200x50 screen of the big pair drawn through Textual's whole line pipeline
    (what a scroll repaints) and our lines alone; medians over 60 page-downs."""
    from textual.geometry import Region

    from tui.app import VersusApp
    from tui.core.load import load_versions
    from tui.layout import RowLayout

    t = time.perf_counter()
    app = VersusApp(load_versions([str(p) for p in small]))
    async with app.run_test(size=(120, 40)) as pilot:
        while not app.is_settled:
            await pilot.pause(0.005)
        first_paint = time.perf_counter() - t
    t = time.perf_counter()
    app = VersusApp(load_versions([str(p) for p in big]))
    whole, ours = [], []
    async with app.run_test(size=(200, 50)) as pilot:
        while not app.is_settled:
            await pilot.pause(0.01)
        first_paint_big = time.perf_counter() - t
        for _ in range(60):
            await pilot.press("pagedown")
            await pilot.pause()
            for pane in app.group.panes:
                pane._line_cache.clear()
                pane.refresh()  # Textual forgets the lines it drew too
            t = time.perf_counter()
            for pane in app.group.panes:
                pane.render_lines(Region(0, 0, *pane.size))
            whole.append(time.perf_counter() - t)
            t = time.perf_counter()
            for pane in app.group.panes:
                top, width = pane.top_line, pane.content_region.width
                for y in range(pane.size.height):
                    pane._render_layout_line(top + y, width)
            ours.append(time.perf_counter() - t)
        relayout = []
        layout = app.group.row_layout
        assert layout is not None
        for width in range(70, 100, 3):  # a resize: a new layout, settled around the screen
            t = time.perf_counter()
            again = RowLayout(app.comparison, layout.versions, [width] * len(layout.versions), layout.folds,
                              layout.cell_words)  # fmt: skip
            again.settle(app.group.anchor_row, 50, 100)
            relayout.append(time.perf_counter() - t)
        t = time.perf_counter()
        again.settle_all()
        eager = time.perf_counter() - t
    return {
        "first_paint": first_paint,
        "first_paint_big": first_paint_big,
        "render": statistics.median(whole),
        "render_ours": statistics.median(ours),
        "relayout": statistics.median(relayout),
        "relayout_eager": eager,
        "rows": len(layout.heights),
        "peak_mb": own_peak_mb(),
    }


def own_peak_mb() -> float:
    """This process's peak RSS since it started its program: Linux's VmHWM (ru_maxrss would carry the
    parent's size over the fork), else ru_maxrss."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def app_probe(small: list[Path], big: list[Path]) -> dict[str, float]:
    """The app figures measured in a fresh process, so its peak memory is the app's alone."""
    code = (
        "import asyncio, json, sys; sys.path.insert(0, sys.argv[1]); from bench.run import app_figures; "
        "from pathlib import Path; n = int(sys.argv[2]); paths = [Path(p) for p in sys.argv[3:]]; "
        "print(json.dumps(asyncio.run(app_figures(paths[:n], paths[n:]))))"
    )
    args = [sys.executable, "-c", code, str(HERE.parent), str(len(small)), *map(str, small), *map(str, big)]
    out = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer runs")
    ap.add_argument("--no-1m", action="store_true", help="skip the 1M-word pair")
    a = ap.parse_args()
    runs = 3 if a.quick else 5
    # as an install does: with PYTHONDONTWRITEBYTECODE set, every `versus` process would compile the package
    compileall.compile_dir(HERE.parent / "tui", quiet=1)
    versus = [sys.executable, "-m", "tui", "--json"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sizes = [10_000, 100_000] + ([] if a.no_1m else [1_000_000])
        core = {}
        stages: dict[int, dict[str, float]] = {}
        shares: list[float] = []
        cpu_shares: list[float] = []
        for n in sizes:
            d = root / str(n)
            d.mkdir()
            old, new = make_pair(n, seed=n)
            (d / "a.txt").write_text(old)
            (d / "b.txt").write_text(new)
            paths = [d / "a.txt", d / "b.txt"]
            r = 1 if n >= 1_000_000 else runs
            git_cmd = ["git", "diff", "--no-index", "--word-diff=porcelain", *map(str, paths)]
            timed = ["--timings"] if n == 100_000 else []
            git, whole = median_times([git_cmd, [*versus, *timed, *map(str, paths)]], r, shares, cpu_shares)
            core[n] = core_time(paths, r, stages.setdefault(n, {}))
            mem = peak_rss_mb([*versus, *map(str, paths)]) if n <= 100_000 else float("nan")
            rows.append((f"{n:,}-word pair", whole, core[n], git, whole / git, mem))
        five = root / "five"
        five.mkdir()
        for i in range(5):
            old, _ = make_pair(1_000, seed=100 + (i % 2))
            _, new = make_pair(1_000, seed=100)
            (five / f"v{i}.txt").write_text(new if i else old)
        five_paths = sorted(five.iterdir())
        (whole5,) = median_times([[*versus, *map(str, five_paths)]], runs)
        rows.append(
            ("five 1,000-word versions", whole5, core_time(five_paths, runs), float("nan"), float("nan"), float("nan"))
        )
        app = app_probe(five_paths, [root / "100000" / "a.txt", root / "100000" / "b.txt"])

    print(f"{'input':28} {'versus --json':>14} {'core only':>10} {'git word-diff':>14} {'ratio':>7} {'peak MB':>8}")
    for name, whole, c, git, ratio, mem in rows:
        print(f"{name:28} {whole:13.3f}s {c:9.3f}s {git:13.3f}s {ratio:6.1f}x {mem:8.0f}")
    if len(sizes) >= 3:
        exponent = math.log(core[sizes[-1]] / core[sizes[0]]) / math.log(sizes[-1] / sizes[0])
        print(f"growth exponent of the core from 10k to 1M words: {exponent:.2f}")
    if 100_000 in stages:
        st = stages[100_000]
        print("stages of the core on the 100k pair (median): " + ", ".join(f"{k} {v:.3f}s" for k, v in st.items()))
        share = statistics.median(shares)
        print(
            f"figures and facts: {st['figures'] + st['facts']:.3f}s in the core alone; "
            f"{share:.0%} of the whole `versus --json` process (median over its runs, each run's stages against "
            f"its own wall time; lowest {min(shares):.0%}, highest {max(shares):.0%}), so they add "
            f"{share / (1 - share):.0%} to the time of the rest"
        )
        cpu = statistics.median(cpu_shares)
        print(
            f"  counting the work a second core did (figures and facts found in a child process beside the alignment): "
            f"{cpu:.0%} of all the work, {cpu / (1 - cpu):.0%} added to the rest"
        )
    print(
        f"app first paint, five 1,000-word versions (120x40): {app['first_paint'] * 1000:.0f} ms; "
        f"the 100k pair (200x50, compared in the app): {app['first_paint_big']:.2f} s"
    )
    print(
        f"one 200x50 screen of the 100k pair (median): {app['render'] * 1000:.2f} ms through Textual's line "
        f"pipeline, of which Versus's lines {app['render_ours'] * 1000:.2f} ms"
    )
    print(
        f"relayout of the 100k pair for a new width (a resize; {app['rows']:,.0f} rows): "
        f"{app['relayout'] * 1000:.1f} ms (median), wrapping only the rows near the screen; "
        f"wrapping every row would add {app['relayout_eager'] * 1000:.0f} ms"
    )
    print(f"peak RSS of the app process (five versions, then the 100k pair): {app['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
