"""How telling each word is within the story's versions, and how much two sentences share by that measure.

A word that every sentence has ("the", "said", the company's name) says little about which sentences state
the same thing; a rare word, a name or a number says much. The weight of a word is its inverse document
frequency over the distinct sentences of all versions, and two sentences overlap by the weighted Dice
coefficient of their content words (lightly stemmed, so "derailed" meets "derail"; a compound the story
also writes apart weighed as its parts, so "first-quarter" meets "first quarter"; "bn" weighed as
"billion"). Reworded sentences that share their telling words score high though their characters differ
("At least 26 people have been reported dead" against "Thirty-two people were killed", which share only the
rare "people" and "injured").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain, pairwise

from tui.core.roles import FUNCTION_WORDS, stem
from tui.core.units import CURRENCY_CODES, CURRENCY_WORDS, UNIT_PATTERN, unit_of

MIN_SHARED_WORDS = 4
"""Sentences that share fewer content words than this do not overlap at all: a place and a topic ("Lessin
valley floodwater") are shared by a related story's headline too; a reworded statement shares more. A number
of three characters or more counts twice: "1,270 events" is as telling as two words."""

MIN_SPAN_WORDS = 3
"""Content words a sentence must share with one it covers (`WordWeights.covered`): a clause of a merged
sentence ("at least three caught fire") is shorter than a whole sentence."""


SCALE_SPELLINGS = {"bn": "billion", "mn": "million", "tn": "trillion", "pct": "percent"}
"""Short spellings of a scale, weighed as the word they stand for: "$2.7bn" shares "billion" with "$2.7
billion"."""


def word_stem(word: str) -> str:
    """The form a content word is weighed in: its stem (`roles.stem`), a scale's one spelling."""
    return SCALE_SPELLINGS.get(word) or stem(word)


def _is_telling_number(word: str) -> bool:
    return len(word) >= 3 and word[0].isdigit()


SHARED_NUMBERS = 3
"""Sentences that share this many numbers (`WordWeights.numbers`) state the same figures, however reworded:
a paragraph of forecasts moved and rewritten ("to grow 1.1% this year and 1.4% next, down from 1.3% and
1.6%" against "expansion of 1.1 per cent in 2025 and 1.4 per cent in 2026, compared with 1.3 and 1.6")."""


def _number_of_figure(word: str) -> bool:
    """A number of two characters or more that is no year: "1.1", "26", "17,604"; not "7", nor "2024"."""
    return len(word) >= 2 and word[0].isdigit() and not _is_year(word)


def _is_year(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20")


SHARED_FIGURES = 1
"""Sentences that give this many of the same amounts of money or percentages (`WordWeights.figures`) state
the same claim, reworded ("Revenue grew 6.5% to £5.8 billion" against "Sales rose by 6.5 per cent to
£5.8bn"), in order or moved, where their characters are alike enough (`thresholds.OVERLAP_FLOOR`) and
neither's version gives that figure in another sentence too (a headline, a lead and a body sentence all
saying "10%" point at no one of them)."""
FIGURE_SCALES = {"percent": "%", "billion": "bn", "bn": "bn", "million": "m", "mn": "m", "m": "m"}
FIGURE_SCALES |= {"trillion": "tn", "tn": "tn", "cents": "c", "pence": "p"}
"""Words after a number that make it a figure, by the one spelling they share ("$ 2.7 bn" is "$ 2.7 billion")."""
FIGURE_SIGNS = frozenset("$€£¥")
"""Currency signs before a number in a key (`normalise.key` writes "$ 2.72 billion")."""
FIGURE_CODES = frozenset(code.lower() for code in CURRENCY_CODES)
"""Currency codes before a number in a key ("usd 12.40"), as good as a sign."""
_NUMBER = re.compile(r"\d[\d.,]*")
"""A number in a key (whose tokens are words, numbers or signs, each apart: `normalise.TOKEN`)."""


def repeated_figures(versions: Iterable[Iterable[str]]) -> dict[str, frozenset[str]]:
    """For each key, the figures (`marked_figures`) its version gives in another of its sentences too (in
    each version that has the key)."""
    out: dict[str, frozenset[str]] = {}
    for keys in versions:
        of_key = {k: marked_figures(k) for k in set(keys)}
        count = Counter(chain.from_iterable(of_key.values()))
        for k, figures in of_key.items():
            repeated = frozenset(f for f in figures if count[f] > 1)
            if repeated:
                out[k] = out.get(k, frozenset()) | repeated
    return out


_DIGIT = re.compile(r"\d")
_MARKS = (*FIGURE_SIGNS, "percent", "illion", " bn", " mn", " tn", " m ", " cents", " pence")
_MARKS += tuple(f"{code} " for code in sorted(FIGURE_CODES))
"""What a key with a figure of `marked_figures` holds besides a digit (most keys hold none: they are told
apart at once)."""


CURRENCY_NAMES = frozenset(w for w in CURRENCY_WORDS if w.isalpha() and w.lower() not in FIGURE_CODES)
"""Currency names written after a number in a key ("250,000 euros", "40 million dollars"), as good as a sign."""
_CURRENCY_AFTER = re.compile(r"\d (?:" + "|".join(sorted(CURRENCY_NAMES, key=len, reverse=True)) + r")\b")


_MEASURE_AFTER = re.compile(r"\d (?:" + UNIT_PATTERN.pattern[3:], re.IGNORECASE)
"""A number with a unit of measure after it in a key ("256 gigabytes", "256 gb", "171 grams")."""


def _unit_after(key: str, end: int, after: str) -> str:
    """The normal form of the unit of measure after a key's number ending at `end`, whose next word is `after`:
    of two words or one ("square kilometres", "km 2" as "km2", "grams"); "" for none."""
    two = key[end + 1 : end + 40].split(" ")[:2]
    for written in (" ".join(two), "".join(two), after):
        found = unit_of(written)
        if found is not None:
            return found[0]
    return ""


def marked_figures(key: str) -> frozenset[str]:
    """A key's amounts of money, percentages and measures, each as one token ("2.72bn", "$12.40", "6%",
    "256GB"): numbers that are no years, with a scale after, a currency sign or code before, a currency's name
    after, or a unit of measure after (by its one normal form: "256 gigabytes" is "256 gb"). A scaled
    amount's token is the same whatever currency is written before it, or none ("$1.75bn", "USD1.75 billion",
    "1.75 billion"): versions name the currency of the same amount differently, or once for several."""
    if _DIGIT.search(key) is None:
        return frozenset()
    measured = _MEASURE_AFTER.search(key) is not None
    if not (measured or any(mark in key for mark in _MARKS) or key.endswith(" m") or _CURRENCY_AFTER.search(key)):
        return frozenset()
    out = []
    for m in _NUMBER.finditer(key):
        number, at, end = m.group(), m.start(), m.end()
        if _is_year(number):
            continue
        after = key[end + 1 : end + 12].split(" ", 1)[0] if end < len(key) else ""
        scale = FIGURE_SCALES.get(after, "")
        if scale:
            out.append(number + scale)
        elif (at >= 2 and (key[at - 2] in FIGURE_SIGNS or _word_before(key, at) in FIGURE_CODES)) or (
            after in CURRENCY_NAMES
        ):
            out.append("$" + number)
        elif measured and (unit := _unit_after(key, end, after)):
            out.append(number + unit)
    return frozenset(out)


RUN_WORDS = 8
"""Sentences that share a stretch of this many words in a row (`WordWeights.shared_run`), holding
`RUN_CONTENT` content words, quote or copy one another however the rest differs: "He added: \u201cWe are
cutting costs across the group.\u201d" against the whole quotation it was cut from. Plagiarism detectors take
word runs of five to eight as evidence of copying; eight with four content words are rarely a stock phrase.
Asked of moved sentences only: in order, a clause inside a sentence is found whole (`pair_score.contains`),
and asking every pair of a long text's gaps cost the KJV/ASV alignment an eighth of its time."""
RUN_CONTENT = 4


def _word_before(key: str, at: int) -> str:
    """The word before the one at `at` in a key."""
    return key[max(0, at - 5) : at - 1].rsplit(" ", 1)[-1]


BAG_CACHE = 4096
"""How many sentences' content words are kept at once."""


def _compounds(keys: Iterable[str], vocabulary: Counter[str]) -> dict[str, tuple[str, str]]:
    """Words written joined in one sentence and apart in another ("firstquarter" of "first-quarter" and
    "first quarter"), each with the stems of its two parts."""
    out: dict[str, tuple[str, str]] = {}
    for key in keys:
        words = key.split()
        for a, b in pairwise(words):
            joined = a + b
            if (
                joined in vocabulary
                and min(len(a), len(b)) >= 2
                and not a[0].isdigit()
                and a not in FUNCTION_WORDS
                and b not in FUNCTION_WORDS
            ):
                out[joined] = (word_stem(a), word_stem(b))
    return out


class WordWeights:
    """Word weights over a set of sentence keys (`normalise.key`), and the overlap of two keys. `versions`:
    the keys by version, where `figures` should know which figures a version repeats."""

    def __init__(self, keys: Iterable[str], versions: Sequence[Sequence[str]] = ()) -> None:
        distinct = set(keys)
        n = len(distinct)
        counts = Counter(chain.from_iterable(map(set, map(str.split, distinct))))
        self.compounds = _compounds(distinct, counts)
        df: dict[str, int] = {}
        for word, count in counts.items():
            if word not in FUNCTION_WORDS:
                for s in self._stems(word):
                    df[s] = df.get(s, 0) + count
        self.idf = {w: math.log((n + 1) / (d + 0.5)) for w, d in df.items()}
        self._bags: dict[str, tuple[frozenset[str], float]] = {}
        self._marked: dict[str, frozenset[str]] = {}
        self._runs: dict[str, frozenset[tuple[str, ...]]] = {}
        self.versions = versions
        self._repeated: dict[str, frozenset[str]] | None = None
        """`repeated_figures` of the versions, found when first needed (most long texts never need them)."""

    def _stems(self, word: str) -> tuple[str, ...]:
        """The forms a content word is weighed in: a compound's two parts (`_compounds`), else its stem."""
        parts = self.compounds.get(word)
        return parts if parts is not None else (word_stem(word),)

    def bag(self, key: str) -> tuple[frozenset[str], float, frozenset[str]]:
        """A key's content stems, their total weight, and its numbers that are no years or single digits
        (`numbers`: most keys have none, so most pairs need not look through their words for them)."""
        found = self._bags.get(key)
        if found is None:
            if len(self._bags) >= BAG_CACHE:
                self._bags.clear()  # bounded: a gap's sentences are met again soon, the rest hardly ever
            words = frozenset(s for w in key.split() if w not in FUNCTION_WORDS for s in self._stems(w))
            idf = self.idf
            numbers = frozenset(filter(_number_of_figure, words))
            found = self._bags[key] = (words, sum(idf.get(w, 1.0) for w in words), numbers)
        return found

    def overlap(self, a: str, b: str) -> float:
        """Weighted Dice coefficient of two keys' content words, 0 to 1 (0 below `MIN_SHARED_WORDS` shared)."""
        wa, ta, _ = self.bag(a)
        wb, tb, _ = self.bag(b)
        if not ta or not tb or wa.isdisjoint(wb):
            return 0.0
        return self._dice(wa & wb, ta, tb)

    def _dice(self, both: frozenset[str], ta: float, tb: float) -> float:
        """`overlap` of two keys of total weights `ta` and `tb` that have the content words `both`."""
        if len(both) < MIN_SHARED_WORDS and len(both) + sum(map(_is_telling_number, both)) < MIN_SHARED_WORDS:
            return 0.0
        idf = self.idf
        return 2 * sum(idf.get(w, 1.0) for w in both) / (ta + tb)

    def shares(self, a: str, b: str, least_overlap: float) -> bool:
        """Whether two keys share enough to state the same thing though their characters differ: an `overlap`
        of at least `least_overlap`, `SHARED_NUMBERS` numbers or `SHARED_FIGURES` amounts (`figures`). One
        look at each key's words for all three: a long text's gaps ask it of hundreds of thousands of pairs."""
        wa, ta, na = self.bag(a)
        wb, tb, nb = self.bag(b)
        if len(na) >= SHARED_NUMBERS and len(nb) >= SHARED_NUMBERS and len(na & nb) >= SHARED_NUMBERS:
            return True
        if len(self.figures(a, b)) >= SHARED_FIGURES:
            return True
        return bool(ta and tb) and self._dice(wa & wb, ta, tb) >= least_overlap

    def numbers(self, a: str, b: str) -> int:
        """How many distinct numbers two keys share, but years and single digits (which say little)."""
        return len(self.bag(a)[2] & self.bag(b)[2])

    def held(self, part: str, whole: str) -> float:
        """The unweighted share of one key's content words that another has, 0 to 1 (1 where it has none)."""
        wp = self.bag(part)[0]
        return len(wp & self.bag(whole)[0]) / len(wp) if wp else 1.0

    def figures(self, a: str, b: str) -> frozenset[str]:
        """The amounts of money and percentages two keys share (`marked_figures`), but those the version of
        either gives in another sentence too (`repeated_figures`)."""
        shared = self._figures(a) & self._figures(b)
        if not shared:
            return shared
        if self._repeated is None:
            self._repeated = repeated_figures(self.versions)
        none: frozenset[str] = frozenset()
        return shared - self._repeated.get(a, none) - self._repeated.get(b, none)

    def _figures(self, key: str) -> frozenset[str]:
        found = self._marked.get(key)
        if found is None:
            if len(self._marked) >= BAG_CACHE:
                self._marked.clear()
            found = self._marked[key] = marked_figures(key)
        return found

    def shared_run(self, a: str, b: str) -> bool:
        """Whether two keys share `RUN_WORDS` words in a row, `RUN_CONTENT` of them content words."""
        if len(self.bag(a)[0] & self.bag(b)[0]) < RUN_CONTENT:
            return False  # most pairs: too few words in common for a run
        return not self._run_set(a).isdisjoint(self._run_set(b))

    def _run_set(self, key: str) -> frozenset[tuple[str, ...]]:
        found = self._runs.get(key)
        if found is None:
            if len(self._runs) >= BAG_CACHE:
                self._runs.clear()
            words = key.split()
            content = [w not in FUNCTION_WORDS for w in words]
            found = self._runs[key] = frozenset(
                tuple(words[i : i + RUN_WORDS])
                for i in range(len(words) - RUN_WORDS + 1)
                if sum(content[i : i + RUN_WORDS]) >= RUN_CONTENT
            )
        return found

    def covered(self, part: str, whole: str) -> float:
        """How much of one key's telling words another holds: the weighted share of `part`'s content words
        found in `whole`, 0 to 1 (0 below `MIN_SPAN_WORDS` shared). Asymmetric: a sentence that merges two
        covers each of them, though it overlaps neither by much."""
        wp, tp, _ = self.bag(part)
        ww = self.bag(whole)[0]
        both = wp & ww
        if not tp or len(both) + sum(map(_is_telling_number, both)) < MIN_SPAN_WORDS:
            return 0.0
        idf = self.idf
        return sum(idf.get(w, 1.0) for w in both) / tp
