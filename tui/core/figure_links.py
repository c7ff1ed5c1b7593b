"""What the figures of one sentence say of each other: a bare count takes the unit of the one before it,
two units make one mixed amount ("6 feet 1 inch"), "from 41 to 57 percent" shares its unit, and a bracketed
figure converts the one before it."""

from __future__ import annotations

import itertools
import re

from tui.core.figure_patterns import (
    CHANGE_BEFORE,
    CONVERSION_GAP,
    CONVERSION_OR,
    SCALE,
    after_between,
    after_change_from,
    scaled_value,
)
from tui.core.record import Record
from tui.core.units import SCALES


class Found(Record):
    """A figure as the scanner found it, before the sentence's other figures complete it (a unit inherited,
    a mixed amount or a range joined); then `extract_figures` builds the `Figure`, whole. A working record,
    changed while the sentence is read; `modifiers` are the capitalised words of its counted noun's phrase
    ("North Korean")."""

    __slots__ = ("start", "end", "value", "value_max", "unit", "kind", "qualifier", "unit_key", "iso", "modifiers")

    def __init__(
        self, start: int, end: int, value: float | None, value_max: float | None, unit: str, kind: str,
        qualifier: str | None, unit_key: str, iso: str | None = None, modifiers: str = "",
    ) -> None:  # fmt: skip
        self.start = start
        self.end = end
        self.value = value
        self.value_max = value_max
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
        self.unit_key = unit_key
        self.iso = iso
        self.modifiers = modifiers


def inherit_units(found: list[Found]) -> None:
    """A bare count takes the counted noun of the count before it in the sentence ("575,000 troops ... up to
    690,000")."""
    last: Found | None = None
    for f in found:
        if f.kind != "count":
            continue
        if f.unit:
            last = f
        elif last is not None:
            f.unit, f.unit_key = last.unit, last.unit_key


MIXED = {("ft", "in"): 1 / 12, ("USD", "cents"): 1 / 100, ("GBP", "pence"): 1 / 100, ("lb", "oz"): 1 / 16}
"""Units that a figure in the next smaller unit completes, and that unit's share of the first."""
MIXED_GAP = re.compile(r"\s*(?:and\s+)?")


def join_mixed(text: str, found: list[Found]) -> list[Found]:
    """One quantity in two units, "6 feet 1 inch" or "4 dollars 25 cents", as one figure."""
    out = [found[0]]
    for f in found[1:]:
        prev = out[-1]
        share = MIXED.get((prev.unit, f.unit))
        if share and prev.value is not None and f.value is not None and MIXED_GAP.fullmatch(text, prev.end, f.start):
            prev.end, prev.value = f.end, prev.value + f.value * share
            continue
        out.append(f)
    return out


def join_fractions_of(text: str, found: list[Found]) -> list[Found]:
    """A fraction of a round amount, "a quarter of a million dollars", "a third of a billion", as one figure
    of the amount's unit (`numwords` reads "a quarter" and "a million dollars" apart)."""
    out = [found[0]]
    for f in found[1:]:
        prev = out[-1]
        if (
            prev.kind == "ratio"
            and prev.value is not None
            and f.value in ROUND_AMOUNTS
            and f.value_max is None
            and OF_GAP.fullmatch(text, prev.end, f.start)
            and text[f.start : f.start + 4].lower() in ("a mi", "a bi", "a th", "a tr", "one ")
        ):
            prev.end, prev.value, prev.kind = f.end, prev.value * f.value, f.kind
            prev.unit, prev.unit_key, prev.modifiers = f.unit, f.unit_key, f.modifiers
            continue
        out.append(f)
    return out


ROUND_AMOUNTS = frozenset([1e3, 1e6, 1e9, 1e12])
OF_GAP = re.compile(r"\s+of\s+")


def join_ranges(text: str, found: list[Found]) -> list[Found]:
    """Two figures in one unit joined by "to" or a dash, "10% to 15%", "$5m-$7m", or by "and" after
    "between", as one range; never a change ("rose from 41% to 57%" states the value before and after, "rose
    2 metres to 5 metres" and "by 5 cents to 52 cents" the change and the level reached), nor values that fall
    ("5% to 3%"), nor dates."""
    out = [found[0]]
    for f in found[1:]:
        prev = out[-1]
        if (
            prev.value_max is None
            and f.value_max is None
            and prev.kind == f.kind != "date"
            and prev.unit == f.unit
            and prev.unit_key == f.unit_key
            and (prev.kind != "count" or prev.unit)
            and prev.value is not None
            and f.value is not None
            and f.value > prev.value
            and not f.qualifier
            and _range_gap(text, prev, f)
            and not after_change_from(text, 0, prev.start)
            and not CHANGE_BEFORE.search(text, max(0, prev.start - 24), prev.start)
            and not (BY_BEFORE.search(text, max(0, prev.start - 4), prev.start) and f.value > BY_RANGE * prev.value)
        ):
            prev.end, prev.value_max = f.end, f.value
            continue
        out.append(f)
    return out


BY_BEFORE = re.compile(r"\bby\s+$")
BY_RANGE = 3.0
"""After "by", "5 cents to 52 cents" is the change and the level reached ("raised its dividend by 5 cents to 52
cents"), where the second is more than this many times the first; "cut by 5% to 10%" is a range."""
PER_BASE = re.compile(r"\s+per\s+")
RATE_BASES = frozenset([100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0])


def join_rates(text: str, found: list[Found]) -> list[Found]:
    """A count per a round number of people, "23 cases per 100,000 people", "41 per 1,000 births", as one
    rate, keyed by its base, so "23 per 100,000" elsewhere states the same rate (the base is no figure)."""
    out = [found[0]]
    for f in found[1:]:
        prev = out[-1]
        if (
            prev.kind == "count"
            and f.kind == "count"
            and prev.value_max is None
            and f.value in RATE_BASES
            and PER_BASE.fullmatch(text, prev.end, f.start)
        ):
            prev.end, prev.kind = f.end, "quantity"
            prev.unit, prev.unit_key = f"per {int(f.value or 0):,}", f"per:{int(f.value or 0)}"
            continue
        out.append(f)
    return out


def join_suspended(text: str, found: list[Found]) -> list[Found]:
    """A number whose unit is left to the next one's hyphen, "an 8- to 16-metre mirror", "a 3- or 4-day
    stay", as one range in that unit."""
    out = [found[0]]
    for f in found[1:]:
        prev = out[-1]
        if (
            prev.kind == "count"
            and not prev.unit
            and prev.value_max is None
            and f.value_max is None
            and prev.value is not None
            and f.value is not None
            and prev.value < f.value
            and SUSPENDED_GAP.fullmatch(text, prev.end, f.start)
        ):
            prev.end, prev.value_max = f.end, f.value
            prev.unit, prev.kind, prev.unit_key = f.unit, f.kind, f.unit_key
            continue
        out.append(f)
    return out


SUSPENDED_GAP = re.compile(r"-\s(?:to|or)\s")


def _range_gap(text: str, a: Found, b: Found) -> bool:
    if RANGE_GAP.fullmatch(text, a.end, b.start):
        return True
    return bool(AND_GAP.fullmatch(text, a.end, b.start)) and after_between(text, max(0, a.start - 10), a.start)


RANGE_GAP = re.compile(r"\s?(?:-|–|—)\s?|\s+to\s+")
AND_GAP = re.compile(r"\s+and\s+")


def share_scales(text: str, found: list[Found]) -> None:
    """A number without a scale word, joined by "to", "or" or a dash to a figure with one, takes its scale: in
    "from 1.2 to 1.5 billion dollars" the 1.2 is 1.2 billion, in "$5 to $7 million" $5 million. A number
    already larger than the next one's scale keeps its own ("from 500,000 to 1.2 million")."""
    for a, b in itertools.pairwise(found):
        if (
            b.kind != "date"
            and (a.unit_key == b.unit_key or (a.kind == "count" and not a.unit))
            and a.value is not None
            and 0 < a.value < 1000
            and a.value_max is None
            and (JOINED_TO.fullmatch(text, a.end, b.start) or RANGE_GAP.fullmatch(text, a.end, b.start))
            and (factor := _scale_of(text, b)) > 1
            and _scale_of(text, a) == 1
        ):
            a.value = scaled_value(a.value, factor)


def take_unit_of_next(text: str, found: list[Found]) -> None:
    """A bare number joined by "to" to the figure after it takes its unit: in "rose from 41 to 57 percent" the
    41 is a percentage too (a range would be one figure; a change is two)."""
    for a, b in itertools.pairwise(found):
        if (
            a.kind == "count"
            and not a.unit
            and b.kind != "date"
            and b.unit_key != "multiple"  # "23 per 100,000 and three times the figure"
            and JOINED_TO.fullmatch(text, a.end, b.start)
        ):
            a.unit, a.kind, a.unit_key = b.unit, b.kind, b.unit_key


JOINED_TO = re.compile(r"\s*(?:to|and|or)\s*")
FIRST_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")


def _scale_of(text: str, f: Found) -> float:
    """The factor of the scale word after a figure's number ("57 million", "$5bn"); 1 without one."""
    number = FIRST_NUMBER.search(text, f.start, f.end)
    scale = SCALE.match(text, number.end(), f.end) if number else None
    return SCALES.get(scale.group(1).lower(), 1.0) if scale else 1.0


def conversions(text: str, found: list[Found]) -> list[int | None]:
    """For each figure, the one before it that it states in other units, as an index into `found`, or None:
    `1,376 square kilometers (531 square miles)`. A conversion is never converted again."""
    out: list[int | None] = [None] * len(found)
    for i in range(1, len(found)):
        prev, cur = found[i - 1], found[i]
        if out[i - 1] is not None or prev.kind != cur.kind or cur.kind in ("date", "count"):
            continue
        same_dimension = prev.unit_key.split(":")[0] == cur.unit_key.split(":")[0] or cur.kind == "money"
        gap = text[prev.end : cur.start]
        if same_dimension and (CONVERSION_GAP.match(gap) or (prev.unit != cur.unit and CONVERSION_OR.match(gap))):
            out[i] = i - 1
    return out
