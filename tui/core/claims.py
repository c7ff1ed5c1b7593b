"""The values figures and facts are told in: a `Figure` as one version states it, a `Fact` as the versions
state it; and their packing as tuples, to cross from the child process that finds them.

They live apart from the modules that find and group them, so that a process which only receives them never
compiles those modules' patterns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.core.record import Record


class Figure(Record):
    """A figure as one version states it.

    A value: `extract_figures` builds it whole, `group_facts` gives a copy with its `fact` and `status`
    (`in_fact`), `moved` one found elsewhere; none is changed once made. Not made read-only because setting
    each field through `object.__setattr__` made building figures 8x slower, and long texts build thousands.
    The last two fields are neither compared nor shown (the last a cache of `ctx_words`).
    """

    __slots__ = (
        "version", "sentence", "start", "end", "text", "value", "value_max", "unit", "kind", "qualifier",
        "context", "unit_key", "iso", "converts", "status", "fact", "role", "boilerplate", "words_around",
        "_ctx_words",
    )  # fmt: skip
    _compared = -2
    version: int
    sentence: int
    start: int
    end: int
    text: str
    value: float | None
    value_max: float | None
    unit: str
    kind: str
    qualifier: str | None
    context: str
    unit_key: str
    """What must match for two figures to state the same thing: dimension, currency or noun class."""
    iso: str | None
    converts: int | None
    status: str
    fact: int | None
    role: tuple[str | None, str | None] | None
    """Its place in its claim as its sentence's words tell it, once in a fact: (the time it is of, what
    happened to what it counts), each a role class without its "~" ("before", "expected", "target"; "death",
    "injury", "missing", "evacuated", "arrested", "rescued", "aboard") or None (see `roles`)."""
    boilerplate: bool
    words_around: tuple[Sequence[str], str] | None
    """What `ctx_words` is made from when first asked for: the sentence's folded words, and the capitalised
    words of a counted noun's phrase ("North Korean")."""
    _ctx_words: frozenset[str] | None

    def __init__(
        self, version: int, sentence: int, start: int, end: int, text: str, value: float | None,
        value_max: float | None, unit: str, kind: str, qualifier: str | None, context: str, unit_key: str = "",
        iso: str | None = None, converts: int | None = None, status: str = "single", fact: int | None = None,
        boilerplate: bool = False, words_around: tuple[Sequence[str], str] | None = None,
        role: tuple[str | None, str | None] | None = None,
    ) -> None:  # fmt: skip
        self.version = version
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.value_max = value_max
        self.unit = unit
        self.kind = kind
        self.qualifier = qualifier
        self.context = context
        self.unit_key = unit_key
        self.iso = iso
        self.converts = converts
        self.status = status
        self.fact = fact
        self.role = role
        self.boilerplate = boilerplate
        self.words_around = words_around
        self._ctx_words = None

    @property
    def ctx_words(self) -> frozenset[str]:
        """The stems of the sentence's words that can tell figures apart (not stop words, numbers or the
        figure's own words). Made only when asked for: most figures are placed in facts without them."""
        if self._ctx_words is None:
            from tui.core.figure_context import context_words  # that module reads a Figure

            self._ctx_words = context_words(self)
        return self._ctx_words

    def moved(self, version: int, sentence: int, shift: int, converts_shift: int, boilerplate: bool) -> Figure:
        """The same figure found in the same sentence text elsewhere: offsets moved by `shift`."""
        converts = self.converts + converts_shift if self.converts is not None else None
        return Figure(
            version, sentence, self.start + shift, self.end + shift, self.text, self.value, self.value_max,
            self.unit, self.kind, self.qualifier, self.context, self.unit_key, self.iso, converts, self.status,
            self.fact, boilerplate, self.words_around, self.role,
        )  # fmt: skip

    def in_fact(self, fact: int, status: str, role: tuple[str | None, str | None] | None = None) -> Figure:
        """The same figure placed in a fact, with its status and its role there (`group_facts`)."""
        return Figure(
            self.version, self.sentence, self.start, self.end, self.text, self.value, self.value_max, self.unit,
            self.kind, self.qualifier, self.context, self.unit_key, self.iso, self.converts, status, fact,
            self.boilerplate, self.words_around, role,
        )  # fmt: skip


class Fact(Record):
    """One claim as the versions state it: its figures, a readable label and the overall status.

    A value, never changed once made; not made read-only because that makes building one three times slower
    (see `Figure`).
    """

    __slots__ = ("id", "label", "status", "figures", "kind", "in_time")
    id: int
    label: str
    status: str
    figures: tuple[int, ...]
    kind: str
    in_time: tuple[int, ...] | None
    """Its figures of the versions whose time is known, oldest first (None when fewer than two times)."""

    def __init__(
        self,
        id: int,
        label: str,
        status: str,
        figures: tuple[int, ...],
        kind: str,
        in_time: tuple[int, ...] | None = None,
    ) -> None:
        self.id = id
        self.label = label
        self.status = status
        self.figures = figures
        self.kind = kind
        self.in_time = in_time


Packed = tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]
"""Figures and facts as plain tuples (see `pack`)."""


def pack(figures: Sequence[Figure], facts: Sequence[Fact]) -> Packed:
    """Figures and facts as plain tuples, to send to another process: all but the words around each figure,
    which `unpack` takes again from the receiver's own folded words."""
    return (
        [
            (f.version, f.sentence, f.start, f.end, f.text, f.value, f.value_max, f.unit, f.kind, f.qualifier,
             f.context, f.unit_key, f.iso, f.converts, f.status, f.fact, f.boilerplate,
             f.words_around[1] if f.words_around else None, f.role)
            for f in figures
        ],
        [(f.id, f.label, f.status, f.figures, f.kind, f.in_time) for f in facts],
    )  # fmt: skip


def unpack(packed: Packed, folded: Sequence[Sequence[Sequence[str]]]) -> tuple[list[Figure], list[Fact]]:
    """The figures and facts `pack` packed; `folded` holds each version's sentences' folded words."""
    figures, facts = packed
    return (
        [
            Figure(version, sentence, start, end, text, value, value_max, unit, kind, qualifier, context, unit_key,
                   iso, converts, status, fact, boilerplate,
                   (folded[version][sentence], modifiers) if modifiers is not None else None, role)
            for (version, sentence, start, end, text, value, value_max, unit, kind, qualifier, context, unit_key,
                 iso, converts, status, fact, boilerplate, modifiers, role) in figures
        ],
        [Fact(*fact) for fact in facts],
    )  # fmt: skip
