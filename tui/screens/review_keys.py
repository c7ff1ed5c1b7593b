"""ReviewKeys: the reader's keys for the review (x marks, a notes, F3 lists them) and for taking text out of
Versus (y copies a passage, e exports the report)."""

from __future__ import annotations

from pathlib import Path

from textual.screen import Screen

from tui import session
from tui.core.model import Comparison
from tui.core.textsafe import visible
from tui.reviewing import ReviewKeeper
from tui.widgets.pane_group import PaneGroup
from tui.widgets.review_screens import NoteScreen, ReviewListScreen


class ReviewKeys(Screen[None]):
    """Part of `ReaderScreen`: marks, notes, copy and export."""

    comparison: Comparison
    group: PaneGroup
    keeper: ReviewKeeper

    def action_mark(self) -> None:
        row = self.group.cursor_row
        marked = self.keeper.toggle_mark(self.comparison, row)
        self.group.marks = self.keeper.signs()
        self.notify(f"Row {row + 1} marked." if marked else f"Row {row + 1} unmarked.", markup=False, timeout=2)

    def action_note(self) -> None:
        c, row = self.comparison, self.group.cursor_row
        current = self.keeper.review.entries.get(row)
        note = NoteScreen(row, session.excerpt(c, row), current.note if current else "")
        self.app.push_screen(note, lambda text: self.keep_note(c, row, text))

    def keep_note(self, c: Comparison, row: int, text: str | None) -> None:
        """Keep a note typed on a row of `c` (on the same passage's row if the comparison was made again)."""
        if text is not None:
            self.keeper.set_note(self.comparison, c, row, text)
            self.group.marks = self.keeper.signs()

    def action_review_list(self) -> None:
        def chosen(row: int | None) -> None:
            if row is not None and row < len(self.comparison.rows):
                self.group.goto_row(row)

        review = self.keeper.review
        self.app.push_screen(ReviewListScreen(dict(review.entries), list(review.orphans)), chosen)

    def action_copy(self) -> None:
        """Copy the passage under the cursor, as the focused pane's version has it, through the terminal (OSC 52:
        works over SSH in terminals that allow it)."""
        pane, c, r = self.group.focused_pane, self.comparison, self.group.cursor_row
        if pane is None or not c.rows:
            return
        row = c.rows[r]
        v = pane.version if row.cells[pane.version] else row.reference
        text = " ".join(" ".join(c.sentence_text(v, k).split()) for k in row.cells[v])
        self.app.copy_to_clipboard(visible(text))  # control characters never reach the clipboard
        self.notify(f"Copied row {r + 1} of version {v + 1} ({len(text):,} characters).", markup=False)

    def action_export(self) -> None:
        """Write the Markdown report next to where Versus was started, under a name not yet taken."""
        from tui.export import export

        path, n = Path("versus-report.md"), 2
        while path.exists():
            path, n = Path(f"versus-report-{n}.md"), n + 1
        review = self.keeper.review
        try:
            export(self.comparison, str(path), review.notes, review.marks, review.lost())
        except Exception as exc:
            self.notify(visible(str(exc), newlines=False), title="Export failed", severity="error", markup=False)
            return
        self.notify(f"Report written to {path}", markup=False)
