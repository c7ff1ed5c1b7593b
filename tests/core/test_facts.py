"""Grouping figures into facts and the agree / approx / conflict rules."""

from __future__ import annotations

import pytest

from tui.core.facts import relation
from tui.core.figure_pairs import compatible
from tui.core.figures import Figure, extract_figures
from tui.core.model import Comparison
from tui.core.segment import segment

WIRE, COPY, REWRITE, UPDATE, RELATED = range(5)


def fig(text: str) -> Figure:
    found = [f for f in extract_figures(text, segment(text), 0) if f.kind != "date"]
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("ref", "other", "expected"),
    [
        ("some 59,000 troops", "about 59,000 troops", "agree"),
        ("59,000 troops", "59,000 troops", "agree"),
        ("some 59,000 troops", "nearly 60,000 troops", "approx"),
        ("some 59,000 troops", "an estimated 70,000 troops", "conflict"),
        ("about 575,000 troops", "almost 580,000 troops", "approx"),
        ("about 1,376 square kilometers", "over 1,000 square kilometers", "approx"),
        ("approximately 800 square kilometers", "approximately 90 square kilometers", "conflict"),
        ("82 deaths", "86 deaths", "conflict"),
        ("1,376 square kilometers", "531 square miles", "agree"),
        ("over 40 percent", "more than 40 per cent", "agree"),
        ("$1.49 billion", "around $1.5bn", "approx"),
        ("$1.49 billion", "$2.1 billion", "conflict"),
        ("up to 300 people", "250 people", "approx"),
        ("200-300 meters", "250 metres", "approx"),
        ("The drug cut the risk by a third.", "The drug cut the risk by 34%.", "approx"),
        ("half of the voters", "48% of the voters", "approx"),
        ("The drug cut the risk by a third.", "The drug cut the risk by 40%.", "conflict"),
    ],
)
def test_relation_rules(ref: str, other: str, expected: str) -> None:
    assert relation(fig(f"They said {ref} here."), fig(f"They said {other} here.")) == expected


def fact_of(c: Comparison, version: int, text: str) -> int:
    for f in c.figures:
        if f.version == version and f.text == text:
            assert f.fact is not None
            return f.fact
    raise AssertionError(f"no figure {text!r} in version {version}")


def test_same_claims_group_across_versions(samples: Comparison) -> None:
    troops = fact_of(samples, WIRE, "4,200 soldiers")
    assert fact_of(samples, COPY, "4,200 soldiers") == troops
    assert fact_of(samples, REWRITE, "4,000 troops") == troops
    peak = fact_of(samples, WIRE, "1,180 square kilometers")
    assert fact_of(samples, REWRITE, "1,180 square kilometres") == peak
    assert fact_of(samples, UPDATE, "1,000 square kilometers") == peak
    now = fact_of(samples, WIRE, "640 square kilometers")
    assert fact_of(samples, UPDATE, "150 square kilometers") == now != peak


def test_fact_statuses(samples: Comparison) -> None:
    facts = {f.id: f for f in samples.facts}
    assert facts[fact_of(samples, WIRE, "640 square kilometers")].status == "conflict"
    assert facts[fact_of(samples, WIRE, "1,180 square kilometers")].status == "approx"
    assert facts[fact_of(samples, WIRE, "$1.49 billion")].status == "conflict"
    assert facts[fact_of(samples, WIRE, "2-1/2 years")].status == "agree"
    assert facts[fact_of(samples, WIRE, "23,000 residents")].status == "approx"


def test_rewrite_headline_and_body_share_a_fact(samples: Comparison) -> None:
    a = fact_of(samples, REWRITE, "40%")
    assert a == fact_of(samples, REWRITE, "40 per cent") == fact_of(samples, WIRE, "40 percent")


def test_related_story_figures_stay_apart(samples: Comparison) -> None:
    for f in samples.figures:
        if f.version == RELATED and f.fact is not None:
            members = samples.facts[f.fact].figures
            assert {samples.figures[i].version for i in members} == {RELATED}


def test_boilerplate_figures_have_no_fact(samples: Comparison) -> None:
    prices = [f for f in samples.figures if f.version == COPY and f.text.startswith("AU$")]
    assert prices and all(f.fact is None for f in prices)


def test_facts_refer_to_existing_figures(samples: Comparison) -> None:
    for fact in samples.facts:
        for i in fact.figures:
            assert samples.figures[i].fact == fact.id


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_long_generated_pair_flags_the_changed_figures_and_nothing_far_apart(seed: int) -> None:
    """In a 20,000-word pair, each figure changed to another number is a conflict, each rounded one is not,
    and no fact joins figures from rows far apart (common words and a shared unit are chance there)."""
    from bench.generate import make_pair
    from tui.core.grouping import NEAR_ROWS
    from tui.core.load import Version
    from tui.core.pipeline import compare

    changes: list[tuple[int, int]] = []
    old, new = make_pair(20_000, seed, changes)
    c = compare([Version("a", "a", old, "utf-8"), Version("b", "b", new, "utf-8")])
    by_values = {tuple(sorted(c.figures[i].value for i in f.figures)): f.status for f in c.facts}
    rounded = [(o, n) for o, n in changes if n == round(o, -max(0, len(str(o)) - 2))]
    different = [(o, n) for o, n in changes if (o, n) not in rounded]
    assert different and rounded
    for o, n in different:
        assert by_values.get(tuple(sorted((float(o), float(n))))) == "conflict", (o, n)
    for o, n in rounded:
        if o != n:
            assert by_values.get(tuple(sorted((float(o), float(n))))) in ("agree", "approx"), (o, n)
    for f in c.facts:
        rows = [c.row_of[c.figures[i].version][c.figures[i].sentence] for i in f.figures]
        values = {c.figures[i].value for i in f.figures}
        assert max(rows) - min(rows) <= NEAR_ROWS or len(values) == 1


@pytest.mark.parametrize(
    ("ref", "other", "expected"),
    [
        ("as many as 40,000 people", "9,800 people", "conflict"),
        ("more than 9,000 firefighters", "4,000 firefighters", "conflict"),
        ("more than 17,600 adults", "17,500 adults", "conflict"),
        ("more than 17,000 adults", "17,604 adults", "approx"),
        ("fewer than 100 people", "85 people", "approx"),
        ("52.85 percent", "52.6 percent", "conflict"),
        ("a magnitude 7.1 quake", "a magnitude 6.9 quake", "conflict"),
        ("22,000 km/h", "22,500 km/h", "conflict"),
        ("winds of 140 mph", "winds of 225km/h", "agree"),
        ("a top speed of 120 km/h", "a top speed of 85 mph", "conflict"),
        ("$11 billion", "$11.2 billion", "approx"),
        ("$2.7 billion", "$2.72 billion", "approx"),
        ("59,000 troops", "nearly 60,000 troops", "approx"),
        ("12%", "12.3%", "approx"),
        ("38%", "38.4%", "approx"),
        ("$2.7 billion", "$2.76 billion", "conflict"),
        ("12%", "12.6%", "conflict"),
        ("12%", "13%", "conflict"),
        ("a magnitude 6 quake", "a magnitude 6.2 quake", "approx"),
        ("41 seats", "41.0 seats", "agree"),
        ("41 seats", "41.3 seats", "conflict"),
    ],
)
def test_bounds_reach_only_near_values_and_decimals_round_to_their_last_place(
    ref: str, other: str, expected: str
) -> None:
    assert relation(fig(f"They said {ref} here."), fig(f"They said {other} here.")) == expected
    assert relation(fig(f"They said {other} here."), fig(f"They said {ref} here.")) == expected


@pytest.mark.parametrize(
    ("ref", "other", "expected"),
    [
        ("temperatures of 104F", "temperatures of 40C", "agree"),
        ("temperatures of 32 degrees Fahrenheit", "temperatures of 0C", "agree"),
        ("temperatures of 95F", "temperatures of 40C", "conflict"),
        ("a warm 313 kelvin", "temperatures of 40C", "agree"),
        ("temperatures as warm as 50C", "temperatures of 47C", "approx"),
    ],
)
def test_temperatures_meet_across_their_scales(ref: str, other: str, expected: str) -> None:
    """°F and kelvin are temperatures as °C is, each on its own zero: 104F is 40C."""
    a, b = fig(f"They said {ref} here."), fig(f"They said {other} here.")
    assert compatible(a, b)
    assert relation(a, b) == expected
