"""Review sessions without the app: entries, saving, finding rows again, orphans."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SAMPLE_FILES
from tui import session
from tui.core.load import Version, load_versions
from tui.core.model import Comparison
from tui.core.pipeline import compare


def test_marks_and_notes_prune_when_emptied(samples: Comparison) -> None:
    review = session.Review()
    assert review.toggle_mark(samples, 4) is True
    review.set_note(samples, 4, "  \n")
    assert review.marks == [4] and review.notes == {}
    review.set_note(samples, 7, "line one\nline two\n")
    assert review.notes == {7: "line one\nline two"}
    assert review.toggle_mark(samples, 4) is False
    review.set_note(samples, 7, "")
    assert review.entries == {}


def test_saved_session_round_trips(samples: Comparison) -> None:
    review = session.Review()
    review.toggle_mark(samples, 3)
    review.set_note(samples, 9, "ask the desk")
    path = session.save(samples, review, cursor_row=9)
    assert path is not None and path.parent.parent == session.data_dir()
    stored = session.load(samples.versions)
    assert stored is not None and json.loads(path.read_text())["format"] == session.FORMAT
    again = session.resume(samples, stored)
    assert again.marks == [3] and again.notes == {9: "ask the desk"} and again.cursor_row == 9
    assert again.messages == ["Resumed your session: 1 marked, 1 with notes."]


def test_entries_follow_their_passage_to_a_new_base(samples: Comparison) -> None:
    review = session.Review()
    row = next(r for r, x in enumerate(samples.rows) if x.status == "changed")
    review.set_note(samples, row, "check")
    hashes = set(session.row_hashes(samples, row))
    rebased = compare(samples.versions, base=2)
    review.rebind(rebased)
    (new_row,) = review.notes
    assert hashes & set(session.row_hashes(rebased, new_row))


def test_no_session_for_stdin_and_none_for_garbage(tmp_path: Path) -> None:
    stdin = [Version("-", "stdin", "A text.", "utf-8"), *load_versions(SAMPLE_FILES[:1] * 2)]
    assert session.session_file(stdin) is None
    versions = load_versions(SAMPLE_FILES[:2])
    path = session.session_file(versions)
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    assert session.load(versions) is None
    assert session.resume(compare(versions), None).entries == {}


def test_find_row_prefers_the_nearest_match(samples: Comparison) -> None:
    row = next(r for r, x in enumerate(samples.rows) if x.status == "same")
    assert session.find_row(samples, session.row_hashes(samples, row), hint=0) == row
    assert session.find_row(samples, ["0" * 16], hint=10**6) == len(samples.rows) - 1


def test_a_damaged_session_reads_as_empty_not_as_an_error(samples: Comparison) -> None:
    damaged = {
        "format": session.FORMAT,
        "versions": 5,
        "entries": ["x", {"hashes": "abc"}, {"hashes": [1, 2], "note": "kept?"}],
        "orphans": {"a": 1},
        "cursor": {"row": "top", "hashes": 7},
        "base": "first",
    }
    review = session.resume(samples, damaged)
    assert review.entries == {} and review.cursor_row == 0 and review.base is None
    assert [e.note for e in review.orphans] == ["kept?"]  # what could be read is kept, never dropped


def test_resume_says_only_what_there_is(samples: Comparison) -> None:
    session.save(samples, session.Review(), cursor_row=6)
    again = session.resume(samples, session.load(samples.versions))
    assert again.messages == ["Back where you left off (row 7)."]
    session.save(samples, session.Review(), cursor_row=0)
    assert session.resume(samples, session.load(samples.versions)).messages == []


def test_read_says_why_a_session_file_cannot_be_read() -> None:
    versions = load_versions(SAMPLE_FILES[:2])
    path = session.session_file(versions)
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    for text, why in [
        ("[" * 100_000, "nested too deeply"),
        ('{"format": "versus.session/9"}', "written by a newer Versus"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a session"),
    ]:
        path.write_text(text)
        found = session.read(versions)
        assert (found.data, found.problem, found.path) == (None, why, path)
    path.unlink()
    assert session.read(versions) == session.Stored(None)


def on_disk_notes(c: Comparison) -> dict[int, str]:
    return session.resume(c, session.load(c.versions)).notes


def test_two_windows_saving_in_turn_keep_each_other_s_notes(samples: Comparison) -> None:
    first, second = session.resume(samples, None), session.resume(samples, None)
    first.set_note(samples, 3, "from the first")
    session.save(samples, first, 0)
    second.set_note(samples, 5, "from the second")
    second.toggle_mark(samples, 6)
    session.save(samples, second, 0)
    assert second.merged == 1 and second.notes == {3: "from the first", 5: "from the second"}
    session.save(samples, first, 0)
    assert first.merged == 2 and first.marks == [6]
    assert on_disk_notes(samples) == {3: "from the first", 5: "from the second"}


def test_a_removal_in_one_window_is_taken_by_the_other(samples: Comparison) -> None:
    first = session.resume(samples, None)
    first.set_note(samples, 3, "soon gone")
    first.set_note(samples, 4, "stays")
    session.save(samples, first, 0)
    second = session.resume(samples, session.load(samples.versions))
    first.set_note(samples, 3, "")
    session.save(samples, first, 0)
    session.save(samples, second, 0)  # second changed nothing: first's removal stands
    assert second.notes == {4: "stays"} and on_disk_notes(samples) == {4: "stays"}


def test_a_note_edited_in_both_windows_keeps_both_texts(samples: Comparison) -> None:
    first = session.resume(samples, None)
    first.set_note(samples, 3, "draft")
    session.save(samples, first, 0)
    second = session.resume(samples, session.load(samples.versions))
    first.set_note(samples, 3, "first's version")
    second.set_note(samples, 3, "second's version")
    session.save(samples, first, 0)
    session.save(samples, second, 0)
    assert on_disk_notes(samples) == {3: "second's version\n\nfirst's version"}


def test_a_file_damaged_while_open_is_set_aside_at_the_next_save(samples: Comparison) -> None:
    review = session.resume(samples, None)
    review.set_note(samples, 3, "mine")
    path = session.save(samples, review, 0)
    assert path is not None
    path.write_text("{ not json", encoding="utf-8")
    session.save(samples, review, 0)
    assert on_disk_notes(samples) == {3: "mine"}
    assert [p.read_text(encoding="utf-8") for p in path.parent.glob("*.unreadable-*")] == ["{ not json"]
