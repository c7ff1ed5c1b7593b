"""`versus --json` writes its text directly: it must be the text `json.dumps` makes of `to_json()`."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.json_text import comparison_json
from tui.core.load import Version
from tui.core.model import Comparison
from tui.core.pipeline import compare


def _dumps(c: Comparison) -> str:
    return json.dumps(c.to_json(), separators=(",", ":"), check_circular=False)


def test_the_samples_are_written_as_json_dumps_writes_them(samples: Comparison) -> None:
    assert comparison_json(samples) == _dumps(samples)
    assert json.loads(comparison_json(samples)) == json.loads(_dumps(samples))


def test_a_long_generated_pair_with_moves_and_changed_figures() -> None:
    from bench.generate import make_pair

    old, new = make_pair(20_000, seed=11)
    c = compare([Version("a.txt", "a", old, "utf-8"), Version("b.txt", "b", new, "utf-8")])
    assert (any(row.moved_in for row in c.rows) and any(f.iso for f in c.figures)) or c.figures
    assert comparison_json(c) == _dumps(c)


_ODD = ['"', "\\", "\x00", "\x1b[31m", "\u2028", "😀", "“", "é", "\t", "\n\n", "59,000 troops", "40%", "$1.5bn", ". "]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_ODD) | st.text(max_size=6), max_size=12).map("".join), min_size=1, max_size=3),
    st.text(max_size=8),
)
def test_any_text_path_and_label_are_escaped_as_json_dumps_escapes_them(texts: list[str], label: str) -> None:
    versions = [
        Version(f"dir/{label}\\{i}.txt", label + str(i), text, "utf-8", title=label or None)
        for i, text in enumerate(texts)
    ]
    c = compare(versions)
    assert comparison_json(c) == _dumps(c)


def test_numbers_are_written_as_json_dumps_writes_them() -> None:
    from tui.core.json_text import _number

    for x in (None, True, False, 0, -3, 10**30, 0.1, 1e-7, 59000.0, 1.49e9, float("inf"), float("-inf"), float("nan")):
        assert _number(x) == json.dumps(x), x
