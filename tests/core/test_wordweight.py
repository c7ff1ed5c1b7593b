"""Word weights: which words two sentences share, and in what form a word is weighed."""

from __future__ import annotations

from tui.core.normalise import key
from tui.core.wordweight import WordWeights


def test_a_compound_written_apart_elsewhere_is_weighed_as_its_parts() -> None:
    joined = key("Second-quarter passenger numbers on the ferry fell.")
    apart = key("Passenger numbers on the ferry fell in the second quarter.")
    weights = WordWeights([joined, apart, key("The ferry sails at noon.")])
    words = weights.bag(joined)[0]
    assert {"second", "quarter"} <= words
    assert "secondquarter" not in words
    assert weights.covered(apart, joined) == 1.0


def test_a_word_never_written_apart_stays_whole() -> None:
    whole = key("Residents understand the delay.")
    parts = key("They stand under the bridge.")
    weights = WordWeights([whole, parts])
    assert "understand" in weights.bag(whole)[0]


def test_a_short_spelling_of_a_scale_is_the_word_it_stands_for() -> None:
    short = key("The brewer made a profit of $2.7bn and spent €40mn.")
    long = key("The brewer made a profit of $2.7 billion and spent €40 million.")
    weights = WordWeights([short, long])
    assert weights.bag(short)[0] == weights.bag(long)[0]
    assert weights.overlap(short, long) == 1.0
