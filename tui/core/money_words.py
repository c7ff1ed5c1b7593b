"""The words around an amount of money: its rate ("$22/hour", "$80 a barrel"), "pounds" as sterling or mass,
"an 8-cent-a-share dividend", "45 MUSD"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tui.core.roles import BEFORE_DEDUCTIONS
from tui.core.units import AMBIGUOUS_SHORT, UNIT_PATTERN, unit_of

if TYPE_CHECKING:
    from tui.core.figures import Scanner

MONEY_OF = (
    r"(?:new\s+|extra\s+|additional\s+|public\s+|government\s+)?(?:debts?|funding|investments?|savings|revenues?"
    r"|losses|cuts|spending|borrowing|damages?|assets|cash|sales|profits?|money|taxpayers|income|capital|aid)\b"
)
POUNDS = re.compile(rf"\s?pounds?(?:\s+sterling)?\b(?!\s+in weight\b|\s+of\s+(?!{MONEY_OF}))", re.IGNORECASE)
"""Pounds after a number, not pounds "of" something weighed (`pounds_are_money` says which): "900 million pounds
of debt" are money, "900 pounds of flour" a weight."""
CROWNS = re.compile(r"\s?crowns?\b", re.IGNORECASE)
"""Crowns after a number, of no country named: money where the sentence speaks of money (`crowns_are_money`);
a sports story's "three crowns" are titles."""
MONEY_RATE = re.compile(
    r"(?:(?:/|\s?per\s|\s(?:an?|each)\s)(hour|hr|day|week|month|year|yr|annum)\b|\s(annually|daily|monthly)\b)"
    r"(?!\s+(?:earlier|ago|prior|later|after|from|since|back)\b|\s+before\b(?!"
    + BEFORE_DEDUCTIONS.pattern
    + r")|\s+on(?:\s*[,.;:)]|\s*$|\s+from\b))",
    re.IGNORECASE,
)
"""A rate after an amount ("$22/hour", "£180,000 a week", "€250k a week before bonuses"), not a time after it
("£5m a year ago", "a year before", "a year on, sales ..."; "a week on a new deal" is a rate)."""
MONEY_PER = re.compile(
    r"\s?(?:per|an?|/)\s?(barrel|ounce|share|litre|liter|gallon|tonne|ton|kilogram|kg|kilo|pound|lb|bushel"
    r"|night|head|person|unit)s?\b",
    re.IGNORECASE,
)
"""A price of one thing: "$80 a barrel", "£1.50 per litre", "$5 per share" (the amount's currency stays its
unit key: "$80" elsewhere states the same price)."""
PRICE_OF_UNIT = re.compile(r"\s?(?:(per|/)|an?\s)\s?")
"""What comes between a price and the measure it is the price of: "£3.40 a metre", "$9 per square foot",
"$1.20/km"; which measure, the units table says (`units.UNIT_PATTERN`)."""
PER_NOUN = re.compile(r"\s?per\s(?!cent\b|centum\b)([a-z]{3,})\b")
"""A price per anything: "$2 per word", "$300 per pupil"."""
PER = {"hour": "hour", "hr": "hour", "day": "day", "daily": "day", "week": "week", "month": "month"}
PER |= {"monthly": "month", "year": "year", "yr": "year", "annum": "year", "annually": "year"}


WEIGHT_WORDS = re.compile(
    r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|light(?:er|est)|lbs?|tons?|tonnes?|mass|cargo|payload|diet"
    r"|obes(?:e|ity)|overweight|kilos?|kilograms?)\b",
    re.IGNORECASE,
)
"""Words of a sentence about weight: "pounds" there are pounds of mass, whatever their number."""
MONEY_WORDS = re.compile(
    r"\b(?:costs?|costing|paid|pay(?:s|ing)?|spen[dt]|spending|price[sd]?|worth|budgets?|funds?|funding|raised"
    r"|sold|bought|fined?|salar(?:y|ies)|wages?|profits?|revenues?|bills?|deals?|sterling|invest(?:ed|ment)?"
    r"|loans?|debts?|tax(?:es)?|charged?|fees?|grants?|donat(?:ed|ions?)|earn(?:s|ed|ings)?|sales|each|apiece"
    r"|fares?|tickets?|rent|dividends?|shares?|pence|stocks?)\b",
    re.IGNORECASE,
)
"""Words of a sentence about money: "pounds" there are pounds sterling, whatever their number."""


def pounds_are_money(sentence: str, millions: bool) -> bool:
    """Whether "pounds" in this sentence are sterling: where it speaks of weight, never; where it speaks of
    money, always; else when there are millions of them (nothing is weighed in millions of pounds in the news,
    and "20 pounds" of a diet is more often told in words than a price)."""
    if WEIGHT_WORDS.search(sentence):
        return False
    return millions or MONEY_WORDS.search(sentence) is not None


def crowns_are_money(sentence: str, millions: bool) -> bool:
    """Whether "crowns" in this sentence are a currency (krona, krone, koruna, as English writes them): where
    it speaks of money, or there are millions of them."""
    return millions or MONEY_WORDS.search(sentence) is not None


def money_named_after(text: str, end: int, hi: int, lo: int, lead: str, millions: bool) -> tuple[int, str] | None:
    """(end, currency) of pounds or crowns after a number at `end` that are money in the sentence
    `text[lo:hi]` (`pounds_are_money`, `crowns_are_money`); `lead`, the letter after the number's space."""
    if not lead or lead not in "pPcC":
        return None
    sentence = text[lo:hi]
    if lead in "pP":
        pounds = POUNDS.match(text, end, hi)
        return (pounds.end(), "GBP") if pounds and pounds_are_money(sentence, millions) else None
    crowns = CROWNS.match(text, end, hi)
    return (crowns.end(), "crowns") if crowns and crowns_are_money(sentence, millions) else None


def glued_small_coin(text: str, lo: int, end: int, hi: int) -> str | None:
    """The coin a letter glued to a number at `end` names, in the sentence `text[lo:hi]`: "42c" cents; "18.2p"
    pence where the sentence speaks of money or has a pound sign ("1080p video" is none: ""); None where no
    such letter follows."""
    if end >= hi or text[end] not in "cp" or (end + 1 < hi and text[end + 1].isalnum()):
        return None
    if text[end] == "c":
        return "cents"
    return "pence" if text.find("£", lo, hi) >= 0 or MONEY_WORDS.search(text, lo, hi) else ""


CENTS_ADJECTIVE = re.compile(r"-(cents?)\b")
MILLION_CODE = re.compile(r"\s?M(USD|EUR|GBP|CHF|CAD|AUD|SEK|NOK|DKK)\b")
"""Millions written as an M before the currency's code: "45 MUSD"."""


EXCHANGE_RATE = re.compile(
    r"\s(?:per|against\s+the|to\s+the)\s+(?:(?:us|u\.s\.)\s+)?(dollars?|euros?|yen|yuan|francs?|rupees?"
    r"|crowns?)\b",
    re.IGNORECASE,
)
"""A bare number priced in a currency: an exchange rate ("11.42 per euro", "83.2 against the dollar", "150 to
the dollar"; not pounds, which weigh as often)."""
_RATE_CODES = {"dollar": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "franc": "CHF"}
_RATE_CODES |= {"rupee": "INR", "crown": "crowns"}


def exchange_rate(
    sc: Scanner, fig_start: int, end: int, value: float, value_max: float | None, qualifier: str | None
) -> bool:
    """Add the bare number at fig_start:end as an exchange rate if a currency follows as its price ("11.42 per
    euro"); whether it was."""
    m = EXCHANGE_RATE.match(sc.text, end, sc.hi)
    if m is None:
        return False
    code = _RATE_CODES[m.group(1).lower().rstrip("s")]
    sc.add(fig_start, m.end(), value, value_max, f"per {code}", "quantity", qualifier, f"fx:{code}")
    return True


def add_money(
    sc: Scanner, fig_start: int, end: int, value: float, value_max: float | None, code: str, qualifier: str | None
) -> None:
    """Add an amount of money, with its rate where one follows ("$22/hour", "$50,000 a year") or the thing it
    is the price of ("$80 a barrel")."""
    rate = MONEY_RATE.match(sc.text, end, sc.hi)
    unit = code
    if rate:
        code = unit = f"{code}/{PER[(rate.group(1) or rate.group(2)).lower()]}"
        end = rate.end()
    elif each := MONEY_PER.match(sc.text, end, sc.hi):  # "$80 a barrel": the price of $80
        unit, end = f"{code}/{each.group(1).lower()}", each.end()
    elif measure := _price_of_unit(sc.text, end, sc.hi):  # "£3.40 a metre": not a metre of its own
        unit, end = f"{code}/{measure[0]}", measure[1]
    elif noun := PER_NOUN.match(sc.text, end, sc.hi):
        unit, end = f"{code}/{noun.group(1)}", noun.end()
    sc.add(fig_start, end, value, value_max, unit, "money", qualifier, code)


def _price_of_unit(text: str, end: int, hi: int) -> tuple[str, int] | None:
    """(normal unit, end) of the measure a price at `end` is the price of, or None. A short form ("km", "m")
    counts only after "per" or a slash: "a m" is no measure."""
    between = PRICE_OF_UNIT.match(text, end, hi)
    if not between:
        return None
    unit = UNIT_PATTERN.match(text, between.end(), hi)
    if not unit or (not between.group(1) and unit.group().lower() in AMBIGUOUS_SHORT):
        return None
    found = unit_of(unit.group())
    if not found or found[1] in ("time", "age"):  # a rate is told by `MONEY_RATE`: "$2m a year ago" is none
        return None
    return found[0], unit.end()
