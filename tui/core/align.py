"""N-way sentence alignment: exact anchors, fuzzy pairing inside the gaps, moved sentences.

Versions are added one at a time (the base first) to a growing list of rows, each new version matched
against every cell already in a row, so that versions other than the base also align with each other
(progressive alignment, as collation tools do for manuscript witnesses).

1. Exact anchors: sentences whose normalised keys are equal; the longest chain that keeps both orders
   (a longest increasing subsequence, which is what patience diff does) is taken in order.
2. Fuzzy pairs: inside each gap between anchors, sentences whose score against a row (`pair_score`) is at
   least the threshold pair, keeping order (`gaps`: a dynamic programme where the gap is small, a chain of
   each sentence's best rows first where it is large). Gaps are bounded, so cost stays near linear.
3. Moves (`moves`): sentences still unpaired are matched against rows this version lacks anywhere in the
   text, exactly or above a stricter threshold, and two statements that changed places swap their pairs;
   those rows are marked moved.
4. Sentences left over become rows of their own after the row of their nearest aligned predecessor.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import fuzz

from tui.core.chains import longest_chain
from tui.core.gaps import gap_pairs
from tui.core.moves import moves, uncross
from tui.core.pair_score import Row, fuzzy_ok, row_score, similarity
from tui.core.record import Record
from tui.core.thresholds import (
    CROSS_SCAN_SENTENCES,
    DEFAULT_THRESHOLD,
    MERGE_GAIN,
    OVERLAP_SCALE,
    ROW_KEYS,
    SPAN_COVER,
    SPLIT_PART,
)
from tui.core.wordweight import SHARED_FIGURES, WordWeights

__all__ = ["DEFAULT_THRESHOLD", "RowCells", "align", "similarity"]


class RowCells(Record):
    """One aligned row: each version's sentence indices, the versions in which it is out of order, and
    (`also`) the (version, sentence) pairs of sentences in the row above or below that state this row too: one
    sentence of that version standing for two of another ("Multiple cars derailed and at least three caught
    fire" for "... derailed." and "At least three of the derailed cars caught fire.").

    A value, never changed once made; not made read-only because that makes building one twice as slow, and
    a long text has tens of thousands."""

    __slots__ = ("also", "cells", "moved")
    cells: tuple[tuple[int, ...], ...]
    moved: frozenset[int]
    also: tuple[tuple[int, int], ...]

    def __init__(
        self, cells: tuple[tuple[int, ...], ...], moved: frozenset[int], also: tuple[tuple[int, int], ...] = ()
    ) -> None:
        self.cells = cells
        self.moved = moved
        self.also = also


def _extend_splits(
    keys: Sequence[str],
    rows: list[Row],
    match: dict[int, int],
    unpaired: Iterable[int],
    weights: WordWeights | None = None,
    threshold: float = 100.0,
) -> None:
    """Add an unpaired sentence to its neighbour's row when the two together match that row better, or when it
    shares enough telling words with the row on its own (one sentence of a version standing for two of
    another: "... derailed. At least three of the derailed cars caught fire." against "Multiple cars derailed
    and at least three caught fire")."""
    for j in unpaired:
        if j in match:
            continue
        fits = []
        for nb in (j - 1, j + 1):
            r = match.get(nb)
            if r is None or not rows[r].keys:
                continue
            alone = row_score(keys[nb], rows[r])
            joined = keys[nb] + " " + keys[j] if nb < j else keys[j] + " " + keys[nb]
            together = row_score(joined, rows[r])
            inside = fuzz.partial_ratio(keys[j], rows[r].keys[0])
            if (
                (together >= alone + 8 and inside >= SPLIT_PART)
                or (
                    weights is not None
                    and fuzzy_ok(keys[j])
                    and max(weights.overlap(keys[j], k) for k in rows[r].keys) * OVERLAP_SCALE >= threshold
                )
                or (weights is not None and _adds_figures(keys[j], keys[nb], rows[r], weights))
            ):
                fits.append((inside, r))
        if fits:  # between two rows it could end, the one whose text it stands inside best
            match[j] = max(fits)[1]


def _adds_figures(key: str, neighbour: str, row: Row, weights: WordWeights) -> bool:
    """Whether a sentence gives an amount or a percentage of the row its neighbour is in that the neighbour
    does not: the other half of a split ("Halvard will borrow $20bn." and "It targets $1.1bn of savings."
    against "Halvard will borrow $20bn and targets $1.1bn of savings")."""
    return any(len(weights.figures(key, k) - weights.figures(neighbour, k)) >= SHARED_FIGURES for k in row.keys)


def _merge_rows(keys: Sequence[str], rows: list[Row], match: dict[int, int], moved_rows: set[int]) -> set[int]:
    """One sentence of this version standing for two rows in a row: "Multiple cars derailed and at least three
    caught fire" for "... derailed." and "At least three of the derailed cars caught fire." The row beside a
    matched one joins it when this version has no sentence of its own there, at most one version added
    before keeps the two apart, and the sentence matches both rows together clearly better than its own row
    alone. Returns the rows joined into their neighbours."""
    taken = set(match.values()) | moved_rows
    absorbed: set[int] = set()
    for j, r in sorted(match.items()):
        if r in absorbed or not rows[r].keys:
            continue
        for q in (r + 1, r - 1):
            if not 0 <= q < len(rows) or q in taken or q in absorbed or not rows[q].keys:
                continue
            if sum(1 for w in rows[r].cells if w in rows[q].cells) >= 2:
                continue  # two versions keep the rows apart: the sentence states both instead (`_spanning`)
            other = rows[q].keys[0]
            if not fuzzy_ok(other) or fuzz.partial_ratio(other, keys[j]) < SPLIT_PART:
                continue
            joined = rows[r].keys[0] + " " + other if q > r else other + " " + rows[r].keys[0]
            if similarity(keys[j], joined) >= similarity(keys[j], rows[r].keys[0]) + MERGE_GAIN:
                _join_row(rows[r], rows[q])
                absorbed.add(q)
                taken.add(q)
                break
    return absorbed


def _join_row(into: Row, other: Row) -> None:
    """Put another row's sentences into this one, version by version."""
    for v, cell in other.cells.items():
        into.cells[v] = sorted(into.cells.get(v, []) + cell)
    into.moved |= other.moved
    for k in other.keys:
        if len(into.keys) < ROW_KEYS and k not in into.keys:
            into.keys.append(k)


def _add_version(
    rows: list[Row], version: int, keys: Sequence[str], threshold: float, weights: WordWeights | None
) -> list[Row]:
    n = len(keys)
    where: dict[str, list[int]] = {}
    for r, row in enumerate(rows):
        for k in row.keys:
            if k:
                where.setdefault(k, []).append(r)
    cand = []
    count = Counter(keys)
    for j, k in enumerate(keys):
        posting = where.get(k)
        if posting is None:
            continue
        if (len(posting) > 1 or count[k] > 1) and not fuzzy_ok(k):
            continue  # a short refrain ("Selah.", "Amen.") anchors nothing: its gap pairs it where it stands
        if len(posting) == 1:
            cand.append((j, posting[0]))
        else:  # rows were listed in order: the first 50, latest first
            cand += [(j, r) for r in reversed(posting[:50])]
    anchors = longest_chain(cand)
    match: dict[int, int] = dict(anchors)
    bounds = [(-1, -1), *anchors, (n, len(rows))]
    for (j0, r0), (j1, r1) in itertools.pairwise(bounds):
        if j1 - j0 > 1 and r1 - r0 > 1:
            match.update(gap_pairs(keys, range(j0 + 1, j1), rows, range(r0 + 1, r1), threshold, weights))
    _extend_splits(keys, rows, match, range(n), weights, threshold)
    moved = moves(keys, [j for j in range(n) if j not in match], rows, set(match.values()), threshold, weights)
    if weights is not None and n <= CROSS_SCAN_SENTENCES:
        uncross(keys, rows, match, moved, threshold, weights)
    beside = {nb for j in moved for nb in (j - 1, j + 1) if 0 <= nb < n and nb not in match}
    _extend_splits(keys, rows, moved, sorted(beside), weights, threshold)  # a moved sentence split in two
    absorbed = _merge_rows(keys, rows, match, set(moved.values()))
    of_row: dict[int, list[int]] = {}
    for j, r in match.items():
        of_row.setdefault(r, []).append(j)
    first_of_row = {r: min(js) for r, js in of_row.items()}
    new_rows: list[Row] = []
    j = 0

    def emit_until(stop: int) -> None:
        nonlocal j
        while j < stop:
            if j not in match and j not in moved:
                new_rows.append(Row({version: [j]}, [keys[j]], set()))
            j += 1

    for r, row in enumerate(rows):
        if r in absorbed:
            continue
        first = first_of_row.get(r)
        if first is not None:
            emit_until(first)
            row.cells[version] = sorted(of_row[r])
            j = max(j, row.cells[version][-1] + 1)
            if len(row.keys) < ROW_KEYS:
                cell = row.cells[version]
                k = keys[cell[0]] if len(cell) == 1 else " ".join([keys[i] for i in cell])
                if k not in row.keys:
                    row.keys.append(k)
        new_rows.append(row)
    emit_until(n)
    for j2, r in sorted(moved.items()):
        first = version not in rows[r].cells
        rows[r].cells.setdefault(version, []).append(j2)
        rows[r].moved.add(version)
        if first and len(rows[r].keys) < ROW_KEYS and keys[j2] not in rows[r].keys:
            rows[r].keys.append(keys[j2])
    return new_rows


def _without(rows: list[Row], version: int, order: Sequence[int], keys: Sequence[Sequence[str]]) -> list[Row]:
    """The rows with one version taken out: its cells and the rows only it had, each row's keys made again
    from the versions left (in the order they were added, so the base's key stays first)."""
    out = []
    for row in rows:
        row.cells.pop(version, None)
        if not row.cells:
            continue
        row.moved.discard(version)
        row.keys = []
        for v in order:
            cell = row.cells.get(v)
            if cell and len(row.keys) < ROW_KEYS:
                k = keys[v][cell[0]] if len(cell) == 1 else " ".join([keys[v][i] for i in cell])
                if k not in row.keys:
                    row.keys.append(k)
        out.append(row)
    return out


def align(
    keys: Sequence[Sequence[str]],
    base: int = 0,
    threshold: float = DEFAULT_THRESHOLD,
    each_version: Callable[[], None] | None = None,
) -> list[RowCells]:
    """Align the sentence keys of every version into rows, in the base's order. `each_version` is called after
    each version is added (an exception it raises stops the alignment: how a long one is cancelled).

    With three versions or more, each version after the first pass is taken out and added again, so that it
    meets the sentences of the versions added after it too (iterative refinement, as multiple sequence
    aligners do): a rewrite added early can then pair with a later copy that words it the same way."""
    order = [base, *(v for v in range(len(keys)) if v != base)]
    rows = [Row({base: [j]}, [k], set()) for j, k in enumerate(keys[base])]
    weights = WordWeights((k for ks in keys for k in ks), keys)
    for v in order[1:]:
        rows = _add_version(rows, v, keys[v], threshold, weights)
        if each_version is not None:
            each_version()
    if len(order) > 2:
        for v in order[1:]:
            rows = _add_version(_without(rows, v, order, keys), v, keys[v], threshold, weights)
            if each_version is not None:
                each_version()
    for v in order:
        rows = _first_copies(rows, v, keys[v])
    _spanning(rows, keys, weights)
    versions = range(len(keys))
    in_order: frozenset[int] = frozenset()  # most rows: one set for all of them
    return [
        RowCells(
            tuple([tuple(row.cells[v]) if v in row.cells else () for v in versions]),
            frozenset(row.moved) if row.moved else in_order,
            tuple(sorted(row.also.items())) if row.also else (),
        )
        for row in rows
    ]


def _spanning(rows: list[Row], keys: Sequence[Sequence[str]], weights: WordWeights) -> None:
    """A version's lone sentence in a row that also holds most of the telling words of the row above or below,
    where that version has nothing, states that row too (a merge in this version, or a split in the others):
    recorded in the neighbour's `also`, the sentence staying where it is."""
    for r, row in enumerate(rows):
        for v, cell in row.cells.items():
            if len(cell) != 1 or v in row.moved or not fuzzy_ok(keys[v][cell[0]]):
                continue
            whole = keys[v][cell[0]]
            best, where = SPAN_COVER, -1
            for q in (r - 1, r + 1):
                if not 0 <= q < len(rows) or v in rows[q].cells or v in rows[q].also or rows[q].moved:
                    continue
                cover = max((weights.covered(k, whole) for k in rows[q].keys if fuzzy_ok(k)), default=0.0)
                if cover >= best:
                    best, where = cover, q
            if where >= 0:
                rows[where].also[v] = cell[0]


def _first_copies(rows: list[Row], version: int, keys: Sequence[str]) -> list[Row]:
    """A sentence a version prints twice (a page's headline over a teaser and again over the article) meets
    the other versions at its first copy: where the later copy shares a row and the first stands alone, with
    only rows of this version's own between them, the first copy takes the shared row and the sentences
    between follow it, the later copy last."""
    repeated = {k for k, c in Counter(keys).items() if c > 1 and fuzzy_ok(k)}
    while repeated:
        move = _first_copy_move(rows, version, keys, repeated)
        if move is None:
            return rows
        q, r = move
        shared, lone = rows[r], rows[q]
        between = [row for row in rows[q + 1 : r] if version in row.cells]
        j = shared.cells[version][0]
        shared.cells[version], lone.cells[version] = lone.cells[version], [j]
        lone.keys = [keys[j]]
        gone = {id(lone), *map(id, between)}
        rows = [row for row in rows if id(row) not in gone]
        at = rows.index(shared) + 1
        rows[at:at] = [*between, lone]
    return rows


def _first_copy_move(rows: list[Row], version: int, keys: Sequence[str], repeated: set[str]) -> tuple[int, int] | None:
    """The rows (first copy's, later copy's) of the first repeated sentence `_first_copies` moves, if any."""
    row_of = {cell[0]: r for r, row in enumerate(rows) if len(cell := row.cells.get(version, ())) == 1}
    first: dict[str, int] = {}
    for j, k in enumerate(keys):
        if k not in repeated:
            continue
        if k not in first:
            first[k] = j
            continue
        q, r = row_of.get(first[k]), row_of.get(j)
        if q is None or r is None or q > r or len(rows[q].cells) > 1 or version in rows[q].moved:
            continue
        if len(rows[r].cells) < 2 or version in rows[r].moved:
            continue
        if all(len(row.cells) == 1 and version not in row.moved for row in rows[q:r] if version in row.cells):
            return q, r
    return None
