"""The plain-text comparison: versions, similarity, aligned rows (side by side when they fit), facts."""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Sequence

from tui.core.folding import folding_text
from tui.core.model import Comparison
from tui.core.textsafe import one_line, visible
from tui.view.signs import FACT_LEGEND, FACT_ORDER, FACT_SIGNS, also_label, quote_groups, quote_line, values_text
from tui.view.signs import ROW_LEGEND as LEGEND
from tui.view.signs import ROW_SIGNS as SIGNS
from tui.view.summary import change_lines, pair_lines

_MIN_COLUMN = 28


def _marked(text: str, start: int, end: int, spans: Sequence[tuple[int, int]], colour: bool) -> str:
    """The cell text with differing words marked: reverse video with colour, «...» without."""
    out, pos = [], start
    open_mark, close_mark = ("\x1b[7m", "\x1b[27m") if colour else ("«", "»")
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s >= e:
            continue
        out.append(visible(text[pos:s]))
        out.append(open_mark + visible(text[s:e]) + close_mark)
        pos = e
    out.append(visible(text[pos:end]))
    return " ".join("".join(out).split())


def _cells(ch: str) -> int:
    """The terminal cells a character takes: two for wide East Asian ones, none for combining marks."""
    if ch.isascii():
        return 1
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _width(text: str) -> int:
    return len(text) if text.isascii() else sum(map(_cells, text))


def _pad(text: str, width: int) -> str:
    """Text padded with spaces to fill `width` terminal cells."""
    return text + " " * max(0, width - _width(text))


def _wrap(text: str, width: int) -> list[str]:
    """Text wrapped to lines of at most `width` terminal cells: at spaces, and anywhere in a word too long
    for a line (Chinese and Japanese have no spaces between words)."""
    if text.isascii():
        return textwrap.wrap(text, width)
    lines: list[str] = []
    line, used = "", 0
    for word in text.split():
        need = _width(word) + (1 if line else 0)
        if used + need <= width:
            line, used = (f"{line} {word}" if line else word), used + need
            continue
        if line:
            lines.append(line)
            line, used = "", 0
        while _width(word) > width:  # cut where the cells run out
            cut, taken = 0, 0
            while cut < len(word) and taken + _cells(word[cut]) <= width:
                taken += _cells(word[cut])
                cut += 1
            lines.append(word[: max(cut, 1)])
            word = word[max(cut, 1) :]
        line, used = word, _width(word)
    if line:
        lines.append(line)
    return lines


def _cell(c: Comparison, row_index: int, v: int, colour: bool) -> str:
    row = c.rows[row_index]
    text = c.versions[v].text
    parts = []
    for k in row.cells[v]:
        s = c.sentences[v][k]
        parts.append(_marked(text, s.start, s.end, row.diffs[v], colour))
    return " ".join(parts)


def version_line(c: Comparison, v: int) -> str:
    version = c.versions[v]
    title = f' "{visible(version.title, newlines=False)}"' if version.title else ""
    base = " (base)" if v == c.base else ""
    return f"{v + 1} {visible(version.label, newlines=False)}{base}{title}: {c.word_count(v):,} words"


def _header(c: Comparison) -> list[str]:
    lines = [f"Versus: {len(c.versions)} versions, base {c.base + 1}", ""]
    lines += ["  " + version_line(c, v) for v in range(len(c.versions))]
    lines += ["", "Shared with the base (share of each version's words):"]
    lines += [f"  {v + 1} {c.similarity[v][c.base]:.0%}" for v in range(len(c.versions)) if v != c.base]
    counts = {s: sum(1 for r in c.rows if r.status == s) for s in SIGNS}
    lines += ["", "Rows: " + ", ".join(f"{n} {s}" for s, n in counts.items()), LEGEND]
    if folding_text(c.folding):
        lines.append(f"{folding_text(c.folding).capitalize()} as differences too (--fold)")
    lines.append("")
    return lines


def _side_by_side(c: Comparison, width: int, colour: bool) -> list[str]:
    n = len(c.versions)
    col = (width - 2 - 3 * (n - 1)) // n
    lines = [
        " " * 2
        + " | ".join(f"{v + 1} {visible(c.versions[v].label, newlines=False)}"[:col].ljust(col) for v in range(n)),
        "-" * min(width, 2 + n * col + 3 * (n - 1)),
    ]
    for r, row in enumerate(c.rows):
        wrapped = [_wrap(_cell(c, r, v, False) if row.cells[v] else also_label(c, r, v) or "", col) for v in range(n)]
        height = max(len(w) for w in wrapped)
        for i in range(height):
            sign = SIGNS[row.status] if i == 0 else " "
            lines.append(f"{sign} " + " | ".join(_pad(w[i] if i < len(w) else "", col) for w in wrapped))
        if r + 1 < len(c.rows):
            lines.append("")
    return lines


def _sections(c: Comparison, width: int, colour: bool) -> list[str]:
    lines = []
    for r, row in enumerate(c.rows):
        for v in row.present():
            prefix = f"{SIGNS[row.status]} {v + 1}: "
            body = _cell(c, r, v, colour)
            lines += textwrap.wrap(body, width, initial_indent=prefix, subsequent_indent=" " * len(prefix)) or [prefix]
        lines.append("")
    return lines


def fact_lines(c: Comparison, width: int = 100) -> list[str]:
    """The facts, conflicts first, each with every version's statement."""
    lines = [FACT_LEGEND]
    order = sorted(
        (f for f in c.facts if f.status != "single"),
        key=lambda f: (FACT_ORDER[f.status], f.id),
    )
    for fact in order:
        values = values_text(c, fact)
        lines.append(f"{FACT_SIGNS[fact.status]} {visible(fact.label, newlines=False)}  {values}  ({fact.status})")
        for i in fact.figures:
            fig = c.figures[i]
            q = f"{fig.qualifier} " if fig.qualifier else ""
            lines.append(f"    {fig.version + 1}  {q}{one_line(fig.text)}  [{fig.status}]"[:width])
    singles = sum(1 for f in c.facts if f.status == "single")
    if singles:
        lines.append(f"  and {singles} figures stated by one version only")
    return lines


def render_report(c: Comparison, width: int = 100, colour: bool = False) -> str:
    """The whole plain-text report."""
    lines = _header(c)
    n = len(c.versions)
    if (width - 2 - 3 * (n - 1)) // n >= _MIN_COLUMN and not colour:
        lines += _side_by_side(c, width, colour)
    else:
        lines += _sections(c, width, colour)
    lines += ["", "Facts (figures across versions):", *fact_lines(c, width)]
    lines += ["", "Versions against each other:"]
    lines += [w for line in pair_lines(c) for w in textwrap.wrap(line, width, subsequent_indent="    ")]
    lines += ["", "What changed:", *change_lines(c)]
    quoted = quote_lines(c, width)
    if quoted:
        lines += ["", "Quotations several versions give (≠ altered):", *quoted]
    return "\n".join(lines) + "\n"


def quote_lines(c: Comparison, width: int = 100) -> list[str]:
    """The quotations two versions or more give, altered first, each version's words."""
    lines = []
    for g in quote_groups(c):
        sign, head = quote_line(c, g, width)
        lines.append(f"{sign} {head}")
        for q in c.quotes:
            if q.group == g:
                words = visible(q.words(c.versions[q.version].text), newlines=False)
                lines.append(f"    {q.version + 1}{' ≠' if q.altered else '  '} {words}"[:width])
    return lines
