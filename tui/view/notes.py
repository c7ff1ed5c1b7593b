"""What the status line says of the cursor's row besides its kind, from the model alone (no Textual): who
states the fact last jumped to, where a moved passage stands, and what only versions in no pane show."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tui.core.folding import folding_text
from tui.core.model import Comparison
from tui.core.normalise import ALL_FOLDINGS
from tui.core.textsafe import visible
from tui.view.signs import who_says

HIDDEN_HINT = "(not shown: tab or its digit)"


def fact_note(c: Comparison, fact_id: int | None, row: int) -> list[str]:
    """Who states what of a fact, while the cursor is on one of its rows."""
    if fact_id is None or fact_id >= len(c.facts):
        return []
    fact = c.facts[fact_id]
    if not any(c.row_of[c.figures[i].version][c.figures[i].sentence] == row for i in fact.figures):
        return []
    return [f"{visible(fact.label, newlines=False)}: {who_says(c, fact)}"]


def moved_note(c: Comparison, row: int, moved_here: Callable[[int], dict[int, tuple[int, ...]]]) -> list[str]:
    """On a moved row, or at a moved passage's own place (`moved_here(version)`, see `moves`): which version
    has it where, and that m jumps."""
    aligned = c.rows[row]
    if aligned.status == "moved" and aligned.moved_in:
        return [f"out of order in {_names(sorted(aligned.moved_in))}: m shows where"]
    here = [v for v in range(len(c.versions)) if row in moved_here(v)]
    if here:
        return [f"a moved passage of {_names(here)} stands here: m goes to it"]
    return []


def hidden_note(
    c: Comparison, row: int, shown: Sequence[int], search: re.Pattern[str] | None, search_rows: Sequence[int]
) -> list[str]:
    """What the panes (showing versions `shown`) do not show of a row: a difference or a search hit only in
    versions in no pane, named so that tab or a digit can bring them in."""
    aligned = c.rows[row]
    hidden = [v for v in aligned.present() if v not in shown]
    if not hidden:
        return []
    names = _names(hidden)
    if (
        search is not None
        and row in search_rows
        and not any(search.search(c.sentence_text(v, k)) for v in shown for k in aligned.cells[v])
    ):  # searched only on a hit row: this runs on every cursor move
        return [f"found in version {names} {HIDDEN_HINT}"]
    if aligned.status == "same":
        return []
    having = [v for v in shown if aligned.cells[v]]
    if not having:
        return [f"only in version {names} {HIDDEN_HINT}"]
    seen = aligned.reference in having and any(spans for v, spans in aligned.reference_diffs if v in having)
    if not seen and not any(aligned.diffs[v] for v in having if v != aligned.reference):
        return [f"differs in version {names} {HIDDEN_HINT}"]
    return []


def _names(versions: Sequence[int]) -> str:
    return ", ".join(str(v + 1) for v in versions)


def status_notes(
    c: Comparison,
    row: int,
    *,
    linked: bool,
    diff_only: bool,
    search_term: str,
    search: re.Pattern[str] | None,
    search_rows: Sequence[int],
    fact_id: int | None,
    moved_here: Callable[[int], dict[int, tuple[int, ...]]] | None,
    shown: Sequence[int],
) -> list[str]:
    """Everything the status line says after the cursor's row and its kind: the modes in force, then what
    is to know of this row (`fact_note`, `moved_note`, `hidden_note`)."""
    notes = []
    if not linked:
        notes.append("unlinked (s)")
    if diff_only:
        notes.append("differences only (d)")
    if search is not None:
        notes.append(f"/{visible(search_term, newlines=False)}: {len(search_rows)} rows")
    if c.folding != ALL_FOLDINGS:
        notes.append(f"{folding_text(c.folding)} (i)")
    paths = [v.path for v in c.versions]
    if len(set(paths)) < len(paths):
        most = max(paths.count(p) for p in paths)
        notes.append("same file given twice" if most == 2 else f"same file given {most} times")
    if c.rows:
        notes += fact_note(c, fact_id, row)
        if moved_here is not None:
            notes += moved_note(c, row, moved_here)
        notes += hidden_note(c, row, shown, search, search_rows)
    return notes
