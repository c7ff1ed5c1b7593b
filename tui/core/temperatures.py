"""Temperatures: a scale letter glued to its number ("40C", "104F", "320 K") and bare "degrees" where a
sentence speaks of warmth or cold, and the scale a version's bare degrees are in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.claims import Figure
    from tui.core.figures import Scanner

GLUED_DEGREES = re.compile(r" ?([CFK])(?![\w°])")
"""A temperature's scale straight after its number, or after a space: "40C", "320 K"."""
DEGREE_UNITS = {"C": ("°C", "temperature", -90, 140), "F": ("°F", "temperature", -130, 140)}
DEGREE_UNITS["K"] = ("K", "temperature", 0, 10_000)
"""Degrees written straight after the number, "40C", "104F": temperatures where the sentence speaks of them."""
TEMPERATURE_WORDS = re.compile(
    r"\b(?:temperatures?|heat(?:wave)?s?|degrees|thermometers?|hot(?:ter|test)?|cold(?:er|est)?|warm(?:er|est|ing)?"
    r"|cool(?:er|est|ing)|celsius|fahrenheit|highs?|lows?|freezing|frost|weather|forecasters?|pre-industrial)\b",
    re.IGNORECASE,
)
DEGREE_CHANGE = re.compile(r"\s+(?:rise|limit|target|threshold|increase|higher|lower|of\s+warming)\b", re.IGNORECASE)
"""Words after "2C" that make it a temperature even where nothing else in the sentence is: "a 2C rise", "the
1.5C limit", "0.3C higher than"."""
NEAR_CHARS = 300
"""How far around its sentence a "C" or "F" glued to a number finds words of warmth or cold that make it
degrees: the sentences either side, not the whole story (a flat "4C" in an address)."""
UNKNOWN_SCALE = "°"
UNKNOWN_KEY = "temperature:unknown"
"""The unit and unit key of bare degrees of warmth or cold until the version's scale is known
(`settle_scales`): compared with bare degrees only, since "104 degrees" in Phoenix is no 104 °C."""


def degrees_after(sc: Scanner, end: int, value: float) -> re.Match[str] | None:
    """The scale letter after a number at `end` where it is degrees: "40C", "320 K" where the sentence speaks
    of temperatures, a "C" or "F" where a sentence beside it does, or one before a word of a change or a limit
    ("a 1.5C rise"); elsewhere "4C" is a flat, "10F" a form, "40 K" thousands."""
    m = GLUED_DEGREES.match(sc.text, end, sc.hi)
    if m is None or not DEGREE_UNITS[m.group(1)][2] <= value <= DEGREE_UNITS[m.group(1)][3]:
        return None
    if TEMPERATURE_WORDS.search(sc.text, sc.lo, sc.hi):
        return m
    if m.group(1) != "K" and TEMPERATURE_WORDS.search(sc.text, max(0, sc.lo - NEAR_CHARS), sc.hi + NEAR_CHARS):
        return m  # "The previous record, 45.4C, was set in 2021." beside a sentence of the heat
    return m if m.group(1) != "K" and DEGREE_CHANGE.match(sc.text, m.end(), sc.hi) else None


def of_temperature(sc: Scanner) -> bool:
    """Whether the sentence speaks of warmth or cold (bare "degrees" in it are a temperature, not an angle)."""
    return any(m.group().lower() != "degrees" for m in TEMPERATURE_WORDS.finditer(sc.text, sc.lo, sc.hi))


def settle_scales(figures: Sequence[Figure]) -> list[Figure]:
    """Bare degrees of temperature take the scale the other temperatures are written in ("1.48 degrees above"
    in a text that says "1.5 degrees Celsius" is 1.48 °C): a version's own first, then the story's (a copy
    that writes "104 degrees" of a wire's "104F"); where none is written, or both, they stay of unknown
    scale, compared with bare degrees only."""
    scales = {f.unit for f in figures if f.unit_key == "temperature"}
    if len(scales) != 1 or not any(f.unit_key == UNKNOWN_KEY for f in figures):
        return list(figures)
    (scale,) = scales
    return [f.replace(unit=scale, unit_key="temperature") if f.unit_key == UNKNOWN_KEY else f for f in figures]
