"""What changed in each version: against the base, and, where versions are ordered in time, against the one
before it. Sentences added, removed, changed and moved; figures whose value changed, old and new; altered
quotations. Made from the comparison alone (rows, facts, quotations), for the app, the reports and JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tui.core.normalise import key
from tui.core.record import Record

if TYPE_CHECKING:
    from tui.core.model import Comparison


class Change(Record):
    """One version against another: counts of sentences by what happened to them (rows, one cell each),
    the figures whose value changed as (fact id, old figure, new figure, relation), and the quotation groups
    whose words differ between the two."""

    __slots__ = ("version", "against", "why", "added", "removed", "changed", "moved", "figures", "quotes")
    version: int
    against: int
    why: str
    """"base", or "previous" (the version before it in time)."""
    added: int
    removed: int
    changed: int
    moved: int
    figures: tuple[tuple[int, int, int, str], ...]
    quotes: tuple[int, ...]

    def __init__(
        self,
        version: int,
        against: int,
        why: str,
        counts: tuple[int, int, int, int],
        figures: tuple[tuple[int, int, int, str], ...],
        quotes: tuple[int, ...],
    ) -> None:
        self.version, self.against, self.why = version, against, why
        self.added, self.removed, self.changed, self.moved = counts
        self.figures, self.quotes = figures, quotes

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "against": self.against,
            "why": self.why,
            "added": self.added,
            "removed": self.removed,
            "changed": self.changed,
            "moved": self.moved,
            "figures": [{"fact": f, "old": a, "new": b, "relation": r} for f, a, b, r in self.figures],
            "quotes": list(self.quotes),
        }


class PairCounts(Record):
    """Two versions side by side, for the similarity matrix: the share of a's words found in b, rows both
    have (same, changed, moved), rows only one has, and the facts on which their figures conflict."""

    __slots__ = ("a", "b", "shared", "same", "changed", "moved", "only_a", "only_b", "conflicts")
    a: int
    b: int
    shared: float
    same: int
    changed: int
    moved: int
    only_a: int
    only_b: int
    conflicts: int

    def __init__(self, a: int, b: int, shared: float, rows: tuple[int, int, int, int, int], conflicts: int) -> None:
        self.a, self.b, self.shared = a, b, shared
        self.same, self.changed, self.moved, self.only_a, self.only_b = rows
        self.conflicts = conflicts


def pair_counts(c: Comparison, a: int, b: int) -> PairCounts:
    """How versions a and b compare (a's words in b, rows, conflicting facts)."""
    ch = against(c, b, a)
    both = sum(1 for row in c.rows if row.cells[a] and row.cells[b])
    conflicts = sum(1 for _f, _o, _n, how in ch.figures if how == "conflict")
    rows = (both - ch.changed - ch.moved, ch.changed, ch.moved, ch.removed, ch.added)
    return PairCounts(a, b, c.similarity[a][b], rows, conflicts)


def summarise(c: Comparison) -> list[Change]:
    """Each version but the base against the base; then each dated version against the one before it in
    time, where that one is not the base already."""
    out = [against(c, v, c.base, "base") for v in range(len(c.versions)) if v != c.base]
    for v, before in _previous(c.times).items():
        if before != c.base:
            out.append(against(c, v, before, "previous"))
    return out


def _previous(times: Sequence[int | None]) -> dict[int, int]:
    """Each version whose time is known -> the latest version strictly before it (the last given on ties)."""
    timed = sorted((t, v) for v, t in enumerate(times) if t is not None)
    out = {}
    for v_time, v in timed:
        earlier = [u for t, u in timed if t < v_time]
        if earlier:
            out[v] = earlier[-1]
    return out


def against(c: Comparison, v: int, ref: int, why: str = "pair") -> Change:
    """Version v against version ref (see `Change`)."""
    from tui.core.facts import relation  # here: the facts' rules load only when a summary is asked for

    added = removed = changed = moved = 0
    for row in c.rows:
        mine, theirs = row.cells[v], row.cells[ref]
        if mine and not theirs:
            added += 1
        elif theirs and not mine:
            removed += 1
        elif mine and theirs:
            if v in row.moved_in or ref in row.moved_in:
                moved += 1
            elif _differ(c, row, v, ref):
                changed += 1
    figures = []
    for fact in c.facts:
        new = [i for i in fact.figures if c.figures[i].version == v and c.figures[i].converts is None]
        old = [i for i in fact.figures if c.figures[i].version == ref and c.figures[i].converts is None]
        if new and old:
            found = relation(c.figures[old[0]], c.figures[new[0]])
            if found == "conflict" and c.figures[old[0]].status == c.figures[new[0]].status == "update":
                found = "update"  # neither conflicts with any figure: their difference is an update (`fact_status`)
            if found != "agree":
                figures.append((fact.id, old[0], new[0], found))
    groups_v = {q.group: q for q in c.quotes if q.version == v}
    groups_ref = {q.group: q for q in c.quotes if q.version == ref}
    quotes = tuple(
        g
        for g in sorted(groups_v.keys() & groups_ref.keys())
        if _words(c, groups_v[g]) != _words(c, groups_ref[g]) and (groups_v[g].altered or groups_ref[g].altered)
    )
    return Change(v, ref, why, (added, removed, changed, moved), tuple(figures), quotes)


def _differ(c: Comparison, row: Any, v: int, ref: int) -> bool:
    if row.status == "same":
        return False
    if ref == row.reference:
        return bool(row.diffs[v])
    return _cell_key(c, row, v) != _cell_key(c, row, ref)


def _cell_key(c: Comparison, row: Any, v: int) -> str:
    return key(" ".join(c.sentence_text(v, k) for k in row.cells[v]))


def _words(c: Comparison, q: Any) -> str:
    return key(q.words(c.versions[q.version].text))
