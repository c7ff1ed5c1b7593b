"""Finding figures in a version: numbers with their unit, qualifier, kind, value and context."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from tui.core import numwords
from tui.core.claims import Figure
from tui.core.dates import DATELINE, PUBLICATION_LINE, own_date_at
from tui.core.elided_nouns import VERB_AFTER, counts_by_verb, elided_noun, is_verb_after
from tui.core.figure_ages import age
from tui.core.figure_dates import dates
from tui.core.figure_links import (
    Found,
    conversions,
    inherit_units,
    join_fractions_of,
    join_mixed,
    join_ranges,
    join_rates,
    join_suspended,
    share_scales,
    take_unit_of_next,
)
from tui.core.figure_patterns import (
    AND_NUMBER,
    ATTACHED_UNIT,
    BARE_FRACTION,
    CURRENCY_WORD_STARTS,
    FRACTION_CHARS,
    HYPHEN_NOUN,
    INCH_MARK,
    MAGNITUDE,
    MEASURE_ADJECTIVE,
    MULTIPLE,
    NOT_HYPHEN_NOUNS,
    NUMBER,
    ODD,
    OF,
    OF_THE,
    PERCENT,
    PERCENT_STARTS,
    RANGE,
    RANGE_STARTS,
    SCALE,
    SCALE_STARTS,
    STREET,
    after_between,
    after_change_from,
    context_of,
    counted_noun,
    currency_before,
    digit_runs_of,
    event_of,
    lead_of,
    minus_before,
    page_counter,
    percent_unit,
    scaled_value,
    subject_count,
    to_float,
)
from tui.core.figure_qualifiers import SIGN_QUALIFIER, over_a_period, qualifier_after, qualifier_before
from tui.core.figure_words import (
    HAS_DIGITS,
    HAS_MEASURE_WORDS,
    HAS_MONTHS,
    HAS_NUMBER_WORDS,
    figure_hints,
    measure_words,
    number_words,
    points_of_a_rate,
    shares_in_words,
    vulgar_fraction,
)
from tui.core.magnitudes import scale_named_around
from tui.core.money_words import (
    CENTS_ADJECTIVE,
    MILLION_CODE,
    add_money,
    exchange_rate,
    glued_small_coin,
    money_named_after,
)
from tui.core.normalise import words as folded_words
from tui.core.not_figures import (
    after_name,
    after_product_name,
    clock_time,
    is_code,
    is_label,
    is_maturity,
    is_score,
)
from tui.core.segment import Sentence
from tui.core.temperatures import (
    DEGREE_UNITS,
    UNKNOWN_KEY,
    UNKNOWN_SCALE,
    degrees_after,
    of_temperature,
    settle_scales,
)
from tui.core.units import (
    AMBIGUOUS_SHORT,
    CURRENCY_PREFIX,
    CURRENCY_WORD_PATTERN,
    CURRENCY_WORDS,
    RATE_PATTERN,
    RATES,
    SCALES,
    UNIT_PATTERN,
    noun_class,
    unit_of,
)


class Scanner:
    """Scans one sentence; collects figures as dicts, later frozen into Figure objects."""

    def __init__(
        self, text: str, lo: int, hi: int, digit_runs: Sequence[tuple[int, int]], word_runs: Sequence[tuple[int, int]]
    ) -> None:
        self.text, self.lo, self.hi = text, lo, hi
        self.digit_runs = digit_runs
        """Spans of the runs of digits in the sentence."""
        self.word_runs = word_runs
        """Spans of the candidate number-word runs in the sentence."""
        self.taken: list[tuple[int, int]] = []
        self.found: list[Found] = []
        """Each figure found so far, still to be completed by what the sentence's other figures say of it."""

    def ahead(self, pos: int, n: int) -> str:
        """Up to n characters from pos, never past the sentence: a sentence's figures depend on it alone."""
        return self.text[pos : min(pos + n, self.hi)]

    def free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self.taken)

    def add(
        self,
        start: int,
        end: int,
        value: float | None,
        value_max: float | None,
        unit: str,
        kind: str,
        qualifier: str | None,
        unit_key: str,
        iso: str | None = None,
        modifiers: str = "",
    ) -> None:
        if qualifier is None and (after := qualifier_after(self.text, end, self.hi)):
            qualifier = after[0]
        self.taken.append((start, end))
        self.found.append(Found(start, end, value, value_max, unit, kind, qualifier, unit_key, iso, modifiers))

    def _number_matches(self) -> Iterator[re.Match[str]]:
        """What `NUMBER.finditer` over the sentence gives, matched only where digit runs start."""
        pos = self.lo
        for a, b in self.digit_runs:
            start = max(a, pos)
            while start < b:
                m = NUMBER.match(self.text, start, self.hi)
                if m is None:  # pragma: no cover - every number starts with a digit
                    break
                if " " in m.group() and not self.free(start, start + 1):  # "May 10 100 people": the day is a date's
                    m = NUMBER.match(self.text, start, self.text.index(" ", start))
                    if m is None:  # pragma: no cover - the digits before the space are a number
                        break
                yield m
                start = pos = m.end()

    def numbers(self) -> None:
        text = self.text
        for m in self._number_matches():
            start, end = m.start(), m.end()
            if not self.free(start, end):
                continue
            if m["vulgar"]:
                vulgar_fraction(self, start, end, FRACTION_CHARS[m["vulgar"]])
                continue
            if (
                after_name(text, self.lo, start)
                and not currency_before(text[max(self.lo, start - 6) : start])
                and not MAGNITUDE.search(text, max(self.lo, start - 12), start)  # "magnitude-5.9"
            ):
                continue
            if start > self.lo and (
                text[start - 1] in ".,/:" or (text[start - 1] == "-" and text[start - 2 : start - 1].isdigit())
            ):
                continue
            num = m.group("num")
            if is_code(text, self.lo, start, num) or clock_time(num, text, end, self.hi) or is_score(text, self.lo, m):
                continue
            if text[end : end + 1] in "Kk-–/" and is_label(text, start, self.hi):
                continue
            if STREET.match(text, end, self.hi) and qualifier_before(text, self.lo, start) is None:
                continue  # a house number, unless it is counted ("about 250 Main Street shops")
            if start > self.lo and text[start - 1] == "[" and self.ahead(end, 1) == "]":
                continue  # a citation mark such as [1]
            if end < self.hi and (text[end] == ":" and self.ahead(end + 1, 1).isdigit()):
                continue
            if end < self.hi and text[end] in "-–" and re.match(r"\d+-\d", self.ahead(end + 1, 7)):
                continue
            value = to_float(m.group("num"))
            frac = m.group("frac")
            bare = None if frac else BARE_FRACTION.match(text, end, self.hi)
            if bare:  # "3/4 inch", "1/3 of voters": a fraction when a unit or "of" follows, else no figure
                n, d = int(m.group("num")) if m.group("num").isdecimal() else 0, int(bare.group(1))
                if not 0 < n < d:
                    continue
                if OF.match(text, bare.end(), self.hi):  # a share, as "two-thirds of" is
                    qualifier = qualifier_before(text, self.lo, start)
                    self.add(start, bare.end(), n / d, None, "ratio", "ratio", qualifier, "ratio")
                elif UNIT_PATTERN.match(text, bare.end() + 1, self.hi):
                    self.number_at(start, bare.end(), n / d)
                continue
            if frac:
                if frac.strip() in FRACTION_CHARS:
                    value += FRACTION_CHARS[frac.strip()]
                else:
                    n, d = frac[1:].split("/")
                    if int(d) == 0 or int(n) >= int(d):
                        continue
                    value += int(n) / int(d)
            self.number_at(start, end, value, sign=minus_before(text, self.lo, start))

    def number_at(self, start: int, end: int, value: float, value_max: float | None = None, sign: int = 0) -> None:
        """Read the number at start:end, `sign` characters of a minus sign or word before it, as a figure."""
        text, hi = self.text, self.hi
        cur = currency_before(text[max(self.lo, start - 6) : start])
        signed = None
        if cur is None and start > self.lo and text[start - 1] in "-−":  # "$-15.50": the sign after the currency
            signed = cur = currency_before(text[max(self.lo, start - 7) : start - 1])
        currency = CURRENCY_PREFIX["".join(cur.group(1).split()).lower()] if cur else None
        fig_start = start - len(cur.group(1)) - (1 if signed else 0) if cur else start
        if signed:
            value = -value
        elif sign:  # "-12 °C", "−40°", "minus 5C": the sign is part of the figure
            value, fig_start = -value, fig_start - sign
        if value_max is None and not after_change_from(text, self.lo, fig_start):
            rng = RANGE.match(text, end, hi) if lead_of(text, end, hi) in RANGE_STARTS else None
            if rng and to_float(rng.group("hi")) > value:
                value_max, end = to_float(rng.group("hi")), rng.end()
            elif after_between(text, max(self.lo, start - 10), fig_start):
                rng = AND_NUMBER.match(text, end, hi)
                if rng and to_float(rng.group("hi")) > value:
                    value_max, end = to_float(rng.group("hi")), rng.end()
        if (
            end < hi
            and text[end].isalpha()
            and not ATTACHED_UNIT.match(text, end, hi)
            and not degrees_after(self, end, value)
        ):
            return  # part of a word or code: 2nd, 3D, 5G
        if multiple := MULTIPLE.match(text, end, hi):
            qualifier = qualifier_before(text, self.lo, fig_start)
            self.add(fig_start, multiple.end(), value, value_max, "times", "quantity", qualifier, "multiple")
            return
        odd = ODD.match(text, end, hi)
        if odd:  # "150-odd people": about 150 people
            end = odd.end()
        if (
            end < hi
            and text[end] == "-"
            and re.match(r"-[A-Za-z]", self.ahead(end, 2))
            and not re.match(
                r"-(?:year|month|week|day|hour|minute|per|mile|kilomet|metre|meter|foot|feet|inch|strong|man|member|cent"
                r"|thousand|million|billion|trillion|magnitude)",
                self.ahead(end, 12),
                re.IGNORECASE,
            )
            and not UNIT_PATTERN.match(text, end + 1, hi)
        ):
            # a count told as an adjective, "a 150-seat parliament", "a 10-storey block"; else a compound (3-D)
            if (noun := HYPHEN_NOUN.match(text, end, hi)) and noun.group(1) not in NOT_HYPHEN_NOUNS:
                unit = noun.group(1) + ("es" if noun.group(1).endswith(("s", "x", "ch", "sh")) else "s")
                qualifier = qualifier_before(text, self.lo, fig_start)
                self.add(fig_start, noun.end(), value, value_max, unit, "count", qualifier, "n:" + noun_class(unit))
            return
        lead = lead_of(text, end, hi)
        scale = SCALE.match(text, end, hi) if lead in SCALE_STARTS else None
        if scale:
            word = scale.group(1).lower()
            attached = scale.start(1) == end
            short = word in ("k", "m", "b", "t")
            if word in SCALES and (
                not short
                or currency
                or (
                    attached
                    and word != "t"  # "a 5t truck" weighs five tonnes; "$2.1T" is money
                    and counted_noun(text, scale.end(), hi) is not None
                    and not (word == "m" and MEASURE_ADJECTIVE.match(text, scale.end(), hi))  # "1.9m tall"
                )
            ):
                factor = SCALES[word]
                value = scaled_value(value, factor)  # 4.1 billion is 4,100,000,000, not 4,099,999,999.9999995
                value_max = scaled_value(value_max, factor) if value_max is not None else None
                end = scale.end()
                lead = lead_of(text, end, hi)
        qualifier = qualifier_before(text, self.lo, fig_start) or ("about" if odd else None)
        if qualifier is None and fig_start > self.lo:
            qualifier = SIGN_QUALIFIER.get(text[fig_start - 1]) or (
                SIGN_QUALIFIER.get(text[fig_start - 2])
                if fig_start - 2 >= self.lo and text[fig_start - 1] == " "
                else None
            )
        pct = PERCENT.match(text, end, hi) if lead in PERCENT_STARTS else None
        if pct and currency is None:
            unit, f = percent_unit(pct.group())
            high = scaled_value(value_max, f) if value_max is not None else None
            self.add(fig_start, pct.end(), scaled_value(value, f), high, unit, "percent", qualifier, unit)
            return
        if currency is None and (mega := MILLION_CODE.match(text, end, hi)):
            scaled = scaled_value(value, 1e6)
            add_money(
                self,
                fig_start,
                mega.end(),
                scaled,
                scaled_value(value_max, 1e6) if value_max else None,
                mega[1],
                qualifier,
            )
            return
        cw = CURRENCY_WORD_PATTERN.match(text, end, hi) if lead in CURRENCY_WORD_STARTS else None
        if cw is None and (hyphened := CENTS_ADJECTIVE.match(text, end, hi)):  # "an 8-cent-a-share dividend"
            cw = hyphened
        if cw and currency is None:
            code = CURRENCY_WORDS[cw.group(1).lower()]
            add_money(self, fig_start, cw.end(), value, value_max, code, qualifier)
            return
        if currency:
            add_money(self, fig_start, end, value, value_max, currency, qualifier)
            return
        coin = glued_small_coin(text, self.lo, end, hi)
        if coin is not None:  # "42c", "18.2p"
            if coin:
                add_money(self, fig_start, end + 1, value, value_max, coin, qualifier)
            return
        millions = bool(scale) and SCALES.get(scale.group(1).lower(), 0) >= 1e6
        named = money_named_after(text, end, hi, self.lo, lead, millions)  # "400 pounds", "2,300 crowns"
        if named is not None:
            add_money(self, fig_start, named[0], value, value_max, named[1], qualifier)
            return
        if page_counter(text, end, self.lo, hi):
            return
        self.unit_or_noun(fig_start, end, value, value_max, qualifier)

    def unit_or_noun(
        self, fig_start: int, end: int, value: float, value_max: float | None, qualifier: str | None
    ) -> None:
        text, hi = self.text, self.hi
        if degrees := degrees_after(self, end, value):
            unit, dim, _lo, _hi = DEGREE_UNITS[degrees.group(1)]
            self.add(fig_start, degrees.end(), value, value_max, unit, "quantity", qualifier, dim)
            return
        told = (fig_start, end, value, value_max, qualifier)
        if age(self, *told) or exchange_rate(self, *told):  # "Varela, 46,"; "11.42 per euro"
            return
        if INCH_MARK.match(text, end, hi) and text.count('"', self.lo, fig_start) % 2 == 0:
            # 7" wide: an inch mark, where no quotation is open (in "we won 3", the mark closes one)
            self.add(fig_start, end + 1, value, value_max, "in", "quantity", qualifier, "length")
            return
        um = UNIT_PATTERN.match(text, end + (1 if self.ahead(end, 1) in (" ", "-", "\u00a0") else 0), hi)
        if um:
            written = um.group()
            found = unit_of(written)
            spaced = um.start() > end
            if found and not (
                spaced and written.lower() in AMBIGUOUS_SHORT and written[0].isupper() and written != found[0]
            ):  # "5 In the" is no inch, but "512 MB" and "40 GW" are written as the unit is
                unit, dim, _factor = found
                if unit == UNKNOWN_SCALE and of_temperature(self):  # "38 degrees" where it is hot: not an angle
                    dim = UNKNOWN_KEY
                unit_end = um.end()
                rate = RATE_PATTERN.match(text, unit_end, hi)
                unit_key = dim  # "km/h" is a speed as "mph" is; "3.7mm a year", a length per year
                if rate and dim in ("length", "volume", "mass", "count"):
                    unit = f"{unit}/{RATES[rate.group(1).lower()]}"
                    unit_key = f"{dim}:{RATES[rate.group(1).lower()]}"
                qualifier = (
                    over_a_period(text, self.lo, fig_start, unit_end, hi, qualifier) if dim == "time" else qualifier
                )
                self.add(fig_start, unit_end, value, value_max, unit, "quantity", qualifier, unit_key)
                return
        if scale := scale_named_around(text, self.lo, hi, fig_start, end, value):
            self.add(fig_start, end, value, value_max, scale[0], "quantity", qualifier, scale[1])
            return
        of = OF_THE.match(text, end, hi)
        bound = qualifier_after(text, end, hi) if of is None else None
        if bound and bound[2]:  # "300 or more people"
            qualifier = qualifier or bound[0]
        noun = counted_noun(text, of.end() if of else bound[1] if bound and bound[2] else end, hi)
        if noun and noun[0] and of:  # "25 of the 85 injured survivors": the figure is the 25 alone
            noun = (noun[0], noun[1], end)
        verb = bool(noun) and is_verb_after(noun[0], value)  # "two wanted no change"
        if verb or (noun is None and of is None and self.ahead(end, 1) == " "):
            elided = elided_noun(text, self.lo, fig_start)
            if elided is not None and (noun is not None or VERB_AFTER.intersection(self.ahead(end, 12).split())):
                self.add(fig_start, end, value, value_max, elided, "count", qualifier, "n:" + noun_class(elided))
                return
            noun = None if verb and not counts_by_verb(noun[0]) else noun  # a verb, no noun: "half a dozen came"
        named = after_product_name(text, self.lo, fig_start, noun[0] if noun else "")
        if noun and noun[0] and not named:
            unit_words, proper, noun_end = noun
            kind, unit_key = "count", "n:" + noun_class(unit_words.split()[-1])
            if points_of_a_rate(unit_words, text, self.lo, hi):  # "tax cuts of three points": percentage points
                kind, unit_words, unit_key, proper = "percent", "pp", "pp", None
            self.add(fig_start, noun_end, value, value_max, unit_words, kind, qualifier, unit_key, modifiers=proper)
            return
        # "the death toll rose to 26", "14 were killed"; else a bare count, but a name's number ("a Boeing 737")
        told = subject_count(text, self.lo, fig_start) or event_of(text, self.lo, fig_start, end, hi)
        if told or not named:
            self.add(fig_start, end, value, value_max, told or "", "count", qualifier, "n:" + noun_class(told or ""))


def extract_figures(
    text: str,
    sentences: Sequence[Sentence],
    version: int,
    boilerplate: Sequence[bool] | None = None,
    folded: Sequence[Sequence[str]] | None = None,
    shared: dict[tuple[str, str], tuple[int, int, list[Figure]]] | None = None,
    hints: Sequence[int] | None = None,
) -> list[Figure]:
    """Every figure in the version, in reading order, with conversions linked to their main figure.

    The model passes what it has already: `folded`, each sentence's folded words, and `hints`, each
    sentence's `figure_hints`. `shared`, passed for every version of a comparison, keeps each sentence's
    figures by its text, so a sentence the versions share is read once (a sentence's figures depend on its
    text alone).
    """
    out: list[Figure] = []
    lines, text = text, text.replace("\n", " ")  # a hard-wrapped line ends where a space would
    for k, s in enumerate(sentences):
        flags = hints[k] if hints is not None else figure_hints(text[s.start : s.end])
        if not flags:
            continue
        key = (lines[s.start : s.end], s.kind)
        known = shared.get(key) if shared is not None else None
        if known is not None:
            lo, first, figures = known
            shift, base = s.start - lo, len(out) - first
            flag = bool(boilerplate and boilerplate[k])
            out += [f.moved(version, k, shift, base, flag) for f in figures]
            continue
        digit_runs = digit_runs_of(text, key[0], s.start) if flags & HAS_DIGITS else []
        word_runs = numwords.runs(text, s.start, s.end) if flags & HAS_NUMBER_WORDS else []
        scanner = Scanner(text, s.start, s.end, digit_runs, word_runs)
        if flags & HAS_MONTHS or any(b - a == 4 for a, b in digit_runs):
            dates(scanner)  # a date has a month name or a year
        if " in " in key[0] or " out of " in key[0]:
            shares_in_words(scanner)
        scanner.numbers()
        number_words(scanner)
        if flags & HAS_MEASURE_WORDS:
            measure_words(scanner)
        if not scanner.found:
            if shared is not None:
                shared[key] = (s.start, len(out), [])
            continue
        found = sorted(scanner.found, key=_first_start) if len(scanner.found) > 1 else scanner.found
        found = [f for f in found if not (f.unit_key == "time" and is_maturity(text, f.start, f.end))]
        if len(found) > 1:
            share_scales(text, found)
            found = join_ranges(text, join_fractions_of(text, join_suspended(text, join_mixed(text, found))))
            found = join_rates(text, found)
        inherit_units(found)
        take_unit_of_next(text, found)
        converts = conversions(text, found)
        words = folded[k] if folded is not None else folded_words(key[0])
        first_index = len(out)
        flag = bool(boilerplate and boilerplate[k])
        dated = s.kind == "meta" or PUBLICATION_LINE.match(lines, s.start, s.end) is not None
        dateline = DATELINE.match(lines, s.start, s.end) if text[s.start : s.start + 1].isupper() else None
        for f, of in zip(found, converts, strict=True):  # a version's own date is no claim of its story
            own_date = f.kind == "date" and (
                dated
                or (dateline is not None and f.end <= dateline.end())
                or own_date_at(lines, s.start, s.end, k, f.start)
            )
            unit = "published" if own_date else f.unit
            context = context_of(text, s.start, s.end, f.start, f.end)
            figure = Figure(
                version, k, f.start, f.end, text[f.start : f.end], f.value, f.value_max, unit, f.kind, f.qualifier,
                context, f.unit_key, f.iso, None if of is None else first_index + of,
                boilerplate=flag, words_around=(words, f.modifiers),
            )  # fmt: skip
            out.append(figure)
        if shared is not None:
            shared[key] = (s.start, first_index, out[first_index:])
    return settle_scales(out)


def _first_start(found: Found) -> int:
    return found.start
