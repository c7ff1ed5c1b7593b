"""`versus --json` writes its text directly, the one place the schema is written: it must read back as the
model it was made from, whatever the text holds."""

from __future__ import annotations

import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.core.json_text import comparison_json
from tui.core.load import Version
from tui.core.model import SCHEMA, Comparison
from tui.core.pipeline import compare


def assert_reads_back_as(c: Comparison) -> None:
    text = comparison_json(c)
    assert text.isascii()
    data = json.loads(text)
    assert data["schema"] == SCHEMA and data["base"] == c.base
    for i, (version, written) in enumerate(zip(c.versions, data["versions"], strict=True)):
        assert written["text"] == version.text and written["label"] == version.label
        assert written["path"] == version.path and written["title"] == version.title
        spans = [(s["start"], s["end"]) for s in written["sentences"]]
        assert spans == [(s.start, s.end) for s in c.sentences[i]]
        assert [s["boilerplate"] for s in written["sentences"]] == list(c.boilerplate[i])
    assert len(data["rows"]) == len(c.rows)
    for row, written in zip(c.rows, data["rows"], strict=True):
        assert written["status"] == row.status and written["reference"] == row.reference
        assert [tuple(cell) for cell in written["cells"]] == list(row.members())
        assert written["moved_in"] == sorted(row.moved_in)
    assert len(data["figures"]) == len(c.figures)
    for figure, written in zip(c.figures, data["figures"], strict=True):
        assert data["versions"][written["version"]]["text"][written["start"] : written["end"]] == written["text"]
        assert (written["value"], written["unit"], written["fact"]) == (figure.value, figure.unit, figure.fact)
        role = None if figure.role is None else dict(zip(("time", "event"), figure.role, strict=True))
        assert written["role"] == role
    assert [tuple(f["figures"]) for f in data["facts"]] == [tuple(f.figures) for f in c.facts]
    assert [f["label"] for f in data["facts"]] == [f.label for f in c.facts]
    assert len(data["quotes"]) == len(c.quotes)
    assert c.to_json() == data


def test_the_samples_read_back_as_their_model(samples: Comparison) -> None:
    assert_reads_back_as(samples)


def test_a_long_generated_pair_with_moves_and_changed_figures() -> None:
    from bench.generate import make_pair

    old, new = make_pair(20_000, seed=11)
    c = compare([Version("a.txt", "a", old, "utf-8"), Version("b.txt", "b", new, "utf-8")])
    assert any(row.moved_in for row in c.rows) or c.figures
    assert_reads_back_as(c)


_ODD = ['"', "\\", "\x00", "\x1b[31m", "\u2028", "😀", "“", "é", "\t", "\n\n", "59,000 troops", "40%", "$1.5bn", ". "]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_ODD) | st.text(max_size=6), max_size=12).map("".join), min_size=1, max_size=3),
    st.text(max_size=8),
)
@example(["A0A$1.5bn", "A0\u00b9\x1b[31m$1.5bn"], "")  # a superscript digit is a digit to str.isdigit, not to float
def test_any_text_path_and_label_read_back_as_written(texts: list[str], label: str) -> None:
    versions = [
        Version(f"dir/{label}\\{i}.txt", label + str(i), text, "utf-8", title=label or None)
        for i, text in enumerate(texts)
    ]
    assert_reads_back_as(compare(versions))


def test_numbers_are_written_as_json_dumps_writes_them() -> None:
    from tui.core.json_text import _number

    for x in (None, True, False, 0, -3, 10**30, 0.1, 1e-7, 59000.0, 1.49e9, float("inf"), float("-inf"), float("nan")):
        assert _number(x) == json.dumps(x), x
