"""Grouping figures into facts across versions, and whether the versions agree.

The tolerance rules live here, in `interval` and `relation`:
- a qualifier widens what a figure claims: about/around/approximately/some/estimated allow 10% either
  way; nearly/almost mean up to 15% below; over/more than/at least mean anything above; up to/less
  than/under mean anything below; a range means its two ends;
- a large round number (1,000 and up) may be a rounding of a more precise one: 60,000 covers 55,000 to
  65,000 (at most 10% either way);
- two figures agree when their values are equal (within 0.5%, after unit conversion), are approximately
  consistent ("approx") when the value one states lies within what the other's wording allows, and
  conflict otherwise (so "some 59,000" and "an estimated 70,000" conflict: 10% either way is not 20%);
- a conversion in brackets ("(531 square miles)") shares its main figure's status.
A fact's status is its worst figure's (conflict > approx > agree), "single" when one version states it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from tui.core.claims import Fact, Figure
from tui.core.figures import STOPWORDS
from tui.core.units import UNIT_PATTERN, dimension

QUALIFIER_CLASS = {
    "about": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    "some": "approx",
    "estimated": "approx",
    "close to": "approx",
    "circa": "approx",
    "nearly": "near_below",
    "almost": "near_below",
    "just under": "near_below",
    "over": "above",
    "more than": "above",
    "more then": "above",
    "at least": "above",
    "above": "above",
    "upwards of": "above",
    "just over": "above",
    "no fewer than": "above",
    "up to": "below",
    "less than": "below",
    "fewer than": "below",
    "under": "below",
    "below": "below",
    "at most": "below",
    "no more than": "below",
    "as many as": "below",
}
APPROX_TOLERANCE = 0.10
NEAR_BELOW_TOLERANCE = 0.15
EQUAL_TOLERANCE = 0.005
ROUNDING_MAX = 0.10
GROUP_THRESHOLD = 0.45
"""Least score for a figure to join a fact stated by other versions (see `pair_score`)."""
SECOND_PASS_THRESHOLD = 0.2
"""Least score for a leftover figure to join its mutual-best fact, in versions that share facts already."""
SECOND_PASS_RATIO = {"count": 1.5, "percent": 3.0, "money": 3.0, "quantity": 20.0}
"""How far apart the values of a leftover figure and its fact may be, by kind, for the second pass."""
MAX_CANDIDATES = 40
"""Above this many facts with the same unit, a figure is compared only with those near it or of its value."""
LONG_TEXT_ROWS = 400
"""In a comparison with more rows than this (a report, not an article), a figure is compared only with facts
near it or of its value: far apart, a shared unit and common words are chance, not the same claim."""
NEAR_ROWS = 8
"""How many rows either side count as near (moved passages are found by equal value instead)."""
_NOT_PLACED: tuple[None, int] = (None, -1)
_STATUSES = ("agree", "approx", "conflict")
"""A figure's possible statuses in a fact stated by several versions, from best to worst."""
_STATUS_RANK = {status: rank for rank, status in enumerate(_STATUSES)}


def _base_value(fig: Figure, value: float) -> float:
    dim = dimension(fig.unit) if fig.kind == "quantity" else None
    if fig.unit == "cents":
        return value / 100
    return value * dim[1] if dim else value


def interval(fig: Figure) -> tuple[float, float]:
    """The range of true values a figure's wording allows, in its dimension's base unit."""
    v = fig.value or 0.0
    lo, hi = v, fig.value_max if fig.value_max is not None else v
    cls = QUALIFIER_CLASS.get(fig.qualifier or "")
    if fig.value_max is None and v >= 1000 and float(v).is_integer():
        zeros = len(str(int(v))) - len(str(int(v)).rstrip("0"))
        slack = min(10**zeros / 2, ROUNDING_MAX * v)
        lo, hi = v - slack, v + slack
    if cls == "approx":
        lo, hi = min(lo, v * (1 - APPROX_TOLERANCE)), max(hi, v * (1 + APPROX_TOLERANCE))
    elif cls == "near_below":
        lo, hi = v * (1 - NEAR_BELOW_TOLERANCE), max(v, min(hi, v))
    elif cls == "above":
        lo, hi = v, math.inf
    elif cls == "below":
        lo, hi = 0.0, hi
    return _base_value(fig, lo), _base_value(fig, hi) if hi != math.inf else math.inf


def _equal(a: float, b: float) -> bool:
    return abs(a - b) <= EQUAL_TOLERANCE * max(abs(a), abs(b), 1e-9)


def relation(ref: Figure, fig: Figure) -> str:
    """agree, approx or conflict: how `fig` stands against the fact's reference figure."""
    if (
        ref.value == fig.value
        and ref.unit == fig.unit
        and ref.qualifier == fig.qualifier
        and ref.value_max == fig.value_max
        and ref.kind == fig.kind
        and ref.iso == fig.iso
        and (ref.value is not None or ref.kind == "date")
    ):
        return "agree"  # the same statement: the common case, decided without working out intervals
    if ref.kind == "date" or fig.kind == "date":
        return "agree" if ref.iso == fig.iso else ("approx" if _date_compatible(ref, fig) else "conflict")
    if ref.value is None or fig.value is None:
        return "conflict"
    a = _base_value(ref, ref.value), _base_value(ref, ref.value_max) if ref.value_max is not None else None
    b = _base_value(fig, fig.value), _base_value(fig, fig.value_max) if fig.value_max is not None else None
    same_value = _equal(a[0], b[0]) and ((a[1] is None) == (b[1] is None)) and (a[1] is None or _equal(a[1], b[1]))
    qa, qb = QUALIFIER_CLASS.get(ref.qualifier or ""), QUALIFIER_CLASS.get(fig.qualifier or "")
    if same_value and (qa == qb or (None in (qa, qb) and "approx" in (qa, qb))):
        return "agree"
    if _within(_stated(ref), interval(fig)) or _within(_stated(fig), interval(ref)):
        return "approx"
    return "conflict"


def _stated(fig: Figure) -> tuple[float, float]:
    v = fig.value or 0.0
    return _base_value(fig, v), _base_value(fig, fig.value_max if fig.value_max is not None else v)


def _within(point: tuple[float, float], span: tuple[float, float]) -> bool:
    """Whether a stated value (or range) meets an allowed interval."""
    lo, hi = span
    return point[0] <= hi * (1 + EQUAL_TOLERANCE) and lo <= point[1] * (1 + EQUAL_TOLERANCE)


def _date_compatible(a: Figure, b: Figure) -> bool:
    pa, pb = (a.iso or "").split("-"), (b.iso or "").split("-")
    return all(x == y or not x or not y for x, y in zip(pa, pb, strict=False))


def _compatible(a: Figure, b: Figure) -> bool:
    if a.kind != b.kind:
        return False
    if a.unit_key == b.unit_key:
        return True
    return a.kind == "count" and "n:" in (a.unit_key, b.unit_key)


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _closeness(a: Figure, b: Figure) -> float:
    """1 for equal values, falling to 0 at a factor of ten apart."""
    if not a.value or not b.value or a.value <= 0 or b.value <= 0:
        return 0.0
    ratio = _base_value(a, a.value) / _base_value(b, b.value)
    return max(0.0, 1 - abs(math.log10(ratio)))


def _open_ended(f: Figure) -> bool:
    return QUALIFIER_CLASS.get(f.qualifier or "") in ("above", "below")


def pair_score(a: Figure, b: Figure, same_row: bool) -> float:
    """How likely two figures of different versions state the same fact (0 to about 1.5).

    Evidence: sentences aligned in one row; values that agree or are consistent; shared context words;
    and how specific the unit is (square kilometres are rarer than a count of troops).
    """
    if not _compatible(a, b):
        return -1.0
    score = 0.45 if same_row else 0.0
    rel = relation(a, b)
    closeness = _closeness(a, b)
    if rel == "agree":
        score += 0.45
    elif rel == "approx" and not (_open_ended(a) or _open_ended(b)):
        score += 0.4 * closeness
    elif rel == "approx":
        score += 0.15 + 0.15 * closeness
    else:
        score += 0.15 * closeness
    score += 0.5 * _dice(a.ctx_words, b.ctx_words)
    if a.kind == "quantity":
        score += 0.15
    elif a.kind in ("percent", "money"):
        score += 0.1
    elif a.kind == "count" and a.unit_key == b.unit_key and a.unit_key != "n:":
        score += 0.05
    if a.unit_key != b.unit_key:
        score -= 0.1
    if a.kind == "date" and not same_row:
        score -= 0.25
    return score


def _label(fig: Figure, text: str, sentence_start: int, sentence_end: int) -> str:
    unit = _LABEL_UNIT.get(fig.kind) or fig.unit or fig.kind
    before = _label_words(text[max(sentence_start, fig.start - 60) : fig.start], last=True)
    after = _label_words(text[fig.end : min(sentence_end, fig.end + 60)], last=False)
    pick = list(islice((w for w in before + after if _is_label_word(w, fig.unit)), 4))
    return f"{unit} · {' '.join(pick)}" if pick else unit


_LABEL_UNIT = {"date": "date", "ratio": "share"}
"""What a fact's label calls its unit, by kind, where not the unit itself (a count without a noun: "count")."""
_LABEL_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _label_words(chunk: str, last: bool) -> list[str]:
    """The last (or first) five words of `chunk` as `_LABEL_WORD` finds them; a word of plain letters is taken
    without the pattern."""
    tokens = chunk.split()
    ends = tokens[-5:] if last else tokens[:5]
    joined = "".join(ends)
    if joined.isascii() and joined.isalpha():
        return ends  # the common case: five (or fewer) words of plain letters
    out: list[str] = []
    for token in reversed(tokens) if last else tokens:
        if token.isascii() and token.isalpha():
            words = [token]
        else:
            words = _LABEL_WORD.findall(token)
            if last:
                words.reverse()
        out += words
        if len(out) >= 5:
            break
    del out[5:]
    if last:
        out.reverse()
    return out


@lru_cache(maxsize=65536)
def _is_label_word(word: str, unit: str) -> bool:
    """Whether a word near a figure says what it counts: not a stop word, nor a word of its unit, nor a unit."""
    lw = word.lower()
    return lw not in STOPWORDS and lw not in unit.lower().split() and UNIT_PATTERN.fullmatch(word) is None


def group_facts(
    figures: Sequence[Figure],
    row_of: Sequence[Sequence[int]],
    base: int,
    n_versions: int,
    texts: Sequence[str] | None = None,
    spans: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> tuple[list[Figure], list[Fact]]:
    """Assign every figure (but those in boilerplate) to a fact; set figure and fact statuses.

    The figures are the comparison's own, just made: each gets its `fact` and `status` in place (a copy of
    every figure cost as much as the rest of this last step)."""
    figs = list(figures)
    groups: list[list[int]] = []
    order = [base, *(v for v in range(n_versions) if v != base)]
    by_version: dict[int, list[int]] = {v: [] for v in range(n_versions)}
    for i, f in enumerate(figs):
        if not f.boilerplate and f.converts is None and not (f.kind == "date" and f.unit == "published"):
            by_version[f.version].append(i)

    rows = [row_of[f.version][f.sentence] for f in figs]
    row = rows.__getitem__

    def best_score(i: int, members: list[int]) -> float:
        others = [m for m in members if figs[m].version != figs[i].version]
        if not others or any(figs[m].version == figs[i].version for m in members):
            return -1.0
        return max(pair_score(figs[i], figs[m], row(i) == row(m)) for m in others)

    by_row: dict[int, set[int]] = {}
    rows_with_groups: list[int] = []
    """The keys of by_row, sorted: nearby rows are found by bisection, not by trying every row number."""
    by_value: dict[tuple[str, float | None], set[int]] = {}
    twins: dict[tuple[int, str, float | None], list[int]] = {}
    group_key: list[str] = []
    """Each fact's unit key (its first figure's)."""

    def compatible(f: Figure, key: str) -> bool:
        if key == f.unit_key:
            return True
        return f.kind == "count" and (key == "n:" or (f.unit_key == "n:" and key.startswith("n:")))

    long_text = max((max(rows, default=0) for rows in row_of), default=0) >= LONG_TEXT_ROWS

    def candidates(i: int) -> list[int]:
        """Facts to score a figure against: all compatible ones in a short text; in a long one (or with too
        many compatible facts) only those in nearby rows or stating the same value."""
        f = figs[i]
        if not long_text:
            found = [g for g, key in enumerate(group_key) if compatible(f, key)]
            if len(found) <= MAX_CANDIDATES:
                return found
        here = row(i)
        near: set[int] = set(by_value.get((f.unit_key, f.value), ()))
        lo = bisect_left(rows_with_groups, here - NEAR_ROWS)
        hi = bisect_right(rows_with_groups, here + NEAR_ROWS)
        for r in rows_with_groups[lo:hi]:
            near |= by_row[r]
        return [g for g in near if compatible(f, group_key[g])]

    def join(g: int, i: int) -> None:
        groups[g].append(i)
        exact.setdefault(exact_key[i], (g, i))
        r = rows[i]
        here = by_row.get(r)
        if here is None:
            here = by_row[r] = set()
            insort(rows_with_groups, r)
        here.add(g)
        value_key = (figs[i].unit_key, figs[i].value)
        same_value = by_value.get(value_key)
        if same_value is None:
            same_value = by_value[value_key] = set()
        same_value.add(g)

    def new_group(i: int) -> int:
        groups.append([])
        group_key.append(figs[i].unit_key)
        g = len(groups) - 1
        join(g, i)
        return g

    # The same figure text in the same row (its k-th time there) is the same claim: placed without scoring,
    # which is most figures when versions share most sentences.
    seen_text: dict[tuple[int, int, str], int] = {}
    exact_key: dict[int, tuple[int, str, int]] = {}
    for v in order:
        for i in by_version[v]:
            key = (v, row(i), figs[i].text)
            exact_key[i] = (key[1], key[2], seen_text.get(key, 0))
            seen_text[key] = seen_text.get(key, 0) + 1
    exact: dict[tuple[int, str, int], tuple[int, int]] = {}
    """(fact, figure) by the first figure placed with each (row, text, k-th time) key."""

    def same_claim(i: int, j: int, members: list[int]) -> bool:
        """Figure i and j have the same text in the same row, and the same unit and value, and i's version is
        not in the fact yet: `pair_score` would give at least the row's 0.45, so it need not be worked out."""
        f, o = figs[i], figs[j]
        return (
            f.unit_key == o.unit_key
            and f.kind == o.kind
            and f.value == o.value
            and all(figs[m].version != f.version for m in members)
        )

    for v in order:
        placed: dict[int, int] = {}
        taken: set[int] = set()
        twin_of_joined: set[int] = set()
        """Figures placed as the same claim as a figure already in the fact: same row, text, unit and value, so
        the fact is already indexed under all of them."""
        for i in by_version[v]:
            g, j = exact.get(exact_key[i], _NOT_PLACED)
            if g is None or g in taken:
                continue
            if same_claim(i, j, groups[g]):
                twin_of_joined.add(i)
            elif best_score(i, groups[g]) < GROUP_THRESHOLD:
                continue
            placed[i] = g
            taken.add(g)
        scores = (
            {
                (i, g): best_score(i, groups[g])
                for i in by_version[v]
                if i not in placed
                for g in set(candidates(i))
                if g not in taken
            }
            if groups
            else {}
        )  # the first version has no facts to join yet
        placed.update(_assign(scores, GROUP_THRESHOLD))
        taken = set(placed.values())
        if len(placed) >= 2:
            leftover = {
                (i, g): sc
                for (i, g), sc in scores.items()
                if i not in placed and g not in taken and _near_enough(figs[i], figs[groups[g][0]])
            }
            placed.update(_mutual_best(leftover, SECOND_PASS_THRESHOLD))
        for i in placed:
            twins.setdefault((v, figs[i].unit_key, figs[i].value), []).append(i)
        for i in by_version[v]:
            f = figs[i]
            twin_key = (f.version, f.unit_key, f.value)
            if i in twin_of_joined:
                groups[placed[i]].append(i)
                continue
            if i in placed:
                join(placed[i], i)
                continue
            else:
                twin = next((placed[j] for j in twins.get(twin_key, ()) if _is_twin(f, figs[j])), None)
                placed[i] = twin if twin is not None else new_group(i)
                if twin is not None:
                    join(twin, i)
                twins.setdefault(twin_key, []).append(i)
    fact_of: dict[int, int] = {}
    facts: list[Fact] = []
    rank = {v: n for n, v in enumerate(order)}
    for g, members in enumerate(groups):
        if len(members) > 1:
            members.sort(key=lambda i: (rank[figs[i].version], figs[i].start))
        for i in members:
            fact_of[i] = g
    for i, f in enumerate(figs):
        if f.converts is not None and f.converts in fact_of:
            groups[fact_of[f.converts]].append(i)
            fact_of[i] = fact_of[f.converts]
    for g, members in enumerate(groups):
        ref = figs[members[0]]
        several = len(members) > 1 and any(figs[i].version != ref.version for i in members)
        worst = 0
        for i in members:  # conversions come after their main figures and share their status
            f = figs[i]
            if not several:
                status = "single"
            elif f.converts is not None:
                status = figs[f.converts].status
            elif i == members[0]:
                status = "agree"
            else:
                status = relation(ref, f)
                worst = max(worst, _STATUS_RANK[status])
            f.fact, f.status = g, status
        label = ref.unit or ref.kind
        if texts is not None and spans is not None:
            s0, s1 = spans[ref.version][ref.sentence]
            label = _label(ref, texts[ref.version], s0, s1)
        status = _STATUSES[worst] if several else "single"
        facts.append(Fact(g, label, status, tuple(sorted(members)), ref.kind))
    return figs, facts


def _assign(scores: dict[tuple[int, int], float], threshold: float) -> dict[int, int]:
    """Greedy one-to-one assignment of figures to facts, best scores first."""
    placed: dict[int, int] = {}
    used: set[int] = set()
    for (i, g), sc in sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])):
        if sc < threshold:
            break
        if i not in placed and g not in used:
            placed[i] = g
            used.add(g)
    return placed


def _mutual_best(scores: dict[tuple[int, int], float], threshold: float) -> dict[int, int]:
    """Pairs (figure, fact) that are each other's best candidate, above the threshold."""
    best_of_fig: dict[int, tuple[float, int]] = {}
    best_of_fact: dict[int, tuple[float, int]] = {}
    for (i, g), sc in scores.items():
        if sc < threshold:
            continue
        if sc > best_of_fig.get(i, (-1.0, -1))[0]:
            best_of_fig[i] = (sc, g)
        if sc > best_of_fact.get(g, (-1.0, -1))[0]:
            best_of_fact[g] = (sc, i)
    return {i: g for i, (_sc, g) in best_of_fig.items() if best_of_fact[g][1] == i}


def _near_enough(f: Figure, ref: Figure) -> bool:
    if f.kind == "date" or f.unit_key != ref.unit_key or f.unit_key == "n:":
        return False
    limit = 1.5 if f.unit_key == "time" else SECOND_PASS_RATIO.get(f.kind, 1.5)
    closeness = _closeness(f, ref)
    return closeness > 0 and 10 ** (1 - closeness) <= limit


def _is_twin(f: Figure, o: Figure) -> bool:
    """A figure of the same version stating the same value in similar words (a headline and its body)."""
    return _compatible(f, o) and _dice(f.ctx_words, o.ctx_words) >= 0.3 and relation(o, f) in ("agree", "approx")
