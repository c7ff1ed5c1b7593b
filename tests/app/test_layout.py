"""The shared row layout, without a terminal: row heights, places, and folds."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.model import Comparison
from tui.layout import RowLayout, fold_runs, line_pieces


def test_rows_are_as_tall_as_their_tallest_cell(samples: Comparison) -> None:
    layout = RowLayout(samples, [0, 1], [30, 50])
    layout.settle_all()
    assert all(layout.exact)
    for r in range(len(samples.rows)):
        tallest = max((len(layout.wrapped(r, v)) for v in (0, 1) if samples.rows[r].cells[v]), default=0)
        gap = 1 if layout.gap_before[r] else 0
        assert layout.heights[r] == tallest + gap
        assert layout.tops[r + 1] == layout.tops[r] + layout.heights[r]


def test_a_new_layout_wraps_no_row_and_settles_only_around_a_screen(samples: Comparison) -> None:
    """A relayout (a resize) estimates heights; a row that fits on one line is exact from the start; settling
    wraps the rows within reach of one screen and keeps the top of the row it is asked about."""
    layout = RowLayout(samples, [0, 1], [30, 50])
    assert not layout._wrapped and not layout.cell_words._lengths  # nothing wrapped, no word read yet
    exact = RowLayout(samples, [0, 1], [30, 50])
    exact.settle_all()
    for r, row in enumerate(samples.rows):
        fits = all(len(" ".join(samples.sentence_text(v, k) for k in row.cells[v])) <= w for v, w in ((0, 30), (1, 50)))
        if fits:
            assert layout.exact[r] and layout.heights[r] == exact.heights[r]
    assert not all(layout.exact)
    row = next(r for r in range(len(layout.heights)) if layout.heights[r] != exact.heights[r])  # a wrong guess
    top = layout.tops[row]
    before = bytes(layout.exact)
    assert layout.settle(row, 0, 10)
    assert layout.tops[row] == top and layout.exact[row] and layout.heights[row] == exact.heights[row]
    assert layout.revision == 1 and not layout.settle(row, 0, 10)  # settled already: nothing moves
    settled = [r for r in range(len(layout.heights)) if layout.exact[r] and not before[r]]
    assert settled[0] == row and sum(layout.heights[row : settled[-1]]) < 2 * 10  # within twice the reach
    assert not all(layout.exact)
    layout.settle_all()
    assert layout.heights == exact.heights and layout.tops == exact.tops and layout.total == exact.total


def test_boilerplate_runs_fold_to_one_line(samples: Comparison) -> None:
    folds = fold_runs(samples, [0, 1])
    assert folds and all(f.kind == "boilerplate" for f in folds)
    plain = RowLayout(samples, [0, 1], [40, 40])
    folded = RowLayout(samples, [0, 1], [40, 40], folds)
    plain.settle_all()
    folded.settle_all()
    for f in folds:
        place = folded.place(folded.tops[f.first])
        assert place is not None and place.fold is not None and place.row == f.first
        assert all(not folded.visible_in(r) for r in range(f.first, f.last + 1))
        assert sum(folded.heights[f.first : f.last + 1]) == 1
        for r in range(f.first, f.last + 1):  # every folded row is furniture in the shown versions
            assert all(samples.boilerplate[v][k] for v in (0, 1) for k in samples.rows[r].cells[v])
    assert folded.total < plain.total
    assert "site furniture" in folds[-1].label


def test_differences_only_folds_runs_of_identical_rows(samples: Comparison) -> None:
    folds = fold_runs(samples, [0, 1], same=True, boilerplate=False)
    same = [f for f in folds if f.kind == "same"]
    assert same
    for f in same:
        rows = [r for r in range(f.first, f.last + 1) if any(samples.rows[r].cells[v] for v in (0, 1))]
        assert len(rows) == f.count >= 1
        assert all(samples.rows[r].status == "same" for r in rows)
        assert f.label.startswith(f"{f.count} identical sentence")
    layout = RowLayout(samples, [0, 1], [40, 40], folds)
    shown = [r for r in range(len(samples.rows)) if layout.visible_in(r)]
    assert all(samples.rows[r].status != "same" or r not in layout.fold_of for r in shown)
    assert any(samples.rows[r].status != "same" for r in shown)


def test_place_is_the_row_for_every_line(samples: Comparison) -> None:
    layout = RowLayout(samples, [0, 2], [35, 35], fold_runs(samples, [0, 2], same=True))
    for y in range(layout.total):
        place = layout.place(y)
        assert place is not None
        assert layout.tops[place.row] <= y < layout.tops[place.row] + layout.heights[place.row]
    assert layout.place(layout.total) is None


def test_layouts_share_cell_words_and_agree_with_a_fresh_one(samples: Comparison) -> None:
    first = RowLayout(samples, [0, 1], [40, 40])
    again = RowLayout(samples, [0, 1], [33, 47], words=first.cell_words)
    fresh = RowLayout(samples, [0, 1], [33, 47])
    assert again.cell_words is first.cell_words
    assert again.heights == fresh.heights and again.total == fresh.total
    for r in range(len(samples.rows)):
        for v in (0, 1):
            if samples.rows[r].cells[v]:
                assert again.wrapped(r, v) == fresh.wrapped(r, v)


def _names_by_character(words, marks) -> list[tuple[str, ...]]:
    """The rule for a line's marks, character by character: a word's character takes the marks over it; the
    space after a word takes the marks over both that word's end and the next word's start."""
    out: list[tuple[str, ...]] = []
    for k, (s, e) in enumerate(words):
        if k:
            prev_end = words[k - 1][1]
            out.append(tuple(name for ms, me, name in marks if ms < prev_end and me > s))
        out += [tuple(name for ms, me, name in marks if ms <= p < me) for p in range(s, e)]
    return out


@st.composite
def _line_and_marks(draw: st.DrawFn):
    pos, words = draw(st.integers(0, 3)), []
    for _ in range(draw(st.integers(1, 6))):
        length, gap = draw(st.integers(1, 5)), draw(st.integers(1, 3))
        words.append((pos, pos + length))
        pos += length + gap
    spans = st.tuples(st.integers(0, pos), st.integers(0, pos)).map(sorted).filter(lambda ab: ab[0] < ab[1])
    marks = draw(st.lists(st.tuples(spans, st.sampled_from(["word", "figure", "search"])), max_size=4))
    return tuple(words), [(a, b, name) for (a, b), name in marks]


@settings(max_examples=500, deadline=None)
@given(_line_and_marks())
def test_line_pieces_follow_the_rule_for_every_character(line_and_marks) -> None:
    words, marks = line_and_marks
    pieces = line_pieces(words, marks)
    drawn = [names for a, b, names in pieces for _ in range(a, b)]
    assert drawn == _names_by_character(words, marks)
    assert all(a < b for a, b, _ in pieces) and all(x[2] != y[2] for x, y in pairwise(pieces))


def test_line_counts_are_the_wrapped_lines(samples: Comparison) -> None:
    for width in (1, 4, 9, 17, 30, 47, 80, 200):
        layout = RowLayout(samples, [0, 1, 2], [width] * 3)
        for r, row in enumerate(samples.rows):
            for v in (0, 1, 2):
                if row.cells[v]:
                    assert layout._line_count(r, v, width) == len(layout.wrapped(r, v)), (r, v, width)
