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


def test_an_amount_of_a_rate_reads_with_its_currency_sign_and_period() -> None:
    c = compare(
        [
            Version("a", "a", "Bills rise to £1,480 a year, and night power costs 21p a kilowatt-hour.", "utf-8"),
            Version("b", "b", "Bills rise to £1,480 a year, the regulator said.", "utf-8"),
        ]
    )
    shown = {c.figures[i].text: short_value(c, i) for i in range(len(c.figures))}
    assert shown == {"£1,480 a year": "£1,480/year", "21p a kilowatt-hour": "21p/kWh"}
