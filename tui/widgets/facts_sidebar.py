"""FactsSidebar: the figures grouped into facts, conflicts marked, and the quotations several versions give,
altered ones first; selecting one jumps the panes to it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.core.model import Comparison
from tui.core.textsafe import one_line, visible
from tui.view.signs import FACT_LEGEND_SHORT, FACT_SIGNS, QUOTE_SIGNS, fact_line, quote_groups, quote_line
from tui.widgets.lists import SafeOptionList

LINE_WIDTH = 29
"""Characters of a fact's line (sign, label and values) that fit in the sidebar beside its scrollbar."""
SIGN_STYLES = {
    "agree": "$success",
    "approx": "$warning",
    "update": "bold $accent",
    "conflict": "bold $error",
    "single": "dim",
}


def fact_order(c: Comparison) -> list[int]:
    """Facts in the base's reading order (by the earliest row any of their figures sits in)."""

    def first_row(fact_id: int) -> tuple[int, int]:
        figs = [c.figures[i] for i in c.facts[fact_id].figures]
        return min(c.row_of[f.version][f.sentence] for f in figs), fact_id

    return sorted((f.id for f in c.facts), key=first_row)


class FactsSidebar(Vertical):
    """The facts list; the highlighted fact shows each version's statement below its label."""

    class Jump(Message):
        """Move every pane to this fact's figures."""

        def __init__(self, fact_id: int) -> None:
            super().__init__()
            self.fact_id = fact_id

    class Highlighted(Message):
        """The highlighted fact changed (its figures are marked in the panes)."""

        def __init__(self, fact_id: int | None) -> None:
            super().__init__()
            self.fact_id = fact_id

    class JumpQuote(Message):
        """Move every pane to this quotation (a group of `Comparison.quotes`)."""

        def __init__(self, group: int) -> None:
            super().__init__()
            self.group = group

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.comparison: Comparison | None = None
        self.conflicts_only = False
        self._ids: list[int | None] = []
        """The fact of each line of the list (None for a heading or a quotation)."""
        self._quotes: dict[int, int] = {}
        """Line of the list -> the quotation group it shows."""
        self._stepped = False
        """Whether `next_conflict` has moved the highlight since the list was made."""

    def compose(self) -> ComposeResult:
        yield Static(Content("Facts"), id="facts-title")
        yield SafeOptionList(id="facts-list")

    @property
    def option_list(self) -> OptionList:
        return self.query_one("#facts-list", OptionList)

    def set_comparison(self, c: Comparison) -> None:
        self.comparison = c
        self.rebuild()

    def rebuild(self) -> None:
        c = self.comparison
        if c is None:
            return
        order = fact_order(c)
        facts = [c.facts[i] for i in order if c.facts[i].kind != "date"]
        dates = [c.facts[i] for i in order if c.facts[i].kind == "date"]
        if self.conflicts_only:
            facts = [f for f in facts if f.status == "conflict"]
            dates = [f for f in dates if f.status == "conflict"]
        conflicts = sum(1 for f in c.facts if f.status == "conflict")
        if self.conflicts_only:
            head = Content.assemble((f"! {conflicts} of {len(c.facts)} facts conflict", "bold $error"), " (C: all)")
        else:
            head = Content.assemble(
                (f"Facts ({len(c.facts)})", "bold"),
                ("  ! " + f"{conflicts} conflict{'s' if conflicts != 1 else ''}", "bold $error") if conflicts else "",
            )
        title = Content.assemble(head, "\n", (FACT_LEGEND_SHORT, "italic"))
        self.query_one("#facts-title", Static).update(title)
        options: list[Option | None] = []
        self._ids = []
        for fact in facts:
            options.append(Option(self._prompt(fact.id, expanded=False), id=f"fact-{fact.id}"))
            self._ids.append(fact.id)
        if dates:
            options.append(Option(Content.styled("Dates", "bold"), disabled=True))
            self._ids.append(None)
            for fact in dates:
                options.append(Option(self._prompt(fact.id, expanded=False), id=f"fact-{fact.id}"))
                self._ids.append(fact.id)
        self._quotes = {}
        self._stepped = False
        groups = [] if self.conflicts_only else quote_groups(c)
        if groups:
            options.append(Option(Content.styled("Quotes", "bold"), disabled=True))
            self._ids.append(None)
            for g in groups:
                self._quotes[len(options)] = g
                options.append(Option(self._quote_prompt(g, expanded=False), id=f"quote-{g}"))
                self._ids.append(None)
        ol = self.option_list
        ol.set_options(options)
        if self._ids and self._ids[0] is not None:
            ol.highlighted = 0

    def _prompt(self, fact_id: int, expanded: bool) -> Content:
        c = self.comparison
        assert c is not None
        fact = c.facts[fact_id]
        label, values = fact_line(c, fact, LINE_WIDTH)
        head = Content.assemble(
            (FACT_SIGNS[fact.status], SIGN_STYLES[fact.status]), " ", Content(label), " ", (values, "bold")
        )
        if not expanded:
            return head
        lines = [head]
        by_version: dict[int, list[str]] = {}
        for i in fact.figures:
            f = c.figures[i]
            q = f"{f.qualifier} " if f.qualifier else ""
            by_version.setdefault(f.version, []).append(q + one_line(f.text))
        for v in range(len(c.versions)):
            stated = "; ".join(by_version.get(v, [])) or "-"
            line = f"  {v + 1} {stated}"
            lines.append(Content(line if len(line) <= LINE_WIDTH else line[: LINE_WIDTH - 1] + "…"))
        return Content("\n").join(lines)

    def _quote_prompt(self, group: int, expanded: bool) -> Content:
        c = self.comparison
        assert c is not None
        sign, text = quote_line(c, group, LINE_WIDTH)
        head = Content.assemble((sign, "bold $error" if sign == QUOTE_SIGNS["altered"] else "$success"), " ", text)
        if not expanded:
            return head
        lines = [head]
        for q in c.quotes:
            if q.group == group:
                mark = QUOTE_SIGNS["altered"] if q.altered else " "
                said = visible(q.words(c.versions[q.version].text), newlines=False)
                line = f" {mark}{q.version + 1} {said}"
                lines.append(Content(line if len(line) <= LINE_WIDTH else line[: LINE_WIDTH - 1] + "…"))
        return Content("\n").join(lines)

    @property
    def highlighted_quote(self) -> int | None:
        """The quotation group of the highlighted line, if it shows one."""
        h = self.option_list.highlighted
        return self._quotes.get(h) if h is not None else None

    @property
    def highlighted_fact(self) -> int | None:
        h = self.option_list.highlighted
        return self._ids[h] if h is not None and h < len(self._ids) else None

    def select_fact(self, fact_id: int) -> None:
        if fact_id in self._ids:
            self.option_list.highlighted = self._ids.index(fact_id)

    def next_conflict(self, direction: int = 1) -> int | None:
        """Highlight the next conflicting fact after the highlighted one (before it, for -1; wrapping) and
        return its id. The first step of a list counts its first (or last) line too."""
        c = self.comparison
        if c is None or not self._ids:
            return None
        n = len(self._ids)
        start = self.option_list.highlighted if self._stepped else None
        if start is None:
            start = -1 if direction > 0 else n
        for step in range(1, n + 1):
            k = (start + step * direction) % n
            fid = self._ids[k]
            if fid is not None and c.facts[fid].status == "conflict":
                self.option_list.highlighted = k
                self._stepped = True
                return fid
        return None

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        ol = self.option_list
        for k, fid in enumerate(self._ids):
            if fid is not None:
                ol.replace_option_prompt_at_index(k, self._prompt(fid, expanded=(k == event.option_index)))
            elif k in self._quotes:
                ol.replace_option_prompt_at_index(
                    k, self._quote_prompt(self._quotes[k], expanded=(k == event.option_index))
                )
        self.post_message(self.Highlighted(self.highlighted_fact))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        fid = self._ids[event.option_index] if event.option_index < len(self._ids) else None
        if fid is not None:
            self.post_message(self.Jump(fid))
        elif event.option_index in self._quotes:
            self.post_message(self.JumpQuote(self._quotes[event.option_index]))
