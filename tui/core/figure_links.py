"""What the figures of one sentence say of each other: a bare count takes the unit of the one before it,
two units make one mixed amount ("6 feet 1 inch"), "from 41 to 57 percent" shares its unit, and a bracketed
figure converts the one before it."""

from __future__ import annotations

import itertools
import re

from tui.core.claims import Figure
from tui.core.figure_patterns import (
    CONVERSION_GAP,
)


def inherit_units(found: list[Figure]) -> None:
    """A bare count takes the counted noun of the count before it in the sentence ("575,000 troops ... up to
    690,000")."""
    last: Figure | None = None
    for f in found:
        if f.kind != "count":
            continue
        if f.unit:
            last = f
        elif last is not None:
            f.unit, f.unit_key = last.unit, last.unit_key


MIXED = {("ft", "in"): 1 / 12, ("USD", "cents"): 1 / 100, ("GBP", "pence"): 1 / 100, ("lb", "oz"): 1 / 16}
"""Units that a figure in the next smaller unit completes, and that unit's share of the first."""
MIXED_GAP = re.compile(r"\s*(?:and\s+)?")


def join_mixed(text: str, found: list[tuple[Figure, str]]) -> list[tuple[Figure, str]]:
    """One quantity in two units, "6 feet 1 inch" or "4 dollars 25 cents", as one figure."""
    out = [found[0]]
    for f, modifiers in found[1:]:
        prev = out[-1][0]
        share = MIXED.get((prev.unit, f.unit))
        if share and prev.value is not None and f.value is not None and MIXED_GAP.fullmatch(text, prev.end, f.start):
            prev.end, prev.value = f.end, prev.value + f.value * share
            continue
        out.append((f, modifiers))
    return out


def take_unit_of_next(text: str, found: list[Figure]) -> None:
    """A bare number joined by "to" to the figure after it takes its unit: in "rose from 41 to 57 percent" the
    41 is a percentage too (a range would be one figure; a change is two)."""
    for a, b in itertools.pairwise(found):
        if a.kind == "count" and not a.unit and b.kind != "date" and JOINED_TO.fullmatch(text, a.end, b.start):
            a.unit, a.kind, a.unit_key = b.unit, b.kind, b.unit_key


JOINED_TO = re.compile(r"\s*(?:to|and|or)\s*")


def link_conversions(text: str, figures: list[Figure], first: int) -> None:
    """`1,376 square kilometers (531 square miles)`: the second is the first stated in other units.

    `converts` holds the index in this version's list; the model shifts it to the global index.
    """
    for i in range(first + 1, len(figures)):
        prev, cur = figures[i - 1], figures[i]
        if prev.converts is not None or prev.kind != cur.kind or cur.kind in ("date", "count"):
            continue
        same_dimension = prev.unit_key.split(":")[0] == cur.unit_key.split(":")[0] or cur.kind == "money"
        if same_dimension and CONVERSION_GAP.match(text[prev.end : cur.start]):
            figures[i] = cur.replace(converts=i - 1)
