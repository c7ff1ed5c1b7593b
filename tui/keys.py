"""The one table of keys: bindings, the help screen and the command palette are all made from it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Key:
    keys: str
    action: str
    description: str
    show: bool = False
    priority: bool = False
    short: str = ""
    """The footer's name for a shown key."""
    id: str = ""
    """The binding's id, for a user keymap (`keymap.toml`); by default the action's name with dashes."""
    app_wide: bool = False
    """Bound on the app (works on every screen, before the comparison is ready); else on the reader."""

    @property
    def binding_id(self) -> str:
        return self.id or self.action.replace("_", "-")


KEYS: tuple[Key, ...] = (
    Key("j,down", "scroll_lines(1)", "Scroll down a line", id="scroll-down"),
    Key("k,up", "scroll_lines(-1)", "Scroll up a line", id="scroll-up"),
    Key("space,pagedown", "scroll_pages(1)", "Page down", id="page-down"),
    Key("pageup", "scroll_pages(-1)", "Page up", id="page-up"),
    Key("g,home", "top", "Go to the top"),
    Key("G,end", "bottom", "Go to the end"),
    Key("n", "next", "Next difference (or search hit)", show=True, short="next diff", id="next-difference"),
    Key("N", "previous", "Previous difference (or search hit)", id="previous-difference"),
    Key("u", "next_unique", "Next passage only in the focused version"),
    Key("U", "next_unique(False)", "Previous passage only in the focused version", id="previous-unique"),
    Key("m", "moved", "Jump between a moved passage and where it went (elsewhere: the next moved one)"),
    Key("M", "moved(False)", "The previous moved passage", id="previous-moved"),
    Key("slash", "search", "Search all versions", show=True, short="search"),
    Key("escape", "clear", "Clear the search, close the search box"),
    Key("f", "toggle_facts", "Show or hide the facts sidebar", show=True, short="facts", id="facts"),
    Key("c", "next_conflict", "Next conflicting fact"),
    Key("p", "next_conflict(-1)", "Previous conflicting fact", id="previous-conflict"),
    Key("C", "conflicts_only", "Show only conflicting facts (toggle)"),
    Key("enter", "jump_fact", "Jump every pane to the highlighted fact", id="jump-to-fact"),
    Key("z", "toggle_map", "Show or hide the difference map beside the panes", id="map"),
    Key("right_square_bracket", "map_block(1)", "Next difference on the map beyond the screen", id="next-map-block"),
    Key(
        "left_square_bracket",
        "map_block(-1)",
        "Previous difference on the map above the screen",
        id="previous-map-block",
    ),
    Key("s", "toggle_sync", "Unlink or relink scrolling", id="sync"),
    Key("b", "make_base", "Make the focused version the base"),
    Key("tab", "cycle_versions(1)", "Show the next other version", priority=True, id="next-version"),
    Key("shift+tab", "cycle_versions(-1)", "Show the previous other version", priority=True, id="previous-version"),
    Key("h,left", "focus_pane(-1)", "Focus the pane to the left", id="focus-left"),
    Key("l,right", "focus_pane(1)", "Focus the pane to the right", id="focus-right"),
    *(
        Key(str(d), f"show_version({d - 1})", f"Show version {d} in the focused pane", id=f"show-version-{d}")
        for d in range(1, 10)
    ),
    Key("x", "mark", "Mark or unmark the row under the cursor"),
    Key("a", "note", "Add or edit a note on the row under the cursor"),
    Key("f3", "review_list", "List marks and notes, jump to one"),
    Key("y", "copy", "Copy the passage under the cursor (terminal clipboard, works over SSH)"),
    Key("d", "toggle_diff_only", "Differences only: fold runs of identical rows (toggle)", id="differences-only"),
    Key("o", "toggle_boilerplate", "Open or fold site furniture (subscription offers, share links...)", id="furniture"),
    Key("i", "folding", "Ignore or count differences of case, punctuation, quotes, spacing, spelling, numbers"),
    Key("v", "matrix", "Every pair of versions: words shared, sentences, conflicts; enter shows a pair"),
    Key("w", "changes", "What changed: each version against the base and the one before it"),
    Key("e", "export", "Export a Markdown report (versus-report.md, never overwriting)"),
    Key("question_mark,f1", "help", "This help", show=True, short="help", app_wide=True),
    Key("q", "quit", "Quit", show=True, short="quit", app_wide=True),
)
