"""The signs rows and facts are shown with, their legends, and a fact's values at a glance: one copy for the
panes, the sidebar, the reports, the export and the help screen."""

from __future__ import annotations

from tui.core.claims import Fact
from tui.core.facts import QUALIFIER_CLASS
from tui.core.model import Comparison
from tui.core.textsafe import one_line, visible

ROW_SIGNS = {"same": "=", "changed": "~", "unique": "+", "moved": ">"}
ROW_LEGEND = "= same  ~ changed  + only in this version  > moved"
FACT_SIGNS = {"agree": "=", "approx": "~", "update": "»", "conflict": "!", "single": "·"}
"""A fact one version states has a dot, never a digit: "1 servicemen" read as one serviceman."""
FACT_LEGEND = "= agree  ~ roughly  » updated  ! conflict  · one version"
FACT_LEGEND_SHORT = "=agree ~near »upd !conflict ·one"
"""The legend where a line is short (the facts sidebar's title)."""
FACT_ORDER = {"conflict": 0, "update": 1, "approx": 2, "agree": 3, "single": 4}
"""The order facts are listed in by the reports: what needs checking first."""
QUALIFIER_SIGNS = {"approx": "~", "near_below": "≲", "above": ">", "below": "<"}
"""How a value's qualifier is shown where room is short: "~59,000" for about 59,000, ">40%" for over 40%."""


QUOTE_SIGNS = {"altered": "≠", "same": '"'}
"""A quotation several versions give: altered in one of them, or the same words (an excerpt counts)."""


def quote_groups(c: Comparison) -> list[int]:
    """The quotations two versions or more give, altered ones first, each in reading order of its first."""
    first: dict[int, tuple[int, int]] = {}
    versions: dict[int, set[int]] = {}
    altered: set[int] = set()
    for q in c.quotes:
        versions.setdefault(q.group, set()).add(q.version)
        first.setdefault(q.group, (c.row_of[q.version][q.sentence], q.start))
        if q.altered:
            altered.add(q.group)
    shared = [g for g, vs in versions.items() if len(vs) > 1]
    return sorted(shared, key=lambda g: (g not in altered, first[g]))


def quote_line(c: Comparison, group: int, width: int) -> tuple[str, str]:
    """(sign, "speaker: words") of a quotation group, cut to `width` after the sign and a space."""
    members = [q for q in c.quotes if q.group == group]
    sign = QUOTE_SIGNS["altered" if any(q.altered for q in members) else "same"]
    speaker = next((q.speaker for q in members if q.speaker), None)
    ref = members[0]
    words = visible(ref.words(c.versions[ref.version].text), newlines=False)
    text = f"{visible(speaker, newlines=False)}: {words}" if speaker else words
    room = width - 2
    return sign, text if len(text) <= room else text[: room - 1] + "…"


CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹", "cents": "¢", "pence": "p"}


def short_value(c: Comparison, figure_index: int) -> str:
    """A figure's value in a short standard form, its qualifier as a sign: "~59,000", ">40%", "$2.7bn",
    "1,376 km²", "a fifth" as 20%. Figures that state one value the same way ("40 per cent", "40%") read the
    same."""
    f = c.figures[figure_index]
    if f.kind == "date" or f.value is None:
        return one_line(f.text)
    scale = 100 if f.kind == "ratio" else 1  # a share in words reads as the percentage it is: "a third" 33.3%
    number = _number(round(f.value * scale, 1) if scale != 1 else f.value) + (
        "-" + _number(f.value_max * scale) if f.value_max is not None else ""
    )
    if f.kind == "ratio":
        number += "%"
    elif f.kind == "percent":
        number += "%" if f.unit == "%" else " pp"
    elif f.kind == "money":  # "£12/month", "21p/kWh", "CHF 40"
        currency, _, per = f.unit.partition("/")
        sign = CURRENCY_SIGNS.get(currency)
        if not sign:
            number = f"{currency} {number}"
        else:
            number = number + sign if currency in ("cents", "pence") else sign + number
        number += f"/{per}" if per else ""
    elif f.kind == "quantity":
        number += " " + f.unit
    sign = QUALIFIER_SIGNS.get(QUALIFIER_CLASS.get(f.qualifier or ""), "")
    return sign + number


def _number(value: float) -> str:
    """59,000; 2.7bn; 4.5m; 0.25; 2.5: what a reader would write, never a float's tail."""
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            return f"{value / scale:.3g}{suffix}" if value % (scale / 1000) == 0 else f"{value / scale:.4g}{suffix}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def fact_values(c: Comparison, fact: Fact) -> list[str]:
    """The distinct values a fact's versions state, in the order of the versions (base first); for an
    update, in time order, each change of value once ("16", "26", "36")."""
    if fact.status == "update" and fact.in_time:
        timeline: list[str] = []
        for i in fact.in_time:
            value = short_value(c, i)
            if not timeline or _bare(timeline[-1]) != _bare(value):
                timeline.append(value)
        return timeline
    seen: dict[str, str] = {}
    order = sorted(
        (i for i in fact.figures if c.figures[i].converts is None),
        key=lambda i: (c.figures[i].version != c.base, c.figures[i].version, c.figures[i].start),
    )
    for i in order:
        f = c.figures[i]
        value = short_value(c, i)
        seen.setdefault(f.iso if f.kind == "date" and f.iso else value, value)  # a date however written
    return list(seen.values())


def who_says(c: Comparison, fact: Fact) -> str:
    """Which version states which value of a fact, versions that agree together: "1, 2: 59,000 · 3: 60,000"."""
    by_value: dict[str, list[int]] = {}
    for i in sorted(fact.figures, key=lambda i: (c.figures[i].version != c.base, c.figures[i].version)):
        f = c.figures[i]
        if f.converts is None:
            versions = by_value.setdefault(_bare(short_value(c, i)), [])
            if f.version not in versions:
                versions.append(f.version)
    return " · ".join(f"{', '.join(str(v + 1) for v in vs)}: {value}" for value, vs in by_value.items())


def differing_version(c: Comparison, fact: Fact) -> int | None:
    """A version whose value of the fact differs from the base's (or the first stating version's)."""
    values = {c.figures[i].version: _bare(short_value(c, i)) for i in fact.figures if c.figures[i].converts is None}
    if not values:
        return None
    first = values.get(c.base, values[min(values)])
    return next((v for v, value in sorted(values.items()) if value != first), None)


def _bare(value: str) -> str:
    """A short value without its qualifier sign: "85" for ">85" (a timeline shows a change of value)."""
    return value.lstrip("".join(QUALIFIER_SIGNS.values()))


def values_text(c: Comparison, fact: Fact) -> str:
    """A fact's values at a glance: "59,000 · ~60,000", or for an update "16 → 26 → 36"."""
    return (" → " if fact.status == "update" and fact.in_time else " · ").join(fact_values(c, fact))


def fact_line(c: Comparison, fact: Fact, width: int) -> tuple[str, str]:
    """(label, values) cut to fit `width` characters after the sign and a space: the values first, since a
    conflict must be visible without opening the fact."""
    values = values_text(c, fact)
    label = visible(fact.label, newlines=False)
    room = width - 2
    if len(values) > room * 2 // 3:
        values = values[: room * 2 // 3 - 1] + "…"
    label_room = room - len(values) - 1
    if len(label) > label_room:
        label = label[: max(0, label_room - 1)] + "…" if label_room > 1 else ""
    return label, values


def also_label(c: Comparison, row: int, version: int) -> str | None:
    """What a version's empty cell says when its sentence in the row above or below states this row too."""
    for v, k in c.rows[row].also:
        if v == version:
            return "↑ said in the sentence above" if c.row_of[v][k] < row else "↓ said in the sentence below"
    return None


PRESENCE_LEGEND = (
    "· not in it  = as the base  ~ worded otherwise  ↑ ↓ said in its sentence above or below  + the base lacks it"
    "  > moved"
)
"""The presence strip's signs (the columns left of the first pane, one per version)."""


def presence_sign(c: Comparison, row: int, version: int) -> tuple[str, str]:
    """How one version stands in a row, for the presence strip: its sign and the row status it is coloured
    as ("none" where the version has no sentence there)."""
    aligned = c.rows[row]
    if not aligned.cells[version]:
        for v, k in aligned.also:  # its sentence above or below says this row too (one sentence for two)
            if v == version:
                return ("↑" if c.row_of[v][k] < row else "↓"), "changed"
        return "·", "none"
    if version in aligned.moved_in:
        return ">", "moved"
    if not aligned.cells[c.base]:
        return "+", "unique"
    if version == c.base:
        return "=", "same"
    lacks = next((spans for v, spans in aligned.reference_diffs if v == version), ())  # base words it lacks
    return ("~", "changed") if aligned.diffs[version] or lacks else ("=", "same")
