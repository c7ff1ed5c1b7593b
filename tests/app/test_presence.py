"""Versions in no pane are still seen: the presence strip, and the status line naming a hidden difference."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.app.helpers import ready
from tests.conftest import SAMPLE_FILES
from tui.app import VersusApp
from tui.core.load import load_versions
from tui.view.signs import presence_sign
from tui.widgets.article_pane import GUTTER
from tui.widgets.status_line import StatusLine


def strip_of_row(app: VersusApp, row: int) -> str | None:
    """The presence signs the first pane draws on a row's first line, if it is on screen."""
    pane = app.group.panes[0]
    layout = pane.row_layout
    for y in range(pane.scrollable_content_region.height):
        place = layout.place(pane.top_line + y)
        if place is not None and place.row == row and place.line == 0 and not place.gap and place.fold is None:
            return pane.render_line(y).text[: len(pane.presence)]
    return None


async def test_with_versions_in_no_pane_the_first_pane_shows_every_version_per_row(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VERSUS_DATA_DIR", str(tmp_path))
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        c = app.comparison
        assert len(app.group.panes) < len(c.versions)
        first, second = app.group.panes[0], app.group.panes[1]
        assert first.presence == tuple(range(len(c.versions))) and second.presence == ()
        assert first.gutter_width == GUTTER + len(c.versions) + 1
        header = app.reader.query(".pane-header").results(Static).__next__()
        assert str(header.render()).startswith("12345 1/5")
        checked = 0
        for _ in range(4):
            for r in range(len(c.rows)):
                drawn = strip_of_row(app, r)
                if drawn is not None:
                    assert drawn == "".join(presence_sign(c, r, v)[0] for v in first.presence)
                    checked += 1
            await pilot.press("pagedown")
        assert checked >= 8
        await pilot.press("1")  # fewer versions than panes need not change anything: still some hidden
        await pilot.resize_terminal(240, 50)
        await ready(pilot)
        if len(app.group.panes) == len(c.versions):
            assert all(p.presence == () for p in app.group.panes)


async def test_with_every_version_shown_there_is_no_strip(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VERSUS_DATA_DIR", str(tmp_path))
    app = VersusApp(load_versions(SAMPLE_FILES[:2]))
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        assert [p.presence for p in app.group.panes] == [(), ()]
        assert app.group.panes[0].gutter_width == GUTTER


async def test_every_difference_n_stops_at_is_explained_on_screen(monkeypatch, tmp_path: Path) -> None:
    """Five versions at 80x24, two panes: at each stop, the strip shows which versions differ, and when none
    of the shown panes does, the status line names the version that does."""
    monkeypatch.setenv("VERSUS_DATA_DIR", str(tmp_path))
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        c = app.comparison
        stops = 0
        while True:
            before = app.group.cursor_row
            await pilot.press("n")
            r = app.group.cursor_row
            if r == before:
                break
            stops += 1
            drawn = strip_of_row(app, r)
            assert drawn is not None, r
            assert set(drawn) - {"="}, (r, drawn)  # some version is not as the base
            shown = app.group.slots
            differs_shown = any(
                presence_sign(c, r, v)[0] != "=" for v in shown if c.rows[r].cells[v] or c.rows[r].cells[c.base]
            )
            status = app.reader.query_one(StatusLine).text
            if not differs_shown:
                assert "not shown" in status, (r, status)
        assert stops >= 10
