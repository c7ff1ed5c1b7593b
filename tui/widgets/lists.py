"""Option lists whose page keys cannot fail while their options are being replaced.

In Textual 8.2.8 `OptionList` pages through a line index that is built when the list is next drawn, so
PageDown or PageUp pressed right after its options change (a dialog just opened, the facts replaced after a
new comparison, keys typed ahead) raises KeyError and ends the app. Here such a page key moves to the last
or the first option instead, as it would on a list shorter than a page."""

from __future__ import annotations

from textual.widgets import OptionList, SelectionList


def page(options: OptionList, step: int) -> None:
    """Page an option list down (step > 0) or up, safely (see the module's docstring)."""
    try:
        OptionList.action_page_down(options) if step > 0 else OptionList.action_page_up(options)
    except KeyError:
        options.action_last() if step > 0 else options.action_first()


class SafeOptionList(OptionList):
    def action_page_down(self) -> None:
        page(self, 1)

    def action_page_up(self) -> None:
        page(self, -1)


class SafeSelectionList(SelectionList[str]):
    def action_page_down(self) -> None:
        page(self, 1)

    def action_page_up(self) -> None:
        page(self, -1)
