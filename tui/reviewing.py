"""ReviewKeeper: the review session's marks and notes, and when and how they are saved (`tui.session` holds
the file format). No Textual: what it has to tell the user goes through `say`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tui import session
from tui.core.load import Version
from tui.core.model import Comparison
from tui.core.textsafe import visible
from tui.session import Review

Say = Callable[..., object]
"""`say(message, severity="information", timeout=None)`: tell the user one line (the app's `notify`)."""


class ReviewKeeper:
    """Reads the saved session for a set of versions, keeps the review, and saves it after each change; a
    session that cannot be read is set aside, never written over, and a failed save is said once."""

    def __init__(self, versions: Sequence[Version], remember: bool, say: Say) -> None:
        self.remember = remember
        """Save and resume the review session (marks, notes, base, position) in the user data directory."""
        self.review = Review()
        self.stored: dict[str, Any] = {}
        """What the saved session held (base, folding, entries), or nothing."""
        self.position_dirty = False
        """The cursor moved since the last save: the position is saved every few seconds and on quitting."""
        self._say = say
        self._pending: list[str] = []
        if remember:
            self._read(versions)

    def _read(self, versions: Sequence[Version]) -> None:
        stored = session.read(versions)
        self.stored = stored.data or {}
        if stored.problem is None or stored.path is None:
            return
        try:
            aside = session.set_aside(stored.path)
        except OSError as exc:
            self.remember = False
            reason = visible(str(exc.strerror or exc), newlines=False)
            self._pending.append(
                f"Your saved session {stored.path} could not be read ({stored.problem}) nor set aside ({reason}):"
                " this session will not be saved; e exports your notes."
            )
            return
        self._pending.append(
            f"Your saved session could not be read ({stored.problem}): kept as {aside}; a new one begins."
        )

    def resume(self, c: Comparison) -> int:
        """Take up the saved review on the first comparison; the row to put the cursor on."""
        if self.remember:
            self.review = session.resume(c, self.stored)
        self.review.messages[:0] = self._pending  # what became of the saved session, said first
        self._pending = []
        for line in self.review.messages:
            self._say(line, timeout=6)
        return min(self.review.cursor_row, max(0, len(c.rows) - 1))

    def rebind(self, old: Comparison, new: Comparison, rows: Sequence[int]) -> list[int]:
        """The same passages in a comparison made again (rows numbered anew): the marks follow, and so do
        these rows of the old one (the cursor, the top row), returned as rows of the new one."""
        index = session.hash_index(new)
        self.review.rebind(new, index)
        self.position_dirty = True
        return [session.find_row(new, session.row_hashes(old, r), r, index) for r in rows]

    def signs(self) -> dict[int, str]:
        """Row -> the gutter's review sign: "*" marked, "¶" with a note."""
        return {r: "¶" if e.note.strip() else "*" for r, e in self.review.entries.items()}

    def toggle_mark(self, c: Comparison, row: int) -> bool:
        marked = self.review.toggle_mark(c, row)
        self.save(c, row)
        return marked

    def set_note(self, c: Comparison, note_on: Comparison, row: int, text: str) -> None:
        """Put a note typed on a row of `note_on` on its row of `c`: the row holding the same passage, when
        the comparison was made again (b, i) while it was typed."""
        if note_on is not c:
            row = session.find_row(c, session.row_hashes(note_on, row), row)
        self.review.set_note(c, row, text)
        self.save(c, row)

    def save(self, c: Comparison, cursor_row: int) -> None:
        """Save the session now; another window's saved marks are taken in first."""
        self.position_dirty = False
        if not self.remember:
            return
        try:
            saved = session.save(c, self.review, cursor_row)
        except OSError as exc:
            reason = visible(str(exc.strerror or exc), newlines=False)
            self._say(f"Session not saved ({reason}); e exports your notes.", severity="warning")
            self.remember = False  # said once; the review goes on in memory
            return
        if self.review.merged:
            self._say(f"Took in {self.review.merged} mark(s) or note(s) saved by another Versus window.", timeout=4)
        if saved is None and self.review.entries:
            self._say(
                "This session cannot be saved: a version is standard input or its file was moved away;"
                " e exports your notes.",
                severity="warning",
            )
            self.remember = False  # said once
