"""Word-level differences inside a row, and how many words two cells share."""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.normalise import placed_words, word_spans

Span = tuple[int, int]
Word = tuple[int, int, str]


def cell_words(text: str, spans: Sequence[Span], folded: Sequence[list[str]] | None = None) -> list[Word]:
    """The words of a cell (one or more sentence spans) with their positions in the text; `folded`, each
    sentence's folded words where they are known (`normalise.placed_words`)."""
    out: list[Word] = []
    for n, (start, end) in enumerate(spans):
        out.extend(word_spans(text, start, end) if folded is None else placed_words(text, start, end, folded[n]))
    return out


def _runs(words: Sequence[Word], ranges: Sequence[tuple[int, int]]) -> list[Span]:
    """Character spans covering each run of word indices [i1, i2)."""
    return [(words[i1][0], words[i2 - 1][1]) for i1, i2 in ranges if i2 > i1]


def diff_words(ref: Sequence[Word], other: Sequence[Word]) -> tuple[list[Span], list[Span]]:
    """Spans of the words that differ: (in the reference cell, in the other cell). The words kept are a
    longest common subsequence of the two (rapidfuzz's Indel opcodes, in C++: several times faster than
    difflib's matcher on a long text's hundreds of thousands of rows, and never marking more words)."""
    from rapidfuzz.distance import Indel  # loaded with the alignment (see `shared_words`)

    ref_ranges, other_ranges = [], []
    for op in Indel.opcodes([w[2] for w in ref], [w[2] for w in other]):
        if op.tag != "equal":
            ref_ranges.append((op.src_start, op.src_end))
            other_ranges.append((op.dest_start, op.dest_end))
    return _runs(ref, ref_ranges), _runs(other, other_ranges)


def shared_words(a: Sequence[str], b: Sequence[str]) -> int:
    """How many of a's words have a counterpart in b, in order: their longest common subsequence, from
    rapidfuzz's Indel distance (insertions and deletions only), in C++."""
    from rapidfuzz.distance import Indel  # loaded with the alignment; not before, so it can load meanwhile

    return (len(a) + len(b) - Indel.distance(a, b)) // 2


def merge_spans(spans: Sequence[Span]) -> list[Span]:
    """Sorted, overlapping spans joined."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def row_diffs(
    words: dict[int, list[Word]], ref: int, versions: int
) -> tuple[tuple[tuple[Span, ...], ...], tuple[tuple[int, tuple[Span, ...]], ...]]:
    """A row's marked words, from each present version's words (`words`, by version): per version the spans
    that differ from the reference cell (for the reference: from any), and for each other version the
    reference's spans that differ from it."""
    out: list[list[Span]] = [[] for _ in range(versions)]
    per_version: list[tuple[int, tuple[Span, ...]]] = []
    for v, mine in words.items():
        if v == ref:
            continue
        ref_spans, other_spans = diff_words(words[ref], mine)
        per_version.append((v, tuple(merge_spans(ref_spans))))
        out[ref].extend(ref_spans)
        out[v] = other_spans
    return tuple(tuple(merge_spans(d)) for d in out), tuple(per_version)
