"""Keys that arrive together, as a terminal delivers them when typed fast or pasted: dialogs close once and
the palette pages safely before its list is drawn."""

from __future__ import annotations

import pytest
from textual import events

from tests.app.helpers import ready
from tests.conftest import SAMPLE_FILES
from tui.app import VersusApp
from tui.core.load import load_versions

KEY_CHARS = {"enter": "\r", "escape": "\x1b", "q": "q"}


def burst(app: VersusApp, *keys: str) -> None:
    """Post keys to the app as its driver does, with no pause between them for the app to react."""
    for key in keys:
        app.post_message(events.Key(key, KEY_CHARS.get(key, key if len(key) == 1 else None)))


@pytest.mark.parametrize("keys", [["enter", "f3"], ["enter", "enter"], ["enter", "q"], ["escape", "f3"]])
async def test_the_review_list_closes_once_however_fast_the_keys(keys: list[str]) -> None:
    app = VersusApp(load_versions(SAMPLE_FILES), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("x", "f3")
        burst(app, *keys)
        await pilot.pause(0.3)
        assert app.is_running and app.return_code is None
        assert len(app.screen_stack) <= 2
        while len(app.screen_stack) > 1:
            await pilot.press("escape")
        assert app.is_settled


@pytest.mark.parametrize("keys", [["pagedown", "pageup"], ["pageup", "pagedown", "pagedown"]])
async def test_the_palette_pages_before_its_list_is_drawn(keys: list[str]) -> None:
    app = VersusApp(load_versions(SAMPLE_FILES), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        burst(app, "ctrl+p", *keys)
        await pilot.pause(0.3)
        assert app.is_running and app.return_code is None
        assert app.screen.id == "--command-palette"
