"""English number words: "two and a half", "eleven thousand", "a dozen", "a fifth"."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_MULT = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
MULTIPLIERS = _MULT
"""The scale words of a number in words."""
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_FRACTION_PLURALS = {"halves": 0.5, "thirds": 1 / 3, "quarters": 0.25, "fifths": 0.2, "tenths": 0.1}
_WORDS = [*_UNITS, *_TENS, *_MULT, "dozen", *_FRACTIONS, *_FRACTION_PLURALS]
CARDINAL_VALUES = {**_UNITS, **_TENS}
"""The numbers in one word: "zero" to "nineteen", and the tens."""


def _trie(words: list[str]) -> str:
    """An alternation that branches on one letter at a time: Python's regex engine then rejects a word at its
    first letter instead of trying every number word at every position (about 5x faster on long texts)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in sorted(by_first.items()):
        longer = [r for r in rests if r]
        if not longer:
            parts.append(re.escape(first))
            continue
        optional = "?" if len(longer) < len(rests) else ""
        parts.append(f"{re.escape(first)}(?:{_trie(longer)}){optional}")
    return "|".join(parts)


_CORE = _trie(_WORDS)
_RUN = r"\b(?:(?:a|an)[\s-]+)?(?:" + _CORE + r")(?:[\s-]+(?:" + _CORE + r"|and|a|an))*\b"
NUMBER_WORDS = re.compile(_RUN, re.IGNORECASE)
"""Candidate runs of number words; `parse` decides whether a run is a number and how much of it."""
NUMBER_WORDS_LOWER = re.compile(_RUN)
"""The same runs for text already lower-cased (faster than matching without case)."""
SMALL_NUMBER = rf"(?:{_trie([*_UNITS, *_TENS])})(?:-(?:{_trie(list(_UNITS))}))?\b"
"""A pattern for a whole number below a hundred in words ("nine", "twenty-five"), to place in other patterns."""


PARTS = frozenset(_WORDS) - {"one"}
"""The words a figure written in words must hold, but for "one", which alone is never a figure."""


def runs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the candidate number-word runs in text[start:end], but for a lone "one" (never a figure: "one
    of the", "no one"), which is common enough to be worth leaving out here."""
    part = text[start:end]
    low = part.lower()
    # lower() keeps offsets unless a letter such as "İ" grows
    found = NUMBER_WORDS_LOWER.finditer(low) if len(low) == len(part) else NUMBER_WORDS.finditer(part)
    return [(start + a, start + b) for m in found for a, b in [m.span()] if b - a != 3 or m.group().lower() != "one"]


def parse(words: list[str]) -> tuple[float, int, str] | None:
    """Value, words used and kind ("count" or "ratio") of the number at the start of `words`."""
    w = [x.lower() for x in words]
    n = len(w)
    i = 0
    if n >= 3 and w[0] == "half" and w[1] in ("a", "an") and (w[2] in _MULT or w[2] == "dozen"):  # "half a million"
        return 0.5 * _MULT.get(w[2], 12), 3, "count"
    if w[0] == "half" and (n <= 2 or w[1] not in ("a", "an")):
        # "half of the patients", as a share; "half a point" (the figure's words decide what it is)
        return 0.5, 1, "ratio"
    if i < n and w[i] in ("a", "an"):
        if i + 1 < n and w[i + 1] == "dozen":
            return 12.0, 2, "count"
        if i + 2 < n and w[i + 1] in _FRACTIONS and w[i + 2] in _MULT:  # "a quarter million", "a half million"
            return _FRACTIONS[w[i + 1]] * _MULT[w[i + 2]], 3, "count"
        if i + 1 < n and w[i + 1] in _FRACTIONS:
            return _FRACTIONS[w[i + 1]], 2, "ratio"
        if i + 1 < n and w[i + 1] in _MULT:
            value, used = _integer(w, i + 1, start=1)
            return float(value), used + 1, "count"
        return None
    if i < n and w[i] in _UNITS and i + 1 < n and w[i + 1] in _FRACTION_PLURALS:
        return _UNITS[w[i]] * _FRACTION_PLURALS[w[i + 1]], 2, "ratio"
    if i < n and w[i] == "dozen":
        return 12.0, 1, "count"
    value, used = _integer(w, i)
    if not used:
        return None
    total = float(value)
    if used + 2 < n and w[used] == "and" and w[used + 1] in ("a", "an") and w[used + 2] in _FRACTIONS:
        total += _FRACTIONS[w[used + 2]]
        used += 3
    elif used < n and w[used] == "dozen":
        total *= 12
        used += 1
    return total, used, "count"


def _integer(w: list[str], i: int, start: int = 0) -> tuple[int, int]:
    """Parse an integer written in words from w[i:]; returns (value, words used)."""
    total = 0
    current = start
    j = i
    seen = False
    last = ""
    """What the previous word was: a unit ("one"), a ten ("twenty") or a multiplier: "one one" and "five
    twenty" are two numbers, not one."""
    while j < len(w):
        word = w[j]
        if word in _UNITS and last != "unit":
            current += _UNITS[word]
            last = "unit"
        elif word in _TENS and last not in ("unit", "ten"):
            current += _TENS[word]
            last = "ten"
        elif word in _MULT and (seen or start):
            last = "mult"
            if _MULT[word] == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * _MULT[word]
                current = 0
        elif word == "and" and last == "mult" and j + 1 < len(w) and (w[j + 1] in _UNITS or w[j + 1] in _TENS):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    return (total + current, j - i) if seen else (0, 0)


def ends_in_number(text: str) -> bool:
    """Whether a text's last word is a number ("20", "ten")."""
    before = text.split()
    return bool(before) and (before[-1][-1:].isdigit() or before[-1].lower() in CARDINAL_VALUES)
