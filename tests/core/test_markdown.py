"""Markdown versions are read as the text they render to: compared on their words, never on their markers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.load import load_version
from tui.core.markdown import markdown_to_text
from tui.core.pipeline import compare


def text_of(markdown: str) -> str:
    return markdown_to_text(markdown)[0]


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("# The harbour reopens", "The harbour reopens"),
        ("### Reaction ###", "Reaction"),
        ("Boats returned on **Tuesday** after *three* weeks.", "Boats returned on Tuesday after three weeks."),
        ("It was __very__ _quiet_ and ~~busy~~ calm.", "It was very quiet and busy calm."),
        ("Read [the port's notice](https://port.example/notice-2031.pdf) first.", "Read the port's notice first."),
        ("See [the map][1] below.", "See the map below."),
        ("![A crane at dusk](crane.jpg)", "A crane at dusk"),
        ("Dredging cost more than planned[^cost].", "Dredging cost more than planned."),
        ("> The quay is safe, the mayor said.", "The quay is safe, the mayor said."),
        ("Call `harbour-line` or <https://port.example>.", "Call harbour-line or https://port.example."),
        ("Prices rose 5\\*.", "Prices rose 5*."),
        ("A line<br/>broken", "A linebroken"),
    ],
)
def test_inline_and_block_markers_are_reduced_to_their_words(markdown: str, plain: str) -> None:
    assert text_of(markdown) == plain


@pytest.mark.parametrize(
    "plain",
    [
        "Tickets cost 3 * 4 euros in snake_case_names and a_b.",
        "The file is report_2031_final.txt, not report.txt.",
        "Rates went from 2% to 3% [provisional].",
    ],
)
def test_text_that_only_looks_like_markers_is_left_as_written(plain: str) -> None:
    assert text_of(plain) == plain


def test_lists_keep_one_line_per_item_with_a_bullet() -> None:
    assert text_of("* ferries\n+ barges\n- tugs\n  - pilot boats\n1. first") == (
        "• ferries\n• barges\n• tugs\n  • pilot boats\n1. first"
    )


def test_lines_stay_lines_so_paragraphs_and_headings_keep_their_shape() -> None:
    markdown = "Harbour news\n============\n\nFirst line\nwraps here.\n\n---\n\n[1]: https://port.example"
    text, title = markdown_to_text(markdown)
    assert text.split("\n") == ["Harbour news", "", "", "First line", "wraps here.", "", "", "", ""]
    assert title == "Harbour news"


def test_code_blocks_are_kept_as_written_without_their_fences() -> None:
    text = text_of("Before.\n```\nx = **not** emphasis\n```\nAfter.")
    assert text == "Before.\n\nx = **not** emphasis\n\nAfter."


def test_front_matter_fences_go_and_its_lines_stay_as_metadata() -> None:
    text, title = markdown_to_text("---\ntitle: Harbour\ndate: 2031-04-02\n---\n# The harbour reopens\n")
    assert text.split("\n")[1:3] == ["title: Harbour", "date: 2031-04-02"]
    assert title == "The harbour reopens"


def test_a_markdown_copy_compares_equal_to_its_plain_copy(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text(
        "# Ferry fares **frozen**\n\nThe operator [said](https://ferry.example/2031/04/fares?id=4471) on Monday "
        "that fares stay at 14 euros[^1].\n\n- Night crossings resume in *May*.\n\n[^1]: Adult single.\n",
        encoding="utf-8",
    )
    txt = tmp_path / "b.txt"
    txt.write_text(
        "Ferry fares frozen\n\nThe operator said on Monday that fares stay at 14 euros.\n\n"
        "Night crossings resume in May.\n",
        encoding="utf-8",
    )
    c = compare([load_version(str(md)), load_version(str(txt))])
    shared = [row for row in c.rows if row.cells[0] and row.cells[1]]
    assert len(shared) == 3
    assert all(row.status == "same" for row in shared)
    figures = [f.text for f in c.figures if f.version == 0]
    assert not any("4471" in f or "2031" in f for f in figures)
    assert c.versions[0].title == "Ferry fares frozen"
