"""SyncedPanes: the panes of the pane group scrolling together so that aligned rows stay level, and the
cursor row that follows the reader. The one path of synced scrolling is `_pane_scrolled`: a pane the user
scrolled leads, and the group's own scrolls (`scroll_quietly`) lead nothing."""

from __future__ import annotations

from collections.abc import Iterable

from textual import on
from textual.containers import Horizontal
from textual.message import Message
from textual.reactive import var

from tui.layout import RowLayout
from tui.view.view_state import ViewState
from tui.widgets.article_pane import ArticlePane


class SyncedPanes(Horizontal):
    """The base of `PaneGroup`: its panes, the cursor, and scrolling them together over one row layout."""

    class Changed(Message):
        """The cursor, the screen or the layout moved: what follows them (status line, map) looks again."""

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, SyncedPanes.Changed)

    cursor_row: var[int] = var(0, init=False)
    """The row that marks, notes, copy and the status line act on."""
    linked: var[bool] = var(True, init=False)
    """Whether scrolling one pane scrolls the others."""

    view: ViewState
    row_layout: RowLayout | None
    anchor_row: int
    """The row kept at the top through relayouts; set by scrolling and jumps, read by layout."""
    _focus_slot: int

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.view.cursor_row = new
        for p in self.panes:
            p.refresh_rows((old, new))
        self.post_message(self.Changed())

    def watch_linked(self, linked: bool) -> None:
        pane = self.focused_pane
        if linked and pane is not None:
            self._sync_from(pane)
        self.post_message(self.Changed())

    @property
    def panes(self) -> list[ArticlePane]:
        """The panes shown now, left to right."""
        return [p for p in self.query(ArticlePane) if p.parent is not None and p.parent.display]

    @property
    def focused_pane(self) -> ArticlePane | None:
        panes = self.panes
        return panes[min(self.focus_slot, len(panes) - 1)] if panes else None

    @property
    def focus_slot(self) -> int:
        """The slot of the pane that b, u, 1-9 and the cursor act on; its column carries `-focused`, which
        reverses its header."""
        return self._focus_slot

    @focus_slot.setter
    def focus_slot(self, slot: int) -> None:
        self._focus_slot = slot
        for n, column in enumerate(self.query(".pane-column")):
            column.set_class(n == slot, "-focused")

    @on(ArticlePane.RowClicked)
    def _row_clicked(self, message: ArticlePane.RowClicked) -> None:
        message.stop()
        if message.pane in self.panes:
            self.focus_slot = self.panes.index(message.pane)
        self.cursor_row = message.row

    def on_descendant_focus(self) -> None:
        if isinstance(self.app.focused, ArticlePane) and self.app.focused in self.panes:
            self.focus_slot = self.panes.index(self.app.focused)

    def _restore_anchor(self) -> None:
        layout = self.row_layout
        if layout is None or not layout.heights:
            return
        y = layout.tops[min(self.anchor_row, len(layout.heights) - 1)]
        if any(p.top_line != y for p in self.panes):
            self._scroll_all(y)

    def _screen_height(self) -> int:
        return max([1, *(p.scrollable_content_region.height for p in self.panes)])

    def settle(self, rows: Iterable[int]) -> bool:
        """Give the rows on and around a screen whose top is in each of these rows their exact heights (the
        layout estimates the others); True when rows moved, and the panes then took the new total."""
        layout = self.row_layout
        if layout is None:
            return False
        height = self._screen_height()
        changed = False
        for row in rows:
            changed |= layout.settle(row, height, 2 * height)
        if changed:
            self._heights_moved()
        return changed

    def _heights_moved(self) -> None:
        for p in self.panes:
            p.heights_changed()

    def _settle_view(self) -> None:
        """Settle the rows around each pane's screen, keeping the row and line at its top where they are."""
        layout = self.row_layout
        if layout is None or not layout.total:
            return
        places = []
        for p in self.panes:
            row = layout.row_at(p.top_line)
            places.append((p, row, p.top_line - layout.tops[row]))
        if self.settle({row for _, row, _ in places}):
            for p, row, offset in places:
                y = layout.tops[row] + min(offset, max(0, layout.heights[row] - 1))
                if p.top_line != y:
                    p.scroll_quietly(y)

    # ----- synced scrolling: the one guarded path

    @on(ArticlePane.Scrolled)
    def _pane_scrolled(self, message: ArticlePane.Scrolled) -> None:
        """A pane the user scrolled leads; the group's own scrolls do not."""
        message.stop()
        layout = self.row_layout
        if layout is None or message.pane not in self.panes:
            return
        self._settle_view()
        if message.by_user:
            self.anchor_row = layout.row_at(message.pane.top_line)
            if self.linked:
                self._sync_from(message.pane)
            self._follow_cursor(message.pane)
        self.post_message(self.Changed())

    def _sync_from(self, leader: ArticlePane) -> None:
        """Move the other panes so that the leader's top line (its row, and the line within it) is theirs."""
        for pane in self.panes:
            if pane is not leader and pane.top_line != leader.top_line:
                pane.scroll_quietly(leader.top_line)

    def _scroll_all(self, y: int) -> None:
        for pane in self.panes:
            pane.scroll_quietly(y)

    def _follow_cursor(self, pane: ArticlePane) -> None:
        """Keep the cursor on screen: onto the top row when scrolling left it behind."""
        layout = self.row_layout
        assert layout is not None
        top = pane.top_line
        bottom = top + max(1, pane.scrollable_content_region.height) - 1
        r = self.cursor_row
        if not (layout.tops[r] <= bottom and layout.tops[r] + layout.heights[r] > top and layout.visible_in(r)):
            self.cursor_row = layout.row_at(top)

    # ----- moving

    def goto_row(self, row: int) -> None:
        """Put a row at the top of every pane and the cursor on it."""
        if self.row_layout is None or not 0 <= row < len(self.row_layout.heights):
            return
        self.cursor_row = row
        self.anchor_row = row
        self.settle([row])
        self._scroll_all(self.row_layout.tops[row])
        self.post_message(self.Changed())

    def scroll_focused(self, lines: int = 0, pages: int = 0) -> None:
        pane = self.focused_pane
        if pane is not None:
            step = max(1, pane.scrollable_content_region.height - 1)
            pane.scroll_to(y=pane.scroll_y + lines + pages * step, animate=False)

    def bottom(self) -> None:
        pane, layout = self.focused_pane, self.row_layout
        if pane is not None and layout is not None:
            if layout.settle(len(layout.heights) - 1, 2 * self._screen_height(), 1):  # the last screen
                self._heights_moved()
            pane.scroll_to(y=layout.total, animate=False)
            self.cursor_row = len(layout.heights) - 1

    def visible_rows(self) -> Iterable[int]:
        """The rows not folded away."""
        layout = self.row_layout
        return (r for r in range(len(layout.heights)) if layout.visible_in(r)) if layout is not None else ()

    def jump_to_rows(self, rows_by_version: dict[int, int]) -> bool:
        """Scroll every pane to its version's row (level when they all fit on one screen); False when no shown
        version has one."""
        layout = self.row_layout
        shown = {p.version: p for p in self.panes}
        targets = {v: r for v, r in rows_by_version.items() if v in shown}
        if layout is None or not targets:
            return False
        self.settle(targets.values())
        first = min(targets.values(), key=lambda r: layout.tops[r])
        last = max(targets.values(), key=lambda r: layout.tops[r])
        height = min(p.scrollable_content_region.height for p in self.panes)
        self.cursor_row = first
        self.anchor_row = first
        if layout.tops[last] + layout.heights[last] - layout.tops[first] <= height:
            self._scroll_all(layout.tops[first])
        else:
            for v, pane in shown.items():
                pane.scroll_quietly(layout.tops[targets.get(v, first)])
        self.post_message(self.Changed())
        return True
