"""DiffMap: the difference map beside the panes (`tui.view.diffmap`), drawn with the line API."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from tui.view.diffmap import MAP_SIGNS


class DiffMap(Widget):
    """One column: a cell per slice of the comparison's lines; the slices on screen are marked."""

    DEFAULT_CSS = "DiffMap { width: 2; }"

    class Clicked(Message):
        """A cell was clicked: show the lines it stands for."""

        def __init__(self, cell: int) -> None:
            super().__init__()
            self.cell = cell

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cells: list[str] = []
        """The kind each cell shows (public: tests read it)."""
        self.on_screen: range = range(0)
        """The cells of the lines on screen."""

    def show(self, cells: list[str], on_screen: range) -> None:
        if cells != self.cells or on_screen != self.on_screen:
            self.cells, self.on_screen = cells, on_screen
            self.refresh()

    def render_line(self, y: int) -> Strip:
        kind = self.cells[y] if y < len(self.cells) else ""
        here = y in self.on_screen
        colour = {"conflict": "red", "changed": "yellow", "unique": "green", "moved": "cyan"}.get(kind)
        style = Style(color=colour, bold=kind == "conflict", reverse=here)
        mark = "▐" if here else " "
        return Strip([Segment(MAP_SIGNS.get(kind, " "), style), Segment(mark, Style(dim=True))], self.size.width)

    def on_click(self, event: events.Click) -> None:
        if self.cells:
            self.post_message(self.Clicked(min(event.y, len(self.cells) - 1)))
