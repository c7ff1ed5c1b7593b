"""Where the navigation keys go, computed from the model alone (no Textual): the rows n, u, m and the
search stop at, and the next of them from the cursor."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tui.core.model import Comparison


def next_row(rows: Sequence[int], cursor: int, forward: bool = True) -> int | None:
    """The first of these rows (in order) after the cursor, or the last before it; None at the end."""
    if forward:
        return next((r for r in rows if r > cursor), None)
    return next((r for r in reversed(rows) if r < cursor), None)


def difference_rows(c: Comparison, visible: Iterable[int]) -> list[int]:
    """The rows `n` stops at: every visible row that is not the same in all its versions."""
    return [r for r in visible if c.rows[r].status != "same"]


def unique_rows(c: Comparison, version: int) -> list[int]:
    """The rows `u` stops at: passages only this version has."""
    return [r for r, row in enumerate(c.rows) if row.status == "unique" and row.cells[version]]


def moved_rows(c: Comparison) -> list[int]:
    """The rows `m` steps through when the cursor is on none of them."""
    return [r for r, row in enumerate(c.rows) if row.status == "moved"]


def search_pattern(term: str) -> re.Pattern[str]:
    """The search term as typed, matched without case (never read as a pattern)."""
    return re.compile(re.escape(term), re.IGNORECASE)


def search_rows(c: Comparison, pattern: re.Pattern[str]) -> list[int]:
    """The rows with a hit in any version, shown in a pane or not."""
    return [
        r
        for r, row in enumerate(c.rows)
        if any(pattern.search(c.sentence_text(v, k)) for v in range(len(c.versions)) for k in row.cells[v])
    ]


def fact_rows(c: Comparison, fact_id: int) -> dict[int, int]:
    """Version -> the row of its first figure of a fact."""
    rows: dict[int, int] = {}
    for i in c.facts[fact_id].figures:
        f = c.figures[i]
        rows.setdefault(f.version, c.row_of[f.version][f.sentence])
    return rows


def quote_rows(c: Comparison, group: int) -> dict[int, int]:
    """Version -> the row of its first part of a quotation."""
    rows: dict[int, int] = {}
    for q in c.quotes:
        if q.group == group:
            rows.setdefault(q.version, c.row_of[q.version][q.sentence])
    return rows
