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


KEYS: tuple[Key, ...] = (
    Key("j,down", "scroll_lines(1)", "Scroll down a line"),
    Key("k,up", "scroll_lines(-1)", "Scroll up a line"),
    Key("space,pagedown", "scroll_pages(1)", "Page down"),
    Key("pageup", "scroll_pages(-1)", "Page up"),
    Key("g,home", "top", "Go to the top"),
    Key("G,end", "bottom", "Go to the end"),
    Key("n", "next", "Next difference (or search hit)", show=True, short="next diff"),
    Key("N", "previous", "Previous difference (or search hit)"),
    Key("u", "next_unique", "Next passage only in the focused version"),
    Key("U", "next_unique(False)", "Previous passage only in the focused version"),
    Key("m", "moved", "Jump between a moved passage and where it went (elsewhere: the next moved one)"),
    Key("M", "moved(False)", "The previous moved passage"),
    Key("slash", "search", "Search all versions", show=True, short="search"),
    Key("escape", "clear", "Clear the search, close the search box"),
    Key("f", "toggle_facts", "Show or hide the facts sidebar", show=True, short="facts"),
    Key("c", "next_conflict", "Next conflicting fact"),
    Key("p", "next_conflict(-1)", "Previous conflicting fact"),
    Key("C", "conflicts_only", "Show only conflicting facts (toggle)"),
    Key("enter", "jump_fact", "Jump every pane to the highlighted fact"),
    Key("z", "toggle_map", "Show or hide the difference map beside the panes"),
    Key("right_square_bracket", "map_block(1)", "Next difference on the map beyond the screen"),
    Key("left_square_bracket", "map_block(-1)", "Previous difference on the map above the screen"),
    Key("s", "toggle_sync", "Unlink or relink scrolling"),
    Key("b", "make_base", "Make the focused version the base"),
    Key("tab", "cycle_versions(1)", "Show the next other version", priority=True),
    Key("shift+tab", "cycle_versions(-1)", "Show the previous other version", priority=True),
    Key("h,left", "focus_pane(-1)", "Focus the pane to the left"),
    Key("l,right", "focus_pane(1)", "Focus the pane to the right"),
    *(Key(str(d), f"show_version({d - 1})", f"Show version {d} in the focused pane") for d in range(1, 10)),
    Key("x", "mark", "Mark or unmark the row under the cursor"),
    Key("a", "note", "Add or edit a note on the row under the cursor"),
    Key("f3", "review_list", "List marks and notes, jump to one"),
    Key("y", "copy", "Copy the passage under the cursor (terminal clipboard, works over SSH)"),
    Key("d", "toggle_diff_only", "Differences only: fold runs of identical rows (toggle)"),
    Key("o", "toggle_boilerplate", "Open or fold site furniture (subscription offers, share links...)"),
    Key("i", "folding", "Ignore or count differences of case, punctuation, quotes, spacing, spelling, numbers"),
    Key("v", "matrix", "Every pair of versions: words shared, sentences, conflicts; enter shows a pair"),
    Key("w", "changes", "What changed: each version against the base and the one before it"),
    Key("e", "export", "Export a Markdown report (versus-report.md, never overwriting)"),
    Key("question_mark,f1", "help", "This help", show=True, short="help"),
    Key("q", "quit", "Quit", show=True, short="quit"),
)
