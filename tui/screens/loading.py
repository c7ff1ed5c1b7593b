"""LoadingScreen: what shows while the first comparison is made (the versions, their length, the stage)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static


class LoadingScreen(Screen[None]):
    """The app's first screen; the reader replaces it when the comparison is ready."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(Content(self.text), id="loading")
        yield Footer()

    def show_stage(self, stage: str) -> None:
        self.query_one("#loading", Static).update(Content(f"{self.text}\n\n{stage}"))
