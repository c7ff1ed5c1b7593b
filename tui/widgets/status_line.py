"""StatusLine: where the cursor is, what kind of row it is on, and the legend."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

LEGEND = "= same ~ changed + only here > moved"


class StatusLine(Static):
    """One line at the bottom: position, row kind, sync and search state, legend."""

    def show(self, row: int, rows: int, status: str, extra: str = "") -> None:
        left = f" row {row + 1}/{rows} · {status}"
        if extra:
            left += f" · {extra}"
        width = self.size.width or 80
        gap = width - len(left) - len(LEGEND) - 1
        text = left + (" " * gap + LEGEND if gap >= 2 else "")
        self.update(Content(text[:width]))
