"""VersusApp: loads nothing itself; compares the versions in a thread and shows the result on a reader screen
(`tui.screens.reader`). It owns what outlives one comparison: the review session, the folding, the theme."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Iterable, Sequence
from pathlib import Path

from textual import on
from textual.app import App, SystemCommand
from textual.screen import Screen

from tui import session
from tui.comparing import Comparer, stages_text
from tui.core.folding import DESCRIPTIONS, folding_text
from tui.core.load import Version
from tui.core.model import Comparison
from tui.core.normalise import ALL_FOLDINGS, FOLDINGS
from tui.core.textsafe import visible
from tui.core.thresholds import DEFAULT_THRESHOLD
from tui.keys import KEYS
from tui.messages import CompareAgain, ComparisonFailed, ComparisonProgress, ComparisonReady, Refold
from tui.reviewing import ReviewKeeper
from tui.screens.loading import LoadingScreen
from tui.screens.reader import ReaderScreen, binding
from tui.themes import MONO
from tui.widgets.help_screen import HelpScreen
from tui.widgets.palette import Palette
from tui.widgets.pane_group import PaneGroup
from tui.widgets.review_screens import NoteScreen


def _css_path() -> list[Path]:
    here = Path(__file__).resolve().parent
    for candidate in (here / "styles" / "versus.tcss", here.parent / "styles" / "versus.tcss"):
        if candidate.exists():
            return [candidate]
    return []


class VersusApp(App[None]):
    """The reading app. It only renders the comparison model; nothing is recomputed here but on `b` and `i`."""

    TITLE = "Versus"
    CSS_PATH = _css_path()
    BINDINGS = [binding(k) for k in KEYS if k.app_wide]

    def __init__(
        self,
        versions: Sequence[Version],
        base: int = 0,
        threshold: float = DEFAULT_THRESHOLD,
        comparison: Comparison | None = None,
        *,
        remember: bool = False,
        base_given: bool = True,
        in_order: bool = False,
        folding: frozenset[str] | None = None,
        keymap: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.user_keymap = dict(keymap or {})
        """Binding id -> keys, from the user's `keymap.toml` (`tui.keymap`)."""
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
        self.versions = list(versions)
        self.threshold = threshold
        self.in_order = in_order
        """The versions come oldest first (`--in-order`): later values of a count in progress are updates."""
        self.keeper = ReviewKeeper(self.versions, remember, lambda text, **kw: self.notify(text, markup=False, **kw))
        saved = self.keeper.stored
        if not base_given and isinstance(saved.get("base"), int) and 0 <= saved["base"] < len(self.versions):
            base = saved["base"]
        if folding is None and isinstance(saved.get("folding"), list):
            folding = frozenset(name for name in saved["folding"] if name in FOLDINGS)
        self.base = base
        self.folding = ALL_FOLDINGS if folding is None else folding
        """The differences ignored (`--fold`, `i`, the session's choice)."""
        self.comparison: Comparison | None = comparison
        """The comparison shown (or, before the reader opens, given ready-made)."""
        self.reader: ReaderScreen | None = None
        self.comparer = Comparer(self.post_message)
        self._show_next: int | None = None
        """The version to show beside the base once the comparison asked for is ready (the matrix)."""
        words = sum(len(v.text.split()) for v in self.versions)
        self._loading = f"Comparing {len(self.versions)} versions ({words:,} words)…"

    @property
    def review(self) -> session.Review:
        return self.keeper.review

    @property
    def group(self) -> PaneGroup:
        """The reader's pane group (the reader is open)."""
        assert self.reader is not None, "no comparison shown yet"
        return self.reader.group

    @property
    def is_settled(self) -> bool:
        """Compared, and laid out for the panes' current widths with no relayout pending."""
        return self.reader is not None and self.reader.is_mounted and self.reader.group.is_settled

    def get_default_screen(self) -> Screen:
        return LoadingScreen(self._loading)

    def on_mount(self) -> None:
        self.set_interval(2.0, self._save_position)
        self.register_theme(MONO)
        theme = MONO.name if self.no_color else session.read_settings().get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        if not self.no_color:
            self.theme_changed_signal.subscribe(self, lambda theme: session.save_setting("theme", theme.name))
        if not self.is_headless:  # a terminal's hang-up, a kill or an interrupt: leave as q does
            loop = asyncio.get_running_loop()
            for name in ("SIGTERM", "SIGHUP", "SIGINT"):
                with contextlib.suppress(AttributeError, NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(getattr(signal, name), self._on_signal)
        if self.comparison is not None:
            self.post_message(ComparisonReady(self.comparison))
        else:
            self.comparer.start(self.versions, self.base, self.threshold, self.in_order, self.folding)

    # ----- the comparison worker: only the latest request's messages count

    @on(ComparisonProgress)
    def _on_progress(self, message: ComparisonProgress) -> None:
        if message.request == self.comparer.request and isinstance(self.screen_stack[0], LoadingScreen):
            self.screen_stack[0].show_stage(stages_text(message.stage))

    @on(ComparisonFailed)
    def _on_failed(self, message: ComparisonFailed) -> None:
        if message.request == self.comparer.request:
            self.notify(
                visible(message.error, newlines=False), title="Comparison failed", severity="error", markup=False
            )

    @on(ComparisonReady)
    async def _on_ready(self, message: ComparisonReady) -> None:
        if message.request != self.comparer.request:
            return  # an older request's result, come after a newer one was made
        c, self.comparison = message.comparison, message.comparison
        self.base = c.base
        if self.reader is None:
            reader = self.reader = ReaderScreen(c, self.keeper, self.keeper.resume(c))
            self.add_mode("reading", lambda: reader)  # a mode of its own: the reader is its stack's bottom
            await self.switch_mode("reading")
        else:
            await self.reader.show(c, self._show_next)
        self._show_next = None

    @on(CompareAgain)
    def _compare_again(self, message: CompareAgain) -> None:
        self._show_next = message.show_next
        self.comparer.start(self.versions, message.base, self.threshold, self.in_order, self.folding)

    @on(Refold)
    def _refold(self, message: Refold) -> None:
        """Make the rows again under another folding: statuses and marked words change, the rows stay."""
        if message.folding != self.folding and self.comparison is not None:
            self.folding = message.folding
            said = folding_text(self.folding) or "ignoring every folding again"
            self.notify(f"Now {said}.", markup=False, timeout=3)
            self.comparer.refold(self.comparison, self.folding)

    # ----- the session and leaving

    def _save_position(self) -> None:
        if self.keeper.position_dirty and self.reader is not None:
            self.keeper.save(self.reader.comparison, self.reader.group.cursor_row)

    async def action_quit(self) -> None:
        """Quit, keeping the note being typed (ctrl+q from the editor, or a signal) and the reading position."""
        if self.reader is not None:
            for screen in self.screen_stack:
                if isinstance(screen, NoteScreen):
                    self.reader.keep_note(self.reader.comparison, screen.row, screen.text)
            self.keeper.save(self.reader.comparison, self.reader.group.cursor_row)
        self.comparer.cancel()
        self.exit()

    def _on_signal(self) -> None:
        self.run_worker(self.action_quit(), group="quit")

    def exit(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        self._save_position()
        super().exit(*args, **kwargs)  # type: ignore[arg-type]

    # ----- help and the command palette

    def action_help(self) -> None:
        if not self.is_screen_installed("help"):
            self.install_screen(HelpScreen(self.user_keymap), name="help")
        self.push_screen("help")

    def action_command_palette(self) -> None:
        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if self.reader is None:
            return
        for key in KEYS:
            if key.action.startswith(("show_version", "scroll_", "quit")):
                continue
            keys = self.user_keymap.get(key.binding_id, key.keys).replace("question_mark", "?").replace("slash", "/")
            yield SystemCommand(key.description, f"key: {keys}", self._runner(key.action, key.app_wide))
        for name in FOLDINGS:
            now = "ignored" if name in self.folding else "counted"
            yield SystemCommand(
                f"Ignore {DESCRIPTIONS[name]}: toggle", f"now {now} (i lists them all)", self._toggler(name)
            )

    def _toggler(self, name: str):
        def toggle() -> None:
            self.post_message(Refold(self.folding ^ {name}))

        return toggle

    def _runner(self, action: str, app_wide: bool):
        async def run() -> None:
            await self.run_action(action, None if app_wide else self.reader)

        return run
