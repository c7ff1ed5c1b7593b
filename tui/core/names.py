"""Whose figure it is: the proper names nearest a figure in its sentence.

One sentence often gives two people's, parties' or companies' figures of one unit ("Varela won 52% against
44% for Brill"); the names beside each tell them apart, and the same name beside figures of two versions
ties them together, even across sentences the alignment did not pair. A name is a capitalised word that does
not open the sentence and is no calendar word; the search stops at another figure, so a figure takes only
the names on its own side.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from tui.core.roles import Word
from tui.core.stopwords import STOPWORDS

NAME_REACH = 8
"""How many words either side of a figure are searched for names."""
CALENDAR = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august", "september", "october"),
        *("november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct"),
        *("nov", "dec"),
    }
)
NOT_NAMES = CALENDAR | STOPWORDS
"""Capitalised words that name no one: the calendar, and function words that open a clause ("But", "The")."""


_FAR = 2**62


def names_near(words: Sequence[Word], span: tuple[int, int], others: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The names (lower case) within `NAME_REACH` words of the figure at `span`, up to any other figure."""
    start, end = span
    left = max((b for a, b in others if b <= start), default=-1)  # the search stops at these figures
    right = min((a for a, b in others if a >= end), default=_FAR)
    first_word = next((k for k, w in enumerate(words) if w[2][0].isalpha()), -1)
    at = bisect_left(words, start, key=_start)
    later = bisect_left(words, end, key=_start)
    found: set[str] = set()
    for k in range(at - 1, max(-1, at - 1 - NAME_REACH), -1):
        w_start, _, written, _ = words[k]
        if w_start < left:
            break
        if k != first_word and written[0].isupper() and written.isalpha() and written.lower() not in NOT_NAMES:
            found.add(written.lower())
    for k in range(later, min(len(words), later + NAME_REACH)):
        _, w_end, written, _ = words[k]
        if w_end > right:
            break
        if written[0].isupper() and written.isalpha() and written.lower() not in NOT_NAMES:
            found.add(written.lower())
    return frozenset(found)


def _start(word: Word) -> int:
    return word[0]
