"""The one place where words are folded for comparison: case, quotes, spelling variants, number formats.

Two sentences that differ only in these ways compare as equal; the word diff uses the same folding, so
"kilometres" against "kilometers" or "1,376" against "1376" is never marked as a difference.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core.broken_words import BROKEN

FOLDINGS = ("case", "punctuation", "quotes", "whitespace", "spelling", "numbers")
"""Each kind of difference folded away here, by the name `--fold` and the app use (`folding` turns them off)."""
ALL_FOLDINGS = frozenset(FOLDINGS)


def parse_folding(text: str) -> frozenset[str]:
    """A `--fold` value: names from `FOLDINGS` separated by commas, "all" (the default) or "none"."""
    names = {n.strip().lower() for n in text.split(",") if n.strip()}
    if names == {"all"}:
        return ALL_FOLDINGS
    if names == {"none"}:
        return frozenset()
    unknown = names - ALL_FOLDINGS
    if unknown or not names:
        raise ValueError(f"unknown folding {', '.join(sorted(unknown)) or repr(text)}: use {', '.join(FOLDINGS)}")
    return frozenset(names)


TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:(?:['’]|-(?:\n[ \t]*)?)[^\W\d_]+)*|[%$€£¥]")
"""Words (with inner apostrophes and hyphens, and a word broken at a line's end: "govern-\nment"), numbers
(with grouping and decimals), and % or currency."""

_EXACT = {
    "%": "percent",
    "pct": "percent",
    "per-cent": "percent",
    "grey": "gray",
    "programme": "program",
    "programmes": "programs",
    "aluminium": "aluminum",
    "tyre": "tire",
    "tyres": "tires",
    "mould": "mold",
    "plough": "plow",
    "sceptical": "skeptical",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "judgement": "judgment",
    "ageing": "aging",
    "towards": "toward",
    "amongst": "among",
    "whilst": "while",
    "afterwards": "afterward",
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    "metre": "meter",
    "metres": "meters",
    "litre": "liter",
    "litres": "liters",
    "km": "kilometers",
    "kms": "kilometers",
    "sq": "square",
    "mins": "minutes",
    "okay": "ok",
    "e-mail": "email",
}
_SUFFIXES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(\w{3,})tre(s?)$"), r"\1ter\2"),  # centre, kilometres
    (re.compile(r"^(\w{2,})our(ed|ing|s|ite|ites|able|ably|ful|less|er|ers|hood|ly)?$"), r"\1or\2"),
    (re.compile(r"^(\w{3,})is(e|ed|es|ing|ation|ations|er|ers)$"), r"\1iz\2"),  # -ise to -ize
    (re.compile(r"^(\w{3,})ys(e|ed|es|ing)$"), r"\1yz\2"),  # analyse
    (re.compile(r"^(def|off|lic|pret)ence(s?)$"), r"\1ense\2"),
    (re.compile(r"^(\w{3,})ogue(s?)$"), r"\1og\2"),  # catalogue
    (re.compile(r"^(\w{4,})ll(ed|ing|er|ers)$"), r"\1l\2"),  # travelled
)


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """The comparison form of one token (already lower case)."""
    word = word.replace("’", "'")
    if word in _EXACT:
        return _EXACT[word]
    if word[0].isdigit():
        return word.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", word) else word
    if "-" in word:  # "case-insensitive" is "caseinsensitive"; "re-\nservoir", broken on a page, "reservoir"
        word = "".join(word.replace("-", "").split())
    for pattern, repl in _SUFFIXES:
        new = pattern.sub(repl, word)
        if new != word:
            return new
    return word


def _merge_per_cent(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if w == "cent" and out and out[-1] == "per":
            out[-1] = "percent"
        else:
            out.append(w)
    return out


def tokens(text: str) -> list[str]:
    """The tokens of a text in lower case, before folding; a word broken at a line's end as one hyphenated
    word ("govern-\nment" is "govern-ment")."""
    low = text.lower()
    if "-\n" in low:
        low = BROKEN.sub("-", low)
    if not low.isascii():
        return TOKEN.findall(low)
    # An ASCII text is split where no token can reach (a few times faster than the pattern, which tests each
    # character against Unicode classes); only pieces that are not plain letters or digits go through it.
    out: list[str] = []
    for piece in low.encode().translate(_SEPARATORS).decode().split():
        core = piece.strip(".,'-")  # these join two letters or digits, and end no token
        if core.isalpha() or core.isdigit():
            out.append(core)
        else:
            out += TOKEN.findall(piece)
    return out


_SEPARATORS = bytes(32 if c < 128 and not (chr(c).isalnum() or chr(c) in "'-.,%$") else c for c in range(256))
"""A table turning the ASCII characters that are in no token into spaces. It translates bytes: `bytes.translate`
looks a byte up in a table of 256, several times faster than `str.translate` with its dict."""


def fold_tokens(raw: list[str]) -> list[str]:
    """The folded words of a text's tokens."""
    folded = list(map(fold_word, raw))
    return _merge_per_cent(folded) if "cent" in folded else folded


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return fold_tokens(tokens(text))


def key(text: str) -> str:
    """The comparison key of a sentence: its folded words joined by single spaces."""
    return " ".join(words(text))


def word_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word in text[start:end]; "per cent" is one word."""
    out = [(*m.span(), _fold_token(m.group())) for m in TOKEN.finditer(text, start, end)]
    if "cent" in text[start:end].lower():
        merged: list[tuple[int, int, str]] = []
        for w in out:
            if w[2] == "cent" and merged and merged[-1][2] == "per":
                merged[-1] = (merged[-1][0], w[1], "percent")
            else:
                merged.append(w)
        return merged
    return out


def placed_words(text: str, start: int, end: int, folded: list[str]) -> list[tuple[int, int, str]]:
    """`word_spans` of a sentence whose folded words (`words` of its text) are known already: only their
    places are found (folding each token again cost a long text's word diffs half their time)."""
    places = [m.span() for m in TOKEN.finditer(text, start, end)]
    if len(places) != len(folded):  # "per cent" folded into one word
        return word_spans(text, start, end)
    return [(s, e, w) for (s, e), w in zip(places, folded, strict=True)]


@lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    """`fold_word` of a token as written (any case)."""
    return fold_word(token.lower())
