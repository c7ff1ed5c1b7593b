"""The patterns of the figure scanner (`figures`) and the small readers of the text around a number:
a currency before it, the noun it counts, a code it is part of."""

from __future__ import annotations

import re

from tui.core.numwords import SMALL_NUMBER, ends_in_number
from tui.core.stopwords import STOPWORDS
from tui.core.units import (
    CURRENCY_ENDS,
    CURRENCY_PREFIX_PATTERN,
    CURRENCY_WORDS,
    RATES,
)

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:(?<![a-z]{4})\.|(?<=Sept)\.)?"
)
"""A month's name, an abbreviation with its point ("Sept. 26"; a full name's point ends its sentence)."""
DATES = re.compile(
    r"\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b"
    r"|\b" + MONTH.replace("(", "(?P<m1>", 1) + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{4})\b)?"
    r"|\b(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+" + MONTH.replace("(", "(?P<m2>", 1) + r"(?:,?\s+(?P<y2>\d{4})\b)?"
    r"|\b" + MONTH.replace("(", "(?P<m3>", 1) + r"\s+(?P<y3>\d{4})\b"
    r"|\b(?:in|In|since|Since|by|until|till|from|before|after|during|of|early|late|mid|year|spring|summer"
    r"|autumn|fall|winter|and|to|through)\s(?P<y4>1[6-9]\d{2}|20\d{2})\b(?![.,]\d|-\d|\s*(?:%|per\s?cent))"
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]heir)\s(?P<y5>19\d{2}|20\d{2})(?=\s+[a-z]+\b)(?!\s+[a-z]+s\b)"
    r"|\b(?:[Bb]etween\s(?P<y6>1[6-9]\d{2}|20\d{2})(?=\s+and\s+(?:1[6-9]\d{2}|20\d{2})\b)"
    r"|(?:on|compared\s+(?:with|to)|versus|vs\.?)\s(?P<y7>1[6-9]\d{2}|20\d{2})(?=[.,;:)]|\s*$))"
)
"""Dates: ISO, day and month with or without a year, month and year, a year after a word that opens a time
("in 2024", "since 1921"), a year before the thing of that year ("the 2024 figure", not "the 2000 troops"), the
first year of "between 2006 and 2018", and a year a change is measured against where it ends a clause ("up 4%
on 2022.", "compared with 2021,")."""
NUMBER = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?![\d,])(?:\.\d+)?"
    r"|(?<![\d.,] )\d{1,3}(?: \d{3})+(?![\d,]| ?\d{1,2}/\d| \d)(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<frac>[-\s]\d{1,2}/\d{1,2}(?!\d)|\s?[½¼¾⅓⅔])?"
    r"|(?P<vulgar>[½¼¾⅓⅔])"
)
"""A number, its thousands set apart by commas, by the thin or no-break spaces of many sites or by plain spaces
("10 000 rand"; not in a row of numbers, "120 340 560", nor before a fraction, "2 100 1/2"), with the fraction
that completes it ("2 1/2", "2½", "1 ½"); or a fraction character alone ("½ cup")."""
MINUS_WORD = re.compile(r"\b[Mm]inus\s$")
"""A sign written as a word before a number ("minus 12C", "fell to minus 40 degrees")."""


def minus_before(text: str, lo: int, start: int) -> int:
    """How many characters before the number at `start` are its minus sign, a sign ("-12 °C", "(−40°") or a
    word ("minus 18C"), but not "minus" between two numbers ("20 minus 3", "ten minus 3": a sum); 0 for none."""
    if start > lo and text[start - 1] in "-−" and (start - 1 == lo or text[start - 2] in " (\n"):
        return 1
    word = MINUS_WORD.search(text, max(lo, start - 7), start)
    if word is None or ends_in_number(text[max(lo, word.start() - 12) : word.start()]):
        return 0
    return start - word.start()


FRACTION_CHARS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
BARE_FRACTION = re.compile(r"/(\d{1,2})(?![\d/])")
"""The rest of a fraction written without a whole number: "3/4" (the numerator is the number matched)."""
OF = re.compile(r"\s+of\b")
STREET = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Court)\b"
)
"""What follows a house number ("1600 Main Street", "10 Downing Street"): an address, not a figure."""
RANGE = re.compile(r"\s?(?:-|–|—|to)\s?(?P<hi>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d/])")
BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
AND_NUMBER = re.compile(r"\s+and\s+(?P<hi>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\b")
SCALE = re.compile(
    r"(?:\s|-(?=thousand|million|billion|trillion))?"
    r"(thousand|millions?|billions?|trillion|mn|mln|bn|tn|trn|lakhs?|crores?|[kmbt])\b",
    re.IGNORECASE,
)
PERCENT = re.compile(
    r"\s?%|(?-i:pc)\b|\s?-?(?:per[\s-]?cent|percent|pct)\b|\s(?:percentage points?)\b"
    r"|\s?-?(?:basis[\s-]points?|(?-i:bps?))\b",
    re.IGNORECASE,
)


def percent_unit(written: str) -> tuple[str, float]:
    """The unit a percentage is written in and what its number is multiplied by: "%" or "pp" (percentage
    points), and basis points as hundredths of a point ("25 basis points" is 0.25 pp)."""
    low = written.lower()
    if "b" in low:
        return "pp", 0.01
    return ("pp" if "point" in low else "%"), 1.0


MAGNITUDE = re.compile(r"magnitude[\s-]+$", re.IGNORECASE)
MEASURE_ADJECTIVE = re.compile(r"\s+(?:tall|long|high|wide|deep|thick|away|below|above|across)\b", re.IGNORECASE)
"""Words after "1.9m" that make it metres, not millions."""
CHANGE_VERBS = (
    r"(?:rose|rise|rising|risen|fell|fall|falling|fallen|increased?|increasing|decreased?|decreasing|climbed|"
    r"dropped|grew|grown|jumped|declined|slipped|soared|surged|slumped|plunged|up|down|cut|raised|lowered|"
    r"changed|went|widened|narrowed|shrank|shrunk|swelled|doubled|tripled|halved|expanded|contracted|tumbled|"
    r"dipped|edged|ballooned|revised|upgraded|downgraded|rebounded|recovered|sank|spiked|leapt|leaped|reduced|"
    r"boosted|lifted|trimmed|slashed|moved)"
)
FROM_CHANGE = re.compile(r"\b" + CHANGE_VERBS + r"\s+(?:\w+\s+){0,2}?from\s+(?:\S+\s?)?$", re.IGNORECASE)
"""A change before "from": "rose from 41 to 57" states two figures, the value before and after, not a range."""


SUBJECT_COUNT = re.compile(
    r"\b(?:(?:death|casualty)\s+)?(?P<toll>toll)\b(?!\s+(?:roads?|bridges?|booths?|plazas?|gates?|lanes?|free|fees?"
    r"|charges?|tunnels?|motorways?)\b)[^.;:,\d]{0,60}$"
    r"|\bnumbers?\s+of\s+(?:the\s+)?(?P<noun>[a-z]+(?:\s+[a-z]+){0,2})\b[^.;:,\d]{0,60}$"
    r"|\b(?P<subject>[a-z]{3,}s)\s+(?:have\s+|has\s+|had\s+)?(?:rose|risen|climbed|doubled|tripled|jumped|fell|dropped"
    r"|increased|decreased|reached|grew|grown|topped|totalled|totaled|soared|surged)(?:\s+(?:to|at))?\s+"
    r"(?:(?:about|nearly|more\s+than|almost|some|around|over)\s+)?$",
    re.IGNORECASE,
)
"""What a bare count stands at when the clause before it names it: "the death toll rose to 26" (deaths),
"the number of injured reached 85" (injured)."""


MEASURED_SUBJECTS = frozenset(
    [
        *("prices", "shares", "rates", "levels", "temperatures", "values", "stocks", "yields", "costs", "profits"),
        *("revenues", "sales", "earnings", "wages", "markets", "bills", "rents", "fares", "numbers", "figures"),
        *("totals", "scores", "points", "losses", "gains", "savings", "exports", "imports", "tolls", "ratings"),
    ]
)
"""Subjects of a change that are measured, not counted: "prices rose to 1,480" counts no prices."""


def subject_count(text: str, lo: int, start: int) -> str | None:
    """The counted noun a bare count at `start` takes from the clause before it (`SUBJECT_COUNT`): "the death
    toll rose to 26", "the number of injured reached 85", "cases doubled to 1,480"; else None."""
    m = SUBJECT_COUNT.search(text, max(lo, start - 90), start)
    if m is None:
        return None
    if m["subject"]:
        subject = m["subject"].lower()
        return None if subject in MEASURED_SUBJECTS or subject in STOPWORDS else subject
    return "deaths" if m["toll"] else _head_noun(m["noun"].lower().split())


_STANDS_AT = frozenset(
    [
        *("rises", "climbs", "stands", "reaches", "tops", "remains", "exceeds", "grows", "falls", "jumps"),
        *("doubles", "triples", "totals", "hits", "nears", "passes", "drops", "increases", "decreases", "is", "was"),
    ]
)
"""Verbs that end the noun phrase after "the number of" ("the number of dead rises to 41")."""


def _head_noun(words: list[str]) -> str:
    """The counted noun of the words after "the number of": the first plural before a verb, which ends a noun
    phrase ("National Guard troops deployed", "new Covid cases"), else the first ("injured", "people killed")."""
    for word in words:
        if word in _STANDS_AT:
            break
        if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
            return word
    return words[0]


EVENT_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|have\s+been|had\s+been|has\s+been|remain|remained|remains|had|have)\s+)?"
    r"(?:(?:reported|confirmed|believed|feared|now|still)\s+)?"
    r"(killed|dead|died|injured|hurt|wounded|missing|arrested|detained|evacuated|rescued|displaced|hospitali[sz]ed)\b"
)
"""What happened to the people a bare count counts, told after it: "14 were killed", "12 remain missing"."""


EVENT_BEFORE = re.compile(
    r"\b(kill|injur|wound|arrest|detain|evacuat|rescu|displac|hospitali[sz])(?:ing|ed|e)\s+"
    r"(?:(?:at\s+least|about|some|more\s+than|nearly|almost|around|up\s+to|over|another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
"""What happened to the people a bare count counts, told by the verb before it: "arrested 23", "killing 14"."""
_EVENT_WORD = {"kill": "killed", "injur": "injured", "wound": "wounded", "arrest": "arrested", "detain": "detained"}
_EVENT_WORD |= {"evacuat": "evacuated", "rescu": "rescued", "displac": "displaced"}


def event_of(text: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """The word of what happened to a bare count's people, told after it (`EVENT_AFTER`) or by the verb before
    it (`EVENT_BEFORE`), or None."""
    m = EVENT_AFTER.match(text, end, hi)
    if m:
        return m.group(1)
    m = EVENT_BEFORE.search(text, max(lo, start - 30), start)
    return _EVENT_WORD.get(m.group(1).lower(), "hospitalised") if m else None


def after_change_from(text: str, lo: int, start: int) -> bool:
    """Whether a change with "from" comes right before `start` (`FROM_CHANGE`): looked for only where "from" is
    near, as in few sentences it is (the verbs' alternation is slow to try at every place)."""
    a = max(lo, start - 40)
    window = text[a:start]
    return ("rom" in window or "ROM" in window) and FROM_CHANGE.search(text, a, start) is not None


CHANGE_BEFORE = re.compile(r"\b" + CHANGE_VERBS + r"\s+(?:(?:from|by|to)\s+)?(?:\S+\s?)?$", re.IGNORECASE)
"""A change just before a figure: "rose 2 metres to 5 metres" states the change and the level it reached."""
PAGE_COUNTER = re.compile(r"\s*(?:times?|visits?|views?|comments?|shares?|likes?|reads?|replies)\b", re.IGNORECASE)
COUNTER_WORDS = 6
"""The most words a sentence whose "N times", "N views" or "N shares" is a page's counter has ("(Visited 27
times, 1 visits today)"); in a longer one it is a count ("scored 27 times", "bought 500 shares in it")."""


def page_counter(text: str, end: int, lo: int, hi: int) -> bool:
    """Whether the number ending at `end`, in the sentence text[lo:hi], is a page's counter (`COUNTER_WORDS`)."""
    return PAGE_COUNTER.match(text, end, hi) is not None and len(text[lo:hi].split()) <= COUNTER_WORDS


WORD = r"([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)"
FIRST_WORD = re.compile(r"[ \u00a0]{0,2}" + WORD)
"""The first word of a phrase after a number: at most two spaces before it."""
NEXT_WORD = re.compile(r"[ \u00a0]{1,2}" + WORD)
DIGIT_RUN = re.compile(r"\d+|[½¼¾⅓⅔]")
ATTACHED_UNIT = re.compile(
    r"(?:(?:km|m)\^[23]|[kmbgctp]|bn|mn|tn|km|kms|mm|cm|kg|mg|ml|lbs?|oz|kph|kmph|mph|m²|km²|m2|km2|ghz|mhz|khz|hz"
    r"|mah|gbps|mbps|kbps|mb|gb|tb|kw|mcg|μg|µg"
    r"|mw|gw|kwh|ft|tev|gev|usd|eur|gbp|(?-i:pc|W|bps?))(?:\b|(?<=\^[23]))",
    re.IGNORECASE,
)
"""Letters that may follow a number directly ("5km", "3m"); any other letter makes it part of a word."""
HYPHEN_NOUN = re.compile(r"-([a-z]{3,})(?= [a-z])")
"""A noun joined to a number before the noun it describes: "a 150-seat parliament" (not "3-D", "a 19-1 win")."""
ODD = re.compile(r"-odd\b", re.IGNORECASE)
"""A round count told loosely, "150-odd people": about 150."""
MULTIPLE = re.compile(
    r"(?:-fold\b|\s+times(?=\s+(?:the|as|more|less|larger|bigger|higher|greater|faster|smaller|lower|longer"
    r"|heavier|wider|over|that|what|its|their)\b))",
    re.IGNORECASE,
)
"""A multiple: "2.4 times the size of Earth", "three times as many", "a 3-fold rise" (not "four times a week")."""
NOT_HYPHEN_NOUNS = frozenset(["odd", "fold", "something", "plus", "ish", "way", "off", "times", "nil", "all"])
"""Words after "N-" that count nothing: "150-odd", "a 3-fold rise", "a 20-something", "a 2-all draw"."""
IN_RATIO = re.compile(
    r"\b(?P<a>\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)\s+(?:in|out\s+of)\s+"
    r"(?P<b>\d{1,3}(?:,\d{3})?|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|a thousand)\b"
    r"(?![.,]\d)(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|games?|matches?|races?"
    r"|starts?|attempts?|tries|the|a|an|his|her|their|its)\b)"
)
"""A share told as "one in five", "1 in 10 adults", "nine out of 10": one of so many (not "5 in 10 years", "3 in
the last")."""
DATE_REACH = 24
"""How far a date reaches from one of its digits ("September 30, 2020", "through 2020")."""
PLURAL_NOUNS = frozenset(
    [
        "people",
        "men",
        "women",
        "children",
        "personnel",
        "police",
        "cattle",
        "livestock",
        "staff",
        "crew",
        "head",
        "sheep",
        "fish",
        "deer",
        "aircraft",
    ]
)
CONVERSION_GAP = re.compile(r"^\s*\(\s*(?:about|around|approximately|some|roughly|nearly|or)?\s*$", re.IGNORECASE)
CONVERSION_OR = re.compile(r"^\s*,\s*or\s+(?:about|around|approximately|some|roughly|nearly|almost)?\s*$")
"""Between a figure and the same told in another unit: "(531 square miles)"; ", or 199 mph" where the unit
differs ("£1,717 a year, or £143 a month"; not "£20, or £25 for members")."""


def scaled_value(value: float, factor: float) -> float:
    return float(f"{value * factor:.12g}")


def to_float(num: str) -> float:
    """The value of a number as written, with its commas or thin or no-break spaces between thousands."""
    return float(num.translate(GROUPING))


GROUPING = str.maketrans("", "", ", \u00a0\u202f\u2009")


def lead_of(text: str, pos: int, hi: int) -> str:
    """The character a pattern that starts with an optional whitespace (`\\s?`) must match first at `pos`, or ""
    at the sentence's end. A pattern is tried only when this character can begin it: most numbers are followed
    by none of the words after a number (a range, a scale, "per cent", a currency), and ruling them out by one
    character is several times faster than trying each pattern."""
    if pos >= hi:
        return ""
    c = text[pos]
    return (text[pos + 1] if pos + 1 < hi else "") if c.isspace() else c


def start_chars(*words: str) -> frozenset[str]:
    """The characters that may begin one of these words matched without case: both cases of the first letter,
    and the non-ASCII letters Python's patterns take for it (Kelvin sign, long s, dotted and dotless i)."""
    folds = {"k": "\u212a", "s": "\u017f", "i": "\u0130\u0131"}
    return frozenset(c for w in words for c in w[0].lower() + w[0].upper() + folds.get(w[0].lower(), ""))


RANGE_STARTS = frozenset("-–—t")
SCALE_STARTS = start_chars(
    "thousand", "million", "billion", "trillion", "mn", "bn", "lakh", "crore", "k", "m", "b", "t"
)
SCALE_STARTS |= {"-"}
PERCENT_STARTS = start_chars("%", "-", "per", "percentage", "basis", "bp")
CURRENCY_WORD_STARTS = start_chars(*CURRENCY_WORDS)


def currency_before(before: str) -> re.Match[str] | None:
    """The currency prefix at the end of `before` (a few characters before a number), or None."""
    if not before:
        return None
    c = before[-1]
    if c.isspace():
        if c != "\n" and (len(before) < 2 or before[-2] not in CURRENCY_ENDS):
            return None  # only a code, a sign, "Rs." or "Dh" may have a space after it
    elif c not in CURRENCY_ENDS:
        return None
    return CURRENCY_PREFIX_PATTERN.search(before)


def after_between(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] ends with "between" and whitespace ("between 5 and 7")."""
    return b > a and text[b - 1].isspace() and "between" in text[a:b].lower() and bool(BETWEEN.search(text, a, b))


def counted_noun(text: str, pos: int, end: int) -> tuple[str, str, int] | None:
    """(unit words, capitalised modifiers, end) of the noun phrase after a number, or None."""
    collected: list[re.Match[str]] = []
    p = pos
    plural = False
    while len(collected) < 4:
        m = (NEXT_WORD if collected else FIRST_WORD).match(text, p, end)
        if not m:
            break
        lw = m.group(1).lower()
        if lw in ("or", "and") and collected and not plural:
            # "17,500 overweight or obese adults": the noun comes after the second adjective
            q = m.end()
            for _ in range(3):
                nxt = NEXT_WORD.match(text, q, end)
                if nxt is None or nxt.group(1).lower() in STOPWORDS:
                    break
                q = nxt.end()
                if is_plural(nxt.group(1).lower()):
                    collected.append(nxt)
                    plural = True
                    break
            break
        if not collected and lw in MODIFIERS and NEXT_WORD.match(text, m.end(), end):
            p = m.end()  # "1,270 first events", "500 new jobs": the noun comes next
            continue
        if lw in STOPWORDS or lw in RATES or lw in ADVERBS_AFTER:
            break
        if collected and lw.endswith(("ing", "ed")) and lw not in ("killed",):
            break
        collected.append(m)
        p = m.end()
        if is_plural(lw) or ACRONYM_PLURAL.fullmatch(m.group(1)):
            plural = True
            break  # a plural noun ends the phrase: "boats sank", "people left"
    if len(collected) == 1:  # the common case: "troops", "people"
        word = collected[0].group(1)
        if ACRONYM_PLURAL.fullmatch(word):
            return word, "", collected[0].end()
        return None if word[0].isupper() else (word.lower(), "", collected[0].end())
    words = [m.group(1) for m in collected]
    while words and words[-1][0].isupper() and not ACRONYM_PLURAL.fullmatch(words[-1]):
        words.pop()
    if not words:
        return None
    nouns = [w if ACRONYM_PLURAL.fullmatch(w) else w.lower() for w in words if not _proper(w)]
    proper = [w for w in words if _proper(w)]
    return " ".join(nouns), " ".join(proper), collected[len(words) - 1].end()


def _proper(word: str) -> bool:
    return word[0].isupper() and not ACRONYM_PLURAL.fullmatch(word)


ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
"""A plural of capitals, counted as a noun is ("40 MPs", "300 ATMs", "1,270 first MACEs"), not a name."""
SINGULAR_IN_S = frozenset(["measles", "mumps", "rabies", "herpes", "diabetes", "news", "series", "species", "physics"])
"""Nouns that end in s and are no plural: in "1,214 measles cases" the noun goes on to "cases"."""


def is_plural(lw: str) -> bool:
    return lw in PLURAL_NOUNS or (
        lw.endswith("s") and not lw.endswith(("ss", "us", "is")) and len(lw) > 3 and lw not in SINGULAR_IN_S
    )


MODIFIERS = frozenset(["first", "new", "more", "fewer", "other", "additional", "further", "extra", "last"])
ADVERBS_AFTER = frozenset(
    [
        *("overnight", "yesterday", "today", "tonight", "tomorrow", "apiece", "altogether", "overall", "earlier"),
        *("later", "alone", "combined", "respectively", "instead", "nationwide", "worldwide", "abroad", "annually"),
        *("short", "behind", "ahead", "apart", "higher", "lower", "clear", "adrift", "better", "worse", "back"),
    ]
)
"""Words after a number that say when, where, how many in all or how far from another, never what is
counted ("rose to 130 overnight", "two goals apiece", "five short of a majority", "10 apart")."""
AGED = re.compile(r"\b(?:aged?|ages|age\s+of|ages\s+of)\s*(?:[≥≤<>]\s*|between\s+|over\s+|under\s+)?$", re.IGNORECASE)
"""What says the number after it is an age: "aged 45", "ages 18 to 30", "a mean age of 54"."""
OR_OLDER = re.compile(r"(?:\s+years?(?:\s+old)?)?\s+(?:or|and)\s+(?:older|over|above)\b", re.IGNORECASE)
YEARS = re.compile(r"\s+years?(?:\s+old)?\b", re.IGNORECASE)
NAME_BEFORE = re.compile(r"\b[A-Z][a-z’'-]+,\s$")
APPOSITION_END = re.compile(r",\s+[a-z]")
"""A number set off by commas after a name, the sentence going on in lower case: "Smith, 34, of Leeds"
(while "Brazil, 12, Chile, 9" lists counts)."""
MAX_AGE = 120
"""A currency code with M for millions after an amount: "45 MUSD"."""
INCH_MARK = re.compile(r'"(?= [a-z]|-[a-z])')
OF_THE = re.compile(
    rf"\s+of\s+(?:(?:the\s+)?\w+['’]s|the|those|these|its|their|his|her|our)\s+(?:\d[\d,.]*\s+|{SMALL_NUMBER}\s+)?"
)
"""What stands between a number and its noun in "three of the derailed cars", "25 of the 85 injured", "seven
of the nine members", "9 of the country's 17 regions", "two of Spain's airports"."""


def context_of(text: str, lo: int, hi: int, start: int, end: int) -> str:
    before = text[lo:start].rsplit(maxsplit=6)[-6:]
    after = text[end:hi].split(maxsplit=8)[:8]
    return " ".join([*before, "…", *after]).strip()


def digit_runs_of(text: str, sentence: str, lo: int) -> list[tuple[int, int]]:
    """Spans in `text` of the runs of digits in `sentence`, which starts at `lo`. An ASCII sentence is masked
    to digits and spaces and the runs found with `str.find`: a pattern steps through it a few times slower."""
    if not sentence.isascii():
        return [m.span() for m in DIGIT_RUN.finditer(text, lo, lo + len(sentence))]
    mask = sentence.encode().translate(DIGIT_MASK)
    runs = []
    pos = 0
    while (a := mask.find(b"0", pos)) >= 0:
        pos = mask.find(b" ", a)
        if pos < 0:
            pos = len(mask)
        runs.append((lo + a, lo + pos))
    return runs


DIGIT_MASK = bytes(48 if chr(i).isdigit() else 32 for i in range(128)) + bytes(128)
"""ASCII digits as "0", other ASCII characters as spaces (a table for `bytes.translate`, as `normalise.tokens`)."""
