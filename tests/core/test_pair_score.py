"""The batch scorer of a gap gives each row the score `row_score` gives it alone."""

from __future__ import annotations

import pytest

from tui.core.normalise import key
from tui.core.pair_score import Row, RowChoices, row_score, similarity
from tui.core.wordweight import WordWeights

SENTENCES = [
    "The harbour authority closed the northern quay on Tuesday after a crane collapsed.",
    "A crane collapsed at the northern quay, and the harbour authority closed it on Tuesday.",
    "Officials said repairs would cost $4.2 million and take six weeks.",
    "City engineers put the bill for mending the damaged berth at $4.2m.",
    "Shipping volumes at the port rose 12% last year to 8.1 million tonnes across 41 berths.",
    "Cargo handled in 2025 climbed to 8.1m tonnes, with traffic at 41 berths up by 12 per cent.",
    "The authority's chief executive, Mara Lind, said the quay had passed an inspection in March.",
    "Speaking on Wednesday, Lind insisted that a March safety inspection of the northern quay found no fault.",
    "Nobody was hurt.",
    "Ferries sailed from the southern pier instead.",
]


@pytest.mark.parametrize(("threshold", "lifts"), [(30.0, False), (62.0, True), (90.0, True)])
def test_each_row_scores_as_it_would_alone(threshold: float, lifts: bool) -> None:
    keys = [key(s) for s in SENTENCES]
    weights = WordWeights(keys)
    # rows of one key and of several (a row keeps the keys of each version's cell)
    rows = [Row({0: [n]}, [k], set()) for n, k in enumerate(keys[::2])]
    rows += [Row({0: [n], 1: [n]}, [a, b], set()) for n, (a, b) in enumerate(zip(keys[1::2], keys[::2], strict=True))]
    choices = RowChoices(rows)
    lifted = 0
    for query in keys:
        batch = choices.scores(query, weights, threshold)
        for n, row in enumerate(rows):
            alone = row_score(query, row, weights, threshold)
            if alone >= min(threshold, 35.0):
                assert batch[n] == alone
            else:
                assert n not in batch or batch[n] < threshold
            lifted += alone == threshold and similarity(query, row.keys[0]) < threshold
    # reworded pairs are raised to the threshold by what they share, unless it is below where that counts
    assert bool(lifted) == lifts
