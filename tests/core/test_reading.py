"""Reading long versions in two halves at once gives what reading them whole gives."""

from __future__ import annotations

import os

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bench.generate import make_pair
from tests.conftest import SAMPLE_FILES
from tui.core import background, reading
from tui.core.load import load_versions
from tui.core.reading import halves, read_versions


def _as_data(texts: list[str], in_two: bool) -> tuple[object, ...]:
    sentences, found = read_versions(texts, in_two)
    spans = [[(s.start, s.end, s.paragraph, s.kind) for s in ss] for ss in sentences]
    return spans, found.raw, found.folded, found.keys, found.forms


def test_halves_read_in_a_child_are_the_whole_reading() -> None:
    texts = list(make_pair(6_000, seed=3))
    texts.append("Date: 2024-01-01 Metadata first.\n\n" + texts[0][:5_000] + "\n \n\n\t" + texts[1][:5_000])
    texts.append("Words here. " * 60 + "\n\n" + "Updated: 2024-02-03 Only the first line is metadata. " * 3)
    assert len(halves(texts)[1]) == len(texts)  # each text is cut
    assert _as_data(texts, in_two=True) == _as_data(texts, in_two=False)


def test_without_a_child_the_versions_are_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [v.text for v in load_versions(SAMPLE_FILES)]
    whole = _as_data(texts, in_two=False)
    monkeypatch.setattr(background, "can_fork", lambda: False)
    calls: list[object] = []
    original = reading.read_parts
    monkeypatch.setattr(reading, "read_parts", lambda texts, parts: calls.append(parts) or original(texts, parts))
    assert _as_data(texts, in_two=True) == whole
    assert len(calls) == 1  # one reading, not two halves


def test_a_child_that_fails_leaves_its_half_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = list(make_pair(4_000, seed=11))
    whole = _as_data(texts, in_two=False)
    monkeypatch.setattr(background.Pending, "_start", lambda self, pack: None)  # as if the fork failed
    assert _as_data(texts, in_two=True) == whole


def test_a_version_without_a_paragraph_break_past_its_middle_is_read_whole() -> None:
    texts = ["One paragraph. " * 50, "First part.\n\nSecond part. " + "More words here. " * 40]
    first, second = halves(texts)
    assert first[0] == (0, 0, len(texts[0])) and [v for v, _, _ in second] == []
    assert _as_data(texts, in_two=True) == _as_data(texts, in_two=False)


_PIECES = ["Mr. Smith said so.", "It rose 5.5%.", "Yes!", "\n", "\n\n", "\n \n", "  ", "• item", "HEADING", "é"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), min_size=1, max_size=30).map(" ".join))
@example("Date: 2024-01-01 Title\n\nBody. More.\n\n\n\nEnd.")
def test_any_text_cut_in_two_reads_as_whole(text: str) -> None:
    assert _as_data([text], in_two=True) == _as_data([text], in_two=False)


@pytest.mark.skipif(not background.can_fork(), reason="needs Linux, one thread and two CPUs")
def test_children_that_sent_their_result_are_reaped() -> None:
    texts = list(make_pair(3_000, seed=5))
    read_versions(texts, in_two=True)
    background._reap_all()
    assert not background._exiting
    with pytest.raises(ChildProcessError):  # no child of this process is left, exited or not
        os.waitpid(-1, os.WNOHANG)
