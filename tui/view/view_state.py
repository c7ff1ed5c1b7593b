"""ViewState: what every pane reads to draw a line besides the model. Written by the pane group's reactives
(`tui.widgets.pane_group`), read by the panes; no Textual here."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from tui.core.model import Comparison
from tui.core.worddiff import Span


@dataclass
class ViewState:
    """The drawing state the panes share. `generation` changes with whatever changes how every line looks
    (search, selected figures, marks, the versions on screen); a cursor move changes only its rows' lines."""

    comparison: Comparison
    cursor_row: int = 0
    selected_figures: frozenset[int] = frozenset()
    search: re.Pattern[str] | None = None
    generation: int = 0
    shown_versions: frozenset[int] = frozenset()
    """The versions on screen: the reference cell marks only its differences from these."""
    figure_spans: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)
    """Per version: (start, end, figure index), sorted by start."""
    marks: dict[int, str] = field(default_factory=dict)
    """Row -> the gutter's review sign: "*" marked, "¶" with a note."""
    _reference_spans: dict[tuple[int, frozenset[int]], tuple[Span, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        spans: dict[int, list[tuple[int, int, int]]] = {}
        for i, f in enumerate(self.comparison.figures):
            spans.setdefault(f.version, []).append((f.start, f.end, i))
        for v in spans:
            spans[v].sort()
        self.figure_spans = spans

    def reference_spans(self, row: int) -> tuple[Span, ...]:
        """A row's reference cell's differing words against the versions on screen (made once per row)."""
        key = (row, self.shown_versions)
        spans = self._reference_spans.get(key)
        if spans is None:
            spans = self._reference_spans[key] = self.comparison.rows[row].reference_spans(self.shown_versions)
        return spans

    def line_marks(self, row: int, version: int, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """The marks over characters lo to hi of a version's cell in a row, as (start, end, component class):
        its differing words, figures (the selected fact's apart) and search hits."""
        aligned = self.comparison.rows[row]
        diffs = aligned.diffs[version]
        if version == aligned.reference and self.shown_versions:
            diffs = self.reference_spans(row)  # only what differs from the versions on screen
        marks = [(s, e, "pane--changed-word") for s, e in diffs if s < hi and e > lo]
        figs = self.figure_spans.get(version, [])
        k = bisect_left(figs, (lo - 200, 0, 0))  # a figure is never 200 characters long
        while k < len(figs) and figs[k][0] < hi:
            s, e, i = figs[k]
            if e > lo:
                marks.append((s, e, "pane--figure-selected" if i in self.selected_figures else "pane--figure"))
            k += 1
        if self.search is not None:
            text = self.comparison.versions[version].text
            marks += [(m.start(), m.end(), "pane--search") for m in self.search.finditer(text, lo, hi)]
        return marks

    def touch(self) -> None:
        """Something that changes how every line looks has changed: drop cached lines."""
        self.generation += 1
