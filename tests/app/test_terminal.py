"""The app as a terminal runs it: input the driver cannot decode, signals, two instances on one session."""

from __future__ import annotations

import json
import random
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.app.in_terminal import AppInTerminal
from tests.conftest import SAMPLE_FILES

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="needs a POSIX terminal")
READY = b"Comparing"  # the loading line: the app draws
SHOWN = b"row 1/"  # the status line: the comparison is shown


_running: list[AppInTerminal] = []


@pytest.fixture(autouse=True)
def _nothing_left_running() -> Iterator[None]:
    yield
    while _running:
        _running.pop().close()


def in_terminal(*args: str, tmp_path: Path) -> AppInTerminal:
    app = AppInTerminal(*args, env={"VERSUS_DATA_DIR": str(tmp_path)})
    _running.append(app)
    return app


def started(tmp_path: Path) -> AppInTerminal:
    app = in_terminal(*SAMPLE_FILES, tmp_path=tmp_path)
    assert app.wait_for(READY), app.output[-2000:]
    assert app.wait_for(SHOWN, timeout=60), app.output[-2000:]
    app.read(0.5)  # drawn
    return app


def test_a_byte_that_is_not_utf8_does_not_stop_the_keyboard(tmp_path: Path) -> None:
    app = started(tmp_path)
    app.send(b"\xe9")  # é from a Latin-1 terminal
    app.send(b"q")
    code = app.finish()
    assert b"UnicodeDecodeError" not in app.output and b"Traceback" not in app.output
    assert code == 0


def saved_notes(data_dir: Path) -> list[str]:
    notes = []
    for path in (data_dir / "sessions").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        notes += [e["note"] for e in data["entries"] if e["note"]]
    return sorted(notes)


LEAVE = {"ctrl+q": b"\x11", "SIGTERM": signal.SIGTERM, "SIGHUP": signal.SIGHUP, "SIGINT": signal.SIGINT}


@pytest.mark.parametrize("leave", LEAVE.values(), ids=LEAVE.keys())
def test_the_note_being_typed_is_kept_however_the_app_is_left(tmp_path: Path, leave: object) -> None:
    app = started(tmp_path)
    app.send(b"a")
    app.send(b"typed, not yet closed")
    if isinstance(leave, bytes):
        app.send(leave)  # ctrl+q
    else:
        app.signal(leave)
    code = app.finish()
    assert code == 0
    assert saved_notes(tmp_path) == ["typed, not yet closed"]
    restored = app.output.rsplit(b"typed, not yet closed", 1)[-1]
    assert b"\x1b[?1049l" in restored and b"\x1b[?1000l" in restored  # main screen back, mouse reports off


def test_two_windows_on_the_same_files_keep_both_their_notes(tmp_path: Path) -> None:
    first, second = started(tmp_path), started(tmp_path)
    first.send(b"a")
    first.send(b"noted in the first\x1b")
    second.send(b"nn")
    second.send(b"a")
    second.send(b"noted in the second\x1b")
    first.send(b"x")
    first.send(b"q")
    second.send(b"q")
    assert first.finish() == 0 and second.finish() == 0
    assert saved_notes(tmp_path) == ["noted in the first", "noted in the second"]


def long_versions(tmp_path: Path, words: int) -> list[str]:
    """Two long versions, the second with every tenth sentence reworded: seconds to compare (4 s for 1M words)."""
    rng = random.Random(7)
    vocabulary = [f"{a}{b}" for a in ("ka", "lo", "mi", "ne", "su", "ta") for b in ("rin", "vel", "dos", "pa", "tum")]
    sentences = [" ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "." for _ in range(words // 12)]
    changed = [s if i % 10 else s.replace("a", "o") for i, s in enumerate(sentences)]
    paths = []
    for name, text in (("one.txt", sentences), ("two.txt", changed)):
        path = tmp_path / name
        path.write_text("\n\n".join(" ".join(text[i : i + 5]) for i in range(0, len(text), 5)), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_q_during_a_long_comparison_quits_at_once_and_the_stages_were_shown(tmp_path: Path) -> None:
    app = in_terminal(*long_versions(tmp_path, 1_000_000), tmp_path=tmp_path)
    assert app.wait_for("▸ aligning…".encode()), app.output[-2000:]  # the stage under way
    app.send(b"q", settle=0)
    asked = time.monotonic()
    code = app.finish(timeout=20)
    assert code == 0 and time.monotonic() - asked < 1.5  # the comparison alone takes about 4 s
