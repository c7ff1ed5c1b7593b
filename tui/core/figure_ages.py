"""A number that is someone's age: "Varela, 46, promised", "aged 45 or older", "ages 18 to 30", "a mean age of
54", as a figure in years old."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.core.figure_patterns import AGED, APPOSITION_END, MAX_AGE, NAME_BEFORE, OR_OLDER, YEARS

if TYPE_CHECKING:
    from tui.core.figures import Scanner


def age(sc: Scanner, fig_start: int, end: int, value: float, value_max: float | None, qualifier: str | None) -> bool:
    """Add the number at fig_start:end as an age if its words say it is one; whether it was."""
    text, hi = sc.text, sc.hi
    if (
        value_max is None
        and value.is_integer()
        and 0 < value <= MAX_AGE
        and APPOSITION_END.match(text, end, hi)
        and NAME_BEFORE.search(text, max(sc.lo, fig_start - 40), fig_start)
    ):  # "Varela, 46, promised": a person's age, as "the 46-year-old" says it
        sc.add(fig_start, end, value, None, "years old", "quantity", qualifier, "age")
        return True
    older = OR_OLDER.match(text, end, hi)
    if older or AGED.search(text, max(sc.lo, fig_start - 10), fig_start):
        # "aged 45 or older", "ages 18 to 30", "45 years and over": an age
        years = YEARS.match(text, end, hi)
        unit_end = older.end() if older else years.end() if years else end
        if older and not qualifier:
            qualifier = "at least"
        sc.add(fig_start, unit_end, value, value_max, "years old", "quantity", qualifier, "age")
        return True
    return False
