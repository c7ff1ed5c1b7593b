"""Comparer: runs the app's comparisons in a thread, one at a time, each newer request cancelling the last.

The thread is a daemon of its own rather than a Textual thread worker: those run in asyncio's default
executor, which the app's shutdown waits for, so `q` during a long comparison waited for it to end. A
cancelled comparison stops at its next stage (or version being aligned) and frees what it made."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from textual.message import Message

from tui.core.folding import refold
from tui.core.load import Version
from tui.core.model import Comparison
from tui.core.normalise import ALL_FOLDINGS
from tui.core.pipeline import STAGES, compare
from tui.messages import ComparisonFailed, ComparisonProgress, ComparisonReady


class Cancelled(Exception):
    """Raised inside a comparison that a newer request (or quitting) replaced."""


class Comparer:
    """Starts comparisons and tells `post` how each goes, with its request number."""

    def __init__(self, post: Callable[[Message], object]) -> None:
        self._post = post
        self._cancel = threading.Event()
        self.request = 0
        """The latest request: messages of any other are stale."""

    def start(
        self,
        versions: Sequence[Version],
        base: int,
        threshold: float,
        in_order: bool,
        folding: frozenset[str] = ALL_FOLDINGS,
    ) -> int:
        """Compare the versions (then make the rows under `folding`)."""
        return self._run(
            lambda progress: refold(
                compare(versions, base=base, threshold=threshold, in_order=in_order, progress=progress), folding
            )
        )

    def refold(self, comparison: Comparison, folding: frozenset[str]) -> int:
        """The same comparison with its rows made under another folding (`folding.refold`)."""
        return self._run(lambda _progress: refold(comparison, folding))

    def _run(self, work: Callable[[Callable[[str], None]], Comparison]) -> int:
        self.cancel()
        self.request += 1
        request, cancel = self.request, threading.Event()
        self._cancel = cancel

        def progress(stage: str) -> None:
            if cancel.is_set():
                raise Cancelled
            self._post(ComparisonProgress(stage, request))

        def run() -> None:
            try:
                result = work(progress)
            except Cancelled:
                return
            except Exception as exc:
                self._post(ComparisonFailed(f"{type(exc).__name__}: {exc}", request))
                return
            if not cancel.is_set():
                self._post(ComparisonReady(result, request))

        threading.Thread(target=run, name=f"versus-compare-{request}", daemon=True).start()
        return request

    def cancel(self) -> None:
        """Stop the comparison under way, if any."""
        self._cancel.set()


def stages_text(stage: str) -> str:
    """The stages of a comparison, one a line, those done ticked and the one under way pointed at."""
    at = STAGES.index(stage) if stage in STAGES else 0
    return "\n".join(
        f"✓ {s:<17}" if i < at else f"▸ {s + '…':<17}" if i == at else f"  {s:<17}" for i, s in enumerate(STAGES)
    )
