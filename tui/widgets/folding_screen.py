"""FoldingScreen (`i`): which differences are ignored; space ticks one, enter or escape applies."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from tui.core.folding import DESCRIPTIONS
from tui.core.normalise import FOLDINGS
from tui.widgets.dialog import Dialog
from tui.widgets.lists import SafeSelectionList


class FoldingScreen(Dialog[frozenset[str]]):
    """A tick list of the foldings (`normalise.FOLDINGS`); closing it returns the ticked ones."""

    BINDINGS = [
        Binding("escape,enter,i,q", "done", "Apply and close", show=False, priority=True),
        Binding("space,x", "tick", "Tick or untick", show=False, priority=True),
    ]

    def __init__(self, folding: frozenset[str]) -> None:
        super().__init__()
        self.folding = folding

    def compose(self) -> ComposeResult:
        with Vertical(id="folding-box"):
            yield Static(Content("Ignore these differences (space ticks, enter applies)"), id="folding-title")
            yield SafeSelectionList(
                *((DESCRIPTIONS[name], name, name in self.folding) for name in FOLDINGS), id="folding-list"
            )

    def on_mount(self) -> None:
        self.query_one(SafeSelectionList).focus()

    @property
    def ticked(self) -> frozenset[str]:
        return frozenset(self.query_one(SafeSelectionList).selected)

    def action_tick(self) -> None:
        """Tick the highlighted folding at once (the list's own space posts a message first: enter typed right
        after it would apply the choice without that tick)."""
        ticks = self.query_one(SafeSelectionList)
        if ticks.highlighted is not None:
            ticks.toggle(ticks.get_option_at_index(ticks.highlighted).value)

    def action_done(self) -> None:
        self.dismiss(self.ticked)
