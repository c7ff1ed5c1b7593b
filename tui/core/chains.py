"""The longest chain of pairs increasing in both sequences (patience sorting): the exact anchors the
alignment keeps in order, and the order-keeping pairs of a gap."""

from __future__ import annotations

from bisect import bisect_left


def longest_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence of (j, r) pairs increasing in both; pairs come sorted by j, then r descending."""
    tails: list[int] = []
    tail_idx: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for k, (_, r) in enumerate(pairs):
        pos = bisect_left(tails, r)
        if pos == len(tails):
            tails.append(r)
            tail_idx.append(k)
        else:
            tails[pos] = r
            tail_idx[pos] = k
        back[k] = tail_idx[pos - 1] if pos else -1
    chain = []
    k = tail_idx[-1] if tail_idx else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    chain.reverse()
    return chain


def heaviest_chain(pairs: list[tuple[int, int]], weights: list[float]) -> list[tuple[int, int]]:
    """The subsequence of (j, r) pairs increasing in both with the greatest total weight; pairs come sorted by
    j, then r descending (so no two of one j are taken). A Fenwick tree over the rows keeps, for each prefix of
    rows, the heaviest chain ending there: n log n, as the longest chain is."""
    rows = sorted({r for _, r in pairs})
    rank = {r: k + 1 for k, r in enumerate(rows)}
    size = len(rows)
    tree_weight = [0.0] * (size + 1)
    tree_end = [-1] * (size + 1)
    back = [-1] * len(pairs)
    total = [0.0] * len(pairs)
    for k, (_, r) in enumerate(pairs):
        best, best_end = 0.0, -1
        i = rank[r] - 1  # chains ending on a row before r
        while i > 0:
            if tree_weight[i] > best:
                best, best_end = tree_weight[i], tree_end[i]
            i -= i & -i
        total[k] = best + weights[k]
        back[k] = best_end
        i = rank[r]
        while i <= size:
            if total[k] > tree_weight[i]:
                tree_weight[i], tree_end[i] = total[k], k
            i += i & -i
    k = max(range(len(pairs)), key=total.__getitem__) if pairs else -1
    chain = []
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    chain.reverse()
    return chain
