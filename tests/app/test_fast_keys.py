"""Keys that arrive together, as a terminal delivers them when typed fast or pasted: dialogs close once and
the palette pages safely before its list is drawn."""

from __future__ import annotations

import pytest

from tests.app.helpers import key_event, ready
from tests.conftest import SAMPLE_FILES
from tui.app import VersusApp
from tui.core.load import load_versions
from tui.core.pipeline import compare
from tui.messages import ComparisonReady


def burst(app: VersusApp, *keys: str) -> None:
    """Post keys to the app as its driver does, with no pause between them for the app to react."""
    for key in keys:
        app.post_message(key_event(key))


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


async def wait_for_base(pilot, app: VersusApp, base: int) -> None:
    for _ in range(300):
        if app.comparison is not None and app.comparison.base == base:
            break
        await pilot.pause(0.02)
    await ready(pilot)


async def test_b_pressed_twice_fast_shows_the_later_base() -> None:
    app = VersusApp(load_versions(SAMPLE_FILES), remember=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        wanted = app.group.panes[2].version
        burst(app, "l", "b", "l", "l", "b")  # b puts the focus on the base's pane (slot 0) for the new layout
        await wait_for_base(pilot, app, wanted)
        await pilot.pause(0.5)  # time for the first request's result to come too, were it not cancelled
        assert app.comparison is not None and app.comparison.base == wanted


async def test_a_result_that_comes_after_a_newer_request_is_not_shown() -> None:
    app = VersusApp(load_versions(SAMPLE_FILES), remember=False)
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(pilot)
        late = compare(app.versions, base=3)
        wanted = app.group.panes[1].version
        await pilot.press("l", "b")
        await wait_for_base(pilot, app, wanted)
        app.post_message(ComparisonReady(late, request=app.comparer.request - 1))
        await pilot.pause(0.3)
        assert app.comparison is not None and app.comparison.base == wanted


@pytest.mark.parametrize("opener", ["i", "f3", "f"])
async def test_a_list_pages_where_it_has_no_room_to_draw_a_line(opener: str) -> None:
    """A list with no line drawn yet, or no room for one (20x5), pages to its end instead of failing."""
    app = VersusApp(load_versions(SAMPLE_FILES), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.resize_terminal(20, 5)
        await pilot.pause()
        await pilot.press(opener, "pagedown", "pageup", "pagedown")
        burst(app, "pagedown", "pageup")
        await pilot.pause(0.3)
        assert app.is_running and app.return_code is None


async def test_a_tick_typed_just_before_enter_is_applied() -> None:
    app = VersusApp(load_versions(SAMPLE_FILES), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("i")
        burst(app, "space", "enter")
        await pilot.pause(0.3)
        assert "case" not in app.folding
