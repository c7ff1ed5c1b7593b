"""Role profiles of a comparison's figures, weighed by how telling each word is among the story's figure
sentences: all that grouping needs that does not depend on the alignment, so it can be made while the
versions are still being aligned."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from tui.core import labels, roles
from tui.core.claims import Figure
from tui.core.names import names_near
from tui.core.units import THINGS

CLASS_IDF_FLOOR = 1.2
"""Role classes ("~death") weigh at least this much however common they are in the story."""


def grouped(figures: Sequence[Figure]) -> list[int]:
    """The figures that take part in facts: not site furniture, not conversions, not publication dates."""
    return [
        i
        for i, f in enumerate(figures)
        if not f.boilerplate and f.converts is None and not (f.kind == "date" and f.unit == "published")
    ]


class Profiles:
    """Each grouped figure's sentence words and role profile (`roles.profile`)."""

    def __init__(self, figs: Sequence[Figure], texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]):
        self.figs = figs
        self.in_sentence: dict[tuple[int, int], list[int]] = {}
        for i, f in enumerate(figs):
            self.in_sentence.setdefault((f.version, f.sentence), []).append(i)
        self.words: dict[tuple[int, int], list[roles.Word]] = {}
        self.sentence: dict[tuple[int, int], str] = {}
        self.sentence_start: dict[tuple[int, int], int] = {}
        words_of: dict[str, list[roles.Word]] = {}
        self.eligible = grouped(figs)
        for i in self.eligible:
            f = figs[i]
            key = (f.version, f.sentence)
            if key not in self.sentence:
                s0, s1 = spans[f.version][f.sentence]
                text = self.sentence[key] = texts[f.version][s0:s1]
                self.sentence_start[key] = s0
                if text not in words_of:
                    words_of[text] = roles.sentence_words(text)
                self.words[key] = words_of[text]
        self.idf = _idf(words_of)
        self._known: dict[tuple[object, ...], Profile] = {}
        """Profiles by sentence text and places in it: the versions share most sentences."""
        self._profile_of: dict[int, Profile] = {}
        self._lead: dict[int, frozenset[str]] = {}

    def lead_words(self, version: int) -> frozenset[str]:
        """The lower-case words of the version's first sentence that gives figures: its lead (a headline
        seldom gives figures, a dateline sentence nearly always does)."""
        found = self._lead.get(version)
        if found is None:
            first = min((key for key in self.words if key[0] == version), default=(version, -1))
            found = self._lead[version] = frozenset(w[2].lower() for w in self.words.get(first, ()))
        return found

    def all(self) -> Profiles:
        """Every grouped figure's profile (and its label alone) made now (the grouping needs them all, for
        labels if not for scores): before the rows come, where a child process would otherwise wait for them."""
        for i in self.eligible:
            self.profile(i)
        return self

    def profile(self, i: int) -> Profile:
        """Figure i's role profile, made when first asked for."""
        found = self._profile_of.get(i)
        if found is None:
            f = self.figs[i]
            key = (f.version, f.sentence)
            s0 = self.sentence_start[key]
            others = tuple((self.figs[j].start - s0, self.figs[j].end - s0) for j in self.in_sentence[key] if j != i)
            place = (self.sentence[key], f.start - s0, f.end - s0, others, counted(f), f.qualifier)
            found = self._known.get(place)
            if found is None:
                words, apart = self._without_conversions(key, others)
                raw = roles.profile(words, (place[1], place[2]), apart, counted(f), f.qualifier, f.unit_key == "time")
                found = self._known[place] = Profile(raw, self.idf)
                if found.event_role in roles.BODILY_ROLES and written_noun(f).lower() in THINGS:
                    found.event_role = None
                span = (place[1], place[2])
                noun, event = written_noun(f), found.event_role
                words, text = self.words[key], self.sentence[key]
                found.label = labels.label(found.weighted, words, span, noun, event, f.kind, f.unit_key, text, others)
                found.place = (self.words[key], (place[1], place[2]), others)
            self._profile_of[i] = found
        return found

    def _without_conversions(
        self, key: tuple[int, int], others: tuple[tuple[int, int], ...]
    ) -> tuple[Sequence[roles.Word], tuple[tuple[int, int], ...]]:
        """A sentence's words without its figures' conversions and their brackets, and the other figures'
        spans but theirs: "a decline from the $5 billion (£3.9bn) profit recorded a year ago" says "profit"
        of the $5 billion, and "fell to $40m (£31m) from $52m" says the $52m is the value before the fall; a
        conversion is no second figure, and its brackets end no clause."""
        words = self.words[key]
        s0, text = self.sentence_start[key], self.sentence[key]
        conversions = {
            (g.start - s0, g.end - s0) for j in self.in_sentence[key] if (g := self.figs[j]).converts is not None
        }
        if not conversions:
            return words, others
        hidden = []
        for start, end in conversions:
            while start > 0 and text[start - 1] in " ([":
                start -= 1
            while end < len(text) and text[end] in " )]":
                end += 1
            hidden.append((start, end))
        kept = [w for w in words if not any(a <= w[0] < b for a, b in hidden)]
        return kept, tuple(span for span in others if span not in conversions)


def _idf(words_of: dict[str, list[roles.Word]]) -> dict[str, float]:
    """Inverse document frequency of each profile token over the distinct sentences that hold figures."""
    df: dict[str, int] = {}
    for words in words_of.values():
        for t in {w[3] for w in words}:
            df[t] = df.get(t, 0) + 1
    n = len(words_of)
    idf = {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}
    for t in idf:
        if t.startswith("~"):
            idf[t] = max(idf[t], CLASS_IDF_FLOOR)
    return idf


class Profile:
    """A role profile weighed by the story's word weights, its length, and the roles it says."""

    __slots__ = ("_names", "event_role", "label", "norm", "place", "time_role", "weighted")

    def __init__(self, raw: dict[str, float], idf: dict[str, float]) -> None:
        self.weighted = {t: w * idf.get(t, CLASS_IDF_FLOOR) for t, w in raw.items()}
        self.norm = math.sqrt(sum(w * w for w in self.weighted.values())) or 1.0
        self.time_role = roles.role_of(raw, roles.TIME_ROLES)
        self.event_role = roles.role_of(raw, roles.EVENT_ROLES)
        self.label = ""
        """The label a fact of this figure alone (or of its twins) has, made with the profile (`labels.label`)."""
        self.place: tuple[Sequence[roles.Word], tuple[int, int], tuple[tuple[int, int], ...]] = ((), (0, 0), ())
        """The figure's sentence words, its span and the other figures' spans there: for `names`."""
        self._names: frozenset[str] | None = None

    @property
    def names(self) -> frozenset[str]:
        """The proper names beside the figure (`names.names_near`): whose figure it is. Found when first
        asked for: the grouping asks only within articles, where sentences it did not pair may meet."""
        if self._names is None:
            self._names = names_near(*self.place)
        return self._names


def counted(f: Figure) -> str:
    """What a count counts, for its profile: its noun's class ("personnel" and "soldiers" count troops)."""
    return f.unit_key[2:] if f.kind == "count" else ""


def written_noun(f: Figure) -> str:
    """A count's noun as its sentence writes it ("soldiers", where its class is troops), for its label."""
    return f.unit.split()[-1] if f.kind == "count" and f.unit else ""


PROGRESS_WORDS = frozenset(
    [
        *("now", "currently", "latest", "still", "updated", "revised", "counted", "tally", "toll"),
        *("rose", "risen", "rising", "rises", "climbed", "climbing", "climbs", "jumped", "increased", "grew"),
        *("grown", "growing", "grows", "reached", "reaches", "spread", "spreading", "raised", "raises"),
        *("fell", "fallen", "falling", "falls", "dropped", "receded", "receding", "eased", "shrank", "shrunk"),
        *("closed", "ended", "settled", "finished", "peaked", "peaking", "crested", "cresting"),
    ]
)
"""Words of a sentence that speaks of the present, or of a count or a level still changing ("the toll rose to
36", "with 97.6% of votes counted", "the river had fallen to 6.1 metres", a market's "closed 1.1% higher");
and `PROGRESS_PAIRS`."""
PROGRESS_PAIRS = frozenset([("so", "far"), ("up", "from"), ("down", "from")])
"""Pairs of words that say the same: a count "so far", one "up from about 300,000 on Monday"."""


COUNTING_WORDS = frozenset(["counted", "counting", "tally", "preliminary", "provisional", "partial"])
"""Words of a version's lead that say its figures are of a count under way or just done ("with 98% of ballots
counted", "after all ballots were counted", "preliminary results"): a vote share its body gives without a
word of progress still moves with the count."""


def in_progress(i: int, figs: Sequence[Figure], profiles: Profiles) -> bool:
    """Whether figure i's sentence speaks of the present or of a count in progress: such words, or a count
    of what happened to people (a toll, the injured, the missing grow as a story develops); or its version's
    lead speaks of counting (`COUNTING_WORDS`)."""
    f = figs[i]
    if f.kind == "count" and profiles.profile(i).event_role is not None:
        return True
    if not COUNTING_WORDS.isdisjoint(profiles.lead_words(f.version)):
        return True
    said = [w[2].lower() for w in profiles.words.get((f.version, f.sentence), ())]
    return any(w in PROGRESS_WORDS for w in said) or not PROGRESS_PAIRS.isdisjoint(itertools.pairwise(said))
