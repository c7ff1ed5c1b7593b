"""Units, currencies and counted nouns: how they are written, their normal form, and conversions."""

from __future__ import annotations

import re

# (written forms, normal unit, dimension, factor to the dimension's base unit)
_UNITS: tuple[tuple[str, str, str, float], ...] = (
    (
        "square kilometres|square kilometers|square kilometre|square kilometer|square km|sq km|sq. km|km²|km2|km^2"
        "|sqkm",
        "km²",
        "area",
        1e6,
    ),
    ("square miles|square mile|sq mi|sq. mi|sq miles|mi²", "mi²", "area", 2_589_988.11),
    ("square metres|square meters|square metre|square meter|sq m|m²|m2|m^2", "m²", "area", 1.0),
    ("square feet|square foot|sq ft|ft²", "ft²", "area", 0.09290304),
    ("hectares|hectare|ha", "ha", "area", 1e4),
    ("acres|acre", "acre", "area", 4046.8564224),
    (
        "kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour|km/hr|km/h|kph|kmph|kmh",
        "km/h",
        "speed",
        1 / 3.6,
    ),
    ("miles per hour|miles an hour|mph", "mph", "speed", 0.44704),
    ("knots", "kn", "speed", 0.514444),
    ("nautical miles|nautical mile", "nmi", "length", 1852.0),
    ("kilometres|kilometers|kilometre|kilometer|kms|km", "km", "length", 1000.0),
    ("centimetres|centimeters|centimetre|centimeter|cm", "cm", "length", 0.01),
    ("millimetres|millimeters|millimetre|millimeter|mm", "mm", "length", 0.001),
    ("metres|meters|metre|meter|m", "m", "length", 1.0),
    ("miles|mile|mi", "mi", "length", 1609.344),
    ("light-years|light years|light-year|light year", "ly", "length", 9.4607e15),
    ("parsecs|parsec", "pc", "length", 3.0857e16),
    ("astronomical units|astronomical unit", "au", "length", 1.495978707e11),
    ("yards|yard|yd", "yd", "length", 0.9144),
    ("feet|foot|ft", "ft", "length", 0.3048),
    ("inches|inch|″", "in", "length", 0.0254),
    ("kg/m²|kg/m2|kg/m 2|kg/m^2", "kg/m²", "bmi", 1.0),
    ("tonnes|tonne|metric tons|tons|ton|t", "t", "mass", 1000.0),
    ("kilograms|kilogrammes|kilogram|kilos|kilo|kg", "kg", "mass", 1.0),
    ("grams|gram|g", "g", "mass", 0.001),
    ("milligrams|milligram|mg", "mg", "mass", 1e-6),
    ("micrograms|microgram|mcg|μg|µg", "μg", "mass", 1e-9),
    ("pounds|pound|lbs|lb", "lb", "mass", 0.45359237),
    ("ounces|ounce|oz", "oz", "mass", 0.028349523125),
    ("litres|liters|litre|liter", "l", "volume", 1.0),
    ("millilitres|milliliters|millilitre|milliliter|ml", "ml", "volume", 0.001),
    ("cubic metres|cubic meters|m³|m^3", "m³", "volume", 1000.0),
    ("cubic kilometres|cubic kilometers|km³|km^3", "km³", "volume", 1e12),
    ("gallons|gallon", "gal", "volume", 3.785411784),
    ("barrels|barrel|bbl", "bbl", "volume", 158.987294928),
    (
        "degrees celsius|degree celsius|degrees centigrade|degrees c|°c|celsius|centigrade|celcius",
        "°C",
        "temperature",
        1.0,
    ),
    (
        "degrees fahrenheit|degree fahrenheit|degrees farenheit|degrees f|°f|fahrenheit|farenheit",
        "°F",
        "temperature",
        1.0,
    ),
    ("degrees|degree|°", "°", "angle", 1.0),
    ("parts per million|ppm", "ppm", "concentration", 1e-6),
    ("parts per billion|ppb", "ppb", "concentration", 1e-9),
    ("kilowatt-hours|kilowatt-hour|kilowatt hours|kilowatt hour|kwh", "kWh", "energy", 1.0),
    ("megawatt-hours|megawatt-hour|megawatt hours|megawatt hour|mwh", "MWh", "energy", 1000.0),
    ("megawatts|megawatt|mw", "MW", "power", 1e6),
    ("kilowatts|kilowatt|kw", "kW", "power", 1e3),
    ("watts|watt|w", "W", "power", 1.0),
    ("gigahertz|ghz", "GHz", "frequency", 1e9),
    ("megahertz|mhz", "MHz", "frequency", 1e6),
    ("kilohertz|khz", "kHz", "frequency", 1e3),
    ("hertz|hz", "Hz", "frequency", 1.0),
    ("milliamp-hours|milliamp hours|milliampere-hours|mah", "mAh", "charge", 1.0),
    ("gigabits per second|gbit/s|gbps", "Gbps", "bitrate", 1e9),
    ("megabits per second|mbit/s|mbps", "Mbps", "bitrate", 1e6),
    ("kilobits per second|kbit/s|kbps", "kbps", "bitrate", 1e3),
    ("terabytes|terabyte|tb", "TB", "data", 1e12),
    ("gigabytes|gigabyte|gb", "GB", "data", 1e9),
    ("megabytes|megabyte|mb", "MB", "data", 1e6),
    ("kelvin", "K", "temperature", 1.0),
    ("gigawatts|gigawatt|gw", "GW", "power", 1e9),
    ("years old|year-olds|year-old|years-old", "years old", "age", 1.0),
    ("centuries|century", "centuries", "time", 36525.0),
    ("decades|decade", "decades", "time", 3652.5),
    ("years|year|yrs", "years", "time", 365.25),
    ("months|month", "months", "time", 30.44),
    ("weeks|week", "weeks", "time", 7.0),
    ("days|day", "days", "time", 1.0),
    ("hours|hour|hrs", "hours", "time", 1 / 24),
    ("minutes|minute|mins", "minutes", "time", 1 / 1440),
    ("seconds|second|secs", "seconds", "time", 1 / 86400),
    ("magnitude", "magnitude", "magnitude", 1.0),
    ("teraelectronvolts|tev", "TeV", "energy_ev", 1e12),
    ("gigaelectronvolts|gev", "GeV", "energy_ev", 1e9),
)

UNIT_PATTERN = re.compile(
    r"(?:"
    + "|".join("(?:" + "|".join(re.escape(f) for f in forms.split("|")) + ")" for forms, *_ in _UNITS)
    + r")(?![\w²³^])",
    re.IGNORECASE,
)
_UNIT_OF: dict[str, tuple[str, str, float]] = {}
for forms, unit, dim, factor in _UNITS:
    for form in forms.split("|"):
        _UNIT_OF.setdefault(form.lower(), (unit, dim, factor))

_DIM_OF_UNIT = {unit: (dim, factor) for _, unit, dim, factor in _UNITS}
AMBIGUOUS_SHORT = frozenset(
    {
        "m",
        "g",
        "ha",
        "mi",
        "in",
        "ft",
        "yd",
        "mm",
        "cm",
        "km",
        "kms",
        "mw",
        "gw",
        "mg",
        "ml",
        "kw",
        "w",
        "mb",
        "gb",
        "tb",
        "oz",
    }
)
"""Short forms that count as units only right after a number (not after a space and a capital)."""


def unit_of(written: str) -> tuple[str, str, float] | None:
    """(normal unit, dimension, factor) for a written unit, or None."""
    return _UNIT_OF.get(written.lower())


def dimension(unit: str) -> tuple[str, float] | None:
    """(dimension, factor to its base) for a normal unit; for a rate ("t/day"), its amount's unit's. A unit
    whose own name holds a slash ("km/h") is its own."""
    return _DIM_OF_UNIT.get(unit) or _DIM_OF_UNIT.get(unit.split("/")[0])


ZERO_OFFSET = {"°F": 32.0, "K": 273.15}
"""Scales of temperature whose zero is not Celsius's: a value in one is (value - offset) x factor in °C."""
_TO_CELSIUS = {"°F": 5 / 9, "K": 1.0}


def in_base_unit(unit: str, value: float) -> float:
    """A value in its dimension's base unit: metres, kilograms, °C (an affine scale for °F and K)."""
    if unit in ZERO_OFFSET:
        return (value - ZERO_OFFSET[unit]) * _TO_CELSIUS[unit]
    dim = dimension(unit)
    return value * dim[1] if dim else value


RATES = {
    "a day": "day",
    "per day": "day",
    "each day": "day",
    "daily": "day",
    "an hour": "hour",
    "per hour": "hour",
    "a week": "week",
    "per week": "week",
    "a month": "month",
    "per month": "month",
    "a year": "year",
    "per year": "year",
    "annually": "year",
    "per capita": "person",
}
RATE_PATTERN = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(" + "|".join(re.escape(r) for r in RATES) + r")\b", re.IGNORECASE)

# Currency prefixes and suffix words, to ISO-like codes.
CURRENCY_CODES = frozenset(
    [
        *("USD", "AUD", "CAD", "EUR", "GBP", "AED", "CHF", "JPY", "INR", "NZD", "HKD", "SGD", "CNY", "KRW"),
        *("SEK", "NOK", "DKK", "ZAR", "BRL", "MXN", "RUB", "SAR", "TWD", "TRY", "PLN", "ILS", "NGN", "IDR"),
    ]
)
"""ISO codes written before an amount ("KRW 5 trillion", "SEK40m")."""
CURRENCY_PREFIX = {
    "$": "USD",
    "us$": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "$a": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "$c": "CAD",
    "nz$": "NZD",
    "hk$": "HKD",
    "s$": "SGD",
    "r$": "BRL",
    "nt$": "TWD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "₦": "NGN",
    "rs": "INR",
    "rs.": "INR",
    "dh": "AED",
    "₽": "RUB",
    "₴": "UAH",
    **{code.lower(): code for code in CURRENCY_CODES},
}
CURRENCY_SIGNS = "$€£¥₹₩₺₪₦₽₴"
CURRENCY_PREFIX_PATTERN = re.compile(
    r"(?<![\w$])((?:(?:[Uu][Ss]|[Aa][Uu]|[Cc]|NZ|HK) \$|US\$|AU\$|A\$|CA\$|C\$|NZ\$|HK\$|NT\$|S\$|R\$|\$[AC]|"
    rf"[{CURRENCY_SIGNS}])\s?|(?:{'|'.join(sorted(CURRENCY_CODES))})\s?|Rs\.?\s?|Dh\s?)$"
)
CURRENCY_ENDS = frozenset(CURRENCY_SIGNS + ".shAC" + "".join(code[-1] for code in CURRENCY_CODES))
"""The last characters of the currency prefixes ("US$", "€", "EUR", "Rs.", "Dh") but for a space after one."""
CURRENCY_WORDS = {
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "aud": "AUD",
    "cad": "CAD",
    "chf": "CHF",
    "jpy": "JPY",
    "inr": "INR",
    "€": "EUR",
    "£": "GBP",
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "american dollars": "USD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "new zealand dollars": "NZD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "cny": "CNY",
    "rmb": "CNY",
    "hkd": "HKD",
    "sgd": "SGD",
    "nzd": "NZD",
    "krw": "KRW",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "zar": "ZAR",
    "brl": "BRL",
    "mxn": "MXN",
    "rub": "RUB",
    "aed": "AED",
    "sar": "SAR",
    "riyals": "SAR",
    "shekels": "ILS",
    "naira": "NGN",
    "kronor": "SEK",
    "krona": "SEK",
    "swedish crowns": "SEK",
    "swedish kronor": "SEK",
    "kroner": "NOK",
    "krone": "NOK",
    "norwegian crowns": "NOK",
    "norwegian kroner": "NOK",
    "danish crowns": "DKK",
    "danish kroner": "DKK",
    "icelandic kronur": "ISK",
    "kronur": "ISK",
    "czech crowns": "CZK",
    "koruna": "CZK",
    "korunas": "CZK",
    "zlotys": "PLN",
    "zloty": "PLN",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "reais": "BRL",
    "pesetas": "ESP",
    "guilders": "NLG",
    "dutch guilders": "NLG",
    "markka": "FIM",
    "us cents": "cents",
    "u.s. cents": "cents",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "yen": "JPY",
    "rupees": "INR",
    "rupee": "INR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "rand": "ZAR",
    "pesos": "MXN",
    "roubles": "RUB",
    "rubles": "RUB",
    "hryvnias": "UAH",
    "dirhams": "AED",
    "francs": "CHF",
    "cents": "cents",
    "cent": "cents",
    "pence": "pence",
}
CURRENCY_WORD_PATTERN = re.compile(
    r"\s?(" + "|".join(sorted(map(re.escape, CURRENCY_WORDS), key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE
)

SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    "t": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}

# Counted nouns that stand for the same kind of thing.
_NOUN_CLASSES = {
    "troops": "troops soldiers personnel servicemen servicemembers service members fighters forces "
    "military troop soldier serviceman fighter reservists conscripts",
    "people": "people persons residents civilians inhabitants citizens individuals person",
    "deaths": "deaths dead fatalities killed died lives",
    "facilities": "facilities facility",
    "vehicles": "vehicles vehicle",
    "homes": "homes home houses house dwellings dwelling households household properties premises",
    "children": "children child kids",
    "students": "students student pupils pupil",
    "firefighters": "firefighters firefighter firemen fireman",
}
NOUN_CLASS = {w: cls for cls, ws in _NOUN_CLASSES.items() for w in ws.split()}


def noun_class(head: str) -> str:
    """The class a counted noun belongs to (troops, people, ...), else its singular-ish form."""
    if head[-1:] == "s" and head[:-1].isupper():  # "MPs", "ATMs"
        return head[:-1].lower()
    head = head.lower()
    if head in NOUN_CLASS:
        return NOUN_CLASS[head]
    if head.endswith("ies") and len(head) > 4:
        return head[:-3] + "y"
    if head.endswith(("sses", "xes", "ches", "shes")) and len(head) > 4:  # "classes", "boxes", "churches"
        return head[:-2]
    if head.endswith("s") and not head.endswith("ss") and len(head) > 3:
        return head[:-1]
    return head


HUMAN = frozenset(
    [
        "people",
        "person",
        "persons",
        "passengers",
        "adults",
        "adult",
        "children",
        "child",
        "patients",
        "patient",
        "participants",
        "participant",
        "subjects",
        "residents",
        "civilians",
        "victims",
        "survivors",
        "workers",
        "men",
        "women",
        "students",
        "dead",
        "injured",
        "wounded",
        "killed",
        "deaths",
        "casualties",
        "individuals",
        "employees",
        "staff",
        "travellers",
        "travelers",
        *("pensioners", "retirees", "voters", "tenants", "migrants", "refugees", "inmates", "prisoners"),
        *("pupils", "customers"),
        *("died", "missing", "hurt", "arrested", "detained", "evacuated", "rescued", "displaced", "hospitalised"),
        "hospitalized",
    ]
)
"""Counted nouns that all count people: "36 dead" and "36 people" may be one claim."""

THINGS = frozenset(
    [
        *("homes", "home", "houses", "house", "households", "properties", "premises", "buildings", "businesses"),
        *("vehicles", "cars", "trucks", "schools", "hospitals", "structures", "shops", "stores", "roads", "bridges"),
    ]
)
"""Counted nouns of things, which are not killed or injured: "two firefighters have been injured and 31,000 homes
are without power" tells no injury of the homes."""
