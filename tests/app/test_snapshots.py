"""How the app looks: SVG snapshots at 80x24 and 160x48, with two and five versions."""

from __future__ import annotations

import pytest

from tests.app.helpers import ready
from tests.conftest import SAMPLE_FILES
from tui.app import VersusApp
from tui.core.load import load_versions


def app_for(files: list[str]) -> VersusApp:
    return VersusApp(load_versions(files))


async def settle(pilot) -> None:
    await ready(pilot)
    await pilot.pause(0.05)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_two_versions(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(app_for(SAMPLE_FILES[:2]), terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_five_versions(snap_compare, size: tuple[int, int]) -> None:
    assert snap_compare(app_for(SAMPLE_FILES), terminal_size=size, run_before=settle)


def test_five_versions_after_next_difference_and_a_fact(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("n", "n", "n", "c")
        await pilot.pause(0.05)

    assert snap_compare(app_for(SAMPLE_FILES), terminal_size=(160, 48), run_before=run_before)


def test_review_list_over_the_differences_only_view(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("n", "n", "x", "n", "a", *"check", "escape", "d")
        await ready(pilot)
        pilot.app.clear_notifications()
        await pilot.press("f3")
        await pilot.pause(0.05)

    assert snap_compare(app_for(SAMPLE_FILES[:3]), terminal_size=(100, 30), run_before=run_before)


def test_the_similarity_matrix(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await settle(pilot)
        await pilot.press("v")
        await pilot.pause(0.05)

    assert snap_compare(app_for(SAMPLE_FILES), terminal_size=(120, 40), run_before=run_before)
