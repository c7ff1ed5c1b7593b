"""The difference map's cells (`tui.view.diffmap`): no Textual, tested like the core."""

from __future__ import annotations

from tui.view.diffmap import cell_of_line, first_line_of_cell, map_cells, next_block, row_ranks


def test_a_cell_shows_the_most_telling_row_of_its_slice() -> None:
    statuses = ["same", "changed", "same", "unique", "same", "moved", "same", "same"]
    tops = [0, 2, 4, 6, 8, 10, 12, 14, 16]  # two lines a row, 16 lines
    cells = map_cells(row_ranks(statuses, frozenset({6})), tops, 16, 4)  # four lines a cell
    assert cells == ["changed", "unique", "moved", "conflict"]


def test_more_cells_than_lines_and_folded_rows() -> None:
    cells = map_cells(row_ranks(["same", "unique", "same"], frozenset()), [0, 1, 1, 2], 2, 4)
    assert cells == ["same", "same", "same", ""]  # a folded row takes no part; no line for the last cell
    assert map_cells([], [0], 0, 2) == ["", ""]


def test_the_next_difference_beyond_the_screen_and_lines_of_cells() -> None:
    cells = ["same", "changed", "changed", "same", "same", "unique", "same"]
    assert next_block(cells, 0, 1) == 1
    assert next_block(cells, 2, 1) == 5  # beyond the last cell on screen
    assert next_block(cells, 5, -1) == 2  # before the first
    assert next_block(cells, 5, 1) is None
    assert cell_of_line(first_line_of_cell(3, 100, 7), 100, 7) == 3
