"""Review sessions through the keys: marks, notes, the list, resume, export, folds, copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.app.helpers import ready, rendered_lines, until
from tests.conftest import SAMPLE_FILES
from tui.app import VersusApp
from tui.core.load import load_versions
from tui.core.normalise import FOLDINGS
from tui.session import row_hashes
from tui.widgets.review_screens import NoteScreen, ReviewListScreen
from tui.widgets.status_line import StatusLine


def make_app(files: list[str] | None = None, **kw: object) -> VersusApp:
    return VersusApp(load_versions(files or SAMPLE_FILES), remember=True, base_given=False, **kw)  # type: ignore[arg-type]


def gutter_sign(app: VersusApp, row: int) -> str:
    """The review column of the gutter on the first line of a row, in the first pane that has the row."""
    pane = next(p for p in app.group.panes if app.comparison.rows[row].cells[p.version])
    assert app.group.row_layout is not None
    y = app.group.row_layout.tops[row] - pane.top_line
    if app.group.row_layout.gap_before[row]:
        y += 1
    return pane.render_line(y).text[pane.gutter_width - 1]  # after the presence strip, if any


async def type_text(pilot, text: str) -> None:
    for ch in text:
        await pilot.press("space" if ch == " " else ch)


async def test_x_marks_the_cursor_row_and_f3_lists_and_jumps() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("n", "n")
        first = app.group.cursor_row
        await pilot.press("x", "n", "n", "x")
        second = app.group.cursor_row
        await pilot.pause()
        assert app.review.marks == sorted([first, second])
        assert gutter_sign(app, second) == "*"
        await pilot.press("x")  # unmark
        assert app.review.marks == [first]
        await pilot.press("g", "f3")
        await pilot.pause()
        assert isinstance(app.screen, ReviewListScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.group.cursor_row == first and app.group.panes[0].top_line == app.group.row_layout.tops[first]


async def test_a_adds_a_multi_line_note_shown_in_the_gutter_and_kept_on_escape() -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("n")
        row = app.group.cursor_row
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await type_text(pilot, "check [bold]23,000")
        await pilot.press("enter")
        await type_text(pilot, "with the desk")
        await pilot.press("escape")
        await pilot.pause()
        assert app.review.notes == {row: "check [bold]23,000\nwith the desk"}
        assert gutter_sign(app, row) == "¶"
        await pilot.press("a")  # editing shows the note; clearing it removes it
        await pilot.pause()
        assert app.screen.query_one("TextArea").text == "check [bold]23,000\nwith the desk"
        await pilot.press(*["backspace"] * 40, "escape")
        await pilot.pause()
        assert app.review.notes == {}


async def test_session_resumes_after_a_restart(tmp_path: Path) -> None:
    files = [shutil.copy(f, tmp_path) for f in SAMPLE_FILES[:3]]
    async with make_app(files).run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("n", "n", "x", "n", "a")
        noted = set(row_hashes(app.comparison, app.group.cursor_row))
        await type_text(pilot, "source?")
        await pilot.press("escape", "n")
        await pilot.pause()
        marked = set(row_hashes(app.comparison, app.review.marks[0]))
        where = set(row_hashes(app.comparison, app.group.cursor_row))
        await pilot.press("l", "b")  # a new base is remembered too
        for _ in range(100):
            if app.comparison is not None and app.comparison.base == app.group.panes[1].version:
                break
            await pilot.pause(0.02)
        base = app.comparison.base
        assert base != 0
        await ready(pilot)
        assert app.review.notes and app.review.marks  # moved onto the new rows
        await pilot.press("q")
    again = make_app(files)
    async with again.run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        c = app.comparison
        assert c.base == base
        assert list(app.review.notes.values()) == ["source?"]
        (note_row,) = app.review.notes
        (mark_row,) = app.review.marks
        assert noted & set(row_hashes(c, note_row)) and marked & set(row_hashes(c, mark_row))
        assert where & set(row_hashes(c, app.group.cursor_row)), "the reading position is back"


async def test_resume_after_a_file_changed_keeps_notes_on_rows_that_still_exist(tmp_path: Path) -> None:
    files = [shutil.copy(f, tmp_path) for f in SAMPLE_FILES[:2]]
    async with make_app(files).run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        c = app.comparison
        same = [r for r, row in enumerate(c.rows) if row.status == "same"]
        keep, lose = same[0], same[-1]
        kept_text = c.sentence_text(0, c.rows[keep].cells[0][0])
        lost = [" ".join(c.sentence_text(v, k) for k in c.rows[lose].cells[v]) for v in (0, 1)]
        for row, note in ((keep, "still here"), (lose, "passage rewritten")):
            app.group.goto_row(row)
            await pilot.press("a")
            await type_text(pilot, note)
            await pilot.press("escape")
        await pilot.pause()
        await pilot.press("q")
    for f, lost_text in zip(files, lost, strict=True):  # edited in both: the passage exists no more
        text = Path(f).read_text(encoding="utf-8")
        assert lost_text in text
        Path(f).write_text(text.replace(lost_text, "An entirely new sentence took its place."), encoding="utf-8")
    app = make_app(files)
    said: list[str] = []
    notify = app.notify

    def listen(message: str, *args: object, **kwargs: object) -> None:
        said.append(message)
        notify(message, *args, **kwargs)

    app.notify = listen  # what the app tells the user, as it tells it
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        c = app.comparison
        assert list(app.review.notes.values()) == ["still here"]
        (row,) = app.review.notes
        assert c.sentence_text(0, c.rows[row].cells[0][0]) == kept_text
        assert [o.note for o in app.review.orphans] == ["passage rewritten"]
        messages = " ".join(said)
        assert "Changed since your last session" in messages and "not found now" in messages
        await pilot.press("f3")
        await pilot.pause()
        listed = app.screen.query_one("OptionList")
        assert listed.option_count == 2 and listed.get_option_at_index(1).disabled
        await pilot.press("escape")
        await pilot.press("q")
    again = make_app(files)  # the orphan is still kept after another run
    async with again.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert [o.note for o in again.review.orphans] == ["passage rewritten"]


async def test_export_key_writes_notes_and_marks(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    async with make_app(SAMPLE_FILES[:2]).run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("n", "x", "a")
        await type_text(pilot, "verify")
        await pilot.press("escape", "e")
        await pilot.pause()
        report = (tmp_path / "versus-report.md").read_text()
        notes = report.split("## Notes and marks")[1]
        assert f"- Row {app.group.cursor_row + 1}, " in notes and "(marked)" in notes and "> verify" in notes


async def test_d_folds_identical_rows_and_o_opens_site_furniture() -> None:
    async with make_app(SAMPLE_FILES[:2]).run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        total = app.group.row_layout.total
        await pilot.press("d")
        await pilot.pause()
        folded = app.group.row_layout
        assert folded.total < total and any(f.kind == "same" for f in folded.folds)
        shown = [r for r in range(len(app.comparison.rows)) if folded.visible_in(r)]
        assert shown and all(app.comparison.rows[r].status != "same" for r in shown)
        await pilot.press("g")
        await pilot.pause()
        lines = rendered_lines(app.group.panes[0], folds=True)
        assert any("identical sentence" in line for line in lines)
        await pilot.press("n")  # n still steps through differences, never into a fold
        assert app.group.cursor_row in shown
        await pilot.press("d", "G")
        await pilot.pause()
        text = "\n".join(rendered_lines(app.group.panes[1], folds=True))
        assert "site furniture" in text and "Subscription Plans" not in text
        await pilot.press("o", "G")
        await pilot.pause()
        text = "\n".join(rendered_lines(app.group.panes[1], folds=True))
        assert "site furniture" not in text and "Post a Comment" in text


async def test_y_copies_the_passage_under_the_cursor() -> None:
    async with make_app(SAMPLE_FILES[:2]).run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        await pilot.press("n", "l", "y")
        c = app.comparison
        row = c.rows[app.group.cursor_row]
        expected = " ".join(" ".join(c.sentence_text(1, k).split()) for k in row.cells[1])
        assert app.clipboard == expected


async def test_f3_inside_the_note_editor_does_not_stack_a_list_over_it() -> None:
    async with make_app(SAMPLE_FILES[:2]).run_test(size=(100, 30)) as pilot:
        app = await ready(pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("f3", "h", "i")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen) and len(app.screen_stack) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert app.review.notes == {app.group.cursor_row: "hi"}


async def test_an_unreadable_session_is_set_aside_never_written_over(tmp_path: Path) -> None:
    from tui import session

    files = [shutil.copy(f, tmp_path) for f in SAMPLE_FILES[:2]]
    path = session.session_file(load_versions(files))
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    damaged = "[" * 100_000
    path.write_text(damaged)
    async with make_app(files).run_test(size=(120, 40)) as pilot:
        app = await ready(pilot)
        assert any("could not be read" in m and "unreadable" in m for m in app.review.messages)
        await pilot.press("n", "x")
        await pilot.press("q")
    kept = list(path.parent.glob(f"{path.stem}.unreadable-*"))
    assert len(kept) == 1 and kept[0].read_text() == damaged
    assert session.load(load_versions(files)) is not None  # the new session, saved beside it


async def test_i_counts_a_folding_and_the_choice_is_kept_in_the_session(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The Minister visited the Harbour on Monday.\n\nShe left at noon.\n", encoding="utf-8")
    b.write_text("The minister visited the harbour on Monday.\n\nShe left at noon.\n", encoding="utf-8")
    app = make_app([str(a), str(b)])
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        assert [r.status for r in app.comparison.rows] == ["same", "same"]
        await pilot.press("i", "space", "enter")  # the first tick: upper and lower case
        await until(pilot, lambda: app.comparison.folding == app.folding)
        assert [r.status for r in app.comparison.rows] == ["changed", "same"]
        assert "counting case" in app.reader.query_one(StatusLine).text
        await pilot.press("q")
    again = make_app([str(a), str(b)])
    async with again.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        assert "case" not in again.comparison.folding and again.comparison.rows[0].status == "changed"
        await pilot.press("i", "space", "enter")
        await until(pilot, lambda: again.comparison.folding == again.folding)
        assert [r.status for r in again.comparison.rows] == ["same", "same"]


@pytest.mark.parametrize("name", FOLDINGS)
async def test_each_folding_ticked_off_in_i_flips_its_row_and_back(name: str, tmp_path: Path) -> None:
    from tests.core.test_folding import PAIRS

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(PAIRS[name][0] + "\n", encoding="utf-8")
    b.write_text(PAIRS[name][1] + "\n", encoding="utf-8")
    app = make_app([str(a), str(b)])
    async with app.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        assert [r.status for r in app.comparison.rows] == ["same"]
        downs = ["down"] * FOLDINGS.index(name)
        await pilot.press("i", *downs, "space", "enter")
        await until(pilot, lambda: app.comparison.folding == app.folding)
        assert name not in app.folding and [r.status for r in app.comparison.rows] == ["changed"]
        await pilot.press("i", *downs, "space", "enter")
        await until(pilot, lambda: app.comparison.folding == app.folding)
        assert [r.status for r in app.comparison.rows] == ["same"]


async def test_a_note_typed_while_a_new_comparison_came_lands_on_its_passage() -> None:
    from tui.core.pipeline import compare
    from tui.messages import ComparisonReady

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        await pilot.press("n")
        row = app.group.cursor_row
        hashes = set(row_hashes(app.comparison, row))
        await pilot.press("a")
        app.post_message(ComparisonReady(compare(app.versions, base=2), request=app.comparer.request))
        await until(pilot, lambda: app.comparison.base == 2)
        await type_text(pilot, "kept")
        await pilot.press("escape")
        (noted,) = app.review.notes
        assert app.review.notes[noted] == "kept" and hashes & set(row_hashes(app.comparison, noted))
