"""Untrusted text stays data: the model keeps it, the report and errors show it inert."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.hostile import FORBIDDEN, HOSTILE, PLAIN
from tui.core.load import Version
from tui.core.pipeline import compare
from tui.core.textsafe import PLACEHOLDER, is_unsafe_char, visible
from tui.report import render_report


def test_visible_replaces_every_cc_and_cf_character_but_newline() -> None:
    for code in range(0x110000):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        out = visible(ch)
        if is_unsafe_char(ch):
            assert out != ch and len(out) == 1, hex(code)
        elif ch == "\t":
            assert out == " "
        else:
            assert out == ch, hex(code)


def test_model_keeps_the_decoded_text() -> None:
    c = compare([Version("a", "a", PLAIN, "utf-8"), Version("b", "b", HOSTILE, "utf-8")])
    assert c.to_json()["versions"][1]["text"] == HOSTILE
    assert any(f.text == "59,000" or f.text.startswith("59,000") for f in c.figures if f.version == 1)


def test_report_shows_markup_literally_and_no_control_characters() -> None:
    c = compare([Version("a", "a", PLAIN, "utf-8"), Version("b", "b", HOSTILE, "utf-8")])
    for colour in (False, True):
        out = render_report(c, width=100, colour=colour)
        body = out.replace("\x1b[7m", "").replace("\x1b[27m", "")
        literal = body.replace("«", "").replace("»", "")
        assert "[bold]" in literal and "[@click=app.quit]" in literal
        assert not any(ch in body for ch in FORBIDDEN)
        assert "\u241b[2J" in out and PLACEHOLDER in out


def test_error_message_with_escapes_in_the_file_name(tmp_path: Path) -> None:
    name = str(tmp_path / "evil\x1b[2Jname.txt")
    out = subprocess.run([sys.executable, "-m", "tui", "--json", name, name], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 2 and "\x1b" not in out.stderr and "\u241b[2J" in out.stderr


def test_hostile_file_through_the_command_line(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PLAIN)
    b.write_text(HOSTILE)
    out = subprocess.run(
        [sys.executable, "-m", "tui", "--report", str(a), str(b)], capture_output=True, text=True, cwd=ROOT
    )
    assert out.returncode == 0 and not any(ch in out.stdout for ch in FORBIDDEN)
