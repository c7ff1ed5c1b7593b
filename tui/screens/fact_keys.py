"""FactKeys: the reader's keys and messages for facts (c, p, C, enter, the sidebar's highlight): jumping
every pane to a fact's figures, first bringing in a version that states it."""

from __future__ import annotations

from textual import on
from textual.screen import Screen

from tui.core.model import Comparison
from tui.view.navigation import fact_rows, quote_rows
from tui.view.signs import differing_version
from tui.widgets.facts_sidebar import FactsSidebar
from tui.widgets.pane_group import PaneGroup


class FactKeys(Screen[None]):
    """Part of `ReaderScreen`: what it does with facts and quotations."""

    comparison: Comparison
    group: PaneGroup
    _jumped_fact: int | None

    async def action_show_version(self, v: int) -> None:
        """Bring version v into the focused pane: `ReaderScreen` defines it (a jump may need a version)."""
        raise NotImplementedError

    async def action_next_conflict(self, direction: int = 1) -> None:
        fid = self.query_one(FactsSidebar).next_conflict(direction)
        if fid is None:
            self.notify("No conflicting facts.", markup=False)
        else:
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
        c, group = self.comparison, self.group
        fact = c.facts[fact_id]
        stating = {c.figures[i].version for i in fact.figures}
        other = differing_version(c, fact) if fact.status in ("conflict", "update", "approx") else None
        wanted = other if other is not None and other not in group.slots else None
        if wanted is None and not (stating - {c.base}) & set(group.slots):
            wanted = min(stating - {c.base}, default=None)
        if wanted is not None and len(group.slots) > 1:
            group.focus_slot = max(1, group.focus_slot)
            await self.action_show_version(wanted)
        self.jump_to_fact(fact_id)  # the status line then says who states what (`notes.fact_note`)

    @on(FactsSidebar.Highlighted)
    def _fact_highlighted(self, message: FactsSidebar.Highlighted) -> None:
        fid = message.fact_id
        self.group.selected_figures = frozenset(self.comparison.facts[fid].figures) if fid is not None else frozenset()

    def jump_to_fact(self, fact_id: int) -> None:
        """Scroll every pane to its own figure of the fact (level when they all fit on one screen)."""
        self.group.selected_figures = frozenset(self.comparison.facts[fact_id].figures)
        self._jumped_fact = fact_id
        self.query_one(FactsSidebar).select_fact(fact_id)
        if not self.group.jump_to_rows(fact_rows(self.comparison, fact_id)):
            self.notify("No shown version states this fact; tab shows the others.", markup=False)

    @on(FactsSidebar.JumpQuote)
    def _quote_jump(self, message: FactsSidebar.JumpQuote) -> None:
        if not self.group.jump_to_rows(quote_rows(self.comparison, message.group)):
            self.notify("No shown version gives this quotation; tab shows the others.", markup=False)
