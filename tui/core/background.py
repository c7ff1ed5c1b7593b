"""Work done beside the rest of a comparison, in a forked child process, when the machine has a core to spare.

Only where that is safe and pays: a fork on Linux, from a process with no other thread (a fork copies only
the calling thread, so locks held by another could stay held in the child), with two or more CPUs, for work
the caller judged big enough. Otherwise, and whenever the child fails, the work is done in this process
when its result is asked for, so the result is the same either way.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def can_fork() -> bool:
    """Whether work can go to a child process here: Linux, no other thread, and a second CPU."""
    threading = sys.modules.get("threading")  # not imported: no thread was started through it
    if sys.platform != "linux" or (threading is not None and threading.active_count() != 1):
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except OSError:
        return False


class Pending(Generic[T]):
    """Work begun in a child process (or not begun at all: then done by `result`). A context manager: leaving
    it before the result was read stops the child.

    The work is called with one argument, `later`: a function returning what this process hands over with
    `send` once it has it (in the child, waiting for it), so the work can begin before all it needs exists.
    """

    def __init__(
        self,
        work: Callable[[Callable[[], Any]], T],
        pack: Callable[[T], Any],
        unpack: Callable[[Any], T],
        fork: bool,
    ) -> None:
        self._work, self._unpack = work, unpack
        self._pid = 0
        self._read = -1
        self._write = -1
        """Where `send` writes to the child; kept open until all is written."""
        self._unsent = b""
        self._sent: list[Any] = []
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
            given, give = os.pipe()
        except OSError:
            os.close(read)
            os.close(write)
            return
        _widen(give)
        _widen(write)  # so the child writes its result at once, and this process reads it in one go
        try:
            pid = os.fork()
        except OSError:
            for fd in (read, write, given, give):
                os.close(fd)
            return
        if pid == 0:  # the child: do the work, send it, and leave without running the parent's exit handlers
            code = 1
            try:
                os.close(read)
                os.close(give)
                began = time.perf_counter()
                result = self._work(_receiver(given))
                data = pickle.dumps((pack(result), time.perf_counter() - began), pickle.HIGHEST_PROTOCOL)
                with open(write, "wb") as out:
                    out.write(data)
                code = 0
            except BaseException:  # the parent does the work itself when the child fails
                pass
            finally:
                os._exit(code)
        os.close(write)
        os.close(given)
        os.set_blocking(give, False)
        self._pid, self._read, self._write = pid, read, give

    def send(self, value: Any) -> None:
        """Hand `value` to the work (once). It never waits for the child: what the pipe cannot take now is
        written when the result is asked for."""
        if self._sent:
            raise RuntimeError("send may be called only once")
        self._sent.append(value)
        if self._write >= 0:
            self._unsent = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
            self._flush(wait=False)

    def _flush(self, wait: bool) -> None:
        """Write what is left of the sent value to the child; close the pipe once it is all written."""
        try:
            if wait:
                os.set_blocking(self._write, True)
            while self._unsent:
                self._unsent = self._unsent[os.write(self._write, self._unsent) :]
        except BlockingIOError:
            return
        except OSError:  # the child is gone: the work is done here
            self._stop()
            return
        fd, self._write = self._write, -1
        os.close(fd)

    def _later(self) -> Any:
        if not self._sent:
            raise RuntimeError("the work asked for what was never sent")
        return self._sent[0]

    def running(self) -> bool:
        """Whether the work is still under way in a child process (nothing of its result written yet): time
        this process would only wait."""
        if not self._pid or self._read < 0:
            return False
        import select  # here: only a long comparison asks

        readable, _, _ = select.select([self._read], [], [], 0)
        return not readable

    def result(self) -> T:
        """The work's result: read from the child (waiting for it), else computed here."""
        if self._write >= 0:  # nothing sent, or not all of it yet: write the rest, or close the pipe empty
            self._flush(wait=True)
        if self._pid:
            fd, self._read = self._read, -1  # the file below closes it, whatever happens
            with open(fd, "rb") as inp:
                data = inp.read()
            _reap(self._pid)
            self._pid = 0
            # A child that failed wrote nothing (it writes only once all is packed); one cut off wrote a
            # pickle that does not load: either way, the work is done here.
            try:
                payload, seconds = pickle.loads(data)
                result = self._unpack(payload)
            except Exception:
                return self._work(self._later)
            self.seconds = seconds
            return result
        return self._work(self._later)

    def _stop(self) -> None:
        """Stop the child, if any, and close the pipes."""
        if self._pid:
            with contextlib.suppress(OSError):
                import signal  # only here: a one-shot run that gets its result never loads it

                os.kill(self._pid, signal.SIGKILL)
                os.waitpid(self._pid, 0)
            self._pid = 0
        for name in ("_read", "_write"):
            fd = getattr(self, name)
            if fd >= 0:
                setattr(self, name, -1)
                with contextlib.suppress(OSError):
                    os.close(fd)

    def __enter__(self) -> Pending[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._stop()


_exiting: list[int] = []
"""Children that sent their result and were still exiting: reaped when next a child is reaped, or at exit."""


def _reap(pid: int) -> None:
    """Reap a child that has sent its result, without waiting while the system tears it down (milliseconds
    for a large process): if it has not exited yet, it is reaped later."""
    _exiting.append(pid)
    for child in list(_exiting):
        try:
            done, _ = os.waitpid(child, os.WNOHANG)
        except ChildProcessError:
            done = child
        if done:
            _exiting.remove(child)


@atexit.register
def _reap_all() -> None:
    """At a normal exit, wait for the children still exiting (`versus --json` ends without it: the system
    reaps them)."""
    while _exiting:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(_exiting.pop(), 0)


SENT_BYTES = 1 << 20
"""What the pipes to and from the child are widened to hold (Linux allows an unprivileged process 1 MiB), so
a `send` of up to that much is written at once and the child need not wait for `result` to get the rest."""


def _widen(fd: int) -> None:
    with contextlib.suppress(ImportError, AttributeError, OSError):
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, SENT_BYTES)


def _receiver(fd: int) -> Callable[[], Any]:
    """In the child: a function returning what the parent sent, read to its end once (the parent closes the
    pipe when it has written it all)."""
    got: list[Any] = []

    def later() -> Any:
        if not got:
            with open(fd, "rb") as inp:
                got.append(pickle.loads(inp.read()))
        return got[0]

    return later


def start(
    work: Callable[[Callable[[], Any]], T],
    *,
    pack: Callable[[T], Any] = lambda x: x,
    unpack: Callable[[Any], T] = lambda x: x,
    worth_it: bool = True,
) -> Pending[T]:
    """Begin `work` in a child process when `worth_it` and `can_fork()`; `pack` makes what is sent back
    (pickled) from its result, `unpack` makes the result again from that."""
    return Pending(work, pack, unpack, worth_it and can_fork())
