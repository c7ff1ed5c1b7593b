"""PaneGroup: the shown versions side by side. It owns the columns, the row layout, the row kept at the top
through relayouts, synced scrolling and the cursor; what the panes share to draw is its reactives."""

from __future__ import annotations

import re

from textual import on
from textual.containers import Vertical
from textual.content import Content
from textual.reactive import var
from textual.widgets import Input, Static

from tui.core.dates import shown
from tui.core.model import Comparison
from tui.core.textsafe import visible
from tui.layout import RowLayout, fold_runs
from tui.view.view_state import ViewState
from tui.widgets.article_pane import ArticlePane
from tui.widgets.synced_panes import SyncedPanes

MIN_PANE_WIDTH = 40
EAGER_ROWS = 1000
"""Up to this many rows, a layout wraps every row at once (a few ms): the scrollbar is exact from the start.
Longer comparisons estimate heights and wrap what is on and near the screen."""


def pane_header(c: Comparison, v: int, numbered: bool) -> Content:
    """A pane's header: "k/N", the label, then date, share and length (cut first where the column is narrow);
    `numbered` puts the presence strip's column numbers before it."""
    version = c.versions[v]
    label = visible(version.label, newlines=False)
    when = [shown(version.date)] if version.date else []
    shared = ["base"] if v == c.base else [f"{c.similarity[v][c.base]:.0%} shared"]
    tail = " · ".join([*when, *shared, f"{c.word_count(v):,} words"])
    head = Content.assemble((f"{v + 1}/{len(c.versions)} ", "bold"), (label, "bold"), "  ", (tail, "dim"))
    if numbered:
        numbers = "".join(str((w + 1) % 10) for w in range(len(c.versions)))
        return Content.assemble((numbers + " ", "dim"), head)
    return head


class PaneGroup(SyncedPanes):
    """One column (header and pane) per shown version; the base is always first."""

    diff_only: var[bool] = var(False, init=False)
    """Fold runs of identical rows."""
    boilerplate_open: var[bool] = var(False, init=False)
    """Show site furniture unfolded."""
    search: var[re.Pattern[str] | None] = var(None, init=False)
    selected_figures: var[frozenset[int]] = var(frozenset(), init=False)
    marks: var[dict[int, str]] = var(dict, init=False)
    """Row -> the gutter's review sign."""

    def __init__(self, comparison: Comparison, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.comparison = comparison
        self.view = ViewState(comparison)
        self.row_layout: RowLayout | None = None
        self.slots: list[int] = []
        """The version in each shown column, left to right."""
        self.other_offset = 0
        """Which of the other versions come first after the base (tab moves it)."""
        self.anchor_row = 0
        self._focus_slot = 0
        self._relayout_pending = False

    # ----- the reactives: each watcher refreshes what it changes

    def watch_search(self, pattern: re.Pattern[str] | None) -> None:
        self.view.search = pattern
        self._redraw()

    def watch_selected_figures(self, ids: frozenset[int]) -> None:
        self.view.selected_figures = ids
        self._redraw()

    def watch_marks(self, marks: dict[int, str]) -> None:
        self.view.marks = marks
        self._redraw()

    def watch_diff_only(self) -> None:
        self.relayout()

    def watch_boilerplate_open(self) -> None:
        self.relayout()

    def _redraw(self) -> None:
        self.view.touch()
        for p in self.panes:
            p.refresh()

    # ----- columns

    def show(self, comparison: Comparison, cursor_row: int, anchor_row: int) -> None:
        """Draw another comparison of the same versions (made again on a new base or folding); the search and
        the selected figures go, being the old rows'."""
        self.comparison = comparison
        self.view = ViewState(comparison, cursor_row=cursor_row, marks=self.marks)
        self.set_reactive(PaneGroup.cursor_row, cursor_row)
        self.set_reactive(PaneGroup.search, None)
        self.set_reactive(PaneGroup.selected_figures, frozenset())
        self.anchor_row = anchor_row
        self.slots = []  # the columns are shown again by the next `show_columns`

    def pane_count(self, room: int) -> int:
        return max(1, min(len(self.comparison.versions), room // MIN_PANE_WIDTH))

    def choose_slots(self, room: int) -> list[int]:
        c = self.comparison
        others = [v for v in range(len(c.versions)) if v != c.base]
        if not others:
            return [c.base]
        self.other_offset %= len(others)
        k = min(self.pane_count(room) - 1, len(others))
        return [c.base, *(others[(self.other_offset + i) % len(others)] for i in range(k))]

    async def show_columns(self, room: int, force: bool = False) -> None:
        """Show one pane per slot for `room` columns: columns are mounted once, then shown, hidden and given
        versions. Nothing is done when the slots stay the same, unless `force`."""
        slots = self.choose_slots(room)
        if slots == self.slots and not force:
            return
        self.slots = slots
        columns = list(self.query(".pane-column").results(Vertical))
        if len(columns) < len(slots):
            new = [
                Vertical(
                    Static("", classes="pane-header"),
                    ArticlePane(self.view, v, id=f"pane-{len(columns) + i}"),
                    classes="pane-column",
                )
                for i, v in enumerate(slots[len(columns) :])
            ]
            await self.mount_all(new)
            columns += new
        everyone = tuple(range(len(self.comparison.versions)))
        some_hidden = len(slots) < len(everyone)
        for slot, column in enumerate(columns):
            column.display = slot < len(slots)
            if slot < len(slots):
                pane = column.query_one(ArticlePane)
                pane.set_view(self.view)
                pane.show_version(slots[slot])
                pane.show_presence(everyone if slot == 0 and some_hidden else ())
                header = pane_header(self.comparison, slots[slot], slot == 0 and some_hidden)
                column.query_one(".pane-header", Static).update(header)
        self.focus_slot = min(self.focus_slot, len(slots) - 1)
        self.relayout()
        focused = self.screen.focused
        pane = self.focused_pane
        if pane is not None and not (isinstance(focused, Input) and focused.display):  # never while typing
            pane.focus()

    def slot_for(self, v: int, slot: int) -> None:
        """Choose the other versions so that version v is in `slot` (from 1), the next `show_columns` shows it."""
        others = [o for o in range(len(self.comparison.versions)) if o != self.comparison.base]
        self.other_offset = others.index(v) - (max(1, slot) - 1)

    # ----- layout: one path

    @property
    def is_settled(self) -> bool:
        """Laid out for the panes' current widths with no relayout pending."""
        layout = self.row_layout
        return (
            layout is not None
            and not self._relayout_pending
            and bool(self.panes)
            and all(p.row_layout is layout and layout.widths.get(p.version) == p.text_width for p in self.panes)
        )

    def relayout(self) -> None:
        """Lay the rows out again for the panes' current widths, keeping the anchor row at the top."""
        panes = self.panes
        if not panes:
            return
        if any(p.size.width == 0 for p in panes):
            self._schedule_relayout()
            return
        c = self.comparison
        shown = [p.version for p in panes]
        folds = fold_runs(c, shown, same=self.diff_only, boilerplate=not self.boilerplate_open)
        words = self.row_layout.cell_words if self.row_layout is not None else None
        self.row_layout = RowLayout(c, shown, [p.text_width for p in panes], folds, words)
        self.anchor_row = min(self.anchor_row, len(c.rows) - 1) if c.rows else 0
        if len(c.rows) <= EAGER_ROWS:
            self.row_layout.settle_all()
        else:
            self.row_layout.settle(self.anchor_row, self._screen_height(), 2 * self._screen_height())
        self.view.shown_versions = frozenset(shown)
        self.view.touch()
        for p in panes:
            p.set_layout(self.row_layout)
        self._restore_anchor()
        # A new pane may clamp the scroll until its virtual size is applied: put the anchor back after that,
        # or lay out again if a pane's width changed in between (a resize that raced this layout).
        self.call_after_refresh(self._verify_layout)
        self.post_message(self.Changed())

    def _verify_layout(self) -> None:
        layout = self.row_layout
        if layout is not None and any(layout.widths.get(p.version) != p.text_width for p in self.panes if p.size.width):
            self._schedule_relayout()
        else:
            self._restore_anchor()

    def _schedule_relayout(self) -> None:
        """Lay out once after the next refresh, however many resizes come before it."""
        if not self._relayout_pending:
            self._relayout_pending = True
            self.call_after_refresh(self._run_scheduled)

    def _run_scheduled(self) -> None:
        self._relayout_pending = False
        self.relayout()

    @on(ArticlePane.Resized)
    def _pane_resized(self, message: ArticlePane.Resized) -> None:
        message.stop()
        self._schedule_relayout()

    @on(ArticlePane.HeightsChanged)
    def _heights_changed(self, message: ArticlePane.HeightsChanged) -> None:
        message.stop()
        self._heights_moved()
