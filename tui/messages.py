"""Messages the comparison thread sends the app; each names the request it answers."""

from __future__ import annotations

from textual.message import Message

from tui.core.model import Comparison


class ComparisonReady(Message):
    """A comparison is done: the app shows it if it answers the latest request."""

    def __init__(self, comparison: Comparison, request: int = 0) -> None:
        super().__init__()
        self.comparison = comparison
        self.request = request


class ComparisonFailed(Message):
    def __init__(self, error: str, request: int = 0) -> None:
        super().__init__()
        self.error = error
        self.request = request


class ComparisonProgress(Message):
    """A comparison began one of its stages (`tui.core.pipeline.STAGES`)."""

    def __init__(self, stage: str, request: int = 0) -> None:
        super().__init__()
        self.stage = stage
        self.request = request


class CompareAgain(Message):
    """The reader asks for the comparison made again on another base (b, the matrix), then `show_next` shown
    beside it."""

    def __init__(self, base: int, show_next: int | None = None) -> None:
        super().__init__()
        self.base = base
        self.show_next = show_next


class Refold(Message):
    """The reader asks for the rows made again under another folding (i, the palette)."""

    def __init__(self, folding: frozenset[str]) -> None:
        super().__init__()
        self.folding = folding
