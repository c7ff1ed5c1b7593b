"""Bare numbers read on a scale the words around them name: a quake's magnitude ("a 6.1 quake", "measuring
5.9 on the Richter scale", "the institute put its magnitude at 6.8") and a body mass index ("a BMI of 30")."""

from __future__ import annotations

import re

from tui.core.figure_patterns import MAGNITUDE

BMI_BEFORE = re.compile(
    r"\b(?:BMI|body[- ]mass index)(?:\s+(?:of|above|over|under|below|at\s+least))?\s*[≥>≤<]?\s*$", re.IGNORECASE
)
"""A body-mass index before a bare number: "a BMI of 30", "BMI ≥27" (its unit, kg/m², left unsaid)."""
RICHTER = re.compile(r"\s+on the (?:Richter|moment magnitude) scale\b", re.IGNORECASE)
QUAKE_AFTER = re.compile(r"[\s-](?:earthquake|quake|aftershock|tremor)s?\b", re.IGNORECASE)
"""A quake named after a decimal number: "a 6.1 quake", "a 4.2 aftershock" (a magnitude)."""
MAGNITUDE_TOLD = re.compile(
    r"\b(?:magnitude|measured|registered|rated)(?:\s+[\w.]+){0,3}?\s+(?:at|as|of)\s+$|\b(?:measured|registered)\s+$",
    re.IGNORECASE,
)
QUAKE_WORDS = re.compile(r"\b(?:earthquake|quake|aftershock|tremor|temblor|magnitude|richter|seismic)", re.IGNORECASE)


def told_magnitude(text: str, lo: int, hi: int, start: int, value: float) -> bool:
    """Whether a bare decimal number is a quake's magnitude as a sentence about a quake tells one: "the
    institute put its magnitude at 6.8", "which the USGS measured at 6.9", "it registered 7.1"."""
    return (
        1 <= value < 10
        and MAGNITUDE_TOLD.search(text, max(lo, start - 40), start) is not None
        and QUAKE_WORDS.search(text, lo, hi) is not None
    )


def scale_named_around(text: str, lo: int, hi: int, fig_start: int, end: int, value: float) -> tuple[str, str] | None:
    """The unit and unit key of a bare number read on a scale the words around it name: a quake's magnitude,
    a body mass index. `fig_start` and `end` bound the number in the sentence text[lo:hi]."""
    if (
        MAGNITUDE.search(text, max(lo, fig_start - 12), fig_start)
        or RICHTER.match(text, end, hi)
        or (value < 10 and not value.is_integer() and QUAKE_AFTER.match(text, end, hi))
        or told_magnitude(text, lo, hi, fig_start, value)
    ):
        return "magnitude", "magnitude"
    return ("kg/m²", "bmi") if BMI_BEFORE.search(text, max(lo, fig_start - 24), fig_start) else None  # "a BMI of 30"
