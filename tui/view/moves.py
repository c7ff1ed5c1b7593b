"""Where a moved passage stands in its own version.

A row is laid out in the base's order, so a version that has a sentence elsewhere shows it level with the
base, out of its own order. At the sentence's own place, after the version's nearest earlier sentence that
is in order, that version's pane gets a marker line pointing to it (and `m` goes from one to the other).
"""

from __future__ import annotations

from tui.core.model import Comparison
from tui.core.textsafe import visible

MARKER_WORDS = 8
"""How many of the moved sentence's first words the marker quotes."""


def moved_places(c: Comparison, version: int) -> dict[int, tuple[int, ...]]:
    """Row -> the moved rows whose sentence of this version stands after that row's cell, in text order."""
    row_of = c.row_of[version]
    places: dict[int, list[int]] = {}
    for r, row in enumerate(c.rows):
        if version not in row.moved_in or not row.cells[version]:
            continue
        k = row.cells[version][0] - 1
        while k >= 0 and version in c.rows[row_of[k]].moved_in:
            k -= 1
        if k >= 0:
            places.setdefault(row_of[k], []).append(r)
    return {r: tuple(sorted(rows, key=lambda m: c.rows[m].cells[version][0])) for r, rows in places.items()}


def own_place(c: Comparison, row: int, version: int) -> int | None:
    """The row after which a moved row's sentence of this version stands in that version's own order."""
    for place, moved in moved_places(c, version).items():
        if row in moved:
            return place
    return None


def moved_label(c: Comparison, moved_row: int, version: int) -> str:
    """The marker line: the moved sentence's first words and where it is shown."""
    k = c.rows[moved_row].cells[version][0]
    words = visible(c.sentence_text(version, k), newlines=False).split()
    quote = " ".join(words[:MARKER_WORDS]) + ("…" if len(words) > MARKER_WORDS else "")
    return f"> here in this version: “{quote}” (shown level with the base; m)"
