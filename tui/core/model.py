"""The comparison model: versions, sentences, aligned rows, word diffs, similarity, figures and facts."""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from tui.core import background
from tui.core.align import DEFAULT_THRESHOLD, align
from tui.core.boilerplate import boilerplate_flags
from tui.core.facts import Fact, group_facts
from tui.core.figures import Figure, extract_figures, figure_hints, pack_figures, unpack_figures
from tui.core.load import Version
from tui.core.normalise import fold_tokens, tokens
from tui.core.segment import Sentence, segment
from tui.core.worddiff import Span, cell_words, diff_words, merge_spans, shared_words

SCHEMA = "versus.comparison/1"
FORK_ABOVE_CHARS = 300_000
"""Versions longer than this, all together, have their figures found in a child process while this one aligns
(where `background.can_fork()`); below it, a fork would cost more than it saves."""


@dataclass(slots=True, unsafe_hash=True)
class AlignedRow:
    """One row of the alignment: each version's sentences in it, its status, and the words that differ.

    A value, never changed once made; not declared frozen because that makes building one three times slower,
    and a long text has tens of thousands (see `Figure`).
    """

    cells: tuple[tuple[int, ...], ...]
    status: str
    diffs: tuple[tuple[Span, ...], ...]
    """Per version, the spans of its words that differ from the reference cell (for the reference: from any)."""
    moved_in: frozenset[int] = frozenset()
    reference: int = 0
    """The version the others are compared with: the base when it has the row, else the first that does."""
    reference_diffs: tuple[tuple[int, tuple[Span, ...]], ...] = ()
    """For each other version: the reference's words that differ from that version."""

    def reference_spans(self, versions: frozenset[int] | set[int]) -> tuple[Span, ...]:
        """The reference's differing words against only some versions (those on screen)."""
        spans = [span for v, ss in self.reference_diffs if v in versions for span in ss]
        return tuple(merge_spans(spans))

    def present(self) -> list[int]:
        """The versions that have this row."""
        return [v for v, cell in enumerate(self.cells) if cell]


@dataclass(frozen=True)
class Comparison:
    """Everything Versus shows, computed once; the app, --json and the reports only read it."""

    versions: tuple[Version, ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    boilerplate: tuple[tuple[bool, ...], ...]
    rows: tuple[AlignedRow, ...]
    base: int
    similarity: tuple[tuple[float, ...], ...]
    figures: tuple[Figure, ...]
    facts: tuple[Fact, ...]
    threshold: float
    row_of: tuple[tuple[int, ...], ...] = field(repr=False)
    """row_of[v][s]: the row holding sentence s of version v."""

    def sentence_text(self, version: int, index: int) -> str:
        s = self.sentences[version][index]
        return self.versions[version].text[s.start : s.end]

    word_counts: tuple[int, ...] = ()
    """Words in each version (as folded for comparison)."""

    def word_count(self, version: int) -> int:
        return self.word_counts[version]

    def to_json(self) -> dict[str, Any]:
        """The model as `versus.comparison/1` JSON data (tuples stand for arrays)."""
        return {
            "schema": SCHEMA,
            "base": self.base,
            "threshold": self.threshold,
            "versions": [
                {
                    "path": v.path,
                    "label": v.label,
                    "title": v.title,
                    "encoding": v.encoding,
                    "text": v.text,
                    "sentences": [
                        {
                            "start": s.start,
                            "end": s.end,
                            "paragraph": s.paragraph,
                            "kind": s.kind,
                            "boilerplate": self.boilerplate[i][k],
                        }
                        for k, s in enumerate(self.sentences[i])
                    ],
                }
                for i, v in enumerate(self.versions)
            ],
            "rows": [
                {
                    "cells": row.cells,  # tuples are written as arrays, as lists are, and need no copy
                    "status": row.status,
                    "diffs": row.diffs,
                    "moved_in": sorted(row.moved_in),
                    "reference": row.reference,
                }
                for row in self.rows
            ],
            "figures": [f.to_json() for f in self.figures],
            "facts": [f.to_json() for f in self.facts],
            "similarity": [[round(x, 4) for x in r] for r in self.similarity],
        }


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
    versions: Sequence[Version], sentences: Sequence[Sequence[Sentence]], cells: Sequence[Sequence[int]], ref: int
) -> tuple[tuple[tuple[Span, ...], ...], tuple[tuple[int, tuple[Span, ...]], ...]]:
    present = [v for v, c in enumerate(cells) if c]

    def words_of(v: int) -> list[tuple[int, int, str]]:
        spans = [(sentences[v][i].start, sentences[v][i].end) for i in cells[v]]
        return cell_words(versions[v].text, spans)

    ref_words = words_of(ref)
    out: list[list[Span]] = [[] for _ in cells]
    per_version: list[tuple[int, tuple[Span, ...]]] = []
    for v in present:
        if v == ref:
            continue
        ref_spans, other_spans = diff_words(ref_words, words_of(v))
        per_version.append((v, tuple(merge_spans(ref_spans))))
        out[ref].extend(ref_spans)
        out[v] = other_spans
    return tuple(tuple(merge_spans(d)) for d in out), tuple(per_version)


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
) -> Comparison:
    """Compare the versions: segment, align, diff words, extract figures and group them into facts.

    `timings`, when given, receives the seconds each stage took (the benchmark reads it).
    """
    if not 0 <= base < len(versions):
        raise ValueError(f"base {base} out of range")
    with _collector_paused():
        return _compare(versions, base, threshold, _Clock(timings))


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


def _compare(versions: Sequence[Version], base: int, threshold: float, clock: _Clock) -> Comparison:
    paragraphs: dict[str, tuple[tuple[int, int], ...]] = {}
    sentences = [tuple(segment(v.text, paragraphs)) for v in versions]
    texts = [[v.text[s.start : s.end] for s in ss] for v, ss in zip(versions, sentences, strict=True)]
    clock.lap("segment")
    # versions share most sentences: each distinct one is tokenised and folded once
    raw = {t: tokens(t) for t in {t for ts in texts for t in ts}}
    folded = {t: fold_tokens(r) for t, r in raw.items()}
    word_lists = [[folded[t] for t in ts] for ts in texts]
    keys = [[" ".join(w) for w in ws] for ws in word_lists]
    forms: dict[str, tuple[bool, bool]] = {}
    boiler = [tuple(boilerplate_flags(ts, ss, forms)) for ts, ss in zip(texts, sentences, strict=True)]
    clock.lap("words")

    def find_figures() -> list[Figure]:
        return _figures(versions, sentences, texts, raw, boiler, word_lists)

    big = sum(len(v.text) for v in versions) > FORK_ABOVE_CHARS
    with background.start(
        find_figures, pack=pack_figures, unpack=lambda p: unpack_figures(p, word_lists), worth_it=big
    ) as pending:
        return _compare_rest(versions, base, threshold, clock, sentences, keys, word_lists, boiler, pending)


def _figures(
    versions: Sequence[Version],
    sentences: Sequence[Sequence[Sentence]],
    texts: Sequence[Sequence[str]],
    raw: dict[str, list[str]],
    boiler: Sequence[Sequence[bool]],
    word_lists: Sequence[Sequence[Sequence[str]]],
) -> list[Figure]:
    """Every version's figures, numbered across the comparison (`converts` points into the whole list)."""
    figures: list[Figure] = []
    shared: dict[tuple[str, str], tuple[int, int, list[Figure]]] = {}
    hints_of = {t: figure_hints(t, r) for t, r in raw.items()}
    for v, version in enumerate(versions):
        offset = len(figures)
        hints = [hints_of[t] for t in texts[v]]
        for f in extract_figures(version.text, sentences[v], v, boiler[v], word_lists[v], shared, hints):
            figures.append(replace(f, converts=f.converts + offset) if f.converts is not None else f)
    return figures


def _compare_rest(
    versions: Sequence[Version],
    base: int,
    threshold: float,
    clock: _Clock,
    sentences: list[tuple[Sentence, ...]],
    keys: list[list[str]],
    word_lists: list[list[list[str]]],
    boiler: list[tuple[bool, ...]],
    pending: background.Pending[list[Figure]],
) -> Comparison:
    """Alignment, word diffs, similarity and facts; the figures are found meanwhile when `pending` forked."""
    aligned = align(keys, base=base, threshold=threshold)
    clock.lap("align")
    rows = []
    no_diffs: tuple[tuple[Span, ...], ...] = ((),) * len(versions)
    for rc in aligned:
        cells = rc.cells
        status = _status(cells, keys, rc.moved)
        ref = base if cells[base] else next(v for v, c in enumerate(cells) if c)
        if status == "changed" or status == "moved":
            diffs, ref_diffs = _row_diffs(versions, sentences, cells, ref)
        else:
            diffs, ref_diffs = no_diffs, ()
        # positional: AlignedRow(cells, status, diffs, moved_in, reference, reference_diffs)
        rows.append(AlignedRow(cells, status, diffs, rc.moved, ref, ref_diffs))
    row_of = [[0] * len(ss) for ss in sentences]
    for r, row in enumerate(rows):
        for v, cell in enumerate(row.cells):
            for k in cell:
                row_of[v][k] = r
    clock.lap("word diffs")
    similarity = _similarity(rows, word_lists, boiler)
    clock.lap("similarity")
    figures = pending.result()
    clock.lap("figures")
    if pending.seconds is not None:
        clock.record("figures (child process)", pending.seconds)
    figures, facts = group_facts(
        figures,
        row_of,
        base,
        len(versions),
        texts=[v.text for v in versions],
        spans=[[(s.start, s.end) for s in ss] for ss in sentences],
    )
    clock.lap("facts")
    return Comparison(
        versions=tuple(versions),
        sentences=tuple(sentences),
        boilerplate=tuple(boiler),
        rows=tuple(rows),
        base=base,
        similarity=similarity,
        figures=tuple(figures),
        facts=tuple(facts),
        threshold=threshold,
        row_of=tuple(tuple(r) for r in row_of),
        word_counts=tuple(sum(len(w) for w in ws) for ws in word_lists),
    )


class _Clock:
    """Stage timings for `compare`, when asked for."""

    def __init__(self, out: dict[str, float] | None) -> None:
        self.out = out
        self.last = time.perf_counter()

    def record(self, name: str, seconds: float) -> None:
        if self.out is not None:
            self.out[name] = self.out.get(name, 0.0) + seconds

    def lap(self, name: str) -> None:
        if self.out is not None:
            now = time.perf_counter()
            self.out[name] = self.out.get(name, 0.0) + now - self.last
            self.last = now
