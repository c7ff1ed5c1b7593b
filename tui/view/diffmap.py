"""The difference map: the whole comparison in a column of a screen's height, each cell the most telling
thing in its slice of lines (a conflicting fact, then changed, only in one version, moved, same)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from tui.core.model import Comparison

RANK = {"same": 0, "moved": 1, "unique": 2, "changed": 3, "conflict": 4}
"""How telling each kind of row is: a cell shows its most telling row."""
MAP_SIGNS = {"same": "│", "moved": ">", "unique": "+", "changed": "~", "conflict": "!", "": " "}
"""Signs as well as colours, so the map reads under NO_COLOR."""


def conflict_rows(c: Comparison) -> frozenset[int]:
    """The rows that hold a figure of a conflicting fact."""
    rows = set()
    for fact in c.facts:
        if fact.status == "conflict":
            for i in fact.figures:
                f = c.figures[i]
                rows.add(c.row_of[f.version][f.sentence])
    return frozenset(rows)


def row_ranks(statuses: Sequence[str], conflicts: frozenset[int]) -> list[int]:
    """Each row's rank (`RANK`): made once per comparison, as they do not depend on the layout."""
    return [RANK["conflict"] if r in conflicts else RANK.get(status, 0) for r, status in enumerate(statuses)]


def map_cells(ranks: Sequence[int], tops: Sequence[int], total: int, height: int) -> list[str]:
    """The kind each of `height` cells shows: rows of these `ranks` laid out at `tops` (a row's lines run to
    the next top) in `total` lines; "" for a cell no row reaches. Each cell takes the most telling rank
    of the rows its lines meet (a fold is its first row's line; its hidden rows take no part), found by bisection
    and one `max` over their ranks (in C: a long text's tens of thousands of rows cost a few milliseconds)."""
    if height <= 0:
        return []
    if total <= 0:
        return [""] * height
    names = {rank: name for name, rank in RANK.items()}
    out = []
    for cell in range(height):
        start, end = first_line_of_cell(cell, total, height), first_line_of_cell(cell + 1, total, height)
        if end <= start:
            end = start + 1
        first = max(0, bisect_right(tops, start) - 1)  # the row whose lines hold `start`
        last = min(bisect_left(tops, end), len(ranks))  # rows before this one begin before `end`
        out.append(names[max(ranks[first:last])] if last > first else "")
    return out


def cell_of_line(line: int, total: int, height: int) -> int:
    return min(height - 1, line * height // total) if total > 0 and height > 0 else 0


def first_line_of_cell(cell: int, total: int, height: int) -> int:
    """The first layout line a map cell stands for (the inverse of `cell_of_line`)."""
    return -(-cell * total // height) if height > 0 else 0


def next_block(cells: Sequence[str], edge: int, step: int) -> int | None:
    """The first cell showing a difference beyond `edge` (the last cell on screen; for step -1, the first),
    so that pressing again pages through the differences; None when there is none that way."""
    k = edge + step
    while 0 <= k < len(cells) and cells[k] in ("same", ""):
        k += step
    return k if 0 <= k < len(cells) else None
