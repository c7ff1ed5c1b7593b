"""Reading versions into sentences and words: segmentation, then each distinct sentence's tokens, folded words,
comparison key and boilerplate form.

A long comparison is read in two halves at once: each version is cut at a paragraph break near its middle,
a child process reads the second halves while this one reads the first (see `background`), and the two are
joined. The result is the same as reading each version whole, as short comparisons are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tui.core import background
from tui.core.boilerplate import sentence_form
from tui.core.normalise import fold_tokens, tokens
from tui.core.segment import Sentence, paragraph_breaks, segment

Part = tuple[int, int, int]
"""A version's text from one character to another: (version, start, end)."""


class Reading:
    """What reading some parts found: their sentences (paragraphs numbered from 0 in each part), and for each
    distinct sentence text its raw tokens, folded words, key (the folded words joined) and boilerplate form."""

    __slots__ = ("sentences", "raw", "folded", "keys", "forms")

    def __init__(
        self,
        sentences: list[list[Sentence]],
        raw: dict[str, list[str]],
        folded: dict[str, list[str]],
        keys: dict[str, str],
        forms: dict[str, tuple[bool, bool]],
    ) -> None:
        self.sentences, self.raw, self.folded, self.keys, self.forms = sentences, raw, folded, keys, forms


def read_parts(texts: Sequence[str], parts: Sequence[Part]) -> Reading:
    """Read parts of the versions' texts; versions share most sentences, so each distinct one is read once."""
    paragraphs: dict[str, tuple[tuple[int, int], ...]] = {}
    sentences = [segment(texts[v], paragraphs, start, end) for v, start, end in parts]
    distinct = {texts[v][s.start : s.end] for (v, _, _), ss in zip(parts, sentences, strict=True) for s in ss}
    raw = {t: tokens(t) for t in distinct}
    folded = {t: fold_tokens(r) for t, r in raw.items()}
    keys = {t: " ".join(f) for t, f in folded.items()}
    forms = {t: sentence_form(t) for t in distinct}
    return Reading(sentences, raw, folded, keys, forms)


CHILD_SHARE = 0.55
"""How much of each version the child process reads: a little more than half, as this one also loads what
comes next (rapidfuzz, the figures' patterns) while it would wait (see `read_versions`)."""


def halves(texts: Sequence[str], share: float = CHILD_SHARE) -> tuple[list[Part], list[Part]]:
    """Each version cut at the first paragraph break after `1 - share` of its length: (first parts, second
    parts). A version with no break after that point stays whole, among the first parts."""
    first: list[Part] = []
    second: list[Part] = []
    for v, text in enumerate(texts):
        cut = next(paragraph_breaks(text, int(len(text) * (1 - share))), None)
        if cut is None or cut.end() >= len(text):
            first.append((v, 0, len(text)))
        else:
            first.append((v, 0, cut.end()))
            second.append((v, cut.end(), len(text)))
    return first, second


def read_versions(
    texts: Sequence[str], in_two: bool, meanwhile: Callable[[], object] = lambda: None
) -> tuple[list[list[Sentence]], Reading]:
    """Every version's sentences, and the words of all of them: read whole, or `in_two` halves at once when a
    child process can read one (see `background.can_fork`). `meanwhile` is called once this process has read
    its half, while the child may still read the other: always, so that what it loads is loaded before the
    next child is forked, whichever half is read first."""
    if not (in_two and background.can_fork()):
        whole = read_parts(texts, [(v, 0, len(t)) for v, t in enumerate(texts)])
        return whole.sentences, whole
    first, second = halves(texts)
    with background.start(lambda later: read_parts(texts, second), pack=_pack, unpack=_unpack) as pending:
        here = read_parts(texts, first)
        meanwhile()
        there = pending.result()
    sentences = here.sentences
    for (v, _, _), part in zip(second, there.sentences, strict=True):
        done = sentences[v]
        shift = done[-1].paragraph + 1 if done else 0  # every paragraph counted has a sentence
        done += [Sentence(s.start, s.end, s.paragraph + shift, s.kind) for s in part] if shift else part
    for mine, theirs in zip(
        (here.raw, here.folded, here.keys, here.forms), (there.raw, there.folded, there.keys, there.forms), strict=True
    ):
        mine.update(theirs)
    return sentences, here


def _pack(reading: Reading) -> tuple[Any, ...]:
    """A reading as plain data to send from a child process: sentences as tuples, and each token one string
    however often it occurs (pickle then writes it once and refers to it after: five times faster)."""
    sentences = [[(s.start, s.end, s.paragraph, s.kind) for s in part] for part in reading.sentences]
    one: dict[str, str] = {}
    raw = {t: [one.setdefault(w, w) for w in words] for t, words in reading.raw.items()}
    return sentences, raw, reading.folded, reading.keys, reading.forms


def _unpack(packed: tuple[Any, ...]) -> Reading:
    sentences, raw, folded, keys, forms = packed
    return Reading([[Sentence(*s) for s in part] for part in sentences], raw, folded, keys, forms)
