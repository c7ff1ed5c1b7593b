"""Finding figures in a version: numbers with their unit, qualifier, kind, value and context."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from tui.core import numwords
from tui.core.claims import Figure
from tui.core.normalise import tokens
from tui.core.normalise import words as folded_words
from tui.core.segment import Sentence
from tui.core.stopwords import STOPWORDS
from tui.core.units import (
    AMBIGUOUS_SHORT,
    CURRENCY_PREFIX,
    CURRENCY_PREFIX_PATTERN,
    CURRENCY_WORD_PATTERN,
    CURRENCY_WORDS,
    RATE_PATTERN,
    RATES,
    SCALES,
    UNIT_PATTERN,
    noun_class,
    unit_of,
)

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DATES = re.compile(
    r"\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b"
    r"|\b" + _MONTH.replace("(", "(?P<m1>", 1) + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{4})\b)?"
    r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.replace("(", "(?P<m2>", 1) + r"(?:,?\s+(?P<y2>\d{4})\b)?"
    r"|\b" + _MONTH.replace("(", "(?P<m3>", 1) + r"\s+(?P<y3>\d{4})\b"
    r"|\b(?:in|In|since|Since|by|until|till|from|before|after|during|of|early|late|mid|year|spring|summer"
    r"|autumn|fall|winter|and|to|through)\s(?P<y4>1[6-9]\d{2}|20\d{2})\b(?![.,]\d|-\d|\s*(?:%|per\s?cent))"
)
_NUMBER = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<frac>[-\s]\d{1,2}/\d{1,2}(?!\d)|[½¼¾⅓⅔])?"
)
_FRACTION_CHARS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_BARE_FRACTION = re.compile(r"/(\d{1,2})(?![\d/])")
"""The rest of a fraction written without a whole number: "3/4" (the numerator is the number matched)."""
_OF = re.compile(r"\s+of\b")
_STREET = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Court)\b"
)
"""What follows a house number ("1600 Main Street", "10 Downing Street"): an address, not a figure."""
_RANGE = re.compile(r"\s?(?:-|–|—|to)\s?(?P<hi>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d/])")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_NUMBER = re.compile(r"\s+and\s+(?P<hi>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\b")
_SCALE = re.compile(
    r"(?:\s|-(?=thousand|million|billion|trillion))?"
    r"(thousand|millions?|billions?|trillion|mn|mln|bn|tn|trn|lakhs?|crores?|[kmb])\b",
    re.IGNORECASE,
)
_POUNDS = re.compile(r"\s?pounds\b(?!\s+(?:of|in weight)\b)", re.IGNORECASE)
_PERCENT = re.compile(r"\s?%|\s?-?(?:per[\s-]?cent|percent|pct)\b|\s(?:percentage points?)\b", re.IGNORECASE)
_QUALIFIERS = tuple(
    sorted(
        [
            *("about", "around", "approximately", "approx.", "roughly", "some", "nearly", "almost", "over"),
            *("more than", "at least", "up to", "an estimated", "estimated", "less than", "fewer than"),
            *("close to", "just over", "just under", "under", "below", "above", "as many as", "upwards of"),
            *("at most", "no more than", "no fewer than", "only", "circa", "more then"),
            *("exceeding", "exceeds", "exceeded", "topped", "tops", "surpassed", "in excess of"),
        ],
        key=len,
        reverse=True,
    )
)
"""Words before a number that say how exact it is, longest first ("no more than" before "more than")."""
_QUALIFIERS_BY_LAST: dict[str, list[str]] = {}
for _phrase in _QUALIFIERS:
    _QUALIFIERS_BY_LAST.setdefault(_phrase.split()[-1], []).append(_phrase)
_QUALIFIER_NAME = {"approx.": "approximately", "an estimated": "estimated"}
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_MAGNITUDE = re.compile(r"magnitude[\s-]+$", re.IGNORECASE)
_MONEY_RATE = re.compile(
    r"(?:(?:/|\s?per\s|\s(?:an?|each)\s)(hour|hr|day|week|month|year|yr|annum)\b|\s(annually|daily|monthly)\b)"
    r"(?!\s+(?:earlier|ago|before|prior|later|after|on|from|since|back))",
    re.IGNORECASE,
)
_PER = {"hour": "hour", "hr": "hour", "day": "day", "daily": "day", "week": "week", "month": "month"}
_PER |= {"monthly": "month", "year": "year", "yr": "year", "annum": "year", "annually": "year"}
_MEASURE_ADJECTIVE = re.compile(r"\s+(?:tall|long|high|wide|deep|thick|away|below|above|across)\b", re.IGNORECASE)
"""Words after "1.9m" that make it metres, not millions."""
_FROM_CHANGE = re.compile(
    r"\b(?:rose|rise|rising|risen|fell|fall|falling|fallen|increased?|increasing|decreased?|decreasing|climbed|"
    r"dropped|grew|grown|jumped|declined|slipped|soared|surged|slumped|plunged|up|down|cut|raised|lowered|"
    r"changed|went)\s+(?:\w+\s+){0,2}?from\s+(?:\S+\s?)?$",
    re.IGNORECASE,
)
"""A change before "from": "rose from 41 to 57" states two figures, the value before and after, not a range."""
_RICHTER = re.compile(r"\s+on the (?:Richter|moment magnitude) scale\b", re.IGNORECASE)
_NOT_BEFORE = re.compile(
    r"(?:[A-Za-z]-?|#|No\.\s?|[Ww]orld [Ww]ar\s|[Vv]ersion\s|[Pp]age\s|[Tt]ype\s|[Pp]hase\s|[Ss]tage\s|[Gg]rade\s"
    r"|[Cc]ategory\s|[Ff]orm\s|[Rr]ule\s|[Ss]ection\s|[Aa]rticle\s|FTSE\s|S&P\s|[A-Z]{2}-\s|[A-Z]\.[A-Z]\.\s)$"
)
_PAGE_COUNTER = re.compile(r"\s*(?:times?|visits?|views?|comments?|shares?|likes?|reads?|replies)\b", re.IGNORECASE)
_WORD = r"([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)"
_FIRST_WORD = re.compile(r"[ \u00a0]{0,2}" + _WORD)
"""The first word of a phrase after a number: at most two spaces before it."""
_NEXT_WORD = re.compile(r"[ \u00a0]{1,2}" + _WORD)
_DIGIT_RUN = re.compile(r"\d+")
_ATTACHED_UNIT = re.compile(
    r"(?:(?:km|m)\^[23]|[kmbgc]|bn|mn|tn|km|kms|mm|cm|kg|mg|ml|lbs?|oz|kph|mph|m²|km²|m2|km2|ghz|mhz|mb|gb|tb|kw"
    r"|mw|gw|kwh|ft|tev|gev|usd|eur|gbp)(?:\b|(?<=\^[23]))",
    re.IGNORECASE,
)
"""Letters that may follow a number directly ("5km", "3m"); any other letter makes it part of a word."""
_DATE_REACH = 24
"""How far a date reaches from one of its digits ("September 30, 2020", "through 2020")."""
_PLURAL_NOUNS = frozenset(
    [
        "people",
        "men",
        "women",
        "children",
        "personnel",
        "police",
        "cattle",
        "livestock",
        "staff",
        "crew",
        "head",
        "sheep",
        "fish",
        "deer",
        "aircraft",
    ]
)
_CONVERSION_GAP = re.compile(r"^\s*\(\s*(?:about|around|approximately|some|roughly|nearly|or)?\s*$", re.IGNORECASE)


def _scaled(value: float, factor: float) -> float:
    return float(f"{value * factor:.12g}")


def _to_float(num: str) -> float:
    return float(num.replace(",", ""))


def _qualifier(text: str, lo: int, start: int) -> str | None:
    """The qualifier right before a number ("about", "more than"), or None."""
    if start <= lo or not text[start - 1].isspace():
        return None  # a qualifier is followed by whitespace
    a = max(lo, start - 24)
    tail = text[a:start].rstrip()
    low = tail.lower()
    if len(low) != len(tail):  # a letter such as "İ" grew: only ASCII letters are lowered
        low = tail.translate(_ASCII_LOWER)
    if not low.endswith(_QUALIFIERS):
        return None
    last = low.split()[-1]
    if not last.isalpha():  # "(about", "approx."
        last = last[max(map(last.rfind, "(“\"‘'")) + 1 :]
    for phrase in _QUALIFIERS_BY_LAST.get(last, ()):
        p = len(low) - len(phrase)
        if low.endswith(phrase) and (
            (p == 0 and a == lo) or (p > 0 and (low[p - 1].isspace() or low[p - 1] in "(“\"‘'"))
        ):
            return _QUALIFIER_NAME.get(phrase, phrase)
    return None


def _after_name(text: str, lo: int, start: int) -> bool:
    """Whether the number at `start` is part of a name or code: right after a letter, "#", "No.", "World War",
    "Version" or "Page"."""
    if start <= lo:
        return False
    c = text[start - 1]
    if c == " ":  # the common case: only names such as "No. ", "War ", "Type ", "FTSE " and "D.C. " end so
        if start - 2 < lo or text[start - 2] not in ".rneyEPm-":
            return False
    elif not (c.isalpha() or c.isspace() or c in "-#."):
        return False
    return _NOT_BEFORE.search(text, max(lo, start - 12), start) is not None


def _is_code(text: str, lo: int, start: int, number: str) -> bool:
    """A postcode or a catalogue number after a code of capitals: "NY 10001", "NGC 4993" (not a year, nor an
    amount after a currency code)."""
    if not (number.isdigit() and 3 <= len(number) <= 5) or 1900 <= int(number) <= 2100:
        return False
    if start - lo < 3 or text[start - 1] != " " or not text[start - 2].isupper():
        return False
    code = _CODE_BEFORE.search(text, max(lo, start - 7), start)
    return code is not None and code.group(1) not in _CURRENCY_CODES


_CODE_BEFORE = re.compile(r"(?<![\w.])([A-Z]{2,5}) $")
_CURRENCY_CODES = frozenset(["USD", "AUD", "CAD", "EUR", "GBP", "AED", "CHF", "JPY", "INR", "NZD", "HKD"])


def _lead(text: str, pos: int, hi: int) -> str:
    """The character a pattern that starts with an optional whitespace (`\\s?`) must match first at `pos`, or ""
    at the sentence's end. A pattern is tried only when this character can begin it: most numbers are followed
    by none of the words after a number (a range, a scale, "per cent", a currency), and ruling them out by one
    character is several times faster than trying each pattern."""
    if pos >= hi:
        return ""
    c = text[pos]
    return (text[pos + 1] if pos + 1 < hi else "") if c.isspace() else c


def _starts(*words: str) -> frozenset[str]:
    """The characters that may begin one of these words matched without case: both cases of the first letter,
    and the non-ASCII letters Python's patterns take for it (Kelvin sign, long s, dotted and dotless i)."""
    folds = {"k": "\u212a", "s": "\u017f", "i": "\u0130\u0131"}
    return frozenset(c for w in words for c in w[0].lower() + w[0].upper() + folds.get(w[0].lower(), ""))


_RANGE_STARTS = frozenset("-–—t")
_SCALE_STARTS = _starts("thousand", "million", "billion", "trillion", "mn", "bn", "lakh", "crore", "k", "m", "b")
_SCALE_STARTS |= {"-"}
_PERCENT_STARTS = _starts("%", "-", "per", "percentage")
_CURRENCY_WORD_STARTS = _starts(*CURRENCY_WORDS)
_CURRENCY_ENDS = frozenset("$€£¥₹₽₴ACDRPF.sh")
"""The last characters of the currency prefixes ("US$", "€", "EUR", "Rs.", "Dh") but for a space after one."""


def _currency_before(before: str) -> re.Match[str] | None:
    """The currency prefix at the end of `before` (a few characters before a number), or None."""
    if not before:
        return None
    c = before[-1]
    if c.isspace():
        if c != "\n" and (len(before) < 2 or before[-2] not in "DRPFshAC.$€£¥₹₽₴"):
            return None  # only a code, a sign, "Rs." or "Dh" may have a space after it
    elif c not in _CURRENCY_ENDS:
        return None
    return CURRENCY_PREFIX_PATTERN.search(before)


def _after_between(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] ends with "between" and whitespace ("between 5 and 7")."""
    return b > a and text[b - 1].isspace() and "between" in text[a:b].lower() and bool(_BETWEEN.search(text, a, b))


def _counted_noun(text: str, pos: int, end: int) -> tuple[str, str, int] | None:
    """(unit words, capitalised modifiers, end) of the noun phrase after a number, or None."""
    collected: list[re.Match[str]] = []
    p = pos
    plural = False
    while len(collected) < 4:
        m = (_NEXT_WORD if collected else _FIRST_WORD).match(text, p, end)
        if not m:
            break
        lw = m.group(1).lower()
        if lw in ("or", "and") and collected and not plural:
            # "17,500 overweight or obese adults": the noun comes after the second adjective
            q = m.end()
            for _ in range(3):
                nxt = _NEXT_WORD.match(text, q, end)
                if nxt is None or nxt.group(1).lower() in STOPWORDS:
                    break
                q = nxt.end()
                if _is_plural(nxt.group(1).lower()):
                    collected.append(nxt)
                    plural = True
                    break
            break
        if not collected and lw in _MODIFIERS and _NEXT_WORD.match(text, m.end(), end):
            p = m.end()  # "1,270 first events", "500 new jobs": the noun comes next
            continue
        if lw in STOPWORDS or lw in RATES:
            break
        if collected and lw.endswith(("ing", "ed")) and lw not in ("killed",):
            break
        collected.append(m)
        p = m.end()
        if _is_plural(lw):
            plural = True
            break  # a plural noun ends the phrase: "boats sank", "people left"
    if len(collected) == 1:  # the common case: "troops", "people"
        word = collected[0].group(1)
        return None if word[0].isupper() else (word.lower(), "", collected[0].end())
    words = [m.group(1) for m in collected]
    while words and words[-1][0].isupper():
        words.pop()
    if not words:
        return None
    lower = [w for w in words if not w[0].isupper()]
    proper = [w for w in words if w[0].isupper()]
    return " ".join(w.lower() for w in lower), " ".join(proper), collected[len(words) - 1].end()


def _is_plural(lw: str) -> bool:
    return lw in _PLURAL_NOUNS or (lw.endswith("s") and not lw.endswith(("ss", "us", "is")) and len(lw) > 3)


_MODIFIERS = frozenset(["first", "new", "more", "other", "additional", "further", "extra", "last"])
_SIGN_QUALIFIER = {"≥": "at least", ">": "more than", "≤": "at most", "<": "less than"}
_AGED = re.compile(r"\b(?:aged?|ages)\s*(?:[≥≤<>]\s*|between\s+|over\s+|under\s+)?$", re.IGNORECASE)
_OR_OLDER = re.compile(r"(?:\s+years?(?:\s+old)?)?\s+(?:or|and)\s+(?:older|over|above)\b", re.IGNORECASE)
_YEARS = re.compile(r"\s+years?(?:\s+old)?\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z’'-]+,\s$")
_APPOSITION_END = re.compile(r",\s+[a-z]")
"""A number set off by commas after a name, the sentence going on in lower case: "Smith, 34, of Leeds"
(while "Brazil, 12, Chile, 9" lists counts)."""
MAX_AGE = 120
_CENTS_ADJECTIVE = re.compile(r"-(cents?)\b")
_MILLION_CODE = re.compile(r"\s?M(USD|EUR|GBP|CHF|CAD|AUD|SEK|NOK|DKK)\b")
"""A currency code with M for millions after an amount: "45 MUSD"."""
_INCH_MARK = re.compile(r'"(?= [a-z]|-[a-z])')
_OF_THE = re.compile(r"\s+of\s+(?:the|those|these|its|their)\s+(?:\d[\d,.]*\s+)?")
"""What stands between a number and its noun in "three of the derailed cars", "25 of the 85 injured"."""
_VERB_AFTER = frozenset(
    [
        "caught",
        "burst",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "died",
        "fell",
        "went",
        "came",
        "left",
        "took",
        "remain",
        "remained",
        "remains",
        "stood",
        "sank",
        "lost",
        "won",
        "got",
        "made",
        "survived",
    ]
)
"""Verbs that may follow a number whose noun is left out ("at least three caught fire")."""


def _elided_noun(text: str, lo: int, start: int) -> str | None:
    """The last plural noun before a number in its sentence: what "three" counts in "cars derailed and at
    least three caught fire"."""
    for m in reversed(list(_LOWER_WORD.finditer(text, max(lo, start - 80), start))):
        lw = m.group()
        if lw not in STOPWORDS and _is_plural(lw) and not lw.endswith(("ed", "ing")) and lw not in _VERB_AFTER:
            return lw
    return None


_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def _context(text: str, lo: int, hi: int, start: int, end: int) -> str:
    before = text[lo:start].rsplit(maxsplit=6)[-6:]
    after = text[end:hi].split(maxsplit=8)[:8]
    return " ".join([*before, "…", *after]).strip()


class _Scanner:
    """Scans one sentence; collects figures as dicts, later frozen into Figure objects."""

    def __init__(
        self, text: str, lo: int, hi: int, digit_runs: Sequence[tuple[int, int]], word_runs: Sequence[tuple[int, int]]
    ) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi
        self.digit_runs = digit_runs
        """Spans of the runs of digits in the sentence."""
        self.word_runs = word_runs
        """Spans of the candidate number-word runs in the sentence."""
        self.taken: list[tuple[int, int]] = []
        self.found: list[tuple[Figure, str]] = []
        """Each figure found so far (its version, text and context still to be filled in), with the capitalised
        words of its counted noun's phrase ("North Korean")."""

    def ahead(self, pos: int, n: int) -> str:
        """Up to n characters from pos, never past the sentence: a sentence's figures depend on it alone."""
        return self.text[pos : min(pos + n, self.hi)]

    def free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self.taken)

    def add(
        self,
        start: int,
        end: int,
        value: float | None,
        value_max: float | None,
        unit: str,
        kind: str,
        qualifier: str | None,
        unit_key: str,
        iso: str | None = None,
        modifiers: str = "",
    ) -> None:
        self.taken.append((start, end))
        figure = Figure(0, 0, start, end, "", value, value_max, unit, kind, qualifier, "", unit_key, iso)
        self.found.append((figure, modifiers))

    def _date_matches(self) -> Iterator[re.Match[str]]:
        """Every date holds digits, so only windows around the digit runs are searched."""
        windows: list[list[int]] = []
        for a, b in self.digit_runs:
            a, b = max(self.lo, a - _DATE_REACH), min(self.hi, b + _DATE_REACH)
            if windows and a <= windows[-1][1]:
                windows[-1][1] = b
            else:
                windows.append([a, b])
        text = self.text
        for a, b in windows:
            while b < self.hi and text[b].isalnum():
                b += 1  # `\b` would match at a window's end cut through a word
            yield from _DATES.finditer(text, a, b)

    def dates(self) -> None:
        for m in self._date_matches():
            g = m.groupdict()
            year = g["iy"] or g["y1"] or g["y2"] or g["y3"] or g["y4"]
            month_name = g["m1"] or g["m2"] or g["m3"]
            month = int(g["im"]) if g["im"] else _MONTHS.get((month_name or "").lower())
            day = g["id"] or g["d1"] or g["d2"]
            if day and not 1 <= int(day) <= 31:
                continue
            if g["d1"] and month_name == "May" and not year:
                continue
            iso = (year or "-") + (f"-{month:02d}" if month else "") + (f"-{int(day):02d}" if day and month else "")
            start = m.start("y4") if g["y4"] else m.start()
            self.add(
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

    def _number_matches(self) -> Iterator[re.Match[str]]:
        """What `_NUMBER.finditer` over the sentence gives, matched only where digit runs start."""
        pos = self.lo
        for a, b in self.digit_runs:
            start = max(a, pos)
            while start < b:
                m = _NUMBER.match(self.text, start, self.hi)
                if m is None:  # pragma: no cover - every number starts with a digit
                    break
                yield m
                start = pos = m.end()

    def numbers(self) -> None:
        text = self.text
        for m in self._number_matches():
            start, end = m.start(), m.end()
            if not self.free(start, end):
                continue
            if (
                _after_name(text, self.lo, start)
                and not _currency_before(text[max(self.lo, start - 6) : start])
                and not _MAGNITUDE.search(text, max(self.lo, start - 12), start)  # "magnitude-5.9"
            ):
                continue
            if start > self.lo and text[start - 1] in ".,/:":
                continue
            if _is_code(text, self.lo, start, m.group("num")):
                continue
            if _STREET.match(text, end, self.hi) and _qualifier(text, self.lo, start) is None:
                continue  # a house number, unless it is counted ("about 250 Main Street shops")
            if start > self.lo and text[start - 1] == "[" and self.ahead(end, 1) == "]":
                continue  # a citation mark such as [1]
            if end < self.hi and (text[end] == ":" and self.ahead(end + 1, 1).isdigit()):
                continue
            if end < self.hi and text[end] in "-–" and re.match(r"\d+-\d", self.ahead(end + 1, 7)):
                continue
            value = _to_float(m.group("num"))
            frac = m.group("frac")
            bare = None if frac else _BARE_FRACTION.match(text, end, self.hi)
            if bare:  # "3/4 inch", "1/3 of voters": a fraction when a unit or "of" follows, else no figure
                n, d = int(m.group("num")) if m.group("num").isdigit() else 0, int(bare.group(1))
                if not 0 < n < d:
                    continue
                if _OF.match(text, bare.end(), self.hi):  # a share, as "two-thirds of" is
                    qualifier = _qualifier(text, self.lo, start)
                    self.add(start, bare.end(), n / d, None, "ratio", "ratio", qualifier, "ratio")
                elif UNIT_PATTERN.match(text, bare.end() + 1, self.hi):
                    self.number_at(start, bare.end(), n / d)
                continue
            if frac:
                if frac in _FRACTION_CHARS:
                    value += _FRACTION_CHARS[frac]
                else:
                    n, d = frac[1:].split("/")
                    if int(d) == 0 or int(n) >= int(d):
                        continue
                    value += int(n) / int(d)
            minus = start > self.lo and text[start - 1] in "-−" and (start - 1 == self.lo or text[start - 2] in " (\n")
            self.number_at(start, end, value, negative=minus)

    def number_at(
        self, start: int, end: int, value: float, value_max: float | None = None, negative: bool = False
    ) -> None:
        text, hi = self.text, self.hi
        cur = _currency_before(text[max(self.lo, start - 6) : start])
        signed = None
        if cur is None and start > self.lo and text[start - 1] in "-−":  # "$-15.50": the sign after the currency
            signed = cur = _currency_before(text[max(self.lo, start - 7) : start - 1])
        currency = CURRENCY_PREFIX["".join(cur.group(1).split()).lower()] if cur else None
        fig_start = start - len(cur.group(1)) - (1 if signed else 0) if cur else start
        if signed:
            value = -value
        elif negative:  # "-12 °C", "−40°": the sign is part of the figure
            value, fig_start = -value, fig_start - 1
        if value_max is None and not _FROM_CHANGE.search(text, max(self.lo, fig_start - 40), fig_start):
            rng = _RANGE.match(text, end, hi) if _lead(text, end, hi) in _RANGE_STARTS else None
            if rng and _to_float(rng.group("hi")) > value:
                value_max, end = _to_float(rng.group("hi")), rng.end()
            elif _after_between(text, max(self.lo, start - 10), fig_start):
                rng = _AND_NUMBER.match(text, end, hi)
                if rng and _to_float(rng.group("hi")) > value:
                    value_max, end = _to_float(rng.group("hi")), rng.end()
        if end < hi and text[end].isalpha() and not _ATTACHED_UNIT.match(text, end, hi):
            return  # part of a word or code: 2nd, 3D, 5G
        if (
            end < hi
            and text[end] == "-"
            and re.match(r"-[A-Za-z]", self.ahead(end, 2))
            and not re.match(
                r"-(?:year|month|week|day|hour|minute|per|mile|kilomet|metre|meter|foot|feet|inch|strong|man|member|cent"
                r"|thousand|million|billion|trillion|magnitude)",
                self.ahead(end, 12),
                re.IGNORECASE,
            )
            and not UNIT_PATTERN.match(text, end + 1, hi)
        ):
            return  # a compound such as 3-D or 19-nation; measures like 45-year-old or a 5-gallon jug pass
        lead = _lead(text, end, hi)
        scale = _SCALE.match(text, end, hi) if lead in _SCALE_STARTS else None
        if scale:
            word = scale.group(1).lower()
            attached = scale.start(1) == end
            short = word in ("k", "m", "b")
            if word in SCALES and (
                not short
                or currency
                or (
                    attached
                    and _counted_noun(text, scale.end(), hi) is not None
                    and not (word == "m" and _MEASURE_ADJECTIVE.match(text, scale.end(), hi))  # "1.9m tall"
                )
            ):
                factor = SCALES[word]
                value = _scaled(value, factor)  # 4.1 billion is 4,100,000,000, not 4,099,999,999.9999995
                value_max = _scaled(value_max, factor) if value_max is not None else None
                end = scale.end()
                lead = _lead(text, end, hi)
        qualifier = _qualifier(text, self.lo, fig_start)
        if qualifier is None and fig_start > self.lo:
            qualifier = _SIGN_QUALIFIER.get(text[fig_start - 1]) or (
                _SIGN_QUALIFIER.get(text[fig_start - 2])
                if fig_start - 2 >= self.lo and text[fig_start - 1] == " "
                else None
            )
        pct = _PERCENT.match(text, end, hi) if lead in _PERCENT_STARTS else None
        if pct and currency is None:
            unit = "pp" if "point" in pct.group().lower() else "%"
            self.add(fig_start, pct.end(), value, value_max, unit, "percent", qualifier, unit)
            return
        if currency is None and (mega := _MILLION_CODE.match(text, end, hi)):
            scaled = _scaled(value, 1e6)
            self.money(
                fig_start, mega.end(), scaled, _scaled(value_max, 1e6) if value_max else None, mega[1], qualifier
            )
            return
        cw = CURRENCY_WORD_PATTERN.match(text, end, hi) if lead in _CURRENCY_WORD_STARTS else None
        if cw is None and (hyphened := _CENTS_ADJECTIVE.match(text, end, hi)):  # "an 8-cent-a-share dividend"
            cw = hyphened
        if cw and currency is None:
            code = CURRENCY_WORDS[cw.group(1).lower()]
            self.money(fig_start, cw.end(), value, value_max, code, qualifier)
            return
        if currency:
            self.money(fig_start, end, value, value_max, currency, qualifier)
            return
        if end < hi and text[end] == "c" and (end + 1 >= hi or not text[end + 1].isalnum()):
            self.money(fig_start, end + 1, value, value_max, "cents", qualifier)  # "42c"
            return
        if scale and SCALES.get(scale.group(1).lower(), 0) >= 1e6 and (pounds := _POUNDS.match(text, end, hi)):
            # "2.2 billion pounds" is money: nothing is weighed in billions of pounds in the news
            self.money(fig_start, pounds.end(), value, value_max, "GBP", qualifier)
            return
        if _PAGE_COUNTER.match(text, end, hi):
            return
        self.unit_or_noun(fig_start, end, value, value_max, qualifier)

    def money(
        self, fig_start: int, end: int, value: float, value_max: float | None, code: str, qualifier: str | None
    ) -> None:
        """An amount of money, with its rate where one follows ("$22/hour", "$50,000 a year")."""
        rate = _MONEY_RATE.match(self.text, end, self.hi)
        if rate:
            code, end = f"{code}/{_PER[(rate.group(1) or rate.group(2)).lower()]}", rate.end()
        self.add(fig_start, end, value, value_max, code, "money", qualifier, code)

    def unit_or_noun(
        self, fig_start: int, end: int, value: float, value_max: float | None, qualifier: str | None
    ) -> None:
        text, hi = self.text, self.hi
        if (
            value_max is None
            and value.is_integer()
            and 0 < value <= MAX_AGE
            and _APPOSITION_END.match(text, end, hi)
            and _NAME_BEFORE.search(text, max(self.lo, fig_start - 40), fig_start)
        ):  # "Varela, 46, promised": a person's age, as "the 46-year-old" says it
            self.add(fig_start, end, value, None, "years old", "quantity", qualifier, "age")
            return
        older = _OR_OLDER.match(text, end, hi)
        if older or _AGED.search(text, max(self.lo, fig_start - 8), fig_start):
            # "aged 45 or older", "ages 18 to 30", "45 years and over": an age
            years = _YEARS.match(text, end, hi)
            unit_end = older.end() if older else years.end() if years else end
            if older and not qualifier:
                qualifier = "at least"
            self.add(fig_start, unit_end, value, value_max, "years old", "quantity", qualifier, "age")
            return
        if _INCH_MARK.match(text, end, hi) and text.count('"', self.lo, fig_start) % 2 == 0:
            # 7" wide: an inch mark, where no quotation is open (in "we won 3", the mark closes one)
            self.add(fig_start, end + 1, value, value_max, "in", "quantity", qualifier, "length")
            return
        um = UNIT_PATTERN.match(text, end + (1 if self.ahead(end, 1) in (" ", "-", "\u00a0") else 0), hi)
        if um:
            written = um.group()
            found = unit_of(written)
            spaced = um.start() > end
            if found and not (
                spaced and written.lower() in AMBIGUOUS_SHORT and written[0].isupper() and written != found[0]
            ):  # "5 In the" is no inch, but "512 MB" and "40 GW" are written as the unit is
                unit, dim, _factor = found
                unit_end = um.end()
                rate = RATE_PATTERN.match(text, unit_end, hi)
                if rate and dim in ("length", "volume", "mass", "count"):
                    unit = f"{unit}/{RATES[rate.group(1).lower()]}"
                unit_key = dim + ":" + unit.split("/", 1)[-1] if "/" in unit else dim
                self.add(fig_start, unit_end, value, value_max, unit, "quantity", qualifier, unit_key)
                return
        mag = _MAGNITUDE.search(text, max(self.lo, fig_start - 12), fig_start) or _RICHTER.match(text, end, hi)
        if mag:
            self.add(fig_start, end, value, value_max, "magnitude", "quantity", qualifier, "magnitude")
            return
        of = _OF_THE.match(text, end, hi)
        noun = _counted_noun(text, of.end() if of else end, hi)
        if noun and noun[0] and of:  # "25 of the 85 injured survivors": the figure is the 25 alone
            noun = (noun[0], noun[1], end)
        if (noun and noun[0].split()[0] in _VERB_AFTER) or (noun is None and of is None and self.ahead(end, 1) == " "):
            elided = _elided_noun(text, self.lo, fig_start)
            if elided is not None and (noun is not None or _VERB_AFTER.intersection(self.ahead(end, 12).split())):
                self.add(fig_start, end, value, value_max, elided, "count", qualifier, "n:" + noun_class(elided))
                return
        if noun and noun[0]:
            unit_words, proper, noun_end = noun
            head = unit_words.split()[-1]
            unit_key = "n:" + noun_class(head)
            self.add(fig_start, noun_end, value, value_max, unit_words, "count", qualifier, unit_key, modifiers=proper)
            return
        self.add(fig_start, end, value, value_max, "", "count", qualifier, "n:")

    def measure_words(self) -> None:
        """ "a mile", "one gallon", "half a tonne", "a half-mile": one or a half of a unit, in words."""
        for m in _ONE_MEASURE.finditer(self.text, self.lo, self.hi):
            if not self.free(m.start(), m.end()):
                continue
            if m.group("unit") == "ton" and _OF.match(self.text, m.end(), self.hi):
                continue  # "a ton of questions" is a manner of speech as often as a weight
            found = unit_of(m.group("unit"))
            if found is None:  # pragma: no cover - every measure noun is a known unit
                continue
            unit, dim, _factor = found
            value = 0.5 if "half" in m.group("n").lower() else 1.0
            qualifier = _qualifier(self.text, self.lo, m.start())
            self.add(m.start(), m.end(), value, None, unit, "quantity", qualifier, dim)

    def number_words(self) -> None:
        text = self.text
        for a, b in self.word_runs:
            m = numwords.NUMBER_WORDS.match(text, a, b)
            if m is None:  # the run was found in the sentence alone; in the text a word before it joins it
                continue
            if not self.free(m.start(), m.end()):
                continue
            tokens = list(re.finditer(r"[A-Za-z]+", m.group()))
            for i in range(len(tokens)):
                parsed = numwords.parse([t.group() for t in tokens[i:]])
                if parsed is None:
                    continue
                value, used, kind = parsed
                start = m.start() + tokens[i].start()
                end = m.start() + tokens[i + used - 1].end()
                if re.search(r"[Ww]ar\s+$", text[max(self.lo, start - 5) : start]):
                    break
                if kind == "ratio":
                    if re.match(r"\s+of\b", self.ahead(end, 4)):
                        self.add(
                            start,
                            end,
                            value=value,
                            value_max=None,
                            unit="ratio",
                            kind="ratio",
                            qualifier=_qualifier(text, self.lo, start),
                            unit_key="ratio",
                        )
                    break
                if value < 2 and value != 1.5:
                    break
                before = len(self.found)
                self.number_at(start, end, value)
                if len(self.found) > before and self.found[-1][0].unit == "":
                    self.found.pop()
                    self.taken.pop()
                break


HAS_DIGITS, HAS_NUMBER_WORDS, HAS_MONTHS, HAS_MEASURE_WORDS = 1, 2, 4, 8


def figure_hints(text: str, raw: Sequence[str] | None = None) -> int:
    """What a sentence holds that its figures need, as flags: digits, number words and (with digits) month
    names; 0 when it can hold no figure. Cheap, and never leaves out what the scanner would use. `raw` may
    give the sentence's tokens (`normalise.tokens`)."""
    flags = 0
    if any(map(text.__contains__, "0123456789")) or (not text.isascii() and _DIGIT_RUN.search(text)):
        flags = HAS_DIGITS
    raw = tokens(text) if raw is None else raw
    parts: Sequence[str] = ()
    if "-" in text or "'" in text or "’" in text:  # "twenty-five", "one-third", "five's", "mid-May"
        parts = _COMPOUND_PARTS.split(" ".join([t for t in raw if not t.isalpha()]))
    if _HINT_WORDS.isdisjoint(raw) and _HINT_WORDS.isdisjoint(parts):
        return flags  # most sentences: no word that a figure needs, told by one look at each token
    if not (numwords.PARTS.isdisjoint(raw) and numwords.PARTS.isdisjoint(parts)):
        flags |= HAS_NUMBER_WORDS
    if flags & HAS_DIGITS and not (_MONTHS.keys().isdisjoint(raw) and _MONTHS.keys().isdisjoint(parts)):
        flags |= HAS_MONTHS
    if not (_MEASURE_NOUNS.isdisjoint(raw) and _MEASURE_NOUNS.isdisjoint(parts)):
        flags |= HAS_MEASURE_WORDS
    return flags


_MEASURE_NOUNS = frozenset(
    {"mile", "kilometre", "kilometer", "metre", "meter", "foot", "yard", "inch", "acre", "hectare", "gallon"}
    | {"litre", "liter", "ton", "tonne", "kilogram"}
)
"""Units counted in ones and halves by words: "a mile", "one gallon", "half a tonne", "a half-mile" (not the
pound, as often money as weight)."""
_HINT_WORDS = numwords.PARTS | _MONTHS.keys() | _MEASURE_NOUNS
_ONE_MEASURE = re.compile(
    r"\b(?P<n>[Aa]n?|[Oo]ne|[Hh]alf an?|[Aa] half|[Oo]ne[- ]half|[Hh]alf)[\s-]+"
    r"(?P<unit>(?:" + "|".join(sorted(_MEASURE_NOUNS, key=len, reverse=True)) + r"))\b"
)
"""A measure of one or a half written in words."""


_COMPOUND_PARTS = re.compile(r"[ '’\-]")


def extract_figures(
    text: str,
    sentences: Sequence[Sentence],
    version: int,
    boilerplate: Sequence[bool] | None = None,
    folded: Sequence[Sequence[str]] | None = None,
    shared: dict[tuple[str, str], tuple[int, int, list[Figure]]] | None = None,
    hints: Sequence[int] | None = None,
) -> list[Figure]:
    """Every figure in the version, in reading order, with conversions linked to their main figure.

    The model passes what it has already: `folded`, each sentence's folded words, and `hints`, each
    sentence's `figure_hints`. `shared`, passed for every version of a comparison, keeps each sentence's
    figures by its text, so a sentence the versions share is read once (a sentence's figures depend on its
    text alone).
    """
    out: list[Figure] = []
    for k, s in enumerate(sentences):
        flags = hints[k] if hints is not None else figure_hints(text[s.start : s.end])
        if not flags:
            continue
        key = (text[s.start : s.end], s.kind)
        known = shared.get(key) if shared is not None else None
        if known is not None:
            lo, first, figures = known
            shift, base = s.start - lo, len(out) - first
            flag = bool(boilerplate and boilerplate[k])
            out += [f.moved(version, k, shift, base, flag) for f in figures]
            continue
        digit_runs = _digit_runs(text, key[0], s.start) if flags & HAS_DIGITS else []
        word_runs = numwords.runs(text, s.start, s.end) if flags & HAS_NUMBER_WORDS else []
        scanner = _Scanner(text, s.start, s.end, digit_runs, word_runs)
        if flags & HAS_MONTHS or any(b - a == 4 for a, b in digit_runs):
            scanner.dates()  # a date has a month name or a year
        scanner.numbers()
        scanner.number_words()
        if flags & HAS_MEASURE_WORDS:
            scanner.measure_words()
        if not scanner.found:
            if shared is not None:
                shared[key] = (s.start, len(out), [])
            continue
        found = sorted(scanner.found, key=_first_start) if len(scanner.found) > 1 else scanner.found
        if len(found) > 1:
            found = _join_mixed(text, found)
        _inherit_units([f for f, _ in found])
        _take_unit_of_next(text, [f for f, _ in found])
        words = folded[k] if folded is not None else folded_words(key[0])
        first_index = len(out)
        flag = bool(boilerplate and boilerplate[k])
        for f, modifiers in found:
            # Filled in here, before anything else sees the figure
            f.version, f.sentence, f.text, f.boilerplate = version, k, text[f.start : f.end], flag
            f.words_around = (words, modifiers)
            f.context = _context(text, s.start, s.end, f.start, f.end)
            if s.kind == "meta" and f.kind == "date":
                f.unit = "published"
            out.append(f)
        _link_conversions(text, out, first_index)
        if shared is not None:
            shared[key] = (s.start, first_index, out[first_index:])
    return out


def _digit_runs(text: str, sentence: str, lo: int) -> list[tuple[int, int]]:
    """Spans in `text` of the runs of digits in `sentence`, which starts at `lo`. An ASCII sentence is masked
    to digits and spaces and the runs found with `str.find`: a pattern steps through it a few times slower."""
    if not sentence.isascii():
        return [m.span() for m in _DIGIT_RUN.finditer(text, lo, lo + len(sentence))]
    mask = sentence.encode().translate(_DIGIT_MASK)
    runs = []
    pos = 0
    while (a := mask.find(b"0", pos)) >= 0:
        pos = mask.find(b" ", a)
        if pos < 0:
            pos = len(mask)
        runs.append((lo + a, lo + pos))
    return runs


_DIGIT_MASK = bytes(48 if chr(i).isdigit() else 32 for i in range(128)) + bytes(128)
"""ASCII digits as "0", other ASCII characters as spaces (a table for `bytes.translate`, as `normalise.tokens`)."""


def context_words(figure: Figure) -> frozenset[str]:
    """What `Figure.ctx_words` holds (see there)."""
    if figure.words_around is None:
        return frozenset()
    words, modifiers = figure.words_around
    content = {w for w in set(words).difference(STOPWORDS) if not w[0].isdigit()}
    ctx = frozenset(map(_stem, content.difference(_own_words(figure.text))))
    if modifiers:
        ctx = ctx | frozenset(_stem(w) for w in folded_words(modifiers))
    return ctx


def _first_start(found: tuple[Figure, str]) -> int:
    return found[0].start


_LEADING_NUMBER = re.compile(r"[\d.,]+(?=\s)")


def _own_words(figure_text: str) -> Sequence[str] | frozenset[str]:
    """The folded words of a figure's text, but for its leading number if it has one (figures' context words
    never hold numbers): the rest ("square kilometres") repeats, so it is folded once."""
    m = _LEADING_NUMBER.match(figure_text)
    return _words_of(figure_text[m.end() :]) if m else folded_words(figure_text)


@lru_cache(maxsize=4096)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(folded_words(text))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem for context words: Russia/Russian, deployed/deployment compare equal."""
    return word.split("'")[0][:5]


def _inherit_units(found: list[Figure]) -> None:
    """A bare count takes the counted noun of the count before it in the sentence ("575,000 troops ... up to
    690,000")."""
    last: Figure | None = None
    for f in found:
        if f.kind != "count":
            continue
        if f.unit:
            last = f
        elif last is not None:
            f.unit, f.unit_key = last.unit, last.unit_key


_MIXED = {("ft", "in"): 1 / 12, ("USD", "cents"): 1 / 100, ("GBP", "pence"): 1 / 100, ("lb", "oz"): 1 / 16}
"""Units that a figure in the next smaller unit completes, and that unit's share of the first."""
_MIXED_GAP = re.compile(r"\s*(?:and\s+)?")


def _join_mixed(text: str, found: list[tuple[Figure, str]]) -> list[tuple[Figure, str]]:
    """One quantity in two units, "6 feet 1 inch" or "4 dollars 25 cents", as one figure."""
    out = [found[0]]
    for f, modifiers in found[1:]:
        prev = out[-1][0]
        share = _MIXED.get((prev.unit, f.unit))
        if share and prev.value is not None and f.value is not None and _MIXED_GAP.fullmatch(text, prev.end, f.start):
            prev.end, prev.value = f.end, prev.value + f.value * share
            continue
        out.append((f, modifiers))
    return out


def _take_unit_of_next(text: str, found: list[Figure]) -> None:
    """A bare number joined by "to" to the figure after it takes its unit: in "rose from 41 to 57 percent" the
    41 is a percentage too (a range would be one figure; a change is two)."""
    for a, b in itertools.pairwise(found):
        if a.kind == "count" and not a.unit and b.kind != "date" and _JOINED_TO.fullmatch(text, a.end, b.start):
            a.unit, a.kind, a.unit_key = b.unit, b.kind, b.unit_key


_JOINED_TO = re.compile(r"\s*(?:to|and|or)\s*")


def _link_conversions(text: str, figures: list[Figure], first: int) -> None:
    """`1,376 square kilometers (531 square miles)`: the second is the first stated in other units.

    `converts` holds the index in this version's list; the model shifts it to the global index.
    """
    for i in range(first + 1, len(figures)):
        prev, cur = figures[i - 1], figures[i]
        if prev.converts is not None or prev.kind != cur.kind or cur.kind in ("date", "count"):
            continue
        same_dimension = prev.unit_key.split(":")[0] == cur.unit_key.split(":")[0] or cur.kind == "money"
        if same_dimension and _CONVERSION_GAP.match(text[prev.end : cur.start]):
            figures[i] = cur.replace(converts=i - 1)
