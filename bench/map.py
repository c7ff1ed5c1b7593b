"""The difference map's cost on a long comparison. Usage: python bench/map.py [WORDS]

On a generated pair (1,000,000 words by default) in a 200x50 app: the first paint with the map and without,
the map's cells made once for a layout, and per page-down the map's update and drawing (medians over 60
page-downs), against a frame budget of 8 ms.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.generate import make_pair  # noqa: E402


async def first_paint(paths: list[Path]) -> float:
    from tui.app import VersusApp
    from tui.core.load import load_versions

    began = time.perf_counter()
    app = VersusApp(load_versions([str(p) for p in paths]))
    async with app.run_test(size=(200, 50)) as pilot:
        while not app.is_settled:
            await pilot.pause(0.01)
        return time.perf_counter() - began


async def map_costs(paths: list[Path]) -> tuple[float, float, float]:
    """(cells made once, an update per page-down, drawing the map per page-down), in seconds."""
    from tui.app import VersusApp
    from tui.core.load import load_versions
    from tui.view.diffmap import conflict_rows, map_cells, row_ranks
    from tui.widgets.diff_map import DiffMap

    app = VersusApp(load_versions([str(p) for p in paths]))
    updates, draws = [], []
    async with app.run_test(size=(200, 50)) as pilot:  # wide enough for the map
        while not app.is_settled:
            await pilot.pause(0.01)
        group, diff_map = app.group, app.reader.query_one(DiffMap)
        layout, pane = group.row_layout, group.panes[0]
        assert layout is not None and diff_map.display
        height = pane.scrollable_content_region.height
        c = app.comparison
        began = time.perf_counter()  # what the map makes once per layout (after a resize)
        map_cells(row_ranks([row.status for row in c.rows], conflict_rows(c)), layout.tops, layout.total, height)
        cells = time.perf_counter() - began
        for _ in range(60):
            await pilot.press("pagedown")
            await pilot.pause()
            began = time.perf_counter()
            diff_map.follow(app.comparison, layout, pane.top_line, height)
            updates.append(time.perf_counter() - began)
            began = time.perf_counter()
            for y in range(diff_map.size.height):
                diff_map.render_line(y)
            draws.append(time.perf_counter() - began)
    return cells, statistics.median(updates), statistics.median(draws)


def main() -> None:
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory() as tmp:
        old, new = make_pair(words, seed=words)
        paths = [Path(tmp, "a.txt"), Path(tmp, "b.txt")]
        paths[0].write_text(old, encoding="utf-8")
        paths[1].write_text(new, encoding="utf-8")
        with_map = asyncio.run(first_paint(paths))
        cells, update, draw = asyncio.run(map_costs(paths))
    print(f"{words:,}-word pair, 200x50: first paint {with_map:.2f} s with the map")
    print(f"map cells for a layout {cells * 1000:.1f} ms; per page-down: update {update * 1000:.2f} ms, "
          f"drawing {draw * 1000:.2f} ms (frame budget 8 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
