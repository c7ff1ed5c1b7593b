"""`versus --serve`: the app in a browser, through textual-serve on localhost."""

from __future__ import annotations

import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.core.errors import InputError


def serve_command(files: Sequence[str], options: Sequence[str]) -> str:
    """The shell command textual-serve runs for each browser session: this Python, the app, these files."""
    if "-" in files:
        raise InputError("--serve cannot read a version from stdin: give files")
    paths = [str(Path(f).resolve()) for f in files]
    return shlex.join([sys.executable, "-m", "tui", "--app", *options, *paths])


def make_server(command: str, port: int):  # textual-serve is optional: its type is not imported here
    try:
        from textual_serve.server import Server
    except ImportError:
        raise InputError("--serve needs textual-serve: pip install 'versus[serve]'") from None
    return Server(command, host="localhost", port=port, title="Versus")
