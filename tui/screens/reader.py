"""ReaderScreen: one comparison read side by side. The pane group draws and scrolls the versions; this screen
holds what sits around them (facts sidebar, difference map, search box, status line) and the reading keys."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Footer, Input

from tui.core.model import Comparison
from tui.keys import KEYS, Key
from tui.messages import CompareAgain, Refold
from tui.reviewing import ReviewKeeper
from tui.screens.fact_keys import FactKeys
from tui.screens.review_keys import ReviewKeys
from tui.view.moves import own_place
from tui.view.navigation import (
    difference_rows,
    moved_rows,
    next_row,
    search_pattern,
    search_rows,
    unique_rows,
)
from tui.view.notes import status_notes
from tui.widgets.diff_map import DiffMap
from tui.widgets.facts_sidebar import FactsSidebar
from tui.widgets.folding_screen import FoldingScreen
from tui.widgets.matrix_screen import MatrixScreen
from tui.widgets.pane_group import PaneGroup
from tui.widgets.status_line import StatusLine
from tui.widgets.summary_screen import SummaryScreen

FACTS_MIN_WIDTH = 110
"""The facts sidebar is shown from this many columns (until `f` chooses)."""
MAP_MIN_WIDTH = 100
"""The difference map is shown from the start where the terminal is at least this wide (z toggles it)."""
SIDEBAR_WIDTH = 32


def binding(k: Key) -> Binding:
    """The binding of a key of the table (`tui.keys`), under its unique id (a user keymap names it)."""
    short = k.short or k.description
    return Binding(k.keys, k.action, short, show=k.show, priority=k.priority, id=k.binding_id, tooltip=k.description)


class ReaderScreen(FactKeys, ReviewKeys):
    """The reading view of a comparison; `show` puts a newer one of the same versions in its place."""

    BINDINGS = [binding(k) for k in KEYS if not k.app_wide]

    def __init__(self, comparison: Comparison, keeper: ReviewKeeper, cursor_row: int = 0) -> None:
        super().__init__()
        self.comparison = comparison
        self.keeper = keeper
        self.group = PaneGroup(comparison, id="panes")
        self.group.set_reactive(PaneGroup.cursor_row, cursor_row)
        self.group.view.cursor_row = self.group.anchor_row = cursor_row
        self.show_facts: bool | None = None
        self.show_map: bool | None = None
        """Whether the sidebar and the map are shown: by the width on every resize, until f or z chooses."""
        self._chosen: set[str] = set()
        self.search_rows: list[int] = []
        self.search_term = ""
        self._jumped_fact: int | None = None
        """The fact last jumped to (c, p, enter): the status line says who states what on its rows."""
        self._moved_from: int | None = None

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield self.group
            yield DiffMap(id="diffmap")
            yield FactsSidebar(id="facts")
        yield Input(placeholder="search all versions", id="search")
        yield StatusLine(id="status")
        yield Footer()

    async def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        self.watch(self.group, "cursor_row", self._cursor_moved, init=False)
        self.group.marks = self.keeper.signs()
        self.query_one(FactsSidebar).set_comparison(self.comparison)
        await self._fit(self.size.width, force=True)

    async def show(self, c: Comparison, show_next: int | None = None) -> None:
        """Show a comparison of the same versions made again (b, i, the matrix): the same passages stay under
        the cursor and at the top, and the versions shown stay (or `show_next` comes beside the base)."""
        old, group = self.comparison, self.group
        cursor, anchor = self.keeper.rebind(old, c, [group.cursor_row, group.anchor_row])
        keep = show_next if show_next is not None else (group.slots[1] if len(group.slots) > 1 else None)
        self.comparison = c
        self._jumped_fact = None
        self.search_rows = []
        group.show(c, cursor, anchor)
        others = [v for v in range(len(c.versions)) if v != c.base]
        group.other_offset = others.index(keep) if keep in others else 0
        self.query_one(FactsSidebar).set_comparison(c)
        await self._fit(self.size.width, force=True)

    # ----- what surrounds the panes

    async def _fit(self, width: int, force: bool = False) -> None:
        """Show the sidebar and the map as the width (or f and z) decide, then the panes that fit beside."""
        if "facts" not in self._chosen:
            self.show_facts = width >= FACTS_MIN_WIDTH
        if "map" not in self._chosen:
            self.show_map = width >= MAP_MIN_WIDTH
        self.query_one(FactsSidebar).display = bool(self.show_facts)
        self.query_one(DiffMap).display = bool(self.show_map)
        room = width - (SIDEBAR_WIDTH if self.show_facts else 0) - (2 if self.show_map else 0)
        await self.group.show_columns(room, force)
        self._update_status()

    async def on_resize(self, event: events.Resize) -> None:
        await self._fit(event.size.width)

    def _cursor_moved(self) -> None:
        self.keeper.position_dirty = True

    @on(PaneGroup.Changed)
    def _update_status(self) -> None:
        c, group = self.comparison, self.group
        r = min(group.cursor_row, len(c.rows) - 1)
        layout = group.row_layout
        notes = status_notes(
            c,
            r,
            linked=group.linked,
            diff_only=group.diff_only,
            search_term=self.search_term,
            search=group.search,
            search_rows=self.search_rows,
            fact_id=self._jumped_fact,
            moved_here=layout.cell_words.moved_here if layout is not None else None,
            shown=group.slots,
        )
        self.query_one(StatusLine).show(r, len(c.rows), c.rows[r].status if c.rows else "-", " · ".join(notes))
        diff_map, pane = self.query_one(DiffMap), group.focused_pane
        if diff_map.display and layout is not None and pane is not None:
            diff_map.follow(c, layout, group.panes[0].top_line, pane.scrollable_content_region.height)

    async def _toggle_aside(self, name: str) -> None:
        """f and z: show or hide the sidebar or the map, from now on whatever the width."""
        self._chosen.add(name)
        if name == "facts":
            self.show_facts = not self.show_facts
        else:
            self.show_map = not self.show_map
        await self._fit(self.size.width)

    async def action_toggle_map(self) -> None:
        await self._toggle_aside("map")

    async def action_toggle_facts(self) -> None:
        await self._toggle_aside("facts")
        if self.show_facts:
            self.query_one(FactsSidebar).option_list.focus()
        else:
            self._focus_panes()

    def action_map_block(self, step: int) -> None:
        """Go to the next (or previous) block of differences on the map."""
        diff_map, layout = self.query_one(DiffMap), self.group.row_layout
        line = diff_map.next_block(step) if diff_map.display else None
        if line is None or layout is None:
            self.app.bell()
        else:
            self.group.goto_row(layout.row_at(line))

    @on(DiffMap.Clicked)
    def _map_clicked(self, message: DiffMap.Clicked) -> None:
        if self.group.row_layout is not None:
            self.group.goto_row(self.group.row_layout.row_at(self.query_one(DiffMap).line_of(message.cell)))

    # ----- moving

    def action_scroll_lines(self, n: int) -> None:
        self.group.scroll_focused(lines=n)

    def action_scroll_pages(self, n: int) -> None:
        self.group.scroll_focused(pages=n)

    def action_top(self) -> None:
        self.group.goto_row(0)

    def action_bottom(self) -> None:
        self.group.bottom()

    def _step(self, rows: list[int], forward: bool) -> None:
        target = next_row(rows, self.group.cursor_row, forward)
        if target is None:
            self.app.bell()
        else:
            self.group.goto_row(target)

    def action_next(self, forward: bool = True) -> None:
        """The next difference, or search hit while searching."""
        searching = self.group.search is not None
        rows = self.search_rows if searching else difference_rows(self.comparison, self.group.visible_rows())
        self._step(rows, forward)

    def action_previous(self) -> None:
        self.action_next(False)

    def action_next_unique(self, forward: bool = True) -> None:
        if (pane := self.group.focused_pane) is not None:
            self._step(unique_rows(self.comparison, pane.version), forward)

    def action_moved(self, forward: bool = True) -> None:
        """On a moved row: go to where the moved passage stands in its own version; press again to return.
        Elsewhere, go to the next (or previous) moved passage."""
        c, here = self.comparison, self.group.cursor_row
        row = c.rows[here] if c.rows else None
        if row is not None and row.status == "moved":
            target = own_place(c, here, min(row.moved_in) if row.moved_in else row.present()[-1])
            self._moved_from = here
            self.group.goto_row(0 if target is None else target)
        elif self._moved_from is not None:
            back, self._moved_from = self._moved_from, None
            self.group.goto_row(back)
        else:
            self._step(moved_rows(c), forward)

    def action_focus_pane(self, step: int) -> None:
        panes, sidebar, group = self.group.panes, self.query_one(FactsSidebar), self.group
        if sidebar.display and sidebar.option_list.has_focus:
            if step < 0:
                group.focus_slot = len(panes) - 1
                panes[-1].focus()
        elif group.focus_slot + step >= len(panes) and sidebar.display:
            sidebar.option_list.focus()
        else:
            group.focus_slot = max(0, min(len(panes) - 1, group.focus_slot + step))
            panes[group.focus_slot].focus()

    def _focus_panes(self) -> None:
        if (pane := self.group.focused_pane) is not None:
            pane.focus()

    # ----- versions

    async def action_cycle_versions(self, step: int) -> None:
        if len(self.comparison.versions) <= len(self.group.slots):
            self.notify("All versions are shown.", markup=False)
            return
        self.group.other_offset += step
        await self._fit(self.size.width)

    async def action_show_version(self, v: int) -> None:
        c, group = self.comparison, self.group
        if v >= len(c.versions):
            self.app.bell()
        elif v in group.slots:
            group.focus_slot = group.slots.index(v)
            group.panes[group.focus_slot].focus()
        elif v != c.base:
            group.slot_for(v, group.focus_slot)
            await self._fit(self.size.width)

    def action_toggle_sync(self) -> None:
        self.group.linked = not self.group.linked
        self.notify("Scrolling linked." if self.group.linked else "Scrolling unlinked.", markup=False)

    def action_make_base(self) -> None:
        pane = self.group.focused_pane
        if pane is not None and pane.version != self.comparison.base:
            self.notify(f"Re-aligning on version {pane.version + 1}…", markup=False)
            self.group.focus_slot = 0
            self.post_message(CompareAgain(pane.version))

    def action_matrix(self) -> None:
        """Every pair of versions; the pair chosen becomes the shown panes, its first version the base."""
        self.app.push_screen(MatrixScreen(self.comparison), self._show_pair)

    async def _show_pair(self, pair: tuple[int, int] | None) -> None:
        if pair is None:
            return
        a, b = pair
        if a == self.comparison.base:
            self.group.focus_slot = 1
            await self.action_show_version(b)
            return
        self.notify(f"Re-aligning on version {a + 1}…", markup=False)
        self.group.focus_slot = 0
        self.post_message(CompareAgain(a, show_next=b))

    def action_folding(self) -> None:
        self.app.push_screen(FoldingScreen(self.comparison.folding), self._refold)

    def _refold(self, folding: frozenset[str] | None) -> None:
        if folding is not None:
            self.post_message(Refold(folding))

    def action_changes(self) -> None:
        """Show what changed in each version (a new screen each time: the comparison may have changed)."""
        self.app.push_screen(SummaryScreen(self.comparison))

    def action_toggle_diff_only(self) -> None:
        self.group.diff_only = not self.group.diff_only
        self.notify("Differences only." if self.group.diff_only else "All rows shown.", markup=False)

    def action_toggle_boilerplate(self) -> None:
        self.group.boilerplate_open = not self.group.boilerplate_open
        shown = self.group.boilerplate_open
        self.notify("Site furniture shown." if shown else "Site furniture folded.", markup=False)

    # ----- search

    def action_search(self) -> None:
        box = self.query_one("#search", Input)
        box.display = True
        self.set_focus(box)  # now, not deferred: keys typed straight after "/" go into the box

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        term = event.value.strip()
        self.query_one("#search", Input).display = False
        self._focus_panes()
        if not term:
            return
        self.search_term = term
        pattern = search_pattern(term)
        self.search_rows = search_rows(self.comparison, pattern)
        self.group.search = pattern
        if not self.search_rows:
            self.notify(f"Not found: {term}", markup=False)
        else:
            later = [r for r in self.search_rows if r >= self.group.cursor_row]
            self.group.goto_row(later[0] if later else self.search_rows[0])
        self._update_status()

    def action_clear(self) -> None:
        box = self.query_one("#search", Input)
        if box.display:
            box.display = False
            self._focus_panes()
        elif self.group.search is not None:
            self.group.search = None
            self.search_rows = []
            self._update_status()
        elif self.query_one(FactsSidebar).option_list.has_focus:
            self._focus_panes()
