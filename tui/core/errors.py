"""The one error type the command line turns into `versus: ...` and exit status 2."""

from __future__ import annotations

from tui.core.textsafe import visible


class InputError(Exception):
    """Bad input named by the user: the message is shown as one line, without a traceback."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        where = f" ({visible(self.path, newlines=False)})" if self.path else ""
        return f"{visible(self.message, newlines=False)}{where}"
