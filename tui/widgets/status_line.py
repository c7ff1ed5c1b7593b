"""StatusLine: where the cursor is, what kind of row it is on, and the legend."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

LEGEND = "= same ~ changed + only here > moved"


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
        gap = width - len(self.text) - len(LEGEND) - 1
        line = self.text + (" " * gap + LEGEND if gap >= 2 else "")
        return Content(line[:width])
