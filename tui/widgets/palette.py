"""Palette: Textual's command palette, made safe against keys faster than it (Textual 8.2.8's races)."""

from __future__ import annotations

from textual.binding import Binding
from textual.command import CommandList, CommandPalette

from tui.widgets.dialog import ClosesOnce
from tui.widgets.lists import page


class Palette(ClosesOnce, CommandPalette):
    """Textual's palette, closing once (see `ClosesOnce`), its page keys made safe.

    Its page keys go through `lists.page` (PageDown right after it opens raised KeyError in Textual 8.2.8).
    And a palette closed while its commands were still being gathered has its list's visibility watched after
    its widgets are gone (NoMatches in the gathering worker): then there is nothing to show or hide."""

    BINDINGS = [
        Binding("pagedown", "page(1)", "Next page", show=False),
        Binding("pageup", "page(-1)", "Previous page", show=False),
    ]

    def action_page(self, step: int) -> None:
        for commands in self.query(CommandList):  # none once closed, keys still coming
            page(commands, step)

    def _watch__list_visible(self) -> None:  # Textual's own watcher, guarded: see the class's docstring
        if self.query(CommandList):
            super()._watch__list_visible()
