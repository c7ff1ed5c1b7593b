"""ArticlePane: one version's text, laid out in alignment rows, rendered line by line."""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.textsafe import visible
from tui.layout import RowLayout, line_pieces
from tui.view.moves import moved_label
from tui.view.signs import ROW_SIGNS, also_label, presence_sign
from tui.view.view_state import ViewState

GUTTER = 2
_TINTS = frozenset(
    {"pane--same", "pane--changed", "pane--unique", "pane--moved", "pane--filler", "pane--changed-word", "pane--search"}
)
"""Component classes with a background of their own (resolved against the pane's background)."""
_PANE = "__pane__"
"""Key of the pane's own style in the style cache (computing it from the DOM on every line is slow)."""
_BASE_NAMES = {
    (status, boilerplate): (f"pane--{status}", "pane--boilerplate") if boilerplate else (f"pane--{status}",)
    for status in ROW_SIGNS
    for boilerplate in (False, True)
}
"""The component classes of a line of text, by its row's status and whether it is site furniture."""
_GUTTER_NAMES = {
    (status, cursor): ("pane--gutter", *((f"pane--sign-{status}",) if status != "same" else ()))
    + (("pane--cursor",) if cursor else ())
    for status in ROW_SIGNS
    for cursor in (False, True)
}
"""The component classes of a gutter sign, by its row's status and whether the cursor is on the row."""
_PRESENCE_NAMES = {
    "none": ("pane--filler",),
    "same": ("pane--gutter",),
    **{status: ("pane--gutter", f"pane--sign-{status}") for status in ("changed", "unique", "moved")},
}
"""The component classes of a presence strip sign, by how its version stands in the row."""


PANE_CLASSES = {
    "pane--same",
    "pane--changed",
    "pane--changed-word",
    "pane--unique",
    "pane--moved",
    "pane--filler",
    "pane--gutter",
    "pane--sign-changed",
    "pane--sign-unique",
    "pane--sign-moved",
    "pane--cursor",
    "pane--figure",
    "pane--figure-selected",
    "pane--search",
    "pane--boilerplate",
    "pane--fold",
    "pane--review",
}
"""The component classes a pane draws with (styled in `styles/versus.tcss`)."""


class PaneLooks:
    """A pane's styles by component classes, each combination made once: reading them from the DOM for every
    line is slow. Cleared when the pane's styles change (a theme, focus)."""

    def __init__(self, pane: ScrollView) -> None:
        self._pane = pane
        self._styles: dict[str, Style] = {}
        self._combos: dict[tuple[str, ...], Style] = {}

    def clear(self) -> None:
        self._styles.clear()
        self._combos.clear()

    def style(self, name: str) -> Style:
        """A component class's style: blended over the pane's background when it tints, else partial."""
        style = self._styles.get(name)
        if style is None:
            if name == _PANE:
                style = self._pane.rich_style
            else:
                style = self._pane.get_component_rich_style(name, partial=name not in _TINTS)
            self._styles[name] = style
        return style

    def combo(self, names: tuple[str, ...]) -> Style:
        """The pane's style plus these component styles, in order."""
        style = self._combos.get(names)
        if style is None:
            style = self.style(_PANE)
            for name in names:
                style = style + self.style(name)
            self._combos[names] = style
        return style


class ArticlePane(ScrollView, can_focus=True):
    """A version of the article: alignment rows, with gutter signs, diff and figure highlights."""

    COMPONENT_CLASSES = PANE_CLASSES

    class Scrolled(Message):
        """The pane's vertical offset changed; `by_user` when by keys, wheel or scrollbar (not by the app)."""

        def __init__(self, pane: ArticlePane, by_user: bool) -> None:
            super().__init__()
            self.pane = pane
            self.by_user = by_user

    class Resized(Message):
        """The pane's text width changed: the app lays the rows out again."""

    class RowClicked(Message):
        """A row was clicked: the cursor goes to it (marks and notes act on the cursor's row)."""

        def __init__(self, pane: ArticlePane, row: int) -> None:
            super().__init__()
            self.pane = pane
            self.row = row

    class HeightsChanged(Message):
        """Drawing gave rows on screen their exact heights: the rows below moved, and the total changed."""

    def __init__(self, view: ViewState, version: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view
        self.version = version
        self.row_layout: RowLayout | None = None
        self._line_cache: LRUCache[tuple[int, int, int, int], Strip] = LRUCache(1024)
        self.looks = PaneLooks(self)
        self._last_width = -1
        self._frame_width: int | None = None
        """The content width while a batch of lines renders (reading it from the DOM per line is slow)."""
        self.quiet = False
        """Set by the app around its own scrolling, so that only user scrolling leads the others."""
        self.presence: tuple[int, ...] = ()
        """The versions the presence strip shows left of the gutter (all, when some are in no pane), or none."""

    @property
    def gutter_width(self) -> int:
        """Columns before the text: the presence strip (and a space after it) if shown, and the gutter."""
        return GUTTER + (len(self.presence) + 1 if self.presence else 0)

    @property
    def text_width(self) -> int:
        """Columns available for text (pane width less the gutter and scrollbar)."""
        return max(1, self.scrollable_content_region.width - self.gutter_width)

    def show_presence(self, versions: tuple[int, ...]) -> None:
        """Show (or, with none, hide) the presence strip: for each row, how each of these versions stands in
        it, one sign a version, so that a version in no pane is still seen (the app lays the rows out again,
        the text being narrower)."""
        if versions != self.presence:
            self.presence = versions
            self._line_cache.clear()
            self._last_width = -1

    def set_view(self, view: ViewState) -> None:
        """Draw from another view (after the comparison was made again on a new base)."""
        if view is not self.view:
            self.view = view
            self._line_cache.clear()

    def show_version(self, version: int) -> None:
        """Show another version in this pane (the app lays the rows out again next)."""
        if version != self.version:
            self.version = version
            self._line_cache.clear()
            self._last_width = -1

    def set_layout(self, layout: RowLayout) -> None:
        self.row_layout = layout
        self._last_width = -1
        self._line_cache.clear()
        self.heights_changed()

    def heights_changed(self) -> None:
        """The layout's rows moved (a settle gave some their exact heights): take its new total, draw again."""
        if self.row_layout is not None:
            self.virtual_size = Size(self.scrollable_content_region.width, self.row_layout.total)
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        layout = self.row_layout
        place = layout.place(self.top_line + event.y) if layout is not None else None
        if place is not None and place.fold is None:
            self.post_message(self.RowClicked(self, place.row))

    def on_resize(self) -> None:
        self._check_width(self.text_width)

    def _check_width(self, width: int) -> None:
        """Ask the app for a relayout when the text width differs from the layout's (once per width)."""
        layout = self.row_layout
        if (layout is None or layout.widths.get(self.version) != width) and width != self._last_width:
            self._last_width = width
            self.post_message(self.Resized())

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self, by_user=not self.quiet))

    def scroll_quietly(self, y: int) -> None:
        """Scroll as the app (following another pane, or a jump): no other pane follows this."""
        self.quiet = True
        try:
            self.scroll_to(y=y, animate=False, immediate=True)
        finally:
            self.quiet = False

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.looks.clear()
        self._line_cache.clear()

    @property
    def top_line(self) -> int:
        return round(self.scroll_y)

    def render_lines(self, crop: Region) -> list[Strip]:
        # Lines as wide as the content region Textual draws (the last column lies under the scrollbar), so that
        # it need not pad each one again.
        self._frame_width = self.content_region.width
        self._check_width(self.text_width)
        layout = self.row_layout
        if layout is not None and self.version in layout.widths and layout.total:
            # rows reached before the app settled them (a scrollbar drag): exact from the top row down, so
            # what is at the top stays there
            row = layout.row_at(self.top_line)
            if layout.settle(row, 0, self.top_line - layout.tops[row] + crop.bottom):
                self.post_message(self.HeightsChanged())
        try:
            return super().render_lines(crop)
        finally:
            self._frame_width = None

    def render_line(self, y: int) -> Strip:
        width = self._frame_width
        if width is None:
            width = self.content_region.width
            self._check_width(self.text_width)
        line_y = self.top_line + y
        layout = self.row_layout
        revision = layout.revision if layout is not None else -1
        key = (line_y, width, self.view.generation, revision, self._on_cursor(line_y))
        strip = self._line_cache.get(key)
        if strip is None:
            strip = self._render_layout_line(line_y, width)
            self._line_cache[key] = strip
        return strip

    def _on_cursor(self, y: int) -> bool:
        """Whether layout line y is in the cursor's row (the cursor reverses its gutter sign)."""
        layout = self.row_layout
        if layout is None or not layout.heights:
            return False
        r = min(self.view.cursor_row, len(layout.heights) - 1)
        return layout.tops[r] <= y < layout.tops[r] + layout.heights[r]

    def refresh_rows(self, rows: Iterable[int]) -> None:
        """Draw again the lines of these rows only (the cursor moved between them)."""
        layout = self.row_layout
        if layout is None:
            return
        for r in rows:
            if 0 <= r < len(layout.heights):
                self.refresh_lines(layout.tops[r], max(1, layout.heights[r]))

    def _blank(self, width: int, style_name: str = "pane--filler") -> Strip:
        return Strip([Segment(" " * width, self.looks.combo((style_name,)))], width)

    def _render_layout_line(self, y: int, width: int) -> Strip:
        if not self.presence:
            return self._line(y, width)
        strip_width = len(self.presence) + 1
        return Strip.join([self._presence(y), self._line(y, max(0, width - strip_width))]).crop(0, width)

    def _presence(self, y: int) -> Strip:
        """The presence strip's cells on layout line y: signs on a row's first line, blank elsewhere."""
        layout = self.row_layout
        place = layout.place(y) if layout is not None else None
        blank = self.looks.combo(())
        if place is None or place.gap or place.fold is not None or place.line != 0:
            return Strip([Segment(" " * (len(self.presence) + 1), blank)])
        segments = []
        for v in self.presence:
            sign, status = presence_sign(self.view.comparison, place.row, v)
            segments.append(Segment(sign, self.looks.combo(_PRESENCE_NAMES[status])))
        segments.append(Segment(" ", blank))
        return Strip(segments)

    def _line(self, y: int, width: int) -> Strip:
        """Layout line y at this width, from the gutter on."""
        layout = self.row_layout
        if layout is not None and self.version not in layout.widths:
            layout = None  # shown another version; its layout is on the way
        place = layout.place(y) if layout is not None else None
        if place is None or layout is None:
            return Strip([Segment(" " * width, self.looks.combo(()))], width)
        if place.gap:
            return Strip([Segment(" " * width, self.looks.combo(()))], width)
        if place.fold is not None:
            return self._fold_line(layout.folds[place.fold].label, place.row, width)
        c = self.view.comparison
        row = c.rows[place.row]
        cell = row.cells[self.version]
        if not cell:
            if row.also and place.line == 0:
                return self._also_line(place.row, width)
            return self._blank(width)
        lines = layout.wrapped(place.row, self.version)
        if place.line >= len(lines):
            moved = layout.cell_words.moved_here(self.version).get(place.row, ())
            if place.line - len(lines) < len(moved):
                return self._moved_line(moved[place.line - len(lines)], place.row, width)
            return self._blank(width)
        furniture = c.boilerplate[self.version]
        boilerplate = furniture[cell[0]] and (len(cell) == 1 or all(furniture[k] for k in cell))
        base_names = _BASE_NAMES[row.status, boilerplate]
        base = self.looks.combo(base_names)
        gutter_style = self._gutter(place.row, row.status)
        sign = ROW_SIGNS[row.status] if place.line == 0 else " "
        if place.line == 0 and row.status == "moved" and self.version not in row.moved_in:
            sign = ">"
        review = self.view.marks.get(place.row, " ") if place.line == 0 else " "
        review_style = self.looks.combo(("pane--review",) if review != " " else ())
        segments = [Segment(sign, gutter_style), Segment(review, review_style)]
        text_segments, line = self._text_segments(lines[place.line], place.row, base_names)
        segments += text_segments
        used = GUTTER + len(line)
        if used < width:
            pad = " " * (width - used)
            last = segments[-1]
            if text_segments and last.style is base:  # one segment fewer for every step of the pipeline
                segments[-1] = Segment(last.text + pad, base)
            else:
                segments.append(Segment(pad, base))
        if line.isascii() and review.isascii():  # one cell a character: no need to measure
            return Strip(segments, max(used, width)).crop(0, width) if used > width else Strip(segments, width)
        strip = Strip(segments)
        return strip.crop(0, width) if strip.cell_length > width else strip

    def _also_line(self, row: int, width: int) -> Strip:
        """Where this version says the row in its sentence above or below (one sentence for two), a pointer to
        it; else blank."""
        c = self.view.comparison
        label = also_label(c, row, self.version)
        if label is None:
            return self._blank(width)
        style = self.looks.combo(("pane--fold",))
        strip = Strip([Segment("~", self._gutter(row)), Segment(" ", self.looks.combo(())), Segment(label, style)])
        return strip.adjust_cell_length(width, style)

    def _moved_line(self, moved_row: int, row: int, width: int) -> Strip:
        """Where a passage shown level with the base really stands in this version: a marker quoting it."""
        label = moved_label(self.view.comparison, moved_row, self.version)
        style = self.looks.combo(("pane--moved", "pane--fold"))
        strip = Strip([Segment(" ", self._gutter(row)), Segment(" ", self.looks.combo(())), Segment(label, style)])
        return strip.adjust_cell_length(width, style).crop(0, width)

    def _fold_line(self, label: str, row: int, width: int) -> Strip:
        style = self.looks.combo(("pane--fold",))
        strip = Strip([Segment("⋯", self._gutter(row)), Segment(" ", self.looks.combo(())), Segment(label, style)])
        return strip.adjust_cell_length(width, style)

    def _gutter(self, row: int, status: str = "same") -> Style:
        """The gutter's style on a row: its sign coloured by the row's status (a sign reads in 16 colours,
        where a row's tint may not), reversed where the cursor is."""
        return self.looks.combo(_GUTTER_NAMES[status, row == self.view.cursor_row])

    def _text_segments(
        self, words: tuple[tuple[int, int], ...], row_index: int, base: tuple[str, ...]
    ) -> tuple[list[Segment], str]:
        """The segments of a screen line of text, and the line as drawn."""
        if not words:
            return [], ""
        text = self.view.comparison.versions[self.version].text
        marks = self.view.line_marks(row_index, self.version, words[0][0], words[-1][1])
        line = visible(" ".join([text[s:e] for s, e in words]), newlines=False)
        if not marks:
            return [Segment(line, self.looks.combo(base))], line  # the common case: one segment for all of the line
        return [Segment(line[a:b], self.looks.combo(base + names)) for a, b, names in line_pieces(words, marks)], line
