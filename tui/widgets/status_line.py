"""StatusLine: where the cursor is, what kind of row it is on, and the legend."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

LEGEND = "= same ~ changed + only here > moved"
RIGHT_MARGIN = 2
"""Columns left blank at the right: a notification covers the line but for these, where a letter of the
legend used to show through."""


class StatusLine(Widget):
    """One line at the bottom: position, row kind, sync and search state, legend. Repaints, never relayouts."""

    text: reactive[str] = reactive("", layout=False)

    def show(self, row: int, rows: int, status: str, extra: str = "") -> None:
        left = f" row {row + 1}/{rows} · {status}"
        if extra:
            left += f" · {extra}"
        self.text = left

    def render(self) -> Content:
        width = self.size.width or 80
        room = width - RIGHT_MARGIN
        gap = room - len(self.text) - len(LEGEND)
        line = self.text + (" " * gap + LEGEND if gap >= 2 else "")
        return Content(line[:room])
