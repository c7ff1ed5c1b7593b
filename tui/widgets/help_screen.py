"""HelpScreen: every key, from the same table the bindings are made from."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui.keys import KEYS
from tui.view.signs import FACT_LEGEND, PRESENCE_LEGEND, ROW_LEGEND
from tui.widgets.dialog import ScrollingDialog

HELP_WIDTH = 68
"""The help box's text width (its CSS width less border and padding): descriptions wrap under themselves."""


def _entry(keys: str, description: str) -> list[str]:
    return textwrap.wrap(description, HELP_WIDTH, initial_indent=f"  {keys:<22} ", subsequent_indent=" " * 25) or [
        f"  {keys}"
    ]


def help_text(keymap: Mapping[str, str] | None = None) -> str:
    """The help screen's text, with the keys of the user's keymap where it changes them."""
    keymap = keymap or {}
    lines = ["Versus keys", ""]
    for key in KEYS:
        keys = keymap.get(key.binding_id, key.keys)
        if key.action.startswith("show_version") and not any(k.startswith("show-version") for k in keymap):
            if key.keys == "1":
                lines += _entry("1-9", "Show that version (in the focused pane)")
            continue
        shown = (
            keys.replace("question_mark", "?")
            .replace("slash", "/")
            .replace("right_square_bracket", "]")
            .replace("left_square_bracket", "[")
            .replace(",", " ")
        )
        lines += _entry(shown, key.description)
    lines += [
        "",
        f"Gutter: {ROW_LEGEND}",
        "        * marked  ¶ has a note  ⋯ folded (d, o)",
        "Strip:  when versions are in no pane, a column a version left of",
        "        the first pane (numbered in its header):",
        *textwrap.wrap(PRESENCE_LEGEND, HELP_WIDTH, initial_indent=" " * 8, subsequent_indent=" " * 8),
        f"Facts:  {FACT_LEGEND}",
        "        values at a glance: ~ about  ≲ nearly  > more than  < up to",
        "j k space pgup g G scroll this help; escape closes it.",
    ]
    return "\n".join(lines)


class HelpScreen(ScrollingDialog):
    """The list of keys; any of escape, q, ? or F1 closes it."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close", show=False)]

    def __init__(self, keymap: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self.keymap = dict(keymap or {})

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Content(help_text(self.keymap)), id="help-text")
