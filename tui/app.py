"""VersusApp: versions side by side, aligned rows level, differences and facts highlighted."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from textual import events, on
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from tui import session
from tui.comparing import Comparer, stages_text
from tui.core.folding import DESCRIPTIONS, folding_text
from tui.core.load import Version
from tui.core.model import Comparison
from tui.core.normalise import ALL_FOLDINGS, FOLDINGS
from tui.core.textsafe import visible
from tui.core.thresholds import DEFAULT_THRESHOLD
from tui.keys import KEYS
from tui.layout import RowLayout, fold_runs
from tui.messages import ComparisonFailed, ComparisonProgress, ComparisonReady
from tui.session import Review
from tui.themes import MONO
from tui.view.diffmap import cell_of_line, conflict_rows, first_line_of_cell, map_cells, next_block, row_ranks
from tui.view.moves import own_place
from tui.view.navigation import difference_rows, moved_rows, next_row, search_pattern, search_rows, unique_rows
from tui.view.notes import fact_note, hidden_note, moved_note
from tui.view.signs import differing_version
from tui.widgets.article_pane import ArticlePane, ViewState
from tui.widgets.diff_map import DiffMap
from tui.widgets.facts_sidebar import FactsSidebar
from tui.widgets.folding_screen import FoldingScreen
from tui.widgets.help_screen import HelpScreen
from tui.widgets.matrix_screen import MatrixScreen
from tui.widgets.palette import Palette
from tui.widgets.review_screens import NoteScreen, ReviewListScreen
from tui.widgets.status_line import StatusLine
from tui.widgets.summary_screen import SummaryScreen

MIN_PANE_WIDTH = 40
FACTS_MIN_WIDTH = 110
"""The facts sidebar is shown from this many columns (until `f` chooses)."""
MAP_MIN_WIDTH = 100
"""The difference map is shown from the start where the terminal is at least this wide (z toggles it)."""
SIDEBAR_WIDTH = 32


def _css_path() -> list[Path]:
    here = Path(__file__).resolve().parent
    for candidate in (here / "styles" / "versus.tcss", here.parent / "styles" / "versus.tcss"):
        if candidate.exists():
            return [candidate]
    return []


EAGER_ROWS = 1000
"""Up to this many rows, a layout wraps every row at once (a few ms): the scrollbar is exact from the start.
Longer comparisons estimate heights and wrap what is on and near the screen."""


class VersusApp(App[None]):
    """The reading app. It only renders the comparison model; nothing is recomputed here but on `b`."""

    TITLE = "Versus"
    CSS_PATH = _css_path()
    BINDINGS = [
        Binding(
            k.keys,
            k.action,
            k.short or k.description,
            show=k.show,
            priority=k.priority,
            id=k.binding_id,
            tooltip=k.description,
        )
        for k in KEYS
    ]

    def __init__(
        self,
        versions: Sequence[Version],
        base: int = 0,
        threshold: float = DEFAULT_THRESHOLD,
        comparison: Comparison | None = None,
        *,
        remember: bool = False,
        base_given: bool = True,
        in_order: bool = False,
        folding: frozenset[str] | None = None,
        keymap: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.user_keymap = dict(keymap or {})
        """Binding id -> keys, from the user's `keymap.toml` (`tui.keymap`)."""
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
        self.in_order = in_order
        self._show_next: int | None = None
        """The version to show beside the base once the comparison in progress is ready (the matrix)."""
        """The versions come oldest first (`--in-order`): later values of a count in progress are updates."""
        self.versions = list(versions)
        self.base = base
        self.remember = remember
        """Save and resume the review session (marks, notes, base, position) in the user data directory."""
        self._stored: dict[str, Any] | None = None
        self._session_says: list[str] = []
        """What to say once about the session file when the comparison is shown (one could not be read)."""
        if remember:
            self._read_session()
        saved_base = self._stored.get("base") if self._stored else None
        if not base_given and isinstance(saved_base, int) and 0 <= saved_base < len(self.versions):
            self.base = saved_base
        saved_folding = self._stored.get("folding") if self._stored else None
        if folding is None and isinstance(saved_folding, list):
            folding = frozenset(name for name in saved_folding if name in FOLDINGS)
        self.folding = ALL_FOLDINGS if folding is None else folding
        """The differences ignored (`--fold`, `i`, the session's choice)."""
        self.review = Review()
        self._position_dirty = False
        self.threshold = threshold
        self.comparison: Comparison | None = None
        self.view: ViewState | None = None
        self.row_layout: RowLayout | None = None
        self.linked = True
        self.show_facts: bool | None = None
        self._jumped_fact: int | None = None
        """The fact last jumped to (c, p, enter): the status line says who states what on its rows."""
        self._facts_chosen = False
        """Whether `f` chose to show or hide the sidebar; until then the width decides, on every resize."""
        self._map_chosen = False
        """The same for the difference map and `z`."""
        self.show_map: bool | None = None
        """Whether the difference map is shown (None: decided by the width at the first comparison)."""
        self._map_key: tuple[object, ...] | None = None
        self._map: list[str] = []
        self._map_ranks: tuple[Comparison | None, list[int]] = (None, [])
        self.slots: list[int] = []
        self.other_offset = 0
        self._focus_slot = 0
        self.search_rows: list[int] = []
        self.search_term = ""
        self._moved_from: int | None = None
        self._precomputed = comparison
        self.comparer = Comparer(self.post_message)
        self._loading_text = ""
        self._relayout_pending = False
        self._relayout_retries = 0
        self.diff_only = False
        self.boilerplate_open = False
        self.anchor_row = 0
        """The row kept at the top through relayouts; set by scrolling and jumps, read by layout."""

    # ----- composition and the worker

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield Horizontal(id="panes")
            yield DiffMap(id="diffmap")
            yield FactsSidebar(id="facts")
        yield Input(placeholder="search all versions", id="search")
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        words = sum(len(v.text.split()) for v in self.versions)
        self._loading_text = f"Comparing {len(self.versions)} versions ({words:,} words)…"
        self.query_one("#panes", Horizontal).mount(Static(Content(self._loading_text), id="loading"))
        self.query_one("#search", Input).display = False
        # A safety net for resizes that race a layout: a cheap check, a few times a second.
        self.set_interval(0.25, self._check_layout)
        self.set_interval(2.0, self._save_position)
        self.register_theme(MONO)
        theme = MONO.name if self.no_color else session.read_settings().get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        if not self.no_color:
            self.theme_changed_signal.subscribe(self, lambda theme: session.save_setting("theme", theme.name))
        if not self.is_headless:  # a terminal's hang-up, a kill or an interrupt: leave as q does
            loop = asyncio.get_running_loop()
            for name in ("SIGTERM", "SIGHUP", "SIGINT"):
                with contextlib.suppress(AttributeError, NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(getattr(signal, name), self._on_signal)
        if self._precomputed is not None:
            self.post_message(ComparisonReady(self._precomputed))
        else:
            self._compare(self.base)

    def _compare(self, base: int) -> None:
        self.comparer.start(self.versions, base, self.threshold, self.in_order, self.folding)

    @on(ComparisonProgress)
    def _on_comparison_progress(self, message: ComparisonProgress) -> None:
        if message.request != self.comparer.request:
            return
        for loading in self.query("#loading").results(Static):
            loading.update(Content(f"{self._loading_text}\n\n{stages_text(message.stage)}"))

    @on(ComparisonFailed)
    def _on_comparison_failed(self, message: ComparisonFailed) -> None:
        if message.request != self.comparer.request:
            return
        self.notify(visible(message.error, newlines=False), title="Comparison failed", severity="error", markup=False)

    @on(ComparisonReady)
    async def _on_comparison_ready(self, message: ComparisonReady) -> None:
        if message.request != self.comparer.request:
            return  # an older request's result, come after a newer one was made
        keep = self.slots[1:] if self.slots else None
        c = message.comparison
        first = self.comparison is None
        old, old_view = self.comparison, self.view
        self.comparison = c
        self._jumped_fact = None
        self.base = c.base
        self.view = ViewState(c)
        if first and self.remember:
            self.review = session.resume(c, self._stored)
            self.review.messages[:0] = self._session_says
            self.anchor_row = self.view.cursor_row = min(self.review.cursor_row, max(0, len(c.rows) - 1))
            for line in self.review.messages:
                self.notify(line, markup=False, timeout=6)
        elif old is not None and old_view is not None:  # the same passages, rows numbered anew (after b)
            index = session.hash_index(c)
            self.review.rebind(c, index)
            cursor = session.find_row(c, session.row_hashes(old, old_view.cursor_row), old_view.cursor_row, index)
            anchor = session.find_row(c, session.row_hashes(old, self.anchor_row), self.anchor_row, index)
            self.view.cursor_row, self.anchor_row = cursor, anchor
            self._position_dirty = True
        self._sync_marks()
        if self.show_facts is None:
            self.show_facts = self.size.width >= FACTS_MIN_WIDTH
        if self.show_map is None:
            self.show_map = self.size.width >= MAP_MIN_WIDTH
        self.query_one(DiffMap).display = bool(self.show_map)
        sidebar = self.query_one(FactsSidebar)
        sidebar.display = bool(self.show_facts)
        sidebar.set_comparison(c)
        others = [v for v in range(len(c.versions)) if v != c.base]
        if self._show_next in others:  # the pair chosen in the matrix
            self.other_offset = others.index(self._show_next)
        elif keep:
            self.other_offset = others.index(keep[0]) if keep[0] in others else 0
        self._show_next = None
        await self._build_panes()
        self._update_status()

    # ----- panes and layout

    @property
    def is_ready(self) -> bool:
        return self.comparison is not None and self.row_layout is not None

    @property
    def is_settled(self) -> bool:
        """Compared, and laid out for the panes' current widths with no relayout pending."""
        layout = self.row_layout
        return (
            layout is not None
            and not self._relayout_pending
            and bool(self.panes)
            and all(p.row_layout is layout and layout.widths.get(p.version) == p.text_width for p in self.panes)
        )

    def pane_count(self, width: int | None = None) -> int:
        assert self.comparison is not None
        room = (width or self.size.width) - (SIDEBAR_WIDTH if self.show_facts else 0) - (2 if self.show_map else 0)
        return max(1, min(len(self.comparison.versions), room // MIN_PANE_WIDTH))

    def _choose_slots(self, width: int | None = None) -> list[int]:
        assert self.comparison is not None
        c = self.comparison
        others = [v for v in range(len(c.versions)) if v != c.base]
        k = self.pane_count(width)
        if not others:
            return [c.base]
        self.other_offset %= len(others)
        chosen = [others[(self.other_offset + i) % len(others)] for i in range(min(k - 1, len(others)))]
        return [c.base, *chosen]

    @property
    def panes(self) -> list[ArticlePane]:
        """The panes shown now, left to right."""
        return [p for p in self.query(ArticlePane) if p.parent is not None and p.parent.display]

    @property
    def focused_pane(self) -> ArticlePane | None:
        panes = self.panes
        if not panes:
            return None
        return panes[min(self.focus_slot, len(panes) - 1)]

    async def _build_panes(self, width: int | None = None) -> None:
        """Show one pane per slot: columns are mounted once, then shown, hidden and given versions."""
        assert self.view is not None and self.comparison is not None
        top_row = self.anchor_row
        self.slots = self._choose_slots(width)
        container = self.query_one("#panes", Horizontal)
        for loading in self.query("#loading"):
            await loading.remove()
        columns = list(self.query(".pane-column"))
        if len(columns) < len(self.slots):
            new = [
                Vertical(
                    Static("", classes="pane-header"),
                    ArticlePane(self.view, v, id=f"pane-{len(columns) + i}"),
                    classes="pane-column",
                )
                for i, v in enumerate(self.slots[len(columns) :])
            ]
            await container.mount_all(new)
            columns += new
        everyone = tuple(range(len(self.comparison.versions)))
        some_hidden = len(self.slots) < len(everyone)
        for slot, column in enumerate(columns):
            column.display = slot < len(self.slots)
            if slot < len(self.slots):
                pane = column.query_one(ArticlePane)
                pane.set_view(self.view)
                pane.show_version(self.slots[slot])
                pane.show_presence(everyone if slot == 0 and some_hidden else ())
                column.query_one(".pane-header", Static).update(self._header(self.slots[slot], slot))
        self.focus_slot = min(self.focus_slot, len(self.slots) - 1)
        self._relayout(keep_row=top_row)
        pane = self.focused_pane
        typing = isinstance(self.focused, Input) and self.focused.display
        if pane is not None and not typing:
            pane.focus()

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

    def _header(self, v: int, slot: int) -> Content:
        c = self.comparison
        assert c is not None
        version = c.versions[v]
        label = visible(version.label, newlines=False)
        words = c.word_count(v)
        when = [version.date.replace("T", " ")] if version.date else []
        shared = ["base"] if v == c.base else [f"{c.similarity[v][c.base]:.0%} shared"]
        tail = " · ".join([*when, *shared, f"{words:,} words"])
        # "k/N" first: the rest is cut where the column is narrow, never which version this is
        head = Content.assemble((f"{v + 1}/{len(c.versions)} ", "bold"), (label, "bold"), "  ", (tail, "dim"))
        if slot == 0 and len(self.slots) < len(c.versions):  # the presence strip's columns, numbered
            numbers = "".join(str((w + 1) % 10) for w in range(len(c.versions)))
            return Content.assemble((numbers + " ", "dim"), head)
        return head

    def _relayout(self, keep_row: int | None = None) -> None:
        """Lay the rows out again for the panes' current widths, keeping the same row at the top."""
        if self.comparison is None:
            return
        panes = self.panes
        if not panes:
            return
        if keep_row is None:
            keep_row = self.anchor_row
        widths = [p.text_width for p in panes]
        if any(p.size.width == 0 for p in panes):
            self._schedule_relayout(keep_row)
            return
        shown = [p.version for p in panes]
        folds = fold_runs(self.comparison, shown, same=self.diff_only, boilerplate=not self.boilerplate_open)
        words = self.row_layout.cell_words if self.row_layout is not None else None
        self.row_layout = RowLayout(self.comparison, shown, widths, folds, words)
        keep_row = min(keep_row, len(self.comparison.rows) - 1) if self.comparison.rows else 0
        if len(self.comparison.rows) <= EAGER_ROWS:
            self.row_layout.settle_all()
        else:
            self.row_layout.settle(keep_row, self._screen_height(), 2 * self._screen_height())
        if self.view is not None:
            self.view.shown_versions = frozenset(p.version for p in panes)
            self.view.touch()
        for p in panes:
            p.set_layout(self.row_layout)
        self.anchor_row = keep_row
        self._restore_anchor()
        # A new pane may clamp the scroll until its virtual size is applied: restore once more after that,
        # and lay out again if a pane's width changed in between (a resize that raced this layout).
        self.call_after_refresh(self._verify_layout)
        self._update_status()

    def _check_layout(self) -> None:
        """Periodic: lay out again only when a pane's width no longer matches the layout."""
        layout = self.row_layout
        if layout is not None and any(layout.widths.get(p.version) != p.text_width for p in self.panes if p.size.width):
            self._relayout(self.anchor_row)

    def _verify_layout(self) -> None:
        """After a relayout's refresh: lay out again if a width changed meanwhile, else put the anchor back."""
        layout = self.row_layout
        if layout is None:
            return
        stale = any(layout.widths.get(p.version) != p.text_width for p in self.panes if p.size.width)
        if stale and self._relayout_retries < 5:
            self._relayout_retries += 1
            self._relayout(self.anchor_row)
            return
        self._relayout_retries = 0
        self._restore_anchor()

    def _restore_anchor(self) -> None:
        layout = self.row_layout
        if layout is None or self.comparison is None or not self.comparison.rows:
            return
        y = layout.tops[min(self.anchor_row, len(layout.heights) - 1)]
        if any(p.top_line != y for p in self.panes):
            self._scroll_all(y)

    def _screen_height(self) -> int:
        return max([1, *(p.scrollable_content_region.height for p in self.panes)])

    def _settle(self, rows: Iterable[int]) -> bool:
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
            top = p.top_line
            row = layout.row_at(top)
            places.append((p, row, top - layout.tops[row]))
        if self._settle({row for _, row, _ in places}):
            for p, row, offset in places:
                y = layout.tops[row] + min(offset, max(0, layout.heights[row] - 1))
                if p.top_line != y:
                    p.scroll_quietly(y)

    @on(ArticlePane.HeightsChanged)
    def _heights_changed(self, message: ArticlePane.HeightsChanged) -> None:
        message.stop()
        self._heights_moved()

    def _schedule_relayout(self, keep_row: int | None) -> None:
        if self._relayout_pending:
            return
        self._relayout_pending = True

        def run() -> None:
            self._relayout_pending = False
            self._relayout(keep_row)

        self.call_after_refresh(run)

    @on(ArticlePane.Resized)
    def _pane_resized(self, message: ArticlePane.Resized) -> None:
        message.stop()
        if self.comparison is not None:
            self._schedule_relayout(self.anchor_row)

    async def on_resize(self, event: events.Resize) -> None:
        ready = self.comparison is not None and self.view is not None
        if ready and not self._facts_chosen and self.show_facts != (event.size.width >= FACTS_MIN_WIDTH):
            self.show_facts = event.size.width >= FACTS_MIN_WIDTH  # as at the start, until f chooses
            self.query_one(FactsSidebar).display = self.show_facts
        if ready and not self._map_chosen and self.show_map != (event.size.width >= MAP_MIN_WIDTH):
            self.show_map = event.size.width >= MAP_MIN_WIDTH  # the same for the map, until z chooses
            self.query_one(DiffMap).display = self.show_map
        if ready and len(self._choose_slots(event.size.width)) != len(self.slots):
            await self._build_panes(event.size.width)

    # ----- synced scrolling: the one guarded path

    @on(ArticlePane.Scrolled)
    def _pane_scrolled(self, message: ArticlePane.Scrolled) -> None:
        """The one path of synced scrolling: a pane the user scrolled leads; the app's own scrolls do not."""
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
        self._update_status()

    def _sync_from(self, leader: ArticlePane) -> None:
        """Move the other panes so the leader's top row, and the line within it, is at their top too."""
        layout = self.row_layout
        assert layout is not None
        y = leader.top_line
        row = layout.row_at(y)
        mapped = layout.tops[row] + (y - layout.tops[row])
        for pane in self.panes:
            if pane is not leader and pane.top_line != mapped:
                pane.scroll_quietly(mapped)

    def _scroll_all(self, y: int) -> None:
        for pane in self.panes:
            pane.scroll_quietly(y)

    def _follow_cursor(self, pane: ArticlePane) -> None:
        layout, view = self.row_layout, self.view
        if layout is None or view is None:
            return
        top = pane.top_line
        bottom = top + max(1, pane.scrollable_content_region.height) - 1
        r = view.cursor_row
        if not (layout.tops[r] <= bottom and layout.tops[r] + layout.heights[r] > top and layout.visible_in(r)):
            self._set_cursor(layout.row_at(top))

    def _set_cursor(self, row: int) -> None:
        assert self.view is not None
        if self.view.cursor_row != row:
            self.view.cursor_row = row
            self._position_dirty = True
            self._touch()

    def _touch(self) -> None:
        assert self.view is not None
        self.view.touch()
        for p in self.panes:
            p.refresh()

    @on(ArticlePane.RowClicked)
    def _on_row_clicked(self, message: ArticlePane.RowClicked) -> None:
        if self.panes and message.pane in self.panes:
            self.focus_slot = self.panes.index(message.pane)
        self._set_cursor(message.row)
        self._update_status()

    def goto_row(self, row: int) -> None:
        """Put a row at the top of every pane and the cursor on it."""
        if self.row_layout is None:
            return
        self._set_cursor(row)
        self.anchor_row = row
        self._settle([row])
        self._scroll_all(self.row_layout.tops[row])
        self._update_status()

    def _update_status(self) -> None:
        if self.comparison is None or self.view is None:
            return
        c = self.comparison
        r = min(self.view.cursor_row, len(c.rows) - 1)
        extra = []
        if not self.linked:
            extra.append("unlinked (s)")
        if self.diff_only:
            extra.append("differences only (d)")
        if self.view.search is not None:
            extra.append(f"/{visible(self.search_term, newlines=False)}: {len(self.search_rows)} rows")
        if c.folding != ALL_FOLDINGS:
            extra.append(f"{folding_text(c.folding)} (i)")
        paths = [v.path for v in c.versions]
        if len(set(paths)) < len(paths):
            most = max(paths.count(p) for p in paths)
            extra.append("same file given twice" if most == 2 else f"same file given {most} times")
        status = c.rows[r].status if c.rows else "-"
        if c.rows:
            extra += fact_note(c, self._jumped_fact, r)
            if self.row_layout is not None:  # the moved passages' places are kept with the layout's words
                extra += moved_note(c, r, self.row_layout.cell_words.moved_here)
            extra += hidden_note(c, r, self.slots, self.view.search, self.search_rows)
        self.query_one(StatusLine).show(r, len(c.rows), status, " · ".join(extra))
        self._refresh_map()

    # ----- the difference map

    def _map_cells(self) -> list[str]:
        """The map's cells for the current layout and the map's height (made once per layout)."""
        c, layout, diff_map = self.comparison, self.row_layout, self.query_one(DiffMap)
        assert c is not None and layout is not None
        height = diff_map.size.height
        key = (layout, layout.revision, layout.total, height)  # the layout itself: an id may be reused
        if key != self._map_key:
            self._map_key = key
            if self._map_ranks[0] is not c:
                self._map_ranks = (c, row_ranks([row.status for row in c.rows], conflict_rows(c)))
            self._map = map_cells(self._map_ranks[1], layout.tops, layout.total, height)
        return self._map

    def _refresh_map(self) -> None:
        diff_map = self.query_one(DiffMap)
        layout = self.row_layout
        if not diff_map.display or layout is None or not self.panes or self.comparison is None:
            return
        cells = self._map_cells()
        pane = self.panes[0]
        height = max(1, pane.scrollable_content_region.height)
        first = cell_of_line(pane.top_line, layout.total, len(cells))
        last = cell_of_line(min(layout.total, pane.top_line + height) - 1, layout.total, len(cells))
        diff_map.show(cells, range(first, last + 1))

    async def action_toggle_map(self) -> None:
        if self.comparison is None:
            return
        self.show_map = not self.show_map
        self._map_chosen = True
        self.query_one(DiffMap).display = self.show_map
        if len(self._choose_slots()) != len(self.slots):
            await self._build_panes()
        self._schedule_relayout(self.anchor_row)
        self._update_status()

    def action_map_block(self, step: int) -> None:
        """Go to the next (or previous) block of differences on the map."""
        layout = self.row_layout
        if layout is None or not self.panes or not self.query_one(DiffMap).display:
            return
        cells = self._map_cells()
        shown = self.query_one(DiffMap).on_screen
        if not shown:
            return
        target = next_block(cells, shown[-1] if step > 0 else shown[0], step)
        if target is None:
            self.bell()
            return
        self.goto_row(layout.row_at(first_line_of_cell(target, layout.total, len(cells))))

    @on(DiffMap.Clicked)
    def _map_clicked(self, message: DiffMap.Clicked) -> None:
        layout = self.row_layout
        if layout is not None:
            cells = self._map_cells()
            self.goto_row(
                layout.row_at(min(layout.total - 1, first_line_of_cell(message.cell, layout.total, len(cells))))
            )

    # ----- navigation actions

    def action_scroll_lines(self, n: int) -> None:
        pane = self.focused_pane
        if pane is not None:
            pane.scroll_to(y=pane.scroll_y + n, animate=False)

    def action_scroll_pages(self, n: int) -> None:
        pane = self.focused_pane
        if pane is not None:
            step = max(1, pane.scrollable_content_region.height - 1)
            pane.scroll_to(y=pane.scroll_y + n * step, animate=False)

    def action_top(self) -> None:
        if self.is_ready:
            self.goto_row(0)

    def action_bottom(self) -> None:
        pane = self.focused_pane
        if pane is not None and self.row_layout is not None:
            last = len(self.row_layout.heights) - 1
            if self.row_layout.settle(last, 2 * self._screen_height(), 1):  # the last screen
                self._heights_moved()
            pane.scroll_to(y=self.row_layout.total, animate=False)
            self._set_cursor(len(self.row_layout.heights) - 1)
            self._update_status()

    def _visible_rows(self) -> Iterable[int]:
        layout = self.row_layout
        assert layout is not None
        return (r for r in range(len(layout.heights)) if layout.visible_in(r))

    def _step(self, rows: list[int], forward: bool) -> None:
        assert self.view is not None
        target = next_row(rows, self.view.cursor_row, forward)
        if target is None:
            self.bell()
            return
        self.goto_row(target)

    def _diff_rows(self) -> list[int]:
        assert self.comparison is not None
        return difference_rows(self.comparison, self._visible_rows())

    def action_next(self) -> None:
        if self.is_ready:
            self._step(self.search_rows if self.view and self.view.search else self._diff_rows(), True)

    def action_previous(self) -> None:
        if self.is_ready:
            self._step(self.search_rows if self.view and self.view.search else self._diff_rows(), False)

    def action_next_unique(self, forward: bool = True) -> None:
        pane = self.focused_pane
        if not self.is_ready or pane is None:
            return
        assert self.comparison is not None
        self._step(unique_rows(self.comparison, pane.version), forward)

    def action_moved(self, forward: bool = True) -> None:
        """On a moved row: go to where the moved passage stands in its own version; press again to return.
        Elsewhere, go to the next (or previous) moved passage."""
        if not self.is_ready:
            return
        c, view = self.comparison, self.view
        assert c is not None and view is not None
        row = c.rows[view.cursor_row]
        if row.status == "moved":
            v = min(row.moved_in) if row.moved_in else row.present()[-1]
            target = own_place(c, view.cursor_row, v)
            self._moved_from = view.cursor_row
            self.goto_row(0 if target is None else target)
            return
        if self._moved_from is not None:
            back, self._moved_from = self._moved_from, None
            self.goto_row(back)
            return
        self._step(moved_rows(c), forward)

    def action_focus_pane(self, step: int) -> None:
        panes = self.panes
        if not panes:
            return
        sidebar = self.query_one(FactsSidebar)
        if sidebar.display and sidebar.option_list.has_focus:
            if step < 0:
                self.focus_slot = len(panes) - 1
                panes[-1].focus()
            return
        nxt = self.focus_slot + step
        if nxt >= len(panes) and sidebar.display:
            sidebar.option_list.focus()
            return
        self.focus_slot = max(0, min(len(panes) - 1, nxt))
        panes[self.focus_slot].focus()

    def on_descendant_focus(self, event: object) -> None:
        focused = self.focused
        if isinstance(focused, ArticlePane):
            panes = self.panes
            if focused in panes:
                self.focus_slot = panes.index(focused)

    async def action_cycle_versions(self, step: int) -> None:
        if self.comparison is None or len(self.comparison.versions) <= len(self.slots):
            if self.comparison is not None:
                self.notify("All versions are shown.", markup=False)
            return
        self.other_offset += step
        await self._build_panes()

    async def action_show_version(self, v: int) -> None:
        c = self.comparison
        if c is None or v >= len(c.versions):
            self.bell()
            return
        if v in self.slots:
            self.focus_slot = self.slots.index(v)
            self.panes[self.focus_slot].focus()
            return
        if v == c.base:
            return
        others = [o for o in range(len(c.versions)) if o != c.base]
        slot = max(1, self.focus_slot)
        self.other_offset = others.index(v) - (slot - 1)
        await self._build_panes()

    def action_toggle_sync(self) -> None:
        self.linked = not self.linked
        pane = self.focused_pane
        if self.linked and pane is not None:
            self._sync_from(pane)
        self.notify("Scrolling linked." if self.linked else "Scrolling unlinked.", markup=False)
        self._update_status()

    def action_make_base(self) -> None:
        pane = self.focused_pane
        if pane is None or self.comparison is None or pane.version == self.comparison.base:
            return
        self.notify(f"Re-aligning on version {pane.version + 1}…", markup=False)
        self.focus_slot = 0
        self._compare(pane.version)

    # ----- review: marks, notes, the session

    def _sync_marks(self) -> None:
        """Tell the panes which rows carry a mark (*) or a note (¶)."""
        if self.view is None:
            return
        self.view.marks = {r: "¶" if e.note.strip() else "*" for r, e in self.review.entries.items()}
        self._touch()

    def _read_session(self) -> None:
        """Read the saved session; one that is there but cannot be read is set aside, never written over."""
        stored = session.read(self.versions)
        self._stored = stored.data
        if stored.problem is None or stored.path is None:
            return
        try:
            aside = session.set_aside(stored.path)
        except OSError as exc:
            self.remember = False
            reason = visible(str(exc.strerror or exc), newlines=False)
            self._session_says.append(
                f"Your saved session {stored.path} could not be read ({stored.problem}) nor set aside ({reason}):"
                " this session will not be saved; e exports your notes."
            )
            return
        self._session_says.append(
            f"Your saved session could not be read ({stored.problem}): kept as {aside}; a new one begins."
        )

    def _save(self) -> None:
        if not self.remember or self.comparison is None or self.view is None:
            return
        try:
            saved = session.save(self.comparison, self.review, self.view.cursor_row)
            if self.review.merged:
                self._sync_marks()
                self.notify(
                    f"Took in {self.review.merged} mark(s) or note(s) saved by another Versus window.",
                    markup=False,
                    timeout=4,
                )
            if saved is None and self.review.entries:
                self.notify(
                    "This session cannot be saved: a version is standard input or its file was moved away;"
                    " e exports your notes.",
                    severity="warning",
                    markup=False,
                )
                self.remember = False  # said once
        except OSError as exc:
            reason = visible(str(exc.strerror or exc), newlines=False)
            self.notify(f"Session not saved ({reason}); e exports your notes.", severity="warning", markup=False)
            self.remember = False  # say it once; the review goes on in memory
        self._position_dirty = False

    def _save_position(self) -> None:
        if self._position_dirty:
            self._save()

    def action_mark(self) -> None:
        if not self.is_ready or self.view is None:
            return
        assert self.comparison is not None
        row = self.view.cursor_row
        marked = self.review.toggle_mark(self.comparison, row)
        self._sync_marks()
        self._save()
        self.notify(f"Row {row + 1} marked." if marked else f"Row {row + 1} unmarked.", markup=False, timeout=2)

    @property
    def _on_main_screen(self) -> bool:
        """No dialog (note editor, list, help) is open over the panes."""
        return len(self.screen_stack) == 1

    def action_note(self) -> None:
        if not self.is_ready or self.view is None or not self._on_main_screen:
            return
        c = self.comparison
        assert c is not None
        row = self.view.cursor_row
        current = self.review.entries.get(row)
        note = NoteScreen(row, session.excerpt(c, row), current.note if current else "")
        self.push_screen(note, lambda text: self._keep_note(c, row, text))

    def _keep_note(self, c: Comparison, row: int, text: str | None) -> None:
        """Put a note on its row; if a new comparison came while it was typed (b, i), on the row that holds
        the same passage there."""
        if text is None or self.comparison is None:
            return
        if c is not self.comparison:
            row = session.find_row(self.comparison, session.row_hashes(c, row), row)
            c = self.comparison
        self.review.set_note(c, row, text)
        self._sync_marks()
        self._save()

    async def action_quit(self) -> None:
        """Quit, keeping the note being typed (ctrl+q from the editor, or a signal) and the reading position."""
        for screen in self.screen_stack:
            if isinstance(screen, NoteScreen) and self.comparison is not None:
                self._keep_note(self.comparison, screen.row, screen.text)
        self._save()
        self.comparer.cancel()
        self.exit()

    def _on_signal(self) -> None:
        self.run_worker(self.action_quit(), group="quit")

    def action_review_list(self) -> None:
        if not self.is_ready or not self._on_main_screen:
            return

        def chosen(row: int | None) -> None:
            if row is not None and self.comparison is not None and row < len(self.comparison.rows):
                self.goto_row(row)

        self.push_screen(ReviewListScreen(dict(self.review.entries), list(self.review.orphans)), chosen)

    def action_copy(self) -> None:
        """Copy the passage under the cursor, as the focused pane's version has it, through the terminal (OSC 52:
        works over SSH in terminals that allow it)."""
        pane = self.focused_pane
        if not self.is_ready or pane is None or self.view is None:
            return
        c = self.comparison
        assert c is not None
        row = c.rows[self.view.cursor_row]
        v = pane.version if row.cells[pane.version] else row.reference
        text = " ".join(" ".join(c.sentence_text(v, k).split()) for k in row.cells[v])
        self.copy_to_clipboard(visible(text))  # control characters never reach the clipboard
        self.notify(
            f"Copied row {self.view.cursor_row + 1} of version {v + 1} ({len(text):,} characters).", markup=False
        )

    def exit(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        if self._position_dirty:
            self._save()
        super().exit(*args, **kwargs)  # type: ignore[arg-type]

    # ----- folds

    def action_toggle_diff_only(self) -> None:
        self._toggle_fold("diff_only", "Differences only.", "All rows shown.")

    def action_toggle_boilerplate(self) -> None:
        self._toggle_fold("boilerplate_open", "Site furniture shown.", "Site furniture folded.")

    def _toggle_fold(self, flag: str, on: str, off: str) -> None:
        """Flip one of the fold settings and lay the rows out again, keeping the top row."""
        if not self.is_ready:
            return
        value = not getattr(self, flag)
        setattr(self, flag, value)
        self._relayout(self.anchor_row)
        self.notify(on if value else off, markup=False)

    # ----- search

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        self.set_focus(box)  # now, not deferred: keys typed straight after "/" go into the box

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        term = event.value.strip()
        box = self.query_one("#search", Input)
        box.display = False
        self._focus_panes()
        if not term or self.comparison is None or self.view is None:
            return
        self.search_term = term
        pattern = search_pattern(term)
        self.search_rows = search_rows(self.comparison, pattern)
        self.view.search = pattern
        self._touch()
        if not self.search_rows:
            self.notify(f"Not found: {term}", markup=False)
        else:
            later = [r for r in self.search_rows if r >= self.view.cursor_row]
            self.goto_row(later[0] if later else self.search_rows[0])
        self._update_status()

    def action_clear(self) -> None:
        box = self.query_one("#search", Input)
        if box.display:
            box.display = False
            self._focus_panes()
            return
        if self.view is not None and self.view.search is not None:
            self.view.search = None
            self.search_rows = []
            self._touch()
            self._update_status()
            return
        sidebar = self.query_one(FactsSidebar)
        if sidebar.option_list.has_focus:
            self._focus_panes()

    def _focus_panes(self) -> None:
        pane = self.focused_pane
        if pane is not None:
            pane.focus()

    # ----- facts

    async def action_toggle_facts(self) -> None:
        if self.comparison is None:
            return
        self.show_facts = not self.show_facts
        self._facts_chosen = True
        sidebar = self.query_one(FactsSidebar)
        sidebar.display = self.show_facts
        if len(self._choose_slots()) != len(self.slots):
            await self._build_panes()
        if self.show_facts:
            sidebar.option_list.focus()
        else:
            self._focus_panes()

    async def action_next_conflict(self, direction: int = 1) -> None:
        if self.comparison is None:
            return
        sidebar = self.query_one(FactsSidebar)
        fid = sidebar.next_conflict(direction)
        if fid is None:
            self.notify("No conflicting facts.", markup=False)
            return
        await self._show_and_jump(fid)

    def action_conflicts_only(self) -> None:
        sidebar = self.query_one(FactsSidebar)
        sidebar.conflicts_only = not sidebar.conflicts_only
        sidebar.rebuild()

    async def action_jump_fact(self) -> None:
        fid = self.query_one(FactsSidebar).highlighted_fact
        if fid is not None:
            await self._show_and_jump(fid)

    @on(FactsSidebar.Jump)
    async def _fact_jump(self, message: FactsSidebar.Jump) -> None:
        await self._show_and_jump(message.fact_id)

    async def _show_and_jump(self, fact_id: int) -> None:
        """Jump to a fact, first bringing into a pane a version that states it where no shown one but the base
        does, or (for a conflict) where none shown states a differing value; then say who states what."""
        c = self.comparison
        if c is None:
            return
        fact = c.facts[fact_id]
        stating = {c.figures[i].version for i in fact.figures}
        other = differing_version(c, fact) if fact.status in ("conflict", "update", "approx") else None
        wanted = other if other is not None and other not in self.slots else None
        if wanted is None and not (stating - {c.base}) & set(self.slots):
            wanted = min(stating - {c.base}, default=None)
        if wanted is not None and len(self.slots) > 1:
            self.focus_slot = max(1, self.focus_slot)
            await self.action_show_version(wanted)
        self.jump_to_fact(fact_id)  # the status line then says who states what (`notes.fact_note`)

    @on(FactsSidebar.Highlighted)
    def _fact_highlighted(self, message: FactsSidebar.Highlighted) -> None:
        if self.view is None or self.comparison is None:
            return
        ids = frozenset(self.comparison.facts[message.fact_id].figures) if message.fact_id is not None else frozenset()
        if ids != self.view.selected_figures:
            self.view.selected_figures = ids
            self._touch()

    def jump_to_fact(self, fact_id: int) -> None:
        """Scroll every pane to its own figure of the fact (level when they all fit on one screen)."""
        c, layout, view = self.comparison, self.row_layout, self.view
        if c is None or layout is None or view is None:
            return
        fact = c.facts[fact_id]
        view.selected_figures = frozenset(fact.figures)
        self._jumped_fact = fact_id
        self.query_one(FactsSidebar).select_fact(fact_id)
        rows_by_version: dict[int, int] = {}
        for i in fact.figures:
            f = c.figures[i]
            rows_by_version.setdefault(f.version, c.row_of[f.version][f.sentence])
        self._jump_to_rows(rows_by_version, "No shown version states this fact; tab shows the others.")

    @on(FactsSidebar.JumpQuote)
    def _quote_jump(self, message: FactsSidebar.JumpQuote) -> None:
        self.jump_to_quote(message.group)

    def jump_to_quote(self, group: int) -> None:
        """Scroll every pane to its own part of a quotation (see `jump_to_fact`)."""
        c = self.comparison
        if c is None:
            return
        rows_by_version: dict[int, int] = {}
        for q in c.quotes:
            if q.group == group:
                rows_by_version.setdefault(q.version, c.row_of[q.version][q.sentence])
        self._jump_to_rows(rows_by_version, "No shown version gives this quotation; tab shows the others.")

    def _jump_to_rows(self, rows_by_version: dict[int, int], none_shown: str) -> None:
        """Scroll every pane to its version's row (level when they all fit on one screen)."""
        layout = self.row_layout
        if layout is None:
            return
        shown = {p.version: p for p in self.panes}
        targets = {v: r for v, r in rows_by_version.items() if v in shown}
        if not targets:
            self.notify(none_shown, markup=False)
            self._touch()
            return
        self._settle(targets.values())
        first = min(targets.values(), key=lambda r: layout.tops[r])
        last = max(targets.values(), key=lambda r: layout.tops[r])
        height = min(p.scrollable_content_region.height for p in self.panes)
        self._set_cursor(first)
        self.anchor_row = first
        if layout.tops[last] + layout.heights[last] - layout.tops[first] <= height:
            self._scroll_all(layout.tops[first])
        else:
            for v, pane in shown.items():
                pane.scroll_quietly(layout.tops[targets.get(v, first)])
        self._touch()
        self._update_status()

    # ----- export

    def action_export(self) -> None:
        """Write the Markdown report next to where Versus was started, under a name not yet taken."""
        if self.comparison is None:
            return
        from tui.export import export

        path = Path("versus-report.md")
        n = 2
        while path.exists():
            path = Path(f"versus-report-{n}.md")
            n += 1
        try:
            export(self.comparison, str(path), self.review.notes, self.review.marks, self.review.lost())
        except Exception as exc:
            self.notify(visible(str(exc), newlines=False), title="Export failed", severity="error", markup=False)
            return
        self.notify(f"Report written to {path}", markup=False)

    # ----- help and the command palette

    def action_matrix(self) -> None:
        """Every pair of versions; the pair chosen becomes the shown panes, its first version the base."""
        if self.comparison is not None:
            self.push_screen(MatrixScreen(self.comparison), self._show_pair)

    async def _show_pair(self, pair: tuple[int, int] | None) -> None:
        c = self.comparison
        if pair is None or c is None:
            return
        a, b = pair
        if a == c.base:
            self.focus_slot = 1
            await self.action_show_version(b)
            return
        self._show_next = b
        self.notify(f"Re-aligning on version {a + 1}…", markup=False)
        self.focus_slot = 0
        self._compare(a)

    def action_folding(self) -> None:
        if self.is_ready and self._on_main_screen:
            self.push_screen(FoldingScreen(self.folding), self._set_folding)

    def _set_folding(self, folding: frozenset[str] | None) -> None:
        """Make the rows again under another folding: statuses and marked words change, the rows stay."""
        if folding is None or folding == self.folding or self.comparison is None:
            return
        self.folding = folding
        self.notify(f"Now {folding_text(folding) or 'ignoring every folding again'}.", markup=False, timeout=3)
        self.comparer.refold(self.comparison, folding)

    def action_changes(self) -> None:
        """Show what changed in each version (a new screen each time: the comparison may have changed)."""
        if self.comparison is not None:
            self.push_screen(SummaryScreen(self.comparison))

    def action_help(self) -> None:
        if not self.is_screen_installed("help"):
            self.install_screen(HelpScreen(self.user_keymap), name="help")
        self.push_screen("help")

    def action_command_palette(self) -> None:
        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for key in KEYS:
            if key.action.startswith(("show_version", "scroll_", "quit")):
                continue
            keys = self.user_keymap.get(key.binding_id, key.keys).replace("question_mark", "?").replace("slash", "/")
            yield SystemCommand(key.description, f"key: {keys}", self._runner(key.action))
        for name in FOLDINGS:
            now = "ignored" if name in self.folding else "counted"
            yield SystemCommand(
                f"Ignore {DESCRIPTIONS[name]}: toggle", f"now {now} (i lists them all)", self._toggler(name)
            )

    def _toggler(self, name: str):
        def toggle() -> None:
            self._set_folding(self.folding ^ {name})

        return toggle

    def _runner(self, action: str):
        async def run() -> None:
            await self.run_action(action)

        return run
