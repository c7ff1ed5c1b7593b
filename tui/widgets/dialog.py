"""Screens that close once, and Dialog: the modal screen every dialog of the app is made from."""

from __future__ import annotations

from typing import Any, TypeVar

from textual.await_complete import AwaitComplete
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
