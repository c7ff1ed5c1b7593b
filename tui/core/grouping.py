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
from collections.abc import Callable, Sequence

from tui.core import labels
from tui.core.claims import Fact, Figure
from tui.core.facts import closeness, fact_status, in_time, relation, same_value
from tui.core.figure_pairs import compatible, noun_clash, positional_pairs
from tui.core.profiles import Profiles, in_progress, written_noun
from tui.core.roles import EVENT_ROLES, role_token
from tui.core.strangers import strangers

JOIN_THRESHOLD = 0.4
"""Least score of a pair of figures for their groups to be joined."""
AVERAGE_THRESHOLD = 0.3
"""Least average score over all pairs of two groups' figures for them to become one fact."""
KIND_BONUS = {"quantity": 0.15, "money": 0.05, "percent": 0.05}
"""How telling a shared kind is: two areas in one story are more often one claim than two counts are."""
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
SPECIFIC_BONUS = 0.15
"""Added where two figures agree on a value of three significant digits or more ("2,140", "17,604", "$2.72bn"):
such values seldom meet by chance, as round ones do."""
RATE_BONUS = 0.15
"""Added where two figures give one rate ("$1,349 a month", "$1,300 a month or more"; km/h): a rate names
what is measured, as a bare currency does not."""
SAME_VERSION_CONTEXT = 0.1
"""Least likeness of what they are said of (`_Scorer.context`) for one version's two durations of one value in
its body to be one claim: a story tells many spans of years, and one value is no evidence there."""
ROW_BONUS = 0.2
"""Figures in one aligned row."""
POSITION_BONUS = 0.8
"""Figures that the word alignment of an aligned row puts in the same place."""
APART_PENALTY = 0.8
"""What a pair in one row loses where the other's sentence writes the one's value as a number that is no figure
(`figure_pairs.positional_pairs`): as much as a pair the word alignment puts in one place gains, for the one
stands for that number."""
NOUN_CLASH = 0.5
"""What counted nouns of different kinds (cars, people) take off a pair's score."""
ROLE_CLASH = 0.4
"""What different roles take off a pair's score: a year earlier against this quarter, killed against injured
(what happened to people: for counts only, as "missing forecasts" says nothing of missing people)."""
NAME_BONUS = 0.15
"""Added where the figures of two versions have a proper name beside them in common. (Names on both sides and
none shared are no evidence against: a paraphrase names the country where the wire names the city. In a
long text, where only figures a few rows apart meet, rows and word positions decide and names are not read.)"""
LONG_TEXT_ROWS = 400
"""In a comparison with more rows than this (a report, not an article), figures far apart in it are never the
same claim: a shared unit, a value and common words are chance there."""
NEAR_ROWS = 8
"""How many rows either side count as near in a long text."""
STRANGER_PENALTY = 0.5
"""What a pair of figures in different rows loses when either version may be another story."""


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
    scorer = _Scorer(figs, eligible, rows, profiles, strangers(figs, eligible, row_of, LONG_TEXT_ROWS))
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
        return in_progress(index_of[id(f)], figs, profiles)

    facts: list[Fact] = []
    done = list(figs)
    for g, members in enumerate(groups):
        members.sort(key=lambda i: (rank[figs[i].version], figs[i].start))
        main = [i for i in members if figs[i].converts is None]
        status, per_figure = fact_status([figs[i] for i in main], times, progressing)
        by_index = dict(zip(main, per_figure, strict=True))
        for i in members:
            f = figs[i]
            said = profiles.profile(i if f.converts is None else f.converts)
            role = (_class_name(said.time_role), _class_name(said.event_role))
            done[i] = f.in_fact(g, by_index[i] if f.converts is None else by_index.get(f.converts, status), role)
        timeline = in_time([figs[i] for i in main], times)
        ordered = tuple(index_of[id(f)] for f in timeline) if timeline else None
        facts.append(Fact(g, scorer.label(main), status, tuple(sorted(members)), figs[main[0]].kind, ordered))
    return done, facts


def _specific(f: Figure) -> bool:
    """Whether a figure's value has three significant digits or more (2,140; 2.72; not 3,000 or 40)."""
    if f.value is None or f.value_max is not None:
        return False
    digits = f"{abs(f.value):.6g}".replace(".", "").replace("-", "").strip("0")
    return "e" not in digits and len(digits) >= 3


def _class_name(role: str | None) -> str | None:
    """A role class as the JSON names it: "~before" is "before"."""
    return role[1:] if role else None


class _Scorer:
    """Pair scores of figures (see the module), with what they need computed once."""

    def __init__(
        self,
        figs: list[Figure],
        eligible: list[int],
        rows: dict[int, int],
        profiles: Profiles,
        strangers: frozenset[int] = frozenset(),
    ) -> None:
        self.figs, self.rows = figs, rows
        self.strangers = strangers
        self.profiles = profiles
        self.profile = profiles.profile
        self.positional, self.twins, self.apart = positional_pairs(
            figs, eligible, rows, profiles.sentence, profiles.words, profiles.sentence_start,
            lambda i: profiles.profile(i).time_role,
        )  # fmt: skip
        self.long_text = max(rows.values(), default=0) >= LONG_TEXT_ROWS
        self.cache: dict[tuple[int, int], float | None] = {}
        order = sorted(eligible, key=rows.__getitem__)
        self.by_row = order, [rows[i] for i in order]
        """The figures in row order, and their rows: those near a row are found by bisection."""

    def score(self, i: int, j: int) -> float | None:
        """How likely figures i and j state the same claim (about -1 to 2), None when they cannot."""
        key = (i, j) if i < j else (j, i)
        if key in self.cache:
            return self.cache[key]
        found = self.cache[key] = self._score(*key)
        return found

    def _score(self, i: int, j: int) -> float | None:
        a, b = self.figs[i], self.figs[j]
        if not compatible(a, b):
            return None
        if self.long_text and abs(self.rows[i] - self.rows[j]) > NEAR_ROWS:
            return None
        qa, qb = self.profile(i), self.profile(j)
        context = self.context(i, j)
        rel = relation(a, b)
        if rel == "agree":
            score = context + 0.35 + (SPECIFIC_BONUS if a.kind != "date" and _specific(a) and _specific(b) else 0.0)
        elif rel == "approx":
            score = context + 0.2
        else:
            score = context + 0.25 * closeness(a, b) - 0.15
        if self.rows[i] == self.rows[j]:
            score += ROW_BONUS
            if (i, j) in self.positional and self._same_times(i, j):
                score += POSITION_BONUS
            elif (i, j) in self.apart:
                score -= APART_PENALTY
        elif a.version in self.strangers or b.version in self.strangers:
            score -= STRANGER_PENALTY
        if a.kind == "count" and noun_clash(a, b):
            score -= NOUN_CLASH
        if qa.time_role != qb.time_role:
            score -= ROLE_CLASH
        if not self.long_text and not qa.names.isdisjoint(qb.names):  # whose figure: "44% for Brill" in both
            score += NAME_BONUS
        ei, ej = qa.event_role, qb.event_role
        if a.kind == "count" and ei is not None and ej is not None and ei != ej:  # what happened to people
            score -= ROLE_CLASH
        if a.kind == "date" and self.rows[i] != self.rows[j]:
            score -= 0.3
        score += KIND_BONUS.get(a.kind, 0.0)
        if "/" in a.unit and a.unit == b.unit:
            score += RATE_BONUS
        return round(score, 9)  # sums of tenths: 0.35 + 0.05 meets a threshold of 0.4

    def shares_beyond_unit(self, i: int, j: int) -> bool:
        """Whether what two figures are said of shares a word besides their unit's own ("magnitude", "people"),
        and, but for counts, besides what happened to people (the toll a quake's magnitude is told beside)."""
        unit = {role_token(w) for f in (self.figs[i], self.figs[j]) for w in f.unit.split()}
        if self.figs[i].kind != "count":
            unit |= set(EVENT_ROLES)
        pb = self.profile(j).weighted
        return any(t in pb and t not in unit for t in self.profile(i).weighted)

    def context(self, i: int, j: int) -> float:
        """How alike what two figures are said of is: the cosine of their weighted role profiles."""
        qa, qb = self.profile(i), self.profile(j)
        pa, pb = qa.weighted, qb.weighted
        if len(pa) > len(pb):
            pa, pb = pb, pa
        return sum(w * pb[t] for t, w in pa.items() if t in pb) / (qa.norm * qb.norm)

    def _same_times(self, i: int, j: int) -> bool:
        """Whether both figures' sentences speak of an earlier time, or neither: word alignment puts a figure
        where another stood, but "sales reached $8m" and "a year earlier, sales had been $8m" are two claims.
        (Only "earlier": which figure of a sentence a forecast or a target belongs to is less plain.)"""
        return self._of_before(i) == self._of_before(j)

    def _of_before(self, i: int) -> bool:
        f = self.figs[i]
        return any(w[3] == "~before" for w in self.profiles.words.get((f.version, f.sentence), ()))

    def near(self, i: int, j: int) -> bool:
        """Whether two figures may be compared at all: anywhere in an article, near rows in a long text."""
        return not self.long_text or abs(self.rows[i] - self.rows[j]) <= NEAR_ROWS

    def candidates(self, eligible: list[int], settled: Callable[[int], bool]) -> list[tuple[float, int, int]]:
        """Every pair worth joining, best first: all compatible pairs in an article; in a long text those in
        near rows (a moved sentence shares its row), but for figures already `settled`."""
        pairs: set[tuple[int, int]] = set()
        if not self.long_text:
            pairs = {(i, j) for n, i in enumerate(eligible) for j in eligible[n + 1 :]}
        else:
            by_row, row_keys = self.by_row
            for i in eligible:
                if settled(i):
                    continue  # its pairs with figures still to place are found from those
                r = self.rows[i]
                for j in by_row[bisect_left(row_keys, r - NEAR_ROWS) : bisect_right(row_keys, r + NEAR_ROWS)]:
                    if i != j:
                        pairs.add((i, j) if i < j else (j, i))
        out = []
        for i, j in pairs:
            if self.figs[i].version == self.figs[j].version:
                continue  # one version's figures meet through another's (a headline and its body both)
            sc = self.score(i, j)
            if sc is not None and sc >= JOIN_THRESHOLD:
                out.append((sc, i, j))
        out.sort(key=lambda t: (-t[0], t[1], t[2]))
        return out

    def label(self, members: Sequence[int]) -> str:
        """What the fact is said of, in the words of its first version's sentence (`labels.label`), from the
        average of its figures' profiles."""
        body = [i for i in members if self.figs[i].sentence > 0]  # a headline's terse words label worst
        first = body[0] if body else members[0]
        ref = self.figs[first]
        profiles = {id(p): p for p in map(self.profile, members)}
        if len(profiles) == 1:  # a figure alone or its twins in other versions: labelled with its profile
            return self.profile(members[0]).label or (ref.unit or ref.kind)
        total: dict[str, float] = {}
        for i in members:
            for t, w in self.profile(i).weighted.items():
                total[t] = total.get(t, 0.0) + w / len(members)
        key = (ref.version, ref.sentence)
        s0 = self.profiles.sentence_start.get(key, 0)
        events = [e for e in (self.profile(i).event_role for i in members) if e is not None]
        event = max(set(events), key=events.count) if events else None
        span = (ref.start - s0, ref.end - s0)
        words = self.profiles.words.get(key, [])
        text = self.profiles.sentence.get(key, "")
        others = self.profile(first).place[2]  # the spans of the other figures of its sentence
        shown = labels.label(total, words, span, written_noun(ref), event, ref.kind, ref.unit_key, text, others)
        return shown or (ref.unit or ref.kind)


def _cluster(eligible: list[int], scorer: _Scorer) -> list[list[int]]:
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

    for i, j in scorer.twins:
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


def _groups_near(i: int, groups: dict[int, list[int]], group_of: dict[int, int], scorer: _Scorer) -> list[int]:
    """The groups a figure may join: all in an article, those with a figure in near rows in a long text."""
    if not scorer.long_text:
        return list(groups)
    r = scorer.rows[i]
    order, keys = scorer.by_row
    near = order[bisect_left(keys, r - NEAR_ROWS) : bisect_right(keys, r + NEAR_ROWS)]
    return sorted({group_of[m] for m in near})


def _unfounded(i: int, members: list[int], scorer: _Scorer) -> bool:
    """Whether a figure left alone has nothing but its unit for a fact: a value that conflicts with all of the
    fact's and not a word in common with any but its unit's ("reported profit was $1.61bn" beside "savings of
    $2bn"; "a magnitude 4.9 aftershock" beside "a magnitude 5.8 quake in 2019"). An extent is restated as it
    grows ("initially captured 1,000 km²"), so its own value is evidence enough."""
    a = scorer.figs[i]
    if a.kind == "quantity" and a.unit_key in _EXTENTS:
        return False
    return all(relation(a, scorer.figs[m]) == "conflict" and not scorer.shares_beyond_unit(i, m) for m in members)


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
    return fx.version != fy.version or (fx.sentence != fy.sentence and same_value(fx, fy))


def _linkage(a: list[int], b: list[int], scorer: _Scorer) -> float | None:
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
    groups: dict[int, list[int]], group_of: dict[int, int], scorer: _Scorer, join: Callable[[int, int], None]
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
    groups: dict[int, list[int]], group_of: dict[int, int], scorer: _Scorer, join: Callable[[int, int], None]
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


def _restates(headline: Figure, body: Figure) -> bool:
    """Whether a headline's figure restates a body figure: the same value, or, told as a bound or a rounding,
    one it allows."""
    return same_value(headline, body) or (headline.qualifier is not None and relation(headline, body) != "conflict")


def _unlike_durations(fx: Figure, fy: Figure, x: int, y: int, scorer: _Scorer) -> bool:
    """Whether figures x and y are one version's durations in its body said of unlike things ("asked for 9
    years", "ran the fund for 9 years"): two claims, whatever their value (see `SAME_VERSION_CONTEXT`)."""
    return (
        fx.version == fy.version
        and fx.unit_key == "time"
        and bool(fx.sentence and fy.sentence)
        and scorer.context(x, y) < SAME_VERSION_CONTEXT
    )


def _join_leftovers(
    groups: dict[int, list[int]], group_of: dict[int, int], scorer: _Scorer, join: Callable[[int, int], None]
) -> None:
    """A figure left alone joins a fact of other versions that lacks its version when each is the other's best
    (the same claim reworded, its value changed: "some 59,000 troops deployed" and "nearly 60,000 army
    personnel stationed"), at a lower score than the first pass asks. Rounds repeat while figures join: a fact
    whose best was taken by another fact may take its second best then."""
    while _leftover_round(groups, group_of, scorer, join):
        pass


def _leftover_round(
    groups: dict[int, list[int]], group_of: dict[int, int], scorer: _Scorer, join: Callable[[int, int], None]
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
