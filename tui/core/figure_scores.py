"""How likely two figures of a comparison state the same claim: the pair score `grouping` joins figures by.

What it weighs, in order of strength: where the word alignment of an aligned row puts the two figures
(`figure_pairs.positional_pairs`); how alike what they are said of is (their role profiles, `profiles`); whether
their values agree or are consistent (`facts.relation`); then the roles, the counted nouns, the names beside
them and the kind of figure, each a bonus or a penalty of its own below.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence

from tui.core import labels
from tui.core.claims import Figure
from tui.core.facts import closeness, relation
from tui.core.figure_pairs import comparable, conversions_of, noun_clash, noun_class_of, positional_pairs
from tui.core.profiles import Profiles, written_noun
from tui.core.roles import EVENT_ROLES, role_token

JOIN_THRESHOLD = 0.4
"""Least score of a pair of figures for their groups to be joined."""
KIND_BONUS = {"quantity": 0.15, "money": 0.05, "percent": 0.05}
"""How telling a shared kind is: two areas in one story are more often one claim than two counts are."""

SPECIFIC_BONUS = 0.15
"""Added where two figures agree on a value of three significant digits or more ("2,140", "17,604", "$2.72bn"):
such values seldom meet by chance, as round ones do."""

RATE_BONUS = 0.15
"""Added where two figures give one rate ("$1,349 a month", "$1,300 a month or more"; km/h): a rate names
what is measured, as a bare currency does not."""

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

MANNER_ROLES = frozenset(["~level", "~rise", "~fall"])
"""Role classes that tell how a value went, not what it is of: "the highest in 16 years" and "wage growth
reached the fastest in 15 years" share no claim for both saying a value was reached."""

PART_PENALTY = 0.4
"""What a pair loses where one figure is a part of a breakdown (`parts_of_breakdowns`: "three drowned in their
cars, and two died in a house fire") and the other is not: the part is not the whole count ("seven dead")."""

STRANGER_PENALTY = 0.5
"""What a pair of figures in different rows loses when either version may be another story."""


def _specific(f: Figure) -> bool:
    """Whether a figure's value has three significant digits or more (2,140; 2.72; not 3,000 or 40)."""
    if f.value is None or f.value_max is not None:
        return False
    digits = f"{abs(f.value):.6g}".replace(".", "").replace("-", "").strip("0")
    return "e" not in digits and len(digits) >= 3


PART_BEFORE = re.compile(r"(?:\bincluding|\bamong\s+(?:them|whom|those)|:)\s*$", re.IGNORECASE)
PART_AFTER = re.compile(r"\s*(?:of\s+(?:them|whom)|among\s+them)\b", re.IGNORECASE)
"""Words that make a count part of the one before it in its sentence: "seven died, including three children";
"seven died, three of them children"."""
PART_OF = re.compile(r"\s*(?:out\s+)?of\s+(?:the|those|these|all)?\s*$", re.IGNORECASE)
"""Words that make a count part of the one after it: "25 of the 85 injured"."""


def parts_of_breakdowns(figs: Sequence[Figure], eligible: Sequence[int], profiles: Profiles) -> frozenset[int]:
    """Counts that break down a whole: two or more counts of people in one sentence that say one thing
    happened to them in one time ("Three drowned in their cars, and two died in a house fire"; "12 arrested in
    Leeds and 8 in York"), but for a whole its parts follow ("Seven died, including three children")."""
    by_sentence: dict[tuple[int, int, str | None, str | None], list[int]] = {}
    for i in eligible:
        f, said = figs[i], profiles.profile(i)
        if f.kind == "count" and said.event_role is not None and noun_class_of(f) in ("people", None):
            by_sentence.setdefault((f.version, f.sentence, said.event_role, said.time_role), []).append(i)
    parts: set[int] = set()
    for (version, sentence, _event, _time), counts in by_sentence.items():
        if len(counts) < 2:
            continue
        text, s0 = profiles.sentence[version, sentence], profiles.sentence_start[version, sentence]
        counts.sort(key=lambda i: figs[i].start)
        parts.update(counts)
        ends = [figs[i].end - s0 for i in counts]
        starts = [figs[i].start - s0 for i in counts]
        of = [n + 1 for n in range(len(counts) - 1) if PART_OF.match(text[ends[n] : starts[n + 1]])]
        if of:  # "25 of the 85": the later is the whole
            parts.discard(counts[of[0]])
        elif PART_BEFORE.search(text[ends[0] : starts[1]]) or PART_AFTER.match(text, ends[1]):
            parts.discard(counts[0])  # "seven died, including three children": the first is the whole
    return frozenset(parts)


class FigureScorer:
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
        self.parts = parts_of_breakdowns(figs, eligible, profiles)
        self.conversions = conversions_of(figs)
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
        pair = comparable(self.figs, self.conversions, i, j)
        if pair is None:
            return None
        a, b = pair
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
        if (i in self.parts) != (j in self.parts) and self.rows[i] != self.rows[j]:
            score -= PART_PENALTY
        score += KIND_BONUS.get(a.kind, 0.0)
        if "/" in a.unit and a.unit == b.unit:
            score += RATE_BONUS
        return round(score, 9)  # sums of tenths: 0.35 + 0.05 meets a threshold of 0.4

    def shares_beyond_unit(self, i: int, j: int) -> bool:
        """Whether what two figures are said of shares a word besides their unit's own ("magnitude", "people")
        and the verbs that only tell how a value went (`MANNER_ROLES`: "reached", "rose"), and, but for counts,
        besides what happened to people (the toll a quake's magnitude is told beside)."""
        unit = {role_token(w) for f in (self.figs[i], self.figs[j]) for w in f.unit.split()} | MANNER_ROLES
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
        event = Counter(events).most_common(1)[0][0] if events else None  # among equals, the first member's
        span = (ref.start - s0, ref.end - s0)
        words = self.profiles.words.get(key, [])
        text = self.profiles.sentence.get(key, "")
        others = self.profile(first).place[2]  # the spans of the other figures of its sentence
        shown = labels.label(total, words, span, written_noun(ref), event, ref.kind, ref.unit_key, text, others)
        return shown or (ref.unit or ref.kind)
