"""Numbers in a sentence that are no figures: part of a name or a code ("Boeing 737", "ZIP code 20549",
"NGC 4993", "Page 3"), a resolution ("4K video"), a span of years ("2020-21"), a time of day ("0852 GMT"), a
score or a tally ("won 4-2", "ruled 6-3")."""

from __future__ import annotations

import re

from tui.core.figure_patterns import is_plural
from tui.core.names import NOT_NAMES
from tui.core.units import CURRENCY_CODES

NOT_BEFORE = re.compile(
    r"(?:[A-Za-z]-?|#|No\.\s?|[Ww]orld [Ww]ar\s|[Vv]ersion\s|[Pp]age\s|[Tt]ype\s|[Pp]hase\s|[Ss]tage\s|[Gg]rade\s"
    r"|[Cc]ategory\s|[Ff]orm\s|[Rr]ule\s|[Ss]ection\s|[Aa]rticle\s|FTSE\s|S&P\s|[A-Z]{2}-\s|[A-Z]\.[A-Z]\.\s)$"
)


def after_name(text: str, lo: int, start: int) -> bool:
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
    return NOT_BEFORE.search(text, max(lo, start - 12), start) is not None


def is_code(text: str, lo: int, start: int, number: str) -> bool:
    """A number that names a thing (`IDENTIFIER_BEFORE`), or a postcode or a catalogue number after a code of
    capitals: "NY 10001", "NGC 4993" (not a year, nor an amount after a currency code)."""
    if IDENTIFIER_BEFORE.search(text, max(lo, start - 10), start):
        return True
    if not (number.isdecimal() and 3 <= len(number) <= 5) or 1900 <= int(number) <= 2100:
        return False
    if start - lo < 3 or text[start - 1] != " " or not text[start - 2].isupper():
        return False
    code = CODE_BEFORE.search(text, max(lo, start - 7), start)
    return code is not None and code.group(1) not in CURRENCY_CODES


RESOLUTION = re.compile(
    r"[248]K[\s-]+(?:TVs?|televisions?|screens?|displays?|videos?|resolution|monitors?|cameras?|footage|streaming"
    r"|content|HDR|Ultra|UHD|OLED|LCD)\b",
    re.IGNORECASE,
)
"""A screen's resolution by its name: "4K video", "an 8K TV" (no four or eight thousand of anything)."""


YEAR_SPAN = re.compile(r"(?P<a>1[89]\d\d|20\d\d)[-–/](?P<b>1[89]\d\d|20\d\d|\d\d)\b(?![-–.,/]?\d)(?!\s+[a-z]+s\b)")
"""A span of years that names a period, "the 1850-1900 average", "in 2020-21", "the 2010-2019 decade" (not
"1900-2000 troops", which counts)."""


def is_label(text: str, start: int, hi: int) -> bool:
    """Whether the number at `start` labels a thing rather than counting it: it names a screen's resolution
    (`RESOLUTION`) or opens a span of years (`YEAR_SPAN`, the second year after the first)."""
    if RESOLUTION.match(text, start, hi):
        return True
    m = YEAR_SPAN.match(text, start, hi)
    if m is None:
        return False
    a, b = m["a"], m["b"]
    return int(b) > int(a) if len(b) == 4 else int(b) == (int(a) + 1) % 100


CLOCK_AFTER = re.compile(r"\s?(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|BST\b|CET\b|CEST\b|[ECMP][SD]T\b|ET\b)")
"""What follows a time of day: "3 p.m.", "0852 GMT", "9.30pm" (no figure)."""
CLOCK_NUMBER = re.compile(r"\d{1,4}(?:\.[0-5]\d)?")
"""How a time of day is written: "3", "0852", "9.30" (not "2.1 pm", picometres)."""


def clock_time(number: str, text: str, end: int, hi: int) -> bool:
    """Whether the number ending at `end`, written `number`, is a time of day."""
    return CLOCK_NUMBER.fullmatch(number) is not None and CLOCK_AFTER.match(text, end, hi) is not None


SCORE = re.compile(r"(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![-–.,:]?\d)(?P<next>\s*(?:[.,;:)!?]|$|(?P<word>[a-z]+)\b))")
SCORE_BEFORE = re.compile(
    r"\b(?:won|wins?|lost|lose|loses|beat|beats|drew|draws?|defeated|thrashed|trailed|trails?|led|leads?|edged"
    r"|scored|scores?|scoreline|victory|voted|ruled|votes?)\s+(?:by\s+|a\s+)?$",
    re.IGNORECASE,
)
SCORE_AFTER = frozenset(
    ["win", "victory", "defeat", "loss", "draw", "lead", "scoreline", "aggregate", "vote", "ruling", "decision"]
)
SCORE_FOLLOWER = frozenset(["at", "on", "in", "against", "over", "after", "and", "but", "as", "for", "with", "to"])
"""A score or a tally ("won 3-1 at home", "a 2-0 win", "the court ruled 6-3"): two numbers, neither a figure
of its own, nor a range ("won 10-12 seats" is one)."""


def is_score(text: str, lo: int, number: re.Match[str]) -> bool:
    """Whether a number (its match in `text`, a sentence from `lo`) opens a score or a tally (`SCORE`)."""
    start, end = number.span()
    if text[end : end + 1] not in ("-", "–"):
        return False
    m = SCORE.match(text, start, number.endpos)
    if m is None:
        return False
    word = m.group("word")
    if word in SCORE_AFTER or (word is None and int(m.group("a")) >= int(m.group("b"))):
        return True  # "a 2-0 win"; "53-47.", "2-2." (a range rises: "ages 5-11")
    if word is not None and word not in SCORE_FOLLOWER:
        return False
    return SCORE_BEFORE.search(text, max(lo, start - 16), start) is not None


NAME_WORD = re.compile(r"(?<![\w'’.-])([A-Za-z]*[A-Z][A-Za-z]*) $")


def after_product_name(text: str, lo: int, start: int, counted: str = "") -> bool:
    """Whether the number at `start` follows a name inside the sentence ("a Boeing 737", "the iPhone 15",
    "Windows 11"): the name's number, no count (the calendar and a sentence's first word aside). Not after a
    group named in the plural where the number counts a plural noun (`counted`): "gave the Liberals 88
    seats" gives 88 seats to the Liberals."""
    m = NAME_WORD.search(text, max(lo, start - 24), start)
    if m is None or m.start(1) <= lo or m.group(1).lower() in NOT_NAMES:
        return False
    many = bool(counted) and is_plural(counted.split()[-1])
    return not (many and GROUP_NAME.search(text, max(lo, m.start(1) - 4), start) is not None)


GROUP_NAME = re.compile(r"\bthe [A-Z][a-z]+[^s\W]s $")
"""A group's name in the plural after "the": "the Liberals", "the Greens", "the Lakers"."""


CODE_BEFORE = re.compile(r"(?<![\w.])([A-Z]{2,5}) $")
IDENTIFIER_BEFORE = re.compile(
    r"(?<![\w.])(?:code|number|no\.|nos\.|zip|postcode|file|form|case|docket|ref\.?|reference|id|room|suite|"
    r"exhibit|section|rule|article|chapter|page|pages|p\.|pp\.|vol\.|volume|platform|gate|route|flight|model|"
    r"version|#) ?$",
    re.IGNORECASE,
)
"""Words a number names a thing after rather than counts it: "ZIP code 20549", "file number 1-32456",
"page 12", "article 5", "#3"."""


MATURITY = re.compile(
    r"(?<=-)(?:year|month|week)(?:\s+(?:government|treasury|benchmark|sovereign|fixed-rate|fixed|interest-only"
    r"|german|italian|french|british|japanese|u\.?s\.?))*\s+(?:bonds?|notes?|gilts?|bunds?|yields?|treasur(?:y|ies)"
    r"|mortgages?|swaps?|securities|debt|paper|loans?)\b",
    re.IGNORECASE,
)
"""A term that names a financial instrument: "two-year government bond yields", "the 10-year Treasury", "a
30-year mortgage" (the instrument, not a length of time the story reports)."""


def is_maturity(text: str, start: int, end: int) -> bool:
    """Whether the figure text[start:end] ("two-year", "10-year") is the term of the instrument it names."""
    dash = text.rfind("-", start, end)
    return dash > start and MATURITY.match(text, dash + 1) is not None
