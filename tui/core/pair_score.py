"""How alike two sentences are, and a sentence and a row of the alignment: rapidfuzz's character similarity,
the telling words they share (`wordweight`), and a clause standing whole inside a longer sentence."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz, process

from tui.core.thresholds import (
    CONTAINED,
    CONTAINED_CHARS,
    CONTAINED_WORDS,
    MIN_FUZZY_WORDS,
    OVERLAP_FLOOR,
    OVERLAP_SCALE,
)
from tui.core.wordweight import WordWeights


class Row:
    """A row while versions are added: each version's sentences in it, its keys, the versions out of order,
    and the versions whose sentence in a neighbouring row states this row too (`align._spanning`)."""

    __slots__ = ("also", "cells", "keys", "moved")

    def __init__(self, cells: dict[int, list[int]], keys: list[str], moved: set[int]) -> None:
        self.cells = cells
        self.keys = keys
        self.moved = moved
        self.also: dict[int, int] = {}


def similarity(a: str, b: str) -> float:
    """How alike two normalised sentences are, 0-100: the better of plain and word-order-free ratio."""
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))


def fuzzy_ok(key: str) -> bool:
    """Only sentences of a few real words pair fuzzily (not "date 2024 01 01" against another date)."""
    found = 0
    for word in key.split():
        if not word[0].isdigit():
            found += 1
            if found >= MIN_FUZZY_WORDS:
                return True
    return False


def row_score(query: str, row: Row, weights: WordWeights | None = None, threshold: float = 100.0) -> float:
    """How well a sentence matches a row: its best similarity to the row's keys, on rapidfuzz's scale. With
    `weights`, a sentence whose telling words overlap a key's enough (`wordweight`) scores the threshold at
    least: shared words alone pair it, but never outweigh a pair whose characters match too (a headline that
    shares a lead's words must not take the lead from the body sentence that restates it)."""
    if not row.keys:
        return 0.0
    return _lifted(query, row, max(similarity(query, k) for k in row.keys), weights, threshold)


def _lifted(query: str, row: Row, best: float, weights: WordWeights | None, threshold: float) -> float:
    """A sentence's similarity to a row, raised to the threshold where they share enough (`row_score`)."""
    if (
        weights is not None
        and OVERLAP_FLOOR <= best < threshold
        and any(_shares_enough(query, k, weights, threshold) for k in row.keys)
    ):
        return threshold
    return best


class RowChoices:
    """Many rows scored against each sentence of a gap at once (`row_score` of each, as a batch): rapidfuzz
    compares a sentence with every key in one call, where a long text's gaps ask for hundreds of thousands of
    pairs one by one."""

    def __init__(self, rows: Sequence[Row]) -> None:
        self.rows = rows
        self.keys = [k for row in rows for k in row.keys]
        self.sorted_keys = list(map(_sorted_words, self.keys))
        """The keys with their words sorted: rapidfuzz's token sort ratio is the plain ratio of these, and it
        would sort each key's words again for every sentence asked."""
        self.owner = [n for n, row in enumerate(rows) for _ in row.keys]

    def scores(self, query: str, weights: WordWeights | None, threshold: float) -> dict[int, float]:
        """Each row's `row_score` against the sentence, by its place in `rows`: the rows whose similarity is at
        least the threshold or, with `weights`, `OVERLAP_FLOOR` if lower (the rest can never pair)."""
        cutoff = threshold if weights is None else min(threshold, OVERLAP_FLOOR)
        best: dict[int, float] = {}
        for asked, keys in ((query, self.keys), (_sorted_words(query), self.sorted_keys)):
            for _key, score, at in process.extract(asked, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
                n = self.owner[at]
                if score > best.get(n, -1.0):
                    best[n] = score
        return {n: _lifted(query, self.rows[n], s, weights, threshold) for n, s in best.items()}


def _sorted_words(key: str) -> str:
    """A key's words in sorted order, as rapidfuzz's token sort ratio compares them."""
    return " ".join(sorted(key.split()))


def _shares_enough(query: str, key: str, weights: WordWeights, threshold: float) -> bool:
    """Whether a sentence shares enough with a key to pair though their characters differ: telling words,
    three numbers, an amount or a percentage, or a clause standing whole inside the other."""
    return weights.shares(query, key, threshold / OVERLAP_SCALE) or contains(query, key, weights)


def contains(a: str, b: str, weights: WordWeights) -> bool:
    """Whether the shorter of two keys, long enough to tell, stands nearly whole inside the longer: a sentence
    cut short on a page ("... there are no a") or one clause of a longer sentence.

    The longer must first hold `CONTAINED_WORDS` of the shorter's content words (a shorter
    key within a few characters of a stretch of the longer has nearly all its words there): rapidfuzz's
    partial ratio is slow on long keys, and a long text's gaps ask it of hundreds of thousands of pairs."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < CONTAINED_CHARS:
        return False
    if weights.held(short, long) < CONTAINED_WORDS:
        return False
    return fuzz.partial_ratio(short, long, score_cutoff=CONTAINED) > 0
