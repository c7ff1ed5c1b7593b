"""The app under abuse: hostile text stays inert; random keys and resizes never break it."""

from __future__ import annotations

import random

import pytest
from textual import events
from textual.pilot import Pilot

from tests.app.helpers import assert_level, key_event, ready, rendered_lines
from tests.conftest import SAMPLE_FILES
from tests.hostile import FORBIDDEN, HOSTILE, PLAIN
from tui.app import VersusApp
from tui.core.load import Version, load_versions
from tui.keys import KEYS


async def test_hostile_text_renders_literally() -> None:
    app = VersusApp([Version("a", "a", PLAIN, "utf-8"), Version("b", "b", HOSTILE, "utf-8")])
    async with app.run_test(size=(140, 60)) as pilot:
        await ready(pilot)
        lines = [line for p in app.group.panes for line in rendered_lines(p)]
        text = "\n".join(lines)
        assert "[bold]59,000[/bold]" in text.replace(" ", "") or "[bold]" in text
        assert "[@click=app.quit]this[/]" in text
        assert "\u241b[2J" in text and "\u241b]52;c;" in text
        assert not any(ch in text for ch in FORBIDDEN)
        for pane in app.group.panes:
            for y in range(pane.scrollable_content_region.height):
                for segment in pane.render_line(y):
                    assert not any(ch in segment.text for ch in FORBIDDEN)
        await pilot.press("f", "down", "enter")
        await pilot.pause()
        assert app.is_running


KEY_POOL = [k.split(",")[0] for key in KEYS for k in [key.keys] if key.action not in ("quit", "export")]
KEY_POOL += ["down", "up", "pagedown", "end", "home", "enter", "slash", "escape", "x", "a", "left", "right"]
KEY_POOL += ["ctrl+p", "paste", "f3"]
PASTES = ["59,000 troops", "[bold]x[/]", "\x1b[2J", "line one\nline two", "东京 " * 40]
SEEDS = [20261129, 11, 23, 37, 41]


def random_session(rng: random.Random, count: int) -> list[list[str]]:
    """Batches of keys; a key that opens a dialog or input is followed by keys that work in it and close it
    (the palette is never given enter: one of its commands quits). "paste" stands for a bracketed paste."""
    batches: list[list[str]] = [[]]
    for step in range(count):
        key = rng.choice(KEY_POOL)
        batch = batches[-1]
        batch.append(key)
        if key == "slash":
            batch += [*rng.choice(["water", "[/]", "\x1b", "Marrow"]), "enter"]
        elif key in ("question_mark", "f1"):
            batch.append("escape")
        elif key == "ctrl+p":
            batch += [*rng.choice(["", "the", "zz"]), *rng.choices(["pagedown", "pageup", "down", "up"], k=3)]
            batch.append("escape")
        elif key == "f3":
            batch += rng.choice([["enter", "f3"], ["enter", "enter"], ["down", "enter"], ["escape"]])
        elif key == "a":
            batch += [*rng.choice(["note", "", "[x]"]), "paste", rng.choice(["escape", "ctrl+s", "f2"])]
        if step % 20 == 19:
            batches.append([])
    return batches


async def send(pilot: Pilot, batch: list[str], rng: random.Random) -> None:
    """The batch as a terminal may deliver it: all at once (half the time) or key by key."""
    app = pilot.app
    if rng.random() < 0.5:
        for key in batch:
            app.post_message(events.Paste(rng.choice(PASTES)) if key == "paste" else key_event(key))
        await pilot.pause()
        return
    for key in batch:
        if key == "paste":
            app.post_message(events.Paste(rng.choice(PASTES)))
            await pilot.pause()
        else:
            await pilot.press(key)


@pytest.mark.parametrize("seed", SEEDS)
async def test_random_keys_pastes_and_resizes(seed: int) -> None:
    """Replay a failure with its seed: pytest -k 'random and SEED'."""
    rng = random.Random(seed)
    app = VersusApp(load_versions(SAMPLE_FILES), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        for n, batch in enumerate(random_session(rng, 1000)):
            await send(pilot, batch, rng)
            for _ in range(5):  # a dialog left open by keys that came before it: escape closes it
                if app.screen is app.screen_stack[0]:
                    break
                await pilot.press("escape")
            assert app.is_running and app.screen is app.screen_stack[0], (seed, n, batch, app.screen_stack)
            if n % 5 == 0:
                await pilot.resize_terminal(rng.randint(10, 160), rng.randint(3, 48))
        await pilot.resize_terminal(120, 40)
        await pilot.pause(0.2)
        if app.reader is not None and app.group.search is not None:
            await pilot.press("escape")
        if not app.group.linked:
            await pilot.press("s")
        app = await ready(pilot)
        assert app.is_running
        if len(app.group.panes) > 1:
            await pilot.press("g", "j", "j", "space")
            await pilot.pause()
            assert len({p.top_line for p in app.group.panes}) == 1
            assert_level(app, require_overlap=False)
