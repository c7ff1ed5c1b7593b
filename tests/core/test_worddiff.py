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


def test_a_reordered_clause_marks_only_the_words_that_have_no_counterpart() -> None:
    """The fewest words marked: those outside a longest common subsequence of the two sentences (difflib's
    matcher, taking the longest run first, marks seven here where five suffice)."""
    from tui.core.normalise import word_spans
    from tui.core.worddiff import diff_words

    ref = "The port will close if the storm is strong tonight."
    other = "The port will close if it is a strong storm tonight."
    ref_spans, other_spans = diff_words(word_spans(ref, 0, len(ref)), word_spans(other, 0, len(other)))
    marked_ref = " ".join(ref[s:e] for s, e in ref_spans).split()
    marked_other = " ".join(other[s:e] for s, e in other_spans).split()
    assert len(marked_ref) + len(marked_other) == 5
    assert "strong" not in marked_ref + marked_other and "close" not in marked_ref + marked_other
