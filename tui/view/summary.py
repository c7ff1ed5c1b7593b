"""The change summary as lines of text: one copy for the app's screen, the report and the export."""

from __future__ import annotations

from tui.core.changes import Change, pair_counts, summarise
from tui.core.model import Comparison
from tui.core.textsafe import visible
from tui.view.signs import short_value


def change_lines(c: Comparison, changes: list[Change] | None = None) -> list[str]:
    """Per version: against what, sentence counts, the figures changed (old -> new) and altered quotations."""
    lines: list[str] = []
    for ch in summarise(c) if changes is None else changes:
        name = visible(c.versions[ch.version].label, newlines=False)
        other = visible(c.versions[ch.against].label, newlines=False)
        against = "the base" if ch.why == "base" else "the version before it"
        lines.append(f"{ch.version + 1} {name}, against {against} ({ch.against + 1} {other}):")
        lines.append(f"    sentences: {ch.added} added, {ch.removed} removed, {ch.changed} changed, {ch.moved} moved")
        for fact_id, old, new, how in ch.figures:
            label = visible(c.facts[fact_id].label, newlines=False)
            lines.append(f"    {label}: {short_value(c, old)} -> {short_value(c, new)} ({how})")
        for g in ch.quotes:
            q = next(q for q in c.quotes if q.group == g and q.version == ch.version)
            words = visible(q.words(c.versions[q.version].text), newlines=False)
            lines.append(f"    quotation altered: {words[:70] + '…' if len(words) > 70 else words}")
    return lines


def cell_text(c: Comparison, a: int, b: int) -> str:
    """A cell: the share of a's words found in b, and "!n" for n conflicting facts."""
    if a == b:
        return "·"
    p = pair_counts(c, a, b)
    return f"{p.shared:.0%}" + (f" !{p.conflicts}" if p.conflicts else "")


def detail_text(c: Comparison, a: int, b: int) -> str:
    """One line on a pair: what the cell stands for."""
    if a == b:
        return f"{a + 1} against itself"
    p = pair_counts(c, a, b)
    return (
        f"{a + 1} against {b + 1}: {p.shared:.0%} of {a + 1}'s words in {b + 1}; sentences {p.same} same,"
        f" {p.changed} changed, {p.moved} moved, {p.only_a} only in {a + 1}, {p.only_b} only in {b + 1};"
        f" {p.conflicts} conflicting facts"
    )


def pair_lines(c: Comparison) -> list[str]:
    """Every pair of versions, one line each (`detail_text`), for the reports."""
    n = len(c.versions)
    return [detail_text(c, a, b) for a in range(n) for b in range(a + 1, n)]
