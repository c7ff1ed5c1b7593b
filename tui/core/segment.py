"""Splitting a version's text into sentences (with spans) grouped in paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.core.dates import PUBLICATION_LINE, date_line
from tui.core.record import Record

PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣*\-–—]|\d{1,3}[.)])\s+")
_METADATA = re.compile(
    r"^\s*(?:date|published|updated|posted)[:\s]+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\s+",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"([.!?…][.!?…]*[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9\u00c0-\u00dd\u0400-\u042f])")
"""Sentence ends but the last (the rest of a line is its last sentence): group 1 ends the sentence, the match
ends where the next begins. It starts with a plain character class, so the regex engine skips to candidates
quickly (an alternation of two branches was tried at every character: five times slower; a lookahead or an
end, half as fast)."""
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$|^[A-Z]$")

ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "gov",
        "sen",
        "rep",
        "rev",
        "fr",
        "st",
        "sr",
        "jr",
        "mt",
        "ft",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "no",
        "nos",
        "vol",
        "pp",
        "p",
        "ed",
        "eds",
        "est",
        "approx",
        "inc",
        "ltd",
        "co",
        "corp",
        "bros",
        "dept",
        "univ",
        "assn",
        "vs",
        "etc",
        "al",
        "cf",
        "fig",
        "figs",
        "ave",
        "blvd",
        "rd",
        "hon",
        "pres",
        "supt",
        "insp",
        "det",
        "sgt",
        "cpl",
        "pvt",
        "gens",
        "messrs",
        "mme",
        "mlle",
        "rs",
    ]
)
_FINAL = ".!?…:;\"'”’)]。！？"


class Sentence(Record):
    """A sentence (or heading, list item, metadata line) as a span of the version's text.

    A value, never changed once made; not made read-only because that makes building one three times slower,
    and a long text has tens of thousands (see `Figure`).
    """

    __slots__ = ("start", "end", "paragraph", "kind")
    start: int
    end: int
    paragraph: int
    kind: str
    """"text", "heading" (a short line without final punctuation), "item" (a bullet) or "meta"."""

    def __init__(self, start: int, end: int, paragraph: int, kind: str = "text") -> None:
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.kind = kind


def paragraph_breaks(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """The blank lines of text[start:end] that end a paragraph: not one inside a sentence, where the text
    before it ends in a lower-case letter or a comma and the text after starts with a lower-case letter
    (page text broken in the middle of a sentence)."""
    for m in PARAGRAPH_BREAK.finditer(text, start, len(text) if end is None else end):
        before = text[m.start() - 1] if m.start() > start else "."
        after = text[m.end()] if m.end() < len(text) else "A"
        if (before.islower() or before == ",") and after.islower():
            continue
        yield m


def _blocks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of paragraphs in text[start:end]: text between the blank lines that end one."""
    pos = start
    for m in paragraph_breaks(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            out.append((pos, end))
            break
        out.append((pos, nl))
        pos = nl + 1
    return [(a, b) for a, b in out if text[a:b].strip()]


def _units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Join hard-wrapped lines of a paragraph; keep short lines (headings, captions) and bullets apart."""
    lines = _lines(text, start, end)
    if len(lines) <= 1:
        return lines
    widths = [len(text[a:b].rstrip()) for a, b in lines]
    widest = max(widths)
    wrapped = 30 <= widest <= 110
    units = [lines[0]]
    for (a, b), prev_width, (pa, pb) in zip(lines[1:], widths, lines, strict=False):
        soft = (
            wrapped
            and prev_width >= max(30, 0.6 * widest)
            and not _BULLET.match(text[a:b])
            and not _is_menu(text[pa:pb])
            and not _is_menu(text[a:b])
            and not _dates_the_page(text[a:b])
        )
        soft = soft or _broken_word(text, units[-1][1], a)
        if soft:
            units[-1] = (units[-1][0], b)
        else:
            units.append((a, b))
    return units


def _dates_the_page(line: str) -> bool:
    """A line under a byline that says when the page was published ("Published: May 9, 2025") or is a date
    alone: its own line, however wide the byline above it."""
    return line[:1].isupper() and (PUBLICATION_LINE.match(line) is not None or date_line(line) is not None)


def _is_menu(line: str) -> bool:
    """A site's menu ("Markets | Deals | Food & Drink"): items set apart by bars, never prose to join."""
    return line.count(" | ") >= 2


def _broken_word(text: str, end: int, start: int) -> bool:
    """Whether a line ending at `end` breaks a word that the line at `start` goes on with ("the govern-" and
    "ment said"): one line, however short."""
    before = text[end - 2 : end].rstrip()
    return len(before) == 2 and before[1] == "-" and before[0].isalpha() and text[start : start + 1].islower()


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_abbreviation(text: str, unit_start: int, dot: int) -> bool:
    # Most words before a full stop are short plain ASCII words after a space: then the word is what follows
    # that space, initials are ruled out, and a lookup decides.
    space = text.rfind(" ", max(unit_start, dot - 8), dot)
    if space >= 0:
        word = text[space + 1 : dot]
        if word.isascii() and word.isalpha():
            return (len(word) == 1 and word.isupper()) or word.lower() in ABBREVIATIONS
    # Else the word before the dot: the end of a short window split at its last whitespace (a regex search
    # from unit_start is quadratic in long lines, and walking back a character at a time is slow in Python).
    window = max(unit_start, dot - 40)
    chunk = text[window:dot]
    if not chunk or chunk[-1].isspace():
        return False
    parts = chunk.rsplit(None, 1)
    if len(parts) == 1 and window > unit_start:  # a word of 40 characters or more: walk back to its start
        i = window
        while i > unit_start and not text[i - 1].isspace():
            i -= 1
        parts = [text[i:dot]]
    word = parts[-1].lstrip("\"'“‘([")
    if _INITIALS.match(word):
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def split_sentences(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside text[a:b], a line with no space at either end."""
    pos = a
    for m in _BOUNDARY.finditer(text, a, b):
        start, end = m.span(1)
        if end - start == 1 and text[start] == "." and _is_abbreviation(text, pos, start):
            continue
        yield from _wide_ends(text, pos, end)
        pos = m.end()  # past the spaces: the next sentence's first character
    if pos < b:
        yield from _wide_ends(text, pos, b)


_WIDE_END = re.compile(r"[。！？]+[」』）”’]*\s*")
"""A full-width sentence end (Chinese, Japanese), which no space follows."""


def _wide_ends(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """text[a:b] split after its full-width sentence ends; most text has none and is one span."""
    if text.isascii() or not any(c in text[a:b] for c in "。！？"):
        yield a, b
        return
    pos = a
    for m in _WIDE_END.finditer(text, a, b):
        end = m.end() - (len(m.group()) - len(m.group().rstrip()))
        if end > pos:
            yield pos, end
        pos = m.end()
    if pos < b:
        yield pos, b


def _is_heading(line: str) -> bool:
    if len(line) > 110:  # most paragraphs: no need to split them into words
        return False
    words = line.split()
    if 0 < len(words) <= 14 and line.rstrip()[-1] not in _FINAL:
        return line.isascii() or not any(c in line for c in "。！？")  # a full-width end inside: sentences
    return False


def segment(
    text: str, known: dict[str, tuple[tuple[int, int], ...]] | None = None, start: int = 0, end: int | None = None
) -> list[Sentence]:
    """Every sentence of the text, in order, with its paragraph number.

    `known`, passed for every version of a comparison, keeps the sentence spans of each paragraph line by
    its text, so a paragraph the versions share is split once. `start` and `end` read only part of the text:
    from the end of a paragraph break (`PARAGRAPH_BREAK`) to the end of another, or of the text, its sentences
    are those of the whole text there, paragraphs numbered from 0.
    """
    sentences: list[Sentence] = []
    paragraph = -1
    first = start == 0  # only the text's first line can carry a metadata prefix
    for block_start, block_end in _blocks(text, start, len(text) if end is None else end):
        units = _units(text, block_start, block_end)
        if not units:
            continue
        paragraph += 1
        for a, b in units:
            if first:
                first = False
                m = _METADATA.match(text, a, b)
                if m:
                    s, e = _trim(text, a, m.end())
                    sentences.append(Sentence(s, e, paragraph, "meta"))
                    a = m.end()
            a, b = _trim(text, a, b)
            if a >= b:
                continue
            line = text[a:b]
            bullet = _BULLET.match(line)
            if bullet:  # an item of several sentences (a numbered clause) is split after its marker
                spans = list(split_sentences(line, bullet.end(), len(line)))
                sentences.append(Sentence(a, a + spans[0][1], paragraph, "item"))
                sentences.extend(Sentence(a + s, a + e, paragraph) for s, e in spans[1:])
            elif "\n" not in line and _is_heading(line):
                sentences.append(Sentence(a, b, paragraph, "heading"))
            else:
                spans = known.get(line) if known is not None else None
                if spans is None:
                    spans = tuple(split_sentences(line, 0, len(line)))
                    if known is not None:
                        known[line] = spans
                sentences.extend(Sentence(a + s, a + e, paragraph) for s, e in spans)
    return sentences
