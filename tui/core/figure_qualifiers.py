"""Qualifiers of a figure: the words before it that say how exact it is ("about", "more than", "no fewer
than"), a sign ("≥ 30"), and the bounds told after it ("$1,300 a month or more", "aged 60 or older")."""

from __future__ import annotations

import re

PAST_VERBS = tuple(
    f"{verb} past" for verb in ("climbs", "climbed", "rises", "rose", "risen", "jumps", "jumped", "edges", "edged")
)
"""A count that moved past a number is above it ("toll climbs past 30"); "past" alone is not ("the past 30
years")."""
QUALIFIERS = tuple(
    sorted(
        [
            *("about", "around", "approximately", "approx.", "roughly", "some", "nearly", "almost", "over"),
            *("more than", "at least", "up to", "an estimated", "estimated", "less than", "fewer than"),
            *("close to", "just over", "just under", "under", "below", "above", "as many as", "upwards of"),
            *("as much as", "as high as", "as warm as", "as hot as", "as deep as", "as far as"),
            *("at most", "no more than", "no fewer than", "only", "circa", "more then"),
            *("exceeding", "exceeds", "exceeded", "topped", "tops", "surpassed", "surpasses", "in excess of"),
            *("passes", "passed", "crosses", "crossed"),
            *PAST_VERBS,
        ],
        key=len,
        reverse=True,
    )
)
"""Words before a number that say how exact it is, longest first ("no more than" before "more than")."""
QUALIFIERS_BY_LAST: dict[str, list[str]] = {}
for _phrase in QUALIFIERS:
    QUALIFIERS_BY_LAST.setdefault(_phrase.split()[-1], []).append(_phrase)
QUALIFIER_NAME = {"approx.": "approximately", "an estimated": "estimated"}
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
QUALIFIER_AFTER = re.compile(
    r"\s+(?:or\s+(more|greater|higher|above|over|older|upwards|less|fewer|lower|below|under|younger|so)"
    r"|and\s+(up|upwards|above|over|older|under|below|younger)(?!\s+to\b))\b",
    re.IGNORECASE,
)
"""A bound told after the figure: "$1,300 a month or more", "aged 45 or older", "12 and under", "a week or so"."""
_AFTER_NAME = {"so": "about", **dict.fromkeys(("less", "fewer", "lower", "below", "under", "younger"), "at most")}


BEFORE_NOUN = frozenset(["more", "fewer", "less"])
"""The bounds after a number that its counted noun may follow: "300 or more people", "50 or fewer staff"."""


def qualifier_after(text: str, end: int, hi: int) -> tuple[str, int, bool] | None:
    """The qualifier right after a figure ending at `end` (see `QUALIFIER_AFTER`), where it ends, and whether
    a counted noun may follow it (`BEFORE_NOUN`); None if there is none."""
    m = QUALIFIER_AFTER.match(text, end, hi)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).lower()
    return _AFTER_NAME.get(word, "at least"), m.end(), word in BEFORE_NOUN


def qualifier_before(text: str, lo: int, start: int) -> str | None:
    """The qualifier right before a number ("about", "more than"), or None."""
    if start <= lo or not text[start - 1].isspace():
        return None  # a qualifier is followed by whitespace
    a = max(lo, start - 24)
    tail = text[a:start].rstrip()
    low = tail.lower()
    if len(low) != len(tail):  # a letter such as "İ" grew: only ASCII letters are lowered
        low = tail.translate(ASCII_LOWER)
    if not low.endswith(QUALIFIERS):
        return None
    last = low.split()[-1]
    if not last.isalpha():  # "(about", "approx."
        last = last[max(map(last.rfind, "(“\"‘'")) + 1 :]
    for phrase in QUALIFIERS_BY_LAST.get(last, ()):
        p = len(low) - len(phrase)
        if low.endswith(phrase) and (
            (p == 0 and a == lo) or (p > 0 and (low[p - 1].isspace() or low[p - 1] in "(“\"‘'"))
        ):
            if phrase == "up to" and _moved_up(text, lo, a + p):
                return None  # "ticked up to 4.4%": the value reached, not a bound
            if phrase == "over" and _word_before(text, lo, a + p) in OVER_WHAT:
                return None  # "jailed over a $430 million fraud": what it was about, not a bound
            return QUALIFIER_NAME.get(phrase, phrase)
    return None


MOVED_UP = frozenset(
    [
        *("ticked", "edged", "inched", "crept", "moved", "went", "rose", "shot", "jumped", "climbed", "stepped"),
        *("ramped", "bumped", "nudged", "revised", "ratcheted", "ticks", "edges", "inches", "creeps", "moves"),
        *("goes", "rises", "climbs", "jumps", "revises"),
    ]
)
"""Verbs before "up to" that tell a change to the value ("ticked up to 4.4%"), where "up to" is no bound."""


def _moved_up(text: str, lo: int, at: int) -> bool:
    return _word_before(text, lo, at) in MOVED_UP


OVER_WHAT = frozenset(
    [
        *("jailed", "sentenced", "convicted", "charged", "indicted", "sued", "fined", "arrested", "prosecuted"),
        *("imprisoned", "detained", "investigated", "questioned", "impeached", "sacked", "fired", "ousted"),
        *("suspended", "jails", "sues", "fines", "charges", "dispute", "disputes", "row", "rows", "lawsuit"),
        *("lawsuits", "suit", "probe", "inquiry", "investigation", "clash", "clashes", "feud", "standoff"),
        *("battle", "fight", "talks", "protest", "protests", "concern", "concerns", "fears", "worries"),
        *("anger", "outrage", "fury", "scandal", "uproar", "furore", "furor", "backlash", "criticism"),
        *("criticised", "criticized", "blamed", "apologised", "apologized", "resigned", "quit", "split"),
    ]
)
"""Words after which "over" says what a thing was about ("jailed over a $430 million fraud", "a row over 300
jobs"), not that a figure is more than its number."""


def _word_before(text: str, lo: int, at: int) -> str:
    """The word right before `at`, lower case ("" if none)."""
    before = text[max(lo, at - 16) : at].split()
    return before[-1].lower() if before else ""


SIGN_QUALIFIER = {"≥": "at least", ">": "more than", "≤": "at most", "<": "less than"}


MORE_THAN_BEFORE = re.compile(r"\b(?:for|of|than|in|after|within|by)\s+over\s+$", re.IGNORECASE)
MORE_THAN_AFTER = re.compile(r"\s+(?:of|ago|old|later|earlier)\b", re.IGNORECASE)


def over_a_period(text: str, lo: int, start: int, end: int, hi: int, qualifier: str | None) -> str | None:
    """A duration's qualifier: "over" says across a period ("9.5% over two years") unless it says more than
    ("for over 20 years", "over 20 years of work", "over 20 years ago")."""
    if qualifier != "over":
        return qualifier
    if MORE_THAN_BEFORE.search(text, max(lo, start - 16), start) or MORE_THAN_AFTER.match(text, end, hi):
        return qualifier
    return None
