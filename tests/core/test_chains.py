"""The chains of pairs that keep both orders: the longest (exact anchors) and the heaviest (a large gap's
fuzzy pairs), against a search of every subsequence on small inputs."""

from __future__ import annotations

import random
from itertools import combinations, pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.chains import heaviest_chain, longest_chain

pair_lists = st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=9, unique=True).map(
    lambda pairs: sorted(pairs, key=lambda p: (p[0], -p[1]))
)


def _increasing(chain: list[tuple[int, int]]) -> bool:
    return all(a[0] < b[0] and a[1] < b[1] for a, b in pairwise(chain))


def _chains(pairs: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    return [list(c) for n in range(len(pairs) + 1) for c in combinations(pairs, n) if _increasing(list(c))]


@settings(max_examples=300, deadline=None)
@given(pair_lists)
def test_the_longest_chain_is_as_long_as_any(pairs: list[tuple[int, int]]) -> None:
    chain = longest_chain(pairs)
    assert _increasing(chain) and set(chain) <= set(pairs)
    assert len(chain) == max(map(len, _chains(pairs)))


@settings(max_examples=300, deadline=None)
@given(pair_lists, st.randoms(use_true_random=False))
def test_the_heaviest_chain_weighs_as_much_as_any(pairs: list[tuple[int, int]], rng: random.Random) -> None:
    weight = {p: rng.choice([0.5, 1.0, 2.0, 7.0]) for p in pairs}
    chain = heaviest_chain(pairs, [weight[p] for p in pairs])
    assert _increasing(chain) and set(chain) <= set(pairs)
    best = max(sum(weight[p] for p in c) for c in _chains(pairs))
    assert abs(sum(weight[p] for p in chain) - best) < 1e-9


def test_the_heaviest_chain_gives_up_two_light_pairs_for_one_heavy() -> None:
    pairs = [(0, 1), (1, 0), (2, 1)]
    assert heaviest_chain(pairs, [10.0, 1.0, 1.0]) == [(0, 1)]
    assert longest_chain(pairs) == [(1, 0), (2, 1)]
