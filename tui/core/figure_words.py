"""Figures written in words: number words ("twenty-five", "a third of") and one or a half of a unit ("a
mile", "half a tonne"); and `figure_hints`, which tells cheaply whether a sentence can hold any figure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.core import numwords
from tui.core.figure_patterns import (
    DIGIT_RUN,
    IN_RATIO,
    MONTHS,
    OF,
    after_between,
)
from tui.core.figure_qualifiers import qualifier_before
from tui.core.normalise import tokens
from tui.core.units import (
    unit_of,
)

if TYPE_CHECKING:
    from tui.core.figures import Scanner


HAS_DIGITS, HAS_NUMBER_WORDS, HAS_MONTHS, HAS_MEASURE_WORDS = 1, 2, 4, 8


def figure_hints(text: str, raw: Sequence[str] | None = None) -> int:
    """What a sentence holds that its figures need, as flags: digits, number words and (with digits) month
    names; 0 when it can hold no figure. Cheap, and never leaves out what the scanner would use. `raw` may
    give the sentence's tokens (`normalise.tokens`)."""
    flags = 0
    if any(map(text.__contains__, "0123456789")) or (not text.isascii() and DIGIT_RUN.search(text)):
        flags = HAS_DIGITS
    raw = tokens(text) if raw is None else raw
    parts: Sequence[str] = ()
    if "-" in text or "'" in text or "’" in text:  # "twenty-five", "one-third", "five's", "mid-May"
        parts = COMPOUND_PARTS.split(" ".join([t for t in raw if not t.isalpha()]))
    if HINT_WORDS.isdisjoint(raw) and HINT_WORDS.isdisjoint(parts):
        return flags  # most sentences: no word that a figure needs, told by one look at each token
    if not (numwords.PARTS.isdisjoint(raw) and numwords.PARTS.isdisjoint(parts)):
        flags |= HAS_NUMBER_WORDS
    if flags & HAS_DIGITS and not (MONTHS.keys().isdisjoint(raw) and MONTHS.keys().isdisjoint(parts)):
        flags |= HAS_MONTHS
    if not (MEASURE_NOUNS.isdisjoint(raw) and MEASURE_NOUNS.isdisjoint(parts)):
        flags |= HAS_MEASURE_WORDS
    return flags


MEASURE_NOUNS = frozenset(
    {"mile", "kilometre", "kilometer", "metre", "meter", "foot", "yard", "inch", "acre", "hectare", "gallon"}
    | {"litre", "liter", "ton", "tonne", "kilogram", "kilo", "decade", "century"}
)
"""Units counted in ones and halves by words: "a mile", "one gallon", "half a tonne", "a half-mile" (not the
pound, as often money as weight)."""
HINT_WORDS = numwords.PARTS | MONTHS.keys() | MEASURE_NOUNS
ONE_MEASURE = re.compile(
    r"\b(?P<n>[Aa]n?|[Oo]ne|[Hh]alf an?|[Aa] half|[Oo]ne[- ]half|[Hh]alf)[\s-]+"
    r"(?P<unit>(?:" + "|".join(sorted(MEASURE_NOUNS, key=len, reverse=True)) + r"))\b"
)
"""A measure of one or a half written in words."""


COMPOUND_PARTS = re.compile(r"[ '’\-]")


def measure_words(sc: Scanner) -> None:
    """ "a mile", "one gallon", "half a tonne", "a half-mile": one or a half of a unit, in words."""
    for m in ONE_MEASURE.finditer(sc.text, sc.lo, sc.hi):
        if not sc.free(m.start(), m.end()):
            continue
        if m.group("unit") == "ton" and OF.match(sc.text, m.end(), sc.hi):
            continue  # "a ton of questions" is a manner of speech as often as a weight
        found = unit_of(m.group("unit"))
        if found is None:  # pragma: no cover - every measure noun is a known unit
            continue
        unit, dim, _factor = found
        value = 0.5 if "half" in m.group("n").lower() else 1.0
        qualifier = qualifier_before(sc.text, sc.lo, m.start())
        sc.add(m.start(), m.end(), value, None, unit, "quantity", qualifier, dim)


def counted_only(sc: Scanner, start: int, end: int, value: float, value_max: float | None = None) -> None:
    """The figure of a number at `start` if it has a unit or counts a noun; a bare number is none."""
    before = len(sc.found)
    sc.number_at(start, end, value, value_max)
    if len(sc.found) > before and sc.found[-1].unit == "":
        sc.found.pop()
        sc.taken.pop()


def vulgar_fraction(sc: Scanner, start: int, end: int, value: float) -> None:
    """A fraction character alone: "½ of voters" is a share, "½ cup" a figure of its unit or counted noun, and
    "½" alone is none."""
    if OF.match(sc.text, end, sc.hi):
        qualifier = qualifier_before(sc.text, sc.lo, start)
        sc.add(start, end, value, None, "ratio", "ratio", qualifier, "ratio")
    else:
        counted_only(sc, start, end, value)


HALF_OF_TIME = re.compile(r"\b(?:the|first|second|other|latter|last|back|front)\s+$", re.IGNORECASE)


def number_words(sc: Scanner) -> None:
    """Add the figures written in number words ("twenty-five people", "a third of"); a number word left
    bare of a unit is no figure ("one of them")."""
    text = sc.text
    for a, b in sc.word_runs:
        m = numwords.NUMBER_WORDS.match(text, a, b)
        if m is None:  # the run was found in the sentence alone; in the text a word before it joins it
            continue
        if not sc.free(m.start(), m.end()):
            continue
        tokens = list(re.finditer(r"[A-Za-z]+", m.group()))
        for i in range(len(tokens)):
            parsed = numwords.parse([t.group() for t in tokens[i:]])
            if parsed is None:
                continue
            value, used, kind = parsed
            start = m.start() + tokens[i].start()
            end = m.start() + tokens[i + used - 1].end()
            if re.search(r"[Ww]ar\s+$", text[max(sc.lo, start - 5) : start]):
                break
            if (
                kind == "ratio"
                and (point := OF_A_POINT.match(text, end, sc.hi))
                and (point["pct"] or RATE_WORDS.search(text, sc.lo, sc.hi))
            ):
                # "cut by a quarter of a percentage point" is 0.25 pp, as "25 basis points" is
                qualifier = qualifier_before(text, sc.lo, start)
                sc.add(start, point.end(), value, None, "pp", "percent", qualifier, "pp")
                break
            if kind == "ratio":  # a share of something, or the size of a change: "rose by nearly a third"
                if HALF_OF_TIME.search(text, max(sc.lo, start - 8), start) and tokens[i].group().lower() == "half":
                    break  # "the second half of the year" is a time
                if ONE_MEASURE.match(text, start, sc.hi):
                    break  # "just under half a kilo": a measure (`measure_words`)
                qualifier = qualifier_before(text, sc.lo, start)
                if (
                    re.match(r"\s+of\b", sc.ahead(end, 4))
                    or (qualifier is not None and not NEXT_NOUN.match(text, end, sc.hi))  # "nearly two-thirds voted"
                    or (BY_BEFORE.search(text, max(sc.lo, start - 24), start) and CHANGE_END.match(text, end, sc.hi))
                    or COMPARATIVE_AFTER.match(text, end, sc.hi)
                ):
                    sc.add(
                        start,
                        end,
                        value=value,
                        value_max=None,
                        unit="ratio",
                        kind="ratio",
                        qualifier=qualifier,
                        unit_key="ratio",
                    )
                break
            value, value_max, end_max = _range_in_words(sc, start, end, value)
            if value < 2 and value != 1.5 and value_max is None:
                break
            counted_only(sc, start, end_max, value, value_max)
            break


OF_A_POINT = re.compile(r"(?:\s+of)?\s+an?\s+(?:(?P<pct>percentage)\s+)?point\b", re.IGNORECASE)
RATE_WORDS = re.compile(
    r"%|\bper\s?cent|\brates?\b|\byields?\b|\btax(?:es)?\b|\binflation\b|\bunemployment\b|\bpolls?\b",
    re.IGNORECASE,
)
"""What makes points percentage points: "a quarter of a percentage point", or "half a point" and "three
points" where the sentence speaks of a rate, a tax or a poll (in a chess report it is half a point of score,
in a match three points)."""


def points_of_a_rate(unit_words: str, text: str, lo: int, hi: int) -> bool:
    """Whether a count of points is a change of a rate, in percentage points: "tax cuts of three points" in a
    sentence that speaks of rates, a tax or a poll (`RATE_WORDS`), not "scored 30 points"."""
    return unit_words.split()[-1].lower() in ("point", "points") and RATE_WORDS.search(text, lo, hi) is not None


NEXT_NOUN = re.compile(r"[\s-]+(?:majority|minority|share|stake|century|mile|cup|point|quarter|term)s?\b")
"""Words that make a fraction in words an adjective: "nearly two-thirds majority", "about a quarter mile"."""
BY_BEFORE = re.compile(r"\bby\s+(?:[a-z]+\s+)?$")
CHANGE_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:to|from|in|on|over|since|last|this|after|compared|year)\b")
"""What may follow the size of a change in words ("rose by a third, to ..."); a noun may not ("by a third
route")."""
COMPARATIVE_AFTER = re.compile(
    r"\s+(?:more|less|fewer|higher|lower|bigger|smaller|larger|greater|faster|slower|quicker|cheaper|dearer"
    r"|thinner|slimmer|thicker|lighter|heavier|longer|shorter|wider|narrower|stronger|weaker|taller)\b"
)
"""A comparative after a fraction in words makes it the size of a difference: "a fifth thinner", "a third
more" (not "a third quarter", "a fifth member")."""
RANGE_WORDS = re.compile(r"\s+(?:to|or|and)\s+(?=[A-Za-z])")
"""What joins the ends of a range in words: "two to three weeks", "one or two days", "between two and five"."""


def _range_in_words(sc: Scanner, start: int, end: int, value: float) -> tuple[float, float | None, int]:
    """A range in words from a number at `start`-`end`: its two ends (the first takes the scale of the second)
    and where it ends; the number alone, None and `end` where no range follows."""
    m = RANGE_WORDS.match(sc.text, end, sc.hi)
    if m is None or (m.group().strip() == "and" and not after_between(sc.text, max(sc.lo, start - 10), start)):
        return value, None, end
    rest = numwords.NUMBER_WORDS.match(sc.text, m.end(), sc.hi)
    if rest is None:
        return value, None, end
    words = list(re.finditer(r"[A-Za-z]+", rest.group()))
    parsed = numwords.parse([w.group() for w in words])
    if parsed is None or parsed[2] != "count" or parsed[0] <= value:
        return value, None, end
    high, used = parsed[0], parsed[1]
    scale = numwords.MULTIPLIERS.get(words[used - 1].group().lower(), 1)
    if value * scale <= high:  # "three to four million": three million ("ninety to a hundred" stays ninety)
        value *= scale
    return value, high, rest.start() + words[used - 1].end()


def shares_in_words(sc: Scanner) -> None:
    """Add the shares told as one of so many, "one in five drivers", "1 in 10 adults", as ratios (a fifth,
    a tenth): before the numbers are read, so that "five drivers" is no count of drivers."""
    for m in IN_RATIO.finditer(sc.text, sc.lo, sc.hi):
        a, b = _small_number(m.group("a")), _small_number(m.group("b"))
        if a is None or b is None or not 0 < a < b or 1900 <= b <= 2100:
            continue
        before = WORD_BEFORE.search(sc.text, max(sc.lo, m.start() - 12), m.start())
        if before is not None and before[1].lower() in MONTHS:
            continue  # "on Sept. 19 in 30 countries": a day, then a count
        qualifier = qualifier_before(sc.text, sc.lo, m.start())
        sc.add(m.start(), m.end(), a / b, None, "ratio", "ratio", qualifier, "ratio")


WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def _small_number(written: str) -> float | None:
    """The value of "5", "1,000", "five" or "a hundred"."""
    if written[0].isdigit():
        return float(written.replace(",", ""))
    parsed = numwords.parse(written.lower().split())
    return parsed[0] if parsed is not None else None
