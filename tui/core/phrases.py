"""The phrase a figure stands in, in its sentence's words: what the figure is of ("the closing price of
$81.16", "a $1.2bn termination fee"), the subject of the verb it is the value of ("revenue fell 8%"), what a
measure that opens its clause does, what happened on a date, what a span of time is measured from, and the
subject a clause that leaves its own out shares with the sentence's first figure. Each gives the indices of
the words (`roles.Word`) that name the figure; a fact's label (`labels.label`) is made of them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from tui.core.figure_qualifiers import QUALIFIERS
from tui.core.roles import BOUNDARY, FUNCTION_WORDS, TELLING_WORDS, TIME_ROLES, Word

LABEL_SKIP = frozenset(
    [
        "since",
        "now",
        "course",
        "currently",
        "still",
        "already",
        "later",
        "recently",
        "reportedly",
        "added",
        "reiterated",
        "stated",
        "noted",
        "confirmed",
        "explained",
        "according",
        "source",
        "sources",
        "officials",
        "official",
        "spokesperson",
        "spokesman",
        "statement",
        "tuesday",
        "monday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
LABEL_SKIP |= frozenset(
    [
        *("it", "its", "they", "them", "their", "he", "she", "his", "her", "we", "our", "this", "that", "these"),
        *("those", "near", "nearby", "due", "also", "even", "just", "such", "past", "some", "many", "several"),
    ]
)
"""Words that say who said a figure or when, or stand in for what it is of: never in a label (an adverb may
tell: "seriously injured")."""


HEAD_WORDS = 2
"""How many words of the phrase a figure stands in its label takes ("closing price", "new debt")."""


GENERIC_HEADS = frozenset(
    [
        *("total", "average", "sum", "number", "amount", "figure", "level", "value", "estimate", "maximum"),
        *("minimum", "end", "start", "beginning", "middle", "rest", "part"),
    ]
)
"""Words that say no more than the figure itself ("a total of $40m", "an average of 29 crowns", "by the end of
2026")."""


DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"])
CHANGE_TOKENS = ("~rise", "~fall")
NOT_IN_PHRASES = FUNCTION_WORDS | (TELLING_WORDS - {"new", "first", "last", "next", "early", "late"})
"""Words that name no thing in a figure's phrase: the function words, and adverbs and particles ("off", "up",
"ago"); an adjective of time may ("new debt", "first quarter")."""


def word_start(word: Word) -> int:
    return word[0]


def naming(word: Word) -> bool:
    """Whether a word may stand in a figure's phrase: a content word, no adverb, nothing that says when or who."""
    _s, _e, written, token = word
    low = written.lower()
    return (
        bool(token)
        and token != BOUNDARY
        and token not in TIME_ROLES
        and written.isalpha()
        and low not in NOT_IN_PHRASES
        and low not in LABEL_SKIP
        and low not in GENERIC_HEADS
        and not low.endswith("ly")
    )


def _run(words: Sequence[Word], text: str, k: int, step: int, names_too: bool, most: int) -> list[int]:
    """The words of a phrase from word k on in one direction, as far as they name a thing, the `most` nearest k
    (or, with `most` negative, the farthest); capitalised words (a company's name before its "closing price")
    only where `names_too`. A hyphenated word is one word: all its parts name, or it ends the phrase
    ("two-year-olds")."""
    groups: list[list[int]] = []
    while 0 <= k < len(words):
        group = hyphenated(words, text, k, step)
        if not all(naming(words[g]) and (names_too or not words[g][2][0].isupper()) for g in group):
            break
        groups.append(group)
        k = group[-1] + step
    return [k for group in (groups[:most] if most > 0 else groups[most:]) for k in group]


def hyphenated(words: Sequence[Word], text: str, k: int, step: int) -> list[int]:
    """Word k and the words joined to it by hyphens, in the direction of `step` ("pre-tax", "rate-setting")."""
    group = [k]
    while True:
        nxt = group[-1] + step
        if not 0 <= nxt < len(words):
            return group
        first, second = (words[group[-1]], words[nxt]) if step > 0 else (words[nxt], words[group[-1]])
        if second[0] != first[1] + 1 or text[first[1] : second[0]] != "-":
            return group
        group.append(nxt)


def head_phrase(words: Sequence[Word], text: str, span: tuple[int, int]) -> list[int]:
    """The indices of the words that name what a figure is of by the phrase it stands in: "the closing price of
    $81.16", "$20 billion of new debt", "a $1.2bn termination fee", "a 3% fall in volumes", with the word right
    before it ("cut $1.1bn of annual costs", "owns 2% of the company"). Empty where the phrase says nothing
    ("rose 4% to $10", "a total of $40m")."""
    inside = bisect_left(words, span[0], key=word_start)
    after = _past_brackets(words, bisect_left(words, span[1], key=word_start))
    picked: list[int] = []
    if inside > 0 and word_at(words, inside - 1) == "of":
        picked = _run(words, text, inside - 2, -1, False, HEAD_WORDS)
    if not picked and word_at(words, after) == "of":
        picked = _run(words, text, _past_determiners(words, after + 1), 1, True, -HEAD_WORDS)
    if not picked and word_at(words, inside - 1) in DETERMINERS:  # a modifier: "a 38% premium"
        picked = _run(words, text, after, 1, False, HEAD_WORDS)
        if len(picked) == 1 and words[picked[0]][3] in CHANGE_TOKENS and word_at(words, after + 1) == "in":
            picked += _run(words, text, _past_determiners(words, after + 2), 1, True, -HEAD_WORDS)  # "fall in volumes"
    if picked and inside > 0 and naming(words[inside - 1]) and not words[inside - 1][2][0].isupper():
        picked.append(inside - 1)
    return sorted(picked)


BRACKET_REACH = 10
"""How many words a bracket after a figure may hold to be passed over (a conversion: "(456 square miles)")."""


def _past_brackets(words: Sequence[Word], k: int) -> int:
    """The index of the first word from k on past a bracket that opens there ("$5bn (£3.9bn) profit")."""
    if word_at(words, k) != "(":
        return k
    close = next((j for j in range(k + 1, min(len(words), k + BRACKET_REACH)) if words[j][2] == ")"), None)
    return k if close is None else close + 1


def verb_after(words: Sequence[Word], text: str, span: tuple[int, int]) -> list[int]:
    """The indices of the words that say what a figure standing as its clause's subject does, past a bracket
    and auxiliaries: the verb, and a preposition's noun after it ("Now 640 km² (247 sq mi) remain under
    water"). Empty where a word before the figure makes it an object or a modifier ("an arms depot 110 km
    inside Russia"), or a direction follows it ("130 km north of the town")."""
    before = past_qualifier(words, bisect_left(words, span[0], key=word_start) - 1)
    if before >= 0 and word_at(words, before) not in CLAUSE_OPENERS:
        return []
    k = _past_brackets(words, bisect_left(words, span[1], key=word_start))
    while word_at(words, k) in AUXILIARIES:
        k += 1
    if not (0 <= k < len(words) and naming(words[k]) and not words[k][2][0].isupper()):
        return []
    if word_at(words, k) in DIRECTION_WORDS:
        return []
    if word_at(words, k + 1) in PLACE_PREPOSITIONS:
        thing = _run(words, text, _past_determiners(words, k + 2), 1, False, 1)
        return [k, k + 1, *thing] if thing else [k]
    return [k]


CLAUSE_OPENERS = frozenset([",", ";", ":", "and", "but", "that", "while", "now", "still", "only", "said", "says"])
"""Words after which a figure opens its clause, as its subject ("officials said 90 hectares remain")."""


DIRECTION_WORDS = frozenset(
    [
        *("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "inland"),
        *("inside", "outside", "away", "off", "offshore", "upstream", "downstream", "long", "wide", "high"),
        *("deep", "tall", "thick", "across", "from", "beyond", "short"),
    ]
)
"""Words after a measure that say where or how it extends, not what it does ("130 km north", "3 m deep")."""


PLACE_PREPOSITIONS = frozenset(["under", "in", "on", "at", "into", "across", "over", "below", "above", "behind"])
"""Words after a verb that place what it says ("remain under water", "stood at anchor")."""


def word_at(words: Sequence[Word], k: int) -> str:
    return words[k][2].lower() if 0 <= k < len(words) else ""


def _past_determiners(words: Sequence[Word], k: int) -> int:
    while word_at(words, k) in DETERMINERS:
        k += 1
    return k


VERB_TOKENS = frozenset([*CHANGE_TOKENS, "~level"])
"""The role classes of the verbs that give a figure as their subject's value ("rose", "fell", "reached")."""


COPULAS = frozenset(["is", "are", "was", "were", "be", "been", "being"])
VALUE_WORDS = frozenset(["worth", "valued", "priced", "costing"])
"""Words that give a figure as the value of the noun before them ("seed grants worth $40 million")."""


AUXILIARIES = COPULAS | frozenset(["has", "have", "had", "to", "expected"])
AUXILIARIES |= frozenset(["can", "cannot", "could", "will", "would", "shall", "should", "may", "might", "must"])
"""Words between a subject and its verb that say nothing of what the figure is ("profit has risen to")."""


VERB_REACH = 4
"""How many words may stand between a figure and the verb it is the value of ("was down a more modest 9%")."""


SUBJECT_WORDS = 3
"""How many words of the subject a label takes, the nearest the verb ("replacement cost profit")."""


APPOSITIVE_REACH = 10
"""How many words an aside between commas may have, between a subject and its verb ("Profit, the company's
measure of net income, reached $2.7bn")."""


def subject_phrase(words: Sequence[Word], text: str, span: tuple[int, int]) -> list[int]:
    """The indices of the words that name what a figure is the value of as the subject of the verb before it,
    and the verb where it says a change: "first quarter revenue was $4bn", "underlying profit fell 9%",
    "Profit, the group's measure of earnings, reached $2.7bn", "shares in the bank were down 2%". Empty where
    no such verb stands just before the figure, or its subject is no noun ("It rose 4%", "..., down 40%")."""
    inside = bisect_left(words, span[0], key=word_start)
    verb = _verb_before(words, inside)
    if verb < 0:
        return []
    k = verb - 1
    while k >= 0 and word_at(words, k) in AUXILIARIES:
        k -= 1
    if word_at(words, k) == ",":  # an aside between the subject and its verb, if it holds no figure
        opening = next((j for j in range(k - 1, max(-1, k - APPOSITIVE_REACH), -1) if words[j][2] == ","), -1)
        if opening < 0 or any(words[j][2][0].isdigit() for j in range(opening, k)):
            return []
        k = opening - 1
    subject, k = _noun_run(words, text, k)
    if subject and word_at(words, k) in DETERMINERS and word_at(words, k - 1) in NOUN_PREPOSITIONS:
        subject, _ = _noun_run(words, text, k - 2)  # the noun the phrase is of: "shares in the company"
    if not subject:
        return []
    change = [j for j in range(verb, inside) if words[j][3] in CHANGE_TOKENS][:1]
    return sorted(subject + change)


def _verb_before(words: Sequence[Word], inside: int) -> int:
    """The index of the verb a figure (its first word at `inside`) is the value of, within `VERB_REACH` words
    before it and in its clause; -1 if none."""
    after_preposition = False
    for k in range(inside - 1, max(-1, inside - 2 - VERB_REACH), -1):
        written, token = words[k][2], words[k][3]
        if token == BOUNDARY or not written.isalpha() or written[0].isupper():
            return -1
        if token in VERB_TOKENS or written.lower() in COPULAS or written.lower() in VALUE_WORDS:
            return k
        if after_preposition:
            return -1  # "raised its dividend to 18p": the figure is the dividend's, not the subject's
        after_preposition = written.lower() in VERB_PREPOSITIONS
    return -1


def _noun_run(words: Sequence[Word], text: str, k: int) -> tuple[list[int], int]:
    """The `SUBJECT_WORDS` words that name a thing from word k back (the sentence's first word, or an acronym
    before a noun: "RC profit"; a name not; "per" between two: "profit per share"), and the index of the word
    before them."""
    groups: list[list[int]] = []
    taken = 0
    while k >= 0:
        group = hyphenated(words, text, k, -1)
        taken += len(group)
        if taken > SUBJECT_WORDS:
            break
        if all(
            naming(words[g]) and (not words[g][2][0].isupper() or g == 0 or (groups and words[g][2].isupper()))
            for g in group
        ):
            groups.append(group)
            k = group[-1] - 1
        elif groups and word_at(words, k) == "per" and k > 0 and naming(words[k - 1]):
            groups.append([k])
            k -= 1
        else:
            break
    return [g for group in groups for g in group], k


NOUN_PREPOSITIONS = frozenset(["in", "of", "at", "for", "on"])
"""Words that join a noun to the one it is of, before a subject ("shares in the company"): the subject is the
first noun."""


VERB_PREPOSITIONS = frozenset(["to", "by", "at", "from", "of", "in", "on"])
"""Words that join a figure to its verb ("rose to", "fell by", "stood at"), and to nothing else before them."""


PHRASE_PREPOSITIONS = frozenset(["from", "of", "in", "at", "for", "on", "with", "by", "to", "across", "among"])
"""Words before a count that make it the object of a phrase ("volunteers from 36 towns"): what follows is not
what its things did."""


QUALIFIER_WORDS = frozenset(w for phrase in QUALIFIERS for w in phrase.split()) | {"a", "an", "the", "another"}
"""Words of the qualifiers: a word between a figure and what comes before it may be one of them."""
ARTICLES = frozenset(["a", "an", "the", "another"])
_QUALIFIERS_ENDING: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted({tuple(phrase.split()) for phrase in QUALIFIERS}, key=len, reverse=True):
    _QUALIFIERS_ENDING.setdefault(_phrase[-1], []).append(_phrase)
"""The qualifiers' words by their last word, longest first."""


def past_qualifier(words: Sequence[Word], k: int) -> int:
    """The index of the word before a figure's qualifier and articles, from the word right before the figure
    (`k`): "deployed some 59,000 troops", "sent up to 300": the verb. Only a whole qualifier counts: "to three
    companies" has none ("to" of "up to" alone is a preposition)."""
    while True:
        while word_at(words, k) in ARTICLES:
            k -= 1
        ending = _QUALIFIERS_ENDING.get(word_at(words, k), ())
        n = next((len(p) for p in ending if all(word_at(words, k - len(p) + 1 + m) == w for m, w in enumerate(p))), 0)
        if not n:  # "up to around 690,000": qualifiers one after another
            return k
        k -= n


DATE_PREPOSITIONS = frozenset(["on", "in", "at", "by", "until", "till", "since", "from", "before", "after", "during"])
TELLING_DATE_PREPOSITIONS = frozenset(["by", "until", "till", "since", "before", "after"])
"""Words before a date that say more than when: a deadline, a start ("closed until March 16", "since 1962")."""
REPORTING_VERBS = frozenset(["said", "says", "told", "reported", "announced", "confirmed", "stated"])


def date_phrase(words: Sequence[Word], text: str, span: tuple[int, int]) -> list[int]:
    """The indices of the words that say what happened on a date, where the date follows them after a
    preposition: the verb or noun before it, the noun before that (its subject), and the preposition where it
    says more than when ("the director said on Nov. 11", "schools will stay closed until March 16", "the
    flood began on 27 February", "the inauguration on Jan. 20"). Empty where no such word stands there."""
    k = bisect_left(words, span[0], key=word_start) - 1
    while k >= 0 and word_at(words, k) in QUALIFIER_WORDS:  # "in" too: a year "in 2021" is told by its weights
        k -= 1
    prep = k
    if word_at(words, prep) not in DATE_PREPOSITIONS:
        return []
    k -= 1
    if not (0 <= k < len(words)) or words[k][2][0].isupper() or not words[k][2].isalpha():
        return []
    if not (naming(words[k]) or word_at(words, k) in REPORTING_VERBS):
        return []
    picked = [k]
    j = k - 1
    while j >= 0 and word_at(words, j) in AUXILIARIES:
        j -= 1
    subject, _ = _noun_run(words, text, j)
    while not subject and word_at(words, j) in DETERMINERS:
        j -= 1  # an object's verb instead: "led the city from 2011"
        subject = [j] if j >= 0 and naming(words[j]) and not words[j][2][0].isupper() else []
    picked += subject[:1]  # the word nearest: "director", "schools"
    if word_at(words, prep) in TELLING_DATE_PREPOSITIONS:
        picked.append(prep)
    return sorted(picked)


ELIDED_WORDS = frozenset(
    ["more", "less", "than", "from", "by", "to", "and", "though", "but", "while", "still", "only", "with"]
)
"""Words of a clause that leaves out its subject, besides its change and its figures ("..., though up more than
12% from $4bn")."""


COMPARING_WORDS = frozenset(["compared", "versus", "vs", "against"])
"""Words that set a figure against the one before it, as a comma before such a clause does ("was 16 cents
compared to 27 cents a year ago")."""


def elided_phrase(
    words: Sequence[Word], text: str, span: tuple[int, int], others: Sequence[tuple[int, int]], kind: str
) -> list[int]:
    """The indices of the words that name a figure in a clause that leaves out its subject: after a comma
    with a change ("Revenue was $5bn, down 12% from $5.7bn a year earlier") or an "and" ("..., and $5.1bn in
    the previous quarter"), or after a word that compares ("16 cents compared to 27 cents a year ago"). They
    are the subject or phrase of the sentence's first figure (`subject_phrase`, `head_phrase`), and for a
    percentage the change its own clause says ("revenue down"). Empty where the clause says more than that
    and figures, or no figure stands before it."""
    k = bisect_left(words, span[0], key=word_start) - 1
    change = -1
    while k >= 0 and words[k][2] != "," and word_at(words, k) not in COMPARING_WORDS:
        if words[k][3] in CHANGE_TOKENS:
            change = k
        elif not (
            word_at(words, k) in ELIDED_WORDS
            or word_at(words, k) in QUALIFIER_WORDS
            or any(s <= words[k][0] < e for s, e in others)
        ):
            return []
        k -= 1
    if k < 0:
        return []  # no comma or comparing word before it: a clause of its own
    before = [o for o in others if o[1] <= words[k][0]]
    comma = words[k][2] == ","
    if not before or (change < 0 and comma and word_at(words, k + 1) != "and"):
        return []
    first = min(before)
    phrase = head_phrase(words, text, first) or subject_phrase(words, text, first)
    phrase = [j for j in phrase if words[j][3] not in CHANGE_TOKENS]
    return sorted([*phrase, change]) if phrase and change >= 0 and kind == "percent" else phrase


SPAN_PREPOSITIONS = frozenset(["into", "after", "before", "since"])
"""Words after a span of time that name what it is measured from ("two years into the war", "a week after the
vote")."""


def span_phrase(words: Sequence[Word], text: str, span: tuple[int, int]) -> list[int]:
    """The indices of the words that name what a span of time is of: its phrase (`head_phrase`: "a waiting list
    of six weeks", "the three-day festival"), what it is measured from ("two years into its invasion", "a week
    after the vote"), or who is of that age ("adults aged 45"). Empty where none says."""
    head = head_phrase(words, text, span)
    if head:
        return head
    inside, after = bisect_left(words, span[0], key=word_start), bisect_left(words, span[1], key=word_start)
    if word_at(words, after) in SPAN_PREPOSITIONS:
        thing = _run(words, text, _past_determiners(words, after + 1), 1, True, HEAD_WORDS)
        return [after, *thing] if thing else []
    if word_at(words, inside - 1) == "aged":
        who = _run(words, text, inside - 2, -1, False, 1)
        return sorted([*who, inside - 1]) if who else []
    return []
