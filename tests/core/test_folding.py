"""What counts as a difference: each folding turned off flips a row that differs only in that respect."""

from __future__ import annotations

import json

import pytest

from tests.core.test_cli import versus
from tui.core.folding import folded_words, refold
from tui.core.load import Version
from tui.core.normalise import ALL_FOLDINGS, FOLDINGS, parse_folding
from tui.core.pipeline import compare

PAIRS = {
    "case": ("The Minister visited the Harbour on Monday.", "The minister visited the harbour on Monday."),
    "punctuation": ("The minister visited the harbour on Monday.", "The minister visited the harbour, on Monday"),
    "quotes": (
        "The minister’s visit to the harbour was on Monday.",
        "The minister's visit to the harbour was on Monday.",
    ),
    "whitespace": ("The minister visited the harbour on Monday.", "The minister visited  the harbour\non Monday."),
    "spelling": (
        "The minister visited the harbour centre on Monday.",
        "The minister visited the harbor center on Monday.",
    ),
    "numbers": ("The minister met 1,200 people, 40 per cent of them.", "The minister met 1200 people, 40% of them."),
}


def pair(a: str, b: str):
    return compare([Version("a", "a", a + "\n", "utf-8"), Version("b", "b", b + "\n", "utf-8")])


@pytest.mark.parametrize("name", FOLDINGS)
def test_each_folding_turned_off_flips_the_row_that_differs_only_in_it(name: str) -> None:
    c = pair(*PAIRS[name])
    assert [r.status for r in c.rows] == ["same"] and c.folding == ALL_FOLDINGS
    counted = refold(c, ALL_FOLDINGS - {name})
    assert [r.status for r in counted.rows] == ["changed"] and counted.rows[0].diffs[1]
    assert [r.status for r in refold(counted, ALL_FOLDINGS).rows] == ["same"]
    for other in FOLDINGS:
        if other != name:  # the pair differs in nothing else
            assert refold(c, ALL_FOLDINGS - {other}).rows[0].status == "same", other


def test_the_alignment_stays_whatever_the_folding() -> None:
    c = pair("One. Two sentences here about the harbour. Three.", "one. two sentences here about the harbour three")
    exact = refold(c, frozenset())
    assert [r.cells for r in exact.rows] == [r.cells for r in c.rows]
    assert exact.figures == c.figures and exact.facts == c.facts


def test_only_the_differing_words_are_marked() -> None:
    text = "The Minister visited the harbour centre on Monday."
    spans = refold(pair(text, "The minister visited the harbor center on Monday."), frozenset({"spelling"})).rows[0]
    marked = [text[a:b] for a, b in spans.diffs[0]]
    assert marked == ["Minister"]


def test_per_cent_and_percent_sign_are_one_figure_under_numbers_only() -> None:
    forms = [w[2] for w in folded_words("40 per cent", 0, 11, frozenset({"numbers"}))]
    assert forms == ["40", "percent"]
    assert [w[2] for w in folded_words("40%", 0, 3, frozenset({"numbers"}))] == ["40", "percent"]


@pytest.mark.parametrize(
    ("value", "expected"), [("all", ALL_FOLDINGS), ("none", frozenset()), ("case, numbers", {"case", "numbers"})]
)
def test_fold_values(value: str, expected: frozenset[str]) -> None:
    assert parse_folding(value) == expected


def test_an_unknown_folding_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown folding colour"):
        parse_folding("case,colour")


def test_json_reports_case_only_differences_same_and_changed_with_fold_none(tmp_path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The Minister visited the Harbour.\n\nShe left on Monday.\n", encoding="utf-8")
    b.write_text("THE MINISTER visited the harbour.\n\nshe left on monday.\n", encoding="utf-8")
    default = json.loads(versus("--json", str(a), str(b)).stdout)
    exact = json.loads(versus("--json", "--fold", "none", str(a), str(b)).stdout)
    assert {r["status"] for r in default["rows"]} == {"same"} and default["folding"] == list(FOLDINGS)
    assert {r["status"] for r in exact["rows"]} == {"changed"} and exact["folding"] == []
    assert versus("--json", "--fold", "colour", str(a), str(b)).returncode == 2
