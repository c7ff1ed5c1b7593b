"""Quoted speech in each version, who said it, the same quotation across versions, and what was altered.

A quotation opens with a curly or straight double quote, or a single one where it opens one (after a space,
before a letter: never the apostrophe of "don't"); it closes at its matching mark, or runs on over the
paragraph break when the next paragraph opens with a quote mark again (a quotation of several paragraphs),
else ends with its paragraph. Three words at least: a quoted name or term ("SELECT") is not speech.

The speaker is read from an attribution beside it ("..., the source said", "Kaplan said: ..."). Quotations
of different versions are one quotation where their words match closely; one is *altered* where its words
differ from the first version's beyond folding (spelling variants, quote marks and number formats do not
count) and it is not simply a shorter excerpt of it: a dropped or added clause, a changed number or word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from tui.core.normalise import key, word_spans
from tui.core.record import Record
from tui.core.worddiff import diff_words

MIN_WORDS = 3
SAME_QUOTE = 75.0
"""How alike (rapidfuzz, 0-100) two versions' quotations must be to be one quotation."""
SPEAKER_REACH = 90
"""How many characters beside a quotation its attribution may stand."""
_NAME = r"(?:[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|al|bin))*)"
_THE = r"(?:the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
_VERB = r"(?:said|says|told|added|wrote|stated|noted|explained|continued|warned|insisted|replied|asked)"
_AFTER = rf"^[\s,—–-]*(?:(?P<a>{_NAME}|{_THE})\s+{_VERB}\b|{_VERB}\s+(?P<b>{_NAME}|{_THE}))"
_BEFORE = rf"(?P<a>{_NAME}|{_THE})\s+{_VERB}(?:\s+[\w\s]{{0,30}}?)?\s*[:,]\s*$"
_PRONOUNS = frozenset(["He", "She", "They", "It", "We", "I", "The", "This", "That"])
_OPEN = {"“": "”", '"': '"', "‘": "’", "'": "'"}


class Quote(Record):
    """One quotation of one version: its span in the text (marks included), its words' spans (the inner text,
    over paragraphs), the speaker where named, its group across versions, whether altered, and the spans of
    its words that differ from the group's first version."""

    __slots__ = ("version", "start", "end", "parts", "speaker", "group", "altered", "differs", "sentence")
    version: int
    start: int
    end: int
    parts: tuple[tuple[int, int], ...]
    speaker: str | None
    group: int
    altered: bool
    differs: tuple[tuple[int, int], ...]
    sentence: int
    """The version's sentence it opens in (-1 until the comparison places it)."""

    def __init__(
        self,
        version: int,
        start: int,
        end: int,
        parts: tuple[tuple[int, int], ...],
        speaker: str | None,
        group: int = -1,
        altered: bool = False,
        differs: tuple[tuple[int, int], ...] = (),
        sentence: int = -1,
    ) -> None:
        self.version, self.start, self.end, self.parts = version, start, end, parts
        self.speaker, self.group, self.altered, self.differs = speaker, group, altered, differs
        self.sentence = sentence

    def words(self, text: str) -> str:
        """The quoted words, the paragraphs of a long quotation joined."""
        return " ".join(" ".join(text[a:b].split()) for a, b in self.parts)

    def fields(self) -> tuple[object, ...]:
        """Its fields in the constructor's order (to send it to another process)."""
        return (
            *(self.version, self.start, self.end, self.parts, self.speaker),
            *(self.group, self.altered, self.differs, self.sentence),
        )


_MARKS = "[“\"‘']"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern compiled when first used (in the process that finds the quotations, not at import)."""
    return re.compile(pattern)


def find_quotes(text: str, version: int) -> list[Quote]:
    """The quotations of one version's text, in order."""
    out: list[Quote] = []
    resume = 0
    for m in _compiled(_MARKS).finditer(text):
        i = m.start()
        if i < resume or not _opens(text, i):
            continue
        end, parts = _quotation(text, i, _OPEN[text[i]])
        if sum(len(text[a:b].split()) for a, b in parts) >= MIN_WORDS:
            out.append(Quote(version, i, end, tuple(parts), _speaker(text, i, end)))
        resume = end
    return out


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "“":
        return not after.isspace()
    return (before.isspace() or before in "([—–-:") and (after.isalnum() or after in "…“‘")


def _closes(text: str, j: int, mark: str) -> bool:
    if text[j] != mark:
        return False
    after = text[j + 1] if j + 1 < len(text) else " "
    if mark in "’'":  # the apostrophe of "Ukraine’s" is no closing mark
        return not after.isalnum()
    return mark == "”" or not text[j - 1].isspace()


def _quotation(text: str, i: int, close: str) -> tuple[int, list[tuple[int, int]]]:
    """(end, inner parts) of the quotation opening at i, running on over paragraphs that open with a quote."""
    parts: list[tuple[int, int]] = []
    start = i + 1
    n = len(text)
    while True:
        brk = text.find("\n\n", start)
        stop = n if brk < 0 else brk
        j = text.find(close, start, stop)
        while j >= 0 and not _closes(text, j, close):
            j = text.find(close, j + 1, stop)
        if j >= 0:
            parts.append((start, j))
            return j + 1, parts
        parts.append((start, stop))
        k = stop
        while k < n and text[k].isspace():
            k += 1
        if stop == n or k >= n or text[k] != text[i]:
            return stop, parts  # unterminated: it ends with its paragraph
        start = k + 1  # the next paragraph opens the quotation again


def _speaker(text: str, start: int, end: int) -> str | None:
    after = _compiled(_AFTER).match(text[end : end + SPEAKER_REACH].replace("\n", " "))
    found = (after.group("a") or after.group("b")) if after else None
    if found is None:
        before = _compiled(_BEFORE).search(text[max(0, start - SPEAKER_REACH) : start].replace("\n", " "))
        found = before.group("a") if before else None
    if found is None or (found.split()[0] in _PRONOUNS and len(found.split()) == 1):
        return None
    return " ".join(found.split()).rstrip(".,")


ALL_PAIRS = 400
"""Up to this many quotations (an article's), every pair is compared; beyond (a book's dialogue), only those
whose rows stand within `NEAR_ROWS` of each other."""
NEAR_ROWS = 8
DIFF_CHARS = 2_000
"""Longer quotations are flagged when altered but not diffed word by word (a letter quoted whole)."""


def group_quotes(
    texts: Sequence[str], quotes: Sequence[Sequence[Quote]], rows: Sequence[Sequence[int]] | None = None
) -> list[Quote]:
    """Every version's quotations, each given its group and, against the group's first version, whether it
    is altered and which of its words differ (the words it lacks marked in that first one). A group holds
    one quotation of a version at most. `rows[v][k]`: the aligned row of version v's k-th quotation (all
    pairs are compared without them)."""
    from rapidfuzz import fuzz  # here: loaded with the alignment, not on importing the model

    flat = [q for qs in quotes for q in qs]
    row = [r for rs in rows for r in rs] if rows is not None else [0] * len(flat)
    keys = [key(q.words(texts[q.version])) for q in flat]
    near = len(flat) > ALL_PAIRS
    order = sorted(range(len(flat)), key=row.__getitem__)
    pairs = []
    for n, a in enumerate(order):
        for m in range(n + 1, len(order)):
            b = order[m]
            if near and row[b] - row[a] > NEAR_ROWS:
                break
            if flat[a].version == flat[b].version or not keys[a] or not keys[b]:
                continue
            short, long = sorted((keys[a], keys[b]), key=len)
            score = fuzz.ratio(keys[a], keys[b])
            if len(short.split()) >= MIN_WORDS + 1 and short in long:
                score = max(score, 100.0)  # one quotes a part of the other's quotation
            if score >= SAME_QUOTE:
                pairs.append((score, a, b))
    group = list(range(len(flat)))
    members: dict[int, set[int]] = {g: {g} for g in group}

    def root(x: int) -> int:
        while group[x] != x:
            group[x] = group[group[x]]
            x = group[x]
        return x

    for _score, a, b in sorted(pairs, reverse=True):
        ra, rb = root(a), root(b)
        if ra == rb or {flat[m].version for m in members[ra]} & {flat[m].version for m in members[rb]}:
            continue
        group[rb] = ra
        members[ra] |= members.pop(rb)
    numbered: dict[int, int] = {}
    altered: dict[int, bool] = {}
    differs: dict[int, list[tuple[int, int]]] = {}
    firsts: dict[int, int] = {}
    for n in range(len(flat)):
        first = firsts.setdefault(root(n), min(members[root(n)], key=lambda m: (flat[m].version, flat[m].start)))
        found = _differences(texts, flat[first], flat[n], keys[first], keys[n])
        if found is not None:
            altered[n] = True
            differs.setdefault(first, []).extend(found[0])
            differs.setdefault(n, []).extend(found[1])
    out = []
    for n, q in enumerate(flat):
        g = numbered.setdefault(root(n), len(numbered))
        spans = tuple(sorted(set(differs.get(n, ()))))
        out.append(Quote(q.version, q.start, q.end, q.parts, q.speaker, g, altered.get(n, False), spans, q.sentence))
    return out


def _differences(
    texts: Sequence[str], ref: Quote, q: Quote, ref_key: str, q_key: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
    """The differing words' spans (in the first version's quotation, in this one), None when not altered."""
    if ref is q or ref_key == q_key:
        return None
    short, long = sorted((ref_key, q_key), key=len)
    if short in long:  # an excerpt of the same words, not an alteration
        return None
    if len(long) > DIFF_CHARS:
        return [], []  # altered; a letter quoted whole is not diffed word by word
    ref_words = [w for a, b in ref.parts for w in word_spans(texts[ref.version], a, b)]
    q_words = [w for a, b in q.parts for w in word_spans(texts[q.version], a, b)]
    return diff_words(ref_words, q_words)
