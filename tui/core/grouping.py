"""Grouping figures into facts: which figures of the versions state the same claim.

A fact holds one claim in one role ("people killed", "profit a year earlier"), so the evidence weighs what
each figure is said of as much as its value:
- in an aligned row, the word alignment of the two sentences says which figure of one version stands where
  a figure of the other stood ("profit of $2.7bn, down from $5bn" against "$2.72 billion versus $4.96
  billion" pairs by position, not by value): the strongest evidence there is;
- the role profiles (`roles.profile`) of the two figures, weighted by how rare each word is in the story;
- values that agree or are consistent; figures of one row;
- a counted noun of another kind (cars against people) speaks against.
Figures are then joined best pair first (as Kruskal's algorithm joins a spanning tree), two groups only when
their average score stays high (average linkage), never two figures of one sentence (a sentence that gives
several figures of one unit gives them in different roles), and figures of one version only when their
values are consistent (a headline and its body).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence

from tui.core.claims import Fact, Figure
from tui.core.facts import closeness, fact_status, in_time, relation, same_value
from tui.core.figure_pairs import noun_clash
from tui.core.figure_scores import JOIN_THRESHOLD, LONG_TEXT_ROWS, NEAR_ROWS, FigureScorer
from tui.core.profiles import Profiles, in_progress
from tui.core.strangers import strangers

AVERAGE_THRESHOLD = 0.3
"""Least average score over all pairs of two groups' figures for them to become one fact."""
RESTATED_THRESHOLD = 0.2
"""Least average score for two facts that one version gives the same value in to be one (`_join_restated`)."""
LEFTOVER_THRESHOLD = 0.0
"""Least average score for a figure left alone to join its mutual best fact (see `_join_leftovers`)."""
LEFTOVER_SHARED = 2
"""How many of its figures a version must have in facts with other versions before its leftovers may join."""
LEFTOVER_RATIO = 1.5
"""How far apart a leftover figure's value and its fact's may be: an update changes a count or an amount by
a part."""
LEFTOVER_EXTENT_RATIO = 10.0
"""The same for an extent (an area, a length, a volume, a mass): a flood's or a fire's is restated as it grows
and shrinks. Not for durations: "three months" and "three weeks" are seldom one claim."""
_EXTENTS = frozenset(["area", "length", "volume", "mass"])
_SPREADS = frozenset(["area", "volume"])
"""Extents that spread as a story goes on (a flood's or a fire's area, a spill's volume): one's own value is
evidence enough for a fact of them (`_unfounded`), where a length or a mass may be of anything (a storm surge
and a depth of rain)."""
SAME_VERSION_CONTEXT = 0.1
"""Least likeness of what they are said of (`FigureScorer.context`) for one version's two durations of one value in
its body to be one claim: a story tells many spans of years, and one value is no evidence there."""


def group_facts(
    figures: Sequence[Figure],
    row_of: Sequence[Sequence[int]],
    base: int,
    n_versions: int,
    texts: Sequence[str],
    spans: Sequence[Sequence[tuple[int, int]]],
    profiles: Profiles | None = None,
    times: Sequence[int | None] = (),
) -> tuple[list[Figure], list[Fact]]:
    """Assign every figure (but those in boilerplate) to a fact: the figures again, each in a fact as a copy
    with its `fact` and `status`, and the facts. `profiles` may be made beforehand (`Profiles`), while the
    rows are not known yet. `times`: each version's place in
    time where known (`dates.chronology`), for updates (`facts.fact_status`)."""
    figs = list(figures)
    order = [base, *(v for v in range(n_versions) if v != base)]
    rank = {v: n for n, v in enumerate(order)}
    if profiles is None:
        profiles = Profiles(figs, texts, spans)
    eligible = sorted(profiles.eligible, key=lambda i: (rank[figs[i].version], figs[i].start))
    rows = {i: row_of[figs[i].version][figs[i].sentence] for i in eligible}
    scorer = FigureScorer(figs, eligible, rows, profiles, strangers(figs, eligible, row_of, LONG_TEXT_ROWS))
    groups = _cluster(eligible, scorer)
    fact_of: dict[int, int] = {}
    for g, members in enumerate(groups):
        for i in members:
            fact_of[i] = g
    for i, f in enumerate(figs):
        if f.converts is not None and f.converts in fact_of:
            groups[fact_of[f.converts]].append(i)
            fact_of[i] = fact_of[f.converts]
    index_of = {id(f): i for i, f in enumerate(figs)}

    def progressing(f: Figure) -> bool:
        k = index_of[id(f)]
        return in_progress(k if figs[k].converts is None else figs[k].converts, figs, profiles)

    facts: list[Fact] = []
    done = list(figs)
    for g, members in enumerate(groups):
        members.sort(key=lambda i: (rank[figs[i].version], figs[i].start))
        main = [i for i in members if figs[i].converts is None]
        stated = [figs[i] for i in _in_one_unit(main, figs, scorer.conversions)]
        status, per_figure = fact_status(stated, times, progressing)
        by_index = dict(zip(main, per_figure, strict=True))
        for i in members:
            f = figs[i]
            said = profiles.profile(i if f.converts is None else f.converts)
            role = (_class_name(said.time_role), _class_name(said.event_role))
            done[i] = f.in_fact(g, by_index[i] if f.converts is None else by_index.get(f.converts, status), role)
        timeline = in_time(stated, times)
        ordered = tuple(index_of[id(f)] for f in timeline) if timeline else None
        facts.append(Fact(g, scorer.label(main), status, tuple(sorted(members)), figs[main[0]].kind, ordered))
    return done, facts


def _in_one_unit(main: list[int], figs: list[Figure], conversions: dict[int, list[int]]) -> list[int]:
    """A fact's main figures, each in the unit most of them can be stated in, itself or by its conversion: the
    "$430 million" of "£340 million ($430 million)" in a fact of dollars."""
    if len({figs[i].unit_key for i in main}) < 2:
        return main
    units = Counter(u for i in main for u in dict.fromkeys(figs[k].unit_key for k in (i, *conversions.get(i, ()))))
    unit = max(units, key=units.__getitem__)  # the first main's unit among equals
    return [
        next((k for k in conversions.get(i, ()) if figs[k].unit_key == unit), i) if figs[i].unit_key != unit else i
        for i in main
    ]


def _class_name(role: str | None) -> str | None:
    """A role class as the JSON names it: "~before" is "before"."""
    return role[1:] if role else None


def _cluster(eligible: list[int], scorer: FigureScorer) -> list[list[int]]:
    """Groups of figures, joined best pair first under average linkage, then each figure left alone joined
    to the fact it and only it fits best (see the module)."""
    group_of = {i: n for n, i in enumerate(eligible)}
    groups: dict[int, list[int]] = {n: [i] for n, i in enumerate(eligible)}

    def join(gi: int, gj: int) -> None:
        a, b = groups[gi], groups[gj]
        if len(a) < len(b):
            gi, gj, a, b = gj, gi, b, a
        a += b
        for y in b:
            group_of[y] = gi
        del groups[gj]

    for i, j in [*scorer.twins, *_headline_bodies(eligible, scorer)]:
        gi, gj = group_of[i], group_of[j]
        if gi != gj and _may_join(groups[gi], groups[gj], scorer.figs):
            join(gi, gj)
    n_versions = len({scorer.figs[i].version for i in eligible})

    def settled(i: int) -> bool:
        """In a long text, a figure whose twins in every version are found already needs no search."""
        return scorer.long_text and len({scorer.figs[m].version for m in groups[group_of[i]]}) == n_versions

    for _sc, i, j in scorer.candidates(eligible, settled):
        gi, gj = group_of[i], group_of[j]
        if gi != gj:
            average = _linkage(groups[gi], groups[gj], scorer)
            if average is not None and average >= AVERAGE_THRESHOLD:
                join(gi, gj)
    _join_leftovers(groups, group_of, scorer, join)
    _join_restated(groups, group_of, scorer, join)
    _join_headlines(groups, group_of, scorer, join)
    place = {i: n for n, i in enumerate(eligible)}
    return sorted(groups.values(), key=lambda members: min(map(place.__getitem__, members)))


def _groups_near(i: int, groups: dict[int, list[int]], group_of: dict[int, int], scorer: FigureScorer) -> list[int]:
    """The groups a figure may join: all in an article, those with a figure in near rows in a long text."""
    if not scorer.long_text:
        return list(groups)
    r = scorer.rows[i]
    order, keys = scorer.by_row
    near = order[bisect_left(keys, r - NEAR_ROWS) : bisect_right(keys, r + NEAR_ROWS)]
    return sorted({group_of[m] for m in near})


LEFTOVER_ROWS = 2
"""How many rows from a fact's figures a figure left alone, sharing only its unit with them, may stand and
still join it by its value: a reworded statement stands where the others' does ("Roughly three in five voters
turned out" a row from "Turnout was 61.2%"), while a share price's "up more than 15%" eleven rows from a
"weight loss of about 15%" is another claim."""


def _unfounded(i: int, members: list[int], scorer: FigureScorer) -> bool:
    """Whether a figure left alone has nothing but its unit for a fact: not a word in common with any of the
    fact's figures but its unit's, and a value that conflicts with all of theirs ("reported profit was $1.61bn"
    beside "savings of $2bn"; "a magnitude 4.9 aftershock" beside "a magnitude 5.8 quake in 2019") or a place
    far from all of theirs (`LEFTOVER_ROWS`). An extent is restated as it grows ("initially captured 1,000
    km²"), so its own value is evidence enough (`_SPREADS`)."""
    a = scorer.figs[i]
    if a.kind == "quantity" and a.unit_key in _SPREADS:
        return False
    return all(
        (relation(a, scorer.figs[m]) == "conflict" or abs(scorer.rows[i] - scorer.rows[m]) > LEFTOVER_ROWS)
        and not scorer.shares_beyond_unit(i, m)
        for m in members
    )


def _within_ratio(a: Figure, b: Figure) -> bool:
    """Whether two values are near enough for a figure left alone to join a fact on weaker evidence."""
    if a.kind == "date":
        return False
    extent = a.kind == "quantity" and a.unit_key in _EXTENTS
    return closeness(a, b) > 1 - math.log10(LEFTOVER_EXTENT_RATIO if extent else LEFTOVER_RATIO)


def _may_join(a: list[int], b: list[int], figs: list[Figure]) -> bool:
    """Whether two groups may be one fact at all (see `_may_pair`)."""
    return all(_may_pair(figs[x], figs[y]) for x in a for y in b)


def _may_pair(fx: Figure, fy: Figure) -> bool:
    """No two figures of one sentence are one fact, and a version's two figures only where they state one
    value (a headline and its body: "36 dead", "at least 36 people died")."""
    if fx.version != fy.version:
        return True
    if fx.sentence == fy.sentence:
        return False
    if 0 in (fx.sentence, fy.sentence):  # a headline's bound or rounding over its body's value: "passes 80", 84
        return _restates(*((fx, fy) if fx.sentence == 0 else (fy, fx)))
    return same_value(fx, fy)


def _linkage(a: list[int], b: list[int], scorer: FigureScorer) -> float | None:
    """The average score over the pairs of two groups' figures, None where they may not be one fact."""
    figs = scorer.figs
    total = 0.0
    for x in a:
        fx = figs[x]
        for y in b:
            fy = figs[y]
            if not _may_pair(fx, fy):
                return None
            if _unlike_durations(fx, fy, x, y, scorer):
                return None
            sc = scorer.score(x, y)
            if sc is None:
                return None
            total += sc
    return total / (len(a) * len(b))


def _join_restated(
    groups: dict[int, list[int]], group_of: dict[int, int], scorer: FigureScorer, join: Callable[[int, int], None]
) -> None:
    """Two facts that one version gives the same value in, each in a sentence of its own ("profits of $2.7bn"
    in its lead and "an underlying profit of $2.7bn" further down), are one claim restated where their average
    score reaches `RESTATED_THRESHOLD`: the other versions' sentences split between them."""
    figs = scorer.figs
    seen: dict[tuple[int, str, float | None], int] = {}
    for i in sorted(i for i in group_of if figs[i].kind != "date" and figs[i].value is not None):
        f = figs[i]
        other = seen.setdefault((f.version, f.unit_key, f.value), i)
        gi, gj = group_of[other], group_of[i]
        if gi != gj and figs[other].sentence != f.sentence and _may_join(groups[gi], groups[gj], figs):
            average = _linkage(groups[gi], groups[gj], scorer)
            if average is not None and average >= RESTATED_THRESHOLD:
                join(gi, gj)


def _join_headlines(
    groups: dict[int, list[int]], group_of: dict[int, int], scorer: FigureScorer, join: Callable[[int, int], None]
) -> None:
    """A headline's figure left alone joins the one fact holding its version's body figure of the same value
    ("23 dead" over "Twenty-three people were killed"), or a value its bound or rounding allows ("toll passes
    600" over "rose to 632"), though the fact's other values (earlier tolls) kept it apart."""
    figs = scorer.figs
    for g, members in list(groups.items()):
        if len(members) != 1 or figs[members[0]].sentence != 0:
            continue
        i = members[0]
        homes = {
            group_of[j]
            for h, others in groups.items()
            if h != g
            for j in others
            if figs[j].version == figs[i].version
            and figs[j].sentence != 0  # a body figure: a story with no headline has no figure of one
            and _restates(figs[i], figs[j])
            and not (figs[i].kind == "count" and noun_clash(figs[i], figs[j]))
            and scorer.score(i, j) is not None
        }
        if len(homes) == 1:
            join(homes.pop(), g)


def _headline_bodies(eligible: list[int], scorer: FigureScorer) -> list[tuple[int, int]]:
    """Each headline figure with the one figure of its version's body that it restates and that scores as the
    same claim ("Toll passes 80" over "the toll rose to 84"): one fact before any other version's figure is
    weighed, so an earlier take's toll cannot take the headline from its own body."""
    figs = scorer.figs
    out = []
    for i in eligible:
        if figs[i].sentence != 0:
            continue
        bodies = [
            j
            for j in eligible
            if figs[j].version == figs[i].version
            and figs[j].sentence != 0
            and _restates(figs[i], figs[j])
            and not (figs[i].kind == "count" and noun_clash(figs[i], figs[j]))
            and (scorer.score(i, j) or 0.0) >= JOIN_THRESHOLD
        ]
        if len(bodies) == 1:
            out.append((i, bodies[0]))
    return out


def _restates(headline: Figure, body: Figure) -> bool:
    """Whether a headline's figure restates a body figure: the same value, or, told as a bound or a rounding,
    one it allows."""
    return same_value(headline, body) or (headline.qualifier is not None and relation(headline, body) != "conflict")


def _unlike_durations(fx: Figure, fy: Figure, x: int, y: int, scorer: FigureScorer) -> bool:
    """Whether figures x and y are one version's durations in its body said of unlike things ("asked for 9
    years", "ran the fund for 9 years"): two claims, whatever their value (see `SAME_VERSION_CONTEXT`)."""
    return (
        fx.version == fy.version
        and fx.unit_key == "time"
        and bool(fx.sentence and fy.sentence)
        and scorer.context(x, y) < SAME_VERSION_CONTEXT
    )


def _join_leftovers(
    groups: dict[int, list[int]], group_of: dict[int, int], scorer: FigureScorer, join: Callable[[int, int], None]
) -> None:
    """A figure left alone joins a fact of other versions that lacks its version when each is the other's best
    (the same claim reworded, its value changed: "some 59,000 troops deployed" and "nearly 60,000 army
    personnel stationed"), at a lower score than the first pass asks. Rounds repeat while figures join: a fact
    whose best was taken by another fact may take its second best then."""
    while _leftover_round(groups, group_of, scorer, join):
        pass


def _leftover_round(
    groups: dict[int, list[int]], group_of: dict[int, int], scorer: FigureScorer, join: Callable[[int, int], None]
) -> bool:
    """One round of `_join_leftovers`; whether any figure joined."""
    figs = scorer.figs
    alone = [g for g, members in groups.items() if len(members) == 1]
    joined: dict[int, int] = {}
    for members in groups.values():
        if len(members) > 1:
            for m in members:
                joined[figs[m].version] = joined.get(figs[m].version, 0) + 1

    best_of_figure: dict[int, tuple[float, int]] = {}
    best_of_group: dict[tuple[int, int], tuple[float, int]] = {}
    for g in alone:
        i = groups[g][0]
        v = figs[i].version
        if joined.get(v, 0) < LEFTOVER_SHARED:
            continue  # a version that shares no facts yet may be another story (a related article)
        for h in _groups_near(i, groups, group_of, scorer):
            members = groups[h]
            if len(members) < 2 or any(figs[m].version == v for m in members):
                continue
            if not any(scorer.near(i, m) and _within_ratio(figs[i], figs[m]) for m in members):
                continue
            if _unfounded(i, members, scorer):
                continue
            average = _linkage([i], members, scorer)
            if average is None or average < LEFTOVER_THRESHOLD:
                continue
            if average > best_of_figure.get(g, (-9.0, -1))[0]:
                best_of_figure[g] = (average, h)
            if average > best_of_group.get((h, v), (-9.0, -1))[0]:
                best_of_group[(h, v)] = (average, g)
    any_joined = False
    for g, (_average, h) in sorted(best_of_figure.items()):
        v = figs[groups[g][0]].version
        if best_of_group[(h, v)][1] == g and g in groups and h in groups:
            join(h, g)
            any_joined = True
    return any_joined
