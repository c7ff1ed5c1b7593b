"""The words around a figure that can tell it from other figures: its sentence's content words but its own,
lightly stemmed. Kept apart from the scanner so a figure's words are read without loading its patterns."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from tui.core.normalise import words as folded_words
from tui.core.stopwords import STOPWORDS

if TYPE_CHECKING:
    from tui.core.claims import Figure


def context_words(figure: Figure) -> frozenset[str]:
    """What `Figure.ctx_words` holds (see there)."""
    if figure.words_around is None:
        return frozenset()
    words, modifiers = figure.words_around
    content = {w for w in set(words).difference(STOPWORDS) if not w[0].isdigit()}
    ctx = frozenset(map(_stem, content.difference(_own_words(figure.text))))
    if modifiers:
        ctx = ctx | frozenset(_stem(w) for w in folded_words(modifiers))
    return ctx


_LEADING_NUMBER = re.compile(r"[\d.,]+(?=\s)")


def _own_words(figure_text: str) -> Sequence[str] | frozenset[str]:
    """The folded words of a figure's text, but for its leading number if it has one (figures' context words
    never hold numbers): the rest ("square kilometres") repeats, so it is folded once."""
    m = _LEADING_NUMBER.match(figure_text)
    return _words_of(figure_text[m.end() :]) if m else folded_words(figure_text)


@lru_cache(maxsize=4096)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(folded_words(text))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A crude stem for context words: Russia/Russian, deployed/deployment compare equal."""
    return word.split("'")[0][:5]
