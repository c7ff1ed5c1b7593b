"""Helpers for Pilot tests: waiting for the comparison, and reading rows from what panes rendered."""

from __future__ import annotations

import re
from collections.abc import Callable

from textual import events
from textual.pilot import Pilot

from tui.app import VersusApp
from tui.core.textsafe import visible
from tui.widgets.article_pane import ArticlePane


async def ready(pilot: Pilot) -> VersusApp:
    """Wait until the worker has compared and the panes are laid out."""
    app = pilot.app
    assert isinstance(app, VersusApp)
    for _ in range(300):
        if app.is_settled:
            break
        await pilot.pause(0.02)
    await pilot.pause()
    layout = app.group.row_layout
    assert app.is_settled, (
        app.reader is not None,
        layout and layout.widths,
        [(p.version, p.text_width, p.row_layout is layout) for p in app.group.panes],
    )
    return app


def rendered_lines(pane: ArticlePane, folds: bool = False) -> list[str]:
    """The text of each line the pane shows now, gutter removed; fold lines blank unless `folds`."""
    height = pane.scrollable_content_region.height
    layout = pane.row_layout
    lines = []
    for y in range(height):
        place = layout.place(pane.top_line + y) if layout is not None else None
        if place is not None and place.fold is not None and not folds:
            lines.append("")
            continue
        lines.append(pane.render_line(y).text[pane.gutter_width :].rstrip())
    return lines


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", visible(text, newlines=False).replace("\u2424", " ")).strip()


def rows_of_line(app: VersusApp, pane: ArticlePane, line: str) -> set[int]:
    """The alignment rows whose cell in this pane's version contains the rendered line."""
    c = app.comparison
    assert c is not None
    needle = _squash(line)
    found = set()
    for r, row in enumerate(c.rows):
        cell = " ".join(_squash(c.sentence_text(pane.version, k)) for k in row.cells[pane.version])
        if needle and needle in cell:
            found.add(r)
    return found


def assert_level(app: VersusApp, require_overlap: bool = True) -> None:
    """On every screen line where two or more panes show text, that text belongs to one alignment row."""
    panes = app.group.panes
    screens = [rendered_lines(p) for p in panes]
    checked = 0
    for y in range(min(len(s) for s in screens)):
        candidate_sets = [rows_of_line(app, p, s[y]) for p, s in zip(panes, screens, strict=True) if s[y].strip()]
        if len(candidate_sets) < 2:
            continue
        assert all(candidate_sets), f"line {y}: text not found in its version"
        common = set.intersection(*candidate_sets)
        assert common, f"line {y}: panes show different rows {candidate_sets}"
        checked += 1
    assert checked > 0 or not require_overlap, "no line showed text in two panes"


def top_text_row(app: VersusApp, pane: ArticlePane) -> int:
    """The alignment row of the first line with text in the pane, read from what it rendered."""
    for line in rendered_lines(pane):
        if line.strip():
            rows = rows_of_line(app, pane, line)
            assert rows, f"rendered text not found: {line!r}"
            return min(rows)
    raise AssertionError("pane shows no text")


KEY_CHARACTERS = {
    "enter": "\r",
    "escape": "\x1b",
    "tab": "\t",
    "space": " ",
    "slash": "/",
    "question_mark": "?",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
}


def key_event(key: str) -> events.Key:
    """A key event as the terminal driver makes it, to post with no pause after (keys typed fast)."""
    return events.Key(key, KEY_CHARACTERS.get(key, key if len(key) == 1 else None))


async def until(pilot: Pilot, done: Callable[[], bool], seconds: float = 4.0) -> None:
    """Let the app work until `done()` holds (a comparison made in its thread), or the time is up."""
    for _ in range(int(seconds / 0.02)):
        if done():
            return
        await pilot.pause(0.02)
