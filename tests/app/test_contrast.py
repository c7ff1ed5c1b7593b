"""Each colour mode stays readable: NO_COLOR, light themes, 16 colours, and which pane has the focus.

Contrast is measured on what the widgets render (their strips' colours), by WCAG's ratio of luminances.
"""

from __future__ import annotations

import pytest
from rich.color import ColorSystem
from rich.style import Style
from textual.filter import monochrome_style
from textual.widgets import Static

from tests.app.helpers import ready
from tests.conftest import SAMPLE_FILES
from tui.app import VersusApp
from tui.core.load import load_versions
from tui.themes import MONO
from tui.widgets.article_pane import ArticlePane

READABLE = 4.5
"""WCAG's ratio for normal text."""


def luminance(style_colour) -> float:
    def channel(c: int) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = style_colour.get_truecolor()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(style: Style) -> float:
    assert style.color is not None and style.bgcolor is not None
    lighter, darker = sorted((luminance(style.color), luminance(style.bgcolor)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def gutter_signs(app: VersusApp, pane: ArticlePane) -> dict[str, Style]:
    """The style of the gutter sign of the first row of each status the pane shows."""
    c = app.comparison
    layout = pane.row_layout
    assert c is not None and layout is not None
    found: dict[str, Style] = {}
    for y in range(pane.scrollable_content_region.height):
        place = layout.place(pane.top_line + y)
        if place is None or place.gap or place.fold is not None or place.line != 0:
            continue
        row = c.rows[place.row]
        if not row.cells[pane.version] or row.status in found or place.row == app.group.cursor_row:
            continue
        first = pane.render_line(y).__iter__().__next__()
        assert first.text.strip(), first
        assert first.style is not None
        found[row.status] = first.style
    return found


async def test_no_color_uses_the_monochrome_theme_and_conflicts_stand_out(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("VERSUS_DATA_DIR", str(monkeypatch))  # never read: the theme is chosen by NO_COLOR
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.theme == MONO.name
        title = list(app.reader.query_one("#facts-title", Static).render_line(0))
        conflicts = [s for s in title if "conflict" in s.text]
        assert conflicts, [s.text for s in title]
        assert contrast(monochrome_style(conflicts[0].style)) >= READABLE
        signs = gutter_signs(app, app.group.panes[1])
        assert {"changed", "unique"} <= signs.keys()
        for style in signs.values():
            assert contrast(monochrome_style(style)) >= READABLE


async def test_no_color_does_not_replace_the_remembered_theme(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("VERSUS_DATA_DIR", str(tmp_path))
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.theme = "nord"
        await pilot.pause()
    monkeypatch.setenv("NO_COLOR", "1")
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.theme == MONO.name
        app.theme = "gruvbox"
        await pilot.pause()
    monkeypatch.delenv("NO_COLOR")
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.theme == "nord"


@pytest.mark.parametrize("theme", ["textual-light", "solarized-light", "textual-dark", "nord"])
async def test_gutter_signs_are_readable_in_light_and_dark_themes(theme: str, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("VERSUS_DATA_DIR", str(tmp_path))
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        app.theme = theme
        await pilot.pause()
        signs = gutter_signs(app, app.group.panes[1])
        assert {"same", "changed", "unique"} <= signs.keys()
        for status, style in signs.items():
            assert contrast(style) >= 3.0, (status, style)  # WCAG's ratio for bold text


async def test_with_sixteen_colours_the_signs_still_tell_rows_apart(monkeypatch, tmp_path) -> None:
    """Tints round to the background in 16 colours; the signs keep a colour of their own per status."""
    monkeypatch.setenv("VERSUS_DATA_DIR", str(tmp_path))
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        signs = gutter_signs(app, app.group.panes[1])
        sixteen = {s: style.color.downgrade(ColorSystem.STANDARD) for s, style in signs.items()}
        background = signs["same"].bgcolor.downgrade(ColorSystem.STANDARD)
        assert sixteen["changed"] != sixteen["unique"]
        assert background not in (sixteen["changed"], sixteen["unique"], sixteen["same"])


async def test_the_focused_pane_has_its_header_reversed(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("VERSUS_DATA_DIR", str(tmp_path))
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        headers = [h for h in app.reader.query(".pane-header").results(Static) if h.display and h.parent.display]

        def reversed_headers() -> list[int]:
            return [n for n, h in enumerate(headers) if h.rich_style.reverse]

        assert reversed_headers() == [app.group.focus_slot] == [0]
        await pilot.press("l")
        assert reversed_headers() == [1]
        await pilot.press("f", "tab")  # the sidebar hidden, another version shown: the focus stays
        await pilot.pause()
        assert reversed_headers() == [app.group.focus_slot]


async def test_a_notification_leaves_no_letter_of_the_status_line_showing_beside_it(monkeypatch, tmp_path) -> None:
    from tui.widgets.status_line import StatusLine

    monkeypatch.setenv("VERSUS_DATA_DIR", str(tmp_path))
    app = VersusApp(load_versions(SAMPLE_FILES))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await ready(pilot)
        app.notify("A notification long enough to reach the status line")
        await pilot.pause(0.5)
        status = app.reader.query_one(StatusLine)
        line = str(status.render())
        toasts = [t.region for t in app.screen.query("Toast") if t.region]
        assert toasts
        covering = [r for r in toasts if r.y <= status.region.y < r.bottom]
        assert covering, (toasts, status.region)
        right_edge = max(r.right for r in covering)
        beside = line[right_edge - status.region.x :]
        assert not beside.strip(), beside
