"""The change summary as lines of text: one copy for the app's screen, the report and the export."""

from __future__ import annotations

from tui.core.changes import Change, summarise
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
