"""Screens that close once; Dialog, the modal screen every dialog of the app is made from; ScrollingDialog."""

from __future__ import annotations

from typing import Any, TypeVar

from textual.await_complete import AwaitComplete
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen

ResultT = TypeVar("ResultT")


class ClosesOnce:
    """Mixed into a screen: it closes once. Keys typed faster than a screen closes (enter, then F3 or enter
    again) reach it after its first dismissal; a second one would pop the screen under it, the reader."""

    def dismiss(self, result: Any = None) -> AwaitComplete:
        if not self.is_active:  # type: ignore[attr-defined]
            return AwaitComplete.nothing()
        return super().dismiss(result)  # type: ignore[misc]


class Dialog(ClosesOnce, ModalScreen[ResultT]):
    """A modal screen of the app."""


class ScrollingDialog(Dialog[None]):
    """A dialog of text in a `VerticalScroll`: j and k, the page keys, g and G scroll it."""

    BINDINGS = [
        Binding("j,down", "scroll(1)", "Scroll down", show=False),
        Binding("k,up", "scroll(-1)", "Scroll up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "page(-1000)", "Top", show=False),
        Binding("G,end", "page(1000)", "End", show=False),
    ]

    def action_scroll(self, lines: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_page(self, pages: int) -> None:
        box = self.query_one(VerticalScroll)
        box.scroll_relative(y=pages * max(1, box.scrollable_content_region.height - 1), animate=False)
