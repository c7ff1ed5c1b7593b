"""Work done beside the rest of a comparison, in a forked child process, when the machine has a core to spare.

Only where that is safe and pays: a fork on Linux, from a process with no other thread (a fork copies only
the calling thread, so locks held by another could stay held in the child), with two or more CPUs, for work
the caller judged big enough. Otherwise, and whenever the child fails, the work is done in this process
when its result is asked for, so the result is the same either way.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    """Whether work can go to a child process here: Linux, no other thread, and a second CPU."""
    if sys.platform != "linux" or threading.active_count() != 1:
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except OSError:
        return False


class Pending(Generic[T]):
    """Work begun in a child process (or not begun at all: then done by `result`). A context manager: leaving
    it before the result was read stops the child."""

    def __init__(
        self,
        work: Callable[[], T],
        pack: Callable[[T], Any],
        unpack: Callable[[Any], T],
        fork: bool,
    ) -> None:
        self._work, self._unpack = work, unpack
        self._pid = 0
        self._read = -1
        self.seconds: float | None = None
        """How long the work took in the child, once its result was read; None when done in this process."""
        if fork:
            self._start(pack)

    def _start(self, pack: Callable[[T], Any]) -> None:
        try:
            read, write = os.pipe()
        except OSError:
            return
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: do the work, send it, and leave without running the parent's exit handlers
            code = 1
            try:
                os.close(read)
                began = time.perf_counter()
                data = pickle.dumps((pack(self._work()), time.perf_counter() - began), pickle.HIGHEST_PROTOCOL)
                with open(write, "wb") as out:
                    out.write(data)
                code = 0
            except BaseException:  # the parent does the work itself when the child fails
                pass
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._read = pid, read

    def result(self) -> T:
        """The work's result: read from the child (waiting for it), else computed here."""
        if self._pid:
            fd, self._read = self._read, -1  # the file below closes it, whatever happens
            with open(fd, "rb") as inp:
                data = inp.read()
            _, status = os.waitpid(self._pid, 0)
            self._pid = 0
            if status == 0 and data:
                try:
                    payload, seconds = pickle.loads(data)
                    result = self._unpack(payload)
                except Exception:  # anything amiss with what came back: do the work here
                    return self._work()
                self.seconds = seconds
                return result
        return self._work()

    def __enter__(self) -> Pending[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._pid:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            self._pid = 0
        if self._read >= 0:
            fd, self._read = self._read, -1
            with contextlib.suppress(OSError):
                os.close(fd)


def start(
    work: Callable[[], T],
    *,
    pack: Callable[[T], Any] = lambda x: x,
    unpack: Callable[[Any], T] = lambda x: x,
    worth_it: bool = True,
) -> Pending[T]:
    """Begin `work` in a child process when `worth_it` and `can_fork()`; `pack` makes what is sent back
    (pickled) from its result, `unpack` makes the result again from that."""
    return Pending(work, pack, unpack, worth_it and can_fork())
