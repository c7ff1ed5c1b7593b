"""When each version was published or last updated, and the versions' order in time.

Stored pages often say it near their top: a metadata line (" date 2024-01-01 "), a byline or dateline
("Published 08 September 2022, 11:25 am", "Last modified: ...", "Updated: ...", "[May 08, 2019]"), or in
HTML the `article:published_time` / `datePublished` metadata. A date is read only where such a marker
says what it is, so a date the story reports ("on Nov. 23") is never taken for the version's. An update
time wins over a publication time: it is the later state of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from tui.core.record import Record

HEAD_CHARS = 800
"""How far into a text its date is looked for."""
_MONTHS = {
    name: n
    for n, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ],
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?\s?m\.?)?)?"
_ISO = r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?:[T ](?P<ih>\d{2}):(?P<imin>\d{2}))?"
_WRITTEN = (
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}}))"
)
_TIME_FIRST = r"(?P<hour2>\d{1,2})[:.](?P<minute2>\d{2})\s*(?P<ampm2>[ap]\.?\s?m\.?)?,?\s+(?:on\s+)?"
_WHEN = rf"(?:{_ISO}|{_WRITTEN}{_TIME}|{_TIME_FIRST}{_WRITTEN.replace('?P<', '?P<t')})"
_UPDATED = rf"\b(?:updated|last\s+modified|last\s+updated|modified)\s*(?:on|at)?\s*:?\s*{_WHEN}"
_PUBLISHED = rf"(?:^|\n|\|)\s*(?:date|published|posted|first\s+published)\s*(?:on|at)?\s*:?\s*{_WHEN}"
_BRACKETED = rf"\[\s*{_WHEN}\s*\]"
_META = (
    r"""(?:property|name|itemprop)\s*=\s*["'](?P<key>article:modified_time|article:published_time|dateModified|"""
    r"""datePublished|date)["'][^>]*?content\s*=\s*["'](?P<value>[^"']+)["']"""
    r"""|["'](?P<jkey>dateModified|datePublished)["']\s*:\s*["'](?P<jvalue>[^"']+)["']"""
)
DATELINE = re.compile(
    r"\s*[A-Z][A-Z'./ -]{2,40}(?:,\s*[A-Z][a-z]{1,9}\.?)?"
    r"(?:,\s*(?P<dmonth>[A-Z][a-z]{2,8})\.?\s+(?P<dday>\d{1,2})(?:,?\s+(?P<dyear>\d{4}))?)?"
    r"\s*(?:\([^()\n]{1,40}\))?\s*[-–—]+\s"
)
"""A wire story's dateline opening its first sentence: "LONDON, May 7 (Wire) - ", "ROME (Agency) — ", "AUSTIN,
Texas, Oct. 2 (Wire) - ". Most that give a date give no year: the version's date is then a month and a day
(`MONTH_DAY`), placed in time by `chronology`."""
PUBLICATION_LINE = re.compile(
    r"(?:[^\n|]{0,80}\|\s*)*(?:published|updated|posted|last\s+(?:modified|updated)|first\s+published)\b",
    re.IGNORECASE,
)
"""A byline or a line that says when the version was published or updated ("Published: 14 October 2026 08:10",
"By Ana Dias | Published 8:40 p.m. Aug. 14"): its dates are the version's own."""
MONTH_DAY = "--"
"""How a date without its year starts (ISO 8601's "--05-07")."""
_MARKERS = ("date", "published", "posted", "updated", "modified", "[", "(")
"""Strings one of which a text's head must hold for its date to be looked for (the patterns are compiled only
then: most texts give none, and a one-shot run need not pay for them)."""


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


class Dated(Record):
    """A version's time: ISO 8601 (a date, or a date and a time), and where in the text it was read."""

    __slots__ = ("when", "source")
    when: str
    source: str

    def __init__(self, when: str, source: str) -> None:
        self.when = when
        self.source = source


def shown(when: str) -> str:
    """A version's date as a pane header shows it: "2024-05-07 14:30", or "May 7" where the year is unknown."""
    if when.startswith(MONTH_DAY):
        month, day = int(when[2:4]), int(when[5:7])
        return f"{_MONTH_NAMES[month - 1]} {day}"
    return when.replace("T", " ")


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse_when(text: str) -> str | None:
    """An ISO date or date-time from one written date ("2024-05-07", "May 8, 2019", "8 Sept. 2022, 11:25 am")."""
    m = _compiled(rf"\s*{_WHEN}\s*").fullmatch(text)
    return _iso(m) if m else None


def read_date(text: str, html: str | None = None) -> Dated | None:
    """The version's date from its page metadata (`html`) or the head of its text, None when it gives none."""
    if html is not None:
        found = {}
        for m in _compiled(_META).finditer(html[:200_000]):
            key = (m.group("key") or m.group("jkey")).lower()
            value = m.group("value") or m.group("jvalue")
            iso = _iso_prefix(value)
            if iso and key not in found:
                found[key] = iso
        for key in ("article:modified_time", "datemodified", "article:published_time", "datepublished", "date"):
            if key in found:
                return Dated(found[key], f"page metadata {key}")
    head = text[:HEAD_CHARS]
    lowered = head.lower()
    if any(marker in lowered for marker in _MARKERS):
        for pattern, what in ((_UPDATED, "updated"), (_PUBLISHED, "published"), (_BRACKETED, "dateline")):
            m = _compiled(pattern).search(head)
            if m:
                iso = _iso(m)
                if iso:
                    return Dated(iso, f"{what}: {' '.join(m.group().split()).lstrip('| ')}")
    alone = _date_alone(head)
    if alone is not None:
        return alone
    m = next((d for d in map(DATELINE.match, _line_starts(head)) if d is not None and d.group("dmonth")), None)
    month = _MONTHS.get(m.group("dmonth").lower()) if m else None
    if m and month:
        day, year = int(m.group("dday")), m.group("dyear")
        if 1 <= day <= 31:
            when = f"{year}-{month:02d}-{day:02d}" if year else f"{MONTH_DAY}{month:02d}-{day:02d}"
            return Dated(when, f"dateline: {' '.join(m.group().split()).rstrip(' -–—')}")
    return None


DATE_ALONE_LINES = 8
"""How many of a text's first lines may be a date alone, under its headline and byline."""
_YEAR = re.compile(r"\b(?:1[89]|2[01])\d\d\b")
_WEEKDAY = re.compile(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)


def _date_alone(head: str) -> Dated | None:
    """A line near the top that is a full date and nothing else ("Thursday 14 March 2024, 4:12pm", "March
    14, 2024"): a page's date under its byline, though it says not "published"."""
    for line in head.split("\n")[:DATE_ALONE_LINES]:
        iso = date_line(line)
        if iso:
            return Dated(iso, f"date line: {line.strip()}")
    return None


def own_date_at(text: str, start: int, end: int, k: int, at: int) -> bool:
    """Whether a date at `at` in sentence k of a text, `text[start:end]`, stands near the top on a line of
    its own that is a date alone (`date_line`) or says when the version was published (`PUBLICATION_LINE`,
    as under a byline: "By Ana Dias, Harbour Reporter / Published: 14 May 2025"): the version's own date, and
    no claim of its story."""
    if k >= DATE_ALONE_LINES:
        return False
    line = text[text.rfind("\n", start, at) + 1 or start : end if (cut := text.find("\n", at, end)) < 0 else cut]
    return date_line(line) is not None or PUBLICATION_LINE.match(line) is not None


def date_line(line: str) -> str | None:
    """The ISO date of a line that is a full date alone, perhaps with its weekday and time; else None."""
    written = line.strip()
    if not 8 <= len(written) <= 48 or _YEAR.search(written) is None:
        return None
    weekday = _WEEKDAY.match(written)
    bare = written[weekday.end() :] if weekday else written
    return parse_when(bare.replace(" at ", " "))


def _line_starts(head: str) -> list[str]:
    """The head's lines that open with a capital, where a dateline may stand."""
    return [line for line in head.split("\n") if line[:1].isupper()]


WIRE_UPDATE = re.compile(r"\s*UPDATE\s+(\d{1,2})\s*[-–—:]")
"""A wire story's headline as its agency revises it through the day: "UPDATE 2-Central bank raises rates"."""


def update_number(text: str) -> int:
    """Which revision of a wire story a text is by its headline ("UPDATE 2-..."), 0 for none."""
    m = WIRE_UPDATE.match(text)
    return int(m.group(1)) if m else 0


def chronology(
    dates: Sequence[str | None], in_order: bool = False, updates: Sequence[int] = ()
) -> tuple[int | None, ...]:
    """Each version's place in time (0 the earliest; equal dates share a place), None where unknown.
    `in_order`: the versions were given oldest first, whatever their texts say. `updates`: each version's
    `update_number`, which orders versions of one date (a wire's "UPDATE 2" came after its first take)."""
    if in_order:
        return tuple(range(len(dates)))
    dated = _with_years(dates)
    revision = list(updates) or [0] * len(dated)
    times = [(d, u) if d else None for d, u in zip(dated, revision, strict=True)]
    known = sorted({t for t in times if t})
    if len(known) < 2:
        return tuple(None for _ in dates)
    place = {t: n for n, t in enumerate(known)}
    return tuple(place[t] if t else None for t in times)


def _with_years(dates: Sequence[str | None]) -> list[str | None]:
    """The dates with a year given to those without one (a dateline's "May 7"): the year of the dated
    versions where they share one, a common year where none has one; unknown where the years differ."""
    years = {d[:4] for d in dates if d and not d.startswith(MONTH_DAY)}
    if len(years) > 1:
        return [None if d and d.startswith(MONTH_DAY) else d for d in dates]
    year = years.pop() if years else "0000"
    return [f"{year}-{d[2:]}" if d and d.startswith(MONTH_DAY) else d for d in dates]


def _iso(m: re.Match[str]) -> str | None:
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    if "hour2" in g:  # the time first: "8:40 p.m. Aug. 14, 2024"
        g = {k[1:] if k.startswith("t") else k: v for k, v in g.items()}
        g.update(hour=g.pop("hour2"), minute=g.pop("minute2"), ampm=g.pop("ampm2", ""))
    if g.get("iy"):
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
        hour, minute = (int(g["ih"]), int(g["imin"])) if g.get("ih") else (None, None)
    else:
        year = int(g.get("year") or g.get("year2") or 0)
        month = _MONTHS[(g.get("month") or g.get("month2") or "").lower()]
        day = int(g.get("day") or g.get("day2") or 0)
        hour = int(g["hour"]) if g.get("hour") else None
        minute = int(g["minute"]) if g.get("minute") else None
        ampm = (g.get("ampm") or "").lower()
        if hour is not None and ampm.startswith("p") and hour < 12:
            hour += 12
        elif hour is not None and ampm.startswith("a") and hour == 12:
            hour = 0
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1800 <= year <= 2200):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if hour is None or minute is None or not (0 <= hour <= 23 and 0 <= minute <= 59):
        return date
    return f"{date}T{hour:02d}:{minute:02d}"


def _iso_prefix(value: str) -> str | None:
    m = _compiled(_ISO).match(value.strip())
    return _iso(m) if m else None
