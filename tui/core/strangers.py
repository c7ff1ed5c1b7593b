"""Versions that may be another story: a related article saved with the versions shares a topic and a unit
with the story but hardly a sentence and no value, and its figures must not become the story's facts."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.claims import Figure
from tui.core.facts import same_value
from tui.core.figure_pairs import compatible

STRANGER_ROWS = 0.2
"""A version sharing fewer of its rows than this with every other version, and no figure's value with any,
may be another story (a related article saved with the versions): see `strangers`."""
SMALL_NUMBER = 12
"""Whole numbers up to this (the ones written as words) prove no kinship of two versions by agreeing."""


def strangers(
    figs: Sequence[Figure], eligible: list[int], row_of: Sequence[Sequence[int]], long_text_rows: int
) -> frozenset[int]:
    """The versions that may be another story: a related article shares a topic and a unit with the story
    ("49,000 servicemen lost" beside "59,000 troops deployed") but hardly a sentence and no value. In a long
    text, none (every version there is a whole document)."""
    if max((len(r) for r in row_of), default=0) >= long_text_rows:
        return frozenset()
    row_sets = [set(r) for r in row_of]
    kin: set[int] = set()
    for n, i in enumerate(eligible):
        a = figs[i]
        if a.kind == "date" or a.value is None or (a.value.is_integer() and abs(a.value) <= SMALL_NUMBER):
            continue  # "two tanks" and "two fronts" tell nothing of kinship
        for j in eligible[n + 1 :]:
            b = figs[j]
            if a.version != b.version and compatible(a, b) and same_value(a, b):
                kin.update((a.version, b.version))
    out = set()
    for v, rs in enumerate(row_sets):
        shares = [len(rs & other) / max(1, min(len(rs), len(other))) for w, other in enumerate(row_sets) if w != v]
        if v not in kin and all(share < STRANGER_ROWS for share in shares):
            out.add(v)
    return frozenset(out)
