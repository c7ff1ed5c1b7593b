"""MatrixScreen: every pair of versions at once; choosing a cell shows that pair (the row's version the base)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import DataTable, Static

from tui.core.model import Comparison
from tui.core.textsafe import visible
from tui.view.summary import cell_text, detail_text
from tui.widgets.dialog import Dialog


class MatrixScreen(Dialog[tuple[int, int] | None]):
    """Rows and columns are the versions; enter shows the pair (row as base), escape closes."""

    BINDINGS = [Binding("escape,q,v", "dismiss(None)", "Close", show=False)]

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def compose(self) -> ComposeResult:
        c = self.comparison
        with Vertical(id="matrix-box"):
            yield Static(Content("Versions against each other (row's words found in column; ! conflicts)"))
            table: DataTable[str] = DataTable(id="matrix", cursor_type="cell", zebra_stripes=True)
            table.add_column("", key="label")
            for b in range(len(c.versions)):
                table.add_column(str(b + 1), key=str(b))
            for a, v in enumerate(c.versions):
                label = f"{a + 1} {visible(v.label, newlines=False)}"[:24]
                table.add_row(label, *(cell_text(c, a, b) for b in range(len(c.versions))), key=str(a))
            yield table
            yield Static(id="matrix-detail")
            yield Static(Content("enter: show this pair (the row's version as base)  escape: close"))

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=0, column=2 if len(self.comparison.versions) > 1 else 1)
        table.focus()

    @property
    def pair(self) -> tuple[int, int] | None:
        """The (row, column) versions under the cursor, None on the label column."""
        coordinate = self.query_one(DataTable).cursor_coordinate
        return (coordinate.row, coordinate.column - 1) if coordinate.column > 0 else None

    def on_data_table_cell_highlighted(self, _event: DataTable.CellHighlighted) -> None:
        pair = self.pair
        text = detail_text(self.comparison, *pair) if pair else ""
        self.query_one("#matrix-detail", Static).update(Content(text))

    def on_data_table_cell_selected(self, _event: DataTable.CellSelected) -> None:
        pair = self.pair
        if pair is not None and pair[0] != pair[1]:
            self.dismiss(pair)
