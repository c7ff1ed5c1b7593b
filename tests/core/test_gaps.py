"""A gap between the alignment's anchors pairs by characters first, then by shared words where room is left."""

from __future__ import annotations

from tui.core.gaps import gap_pairs
from tui.core.normalise import key
from tui.core.pair_score import Row
from tui.core.thresholds import DEFAULT_THRESHOLD
from tui.core.wordweight import WordWeights

BASE = [
    "The river burst its banks at Orvel on Sunday night after three days of rain.",
    "Water reached the first floor of houses along the canal road by dawn.",
    "The regional council said 1,200 residents had left their homes before midnight.",
    "Volunteers filled sandbags at the sports hall until the early hours.",
    "The rail line to Besk will stay closed until the embankment is inspected.",
    "Forecasters expect the water to fall slowly from Wednesday.",
]
EDITED = [
    "The river burst its banks at Orvel on Sunday evening after three days of heavy rain.",
    "Water had reached the first floor of houses along the canal road by dawn.",
    "About 1,200 people fled before midnight, according to officials at the regional council.",
    "Volunteers filled sandbags in the sports hall until the early hours.",
    "The rail line to Besk will remain closed until its embankment is inspected.",
    "Forecasters expect the waters to fall slowly from Wednesday.",
]
"""Light edits but one: the third sentence reworded, sharing its telling words and little else."""


class CountingWeights(WordWeights):
    """Word weights that record which sentences were asked whether they share enough with a row."""

    def __init__(self, keys: list[str]) -> None:
        super().__init__(keys)
        self.asked: set[str] = set()

    def shares(self, a: str, b: str, least_overlap: float) -> bool:
        self.asked.add(a)
        return super().shares(a, b, least_overlap)


def test_a_reworded_sentence_between_light_edits_pairs_and_only_it_is_asked_about_its_words() -> None:
    base, edited = [key(s) for s in BASE], [key(s) for s in EDITED]
    weights = CountingWeights(base + edited)
    rows = [Row({0: [n]}, [k], set()) for n, k in enumerate(base)]
    pairs = gap_pairs(edited, range(len(edited)), rows, range(len(rows)), DEFAULT_THRESHOLD, weights)
    assert pairs == [(n, n) for n in range(len(BASE))]
    assert weights.asked == {edited[2]}


def test_without_word_weights_a_gap_pairs_by_characters_alone() -> None:
    base, edited = [key(s) for s in BASE], [key(s) for s in EDITED]
    rows = [Row({0: [n]}, [k], set()) for n, k in enumerate(base)]
    pairs = gap_pairs(edited, range(len(edited)), rows, range(len(rows)), DEFAULT_THRESHOLD, None)
    assert pairs == [(n, n) for n in range(len(BASE)) if n != 2]
