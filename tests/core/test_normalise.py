"""Folding for comparison."""

from __future__ import annotations

import pytest

from tui.core.normalise import key, placed_words, word_spans, words


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


def test_a_word_broken_at_a_line_s_end_compares_as_the_whole_word() -> None:
    """A page's "re-\\nservoir" is "reservoir"; a compound broken there ("case-\\ninsensitive") is the compound, as
    written on one line; a hyphen before a space ("pre- and post-war") joins nothing."""
    assert words("the re-\n  servoir and case-\ninsensitive") == words("the reservoir and case-insensitive")
    assert words("pre- and post-war") == ["pre", "and", "postwar"]
    spans = [w for _, _, w in word_spans("the re-\nservoir", 0, 15)]
    assert spans == ["the", "reservoir"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor’s office said 1,250 homes — about 40 per cent — lost power.",
        "Crews re-\n  opened the road at 6.30am; “It’s safe,” the police said.",
        "Prices rose 3.2% to $4.10, and £2.5bn was set aside.",
        "Ο δήμαρχος είπε ότι 1.250 σπίτια έμειναν χωρίς ρεύμα.",
    ],
)
def test_words_placed_from_their_folded_form_are_the_words_found_afresh(sentence: str) -> None:
    text = f"Before. {sentence} After."
    start = text.index(sentence)
    end = start + len(sentence)
    assert placed_words(text, start, end, words(sentence)) == word_spans(text, start, end)
