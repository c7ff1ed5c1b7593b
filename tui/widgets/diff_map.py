"""DiffMap: the difference map beside the panes (`tui.view.diffmap`), drawn with the line API."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from tui.core.model import Comparison
from tui.layout import RowLayout
from tui.view.diffmap import (
    MAP_SIGNS,
    cell_of_line,
    conflict_rows,
    first_line_of_cell,
    map_cells,
    next_block,
    row_ranks,
)


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
        self._key: tuple[object, ...] | None = None
        self._ranks: tuple[Comparison | None, list[int]] = (None, [])
        self._total = 0

    def follow(self, c: Comparison, layout: RowLayout, top: int, height: int) -> None:
        """Show the map of this layout, the lines from `top` for `height` marked as on screen; the cells are
        made once per layout and map height."""
        key = (layout, layout.revision, layout.total, self.size.height)  # the layout itself: an id may be reused
        cells = self.cells
        if key != self._key:
            self._key = key
            if self._ranks[0] is not c:
                self._ranks = (c, row_ranks([row.status for row in c.rows], conflict_rows(c)))
            cells = map_cells(self._ranks[1], layout.tops, layout.total, self.size.height)
        self._total = layout.total
        first = cell_of_line(top, layout.total, len(cells))
        last = cell_of_line(min(layout.total, top + max(1, height)) - 1, layout.total, len(cells))
        self.show(cells, range(first, last + 1))

    def line_of(self, cell: int) -> int:
        """The first line a cell stands for."""
        return min(self._total - 1, first_line_of_cell(cell, self._total, len(self.cells)))

    def next_block(self, step: int) -> int | None:
        """The first line of the next (step 1) or previous (-1) block of differences beyond the screen."""
        if not self.on_screen:
            return None
        target = next_block(self.cells, self.on_screen[-1] if step > 0 else self.on_screen[0], step)
        return None if target is None else self.line_of(target)

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
