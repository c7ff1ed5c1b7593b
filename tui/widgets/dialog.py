"""Dialog: the modal screen every dialog of the app is made from."""

from __future__ import annotations

from typing import TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

ResultT = TypeVar("ResultT")


class Dialog(ModalScreen[ResultT]):
    """A modal screen that closes once. Keys typed faster than a screen closes (enter, then F3 or enter
    again) reach it after its first dismissal; a second one would pop the screen under it, the reader."""

    def dismiss(self, result: ResultT | None = None) -> AwaitComplete:
        if not self.is_active:
            return AwaitComplete.nothing()
        return super().dismiss(result)
