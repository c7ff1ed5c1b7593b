"""Whether the versions agree on a fact: the agree / approx / conflict rules, in one place.

- a qualifier widens what a figure claims: about/around/approximately/some/estimated allow 10% either
  way; nearly/almost mean up to 15% below; a bound reaches only values near it: over/more than/at least
  mean up to half as much again above, up to/less than/under/as many as down to half below (so "as many
  as 40,000" against "9,800" conflict); a range means its two ends;
- a number may be a rounding of a more precise one: a large round number (1,000 and up) covers half its
  last non-zero place ("60,000" covers 55,000 to 65,000, at most 10% either way), and a decimal covers
  half its last decimal place ("$2.7bn" covers 2.65 to 2.75, so "$2.72bn" is consistent and "52.85%"
  against "52.6%" is not); the ends are not included ("22,000" against "22,500" conflict); a share in words
  covers a tenth of itself either way ("a third" is 34%, not 40%);
- two figures agree when their values are equal (within 0.5%, after unit conversion), are approximately
  consistent ("approx") when the value one states lies within what the other's wording allows, and
  conflict otherwise (so "some 59,000" and "an estimated 70,000" conflict: 10% either way is not 20%);
- a conversion in brackets ("(531 square miles)") shares its main figure's status;
- when the versions are known in time order, a later version's different value of a count in progress
  (in either version) is an update, not a conflict (a toll that rises from 16 to 36 across updates), and
  so is a person's age a year or two higher; an undated version that states a dated time's value is of
  that time for the fact (a copy of the update; of the later, where two dated times state it).
A fact's status is the worst relation between two of its figures from different versions (conflict >
update > approx > agree), "single" when one version states it. Which figures form a fact is `grouping`'s work.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence

from tui.core.claims import Figure
from tui.core.figure_qualifiers import PAST_VERBS
from tui.core.units import in_base_unit

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
    "exceeding": "above",
    "exceeds": "above",
    "exceeded": "above",
    "topped": "above",
    "tops": "above",
    "surpassed": "above",
    "surpasses": "above",
    "passes": "above",
    "passed": "above",
    "crosses": "above",
    "crossed": "above",
    **dict.fromkeys(PAST_VERBS, "above"),
    "in excess of": "above",
    "up to": "below",
    "less than": "below",
    "fewer than": "below",
    "under": "below",
    "below": "below",
    "at most": "below",
    "no more than": "below",
    "as many as": "below",
    "as much as": "below",
    "as high as": "below",
    "as warm as": "below",
    "as hot as": "below",
    "as deep as": "below",
    "as far as": "below",
}
APPROX_TOLERANCE = 0.10
NEAR_BELOW_TOLERANCE = 0.15
BOUND_REACH = 0.5
"""How far a bound reaches: "more than 100" allows up to 150, "up to 100" down to 50."""
EQUAL_TOLERANCE = 0.005
ROUNDING_MAX = 0.10
ROUNDING_REACH = 0.9
"""The share of a rounding's half place a figure's interval takes: less than all of it, so that the tolerance of
equal values (`EQUAL_TOLERANCE`) never carries it to the next round number ("22,000" against "22,500")."""
RATIO_ROUNDING = 0.1
"""How much of its value a share in words may be a rounding of ("a third" for 34%, "half" for 48%)."""
STATUSES = ("agree", "approx", "update", "conflict")
"""A figure's possible statuses in a fact stated by several versions, from best to worst. "update": the values
differ, but a later version states the later value of a count in progress (see `fact_status`)."""
_STATUS_RANK = {status: rank for rank, status in enumerate(STATUSES)}


def _base_value(fig: Figure, value: float) -> float:
    if fig.unit_key == "cents":  # "7.27 cents", "7.27 cents a share"
        return value / 100
    if fig.kind == "ratio":  # "a third" against "31%": shares in percent
        return value * 100
    return in_base_unit(fig.unit, value) if fig.kind == "quantity" else value


def rounding(fig: Figure) -> float:
    """Half the last place a figure's number is written to, where it may be a rounding (0 where exact)."""
    v = fig.value or 0.0
    if fig.value_max is not None or fig.kind == "date":
        return 0.0
    if fig.kind == "ratio":  # "a third", "one in five": a share in words is said to the nearest simple fraction
        return v * RATIO_ROUNDING
    if v >= 1000 and float(v).is_integer():
        digits = str(int(v))
        zeros = len(digits) - len(digits.rstrip("0"))
        return min(10**zeros / 2, ROUNDING_MAX * v) if zeros else 0.0
    m = _WRITTEN.search(fig.text)
    if m and v:
        written = float(m.group(1).replace(",", ""))
        if written and m.group(2):  # the scale word ("billion") multiplies the place too
            return v / written * 0.5 * 10.0 ** -len(m.group(2))
        if written and fig.kind != "count":  # "3%" may round 3.1%, "a magnitude 7" a 6.9; a count is whole
            return v / written * 0.5
    return 0.0


_WRITTEN = re.compile(r"(\d[\d,]*\.(\d+)|\d[\d,]*)")


def interval(fig: Figure) -> tuple[float, float]:
    """The range of true values a figure's wording allows, in its dimension's base unit (open at a rounding's
    ends: see the module)."""
    v = fig.value or 0.0
    lo, hi = v, fig.value_max if fig.value_max is not None else v
    cls = QUALIFIER_CLASS.get(fig.qualifier or "")
    slack = rounding(fig) * ROUNDING_REACH
    lo, hi = lo - slack, hi + slack
    if cls == "approx":
        lo, hi = min(lo, v * (1 - APPROX_TOLERANCE)), max(hi, v * (1 + APPROX_TOLERANCE))
    elif cls == "near_below":
        lo, hi = v * (1 - NEAR_BELOW_TOLERANCE), max(v, min(hi, v))
    elif cls == "above":
        lo, hi = v, v * (1 + BOUND_REACH)
    elif cls == "below":
        lo, hi = (fig.value_max if fig.value_max is not None else v) * (1 - BOUND_REACH), hi
    return _base_value(fig, lo), _base_value(fig, hi)


def _equal(a: float, b: float, tolerance: float = EQUAL_TOLERANCE) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def _tolerance(a: Figure, b: Figure) -> float:
    """How far apart equal values may be: 0.5% between units (a conversion rounds), nothing in one unit."""
    return EQUAL_TOLERANCE if a.unit != b.unit else 1e-9


def relation(ref: Figure, fig: Figure) -> str:
    """agree, approx or conflict: how two figures of one fact stand to each other."""
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
    tol = _tolerance(ref, fig)
    same_value = (
        _equal(a[0], b[0], tol) and ((a[1] is None) == (b[1] is None)) and (a[1] is None or _equal(a[1], b[1], tol))
    )
    qa, qb = QUALIFIER_CLASS.get(ref.qualifier or ""), QUALIFIER_CLASS.get(fig.qualifier or "")
    if same_value and (qa == qb or (None in (qa, qb) and "approx" in (qa, qb))):
        return "agree"
    if _within(_stated(ref), interval(fig), tol) or _within(_stated(fig), interval(ref), tol):
        return "approx"
    return "conflict"


def same_value(a: Figure, b: Figure) -> bool:
    """Whether two figures state one value (their qualifiers aside), after unit conversion."""
    if a.kind == "date" or b.kind == "date":
        return a.iso == b.iso
    if a.value is None or b.value is None:
        return False
    tol = _tolerance(a, b)
    low = _equal(_base_value(a, a.value), _base_value(b, b.value), tol)
    high = (a.value_max is None) == (b.value_max is None) and (
        a.value_max is None or _equal(_base_value(a, a.value_max), _base_value(b, b.value_max or 0.0), tol)
    )
    return low and high


def fact_status(
    figures: Sequence[Figure],
    times: Sequence[int | None] = (),
    in_progress: Callable[[Figure], bool] | None = None,
) -> tuple[str, list[str]]:
    """A fact's status and each of its figures' (their worst relation to a figure of another version).

    With the versions' places in time (`times`, by version; None where unknown), two values that conflict
    are an update instead when one version is later than the other and either figure is `in_progress` (its
    sentence speaks of the present or of a count still moving: a toll, "so far", "rose to"; a river that
    "rose to 6.8 metres" and later "peaked at 7.1 metres"). Versions of one time, or of unknown times, that
    differ still conflict."""
    if len({f.version for f in figures}) < 2:
        return "single", ["single"] * len(figures)
    worst = [0] * len(figures)
    placed = _times_of(figures, times) if in_progress is not None else []
    if in_progress is not None:
        in_progress = _restated_progress(figures, in_progress)
    for n, a in enumerate(figures):
        for m in range(n + 1, len(figures)):
            b = figures[m]
            if a.version != b.version:
                found = relation(a, b)
                if (
                    found == "conflict"
                    and in_progress is not None
                    and (_moving_across_time(placed[n], placed[m], in_progress) or _aged(a, b, placed[n], placed[m]))
                ):
                    found = "update"
                rank = _STATUS_RANK[found]
                worst[n], worst[m] = max(worst[n], rank), max(worst[m], rank)
    return STATUSES[max(worst)], [STATUSES[w] for w in worst]


def _restated_progress(figures: Sequence[Figure], in_progress: Callable[[Figure], bool]) -> Callable[[Figure], bool]:
    """`in_progress`, and also true of a figure its own version states elsewhere in progress at the same value:
    a headline's "back $4.3 billion takeover" over "a deal now worth $4.3 billion"."""
    moving = [f for f in figures if in_progress(f)]
    restated = {
        id(f)
        for f in figures
        if any(g.version == f.version and g is not f and relation(f, g) == "agree" for g in moving)
    }
    return lambda f: id(f) in restated or in_progress(f)


_Placed = tuple[float | None, Sequence[Figure]]
"""A figure's place in time, and the figures of that time it stands for (itself where its version is dated)."""


def _times_of(figures: Sequence[Figure], times: Sequence[int | None]) -> list[_Placed]:
    """Each figure's place in time: its version's, or for a version of unknown time, the latest time of the
    dated versions whose figures of this fact its value is consistent with (a copy of an update states the
    update's values: of that time, for this fact, and in progress where they are; a value two times share
    stood until the later); else unknown."""
    of = [times[f.version] if f.version < len(times) else None for f in figures]
    out: list[_Placed] = [(t, (f,)) for t, f in zip(of, figures, strict=True)]
    if len({t for t in of if t is not None}) < 2:
        return out
    for n, f in enumerate(figures):
        if of[n] is None:
            like = [m for m, g in enumerate(figures) if of[m] is not None and relation(f, g) != "conflict"]
            at = {of[m] for m in like}
            if at:
                out[n] = (max(at), [figures[m] for m in like])
            else:
                between = _between_times(f, figures, of) if not like else None
                out[n] = (between, (f,)) if between is not None else (None, ())
    return out


def _between_times(f: Figure, figures: Sequence[Figure], of: Sequence[int | None]) -> float | None:
    """Where an undated figure stands in time when its value lies between the values of two consecutive dated
    times of a count that only grows (or only falls) in time: "14 dead" on Tuesday, "31" on Thursday, and an
    undated "27 people killed" was told between them. None otherwise."""
    if f.value is None:
        return None
    by_time: dict[int, list[float]] = {}
    for g, t in zip(figures, of, strict=True):
        if t is not None and g.value is not None:
            by_time.setdefault(t, []).append(_base_value(g, g.value))
    ordered = sorted(by_time.items())
    spans = [(min(vs), max(vs)) for _t, vs in ordered]
    rising = all(hi < lo2 for (_lo, hi), (lo2, _hi) in itertools.pairwise(spans))
    falling = all(lo > hi2 for (lo, _hi), (_lo2, hi2) in itertools.pairwise(spans))
    if not (rising or falling):
        return None
    value = _base_value(f, f.value)
    for (t, _), (t2, _), (lo, hi), (lo2, hi2) in zip(ordered, ordered[1:], spans, spans[1:], strict=False):
        if (rising and hi < value < lo2) or (falling and hi2 < value < lo):
            return (t + t2) / 2
    return None


def _moving_across_time(a: _Placed, b: _Placed, in_progress: Callable[[Figure], bool]) -> bool:
    """Whether two figures stand at different times and either's sentence says its value is moving."""
    (ta, fa), (tb, fb) = a, b
    if ta is None or tb is None or ta == tb:
        return False
    return any(map(in_progress, fa)) or any(map(in_progress, fb))


AGED_YEARS = 2
"""How many years older a later version may make a person for its age to be an update: a birthday between."""


def _aged(a: Figure, b: Figure, pa: _Placed, pb: _Placed) -> bool:
    """Whether the later of two versions gives a person's age a year or two higher (58, then 59 at the appeal)."""
    if a.unit_key != "age" or b.unit_key != "age" or pa[0] is None or pb[0] is None or pa[0] == pb[0]:
        return False
    older, younger = (a, b) if pa[0] > pb[0] else (b, a)
    return 0 < (older.value or 0.0) - (younger.value or 0.0) <= AGED_YEARS


def in_time(figures: Sequence[Figure], times: Sequence[int | None]) -> tuple[Figure, ...] | None:
    """The figures of the versions whose time is known, oldest first; None when fewer than two such times."""
    timed = [f for f in figures if f.version < len(times) and times[f.version] is not None]
    if len({times[f.version] for f in timed}) < 2:
        return None
    return tuple(sorted(timed, key=lambda f: (times[f.version], f.version, f.start)))


def _stated(fig: Figure) -> tuple[float, float]:
    v = fig.value or 0.0
    return _base_value(fig, v), _base_value(fig, fig.value_max if fig.value_max is not None else v)


def _within(point: tuple[float, float], span: tuple[float, float], tolerance: float) -> bool:
    """Whether a stated value (or range) meets an allowed interval."""
    lo, hi = span
    return point[0] <= hi * (1 + tolerance) and lo <= point[1] * (1 + tolerance)


def _date_compatible(a: Figure, b: Figure) -> bool:
    pa, pb = (a.iso or "").split("-"), (b.iso or "").split("-")
    return all(x == y or not x or not y for x, y in zip(pa, pb, strict=False))


def closeness(a: Figure, b: Figure) -> float:
    """1 for equal values, falling to 0 at a factor of ten apart."""
    if not a.value or not b.value or a.value <= 0 or b.value <= 0:
        return 0.0
    ratio = _base_value(a, a.value) / _base_value(b, b.value)
    return max(0.0, 1 - abs(math.log10(ratio)))
