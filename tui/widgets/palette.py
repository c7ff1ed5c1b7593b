"""Palette: Textual's command palette, with paging that cannot fail while its list is being filled."""

from __future__ import annotations

from textual.binding import Binding
from textual.command import CommandList, CommandPalette


class Palette(CommandPalette):
    """Textual's palette, its page keys made safe. In Textual 8.2.8 PageDown or PageUp pressed right after the
    palette opens, before its list has drawn the options just added, raises KeyError inside OptionList (its
    line index is built on the next draw); such a page key moves to the last or the first command instead."""

    BINDINGS = [
        Binding("pagedown", "page(1)", "Next page", show=False),
        Binding("pageup", "page(-1)", "Previous page", show=False),
    ]

    def action_page(self, step: int) -> None:
        commands = self.query_one(CommandList)
        try:
            commands.action_page_down() if step > 0 else commands.action_page_up()
        except KeyError:
            commands.action_last() if step > 0 else commands.action_first()
