"""The app under abuse: hostile text stays inert; random keys and resizes never break it."""

from __future__ import annotations

import random

from tests.app.helpers import assert_level, ready, rendered_lines
from tests.conftest import SAMPLE_FILES
from tests.hostile import FORBIDDEN, HOSTILE, PLAIN
from tui.app import VersusApp
from tui.core.load import Version, load_versions
from tui.keys import KEYS


async def test_hostile_text_renders_literally() -> None:
    app = VersusApp([Version("a", "a", PLAIN, "utf-8"), Version("b", "b", HOSTILE, "utf-8")])
    async with app.run_test(size=(140, 60)) as pilot:
        await ready(pilot)
        lines = [line for p in app.panes for line in rendered_lines(p)]
        text = "\n".join(lines)
        assert "[bold]59,000[/bold]" in text.replace(" ", "") or "[bold]" in text
        assert "[@click=app.quit]this[/]" in text
        assert "\u241b[2J" in text and "\u241b]52;c;" in text
        assert not any(ch in text for ch in FORBIDDEN)
        for pane in app.panes:
            for y in range(pane.scrollable_content_region.height):
                for segment in pane.render_line(y):
                    assert not any(ch in segment.text for ch in FORBIDDEN)
        await pilot.press("f", "down", "enter")
        await pilot.pause()
        assert app.is_running


KEY_POOL = [k.split(",")[0] for key in KEYS for k in [key.keys] if key.action not in ("quit", "export")]
KEY_POOL += ["down", "up", "pagedown", "end", "home", "enter", "slash", "escape", "x", "a", "left", "right"]


def random_session(rng: random.Random, count: int) -> list[list[str]]:
    """Batches of keys; a key that opens a dialog or input is followed by the keys that close it."""
    batches: list[list[str]] = [[]]
    for step in range(count):
        key = rng.choice(KEY_POOL)
        batches[-1].append(key)
        if key == "slash":
            batches[-1] += [*rng.choice(["water", "[/]", "\x1b", "Marrow"]), "enter"]
        elif key in ("question_mark", "f1"):
            batches[-1].append("escape")
        if step % 20 == 19:
            batches.append([])
    return batches


async def test_random_keys_and_resizes() -> None:
    rng = random.Random(20261129)
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        for n, batch in enumerate(random_session(rng, 1000)):
            await pilot.press(*batch)
            while app.screen is not app.screen_stack[0]:
                await pilot.press("escape")
            if n % 5 == 0:
                await pilot.resize_terminal(rng.randint(20, 160), rng.randint(5, 48))
        await pilot.resize_terminal(120, 40)
        await pilot.pause(0.2)
        if app.view is not None and app.view.search is not None:
            await pilot.press("escape")
        if not app.linked:
            await pilot.press("s")
        app = await ready(pilot)
        assert app.is_running
        if len(app.panes) > 1:
            await pilot.press("g", "j", "j", "space")
            await pilot.pause()
            assert len({p.top_line for p in app.panes}) == 1
            assert_level(app, require_overlap=False)
