"""HelpScreen: every key, from the same table the bindings are made from."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from tui.keys import KEYS
from tui.view.signs import FACT_LEGEND, ROW_LEGEND
from tui.widgets.dialog import Dialog


def help_text() -> str:
    lines = ["Versus keys", ""]
    for key in KEYS:
        if key.action.startswith("show_version"):
            if key.keys == "1":
                lines.append(f"  {'1-9':<22} Show that version (in the focused pane)")
            continue
        shown = (
            key.keys.replace("question_mark", "?")
            .replace("slash", "/")
            .replace("right_square_bracket", "]")
            .replace("left_square_bracket", "[")
            .replace(",", " ")
        )
        lines.append(f"  {shown:<22} {key.description}")
    lines += [
        "",
        f"Gutter: {ROW_LEGEND}",
        "        * marked  ¶ has a note  ⋯ folded (d, o)",
        f"Facts:  {FACT_LEGEND}",
        "        values at a glance: ~ about  ≲ nearly  > more than  < up to",
        "Press escape to close.",
    ]
    return "\n".join(lines)


class HelpScreen(Dialog[None]):
    """The list of keys; any of escape, q, ? or F1 closes it."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close", show=False)]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Content(help_text()), id="help-text")
