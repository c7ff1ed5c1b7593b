"""A moved passage: shown level with the base, marked at its own place in its version, and `m` between."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.helpers import ready, rendered_lines
from tui.app import VersusApp
from tui.core.load import load_versions
from tui.core.pipeline import compare
from tui.layout import RowLayout
from tui.view.moves import moved_label, moved_places, own_place
from tui.widgets.status_line import StatusLine

PARAGRAPHS = [
    "The orchard cooperative met on Friday to count the season's harvest.",
    "Frost in April cost the growers nearly half of their early cherries.",
    "The new irrigation ponds kept the late apples from the summer drought.",
    "Members voted to spend 80,000 euros on a second cold store.",
    "Picking crews will be hired from the valley villages next year.",
    "The cooperative's open day is planned for the last week of September.",
]


@pytest.fixture
def moved_pair(tmp_path: Path) -> list[str]:
    """The second paragraph stands fifth in the copy."""
    base = tmp_path / "a.txt"
    base.write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")
    order = [0, 2, 3, 4, 1, 5]
    copy = tmp_path / "b.txt"
    copy.write_text("\n\n".join(PARAGRAPHS[i] for i in order) + "\n", encoding="utf-8")
    return [str(base), str(copy)]


def test_the_marker_goes_after_the_last_sentence_in_order_before_it(moved_pair: list[str]) -> None:
    c = compare(load_versions(moved_pair))
    moved = [r for r, row in enumerate(c.rows) if row.status == "moved"]
    assert len(moved) == 1 and c.rows[moved[0]].moved_in == {1}
    before = c.row_of[1][c.rows[moved[0]].cells[1][0] - 1]
    assert moved_places(c, 1) == {before: (moved[0],)}
    assert moved_places(c, 0) == {}
    assert own_place(c, moved[0], 1) == before
    assert "Frost in April cost the growers nearly half" in moved_label(c, moved[0], 1)


def test_the_marker_takes_a_line_in_the_layout(moved_pair: list[str]) -> None:
    c = compare(load_versions(moved_pair))
    (before,) = moved_places(c, 1)
    wide = RowLayout(c, [0, 1], [200, 200])
    assert wide.heights[before] == 2 + wide.gap_before[before]
    wide.settle_all()
    assert wide.heights[before] == 2 + wide.gap_before[before]
    alone = RowLayout(c, [0], [200])
    assert alone.heights[before] == 1 + alone.gap_before[before]


async def test_m_goes_to_the_marker_and_back(moved_pair: list[str], monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VERSUS_DATA_DIR", str(tmp_path / "data"))
    app = VersusApp(load_versions(moved_pair))
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        c = app.comparison
        moved = next(r for r, row in enumerate(c.rows) if row.status == "moved")
        (before,) = moved_places(c, 1)
        copy_pane = app.group.panes[1]
        lines = rendered_lines(copy_pane)
        at = next(n for n, line in enumerate(lines) if "here in this version" in line)
        assert "breakwater" not in lines[at] and "Picking crews" in " ".join(lines[at - 2 : at])
        assert not any("here in this version" in line for line in rendered_lines(app.group.panes[0]))
        await pilot.press("M")
        assert app.group.cursor_row == 0  # none before the top: it stays (and rings)
        await pilot.press("m")
        assert app.group.cursor_row == moved
        assert "out of order in 2: m shows where" in app.reader.query_one(StatusLine).text
        await pilot.press("m")
        assert app.group.cursor_row == before
        assert "a moved passage of 2 stands here" in app.reader.query_one(StatusLine).text
        assert copy_pane.row_layout.tops[before] <= copy_pane.top_line + at  # the marker line is on screen
        await pilot.press("m")
        assert app.group.cursor_row == moved
