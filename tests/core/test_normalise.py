"""Folding for comparison."""

from __future__ import annotations

import pytest

from tui.core.normalise import key, word_spans


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1,376 square kilometres", "1376 square kilometers"),
        ("over 40 per cent", "over 40%"),
        ("over 40 percent", "over 40 per cent"),
        ("the Ministry of Defence", "the ministry of defense"),
        ("armoured vehicles finalising", "armored vehicles finalizing"),
        ("Kyiv’s “forces”", 'Kyiv\'s "forces"'),
        ("counter-assaults", "counterassaults"),
        ("on Nov. 11", "on November 11"),
    ],
)
def test_variants_fold_to_one_key(a: str, b: str) -> None:
    assert key(a) == key(b)


def test_different_words_stay_different() -> None:
    assert key("Kyiv's forces") != key("Ukraine's forces")
    assert key("59,000 troops") != key("60,000 troops")


def test_word_spans_cover_per_cent_as_one_word() -> None:
    text = "lost 40 per cent of it"
    got = [(text[s:e], w) for s, e, w in word_spans(text, 0, len(text))]
    assert got == [("lost", "lost"), ("40", "40"), ("per cent", "percent"), ("of", "of"), ("it", "it")]
