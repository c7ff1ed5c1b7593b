"""The shortcuts the core takes instead of a pattern or a character-by-character walk (a character test
before trying a pattern, `str.find` for digit runs, a word lookup for qualifiers, a split for the word before
a full stop, sentence ends found only where another sentence follows) give what the slow way gives, on any
text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.core import figure_patterns, figure_qualifiers, not_figures, segment
from tui.core.broken_words import BROKEN
from tui.core.figures import Figure
from tui.core.normalise import TOKEN, tokens
from tui.core.units import CURRENCY_PREFIX_PATTERN, CURRENCY_WORD_PATTERN

_PIECES = [
    *("about", "More than", "no more than", "approx.", "an Estimated", "however", "some", "ABOUT", "than"),
    *(" ", "  ", "\n", "\t", "\u00a0", "(", "“", "‘", "'", '"', "x", "5", "72,811", "1.5", "-", "–", "to"),
    *("World War", "Page", "No.", "#", "version", "between", "Between ", "and", "US$", "$", "€", "EUR", "Rs."),
    *("Dh", "C$", "$A", "thousand", "bn", "m", "k", "\u212a", "\u017f", "per cent", "%", "pct", "percentage"),
    *("dollars", "euros", "cents", "pence", "İ", "٣", "km²", "people", "a", "e", "r", "n", ".", ",", "s", "h"),
]
texts = st.lists(st.sampled_from(_PIECES) | st.characters(), max_size=12).map("".join)

_QUALIFIER_REFERENCE = re.compile(
    r"(?:^|[\s(“\"‘'])(" + "|".join(map(re.escape, figure_qualifiers.QUALIFIERS)) + r")\s+$", re.IGNORECASE
)
"""The rule as a pattern: a qualifier after the sentence's start, whitespace or an opening bracket or quote,
and only whitespace between it and the number."""


def _reference_qualifier(text: str, lo: int, start: int) -> str | None:
    m = _QUALIFIER_REFERENCE.search(text[lo:start], max(0, start - 24 - lo))  # `^` is the sentence's start
    if m is None:
        return None
    q = m.group(1).lower()
    return figure_qualifiers.QUALIFIER_NAME.get(q, q)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 3))
@example("cost $\n5 and (about 7", 0)  # `$` in a pattern also matches before a final newline
@example("xno more than 5, “approx. 6", 1)
def test_qualifier_and_name_checks_agree_with_their_patterns(text: str, lo: int) -> None:
    lo = min(lo, len(text))
    for start in range(lo, len(text) + 1):
        assert figure_qualifiers.qualifier_before(text, lo, start) == _reference_qualifier(text, lo, start)
        expected = not_figures.NOT_BEFORE.search(text, max(lo, start - 12), start) is not None
        assert not_figures.after_name(text, lo, start) == expected
        assert figure_patterns.after_between(text, lo, start) == bool(figure_patterns.BETWEEN.search(text, lo, start))
        before = text[max(lo, start - 6) : start]
        found = figure_patterns.currency_before(before)
        reference = CURRENCY_PREFIX_PATTERN.search(before)
        assert (found and found.span()) == (reference and reference.span())


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 3))
@example("5 \u212a 6 \u017fomething", 0)  # letters a pattern without case takes for "k" and "s"
def test_patterns_are_tried_only_where_they_can_match(text: str, pos: int) -> None:
    for p in range(min(pos, len(text)), len(text) + 1):
        lead = figure_patterns.lead_of(text, p, len(text))
        for pattern, starts in [
            (figure_patterns.RANGE, figure_patterns.RANGE_STARTS),
            (figure_patterns.SCALE, figure_patterns.SCALE_STARTS),
            (figure_patterns.PERCENT, figure_patterns.PERCENT_STARTS),
            (CURRENCY_WORD_PATTERN, figure_patterns.CURRENCY_WORD_STARTS),
        ]:
            if pattern.match(text, p, len(text)):
                assert lead in starts, (pattern.pattern, text, p)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(0, 3))
def test_digit_runs_agree_with_their_pattern(text: str, lo: int) -> None:
    lo = min(lo, len(text))
    sentence = text[lo:]
    expected = [(m.start() + lo, m.end() + lo) for m in figure_patterns.DIGIT_RUN.finditer(sentence)]
    assert figure_patterns.digit_runs_of(text, sentence, lo) == expected


def test_a_moved_copy_changes_only_what_it_says() -> None:
    f = Figure(1, 2, 10, 20, "59,000 troops", 59000.0, None, "troops", "count", "about", "c", "n:troops", None, 4)
    moved = f.moved(3, 9, 100, 5, True)
    assert moved == f.replace(version=3, sentence=9, start=110, end=120, converts=9, boilerplate=True)


_ASCII_PIECES = ["said,", "72,811", "don't", "U.S.", "well-known", "5.", "$5", "5%", "'quote'", "a-", "x--y", "_"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ASCII_PIECES) | st.characters(max_codepoint=127), max_size=20).map("".join))
@example("a-\nsaid,")  # a word broken at a line's end is one word either way
def test_tokens_of_ascii_text_are_the_patterns(text: str) -> None:
    assert tokens(text) == TOKEN.findall(BROKEN.sub("-", text.lower()))
    assert tokens(text + " \u00e9") == [*tokens(text), "\u00e9"]  # the fast path reads as the Unicode one


def _walked_abbreviation(text: str, unit_start: int, dot: int) -> bool:
    """The rule walked a character at a time: the word before the dot, from the last whitespace."""
    i = dot
    while i > unit_start and not text[i - 1].isspace():
        i -= 1
    if i == dot:
        return False
    word = text[i:dot].lstrip("\"'“‘([")
    if segment._INITIALS.match(word):
        return True
    return word.lower().rstrip(".") in segment.ABBREVIATIONS


_WORD_PIECES = [
    "Dr",
    "U.S",
    "e.g",
    "Mr",
    "etc",
    "J",
    "(Gen",
    "“St",
    "x" * 45,
    "A." * 24 + "A",
    "Inc",
    "no",
    "p",
    "dam",
    "Smith",
    "É",
    "approx",
    " ",
    "\n",
    "\u00a0",
    ".",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES) | st.characters(), max_size=10).map("".join), st.integers(0, 60))
def test_the_word_before_a_full_stop_is_the_walked_one(text: str, unit_start: int) -> None:
    text += "."
    dot = len(text) - 1
    unit_start = min(unit_start, dot)
    assert segment._is_abbreviation(text, unit_start, dot) == _walked_abbreviation(text, unit_start, dot)


_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"'”’)\]]*(?:(?=\s+[\"'“‘(\[]?[A-Z0-9\u00c0-\u00dd\u0400-\u042f])|$)")
"""The rule as one pattern: end punctuation and closing quotes, then a capital or digit after spaces, or the
line's end; each sentence is what lies between, stripped of spaces."""


def _split_with_ends(text: str) -> list[tuple[int, int]]:
    """The sentences of a line by `_SENTENCE_END`, abbreviations not ending one."""
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start()] == "." and m.end() - m.start() == 1 and segment._is_abbreviation(text, pos, m.start()):
            continue
        s, e = segment._trim(text, pos, m.end())
        if s < e:
            out.append((s, e))
        pos = m.end()
    s, e = segment._trim(text, pos, len(text))
    if s < e:
        out.append((s, e))
    return out


_SENTENCE_PIECES = ["Mr", "U.S", "etc", "J", "dam", "Smith", " ", "  ", "\n", ".", "?", "!", "…", "?!", "”", ")", "A"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCE_PIECES) | st.characters(), max_size=16).map("".join))
@example("He left. She stayed.")
@example("Ask Mr. Smith etc.\n")
def test_a_line_ends_its_last_sentence_as_the_pattern_with_an_end_would(text: str) -> None:
    line = text.strip()
    assert list(segment.split_sentences(line, 0, len(line))) == _split_with_ends(line)
