"""The command line: JSON schema, report, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_FILES


def versus(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60
    )


def test_json_schema_and_offsets() -> None:
    out = versus("--json", *SAMPLE_FILES)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "versus.comparison/1" and data["base"] == 0
    assert len(data["versions"]) == 5 and len(data["similarity"]) == 5
    for v in data["versions"]:
        for s in v["sentences"]:
            assert v["text"][s["start"] : s["end"]].strip() == v["text"][s["start"] : s["end"]]
    for row in data["rows"]:
        assert row["status"] in ("same", "changed", "unique", "moved")
        assert len(row["cells"]) == len(row["diffs"]) == 5
    for f in data["figures"]:
        assert data["versions"][f["version"]]["text"][f["start"] : f["end"]] == f["text"]


def test_base_option_counts_from_one() -> None:
    data = json.loads(versus("--json", "--base", "2", *SAMPLE_FILES).stdout)
    assert data["base"] == 1


def test_report_is_plain_text_when_piped() -> None:
    out = versus(*SAMPLE_FILES[:2], env={"COLUMNS": "120", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert "Versus: 2 versions" in out.stdout and "\x1b[" not in out.stdout
    assert max(len(line) for line in out.stdout.splitlines()) <= 120


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/nonexistent/a.txt", SAMPLE_FILES[0]], "versus: no such file (/nonexistent/a.txt)"),
        ([SAMPLE_FILES[0]], "versus: need at least two versions to compare"),
    ],
)
def test_input_errors_are_one_line(args: list[str], message: str) -> None:
    out = versus("--json", *args)
    assert out.returncode == 2 and out.stderr.strip() == message and out.stdout == ""


@pytest.mark.parametrize(
    "args",
    [["--base", "9", *SAMPLE_FILES[:3]], ["--threshold", "abc", *SAMPLE_FILES[:2]], ["--bogus", *SAMPLE_FILES[:2]]],
)
def test_option_errors_print_usage(args: list[str]) -> None:
    out = versus("--json", *args)
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 2 and lines[0].startswith("usage: versus") and lines[-1].startswith("versus: ")
    assert "Traceback" not in out.stderr


def test_binary_and_empty_files(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n\x00\x01")
    (tmp_path / "e.txt").write_text("")
    assert versus("--json", str(tmp_path / "x.pdf"), SAMPLE_FILES[0]).stderr.startswith("versus: binary file")
    assert versus("--json", str(tmp_path / "e.txt"), SAMPLE_FILES[0]).stderr.startswith("versus: empty file")
