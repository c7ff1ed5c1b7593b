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
