"""Word-level differences inside a row, and how many words two cells share."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from tui.core.normalise import word_spans

Span = tuple[int, int]
Word = tuple[int, int, str]


def cell_words(text: str, spans: Sequence[Span]) -> list[Word]:
    """The words of a cell (one or more sentence spans) with their positions in the text."""
    out: list[Word] = []
    for start, end in spans:
        out.extend(word_spans(text, start, end))
    return out


def _runs(words: Sequence[Word], ranges: Sequence[tuple[int, int]]) -> list[Span]:
    """Character spans covering each run of word indices [i1, i2)."""
    return [(words[i1][0], words[i2 - 1][1]) for i1, i2 in ranges if i2 > i1]


def diff_words(ref: Sequence[Word], other: Sequence[Word]) -> tuple[list[Span], list[Span]]:
    """Spans of the words that differ: (in the reference cell, in the other cell)."""
    matcher = SequenceMatcher(None, [w[2] for w in ref], [w[2] for w in other], autojunk=False)
    ref_ranges, other_ranges = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            ref_ranges.append((i1, i2))
            other_ranges.append((j1, j2))
    return _runs(ref, ref_ranges), _runs(other, other_ranges)


def shared_words(a: Sequence[str], b: Sequence[str]) -> int:
    """How many of a's words have a counterpart in b, in order."""
    if list(a) == list(b):
        return len(a)
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Sorted, overlapping spans joined."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
