"""Row layout shared by the visible panes: each alignment row is as tall as its tallest wrapped cell.

Because every visible pane uses the same row heights, a line number names the same place (row and line
within the row) in every pane, so synced panes keep aligned passages level. Wrapping is at word
boundaries; a word longer than the pane is cut. Plain Python: no Textual here, so it is tested directly.

Layouts are lazy: a new layout (after a resize) estimates the height of every row from its length, and
wraps only the rows the app asks for (`settle`: those on and around the screen). A row that fits on one
line is exact from the start. Estimates move what lies below them, never what is on screen.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise

from rich.cells import cell_len

from tui.core.model import Comparison
from tui.view.moves import moved_places

_WORD = re.compile(r"\S+")
WrappedLine = tuple[tuple[int, int], ...]
"""One screen line of a cell: the (start, end) spans of its words in the version's text."""


def line_pieces(words: WrappedLine, marks: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """A screen line cut where its marks begin and end: (start, end, names of the marks over it) in the line as
    drawn (its words joined by single spaces), covering all of it; names in the order of `marks`.

    `marks` are (start, end, name) spans of the version's text. A mark over two words also covers the space
    between them; one that only touches the whitespace between two words covers nothing.
    """
    starts = [s for s, _ in words]
    offsets = []
    length = -1
    for s, e in words:
        offsets.append(length + 1)
        length += e - s + 1
    length = max(length, 0)
    spans = []
    for ms, me, name in marks:
        i = bisect_right(starts, ms) - 1
        if i < 0 or words[i][1] <= ms:
            i += 1  # the mark starts before the line or between words: its first word is the next
        j = bisect_left(starts, me) - 1
        if i > j:
            continue
        a = offsets[i] + max(ms - words[i][0], 0)
        b = offsets[j] + min(me, words[j][1]) - words[j][0]
        if a < b:
            spans.append((a, b, name))
    if not spans:
        return [(0, length, ())]
    cuts = sorted({0, length, *(x for a, b, _ in spans for x in (a, b))})
    pieces: list[tuple[int, int, tuple[str, ...]]] = []
    for a, b in pairwise(cuts):
        names = tuple(name for ma, mb, name in spans if ma <= a and mb >= b)
        if pieces and pieces[-1][2] == names:
            pieces[-1] = (pieces[-1][0], b, names)  # marks of one kind that meet read as one
        else:
            pieces.append((a, b, names))
    return pieces


@dataclass(slots=True)
class LinePlace:
    """What a layout line shows: a row, the line within the row, and whether it is a paragraph gap or a fold.

    A value, never changed; not declared frozen because one is made for every line drawn, and a frozen
    dataclass is three times slower to make.
    """

    row: int
    line: int
    gap: bool
    fold: int | None = None
    """Index in the layout's folds when the line is a folded run of rows."""


@dataclass(frozen=True, slots=True)
class Fold:
    """Rows first..last (inclusive) shown as one line, like a vimdiff fold."""

    first: int
    last: int
    kind: str
    """"same" (identical rows, folded in the differences-only view) or "boilerplate" (site furniture)."""
    count: int
    """How many of the folded rows the visible versions have."""

    @property
    def label(self) -> str:
        if self.kind == "same":
            noun = "identical sentence" if self.count == 1 else "identical sentences"
            return f"{self.count} {noun} (d shows them)"
        noun = "line" if self.count == 1 else "lines"
        return f"site furniture, {self.count} {noun} (o opens)"


def fold_runs(
    comparison: Comparison, versions: Sequence[int], *, same: bool = False, boilerplate: bool = True
) -> list[Fold]:
    """Runs of rows to fold for these visible versions: boilerplate ones (when `boilerplate`) and, in the
    differences-only view (`same`), runs of identical rows."""
    folds: list[Fold] = []
    run: list[int] = []
    run_kind: str | None = None

    def close() -> None:
        if run_kind is not None:
            folds.append(Fold(run[0], run[-1], run_kind, len(run)))

    for r, row in enumerate(comparison.rows):
        shown = [v for v in versions if row.cells[v]]
        if not shown:
            continue  # no visible version has the row: it joins whatever run it sits in
        kind = None
        if boilerplate and all(comparison.boilerplate[v][k] for v in shown for k in row.cells[v]):
            kind = "boilerplate"
        elif same and row.status == "same" and len(shown) == len(versions):
            kind = "same"
        if kind != run_kind:
            close()
            run, run_kind = [], kind
        if kind is not None:
            run.append(r)
    close()
    return folds


def _cells_end(text: str, s: int, e: int, width: int) -> int:
    """Where a piece of text[s:e] that fills at most `width` terminal cells ends (one character at least)."""
    used = 0
    for k in range(s, e):
        w = cell_len(text[k])
        if used + w > width and k > s:
            return k
        used += w
    return e


class CellWords:
    """The word spans (and lengths) of each cell of a comparison, found once and kept across layouts."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self._spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._lengths: dict[tuple[int, int], list[int]] = {}
        self._chars: dict[int, list[int]] = {}
        self._gaps: dict[tuple[tuple[int, ...], tuple[Fold, ...]], tuple[list[bool], list[bool]]] = {}
        self._moved: dict[int, dict[int, tuple[int, ...]]] = {}

    def spans(self, row: int, version: int) -> list[tuple[int, int]]:
        key = (row, version)
        found = self._spans.get(key)
        if found is None:
            c = self.comparison
            text = c.versions[version].text
            found = []
            for k in c.rows[row].cells[version]:
                s = c.sentences[version][k]
                found.extend(m.span() for m in _WORD.finditer(text, s.start, s.end))
            self._spans[key] = found
        return found

    def chars(self, version: int) -> list[int]:
        """For each row, the characters (terminal cells, where the text has wide ones) of this version's cell
        with its sentences joined by one space (at least the length of its words joined by single spaces); 0
        for an empty cell."""
        found = self._chars.get(version)
        if found is None:
            sentences = self.comparison.sentences[version]
            text = self.comparison.versions[version].text
            wide = not text.isascii()  # then a cell's length is its terminal cells (a CJK character takes two)
            found = []
            for row in self.comparison.rows:
                cell = row.cells[version]
                if wide and cell:
                    found.append(
                        sum(cell_len(text[sentences[k].start : sentences[k].end]) for k in cell) + len(cell) - 1
                    )
                elif len(cell) == 1:
                    s = sentences[cell[0]]
                    found.append(s.end - s.start)
                elif cell:
                    found.append(sum(sentences[k].end - sentences[k].start for k in cell) + len(cell) - 1)
                else:
                    found.append(0)
            self._chars[version] = found
        return found

    def gaps(self, versions: tuple[int, ...], folds: tuple[Fold, ...]) -> tuple[list[bool], list[bool]]:
        """For each row, with these versions shown and these folds: whether a paragraph gap line opens it (a
        shown version starts a new paragraph there, something is drawn above it, and it is not folded), and
        whether any shown version has it."""
        key = (versions, folds)
        found = self._gaps.get(key)
        if found is not None:
            return found
        c = self.comparison
        folded = {r for f in folds for r in range(f.first, f.last + 1)}
        gaps = [False] * len(c.rows)
        has = [False] * len(c.rows)
        seen_paragraph: dict[int, int] = {}
        drawn = False
        for r, row in enumerate(c.rows):
            gap = False
            shows = False
            for v in versions:
                cell = row.cells[v]
                if not cell:
                    continue
                shows = True
                sentences = c.sentences[v]
                if v in seen_paragraph and sentences[cell[0]].paragraph != seen_paragraph[v]:
                    gap = True
                seen_paragraph[v] = sentences[cell[-1]].paragraph
            gaps[r] = gap and shows and drawn and r not in folded
            has[r] = shows
            drawn = drawn or shows or r in folded
        found = gaps, has
        if len(self._gaps) > 16:
            self._gaps.clear()
        self._gaps[key] = found
        return found

    def moved_here(self, version: int) -> dict[int, tuple[int, ...]]:
        """Row -> the moved rows whose sentence of this version stands after it: each a marker line there."""
        found = self._moved.get(version)
        if found is None:
            found = self._moved[version] = moved_places(self.comparison, version)
        return found

    def lengths(self, row: int, version: int) -> list[int]:
        """The terminal cells each word of a cell takes (a CJK character takes two)."""
        key = (row, version)
        found = self._lengths.get(key)
        if found is None:
            text = self.comparison.versions[version].text
            found = self._lengths[key] = [
                e - s if text[s:e].isascii() else cell_len(text[s:e]) for s, e in self.spans(row, version)
            ]
        return found

    def text(self, version: int) -> str:
        return self.comparison.versions[version].text


class RowLayout:
    """Line geometry of the comparison for a set of visible versions at given text widths."""

    def __init__(
        self,
        comparison: Comparison,
        versions: Sequence[int],
        widths: Sequence[int],
        folds: Sequence[Fold] = (),
        words: CellWords | None = None,
    ) -> None:
        self.comparison = comparison
        self.cell_words = words if words is not None and words.comparison is comparison else CellWords(comparison)
        """Word spans of the cells: they do not depend on the width, so layouts of one comparison share them."""
        self.folds = tuple(folds)
        self.fold_of: dict[int, int] = {r: i for i, f in enumerate(self.folds) for r in range(f.first, f.last + 1)}
        """Row -> index of the fold that hides it."""
        self.versions = tuple(versions)
        self.widths = {v: max(1, w) for v, w in zip(versions, widths, strict=True)}
        self._wrapped: dict[tuple[int, int, int], list[WrappedLine]] = {}
        words = self.cell_words
        self.gap_before, has = words.gaps(self.versions, self.folds)
        """Whether a paragraph gap line opens each row (it does not depend on the widths)."""
        heights: list[int] | None = None
        exact: bytes | None = None
        for v in self.versions:
            chars, width = words.chars(v), self.widths[v]
            per_line = max(1, width - 3)  # a wrapped line leaves about 3 columns unused
            lines = [1 if n <= width else -(-n // per_line) for n in chars]  # 1 also for an empty cell
            fits = bytes(n <= width for n in chars)  # all its words fit on one line: exact
            for r, moved in words.moved_here(v).items():
                lines[r] += len(moved)
            heights = lines if heights is None else list(map(max, heights, lines))
            exact = fits if exact is None else bytes(map(min, exact, fits))
        rows = comparison.rows
        if heights is None or exact is None:
            heights, exact = [0] * len(rows), bytes(len(rows))
        self.heights = [h + g if shows else 0 for h, g, shows in zip(heights, self.gap_before, has, strict=True)]
        """Lines of each row: exact where `exact` says so, else estimated from the row's length."""
        self.exact = bytearray(exact)
        """1 for a row whose height is the number of lines it draws."""
        for f in self.folds:  # the fold's first row is its one line; the others take no room
            self.heights[f.first] = 1
            self.heights[f.first + 1 : f.last + 1] = [0] * (f.last - f.first)
            self.exact[f.first : f.last + 1] = b"\x01" * (f.last - f.first + 1)
        self.tops: list[int] = []
        self.total = 0
        self.revision = 0
        """Counts the settles that moved rows: what a line number shows depends on it."""
        self._retop()

    def _retop(self) -> None:
        """Tops and total from the heights; a fold's hidden rows stand at its line."""
        tops = [0, *accumulate(self.heights)]
        for f in self.folds:
            if f.last > f.first:
                tops[f.first + 1 : f.last + 1] = [tops[f.first]] * (f.last - f.first)
        self.tops = tops
        self.total = tops[-1]

    def _settle_row(self, r: int) -> bool:
        """Give row r its exact height; True when that changed it."""
        self.exact[r] = 1
        row = self.comparison.rows[r]
        height = max(
            (
                self._line_count(r, v, self.widths[v]) + len(self.cell_words.moved_here(v).get(r, ()))
                for v in self.versions
                if row.cells[v]
            ),
            default=0,
        ) + (1 if self.gap_before[r] else 0)
        if height == self.heights[r]:
            return False
        self.heights[r] = height
        return True

    def settle(self, row: int, above: int, below: int) -> bool:
        """Make exact the heights of the rows within `above` lines above `row` and `below` lines from its top
        (the rows of a screen whose top is in `row`, and a margin). When a row there is still an estimate,
        twice that reach is settled at once, so scrolling settles in batches. True when a height changed:
        the tops below it and the total moved, and `revision` went up.

        With `above` 0, `row` and the rows above it stay where they were; otherwise `row` may move, and the
        caller puts its screen's top row back in place.
        """
        if all(self.exact[r] for r in self._reach(row, above, below)):
            return False
        changed = False
        for r in self._reach(row, 2 * above, 2 * below):
            if not self.exact[r]:
                changed |= self._settle_row(r)
        if changed:
            self._retop()
            self.revision += 1
        return changed

    def _reach(self, row: int, above: int, below: int) -> Iterator[int]:
        """The rows within `below` lines from `row`'s top, then those within `above` lines above it; each row's
        height is read after the caller had the row (and may have settled it)."""
        heights = self.heights
        need, r = below, row
        while r < len(heights) and need > 0:
            yield r
            need -= heights[r]
            r += 1
        need, r = above, row - 1
        while r >= 0 and need > 0:
            yield r
            need -= heights[r]
            r -= 1

    def settle_all(self) -> bool:
        """Make every row's height exact (what an eager layout would be)."""
        return self.settle(0, 0, 2**62)

    def words(self, row: int, version: int) -> list[tuple[int, int]]:
        """The word spans of a cell, in order."""
        return self.cell_words.spans(row, version)

    def _line_count(self, row: int, version: int, width: int) -> int:
        """How many lines `wrapped` makes of a cell."""
        lines = 1
        used = 0
        for k, n in enumerate(self.cell_words.lengths(row, version)):
            if n > width:
                s, e = self.words(row, version)[k]
                if n != e - s:  # wide characters: cut as `wrapped` cuts them
                    return len(self.wrapped(row, version))
                if used:
                    lines += 1
                full, rest = divmod(n, width)
                lines += full - (0 if rest else 1)
                used = rest or width  # the last piece of a cut word fills its line when the width divides it
            elif used == 0:
                used = n
            elif used + 1 + n <= width:
                used += 1 + n
            else:
                lines += 1
                used = n
        return lines

    def wrapped(self, row: int, version: int) -> list[WrappedLine]:
        """The screen lines of a cell at its pane's width."""
        width = self.widths[version]
        key = (row, version, width)
        found = self._wrapped.get(key)
        if found is not None:
            return found
        lines: list[list[tuple[int, int]]] = [[]]
        used = 0
        text = self.cell_words.text(version)
        for (s, e), n in zip(self.words(row, version), self.cell_words.lengths(row, version), strict=True):
            while n > width:
                if used:
                    lines.append([])
                cut = s + width if n == e - s else _cells_end(text, s, e, width)
                lines[-1].append((s, cut))
                lines.append([])
                n -= width if n == e - s else cell_len(text[s:cut])
                s = cut
                used = 0
            if not n:
                continue
            if used and used + 1 + n > width:
                lines.append([])
                used = 0
            lines[-1].append((s, e))
            used += n + (1 if used else 0)
        if len(lines) > 1 and not lines[-1]:
            lines.pop()
        result = [tuple(line) for line in lines]
        if len(self._wrapped) > 20_000:
            self._wrapped.clear()
        self._wrapped[key] = result
        return result

    def place(self, y: int) -> LinePlace | None:
        """The row and line within it that layout line y shows, or None past the end."""
        if y < 0 or y >= self.total:
            return None
        r = bisect_right(self.tops, y) - 1
        while r > 0 and self.heights[r] == 0:
            r -= 1
        line = y - self.tops[r]
        fold = self.fold_of.get(r)
        if fold is not None:
            return LinePlace(r, 0, False, fold)
        if self.gap_before[r]:
            if line == 0:
                return LinePlace(r, -1, True)
            line -= 1
        return LinePlace(r, line, False)

    def row_at(self, y: int) -> int:
        """The row shown at line y (a paragraph gap belongs to the row after it)."""
        p = self.place(min(max(0, y), max(0, self.total - 1)))
        return p.row if p else 0

    def visible_in(self, row: int) -> bool:
        """Whether any visible version shows this row (not folded away)."""
        return self.heights[row] > 0 and row not in self.fold_of
