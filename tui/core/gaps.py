"""The order-keeping pairs of one gap between the alignment's anchors: a dynamic programme over every
(sentence, row) pair where the gap is small, a chain of each sentence's best rows where it is large."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from tui.core.chains import heaviest_chain
from tui.core.pair_score import Row, RowChoices, fuzzy_ok
from tui.core.thresholds import DP_AREA, GAP_CHOICES, SCAN_AREA
from tui.core.wordweight import WordWeights


def gap_pairs(
    keys: Sequence[str], js: range, rows: list[Row], rs: range, threshold: float, weights: WordWeights | None
) -> list[tuple[int, int]]:
    """Order-keeping pairs (j, r) inside one gap, best total similarity above the threshold, in two passes.
    First by characters alone: a dynamic programme over every pair where the gap is small, a chain of each
    sentence's few best rows where it is large (`_greedy_chain`). Then each smaller gap that chain leaves is
    paired in full, where the pairs characters miss are found (shared telling words, a clause inside a
    sentence). A pair by shared words never takes the place of one by characters (`pair_score.row_score`):
    on a long text most pairs of a gap are alike enough in characters to be asked about their words, and
    only those the first pass leaves room for are asked."""
    js_ok = [j for j in js if fuzzy_ok(keys[j])]
    rs_ok = [r for r in rs if rows[r].keys and fuzzy_ok(rows[r].keys[0])]
    area = len(js_ok) * len(rs_ok)
    if not area or area > SCAN_AREA:
        return []
    if area <= DP_AREA:
        chain = _gap_dp(keys, js_ok, rows, rs_ok, threshold, None)
        if weights is None:
            return chain
    else:
        chain = _greedy_chain(keys, js_ok, rows, rs_ok, threshold)
    pairs = []
    bounds = [(js.start - 1, rs.start - 1), *chain, (js.stop, rs.stop)]
    for (j0, r0), (j1, r1) in itertools.pairwise(bounds):
        sub_js = js_ok[bisect_right(js_ok, j0) : bisect_left(js_ok, j1)]
        sub_rs = rs_ok[bisect_right(rs_ok, r0) : bisect_left(rs_ok, r1)]
        if sub_js and sub_rs and len(sub_js) * len(sub_rs) <= DP_AREA:
            pairs += _gap_dp(keys, sub_js, rows, sub_rs, threshold, weights)
        if j1 < js.stop:
            pairs.append((j1, r1))
    return pairs


def _gap_dp(
    keys: Sequence[str], js_ok: list[int], rows: list[Row], rs_ok: list[int], threshold: float,
    weights: WordWeights | None,
) -> list[tuple[int, int]]:  # fmt: skip
    """The dynamic programme of a gap small enough to score every (sentence, row) pair: the order-keeping
    pairs of the best total score above the threshold."""
    n, m = len(js_ok), len(rs_ok)
    gain = [[0.0] * m for _ in range(n)]
    choices = RowChoices([rows[r] for r in rs_ok])
    for a, j in enumerate(js_ok):
        row_gain = gain[a]
        for b, s in choices.scores(keys[j], weights, threshold).items():
            if s >= threshold:
                row_gain[b] = s - threshold + 1.0
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for a in range(n - 1, -1, -1):
        cur, nxt, g = best[a], best[a + 1], gain[a]
        for b in range(m - 1, -1, -1):
            v = max(nxt[b], cur[b + 1])
            if g[b] > 0.0:
                v = max(v, g[b] + nxt[b + 1])
            cur[b] = v
    pairs = []
    a = b = 0
    while a < n and b < m:
        if gain[a][b] > 0.0 and best[a][b] == gain[a][b] + best[a + 1][b + 1]:
            pairs.append((js_ok[a], rs_ok[b]))
            a += 1
            b += 1
        elif best[a][b] == best[a + 1][b]:
            a += 1
        else:
            b += 1
    return pairs


def _greedy_chain(
    keys: Sequence[str], js: list[int], rows: list[Row], rs: list[int], threshold: float
) -> list[tuple[int, int]]:
    """For large gaps: each sentence's few best rows (batch scored), then the order-keeping chain of the best
    total score, as the dynamic programme of a small gap would choose (a sentence's best row alone may be
    its neighbour's, which says much the same: "The waters prevailed exceedingly" beside "The waters
    prevailed, and increased greatly")."""
    choices = [rows[r].keys[0] for r in rs]
    cand: list[tuple[int, int, float]] = []
    for j in js:
        for _choice, score, idx in process.extract(
            keys[j], choices, scorer=fuzz.ratio, score_cutoff=threshold, limit=GAP_CHOICES
        ):
            cand.append((j, rs[idx], score - threshold + 1.0))
    cand.sort(key=lambda p: (p[0], -p[1]))
    return heaviest_chain([(j, r) for j, r, _ in cand], [w for _, _, w in cand])
