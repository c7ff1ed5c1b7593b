"""Quotations (`tui.core.quotes`), on sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.core.load import Version
from tui.core.pipeline import compare
from tui.core.quotes import find_quotes, group_quotes


def said(text: str) -> list[tuple[str, str | None]]:
    return [(q.words(text), q.speaker) for q in find_quotes(text, 0)]


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("“We will rebuild the harbour wall,” the mayor said.", "We will rebuild the harbour wall,", "the mayor"),
        ('"The water rose too fast for us," said Ana Lopes.', "The water rose too fast for us,", "Ana Lopes"),
        ("Kaplan said: ‘The figures do not add up at all.’", "The figures do not add up at all.", "Kaplan"),
        ("“It was a very long night,” she said.", "It was a very long night,", None),
    ],
)
def test_each_kind_of_quotation_and_its_speaker(text: str, words: str, speaker: str | None) -> None:
    assert said(text) == [(words, speaker)]


def test_apostrophes_and_quoted_terms_are_not_speech() -> None:
    text = "The port’s chief called the plan “SELECT” and didn't say more. It's the harbour's 'new' plan."
    assert said(text) == []


def test_a_quotation_runs_over_paragraphs_that_open_with_a_quote_mark() -> None:
    text = "“The first part of what he said.\n\n“And the second part of it,” the pilot added.\n\nThen quiet."
    ((words, speaker),) = said(text)
    assert words == "The first part of what he said. And the second part of it," and speaker == "the pilot"


def test_an_unclosed_quotation_ends_with_its_paragraph() -> None:
    text = "“We could not see the shore at all.\n\nThe crew then turned back, officials said."
    assert said(text)[0][0] == "We could not see the shore at all."


def _version(n: int, text: str) -> Version:
    return Version(f"q{n}", f"q{n}", text, "utf-8")


def test_an_altered_quotation_is_flagged_and_spelling_is_not() -> None:
    head = "The harbour reopened on Monday.\n\n"
    wire = head + "“We have repaired 1,200 metres (3,900 feet) of the wall,” the mayor said."
    spelling = head + '"We have repaired 1,200 meters (3,900 feet) of the wall," the mayor said.'
    dropped = head + "“We have repaired 1,200 metres of the wall,” the mayor said."
    c = compare([_version(0, wire), _version(1, spelling), _version(2, dropped)])
    by_version = {q.version: q for q in c.quotes}
    assert len({q.group for q in c.quotes}) == 1
    assert not by_version[1].altered  # quote marks and spelling only
    assert by_version[2].altered
    first = by_version[0]
    assert "3,900 feet" in " ".join(wire[a:b] for a, b in first.differs)  # what the altered copy dropped


def test_an_excerpt_of_a_quotation_is_not_an_alteration() -> None:
    texts = [
        "“We have repaired the wall, and the boats can come back now,” the mayor said.",
        "The mayor said the boats “can come back now” after repairs.",
    ]
    quotes = [find_quotes(t, n) for n, t in enumerate(texts)]
    grouped = group_quotes(texts, quotes)
    assert len({q.group for q in grouped}) == 1 and not any(q.altered for q in grouped)


def test_quotations_in_the_json() -> None:
    c = compare([_version(0, "“We have repaired the wall,” the mayor said."), _version(1, "No quotes here at all.")])
    (q,) = c.to_json()["quotes"]
    assert (q["version"], q["speaker"], q["altered"], q["sentence"]) == (0, "the mayor", False, 0)
