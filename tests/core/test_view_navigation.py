"""Where the navigation keys go and what the status line says of a row, without a terminal."""

from __future__ import annotations

from tui.core.load import Version
from tui.core.model import Comparison
from tui.core.normalise import key
from tui.core.pipeline import compare
from tui.view.moves import moved_places
from tui.view.navigation import (
    difference_rows,
    moved_rows,
    next_row,
    search_pattern,
    search_rows,
    unique_rows,
)
from tui.view.notes import fact_note, hidden_note, moved_note


def test_next_row_steps_forward_and_back_and_stops_at_the_ends() -> None:
    rows = [2, 5, 9]
    assert next_row(rows, 0) == 2 and next_row(rows, 5) == 9 and next_row(rows, 9) is None
    assert next_row(rows, 9, forward=False) == 5 and next_row(rows, 2, forward=False) is None


def test_the_rows_n_u_and_m_stop_at(samples: Comparison) -> None:
    every = range(len(samples.rows))
    differing = difference_rows(samples, every)
    assert differing and all(samples.rows[r].status != "same" for r in differing)
    assert len(differing) == sum(1 for row in samples.rows if row.status != "same")
    assert difference_rows(samples, differing[:1]) == differing[:1]  # only the visible rows are stopped at
    for v in range(len(samples.versions)):
        for r in unique_rows(samples, v):
            assert samples.rows[r].status == "unique" and samples.rows[r].cells[v]
    assert moved_rows(samples) == [r for r, row in enumerate(samples.rows) if row.moved_in]


def test_search_finds_every_version_and_takes_the_term_as_written(samples: Comparison) -> None:
    word = samples.sentence_text(3, len(samples.sentences[3]) - 1).split()[0]
    rows = search_rows(samples, search_pattern(word))
    assert samples.row_of[3][len(samples.sentences[3]) - 1] in rows
    assert search_rows(samples, search_pattern("(456 [")) == []  # no pattern error


def test_a_difference_only_in_a_version_in_no_pane_is_named(samples: Comparison) -> None:
    """A row whose first two versions say the same words while a third differs."""
    for r, row in enumerate(samples.rows):
        if row.status != "changed" or not (row.cells[0] and row.cells[1]):
            continue
        words = [" ".join(key(samples.sentence_text(v, k)) for k in row.cells[v]) for v in (0, 1)]
        if words[0] == words[1]:
            hidden = [v + 1 for v in row.present() if v > 1]
            assert hidden_note(samples, r, [0, 1], None, []) == [
                f"differs in version {', '.join(map(str, hidden))} (not shown: tab or its digit)"
            ]
            assert hidden_note(samples, r, list(range(len(samples.versions))), None, []) == []
            return
    raise AssertionError("the samples have no such row")


def test_a_fact_s_rows_say_who_states_what(samples: Comparison) -> None:
    fact = next(f for f in samples.facts if len(f.figures) > 1)
    figure = samples.figures[fact.figures[0]]
    row = samples.row_of[figure.version][figure.sentence]
    (note,) = fact_note(samples, fact.id, row)
    assert note.startswith(fact.label) and ":" in note
    elsewhere = next(r for r in range(len(samples.rows)) if not fact_note(samples, fact.id, r))
    assert fact_note(samples, None, elsewhere) == []


def test_a_moved_row_and_its_own_place_are_both_explained() -> None:
    lines = [
        "The harbour board met on Tuesday to review the winter season.",
        "Ferry traffic fell by a third while the old quay was closed.",
        "Fishing crews praised the new cold store on the east pier.",
        "A public meeting on the plans is set for the first week of May.",
    ]
    moved = [lines[1], lines[2], lines[0], lines[3]]
    c = compare([Version(f"v{n}", f"v{n}", "\n\n".join(t), "utf-8") for n, t in enumerate([lines, moved])])
    (row,) = [r for r, aligned in enumerate(c.rows) if aligned.status == "moved"]
    assert moved_note(c, row, lambda v: moved_places(c, v)) == ["out of order in 2: m shows where"]
    (place,) = moved_places(c, 1)
    assert moved_note(c, place, lambda v: moved_places(c, v)) == ["a moved passage of 2 stands here: m goes to it"]


def test_a_search_hit_only_in_a_version_in_no_pane_is_named(samples: Comparison) -> None:
    last = len(samples.versions) - 1
    word = max(samples.sentence_text(last, 0).split(), key=len)
    pattern = search_pattern(word)
    hits = search_rows(samples, pattern)
    hidden_only = [
        r
        for r in hits
        if not any(pattern.search(samples.sentence_text(v, k)) for v in (0, 1) for k in samples.rows[r].cells[v])
    ]
    assert hidden_only
    (note,) = hidden_note(samples, hidden_only[0], [0, 1], pattern, hits)
    assert note.startswith("found in version") and str(last + 1) in note
    assert hidden_note(samples, hidden_only[0], [0, 1], pattern, []) != [note]  # not a hit row: no search note
