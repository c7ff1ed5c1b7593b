"""Dates in a sentence ("2 March 2026", "March 2026", "2026-03-02", "Nov. 12"), as figures of kind "date"
with their ISO form; searched only around the sentence's runs of digits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from tui.core.figure_patterns import DATE_REACH, DATES, MONTHS
from tui.core.not_figures import CLOCK_AFTER

if TYPE_CHECKING:
    from tui.core.figures import Scanner


def _date_matches(sc: Scanner) -> Iterator[re.Match[str]]:
    """Every date holds digits, so only windows around the digit runs are searched."""
    windows: list[list[int]] = []
    for a, b in sc.digit_runs:
        a, b = max(sc.lo, a - DATE_REACH), min(sc.hi, b + DATE_REACH)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    text = sc.text
    for a, b in windows:
        while b < sc.hi and text[b].isalnum():
            b += 1  # `\b` would match at a window's end cut through a word
        yield from DATES.finditer(text, a, b)


def dates(sc: Scanner) -> None:
    """Add the sentence's dates to the scanner's figures (a day out of range is no date, nor "May" and a
    number opening a sentence)."""
    for m in _date_matches(sc):
        g = m.groupdict()
        year = g["iy"] or g["y1"] or g["y2"] or g["y3"] or g["y4"] or g["y5"] or g["y6"] or g["y7"]
        month_name = g["m1"] or g["m2"] or g["m3"]
        month = int(g["im"]) if g["im"] else MONTHS.get((month_name or "").lower())
        day = g["id"] or g["d1"] or g["d2"]
        if day and not 1 <= int(day) <= 31:
            continue
        if year and not month and CLOCK_AFTER.match(sc.text, m.end(), sc.hi):
            continue  # "by 1600 GMT" is a time of day
        if g["d1"] and month_name == "May" and not year and not sc.text[sc.lo : m.start()].strip():
            continue  # "May 3 people come?" opens with the verb; "on May 12" is the month
        iso = (year or "-") + (f"-{month:02d}" if month else "") + (f"-{int(day):02d}" if day and month else "")
        start = next((m.start(y) for y in ("y4", "y5", "y6", "y7") if g[y]), m.start())
        sc.add(
            start,
            m.end(),
            value=float(year) if year else None,
            value_max=None,
            unit="date",
            kind="date",
            qualifier=None,
            unit_key="date",
            iso=iso,
        )
