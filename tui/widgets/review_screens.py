"""The note editor (`a`) and the list of marks and notes (F3)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option

from tui.session import Entry, one_line
from tui.widgets.dialog import Dialog
from tui.widgets.lists import SafeOptionList


class NoteScreen(Dialog[str]):
    """A multi-line note on one row. Escape, ctrl+s or F2 close it and keep the text: nothing typed is lost;
    to remove a note, clear its text."""

    BINDINGS = [Binding("escape,ctrl+s,f2", "done", "Keep the note and close", show=False, priority=True)]

    def __init__(self, row: int, excerpt: str, note: str) -> None:
        super().__init__()
        self.row = row
        self.excerpt = excerpt
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Static(Content.assemble((f"Note on row {self.row + 1}: ", "bold"), self.excerpt), id="note-title")
            yield TextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Static(Content("escape, ctrl+s or F2: keep and close · clear the text to remove"), id="note-help")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    @property
    def text(self) -> str:
        """The note as typed so far."""
        return self.query_one(TextArea).text

    def action_done(self) -> None:
        self.dismiss(self.text)


class ReviewListScreen(Dialog[int | None]):
    """Every marked or noted row, in reading order; enter jumps to one. Passages no longer found are
    listed after them (they cannot be jumped to, but their notes are kept)."""

    BINDINGS = [Binding("escape,q,f3", "close", "Close", show=False)]

    def __init__(self, entries: dict[int, Entry], orphans: list[Entry]) -> None:
        super().__init__()
        self.entries = entries
        self.orphans = orphans

    def compose(self) -> ComposeResult:
        count = len(self.entries)
        with Vertical(id="review-box"):
            yield Static(Content(f"Marks and notes ({count}) · enter jumps · escape closes"), id="review-title")
            yield SafeOptionList(*self._options(), id="review-list")

    def _options(self) -> list[Option]:
        options = []
        for row, e in sorted(self.entries.items()):
            sign = "¶" if e.note.strip() else "*"
            text = Content.assemble((f"{sign} row {row + 1} ", "bold"), e.excerpt)
            if e.note.strip():
                note = one_line(e.note)
                text = Content.assemble(text, "\n   ", (note, "italic"))
            options.append(Option(text, id=f"row-{row}"))
        if not options:
            options.append(Option(Content("No marks or notes yet: x marks a row, a adds a note."), disabled=True))
        for e in self.orphans:
            text = Content.assemble(("not found now: ", "dim"), e.excerpt, "\n   ", one_line(e.note))
            options.append(Option(text, disabled=True))
        return options

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id and event.option.id.startswith("row-"):
            self.dismiss(int(event.option.id[4:]))

    def action_close(self) -> None:
        self.dismiss(None)
