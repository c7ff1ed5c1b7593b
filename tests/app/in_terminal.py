"""The real app in a pseudo-terminal, for what Pilot cannot reach: the terminal driver, signals, processes."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time

from tests.conftest import ROOT


class AppInTerminal:
    """`versus ARGS` running in a pty of the given size; its screen output is collected as it is read."""

    def __init__(self, *args: str, env: dict[str, str], size: tuple[int, int] = (100, 30)) -> None:
        self.master, slave = pty.openpty()
        cols, rows = size
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tui", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env={**os.environ, "TERM": "xterm-256color", **env},
            start_new_session=True,
        )
        os.close(slave)
        self.output = b""

    def read(self, seconds: float) -> None:
        """Collect what the app writes for this long (or until it ends)."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.1))
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the app ended and closed the terminal
                    return
                if not chunk:
                    return
                self.output += chunk

    def wait_for(self, text: bytes, timeout: float = 30.0) -> bool:
        """Read until the output holds `text`; whether it came in time."""
        end = time.monotonic() + timeout
        while text not in self.output and time.monotonic() < end and self.proc.poll() is None:
            self.read(0.2)
        return text in self.output

    def send(self, data: bytes, settle: float = 0.5) -> None:
        os.write(self.master, data)
        self.read(settle)

    def signal(self, sig: signal.Signals) -> None:
        self.proc.send_signal(sig)

    def finish(self, timeout: float = 30.0) -> int:
        """Wait for the app to end, reading what it writes meanwhile; its exit code."""
        end = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < end:
            self.read(0.2)
        self.read(0.2)
        self.close()
        return self.proc.wait()

    def close(self) -> None:
        """End the app if it still runs (a test that failed half way must not leave it running)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        if self.master >= 0:
            os.close(self.master)
            self.master = -1
