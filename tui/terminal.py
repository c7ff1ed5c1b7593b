"""Terminal input that cannot stop the app: bytes that are not UTF-8 are read as U+FFFD.

Textual 8.2.8's Linux drivers decode the keyboard strictly, so one byte from a terminal set to another
encoding (é typed in a Latin-1 terminal) raises UnicodeDecodeError in the input thread and the keyboard
goes dead. The drivers look the decoder up by name in their own modules; this gives them a replacing one."""

from __future__ import annotations

import codecs
import functools
from collections.abc import Callable
from typing import Any


def _replacing(encoding: str) -> Callable[..., Any]:
    return functools.partial(codecs.getincrementaldecoder(encoding), errors="replace")


def tolerate_undecodable_input() -> None:
    """Make the terminal drivers replace undecodable input instead of failing on it."""
    try:
        from textual.drivers import linux_driver, linux_inline_driver
    except ImportError:  # not a POSIX terminal: Textual's Windows driver reads keys as text already
        return
    for module in (linux_driver, linux_inline_driver):
        if getattr(module, "getincrementaldecoder", None) is codecs.getincrementaldecoder:
            module.getincrementaldecoder = _replacing  # type: ignore[attr-defined]
