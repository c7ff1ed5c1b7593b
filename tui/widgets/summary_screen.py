"""SummaryScreen: what changed in each version (`tui.view.summary`), over the reading view."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui.core.model import Comparison
from tui.view.summary import change_lines
from tui.widgets.dialog import ScrollingDialog


class SummaryScreen(ScrollingDialog):
    """The change summary; escape, q or w closes it, j/k and the page keys scroll it."""

    BINDINGS = [Binding("escape,q,w", "dismiss", "Close", show=False)]

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.lines = change_lines(comparison)
        """The summary as shown (tests read it)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="summary-box"):
            text = "\n".join(["What changed", "", *self.lines, "", "Press escape to close."])
            yield Static(Content(text), id="summary-text")
