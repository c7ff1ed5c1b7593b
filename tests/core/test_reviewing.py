"""The review keeper without the app: what it says, when it saves, and marks following their passage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_FILES
from tui import session
from tui.core.load import load_versions
from tui.core.pipeline import compare
from tui.reviewing import ReviewKeeper


class Said(list):
    def __call__(self, text: str, **kwargs: object) -> None:
        self.append((text, kwargs.get("severity", "information")))


def test_marks_are_saved_and_taken_up_by_the_next_keeper(tmp_path: Path) -> None:
    files = [shutil.copy(f, tmp_path) for f in SAMPLE_FILES[:2]]
    versions = load_versions(files)
    c = compare(versions)
    said = Said()
    keeper = ReviewKeeper(versions, remember=True, say=said)
    assert keeper.resume(c) == 0
    assert keeper.toggle_mark(c, 3)
    assert keeper.signs() == {3: "*"}
    keeper.set_note(c, c, 3, "check the toll")
    assert keeper.signs() == {3: "¶"}
    again = ReviewKeeper(versions, remember=True, say=Said())
    assert again.resume(c) == 3  # the cursor was on the noted row when it was saved
    assert again.review.entries[3].note == "check the toll"
    assert said == []


def test_an_unreadable_session_is_set_aside_and_said_first(tmp_path: Path) -> None:
    files = [shutil.copy(f, tmp_path) for f in SAMPLE_FILES[:2]]
    versions = load_versions(files)
    path = session.session_file(versions)
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json")
    said = Said()
    keeper = ReviewKeeper(versions, remember=True, say=said)
    keeper.resume(compare(versions))
    assert "could not be read" in said[0][0] and "kept as" in said[0][0]
    kept = [p for p in path.parent.iterdir() if p.name != path.name]
    assert [p.read_text() for p in kept] == ["{not json"]  # set aside, never written over


def test_a_session_that_cannot_be_saved_is_said_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    versions = load_versions(SAMPLE_FILES[:2])
    c = compare(versions)
    said = Said()
    keeper = ReviewKeeper(versions, remember=True, say=said)
    keeper.resume(c)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the data directory should be")
    monkeypatch.setenv(session.DATA_DIR_ENV, str(blocked / "under"))
    keeper.toggle_mark(c, 1)
    keeper.toggle_mark(c, 2)
    warnings = [text for text, severity in said if severity == "warning"]
    assert len(warnings) == 1 and "not saved" in warnings[0]
    assert not keeper.remember and keeper.review.marks == [1, 2]  # the review goes on in memory


def test_rebind_follows_the_passages_to_a_comparison_on_another_base() -> None:
    versions = load_versions(SAMPLE_FILES)
    old, new = compare(versions, base=0), compare(versions, base=2)
    keeper = ReviewKeeper(versions, remember=False, say=Said())
    keeper.resume(old)
    row = next(r for r, aligned in enumerate(old.rows) if aligned.cells[0] and aligned.cells[2])
    keeper.toggle_mark(old, row)
    (moved,) = keeper.rebind(old, new, [row])
    assert session.row_hashes(new, moved) and set(session.row_hashes(old, row)) & set(session.row_hashes(new, moved))
    assert list(keeper.signs()) == [moved] and keeper.position_dirty
