"""Behaviour of the app, driven by keys through Pilot."""

from __future__ import annotations

from tests.app.helpers import assert_level, ready, rendered_lines, top_text_row
from tests.conftest import SAMPLE_FILES
from tui.app import VersusApp
from tui.core.load import load_versions
from tui.layout import RowLayout
from tui.widgets.facts_sidebar import FactsSidebar
from tui.widgets.help_screen import HelpScreen
from tui.widgets.pane_group import EAGER_ROWS
from tui.widgets.status_line import StatusLine


def make_app(files: list[str] | None = None) -> VersusApp:
    return VersusApp(load_versions(files or SAMPLE_FILES))


async def test_opens_on_the_samples() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        assert [p.version for p in app.group.panes] == [0, 1]
        assert app.reader.query_one(FactsSidebar).display
        assert app.focused is app.group.panes[0]
        assert "01-wire" in rendered_text(app, "#pane-0") or app.group.panes[0].version == 0
        assert_level(app)


def rendered_text(app: VersusApp, selector: str) -> str:
    return "\n".join(rendered_lines(app.reader.query_one(selector)))


async def test_scrolling_by_keys_keeps_rows_level() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        for keys in (["j"] * 7, ["space"], ["j"] * 3, ["pagedown"], ["k"] * 5):
            await pilot.press(*keys)
            await pilot.pause()
            assert_level(app)
            tops = {p.top_line for p in app.group.panes}
            assert len(tops) == 1 and tops != {0}


async def test_scrolling_the_second_pane_moves_the_first() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("l", "space", "j", "j")
        await pilot.pause()
        assert app.focused is app.group.panes[1]
        assert app.group.panes[0].top_line == app.group.panes[1].top_line > 0
        assert_level(app)


async def test_n_lands_on_the_next_difference() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        c = app.comparison
        assert c is not None
        seen = []
        for _ in range(4):
            before = app.group.cursor_row
            await pilot.press("n")
            await pilot.pause()
            row = app.group.cursor_row
            assert row > before and c.rows[row].status != "same"
            skipped = [r for r in range(before + 1, row) if app.group.row_layout.visible_in(r)]
            assert all(c.rows[r].status == "same" for r in skipped)
            assert top_text_row(app, app.group.panes[0]) == row or top_text_row(app, app.group.panes[1]) == row
            seen.append(row)
        await pilot.press("N")
        await pilot.pause()
        assert app.group.cursor_row == seen[-2]


async def test_enter_on_a_fact_shows_its_figure_in_every_pane() -> None:
    async with make_app().run_test(size=(160, 48)) as pilot:
        app = await ready(pilot)
        sidebar = app.reader.query_one(FactsSidebar)
        c = app.comparison
        await pilot.press("f")  # the sidebar is open: f hides it
        await pilot.press("f")  # and shows it again, focused
        await pilot.pause()
        assert sidebar.option_list.has_focus
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        fact = c.facts[sidebar.highlighted_fact]
        for pane in app.group.panes:
            figs = [c.figures[i] for i in fact.figures if c.figures[i].version == pane.version]
            if not figs:
                continue
            shown = "\n".join(rendered_lines(pane))
            assert figs[0].text.split()[0] in shown, (pane.version, figs[0].text)


async def test_c_jumps_to_a_conflict() -> None:
    async with make_app().run_test(size=(160, 48)) as pilot:
        app = await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        sidebar = app.reader.query_one(FactsSidebar)
        fact = app.comparison.facts[sidebar.highlighted_fact]
        assert fact.status == "conflict"
        assert app.group.selected_figures == frozenset(fact.figures)


async def test_help_opens_and_closes() -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, HelpScreen)


async def test_resize_keeps_the_row_in_view() -> None:
    async with make_app().run_test(size=(160, 48)) as pilot:
        app = await ready(pilot)
        for _ in range(6):
            await pilot.press("n")
        await pilot.pause()
        row = app.group.cursor_row
        for size in ((80, 24), (200, 50), (100, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause(0.1)
            await pilot.pause()
            top = app.group.panes[0].top_line
            assert app.group.row_layout.tops[row] <= top + 1 and app.group.row_layout.row_at(top) == row, size
            assert_level(app) if len(app.group.panes) > 1 else None


async def test_narrow_terminal_shows_two_panes_and_tab_cycles() -> None:
    async with make_app().run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        assert [p.version for p in app.group.panes] == [0, 1]
        assert not app.reader.query_one(FactsSidebar).display
        await pilot.press("tab")
        await pilot.pause()
        assert [p.version for p in app.group.panes] == [0, 2]
        await pilot.press("5")
        await pilot.pause()
        assert [p.version for p in app.group.panes] == [0, 4]
        await pilot.press("shift+tab")
        await pilot.pause()
        assert [p.version for p in app.group.panes] == [0, 3]


async def test_search_steps_through_hits_and_escape_clears() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("slash", *"Marrow", "enter")
        await pilot.pause()
        assert app.group.search is not None and app.reader.search_rows
        first = app.group.cursor_row
        assert first in app.reader.search_rows
        await pilot.press("n")
        await pilot.pause()
        assert app.group.cursor_row in app.reader.search_rows and app.group.cursor_row > first
        assert any("Marrow" in line for p in app.group.panes for line in rendered_lines(p))
        await pilot.press("escape")
        await pilot.pause()
        assert app.group.search is None


async def test_unlinked_panes_scroll_alone_and_relink_level() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("s", "space")
        await pilot.pause()
        assert app.group.panes[0].top_line > 0 and app.group.panes[1].top_line == 0
        await pilot.press("s")
        await pilot.pause()
        assert app.group.panes[0].top_line == app.group.panes[1].top_line
        assert_level(app)


async def test_b_makes_the_focused_version_the_base() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("l", "b")
        for _ in range(200):
            await pilot.pause(0.02)
            if app.comparison.base == 1 and app.group.panes and app.group.panes[0].version == 1:
                break
        await ready(pilot)
        assert app.comparison.base == 1 and app.group.panes[0].version == 1


async def test_u_and_m_move_the_cursor() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("l", "u")
        await pilot.pause()
        row = app.comparison.rows[app.group.cursor_row]
        assert row.status == "unique" and row.cells[1]


async def test_e_exports_a_report_without_overwriting(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "versus-report.md").write_text("my own notes\n")
    async with make_app().run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("e")
        await pilot.pause()
    assert (tmp_path / "versus-report.md").read_text() == "my own notes\n"
    assert (tmp_path / "versus-report-2.md").read_text().startswith("# Versus report")


def _assert_screens_exact(app: VersusApp) -> None:
    """Every row on each pane's screen, and half a screen above and below it, has its exact height (as a
    layout that wrapped every row gives it), so a line scrolled into view is the next line of the text."""
    layout = app.group.row_layout
    eager = RowLayout(app.comparison, layout.versions, [layout.widths[v] for v in layout.versions], layout.folds)
    eager.settle_all()
    for pane in app.group.panes:
        height = pane.scrollable_content_region.height
        first = layout.row_at(pane.top_line - height // 2)
        last = layout.row_at(pane.top_line + height + height // 2)
        for r in range(first, last + 1):
            assert layout.exact[r] and layout.heights[r] == eager.heights[r], (r, pane.top_line)


async def test_a_resize_wraps_only_the_rows_near_the_screen() -> None:
    """Book-length versions: a relayout estimates row heights and wraps only what is on screen and a margin;
    scrolling, jumping to the end and back, and resizing keep every row on screen exact and the panes level."""
    from bench.generate import make_pair
    from tui.core.load import Version

    old, new = make_pair(40_000, seed=5)
    app = VersusApp([Version("a.txt", "a", old, "utf-8"), Version("b.txt", "b", new, "utf-8")])
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        for keys in (["pagedown"] * 4, ["j"] * 9, ["G"], ["k"] * 12, ["pageup"] * 2, ["g"], ["n"] * 3):
            await pilot.press(*keys)
            await pilot.pause()
            _assert_screens_exact(app)
            assert_level(app)
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        row = app.group.row_layout.row_at(app.group.panes[0].top_line)
        await pilot.resize_terminal(96, 30)
        app = await ready(pilot)
        layout = app.group.row_layout
        assert layout.row_at(app.group.panes[0].top_line) == row
        _assert_screens_exact(app)
        fresh = RowLayout(app.comparison, layout.versions, [layout.widths[v] for v in layout.versions], layout.folds)
        wrapped = [r for r in range(len(layout.exact)) if layout.exact[r] and not fresh.exact[r]]
        assert wrapped and sum(layout.heights[r] for r in wrapped) <= 8 * 30  # a few screens of 2,000 rows
        assert len(layout.exact) > EAGER_ROWS


async def test_a_conflict_shows_its_values_at_a_glance_and_the_signs_have_a_legend() -> None:
    from textual.widgets import Static

    from tui.view.signs import FACT_LEGEND_SHORT, FACT_SIGNS

    async with make_app().run_test(size=(160, 48)) as pilot:
        app = await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        sidebar = app.reader.query_one(FactsSidebar)
        option_list = sidebar.option_list
        shown = str(option_list.get_option_at_index(option_list.highlighted).prompt).split("\n")[0]
        assert shown.startswith(FACT_SIGNS["conflict"] + " ")
        assert " · " in shown  # two values side by side, without opening the fact
        title = str(app.reader.query_one("#facts-title", Static).render())
        assert FACT_LEGEND_SHORT in title
        singles = [
            str(option_list.get_option_at_index(k).prompt)
            for k in range(option_list.option_count)
            if str(option_list.get_option_at_index(k).prompt).startswith(FACT_SIGNS["single"])
        ]
        assert singles and not any(s[0].isdigit() for s in singles)


async def test_a_quotation_in_the_sidebar_jumps_every_pane_to_it() -> None:
    async with make_app().run_test(size=(160, 48)) as pilot:
        app = await ready(pilot)
        sidebar = app.reader.query_one(FactsSidebar)
        await pilot.press("f", "f", "end")
        for _ in range(40):
            if sidebar.highlighted_quote is not None:
                break
            await pilot.press("up")
        group = sidebar.highlighted_quote
        assert group is not None
        await pilot.press("enter")
        await pilot.pause()
        c = app.comparison
        for pane in app.group.panes:
            quoted = [q for q in c.quotes if q.group == group and q.version == pane.version]
            if quoted:
                first_words = " ".join(quoted[0].words(c.versions[pane.version].text).split()[:3])
                assert first_words in " ".join(" ".join(rendered_lines(pane)).split()), pane.version


async def test_w_shows_what_changed_and_closes() -> None:
    from tui.widgets.summary_screen import SummaryScreen

    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("w")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SummaryScreen)
        assert any("sentences:" in line and "added" in line for line in screen.lines)
        await pilot.press("j", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, SummaryScreen)


async def test_c_starts_at_the_first_conflict_and_p_goes_back() -> None:
    from tui.widgets.facts_sidebar import fact_order

    async with make_app().run_test(size=(160, 48)) as pilot:
        app = await ready(pilot)
        sidebar = app.reader.query_one(FactsSidebar)
        c = app.comparison
        conflicts = [f for f in fact_order(c) if c.facts[f].status == "conflict" and c.facts[f].kind != "date"]
        assert conflicts
        await pilot.press("c")
        assert sidebar.highlighted_fact == conflicts[0]
        await pilot.press("p")
        assert sidebar.highlighted_fact == conflicts[-1]


async def test_U_steps_back_through_the_passages_only_in_the_focused_version() -> None:
    async with make_app().run_test(size=(160, 48)) as pilot:
        app = await ready(pilot)
        await pilot.press("G")
        await pilot.pause()
        last = app.group.cursor_row
        v = app.group.focused_pane.version
        before = [
            r for r, row in enumerate(app.comparison.rows) if row.status == "unique" and row.cells[v] and r < last
        ]
        await pilot.press("U")
        await pilot.pause()
        assert before and app.group.cursor_row == before[-1]


async def test_wide_characters_wrap_by_terminal_cells_and_are_all_shown() -> None:
    from rich.cells import cell_len

    from tui.core.load import Version

    first = "東京で地震が発生しました。建物に大きな被害はなく、交通機関は一時的に運転を見合わせました。"
    second = "東京で強い地震が発生しました。建物に大きな被害はなく、鉄道は一時的に運転を見合わせました。"
    versions = [Version("a", "a", first, "utf-8"), Version("b", "b", second, "utf-8")]
    async with VersusApp(versions).run_test(size=(60, 24)) as pilot:
        app = await ready(pilot)
        for pane in app.group.panes:
            lines = rendered_lines(pane)
            assert all(cell_len(line) <= pane.text_width for line in lines)
            assert "".join(line.strip() for line in lines) == (first, second)[pane.version]


async def test_v_shows_every_pair_and_enter_makes_the_chosen_pair_the_panes() -> None:
    from textual.widgets import DataTable

    from tui.widgets.matrix_screen import MatrixScreen

    async with make_app().run_test(size=(160, 48)) as pilot:
        app = await ready(pilot)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == len(app.comparison.versions)
        await pilot.press("down", "right")  # row 2, column 3: version 2 against version 3
        assert app.screen.pair == (1, 2)
        await pilot.press("enter")
        for _ in range(200):
            if app.comparison.base == 1 and app.is_settled:
                break
            await pilot.pause(0.02)
        assert app.comparison.base == 1
        assert [p.version for p in app.group.panes][:2] == [1, 2]


async def test_the_difference_map_shows_the_whole_comparison_and_brackets_jump_between_its_blocks() -> None:
    from tui.widgets.diff_map import DiffMap

    async with make_app().run_test(size=(160, 48)) as pilot:
        app = await ready(pilot)
        await pilot.pause()
        diff_map = app.reader.query_one(DiffMap)
        assert diff_map.display and len(diff_map.cells) == diff_map.size.height
        assert "changed" in diff_map.cells and 0 in diff_map.on_screen
        assert diff_map.render_line(0).text[0] in "│>+~! "
        before = app.group.panes[0].top_line
        await pilot.press("right_square_bracket")
        await pilot.pause()
        after = app.group.panes[0].top_line
        assert after != before or app.group.cursor_row != 0
        await pilot.press("z")
        await pilot.pause()
        assert not diff_map.display
        assert_level(app, require_overlap=False)


async def test_the_map_is_off_where_there_is_no_room() -> None:
    from tui.widgets.diff_map import DiffMap

    async with make_app().run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert not pilot.app.reader.query_one(DiffMap).display


async def test_search_covers_hidden_versions_and_the_status_names_them() -> None:
    from tui.widgets.status_line import StatusLine

    async with make_app().run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        c = app.comparison
        hidden = [v for v in range(len(c.versions)) if v not in app.group.slots]
        assert hidden
        v = hidden[-1]
        only_there = next(
            r for r, row in enumerate(c.rows) if row.cells[v] and not any(row.cells[s] for s in app.group.slots)
        )
        word = max(c.sentence_text(v, row_k) for row_k in c.rows[only_there].cells[v]).split()[-1].strip('.,”"')
        await pilot.press("slash")
        for ch in word:
            await pilot.press(ch)
        await pilot.press("enter")
        await pilot.pause()
        hits = [
            r
            for r, row in enumerate(c.rows)
            if any(word.lower() in c.sentence_text(x, k).lower() for x in range(len(c.versions)) for k in row.cells[x])
        ]
        assert app.reader.search_rows == hits and only_there in hits
        app.group.goto_row(only_there)
        await pilot.pause()
        assert f"version {v + 1}" in str(app.reader.query_one(StatusLine).render())


async def test_a_sentence_that_states_two_rows_is_pointed_at_from_the_second() -> None:
    from tests.core.test_align import _FERRY_STORY
    from tui.core.load import Version

    merged = _FERRY_STORY.replace(
        "The vessel struck rocks near the harbour entrance in strong winds. Water flooded the engine room within "
        "minutes.",
        "Water flooded its engine room within minutes after the vessel struck rocks near the harbour in strong winds.",
    )
    versions = [Version(f"v{n}", f"v{n}", t, "utf-8") for n, t in enumerate((_FERRY_STORY, _FERRY_STORY, merged))]
    app = VersusApp(versions, remember=False)
    async with app.run_test(size=(200, 30)) as pilot:
        await ready(pilot)
        c = app.comparison
        (row,) = [r for r, x in enumerate(c.rows) if x.also]
        pane = next(p for p in app.group.panes if p.version == 2)
        shown = c.row_of[2][c.rows[row].also[0][1]]
        arrow = "↑ said in the sentence above" if shown < row else "↓ said in the sentence below"
        assert arrow in "\n".join(rendered_lines(pane))
        assert c.rows[row].status == "changed"


async def test_the_help_scrolls_with_j_and_its_descriptions_wrap_under_themselves() -> None:
    from textual.containers import VerticalScroll

    from tui.widgets.help_screen import HELP_WIDTH, help_text

    lines = help_text().splitlines()
    assert max(map(len, lines[: lines.index("") + 60])) <= HELP_WIDTH
    assert any(line.startswith(" " * 25) and line.strip() for line in lines)  # a continuation, indented
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("question_mark")
        box = app.screen.query_one("#help-box", VerticalScroll)
        await pilot.press("j", "j", "j")
        assert box.scroll_y == 3
        await pilot.press("space")
        assert box.scroll_y > 3
        await pilot.press("g")
        assert box.scroll_y == 0


async def test_clicking_a_row_puts_the_cursor_on_it() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        pane = app.group.panes[1]
        layout = app.group.row_layout
        y = next(y for y in range(4, 30) if (p := layout.place(pane.top_line + y)) and not p.gap and p.fold is None)
        target = layout.place(pane.top_line + y).row
        assert target != app.group.cursor_row
        await pilot.click(pane, offset=(10, y))
        await pilot.pause()
        assert app.group.cursor_row == target and app.group.focused_pane is pane


async def test_the_theme_is_remembered_between_runs() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        app.theme = "solarized-light"
        await pilot.pause()
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        assert again.theme == "solarized-light"


async def test_shrinking_below_the_sidebar_width_hides_it_until_f_chooses() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert app.reader.query_one(FactsSidebar).display
        await pilot.resize_terminal(80, 24)
        await ready(pilot)
        assert not app.reader.query_one(FactsSidebar).display and len(app.group.panes) == 2
        await pilot.resize_terminal(120, 40)
        await ready(pilot)
        assert app.reader.query_one(FactsSidebar).display
        await pilot.press("f")
        await pilot.resize_terminal(130, 40)
        await ready(pilot)
        assert not app.reader.query_one(FactsSidebar).display  # hidden by f: stays hidden


async def test_the_conflicts_only_title_says_what_it_shows_in_full() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("C")
        title = str(app.reader.query_one("#facts-title").render())
        assert "facts conflict (C: all)" in title


async def test_c_brings_a_version_that_states_a_differing_value_and_says_who_states_what() -> None:
    from tui.view.signs import differing_version

    async with make_app().run_test(size=(80, 24)) as pilot:
        app = await ready(pilot)
        c = app.comparison
        await pilot.press("c")
        await pilot.pause()
        await ready(pilot)
        fact = c.facts[app.reader.query_one(FactsSidebar).highlighted_fact]
        other = differing_version(c, fact)
        assert fact.status == "conflict" and other is not None and other in app.group.slots
        said = app.reader.query_one(StatusLine).text
        assert f"{other + 1}: " in said and " · " in said


async def test_a_cursor_move_redraws_its_rows_only() -> None:
    """Moving the cursor changes the look of the rows it leaves and reaches (their gutter), not every line:
    the drawing state's generation, which empties every pane's cached lines, stays."""
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        generation, before = app.group.view.generation, app.group.cursor_row
        await pilot.press("j", "n")
        await pilot.pause()
        assert app.group.cursor_row != before
        assert app.group.view.generation == generation
        await pilot.press("slash", *"water", "enter")
        await pilot.pause()
        assert app.group.view.generation > generation  # a search changes how lines look everywhere
