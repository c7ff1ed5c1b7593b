"""What a count's number is followed by where its noun is left out: a verb ("at least three caught fire", "14 of
27 expecting a rise"), and the noun it then counts, found earlier in its sentence."""

from __future__ import annotations

import re

from tui.core.figure_patterns import is_plural
from tui.core.numwords import SMALL_NUMBER
from tui.core.roles import ROLE_CLASSES
from tui.core.stopwords import STOPWORDS
from tui.core.units import NOUN_CLASS

VERB_AFTER = frozenset(
    [
        *("caught", "burst", "were", "was", "are", "is", "have", "has", "had", "died", "fell", "went"),
        *("came", "left", "took", "remain", "remained", "remains", "stood", "sank", "lost", "won", "got", "made"),
        "survived",
    ]
)
"""Verbs that may follow a number whose noun is left out ("at least three caught fire")."""


def is_verb_after(phrase: str, value: float) -> bool:
    """Whether the words after a number (`counted_noun`) are a verb rather than the noun it counts ("the other
    two wanted no change", "half a dozen came"): one of `VERB_AFTER` first, or alone a past tense that names no
    role ("40 injured", "300 evacuated" count the injured and the evacuated; "12 armoured vehicles" counts
    vehicles), or a participle after more than one with no plural noun after it ("14 of 27 expecting a rise";
    "one building" is a noun)."""
    words = phrase.split()
    first = words[0]
    if first in VERB_AFTER:
        return True
    if first in ROLE_CLASSES or counts_by_verb(first):
        return False
    if value != 1 and first.endswith("ing") and len(first) > 5 and not is_plural(words[-1].lower()):
        return True  # "27 expecting", "12 favouring acquittal"; "12 visiting teams" counts teams
    return first == phrase and first.endswith("ed")


def counts_by_verb(word: str) -> bool:
    """Whether a verb after a number says what it counts: "two died" counts deaths."""
    return word in NOUN_CLASS


def elided_noun(text: str, lo: int, start: int) -> str | None:
    """What a number with no noun counts: the noun of a count before it in its sentence ("Eleven people died in
    the floods and four are missing": people), else the last plural noun before it ("cars derailed and at
    least three caught fire")."""
    counts = [m for m in COUNTED.finditer(text, max(lo, start - 80), start) if _plural_noun(m.group(1))]
    if counts:
        return counts[-1].group(1)
    for m in reversed(list(LOWER_WORD.finditer(text, max(lo, start - 80), start))):
        lw = m.group()
        if _plural_noun(lw):
            return lw
    return None


def _plural_noun(lw: str) -> bool:
    return lw not in STOPWORDS and is_plural(lw) and not lw.endswith(("ed", "ing")) and lw not in VERB_AFTER


LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")
COUNTED = re.compile(rf"(?:\b\d[\d,.]*|\b{SMALL_NUMBER})\s+([a-z]{{4,}})\b", re.IGNORECASE)
"""A number and the word after it: a count and its noun ("11 people", "Eleven people")."""
