"""How a comparison is made, stage by stage (`STAGES`): reading, aligning, word differences, similarity,
figures and facts, the last in a child process while this one aligns when the versions are long.

`compare` gives the whole `Comparison`; `begin` gives everything but the figures and facts, so that a caller
can write the rest while they are found. The model the stages make is in `model`.
"""

from __future__ import annotations

import gc
import time
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from tui.core import background, claims
from tui.core.boilerplate import boilerplate_flags
from tui.core.claims import Fact, Figure
from tui.core.dates import chronology, update_number
from tui.core.load import Version
from tui.core.model import AlignedRow, Comparison
from tui.core.normalise import ALL_FOLDINGS
from tui.core.quotes import Quote
from tui.core.reading import read_versions
from tui.core.segment import Sentence
from tui.core.thresholds import DEFAULT_THRESHOLD
from tui.core.worddiff import Span, cell_words, row_diffs, shared_words

FORK_ABOVE_CHARS = 300_000
"""Versions longer than this, all together, are read in two halves at once, and have their figures found in a
child process while this one aligns (where `background.can_fork()`); below it, a fork costs more than it saves."""


def _status(cells: Sequence[Sequence[int]], keys: Sequence[Sequence[str]], moved: bool | frozenset[int]) -> str:
    """The row's status: "unique" (one version has it), "moved", "same" (equal keys) or "changed"."""
    key = ""
    count = 0
    same = True
    for v, cell in enumerate(cells):  # one pass, no list or set per row: there are tens of thousands
        if cell:
            k = keys[v][cell[0]] if len(cell) == 1 else " ".join([keys[v][i] for i in cell])
            if count and k != key:
                same = False
            key = k
            count += 1
    if count == 1:
        return "unique"
    if moved:
        return "moved"
    return "same" if same else "changed"


def _row_diffs(
    versions: Sequence[Version],
    sentences: Sequence[Sequence[Sentence]],
    word_lists: Sequence[Sequence[list[str]]],
    cells: Sequence[Sequence[int]],
    ref: int,
) -> tuple[tuple[tuple[Span, ...], ...], tuple[tuple[int, tuple[Span, ...]], ...]]:
    words = {
        v: cell_words(
            versions[v].text,
            [(sentences[v][i].start, sentences[v][i].end) for i in cell],
            [word_lists[v][i] for i in cell],
        )
        for v, cell in enumerate(cells)
        if cell
    }
    return row_diffs(words, ref, len(cells))


def _similarity(
    rows: Sequence[AlignedRow], words_of: Sequence[Sequence[list[str]]], skip: Sequence[Sequence[bool]]
) -> tuple[tuple[float, ...], ...]:
    n = len(words_of)
    totals = [sum(len(w) for k, w in enumerate(ws) if not skip[v][k]) for v, ws in enumerate(words_of)]
    shared = [[0] * n for _ in range(n)]
    clean = [not any(flags) for flags in skip]
    """Versions with no boilerplate at all (most long texts): their cells need no checking sentence by sentence."""
    same_words: dict[tuple[int, ...], int] = {}
    """Words of the identical rows, by the versions that have them: added to the pairs once, at the end."""
    for row in rows:
        cells = row.cells
        if row.status == "same":
            present = tuple(v for v, c in enumerate(cells) if c)
            if all(clean[v] for v in present):
                cell = cells[present[0]]
                size = (
                    len(words_of[present[0]][cell[0]])
                    if len(cell) == 1
                    else sum(len(words_of[present[0]][k]) for k in cell)
                )
                same_words[present] = same_words.get(present, 0) + size
                continue
        present = [v for v in row.present() if not all(skip[v][k] for k in row.cells[v])]
        if len(present) < 2:
            continue
        if row.status == "same" and not any(skip[v][k] for v in present for k in row.cells[v]):
            size = sum(len(words_of[present[0]][k]) for k in row.cells[present[0]])
            same_words[tuple(present)] = same_words.get(tuple(present), 0) + size
            continue
        cell = {v: [w for k in row.cells[v] if not skip[v][k] for w in words_of[v][k]] for v in present}
        for a in present:
            for b in present:
                if a != b:
                    shared[a][b] += shared_words(cell[a], cell[b])
    for present, size in same_words.items():  # the cells' words are equal: each shares all of them with the others
        for a in present:
            for b in present:
                if a != b:
                    shared[a][b] += size
    return tuple(
        tuple(1.0 if a == b else (shared[a][b] / totals[a] if totals[a] else 0.0) for b in range(n)) for a in range(n)
    )


def compare(
    versions: Sequence[Version],
    base: int = 0,
    threshold: float = DEFAULT_THRESHOLD,
    timings: dict[str, float] | None = None,
    in_order: bool = False,
    progress: Progress | None = None,
) -> Comparison:
    """Compare the versions: segment, align, diff words, extract figures and group them into facts.

    `timings`, when given, receives the seconds each stage took (the benchmark reads it). `in_order`: the
    versions come oldest first (else their dates, where known, say their order). `progress` is told each
    stage as it begins (see `STAGES`); an exception it raises stops the comparison there.
    """
    with _collector_paused(), begin(versions, base, threshold, timings, in_order, progress) as under_way:
        return under_way.finish()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The comparison makes millions of small objects and no reference cycles: Python's cycle collector
    would only walk them again and again (10-50% of the time on long texts). Reference counting still
    frees everything as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ComparisonUnderWay:
    """A comparison made but for its figures and facts, which a child process may still be finding (see
    `begin`). A context manager: leaving it before `finish` stops that child."""

    folding = ALL_FOLDINGS
    """Its rows are made with every folding (as `Comparison.folding`)."""

    def __init__(
        self,
        versions: tuple[Version, ...],
        sentences: tuple[tuple[Sentence, ...], ...],
        boilerplate: tuple[tuple[bool, ...], ...],
        rows: tuple[AlignedRow, ...],
        base: int,
        threshold: float,
        similarity: tuple[tuple[float, ...], ...],
        row_of: tuple[tuple[int, ...], ...],
        word_counts: tuple[int, ...],
        claims: background.Pending[_Claims],
        clock: _Clock,
        times: tuple[int | None, ...],
    ) -> None:
        self.times = times
        self.versions, self.sentences, self.boilerplate, self.rows = versions, sentences, boilerplate, rows
        self.base, self.threshold, self.similarity = base, threshold, similarity
        self._row_of, self._word_counts, self._claims, self._clock = row_of, word_counts, claims, clock

    def finish(self) -> Comparison:
        """The whole comparison, once its figures and facts are found (waiting for them if need be)."""
        clock = self._clock
        clock.begin("figures and facts")
        clock.restart()  # not counting what the caller did in between
        figures, facts, quoted, took = self._claims.result()
        if self._claims.seconds is None:
            clock.record("figures", took[0])
            clock.record("facts", took[1])
            clock.record("quotes", took[2])
            clock.restart()
        else:  # found in a child process: this one only waited for them
            clock.lap("figures")
            clock.record("facts", 0.0)
            clock.record("quotes", 0.0)
            clock.record("figures (child process)", took[0])
            clock.record("facts (child process)", took[1])
            clock.record("quotes (child process)", took[2])
        return Comparison(
            versions=self.versions,
            sentences=self.sentences,
            boilerplate=self.boilerplate,
            rows=self.rows,
            base=self.base,
            similarity=self.similarity,
            figures=tuple(figures),
            facts=tuple(facts),
            quotes=tuple(quoted),
            threshold=self.threshold,
            row_of=self._row_of,
            word_counts=self._word_counts,
            times=self.times,
            folding=ALL_FOLDINGS,
        )

    def __enter__(self) -> ComparisonUnderWay:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._claims.__exit__(kind, error, trace)


_Claims = tuple[list[Figure], list[Fact], list[Quote], tuple[float, float, float]]
"""Figures, facts, quotations, and the seconds it took to find each."""


def begin(
    versions: Sequence[Version],
    base: int = 0,
    threshold: float = DEFAULT_THRESHOLD,
    timings: dict[str, float] | None = None,
    in_order: bool = False,
    progress: Progress | None = None,
) -> ComparisonUnderWay:
    """Everything `compare` makes but the figures and facts, which are found in a child process meanwhile
    when the versions are long and the machine can (see `background`); `finish` adds them.

    So a caller can use the rest (write its JSON, say) while they are found. The caller pauses the cycle
    collector itself if it wants (as `compare` does)."""
    if not 0 <= base < len(versions):
        raise ValueError(f"base {base} out of range")
    clock = _Clock(timings, progress)
    clock.begin("reading")
    times = chronology([v.date for v in versions], in_order, [update_number(v.text) for v in versions])
    big = sum(len(v.text) for v in versions) > FORK_ABOVE_CHARS
    parts, reading = read_versions([v.text for v in versions], in_two=big, meanwhile=_import_the_rest)
    sentences = [tuple(ss) for ss in parts]
    texts = [[v.text[s.start : s.end] for s in ss] for v, ss in zip(versions, sentences, strict=True)]
    raw, folded, forms = reading.raw, reading.folded, reading.forms
    word_lists = [[folded[t] for t in ts] for ts in texts]
    keys = [[reading.keys[t] for t in ts] for ts in texts]
    boiler = [tuple(boilerplate_flags(ts, ss, forms)) for ts, ss in zip(texts, sentences, strict=True)]
    clock.lap("reading")
    clock.begin("aligning")

    def find_claims(later: Callable[[], Any]) -> _Claims:
        began = time.perf_counter()
        figures = _figures(versions, sentences, texts, raw, boiler, word_lists)
        found = time.perf_counter()
        profiles = _profiles(figures, versions, sentences)  # before the rows: they may not have come yet
        row_of = _unpack_row_of(later(), sentences)
        figures, facts = _facts(figures, row_of, base, versions, sentences, profiles, times)
        grouped = time.perf_counter()
        quoted = _quotes(versions, sentences, row_of)
        return figures, facts, quoted, (found - began, grouped - found, time.perf_counter() - grouped)

    claims_pending = background.start(
        find_claims,
        pack=lambda c: (claims.pack(c[0], c[1]), [q.fields() for q in c[2]], c[3]),
        unpack=lambda p: (*claims.unpack(p[0], word_lists), [Quote(*q) for q in p[1]], p[2]),
        worth_it=big,
    )
    try:
        under_way = _align_and_diff(
            versions, base, threshold, clock, sentences, keys, word_lists, boiler, claims_pending, times
        )
        return under_way
    except BaseException:
        claims_pending.__exit__(None, None, None)
        raise


def _pack_row_of(row_of: list[list[int]]) -> bytes:
    """Every sentence's row as 4-byte integers: compact to send (a pipe holds 64 KiB unless widened), and
    pickled as one bytes object."""
    return array("i", [r for rows in row_of for r in rows]).tobytes()


def _unpack_row_of(packed: bytes, sentences: Sequence[Sequence[Sentence]]) -> list[list[int]]:
    flat = array("i")
    flat.frombytes(packed)
    row_of, at = [], 0
    for ss in sentences:
        row_of.append(flat[at : at + len(ss)].tolist())
        at += len(ss)
    return row_of


def _import_the_rest() -> None:
    """Load what the comparison needs after reading, while the child reads the other half (where it still
    does): rapidfuzz for the alignment, and the figures' and facts' patterns (the child that finds the
    figures then starts with them compiled; else it compiles them first, and finishes last)."""
    import tui.core.align
    import tui.core.broken_words
    import tui.core.figures
    import tui.core.grouping
    import tui.core.profiles
    import tui.core.quotes  # noqa: F401


def _figures(
    versions: Sequence[Version],
    sentences: Sequence[Sequence[Sentence]],
    texts: Sequence[Sequence[str]],
    raw: dict[str, list[str]],
    boiler: Sequence[Sequence[bool]],
    word_lists: Sequence[Sequence[Sequence[str]]],
) -> list[Figure]:
    """Every version's figures, numbered across the comparison (`converts` points into the whole list)."""
    # imported here: where the figures are found in a child process, this one never compiles their patterns
    from tui.core.broken_words import join_broken
    from tui.core.figures import extract_figures, figure_hints
    from tui.core.temperatures import settle_scales

    figures: list[Figure] = []
    shared: dict[tuple[str, str], tuple[int, int, list[Figure]]] = {}
    hints_of = {t: figure_hints(t, r) for t, r in raw.items()}
    for v, version in enumerate(versions):
        offset = len(figures)
        text, spans, hints = version.text, sentences[v], [hints_of[t] for t in texts[v]]
        joined = join_broken(text)  # "1,200 mil-\nlion" on a page: read as "1,200 million"
        if joined is not None:
            text, spans = joined.text, [joined.sentence(s) for s in spans]
            hints = [figure_hints(text[s.start : s.end]) for s in spans]
        for f in extract_figures(text, spans, v, boiler[v], word_lists[v], shared, hints):
            if joined is not None:
                start, end = joined.original(f.start), joined.original(f.end)
                f = f.replace(start=start, end=end, text=version.text[start:end])
            figures.append(f.replace(converts=f.converts + offset) if f.converts is not None else f)
    return settle_scales(figures)  # a version's bare degrees take the scale the story's other versions write


def _quotes(
    versions: Sequence[Version], sentences: Sequence[Sequence[Sentence]], row_of: Sequence[Sequence[int]]
) -> list[Quote]:
    """Every version's quotations, grouped across versions by their words and their rows (`quotes`)."""
    from tui.core.quotes import find_quotes, group_quotes

    found = [find_quotes(v.text, n) for n, v in enumerate(versions)]
    rows = []
    for n, qs in enumerate(found):
        starts = [s.start for s in sentences[n]]
        for q in qs:
            q.sentence = max(0, bisect_right(starts, q.start) - 1)
        rows.append([row_of[n][q.sentence] if starts else 0 for q in qs])
    return group_quotes([v.text for v in versions], found, rows)


def _profiles(figures: list[Figure], versions: Sequence[Version], sentences: Sequence[Sequence[Sentence]]) -> Any:
    """The figures' role profiles, which need no rows (see `tui.core.profiles`)."""
    from tui.core.profiles import Profiles  # here, as the figures' modules (see `_figures`)

    return Profiles(figures, [v.text for v in versions], [[(s.start, s.end) for s in ss] for ss in sentences]).all()


def _facts(
    figures: list[Figure],
    row_of: Sequence[Sequence[int]],
    base: int,
    versions: Sequence[Version],
    sentences: Sequence[Sequence[Sentence]],
    profiles: Any,
    times: tuple[int | None, ...],
) -> tuple[list[Figure], list[Fact]]:
    """The figures grouped into facts: the figures again, each with its fact and status, and the facts."""
    from tui.core.grouping import group_facts  # here, as the figures' modules (see `_figures`)

    return group_facts(
        figures,
        row_of,
        base,
        len(versions),
        texts=[v.text for v in versions],
        spans=[[(s.start, s.end) for s in ss] for ss in sentences],
        profiles=profiles,
        times=times,
    )


def _align_and_diff(
    versions: Sequence[Version],
    base: int,
    threshold: float,
    clock: _Clock,
    sentences: list[tuple[Sentence, ...]],
    keys: list[list[str]],
    word_lists: list[list[list[str]]],
    boiler: list[tuple[bool, ...]],
    claims_pending: background.Pending[_Claims],
    times: tuple[int | None, ...],
) -> ComparisonUnderWay:
    """Alignment, word diffs and similarity; the rows are handed to the figures' work as soon as known."""
    from tui.core.align import align  # here: see `_import_the_rest`

    aligned = align(keys, base=base, threshold=threshold, each_version=lambda: clock.begin("aligning"))
    row_of = [[0] * len(ss) for ss in sentences]
    for r, rc in enumerate(aligned):
        for v, cell in enumerate(rc.cells):
            for k in cell:
                row_of[v][k] = r
    claims_pending.send(_pack_row_of(row_of))
    clock.lap("align")
    clock.begin("word differences")
    rows = []
    no_diffs: tuple[tuple[Span, ...], ...] = ((),) * len(versions)
    for rc in aligned:
        cells = rc.cells
        status = _status(cells, keys, rc.moved)
        if rc.also and status in ("same", "unique"):  # another version says it differently, in one sentence
            status = "changed"
        ref = base if cells[base] else next(v for v, c in enumerate(cells) if c)
        if status == "changed" or status == "moved":
            diffs, ref_diffs = _row_diffs(versions, sentences, word_lists, cells, ref)
        else:
            diffs, ref_diffs = no_diffs, ()
        # positional: AlignedRow(cells, status, diffs, moved_in, reference, reference_diffs)
        rows.append(AlignedRow(cells, status, diffs, rc.moved, ref, ref_diffs, rc.also))
    clock.lap("word diffs")
    clock.begin("similarity")
    similarity = _similarity(rows, word_lists, boiler)
    clock.lap("similarity")
    return ComparisonUnderWay(
        versions=tuple(versions),
        sentences=tuple(sentences),
        boilerplate=tuple(boiler),
        rows=tuple(rows),
        base=base,
        threshold=threshold,
        similarity=similarity,
        row_of=tuple(map(tuple, row_of)),
        word_counts=tuple(sum(len(w) for w in ws) for ws in word_lists),
        claims=claims_pending,
        clock=clock,
        times=times,
    )


Progress = Callable[[str], None]
"""Told the name of each stage of a comparison as it begins (one of `STAGES`)."""
STAGES = ("reading", "aligning", "word differences", "similarity", "figures and facts")


class _Clock:
    """Stage timings for `compare`, when asked for, and the stages told to its `progress`."""

    def __init__(self, out: dict[str, float] | None, progress: Progress | None = None) -> None:
        self.out = out
        self.progress = progress
        self.last = time.perf_counter()

    def begin(self, stage: str) -> None:
        if self.progress is not None:
            self.progress(stage)

    def record(self, name: str, seconds: float) -> None:
        if self.out is not None:
            self.out[name] = self.out.get(name, 0.0) + seconds

    def restart(self) -> None:
        """Count the next lap from now."""
        self.last = time.perf_counter()

    def lap(self, name: str) -> None:
        if self.out is not None:
            now = time.perf_counter()
            self.out[name] = self.out.get(name, 0.0) + now - self.last
            self.last = now
