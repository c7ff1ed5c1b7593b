"""Work in a forked child process: the same result as in this process, and a fallback whenever it fails."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_FILES
from tui.core import background, pipeline
from tui.core.load import load_versions
from tui.core.pipeline import compare

ROOT = Path(__file__).resolve().parents[2]

needs_fork = pytest.mark.skipif(not background.can_fork(), reason="needs Linux, one thread and two CPUs")


@needs_fork
def test_work_done_in_a_child_gives_the_same_result() -> None:
    parent = os.getpid()
    with background.start(lambda later: (os.getpid(), sum(range(1000)))) as pending:
        pid, total = pending.result()
    assert pid != parent and total == 499500
    assert pending.seconds is not None and pending.seconds >= 0


@needs_fork
def test_a_failing_child_leaves_the_work_to_the_parent() -> None:
    parent = os.getpid()

    def work(later: object) -> int:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return 7

    with background.start(work) as pending:
        assert pending.result() == 7
    assert pending.seconds is None


@needs_fork
def test_leaving_before_the_result_stops_the_child() -> None:
    with background.start(lambda later: sum(range(10**9))) as pending:
        pid = pending._pid
        assert pid
    with pytest.raises(ProcessLookupError):  # killed and reaped: no such process left
        os.kill(pid, 0)


def test_no_fork_from_a_thread_or_when_not_worth_it() -> None:
    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(background.can_fork()))
    thread.start()
    thread.join()
    assert seen == [False]
    with background.start(lambda later: os.getpid(), worth_it=False) as pending:
        assert pending.result() == os.getpid() and pending.seconds is None


@needs_fork
def test_figures_found_in_a_child_are_the_figures_found_here(monkeypatch: pytest.MonkeyPatch) -> None:
    versions = load_versions(SAMPLE_FILES)
    here = compare(versions)
    monkeypatch.setattr(pipeline, "FORK_ABOVE_CHARS", 0)
    timings: dict[str, float] = {}
    there = compare(versions, timings=timings)
    assert {"figures (child process)", "facts (child process)"} <= timings.keys()
    assert there.to_json() == here.to_json()
    for a, b in zip(here.figures, there.figures, strict=True):
        assert a.ctx_words == b.ctx_words  # the words around a figure are taken again from the parent's


@needs_fork
def test_a_garbled_answer_from_the_child_leaves_the_work_to_the_parent() -> None:
    parent = os.getpid()

    def unpack(payload: object) -> int:
        raise ValueError("what came back makes no sense")

    with background.start(lambda later: 3 if os.getpid() == parent else 4, unpack=unpack) as pending:
        assert pending.result() == 3
    assert pending.seconds is None


@needs_fork
def test_what_is_sent_later_reaches_the_child_without_the_parent_waiting() -> None:
    parent = os.getpid()
    big = list(range(300_000))  # pickled, several times what a pipe holds

    def work(later: Callable[[], list[int]]) -> tuple[int, int]:
        time.sleep(0.5)  # busy with something else before it reads what was sent
        return os.getpid(), sum(later())

    with background.start(work) as pending:
        began = time.perf_counter()
        pending.send(big)
        assert time.perf_counter() - began < 0.4  # not waiting for the child to read it
        assert pending._unsent  # the rest is written when the result is asked for
        pid, total = pending.result()
    assert pid != parent and total == sum(big)
    with pytest.raises(RuntimeError):
        pending.send(big)


@needs_fork
def test_a_child_gone_before_reading_what_is_sent_leaves_the_work_to_the_parent() -> None:
    parent = os.getpid()

    def work(later: Callable[[], object]) -> object:
        if os.getpid() != parent:
            os._exit(3)
        return later()

    with background.start(work) as pending:
        os.waitpid(pending._pid, 0)  # gone, and its end of the pipe closed
        pending.send(list(range(300_000)))
        assert pending.result() == list(range(300_000))


def test_the_work_asking_for_what_was_never_sent_is_an_error() -> None:
    with background.start(lambda later: later(), worth_it=False) as pending, pytest.raises(RuntimeError):
        pending.result()


@needs_fork
def test_what_fits_the_widened_pipe_is_written_at_once() -> None:
    payload = bytes(background.SENT_BYTES // 2)

    def work(later: Callable[[], bytes]) -> int:
        time.sleep(0.3)  # not reading yet
        return len(later())

    with background.start(work) as pending:
        pending.send(payload)
        assert not pending._unsent and pending._write < 0  # all written, and the pipe closed
        assert pending.result() == len(payload)


@needs_fork
def test_a_long_comparison_loads_the_figures_modules_while_it_waits_for_its_reading() -> None:
    """The child that finds the figures is forked after reading: it starts with their patterns compiled, as
    this process loads them once it has read its half, whether or not the child still reads the other."""
    code = (
        "import sys; from tests.conftest import SAMPLE_FILES; from tui.core.load import Version, load_versions;"
        "from tui.core.pipeline import begin, FORK_ABOVE_CHARS; vs = load_versions(SAMPLE_FILES);"
        "vs = [Version(v.path, v.label, (v.text + '\\n\\n') * (FORK_ABOVE_CHARS // len(v.text) + 1), 'utf-8')"
        " for v in vs]; u = begin(vs);"
        "print('tui.core.figure_patterns' in sys.modules, 'tui.core.grouping' in sys.modules); u.finish()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.split() == ["True", "True"]
