"""The user's keymap: binding ids are unique, a keymap file rebinds keys, a bad one is refused in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.helpers import ready
from tests.app.in_terminal import AppInTerminal
from tests.conftest import SAMPLE_FILES
from tui.app import VersusApp
from tui.core.errors import InputError
from tui.core.load import load_versions
from tui.keymap import read_keymap
from tui.keys import KEYS
from tui.screens.reader import ReaderScreen
from tui.widgets.help_screen import help_text


def test_every_binding_has_an_id_of_its_own() -> None:
    ids = [k.binding_id for k in KEYS]
    assert len(ids) == len(set(ids))
    assert {"show-version-3", "next-difference", "previous-conflict"} <= set(ids)
    bound = [b.id for b in (*VersusApp.BINDINGS, *ReaderScreen.BINDINGS)]
    assert sorted(bound) == sorted(ids)  # each key bound once, on the app or on the reader


def test_a_keymap_file_is_read_as_ids_to_keys(tmp_path: Path) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text('# mine\nnext-difference = "t, ctrl+n"\nshow-version-2 = "f2"\n', encoding="utf-8")
    assert read_keymap(path) == {"next-difference": "t,ctrl+n", "show-version-2": "f2"}
    assert read_keymap(tmp_path / "none.toml") == {}


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('next-differnce = "t"', "no binding 'next-differnce'"),
        ("next-difference = 3", "needs keys"),
        ('next-difference = "ctrl + n"', "needs keys"),
        ('next-difference = ""', "needs keys"),
        ("next-difference = ", "not TOML"),
    ],
)
def test_a_bad_keymap_is_refused_with_what_is_wrong(tmp_path: Path, text: str, says: str) -> None:
    path = tmp_path / "keymap.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_keymap(path)
    assert says in str(err.value) and str(path) in str(err.value)


def test_the_app_refuses_a_bad_keymap_before_starting(tmp_path: Path) -> None:
    (tmp_path / "keymap.toml").write_text('nope = "x"', encoding="utf-8")
    env = {"VERSUS_CONFIG_DIR": str(tmp_path), "VERSUS_DATA_DIR": str(tmp_path / "data")}
    app = AppInTerminal(*SAMPLE_FILES[:2], env=env)
    try:
        assert app.proc.wait(timeout=30) == 2
        app.read(0.5)
        assert app.output.decode().strip().startswith("versus: keymap: no binding 'nope'")
        assert app.output.decode().strip().count("\n") == 0
    finally:
        app.close()


def test_help_shows_the_keys_in_use() -> None:
    text = help_text({"next-difference": "t", "show-version-2": "f2"})
    line = next(line for line in text.splitlines() if "Next difference" in line)
    assert line.split()[0] == "t"
    assert any(line.split()[:1] == ["f2"] for line in text.splitlines())


async def test_a_rebound_key_acts_and_the_old_one_does_not(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VERSUS_DATA_DIR", str(tmp_path))
    app = VersusApp(load_versions(SAMPLE_FILES), keymap={"next-difference": "t"})
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        start = app.group.cursor_row
        await pilot.press("n")
        assert app.group.cursor_row == start
        await pilot.press("t")
        moved_to = app.group.cursor_row
        assert moved_to > start and app.comparison.rows[moved_to].status != "same"
