"""A fact's label: what its figures are said of, in the words of its first figure's sentence ("people
evacuated", "closing price", "adjusted earnings per share a year earlier"), from the figures' role profiles
(`roles.profile`) and the phrase the figure stands in (`phrases`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from tui.core.phrases import (
    AUXILIARIES,
    LABEL_SKIP,
    PHRASE_PREPOSITIONS,
    date_phrase,
    elided_phrase,
    head_phrase,
    hyphenated,
    naming,
    past_qualifier,
    span_phrase,
    subject_phrase,
    verb_after,
    word_at,
    word_start,
)
from tui.core.roles import BOUNDARY, EVENT_ROLES, FUNCTION_WORDS, ROLE_WEIGHT, TIME_ROLES, Word, role_token

LABEL_REACH = 10
"""How many words either side of a fact's first figure its label may take words from."""


_BEFORE_PHRASE_AHEAD = frozenset(["previous", "prior", "last", "preceding"])


def _action_word(words: Sequence[Word], span: tuple[int, int], noun: str) -> int | None:
    """The index of the word that says what a count's things (their token `noun`) did or had done to them,
    where one stands right before it (past its qualifiers: "deployed some 59,000 troops") or right after it
    (past auxiliaries: "11,000 troops had arrived"); None where neither is a word that names."""
    k = past_qualifier(words, bisect_left(words, span[0], key=word_start) - 1)
    if _acts(words, k, noun):
        return k
    if word_at(words, k) in PHRASE_PREPOSITIONS:
        return None  # "volunteers from 36 towns joined": the verb after is not the towns'
    k = bisect_left(words, span[1], key=word_start)
    if word_at(words, k) in PHRASE_PREPOSITIONS - {"of"}:  # "11 ferries from neighbouring ports were sent"
        k = next((j for j in range(k + 2, k + 2 + PHRASE_REACH) if word_at(words, j) in AUXILIARIES), len(words))
    while k < len(words) and (word_at(words, k) in AUXILIARIES or word_at(words, k) in ASIDE_ADVERBS):
        k += 1
    return k if _acts(words, k, noun) else None


PHRASE_REACH = 3
"""How many words a phrase after a count may hold for the verb after its auxiliary to be its things' ("11
ferries from neighbouring ports were sent"); an "of" phrase names what is counted instead ("12,000 head of
cattle")."""


ASIDE_ADVERBS = frozenset(["also", "later", "then", "still", "already", "reportedly", "since"])
"""Words between a count and its verb that say nothing of what its things did ("were also sent")."""


def _time_word(
    words: Sequence[Word], at: int, span: tuple[int, int], token: str, others: Sequence[tuple[int, int]]
) -> int | None:
    """The index of the word of a time role's token that says the figure's time (its first word at `at`): the
    nearest in the figure's own clause ("a year ago, and 17.77 cents in the previous quarter": "previous"),
    else the nearest that stands no nearer another figure ("A year earlier, profit was $5bn"; not "ago" for
    the second of "$8.7bn a year ago, though up from $1.5bn"); None where there is none."""
    end = bisect_left(words, span[1], key=word_start)
    ahead = next((k for k in range(end, min(len(words), end + LABEL_REACH)) if words[k][3] in (token, BOUNDARY)), -1)
    behind = next((k for k in range(at - 1, max(-1, at - LABEL_REACH), -1) if words[k][3] in (token, BOUNDARY)), -1)
    found = [k for k in (ahead, behind) if k >= 0 and words[k][3] == token]
    if found:
        return min(found, key=lambda k: abs(words[k][0] - span[0]))
    reach = range(max(0, at - LABEL_REACH), min(len(words), end + LABEL_REACH))
    near = [k for k in reach if words[k][3] == token]
    if not near:
        return None
    k = min(near, key=lambda k: _apart(words[k], span))
    return None if any(_apart(words[k], o) < _apart(words[k], span) for o in others) else k


def _apart(word: Word, span: tuple[int, int]) -> int:
    """How many characters lie between a word and a figure's span."""
    return max(span[0] - word[1], word[0] - span[1], 0)


def _acts(words: Sequence[Word], k: int, noun: str) -> bool:
    return 0 <= k < len(words) and naming(words[k]) and not words[k][2][0].isupper() and words[k][3] != noun


PHRASED_KINDS = frozenset(["money", "percent", "quantity"])
"""The kinds of figure a phrase names (`head_phrase`): a count names its own noun, and a date or a span of time
stands in phrases of when ("by the end of 2026", "within three years of completion")."""


def label(
    total: dict[str, float],
    words: Sequence[Word],
    span: tuple[int, int],
    counted: str,
    event: str | None,
    kind: str = "count",
    unit_key: str = "",
    text: str = "",
    others: Sequence[tuple[int, int]] = (),
) -> str:
    """A fact's label from its figures' summed profiles and its first figure's sentence: the counted noun,
    what happened to it where its figures say so (`event`, their `role_of` the event roles), the one or two
    words that say most of what the figures are of (evacuated, profit), and the phrase of a time role ("a year
    earlier", "previous quarter"), in the sentence's own words and order. An amount, a percentage or a
    measure whose phrase in the sentence `text` names what it is of (`head_phrase`) takes that phrase's words
    instead of the one or two that weigh most; one in a clause that leaves out its subject takes the phrase of
    the sentence's first figure (`elided_phrase`; `others`: the spans of the sentence's other figures)."""
    start = span[0]
    nearest: dict[str, tuple[int, int]] = {}
    at = bisect_left(words, start, key=word_start)
    noun = role_token(counted) if counted else None
    own = noun is not None or kind != "count"  # a bare count takes its noun from another figure's words
    for k in range(max(0, at - LABEL_REACH), min(len(words), at + LABEL_REACH)):
        s, _e, _word, token = words[k]
        if not token or token == BOUNDARY or (own and token != noun and any(a <= s < b for a, b in others)):
            continue  # a word of another figure ("38 million euros") names that one, but for what both count
        if token not in nearest or abs(s - start) < abs(nearest[token][0] - start):
            nearest[token] = (s, k)
    things = sorted(
        (
            t
            for t in total
            if t in nearest and t != noun and t not in TIME_ROLES and words[nearest[t][1]][2].lower() not in LABEL_SKIP
        ),
        key=lambda t: (
            -total[t] * (1.5 if t in EVENT_ROLES else 1.0) * (0.5 if words[nearest[t][1]][2][0].isupper() else 1)
        ),
    )
    events = [t for t in things if t == event][:1]  # one thing happened to them: killed, or injured
    if noun in EVENT_ROLES:
        events = [noun]  # "16 dead"
    inside = range(at, bisect_left(words, span[1], key=word_start))
    own = [words[k][3] for k in inside if words[k][3] in EVENT_ROLES and words[k][3] != noun and words[k][3] in nearest]
    if own:
        events = own[:1]  # said in the figure itself, as in "two missing fishermen", whatever its sentence says near
    if events and noun and events[0] != noun:
        things = events  # what happened to the counted says the claim: "killing people", not "province killing people"
    else:
        things = [t for t in things if t not in EVENT_ROLES or t in events][:2]
    phrased = bool(text) and kind in PHRASED_KINDS and unit_key != "time"
    head = head_phrase(words, text, span) if phrased else []
    if phrased and not head:
        head = (
            subject_phrase(words, text, span)
            or verb_after(words, text, span)
            or elided_phrase(words, text, span, others, kind)
        )
    if unit_key.startswith("fx:") and text:
        price = text[words[at][1] : span[1]].strip()  # "per euro"
        priced = _currency_before(words, at, price.rsplit(maxsplit=1)[-1].lower().rstrip("s"))
        if priced:
            return f"{priced} {price}"  # "crown per euro": an exchange rate
    if unit_key == "age" and (named := _name_before(words, at)):
        return " ".join(words[k][2] for k in named) + ", age"  # "Tomas Reyes, 24,": whose age
    if text and unit_key in ("time", "age"):
        head = span_phrase(words, text, span)
    dated = date_phrase(words, text, span) if kind == "date" and text else []
    if dated:
        head, things = dated, []  # what happened then, in its own words alone
    weighed = [nearest[t][1] for t in things]
    action = (
        _action_word(words, span, noun) if kind == "count" and noun and not (events and events[0] != noun) else None
    )
    if action is not None:  # "deployed some 59,000 troops", "11,000 troops arrived": what the counted did or had done
        weighed = [action] if noun in nearest else [action, *weighed[:1]]
    if len(head) == 1:  # one word of its phrase ("premium"): with the word that says most beside it ("offer")
        weighed = [k for k in weighed if k != head[0]][:1]
    picked = set(head) | set(weighed) if len(head) == 1 else set(head) if head else set(weighed)
    if noun in nearest:
        picked.add(nearest[noun][1])
    time_role = max(TIME_ROLES, key=lambda t: total.get(t, 0.0))
    k = _time_word(words, at, span, time_role, others) if total.get(time_role, 0.0) >= ROLE_WEIGHT else None
    if k is not None:
        picked.add(k)
        if words[k][2].lower() in _BEFORE_PHRASE_AHEAD and k + 1 < len(words) and words[k + 1][2][0].isalpha():
            picked.add(k + 1)  # "previous quarter"
        elif k > 0 and words[k - 1][2][0].isalpha() and words[k - 1][2].lower() not in FUNCTION_WORDS:
            picked.add(k - 1)  # "year earlier"
    if text:  # a hyphenated word whole, as written: "re-elected", "pre-tax"
        whole = {g for k in picked for step in (-1, 1) for g in hyphenated(words, text, k, step)}
        picked |= {g for g in whole if words[g][2].isalpha() and not span[0] <= words[g][0] < span[1]}
    out = ""
    for n, k in enumerate(sorted(picked)):
        word = words[k][2] if words[k][2][:1].isupper() and k != 0 else words[k][2].lower()
        joined = n and text and words[k][0] == words[k - 1][1] + 1 and k - 1 in picked
        out += ("-" if joined and text[words[k - 1][1]] == "-" else " " if n else "") + word
    return out


def _name_before(words: Sequence[Word], at: int) -> list[int]:
    """The words of the proper name an age stands after in apposition ("Striker Tomas Reyes, 24,"): capitalised
    words before its comma, but the sentence's first word where more follow (a title: "Striker")."""
    k = at - 1
    if k < 0 or words[k][2] != ",":
        return []
    named = []
    while k - 1 >= 0 and len(named) < 4 and words[k - 1][2][:1].isupper() and words[k - 1][2].isalpha():
        k -= 1
        named.insert(0, k)
    return named[1:] if len(named) > 1 and named[0] == 0 else named


CURRENCY_NOUNS = frozenset(
    [
        *("crown", "krona", "krone", "koruna", "rupee", "yen", "yuan", "renminbi", "euro", "dollar", "pound"),
        *("sterling", "franc", "peso", "lira", "rouble", "ruble", "won", "real", "rand", "shekel", "zloty"),
        *("forint", "ringgit", "rupiah", "baht", "dirham", "riyal", "naira", "hryvnia", "leu", "lev", "dinar"),
    ]
)
"""Words for a currency: what an exchange rate is the price of ("the crown ... 11.42 per euro")."""


def _currency_before(words: Sequence[Word], at: int, price: str) -> str:
    """The nearest currency but the one it is priced in (`price`) an exchange rate at word `at` follows in
    its sentence ("The crown firmed against the euro to 11.42 per euro": crown), or ""."""
    for k in range(at - 1, max(-1, at - LABEL_REACH), -1):
        word = words[k][2].lower()
        if word in CURRENCY_NOUNS and word != price:
            return word
    return ""
