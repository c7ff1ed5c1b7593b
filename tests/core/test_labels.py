"""Fact labels from the phrase a figure stands in (`tui.core.labels`), on sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.core.test_grouping import fact, versions


@pytest.mark.parametrize(
    ("first", "second", "figure", "wanted"),
    [
        (  # "X of FIGURE": what the figure is the value of
            "The bid values each share at 25% above the group's closing price of $40.10 on Monday.",
            "The offer is 25% more than Monday's closing price of $40.10.",
            "$40.10",
            ["closing", "price"],
        ),
        (  # "FIGURE of X"
            "The council will take on £300 million of new borrowing to rebuild the bridge.",
            "To rebuild the bridge the council plans £300 million of new borrowing.",
            "£300 million",
            ["new", "borrowing"],
        ),
        (  # the figure modifying a noun, hyphenated words whole
            "The carmaker announced a $900 million cost-cutting plan on Tuesday.",
            "On Tuesday the carmaker set out a $900 million cost-cutting plan.",
            "$900 million",
            ["cost-cutting", "plan"],
        ),
        (  # a change and what changed
            "Shipments showed a 7% fall in exports over the winter.",
            "Over the winter there was a 7% fall in exports.",
            "7%",
            ["fall", "exports"],
        ),
    ],
)
def test_a_figure_s_phrase_names_its_fact(first: str, second: str, figure: str, wanted: list[str]) -> None:
    c = versions(first, second)
    words = c.facts[fact(c, 0, figure)].label.split()
    assert all(w in words for w in wanted), words


def test_a_word_that_says_no_more_than_the_figure_is_no_label() -> None:
    c = versions(
        "The charity raised a total of $40 million for the hospital wing.",
        "For the hospital wing the charity raised a total of $40 million.",
    )
    words = c.facts[fact(c, 0, "$40 million")].label.split()
    assert "total" not in words and "raised" in words


def test_a_count_keeps_its_noun_and_what_happened_to_it() -> None:
    c = versions("Rescuers evacuated 3,200 residents of the valley.", "About 3,200 residents were evacuated.")
    words = c.facts[fact(c, 0, "3,200 residents")].label.split()
    assert "residents" in words and "evacuated" in words
