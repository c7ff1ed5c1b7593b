"""The comparison as compact JSON text, written directly.

The one place the `versus.comparison` schema is written (`Comparison.to_json` reads this text back): in
about half the time `json.dumps` of a dict would take, since no dict is built for each sentence, row and
figure, and each is written with one format, its strings escaped by the `json` module's own C function.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from json.encoder import encode_basestring_ascii
from typing import TYPE_CHECKING

from tui.core.normalise import FOLDINGS

if TYPE_CHECKING:
    from tui.core.claims import Fact, Figure
    from tui.core.model import AlignedRow, Comparison
    from tui.core.pipeline import ComparisonUnderWay
    from tui.core.quotes import Quote


def _string(s: str | None) -> str:
    return "null" if s is None else encode_basestring_ascii(s)


def _number(x: float | None) -> str:
    """A number as `json` writes it: ints and floats by their repr, NaN and infinities by name."""
    if x is None:
        return "null"
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, int):
        return int.__repr__(x)
    if math.isfinite(x):
        return float.__repr__(x)
    return "NaN" if x != x else ("Infinity" if x > 0 else "-Infinity")


def _ints(xs: Iterable[int]) -> str:
    return "[" + ",".join(map(int.__repr__, xs)) + "]"


def _nested(x: tuple[object, ...]) -> str:
    """Tuples (or lists) of ints, nested to any depth, as JSON arrays: their repr with brackets for parentheses
    and no spaces (three times faster than joining each level)."""
    return repr(x).replace(" ", "").replace(",)", ")").replace("(", "[").replace(")", "]")


def _version(c: Comparison | ComparisonUnderWay, i: int) -> str:
    v = c.versions[i]
    flags = c.boilerplate[i]
    kinds: dict[str, str] = {}  # a handful of kinds, each escaped once
    sentences = ",".join(
        f'{{"start":{s.start},"end":{s.end},"paragraph":{s.paragraph},'
        f'"kind":{kinds.get(s.kind) or kinds.setdefault(s.kind, _string(s.kind))},'
        f'"boilerplate":{"true" if flags[k] else "false"}}}'
        for k, s in enumerate(c.sentences[i])
    )
    return (
        f'{{"path":{_string(v.path)},"label":{_string(v.label)},"title":{_string(v.title)},'
        f'"date":{_string(v.date)},"date_source":{_string(v.date_source)},"time":{_number(c.times[i])},'
        f'"encoding":{_string(v.encoding)},"text":{_string(v.text)},"sentences":[{sentences}]}}'
    )


class _EmptyArrays(dict[int, str]):
    """The text of n empty arrays ("[[],[]]" for two), by n, each made once."""

    def __missing__(self, n: int) -> str:
        self[n] = text = "[" + ",".join(["[]"] * n) + "]"
        return text


_NO_DIFFS = _EmptyArrays()


def _row(row: AlignedRow) -> str:
    moved = _ints(sorted(row.moved_in)) if row.moved_in else "[]"
    diffs = _nested(row.diffs) if any(row.diffs) else _NO_DIFFS[len(row.diffs)]  # most rows: nothing differs
    also = _nested(row.also) if row.also else "[]"
    return (
        f'{{"cells":{_nested(row.members())},"status":{_string(row.status)},"diffs":{diffs},'
        f'"moved_in":{moved},"reference":{row.reference},"also":{also}}}'
    )


def _figure(f: Figure) -> str:
    iso = "" if f.iso is None else f',"iso":{_string(f.iso)}'
    return (
        f'{{"version":{f.version},"sentence":{f.sentence},"start":{f.start},"end":{f.end},"text":{_string(f.text)},'
        f'"value":{_number(f.value)},"value_max":{_number(f.value_max)},"unit":{_string(f.unit)},'
        f'"kind":{_string(f.kind)},"qualifier":{_string(f.qualifier)},"context":{_string(f.context)},'
        f'"status":{_string(f.status)},"converts":{_number(f.converts)},"fact":{_number(f.fact)}{iso},'
        f'"role":{_role(f.role)}}}'
    )


def _role(role: tuple[str | None, str | None] | None) -> str:
    return "null" if role is None else f'{{"time":{_string(role[0])},"event":{_string(role[1])}}}'


def _fact(f: Fact) -> str:
    return (
        f'{{"id":{f.id},"label":{_string(f.label)},"status":{_string(f.status)},"figures":{_ints(f.figures)},'
        f'"kind":{_string(f.kind)},"in_time":{"null" if f.in_time is None else _ints(f.in_time)}}}'
    )


def _quote(q: Quote) -> str:
    return (
        f'{{"version":{q.version},"sentence":{q.sentence},"start":{q.start},"end":{q.end},'
        f'"speaker":{_string(q.speaker)},'
        f'"group":{q.group},"altered":{"true" if q.altered else "false"},"differs":{_nested(q.differs)}}}'
    )


def _changes(c: Comparison) -> str:
    """The change summary (`changes.summarise`): few and small, written through `json`."""
    import json

    from tui.core.changes import summarise

    return json.dumps([ch.to_json() for ch in summarise(c)], separators=(",", ":"))


def comparison_json(c: Comparison) -> str:
    """The `versus.comparison/3` JSON text of a comparison, compact, non-ASCII characters escaped."""
    return head_json(c) + tail_json(c)


def head_json(c: Comparison | ComparisonUnderWay) -> str:
    """The first part of `comparison_json`: all it needs is known before the figures and facts are."""
    from tui.core.model import SCHEMA

    return (
        f'{{"schema":{_string(SCHEMA)},"base":{_number(c.base)},"threshold":{_number(c.threshold)},'
        f'"folding":[{",".join(_string(n) for n in FOLDINGS if n in c.folding)}],'
        f'"versions":[{",".join(_version(c, i) for i in range(len(c.versions)))}],'
        f'"rows":[{",".join(map(_row, c.rows))}],'
    )


def tail_json(c: Comparison) -> str:
    """The rest of `comparison_json`, after `head_json`: figures, facts and similarity."""
    similarity = ",".join("[" + ",".join(_number(round(x, 4)) for x in r) + "]" for r in c.similarity)
    return (
        f'"figures":[{",".join(map(_figure, c.figures))}],'
        f'"facts":[{",".join(map(_fact, c.facts))}],'
        f'"quotes":[{",".join(map(_quote, c.quotes))}],'
        f'"changes":{_changes(c)},'
        f'"similarity":[{similarity}]}}'
    )
