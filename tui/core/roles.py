"""What a figure is said of: the words around it that name the counted thing and what happened to it.

A figure's *role profile* weighs each word of its sentence by how close it stands to the figure: words of
the figure's own clause count most, and a word is taken mostly by the figure nearest to it, so in "killing
16 people and injuring at least 85" the 16 is said of killing and the 85 of injuring. Words that name the
same role in other words share a class ("killed", "dead", "death toll"; "a year earlier", "the previous
quarter"), so versions that word a claim differently still meet. How telling each word is within the
story (its inverse document frequency) is applied by the grouping, which knows all the sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache

from tui.core.broken_words import BROKEN
from tui.core.dates import DATELINE
from tui.core.stopwords import STOPWORDS

ROLE_CLASSES: dict[str, str] = {
    word: cls
    for cls, words in {
        "~death": "killed kill kills killing dead die died dies dying death deaths toll fatalities fatality fatal "
        "lives perished bodies drowned drowning",
        "~injury": "injured injuring injure injuries injury wounded wounding wounds hurt hospitalised "
        "hospitalized hospital treated",
        "~missing": "missing unaccounted",
        "~evacuated": "evacuated evacuate evacuation evacuations evacuees displaced fled shelters shelter sheltered "
        "sheltering homeless",
        "~arrested": "arrested arrest arrests detained detain detention",
        "~rescued": "rescued rescue rescuers saved",
        "~before": "earlier ago previous prior preceding last",
        "~expected": "forecast forecasts forecasted expected expectation expectations consensus predicted "
        "projected anticipated analysts analyst",
        "~target": "target targets goal goals aim aims pledge pledged",
        "~rise": "up rose rise rises rising risen increase increased increases gain gained gains higher grew "
        "grow growth jumped jump climbed climb soared surged rallied leapt leaped advanced lifted raised boosted "
        "strengthened strengthening strengthens stronger firmed firmer appreciated",
        "~fall": "down fell fall falls falling fallen drop dropped drops declined decline declines lower "
        "slumped slump plunged plunge slid slide slides decreased decrease shrank cut slipped slip slips dipped "
        "dip eased tumbled sank weakened weakening weakens weaker softened softer depreciated",
        "~level": "reached reach reaches hit hits stood stands totalled totaled totalling amounted amounting "
        "estimated received",
        "~aboard": "aboard board onboard passengers",
        "~age": "aged age ages old older",
    }.items()
    for word in words.split()
}
"""Words that name one role, by the class they share."""

TELLING_WORDS = frozenset(
    {
        *("ago", "already", "down", "early", "first", "last", "late", "new", "next", "now", "since", "still"),
        *("up", "year", "years", "estimated", "reported", "off", "out", "until", "till"),
    }
)
"""Stop words that do tell one figure from another: this year's from last year's, up from down."""
FUNCTION_WORDS = (STOPWORDS - TELLING_WORDS) | {"above", "below", "how", "include", "includes", "including", "what"}
"""Words that say nothing of a figure's role: the figures' stop words but the telling ones."""

BOUNDARY_WORDS = frozenset(
    ["and", "but", "while", "whilst", "whereas", "though", "although", "compared", "versus", "vs", "against", "plus"]
)
"""Words that start another clause, or set one figure against another."""
BOUNDARY_MARKS = frozenset(",;:()[]—–")

NEAR_DECAY = 0.3
"""Each word between a figure and a word lowers the word's weight: 1 / (1 + NEAR_DECAY * distance)."""
CLAUSE_FACTOR = 0.45
"""A word beyond a clause boundary (a comma, "and", "compared with") counts this much, once per boundary."""
OTHER_FIGURE_FACTOR = 0.3
"""A word beyond another figure of the sentence counts this much: it is mostly that figure's."""
ROLE_WEIGHT = 0.2
"""Least weight of a role class in a profile for it to be the figure's role (see `role_of`)."""
TIME_ROLES = ("~before", "~expected", "~target")
"""Roles that set a figure apart from the story's present: a year earlier, the forecast, the target."""
EVENT_ROLES = ("~death", "~injury", "~missing", "~evacuated", "~arrested", "~rescued", "~aboard")
"""What happened to the people a count counts."""
BODILY_ROLES = frozenset(["~death", "~injury"])
"""What happens to the living only (`units.THINGS` are not killed)."""
SUBJECT_WEIGHT = 0.7
"""The weight of the words before a sentence's first figure in the profiles of its later figures."""
SUBJECT_WORDS = 6
"""How many of those words (the nearest the first figure) count."""
LEAST_WEIGHT = 0.1
"""Words that would weigh less than this are left out of a profile (and not looked at)."""
UNIT_WEIGHT = 1.5
"""The weight of the figure's own counted noun, which names what is counted."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*|[,;:()\[\]—–]")
_ASCII_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?|\d+(?:[.,]\d+)*|[,;:()\[\]]")
"""`_WORD` for a text of ASCII characters alone, where it finds the same and runs faster."""
_BROKEN_WORD = re.compile(r"[^\W\d_]+(?:-\n[ \t]*[a-z]+)?(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*|[,;:()\[\]—–]")
"""`_WORD` for a text with a word broken at a line's end ("govern-\nment"), one word."""


@lru_cache(maxsize=65536)
def role_token(word: str) -> str:
    """The token a word counts as in a profile: its role class, else a crude stem (plural and verb endings
    off), so "evacuations" and "evacuated" or "cars" and "car" meet."""
    low = word.lower().replace("’", "'").split("'")[0]
    cls = ROLE_CLASSES.get(low)
    if cls is not None:
        return cls
    return stem(low)


@lru_cache(maxsize=65536)
def stem(low: str) -> str:
    """A crude English stem: enough for the same word in another form, never a dictionary form."""
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s"):
        if len(low) > len(suffix) + 3 and low.endswith(suffix) and not low.endswith("ss"):
            return low[: -len(suffix)]
    return low


Word = tuple[int, int, str, str]
"""(start, end, word as written, token): the token is the word's `role_token`, "|" for a clause boundary, ""
for a number or a word that says nothing of a role."""
BOUNDARY = "|"


def sentence_words(text: str) -> list[Word]:
    """Each word and clause mark of a sentence (hyphenated words split in two), with its token. The words of a
    dateline say nothing of a role (the city and the agency are not what a figure is said of)."""
    out = []
    dateline = DATELINE.match(text) if text[:1].isupper() else None
    quiet = dateline.end() if dateline else 0
    broken = "-\n" in text
    for m in (_BROKEN_WORD if broken else _ASCII_WORD if text.isascii() else _WORD).finditer(text):
        word = m.group()
        if broken and "\n" in word:
            word = BROKEN.sub("", word)
        token = _token(word) if m.start() >= quiet else ""
        if (
            not token
            and out
            and word.lower() == "before"
            and out[-1][2].lower() in PERIOD_WORDS
            and not BEFORE_DEDUCTIONS.match(text, m.end())
        ):
            token = "~before"  # "a year before", "the quarter before": a year earlier
        elif token == "~rise" and word.lower() == "up" and UP_TO_BOUND.match(text, m.end()):
            token = ""  # "up to 15 million euros": a bound, no rise
        elif token and word in ORDINAL_ENDS and out and out[-1][1] == m.start() and out[-1][2][:1].isdigit():
            token = ""  # "14th": the ending of an ordinal, no word
        out.append((m.start(), m.end(), word, token))
    return out


UP_TO_BOUND = re.compile(r"\s+to\s+(?:[$€£¥]|\d|(?:an?|half|one|two|three|four|five|six|seven|eight|nine|ten)\b)")
"""What follows "up" in a bound, not a rise: "up to 15 million euros", "up to a third"."""
BEFORE_DEDUCTIONS = re.compile(
    r"\s+(?:tax(?:es)?|bonus(?:es)?|deductions|expenses|add-ons|incentives|overtime|costs|fees)\b", re.IGNORECASE
)
"""What follows "before" in a rate, not a time: "€250k a week before bonuses", "£40,000 a year before tax"."""


ORDINAL_ENDS = frozenset(["st", "nd", "rd", "th"])
"""What an ordinal's number ends in ("14th", "21st"): split from it as a word of its own, and no word of a role."""
PERIOD_WORDS = frozenset(["year", "quarter", "month", "week", "day", "period", "season", "half"])
"""Periods that "before" right after them makes a time earlier ("a year before"), as "earlier" does."""


@lru_cache(maxsize=65536)
def _token(word: str) -> str:
    low = word.lower()
    if word in BOUNDARY_MARKS or low in BOUNDARY_WORDS:
        return BOUNDARY
    if word[0].isdigit() or (low in FUNCTION_WORDS and low not in ROLE_CLASSES):
        return ""
    return role_token(low)


OPENING_BEFORE = frozenset(["initially", "originally", "first", "formerly", "then", "before"])
"""Words that speak of an earlier time where they open a sentence ("Initially, 16 people were reported dead"),
not inside one ("the operation initially captured ...", the figure's own past)."""
OPENING_WORDS = 4
"""How many words a sentence's opening phrase may have to set the time of all its figures (`_opening_time`)."""


def _opening_time(words: Sequence[Word], first_figure: int) -> str | None:
    """The time role of a short phrase that opens the sentence before a comma and before any figure ("A year
    earlier, sales had been $8m"; "In the previous quarter, ..."): it holds for every figure of the sentence,
    however far."""
    for n, (s, _e, word, _token) in enumerate(words[: OPENING_WORDS + 1]):
        if s >= first_figure:
            return None
        if word == ",":
            break
        if n == OPENING_WORDS:
            return None
    else:
        return None
    found = [w[3] for w in words[:n] if w[3] in TIME_ROLES]
    if not found and any(w[2].lower() in OPENING_BEFORE for w in words[:n]):
        return "~before"
    return found[0] if found else None


def profile(
    words: Sequence[Word],
    span: tuple[int, int],
    others: Iterable[tuple[int, int]],
    unit: str,
    qualifier: str | None = None,
    duration: bool = False,
) -> dict[str, float]:
    """A figure's role profile: token -> weight before inverse document frequency (see the module).

    `words` are its sentence's (`sentence_words`), `span` the figure's own, `others` the spans of the other
    figures in the sentence, `unit` the class of its counted noun, `qualifier` the words of its qualifier
    ("an estimated"), which say how sure the number is, not what it counts. For a `duration`, an "ago" or
    "earlier" right after it is part of it ("began five years ago"), not its role."""
    lo, hi = span
    spans = sorted(others)
    span_starts = [a for a, _ in spans]
    out: dict[str, float] = {}
    said = next((w[0] for w in words if w[3] and w[3] != BOUNDARY), None)
    first = next((a for a, _ in spans if said is not None and a > said), None)  # not a dateline's date
    if first is not None and first < lo and not _contrast_between(words, first, lo):
        # what the sentence is about, said before its first figure, is said of its later figures too:
        # "Operating cash flow was $5bn, down from $7.6bn a year ago, and from $9.4bn in the previous quarter"
        subject = [w[3] for w in words[: bisect_left(words, first, key=_start)] if w[3] and w[3] != BOUNDARY]
        for token in subject[-SUBJECT_WORDS:]:
            out[token] = SUBJECT_WEIGHT
    opening = _opening_time(words, spans[0][0] if spans and spans[0][0] < lo else lo)
    if opening:
        out[opening] = 1.0
    if unit:
        out[role_token(unit)] = UNIT_WEIGHT
        if role_token(unit) in EVENT_ROLES:  # "seven deaths", "the toll rose to seven": people, who died
            out["people"] = UNIT_WEIGHT
    first_inside, first_after = bisect_left(words, lo, key=_start), bisect_left(words, hi, key=_start)
    before = words[:first_inside]
    if qualifier:
        skip = len(qualifier.split())
        while skip and before and not before[-1][2][0].isdigit():
            before = before[:-1]
            skip -= 1
    after = words[first_after:]
    if duration and after and after[0][3] == "~before":
        after = after[1:]
    elif not duration and _from_after_change(before):
        out["~before"] = 1.0  # "down 9% from $2.99bn", "rose to $5bn from $4bn": the value before the change
    # "up 18% from a year earlier": the change is this period's, and the phrase says what it is measured against
    baseline = bool(after) and after[0][2].lower() in BASELINE_WORDS and _told_as_change(before)
    before, after = _past_attribution(before), _before_attribution(after)
    for ordered in (before[::-1], after):
        distance = 0
        factor = 1.0
        crossed: set[int] = set()
        for n, (s, e, _word, token) in enumerate(ordered):
            if factor < LEAST_WEIGHT:
                break  # past several boundaries and figures nothing weighs enough to matter
            k = _inside(spans, span_starts, s, e) if spans else -1
            if k >= 0:  # a word of another figure ("85", "billion"): the words beyond are mostly its
                if ordered is after and k not in crossed and n and after[n - 1][2].lower() == "from":
                    break  # "$2.72bn from $4.96bn a year prior": the rest says the value before, not this one
                if k not in crossed:
                    crossed.add(k)
                    factor *= OTHER_FIGURE_FACTOR
                continue
            if token == BOUNDARY:
                factor *= CLAUSE_FACTOR
                baseline = baseline and ordered is not after  # the baseline's phrase ends at its clause's end
                continue
            if not token or (baseline and ordered is after):
                continue  # a word of no role, or of the baseline a change is measured against
            if token in TIME_ROLES and ordered is not after and _trails_figure(ordered, n, spans, span_starts):
                continue  # "up from 1,400 a day earlier, with 30 helicopters": the earlier time is 1,400's
            distance += 1
            weight = factor / (1 + NEAR_DECAY * (distance - 1))
            if ordered is after and spans and _heads_next(after, n, spans, span_starts):
                weight *= OTHER_FIGURE_FACTOR  # "$2.7bn, missing forecasts of $2.87bn": the forecast is 2.87
            if weight < LEAST_WEIGHT:
                break
            if weight > out.get(token, 0.0):
                out[token] = weight
    return out


CONTRAST_WORDS = frozenset(["while", "whilst", "whereas", "but", "though", "although"])
"""Words that open a clause with a subject of its own ("Ruiz pledged 1,200 crowns, while Aurel promised a
deficit of 4.8%"): what the sentence says before its first figure is not said of the figures after them."""


def _contrast_between(words: Sequence[Word], start: int, end: int) -> bool:
    """Whether a word of `CONTRAST_WORDS` stands between two places of a sentence."""
    at = bisect_left(words, start, key=_start)
    return any(w[2].lower() in CONTRAST_WORDS for w in words[at : bisect_left(words, end, key=_start)])


SPEECH_VERBS = frozenset(["said", "says", "say", "told", "tells", "added", "adds", "stated", "announced"])
"""Verbs that say who told a figure ("Rescuers said", ", the agency said."): who said it is not what it is of."""
ATTRIBUTION_WORDS = 5
"""How many words an attribution may have ("the national disaster agency said")."""


def _past_attribution(before: Sequence[Word]) -> Sequence[Word]:
    """The words before a figure without an attribution that opens its clause: "Rescuers said two people were
    still missing" is not said of rescuers."""
    for n in range(len(before) - 1, max(-1, len(before) - 3), -1):  # "said", "said that"
        if before[n][2].lower() in SPEECH_VERBS:
            return before[n + 1 :]
        if before[n][2].lower() != "that":
            break
    return before


def _before_attribution(after: Sequence[Word]) -> Sequence[Word]:
    """The words after a figure without the attribution that closes its sentence: "more than 200 injured, the
    national disaster agency said" and "350 injured, according to the agency" are not said of an agency."""
    reach = range(len(after) - 1, max(-1, len(after) - 3 - ATTRIBUTION_WORDS), -1)
    if after and after[-1][2].lower() in SPEECH_VERBS:
        return next((after[:n] for n in reach if after[n][2] == ","), after)
    # "..., according to the disaster agency."
    return next((after[:n] for n in reach if after[n][2].lower() == "according" and n + 1 < len(after)
                 and after[n + 1][2].lower() == "to"), after)  # fmt: skip


CHANGE_REACH = 8
"""How many words before "from" a change may be said for the figure after "from" to be its value before."""


BASELINE_WORDS = frozenset(["from", "on", "over", "than", "versus", "vs", "compared", "against"])
"""Words after a change that name what it is measured against ("up 18% from a year earlier")."""


def _told_as_change(before: Sequence[Word]) -> bool:
    """Whether the figure is the size of a change: right after a verb of a rise or a fall ("up 18%", "fell by
    4%")."""
    words = [w for w in before[-2:] if w[2].lower() != "by"]
    return bool(words) and words[-1][3] in ("~rise", "~fall")


def _from_after_change(before: Sequence[Word]) -> bool:
    """Whether the figure comes right after "from" in a clause that tells a rise or a fall, or after "from"
    and the level it was ("down from a peak of 1,850 sq km", "up from a low of 12")."""
    said = [w[2].lower() for w in before[-4:]]
    if said[-1:] == ["from"]:
        at = len(before) - 1
    elif said[-1:] == ["of"] and "from" in said[:-2]:
        at = len(before) - 4 + said.index("from")
    else:
        return False
    for _s, _e, _word, token in reversed(before[max(0, at - CHANGE_REACH + 1) : at]):
        if token == BOUNDARY:
            return False
        if token in ("~rise", "~fall"):
            return True
    return False


def _start(word: Word) -> int:
    return word[0]


def _inside(spans: Sequence[tuple[int, int]], starts: Sequence[int], s: int, e: int) -> int:
    """The index of the span among `spans` (sorted, not overlapping) that the word s:e overlaps, else -1."""
    k = bisect_right(starts, s) - 1
    if k >= 0 and s < spans[k][1]:
        return k
    if k + 1 < len(spans) and spans[k + 1][0] < e:
        return k + 1
    return -1


TRAIL_WORDS = 3
"""How many words a time may stand after the figure it is said of ("1,400 a day earlier")."""


def _trails_figure(backwards: Sequence[Word], n: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether word n of words read backwards from a figure closes the baseline of a change a few words before
    it in its clause: the time in "up from 1,400 a day earlier" and "against $6m a year earlier" is the value
    before's. (The time after a figure of no baseline may be said of what follows: "reached 2.1 million last
    year, the most in 11 years".)"""
    for m in range(n + 1, min(n + 1 + TRAIL_WORDS, len(backwards))):
        s, e, _word, token = backwards[m]
        if token == BOUNDARY:
            return False
        k = _inside(spans, starts, s, e)
        if k >= 0:
            said = [w[2].lower() for w in backwards[m + 1 : m + 5] if _inside(spans, starts, w[0], w[1]) != k][:2]
            return bool(said) and (said[0] in BASELINE_WORDS or said == ["with", "compared"])
    return False


HEAD_LINKS = frozenset(["of", "at", "for", "to", "by", "was", "were", "is", "near"])
"""Words that tie a noun to the figure after it ("forecasts of $3bn", "a target for 40%")."""


def _heads_next(words: Sequence[Word], n: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    """Whether word n, with a linking word after it, names the figure that follows ("forecasts of $2.87bn")."""
    if n + 2 >= len(words) or words[n + 1][2].lower() not in HEAD_LINKS:
        return False
    s, e = words[n + 2][0], words[n + 2][1]
    return _inside(spans, starts, s, e) >= 0


def role_of(profile: dict[str, float], classes: Sequence[str]) -> str | None:
    """The strongest of these role classes in a raw profile, where strong enough to say the figure's role."""
    best = max(classes, key=lambda c: profile.get(c, 0.0))
    return best if profile.get(best, 0.0) >= ROLE_WEIGHT else None
