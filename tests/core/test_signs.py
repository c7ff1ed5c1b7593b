"""How a fact's values read in the sidebar (`tui.view.signs`), on sentences written for these tests."""

from __future__ import annotations

from tui.core.load import Version
from tui.core.pipeline import compare
from tui.view.signs import short_value


def test_a_share_in_words_reads_as_its_percentage() -> None:
    c = compare(
        [
            Version("a", "a", "A third of the pupils walk to school, and nearly a fifth of them cycle.", "utf-8"),
            Version("b", "b", "About 33% of pupils walk to school.", "utf-8"),
        ]
    )
    shown = {c.figures[i].text: short_value(c, i) for i in range(len(c.figures))}
    assert shown == {"A third": "33.3%", "a fifth": "≲20%", "33%": "~33%"}
