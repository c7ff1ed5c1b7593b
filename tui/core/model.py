"""The comparison model: versions, sentences, aligned rows, word diffs, similarity, figures and facts."""

from __future__ import annotations

import json
from typing import Any

from tui.core.claims import Fact, Figure
from tui.core.load import Version
from tui.core.quotes import Quote
from tui.core.record import FrozenRecord, Record
from tui.core.segment import Sentence
from tui.core.worddiff import Span, merge_spans

SCHEMA = "versus.comparison/3"


class AlignedRow(Record):
    """One row of the alignment: each version's sentences in it, its status, and the words that differ.

    A value, never changed once made; not made read-only because that makes building one three times slower,
    and a long text has tens of thousands (see `Figure`).
    """

    __slots__ = ("cells", "status", "diffs", "moved_in", "reference", "reference_diffs", "also")
    cells: tuple[tuple[int, ...], ...]
    status: str
    diffs: tuple[tuple[Span, ...], ...]
    """Per version, the spans of its words that differ from the reference cell (for the reference: from any)."""
    moved_in: frozenset[int]
    reference: int
    """The version the others are compared with: the base when it has the row, else the first that does."""
    reference_diffs: tuple[tuple[int, tuple[Span, ...]], ...]
    """For each other version: the reference's words that differ from that version."""
    also: tuple[tuple[int, int], ...]
    """(version, sentence) of sentences shown in the row above or below that state this row too (a version
    that merged two sentences into one); not in `cells`, which hold each sentence once."""

    def __init__(
        self,
        cells: tuple[tuple[int, ...], ...],
        status: str,
        diffs: tuple[tuple[Span, ...], ...],
        moved_in: frozenset[int] = frozenset(),
        reference: int = 0,
        reference_diffs: tuple[tuple[int, tuple[Span, ...]], ...] = (),
        also: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.also = also
        self.cells = cells
        self.status = status
        self.diffs = diffs
        self.moved_in = moved_in
        self.reference = reference
        self.reference_diffs = reference_diffs

    def reference_spans(self, versions: frozenset[int] | set[int]) -> tuple[Span, ...]:
        """The reference's differing words against only some versions (those on screen)."""
        spans = [span for v, ss in self.reference_diffs if v in versions for span in ss]
        return tuple(merge_spans(spans))

    def present(self) -> list[int]:
        """The versions that have this row."""
        return [v for v, cell in enumerate(self.cells) if cell]

    def members(self) -> tuple[tuple[int, ...], ...]:
        """Each version's sentences that state this row: its cells and the sentences in `also`."""
        if not self.also:
            return self.cells
        cells = [list(cell) for cell in self.cells]
        for v, k in self.also:
            cells[v] = sorted([*cells[v], k])
        return tuple(map(tuple, cells))


class Comparison(FrozenRecord):
    """Everything Versus shows, computed once; the app, --json and the reports only read it."""

    __slots__ = (
        "versions", "sentences", "boilerplate", "rows", "base", "similarity", "figures", "facts", "threshold",
        "row_of", "word_counts", "times", "quotes", "folding",
    )  # fmt: skip
    versions: tuple[Version, ...]
    sentences: tuple[tuple[Sentence, ...], ...]
    boilerplate: tuple[tuple[bool, ...], ...]
    rows: tuple[AlignedRow, ...]
    base: int
    similarity: tuple[tuple[float, ...], ...]
    figures: tuple[Figure, ...]
    facts: tuple[Fact, ...]
    threshold: float
    row_of: tuple[tuple[int, ...], ...]
    """row_of[v][s]: the row holding sentence s of version v."""
    word_counts: tuple[int, ...]
    """Words in each version (as folded for comparison)."""
    times: tuple[int | None, ...]
    """Each version's place in time (0 the earliest, equal for one date), None where unknown (`dates`)."""
    quotes: tuple[Quote, ...]
    """Every version's quotations, in version and text order, grouped across versions (`quotes`)."""
    folding: frozenset[str]
    """The differences ignored in the rows' statuses and marked words (`normalise.FOLDINGS`; all by default,
    `folding.refold` makes the rows under fewer)."""

    def __init__(self, **fields: Any) -> None:
        """Made with every field named (as `ComparisonUnderWay.finish` does)."""
        if fields.keys() != set(self.__slots__):
            raise TypeError(f"Comparison needs the fields {', '.join(self.__slots__)}")
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def sentence_text(self, version: int, index: int) -> str:
        s = self.sentences[version][index]
        return self.versions[version].text[s.start : s.end]

    def word_count(self, version: int) -> int:
        return self.word_counts[version]

    def to_json(self) -> dict[str, Any]:
        """The model as `versus.comparison/3` JSON data: `json_text` writes the schema, once; this reads it."""
        from tui.core.json_text import comparison_json

        return json.loads(comparison_json(self))
