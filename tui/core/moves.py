"""Pairs out of order: sentences of the version being added that the in-order pairing left over, matched with
rows it left free anywhere in the text, and statements that changed places between versions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from tui.core.pair_score import Row, fuzzy_ok, similarity
from tui.core.thresholds import (
    COMMON_ROWS,
    CONTAIN_SCAN_AREA,
    CONTAINED,
    CONTAINED_CHARS,
    CROSS_REACH,
    MOVE_CANDIDATES,
    MOVE_SCAN_AREA,
    MOVED_MARGIN,
    OVERLAP_FLOOR,
    OVERLAP_SCALE,
    OVERLAP_SCAN_AREA,
)
from tui.core.wordweight import SHARED_FIGURES, SHARED_NUMBERS, WordWeights


def moves(
    keys: Sequence[str],
    unmatched: list[int],
    rows: list[Row],
    taken_rows: set[int],
    threshold: float,
    weights: WordWeights | None = None,
) -> dict[int, int]:
    """Pair sentences left over with rows this version has not matched, anywhere in the text: by their
    characters, by standing inside another, or (with `weights`) by the telling words, the figures or a run of
    words quoted (`WordWeights.shared_run`) they share, each above the stricter threshold for pairs out of
    order."""
    free = [r for r, row in enumerate(rows) if r not in taken_rows and row.keys]
    if not unmatched or not free:
        return {}
    by_key: dict[str, list[int]] = {}
    for r in free:
        for k in rows[r].keys:
            by_key.setdefault(k, []).append(r)
    taken: set[int] = set()
    out: dict[int, int] = {}
    rest = []
    left_over = Counter(keys[j] for j in unmatched)
    for j in unmatched:
        hit = next((r for r in by_key.get(keys[j], ()) if r not in taken), None)
        # a short refrain ("Selah.", "Amen.") left over in several places may be any of them: no evidence of a move
        refrain = not fuzzy_ok(keys[j]) and (left_over[keys[j]] > 1 or len(by_key.get(keys[j], ())) > 1)
        if hit is not None and keys[j] and not refrain:
            out[j] = hit
            taken.add(hit)
        elif fuzzy_ok(keys[j]):
            rest.append(j)
    free = [r for r in free if r not in taken and fuzzy_ok(rows[r].keys[0])]
    if not rest or not free:
        return out
    # (score, its evidence uncapped, how alike their characters are, sentence, row): among moves equally sure
    # by what they share, the one whose sentence reads most like the row's
    scored: list[tuple[float, float, float, int, int]] = []
    strict = min(100.0, threshold + MOVED_MARGIN)
    if len(rest) * len(free) <= MOVE_SCAN_AREA:
        choices = [rows[r].keys[0] for r in free]
        for j in rest:
            for _choice, score, idx in process.extract(
                keys[j], choices, scorer=fuzz.ratio, score_cutoff=strict, limit=3
            ):
                scored.append((score, score, score, j, free[idx]))
            if weights is not None and len(rest) * len(free) <= OVERLAP_SCAN_AREA:
                for r in free:
                    shared = _shared_evidence(keys[j], rows[r], weights, strict)
                    if shared >= strict:
                        scored.append((min(shared, strict), shared, _alike(keys[j], rows[r]), j, r))
            if len(keys[j]) >= CONTAINED_CHARS and len(rest) * len(free) <= CONTAIN_SCAN_AREA:
                # a sentence cut short, or a clause of one, moved (an article's few: partial_ratio is slow)
                for _choice, _score, idx in process.extract(
                    keys[j], choices, scorer=fuzz.partial_ratio, score_cutoff=CONTAINED, limit=3
                ):
                    if len(choices[idx]) >= CONTAINED_CHARS:
                        scored.append((strict, strict, _alike(keys[j], rows[free[idx]]), j, free[idx]))
    else:  # a long text: score only the rows sharing the most uncommon words with the sentence
        for j, r in _shared_word_candidates(keys, rest, rows, free):
            score = fuzz.ratio(keys[j], rows[r].keys[0], score_cutoff=strict)
            if score:
                scored.append((score, score, score, j, r))
    for *_, j, r in sorted(scored, reverse=True):
        if j not in out and r not in taken:
            out[j] = r
            taken.add(r)
    return out


def _alike(key: str, row: Row) -> float:
    return max(similarity(key, k) for k in row.keys)


ROUND_PERCENT = re.compile(r"\d{1,2}%")
"""A whole percentage under 100 ("12%"): one story gives the same by chance in unrelated sentences (a share
price's rise and a weight loss), so for a pair out of order it is half the evidence another figure is."""


def _telling(figures: frozenset[str]) -> float:
    """How many shared figures (`WordWeights.figures`) a pair out of order has, a round percentage as half."""
    return sum(0.5 if ROUND_PERCENT.fullmatch(f) else 1.0 for f in figures)


def _shared_evidence(key: str, row: Row, weights: WordWeights, strict: float) -> float:
    """How surely a sentence left over states a free row by what they share, on rapidfuzz's scale: the overlap
    of their telling words, or `strict` where they share three numbers, a quoted run of words or an amount
    (their characters alike enough), moved and reworded."""
    keys = row.keys
    shared = max(weights.overlap(key, k) for k in keys) * OVERLAP_SCALE
    if shared < strict and (
        max(weights.numbers(key, k) for k in keys) >= SHARED_NUMBERS
        or any(weights.shared_run(key, k) for k in keys)
        or (
            max(_telling(weights.figures(key, k)) for k in keys) >= SHARED_FIGURES
            and max(similarity(key, k) for k in keys) >= OVERLAP_FLOOR
        )
    ):
        return strict
    return shared


def uncross(
    keys: Sequence[str],
    rows: list[Row],
    match: dict[int, int],
    moved: dict[int, int],
    threshold: float,
    weights: WordWeights,
) -> None:
    """Two statements that changed places: "A. ... B." in one version, "B'. ... A'." in the next, which the
    in-order pairing took as A with B' (and B with A', or left them over). Where a sentence paired weakly or
    not at all states the row a nearby sentence took, and that sentence states this one's row (or a free row
    nearby), each above the stricter threshold for pairs out of order and together by `MOVED_MARGIN` more than
    the pairs they undo, the two swap. A pair alike in its characters is never undone (a copied sentence keeps
    its row), nor a row two sentences of this version split. The pair that breaks the order of its neighbours
    is marked moved. Then a sentence left over may take a row from a weak holder (`_reclaim`)."""
    strict = min(100.0, threshold + MOVED_MARGIN)
    evidence = Evidence(keys, rows, weights, strict)

    def copied(j: int, r: int) -> bool:
        return fuzz.ratio(keys[j], rows[r].keys[0]) >= strict

    taken = set(match.values()) | set(moved.values())
    shared = {r for r, n in Counter(match.values()).items() if n > 1}  # rows of a split: left as they are
    for j in range(len(keys)):
        r = match.get(j)
        if (r is None and j in moved) or not fuzzy_ok(keys[j]) or (r is not None and (copied(j, r) or r in shared)):
            continue
        now = 0.0 if r is None else evidence(j, r)
        if now >= strict:
            continue
        best: tuple[float, int, int] | None = None  # (gain, the other sentence, where it goes)
        for other in range(j - CROSS_REACH, j + CROSS_REACH + 1):
            there = match.get(other)
            if other == j or there is None or there in shared or not fuzzy_ok(rows[there].keys[0]):
                continue
            if copied(other, there):
                continue
            takes = evidence(j, there)
            if takes < strict:
                continue
            undone = now + evidence(other, there) + MOVED_MARGIN
            if r is not None:
                goes = evidence(other, r)
                if goes >= strict and takes + goes >= undone:
                    best = max(best or (0.0, 0, 0), (takes + goes - undone, other, r))
                continue
            for free in range(max(0, there - 2 * CROSS_REACH), min(len(rows), there + 2 * CROSS_REACH + 1)):
                if free in taken or not rows[free].keys or not fuzzy_ok(rows[free].keys[0]):
                    continue
                goes = evidence(other, free)
                if goes >= strict and takes + goes >= undone:
                    best = max(best or (0.0, 0, 0), (takes + goes - undone, other, free))
        if best is None:
            continue
        _, other, goes_to = best
        takes_row = match.pop(other)
        match.pop(j, None)
        taken.add(goes_to)
        for sentence, row in ((j, takes_row), (other, goes_to)):
            (match if _in_order(match, sentence, row) else moved)[sentence] = row
    _reclaim(keys, rows, match, moved, evidence)


class Evidence:
    """How surely sentence j of the version being added states row r (`_evidence`), against the stricter
    threshold for pairs out of order (`strict`)."""

    def __init__(self, keys: Sequence[str], rows: list[Row], weights: WordWeights, strict: float) -> None:
        self.keys, self.rows, self.weights, self.strict = keys, rows, weights, strict

    def __call__(self, j: int, r: int) -> float:
        return _evidence(self.keys[j], self.rows[r], self.weights, self.strict)


def _evidence(key: str, row: Row, weights: WordWeights, strict: float) -> float:
    """How surely a sentence states a row, on rapidfuzz's scale capped at 100: their characters where alike
    enough, else what they share (`_shared_evidence`)."""
    alike = _alike(key, row)
    if alike >= strict:
        return min(100.0, alike)
    if alike < OVERLAP_FLOOR:  # as in the gaps: too unlike in characters to be asked about their words
        return alike
    return min(100.0, _shared_evidence(key, row, weights, strict))


def _reclaim(
    keys: Sequence[str], rows: list[Row], match: dict[int, int], moved: dict[int, int], evidence: Evidence
) -> None:
    """A sentence left over that states a row far better than the sentence holding it takes that row, moved,
    and the holder is left alone: the in-order pairing gave the row to a neighbour on the same topic ("The
    Kelby site, one of fourteen plants, employs about 620 people" for "Pellmoor, which employs 6,400 people at
    14 sites, ...") while the statement itself stands later ("Pellmoor, which has 6,400 workers, ..."). The
    taker must clear the stricter threshold for pairs out of order and beat the holder by `MOVED_MARGIN`; a
    holder alike in its characters, or one of a row two sentences of this version split, keeps its row."""
    held = Counter(match.values())
    holder = {r: j for j, r in match.items() if held[r] == 1 and fuzzy_ok(rows[r].keys[0])}
    left = [j for j in range(len(keys)) if j not in match and j not in moved and fuzzy_ok(keys[j])]
    if not left or len(left) * len(holder) > OVERLAP_SCAN_AREA:
        return
    weak = {r: e for r, j in holder.items() if (e := evidence(j, r)) < evidence.strict}
    found = [
        (takes - holds, j, r) for j in left for r, holds in weak.items() if (takes := evidence(j, r)) >= evidence.strict
    ]
    for gain, j, r in sorted(found, reverse=True):
        if gain < MOVED_MARGIN or r not in weak or j in moved:
            continue
        del match[holder[r]], weak[r]
        moved[j] = r


def _in_order(match: dict[int, int], j: int, r: int) -> bool:
    """Whether pairing sentence `j` with row `r` keeps the order of the nearest pairs before and after it
    (looked for within a few sentences: farther pairs say nothing of a swap)."""
    reach = range(1, 4 * CROSS_REACH)
    before = next((match[j - d] for d in reach if j - d in match), -1)
    after = next((match[j + d] for d in reach if j + d in match), None)
    return before < r and (after is None or after > r)


def _shared_word_candidates(
    keys: Sequence[str], sentences: list[int], rows: list[Row], free: list[int]
) -> list[tuple[int, int]]:
    """(sentence, row) pairs worth scoring: for each sentence, the few free rows sharing the most of its
    uncommon words (words in more than COMMON_ROWS rows say nothing about where a sentence went)."""
    index: dict[str, list[int]] = {}
    for r in free:
        for w in set(rows[r].keys[0].split()):
            index.setdefault(w, []).append(r)
    out = []
    for j in sentences:
        counts: dict[int, int] = {}
        for w in set(keys[j].split()):
            posting = index.get(w, ())
            if len(posting) <= COMMON_ROWS:
                for r in posting:
                    counts[r] = counts.get(r, 0) + 1
        best = sorted(counts.items(), key=lambda rc: (-rc[1], rc[0]))[:MOVE_CANDIDATES]
        out += [(j, r) for r, n in best if n >= 2]
    return out
