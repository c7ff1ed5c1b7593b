"""Exports: Markdown content, JSON with notes, and atomic writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tui.core.model import Comparison
from tui.export import export, markdown_report, write_atomic


def test_markdown_report_lists_conflicts_first_and_differences(samples: Comparison) -> None:
    md = markdown_report(samples, notes={3: "check the [evacuation] figure\nsecond line"}, marks=[3, 5])
    facts = md.split("## Facts")[1].split("## Differences")[0]
    statuses = [
        line.split("|")[3].strip() for line in facts.splitlines() if line.startswith("| ") and "|---" not in line
    ]
    statuses = [s for s in statuses if s != "status"]
    assert statuses[0] == "conflict" and statuses.index("agree") > statuses.index("approx") > 0
    assert "### Only in version 2" in md and "**about**" in md
    notes = md.split("## Notes and marks")[1]
    assert f"- Row 4, {samples.rows[3].status} (marked): " in notes
    assert "  > check the \\[evacuation\\] figure\n  > second line" in notes
    assert f"- Row 6, {samples.rows[5].status} (marked): " in notes


def test_json_export_has_the_model_and_notes(samples: Comparison, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    export(samples, str(out), notes={0: "first row"}, marks=[2])
    data = json.loads(out.read_text())
    assert data["schema"] == "versus.comparison/3"
    assert data["notes"] == [{"row": 0, "text": "first row", "marked": False}, {"row": 2, "text": "", "marked": True}]


def test_write_is_atomic_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.md"
    target.write_text("previous report\n")

    def crash(*_: object) -> None:
        raise KeyboardInterrupt  # the process is killed between writing and renaming

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new report that never lands\n" * 1000)
    assert target.read_text() == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_export_through_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT, SAMPLE_FILES

    out = tmp_path / "r.md"
    done = subprocess.run(
        [sys.executable, "-m", "tui", "--export", str(out), *SAMPLE_FILES], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert out.read_text().startswith("# Versus report")


def test_an_export_follows_the_umask_and_a_session_stays_private(samples: Comparison, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        out = tmp_path / "report.md"
        export(samples, str(out))
        session_file = tmp_path / "session.json"
        write_atomic(session_file, "{}", mode=None)
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644
    assert session_file.stat().st_mode & 0o777 == 0o600


def test_notes_whose_passage_is_gone_are_exported_in_a_section_of_their_own(
    samples: Comparison, tmp_path: Path
) -> None:
    lost = [("A sentence that was edited away.", "ask the desk", True)]
    text = markdown_report(samples, {}, [], lost)
    section = text.split("## Notes on passages not found now", 1)[1]
    assert "A sentence that was edited away. (marked)" in section and "> ask the desk" in section
    out = tmp_path / "r.json"
    export(samples, str(out), {}, [], lost)
    notes = json.loads(out.read_text())["notes"]
    assert notes == [{"row": None, "excerpt": lost[0][0], "text": "ask the desk", "marked": True}]


def test_article_text_is_never_markdown_and_bold_sits_on_its_words() -> None:
    from tui.core.load import Version
    from tui.core.pipeline import compare

    one = "The minister ~~denied~~ it & said <b>no</b> today, officials confirmed.\n\nThe road was cleared on Monday?\n"
    two = "The minister ~~denied~~ it & said &lt;b&gt; today, officials confirmed.\n\nThe road was shut on Tuesday?\n"
    md = markdown_report(compare([Version("a", "a", one, "utf-8"), Version("b", "b", two, "utf-8")]))
    differences = md.split("## Differences")[1]
    assert "\\~\\~denied\\~\\~ it \\& said \\<b\\>" in differences and "\\&lt;b\\&gt;" in differences.replace("*", "")
    assert "on **Monday**?" in differences and "was **shut** on **Tuesday**?" in differences
