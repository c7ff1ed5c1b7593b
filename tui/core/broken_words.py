"""Words broken at a line's end on a page ("1,200 mil-\nlion"), joined for reading figures: the figure scanner
reads the joined text, and the spans it finds are mapped back to the text as the user has it."""

from __future__ import annotations

import re
from bisect import bisect_right

from tui.core.segment import Sentence

BROKEN = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[a-z])")
"""A hyphen ending a line inside a word that the next line goes on with in lower case ("govern-" / "ment")."""


class Joined:
    """A text with its broken words joined, and how its offsets map to the text's."""

    __slots__ = ("cuts", "removed", "starts", "text")

    def __init__(self, text: str, cuts: list[int], removed: list[int]) -> None:
        self.text = text
        self.cuts = cuts
        """Offsets in the joined text where characters were taken out, in order."""
        self.removed = removed
        """How many characters were taken out up to and including each cut."""
        self.starts = [c + (removed[k - 1] if k else 0) for k, c in enumerate(cuts)]
        """Where each cut's characters start in the text as written."""

    def original(self, at: int) -> int:
        """The offset in the text as written of the joined text's offset `at`."""
        k = bisect_right(self.cuts, at)
        return at + (self.removed[k - 1] if k else 0)

    def joined(self, at: int) -> int:
        """The joined text's offset of the written text's offset `at` (inside a cut: where the cut is)."""
        k = bisect_right(self.starts, at) - 1
        return at if k < 0 else max(self.cuts[k], at - self.removed[k])

    def sentence(self, s: Sentence) -> Sentence:
        return Sentence(self.joined(s.start), self.joined(s.end), s.paragraph, s.kind)


def join_broken(text: str) -> Joined | None:
    """The text with its broken words joined, or None where it has none (most texts)."""
    if "-\n" not in text:
        return None
    parts: list[str] = []
    cuts: list[int] = []
    removed: list[int] = []
    pos = total = 0
    for m in BROKEN.finditer(text):
        parts.append(text[pos : m.start()])
        total += m.end() - m.start()
        cuts.append(m.start() - (total - (m.end() - m.start())))
        removed.append(total)
        pos = m.end()
    if not cuts:
        return None
    parts.append(text[pos:])
    return Joined("".join(parts), cuts, removed)
