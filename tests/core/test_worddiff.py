"""Word-level differences inside rows."""

from __future__ import annotations

from tests.conftest import find_sentence
from tui.core.model import Comparison

WIRE, COPY = 0, 1


def test_changed_words_are_marked_and_spelling_is_not(samples: Comparison) -> None:
    k = find_sentence(samples, COPY, "evacuated about 23,000")
    row = samples.rows[samples.row_of[COPY][k]]
    text = samples.versions[COPY].text
    assert [text[s:e] for s, e in row.diffs[COPY]] == ["about", "two and a half"]
    wire = samples.versions[WIRE].text
    assert [wire[s:e] for s, e in row.diffs[WIRE]] == ["some", "2-1/2"]


def test_same_and_unique_rows_have_no_diffs(samples: Comparison) -> None:
    for row in samples.rows:
        if row.status in ("same", "unique"):
            assert all(not d for d in row.diffs)


def test_diff_spans_lie_inside_the_row_cells(samples: Comparison) -> None:
    for row in samples.rows:
        for v, spans in enumerate(row.diffs):
            cells = [samples.sentences[v][k] for k in row.cells[v]]
            for s, e in spans:
                assert any(c.start <= s < e <= c.end for c in cells) or (cells[0].start <= s and e <= cells[-1].end)
