"""Figure extraction: numbers, units, qualifiers, kinds, values, and what is not a figure."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core import numwords
from tui.core.facts import QUALIFIER_CLASS
from tui.core.figure_pairs import compatible
from tui.core.figures import HAS_DIGITS, HAS_MONTHS, HAS_NUMBER_WORDS, Figure, extract_figures, figure_hints
from tui.core.load import Version
from tui.core.pipeline import compare
from tui.core.segment import segment
from tui.core.textsafe import one_line


def figs(text: str) -> list[Figure]:
    return extract_figures(text, segment(text), 0)


def one(text: str) -> Figure:
    found = [f for f in figs(text) if f.kind != "date"]
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "value_max", "unit", "kind", "qualifier"),
    [
        ("Russia had deployed about 59,000 troops there.", "59,000 troops", 59000, None, "troops", "count", "about"),
        ("They held 1,376 square kilometers of land.", "1,376 square kilometers", 1376, None, "km²", "quantity", None),
        ("They held 1376 sq km of land.", "1376 sq km", 1376, None, "km²", "quantity", None),
        ("It lost over 40 percent of it.", "40 percent", 40, None, "%", "percent", "over"),
        ("It lost more than 40 per cent of it.", "40 per cent", 40, None, "%", "percent", "more than"),
        ("It lost over 40% of it.", "40%", 40, None, "%", "percent", "over"),
        ("A 40-percent drop was seen.", "40-percent", 40, None, "%", "percent", None),
        ("Rebuilding costs $1.49 billion now.", "$1.49 billion", 1.49e9, None, "USD", "money", None),
        ("Rebuilding costs $1.49bn now.", "$1.49bn", 1.49e9, None, "USD", "money", None),
        ("The plan costs AU$10 a month.", "AU$10 a month", 10, None, "AUD/month", "money", None),
        ("Shares closed at C$83.83 on Friday.", "C$83.83", 83.83, None, "CAD", "money", None),
        ("Shares closed at $C84.45 on Friday.", "$C84.45", 84.45, None, "CAD", "money", None),
        ("The grant is €5m this year.", "€5m", 5e6, None, "EUR", "money", None),
        ("Fares rose 36 cents on Monday.", "36 cents", 36, None, "cents", "money", None),
        ("Profit was Dh5.47 billion in all.", "Dh5.47 billion", 5.47e9, None, "AED", "money", None),
        ("Water rose at 20-30 centimeters an hour.", "20-30 centimeters", 20, 30, "cm/hour", "quantity", None),
        ("Between 5 and 7 boats sank.", "5 and 7 boats", 5, 7, "boats", "count", None),
        ("It came 2-1/2 years after the dam.", "2-1/2 years", 2.5, None, "years", "quantity", None),
        ("It came two and a half years after.", "two and a half years", 2.5, None, "years", "quantity", None),
        ("Twenty merchant ships were hit.", "Twenty merchant ships", 20, None, "merchant ships", "count", None),
        ("Some eleven thousand people left.", "eleven thousand people", 11000, None, "people", "count", "some"),
        ("Claims could reach a fifth of output.", "a fifth", 0.2, None, "ratio", "ratio", None),
        ("They bought a dozen eggs.", "a dozen eggs", 12, None, "eggs", "count", None),
        ("Two dozen people were hurt.", "Two dozen people", 24, None, "people", "count", None),
        ("Half a dozen aides quit.", "Half a dozen aides", 6, None, "aides", "count", None),
        ("About 1.2 million people voted.", "1.2 million people", 1.2e6, None, "people", "count", "about"),
        (
            "It damaged 321 port facilities since July.",
            "321 port facilities",
            321,
            None,
            "port facilities",
            "count",
            None,
        ),
        (
            "They sent 12 armoured combat vehicles.",
            "12 armoured combat vehicles",
            12,
            None,
            "armoured combat vehicles",
            "count",
            None,
        ),
        ("The quake measured magnitude 6.8 at sea.", "6.8", 6.8, None, "magnitude", "quantity", None),
        ("Some 310 millimeters fell.", "310 millimeters", 310, None, "mm", "quantity", "some"),
        ("An estimated 70,000 troops arrived.", "70,000 troops", 70000, None, "troops", "count", "estimated"),
        ("Up to 690,000 troops may serve.", "690,000 troops", 690000, None, "troops", "count", "up to"),
        ("The town is 110 km from the border.", "110 km", 110, None, "km", "quantity", None),
    ],
)
def test_extraction(sentence, span, value, value_max, unit, kind, qualifier) -> None:
    f = one(sentence)
    assert (f.text, f.value, f.value_max, f.unit, f.kind, f.qualifier) == (
        span,
        pytest.approx(value),
        value_max,
        unit,
        kind,
        qualifier,
    )
    assert sentence[f.start : f.end] == span


def test_counted_noun_keeps_proper_modifiers_as_context() -> None:
    f = one("About 11,000 North Korean troops had arrived in the region.")
    assert f.unit == "troops" and f.text == "11,000 North Korean troops"
    assert "north" in f.ctx_words or "korea" in f.ctx_words


def test_conversion_is_linked_to_its_main_figure() -> None:
    found = figs("They held 1,376 square kilometers (531 square miles) at most.")
    assert [f.text for f in found] == ["1,376 square kilometers", "531 square miles"]
    assert found[0].converts is None and found[1].converts == 0 and found[1].unit == "mi²"


def test_dates_are_their_own_kind() -> None:
    found = figs("On Nov. 11 and on 6 August 2024, and in 2027, the plan of 2024-01-01 changed.")
    assert [(f.text, f.kind, f.iso) for f in found] == [
        ("Nov. 11", "date", "--11-11"),
        ("6 August 2024", "date", "2024-08-06"),
        ("2027", "date", "2027"),
        ("2024-01-01", "date", "2024-01-01"),
    ]
    assert found[1].value == 2024


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the worst flood since World War Two.",
        "It was the worst flood since World War II.",
        "Cases of COVID-19 fell, the G7 said.",
        "The F-16 and Su-34 jets flew.",
        "(Visited 1 times, 1 visits today)",
        "The flood defences were decades out of date [1] and old.",
        "No one was hurt, and one of the boats sank.",
        "He came 2nd in the race at 10:30 on the day.",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert figs(sentence) == []


def test_number_word_runs_match_a_plain_alternation() -> None:
    """The one-letter-at-a-time pattern finds exactly what a plain alternation of the words finds."""
    import re

    from tui.core import numwords

    plain = "|".join(numwords._WORDS)
    reference = re.compile(rf"\b(?:(?:a|an)[\s-]+)?(?:{plain})(?:[\s-]+(?:{plain}|and|a|an))*\b", re.IGNORECASE)
    text = (
        "Tenth, tens and ten; Twenty-one a dozen eleven thousand a fifth. Two and a half years, "
        "often, seventy-seventh, İstanbul had three hundred and six. ONE Nine-tenths nonetheless; no one. One, two"
    )
    expected = [m.span() for m in reference.finditer(text) if m.group().lower() != "one"]
    assert numwords.runs(text) == expected and len(expected) < len(list(reference.finditer(text)))
    plain_i = text.replace("İ", "I")
    assert numwords.runs(plain_i) == [m.span() for m in reference.finditer(plain_i) if m.group().lower() != "one"]


def test_dates_found_in_a_long_one_line_paragraph() -> None:
    """Dates are searched only around digits; one far from the sentence start is still found whole."""
    filler = "word " * 400
    text = f"{filler}It opened on 30 September, 2020 and closed in 2021."
    found = [f for f in extract_figures(text, segment(text), 0) if f.kind == "date"]
    assert [(f.text, f.iso) for f in found] == [("30 September, 2020", "2020-09-30"), ("2021", "2021")]


def test_shared_sentences_give_the_same_figures_as_reading_each_version(samples) -> None:
    """Figures of a sentence the versions share are read once and moved; the result is the same."""
    shared: dict = {}
    for v, version in enumerate(samples.versions):
        sentences = samples.sentences[v]
        alone = extract_figures(version.text, sentences, v, samples.boilerplate[v])
        reused = extract_figures(version.text, sentences, v, samples.boilerplate[v], shared=shared)
        assert reused == alone
        assert all(version.text[f.start : f.end] == f.text for f in reused)
    assert len(shared) < sum(len(ss) for ss in samples.sentences)


def test_number_words_in_a_heading_run_on_into_the_next_paragraph() -> None:
    """A run of number words reaching across a blank line does not hide the figure of the next sentence."""
    text = "Chapter twenty\n\nThree boats sank near the harbour on Monday.\n"
    found = [(f.text, f.value) for f in extract_figures(text, segment(text), 0)]
    assert ("Three boats", 3.0) in found


_ALL_FLAGS = HAS_DIGITS | HAS_NUMBER_WORDS | HAS_MONTHS
_PIECES = [
    *("the", "boats", "sank", "in", "mid-May", "May", "Sept.", "5", "2020", "1,376", "twenty-five", "one"),
    *("one-third", "five's", "No", "a", "half", "and", "two", "thousand", "km", "troops", "about", "of", "."),
    *("hundred", "World", "War", "Two", "on", "30", "September,", "since", "%", "$3m", "dozen", "-", "'"),
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=18))
def test_hints_never_leave_out_a_figure(pieces: list[str]) -> None:
    """Sentences are scanned only for what their tokens hint at; scanning everything finds nothing more."""
    text = " ".join(pieces)
    sentences = segment(text)
    assert extract_figures(text, sentences, 0) == extract_figures(
        text, sentences, 0, hints=[_ALL_FLAGS] * len(sentences)
    )


def test_hints_on_the_samples(samples) -> None:
    for v, version in enumerate(samples.versions):
        sentences = samples.sentences[v]
        hinted = extract_figures(version.text, sentences, v)
        assert hinted and hinted == extract_figures(version.text, sentences, v, hints=[_ALL_FLAGS] * len(sentences))


@pytest.mark.parametrize(
    ("sentence", "flags"),
    [
        ("No one came to the meeting.", 0),
        ("Twenty-five boats sank.", HAS_NUMBER_WORDS),
        ("It rained from mid-May 5 onward.", HAS_DIGITS | HAS_MONTHS),
        ("It rained for 5 days.", HAS_DIGITS),
        ("Officials said it was quiet.", 0),
    ],
)
def test_figure_hints(sentence: str, flags: int) -> None:
    assert figure_hints(sentence) == flags


@pytest.mark.parametrize(
    ("words", "value", "used"),
    [
        ("two and a half years", 2.5, 4),
        ("one hundred and five", 105.0, 4),
        ("three million five hundred thousand", 3_500_000.0, 5),
        ("twenty one", 21.0, 2),
        ("one one", 1.0, 1),  # two numbers side by side are not one number
        ("five twenty", 5.0, 1),
        ("twenty thirty", 20.0, 1),
        ("two and three", 2.0, 1),
    ],
)
def test_number_words_parse(words: str, value: float, used: int) -> None:
    parsed = numwords.parse(words.split())
    assert parsed is not None and parsed[:2] == (value, used)


def test_repeated_number_words_are_no_figure() -> None:
    assert extract_figures("one one boats", segment("one one boats"), 0, hints=[_ALL_FLAGS]) == []


def _found(text: str) -> list[tuple[str, str, str, float | None]]:
    return [(f.text, f.unit, f.kind, f.value) for f in extract_figures(text, segment(text), 0) if f.kind != "date"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The bank earned US$4.1-billion in the period.", ("US$4.1-billion", "USD", "money", 4.1e9)),
        ("Output fell 3-per-cent short of plans.", ("3-per-cent", "%", "percent", 3.0)),
        ("It paid 6.5 billion US dollars for the mine.", ("6.5 billion US dollars", "USD", "money", 6.5e9)),
        ("The dividend was 9.1 US cents a share.", ("9.1 US cents a share", "cents/share", "money", 9.1)),
        ("The deal was worth 3.4 billion pounds.", ("3.4 billion pounds", "GBP", "money", 3.4e9)),
        ("Each tablet holds 1.5mg of the drug.", ("1.5mg", "mg", "quantity", 1.5)),
        ("They sold 330ml cans.", ("330ml", "ml", "quantity", 330.0)),
        ("Each capsule holds 25\u00b5g of the vitamin.", ("25\u00b5g", "\u03bcg", "quantity", 25.0)),
        ("Each capsule holds 40mcg of the vitamin.", ("40mcg", "\u03bcg", "quantity", 40.0)),
        ("Gusts reached 90kmph on the coast.", ("90kmph", "km/h", "quantity", 90.0)),
        ("Patients aged 60 or older took part.", ("60 or older", "years old", "quantity", 60.0)),
        (
            "It enrolled 2,400 overweight or obese adults.",
            ("2,400 overweight or obese adults", "overweight adults", "count", 2400.0),
        ),
        (
            "Over the decade, 310 first heart attacks occurred.",
            ("310 first heart attacks", "heart attacks", "count", 310.0),
        ),
    ],
)
def test_money_units_and_nouns_in_their_many_forms(text: str, figure: tuple[str, str, str, float]) -> None:
    assert figure in _found(text)


def test_a_count_whose_noun_is_left_out_counts_the_noun_before_it() -> None:
    found = _found("Several buses overturned and at least four caught fire on the bridge.")
    assert ("four", "buses", "count", 4.0) in found


def test_a_count_whose_noun_is_left_out_counts_what_the_count_before_it_counted() -> None:
    found = _found("Nine sailors drowned off the islands and three are missing.")
    assert ("three", "sailors", "count", 3.0) in found  # not the islands, the last plural before it


def test_a_part_of_a_group_counts_the_group_s_noun() -> None:
    found = _found("Of the crew, 7 of the 23 rescued sailors needed surgery.")
    assert ("7", "rescued sailors", "count", 7.0) in found


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Six of the nine judges dissented.", "judges"), ("Three of the twenty-five injured were children.", "injured")],
)
def test_a_part_of_a_group_counted_in_words_counts_the_group_s_noun(text: str, unit: str) -> None:
    assert [f.unit for f in figs(text)] == [unit, unit]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It treats type 2 diabetes.", 2.0),
        ("Write to the commission, Washington, D.C. 20549, for the filing.", 20549.0),
        ("Its office is in Hovedgade, DK- 2880, Bagsvaerd.", 2880.0),
        ("The FTSE 100 closed higher.", 100.0),
    ],
)
def test_names_codes_and_postcodes_are_not_figures(text: str, value: float) -> None:
    assert value not in [v for _, _, _, v in _found(text)]


def test_a_sign_before_a_number_is_its_qualifier() -> None:
    text = "It took adults with a BMI of ≥30 kg/m2 into the trial."
    found = list(extract_figures(text, segment(text), 0))
    assert [(f.unit, f.qualifier) for f in found] == [("kg/m²", "at least")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A 6.2-magnitude quake shook the island.", ("6.2-magnitude", "magnitude", "quantity", 6.2)),
        ("The magnitude-4.8 tremor woke the town.", ("4.8", "magnitude", "quantity", 4.8)),
        ("It measured 5.1 on the Richter scale.", ("5.1", "magnitude", "quantity", 5.1)),
        ("A loaf now costs 85c in the shops.", ("85c", "cents", "money", 85.0)),
        ("The club raised $ 12 million for it.", ("$ 12 million", "USD", "money", 12e6)),
        ("Tickets cost 40 € at the door.", ("40 €", "EUR", "money", 40.0)),
        ("The fine was 900 USD.", ("900 USD", "USD", "money", 900.0)),
        ("He paid 75USD for it.", ("75USD", "USD", "money", 75.0)),
        ("Nurses earn $31/hour there.", ("$31/hour", "USD/hour", "money", 31.0)),
        ("She earns $48,000 a year.", ("$48,000 a year", "USD/year", "money", 48000.0)),
        ("The lake froze at -8 °C overnight.", ("-8 °C", "°C", "quantity", -8.0)),
        ("Buy a 10-gallon tank.", ("10-gallon", "gal", "quantity", 10.0)),
        ("They sold 16-ounce bottles.", ("16-ounce", "oz", "quantity", 16.0)),
        ("The hall is 800m2 in all.", ("800m2", "m²", "quantity", 800.0)),
        ("The striker is 1.85m tall.", ("1.85m", "m", "quantity", 1.85)),
        ("The wall is 5 feet 6 inches high.", ("5 feet 6 inches", "ft", "quantity", 5.5)),
    ],
)
def test_magnitudes_money_signs_and_glued_units(text: str, figure: tuple[str, str, str, float]) -> None:
    assert figure in _found(text)


def test_a_change_from_one_value_to_another_is_two_figures() -> None:
    found = _found("Support rose from 38 to 44 percent in a month.")
    assert ("38", "%", "percent", 38.0) in found and ("44 percent", "%", "percent", 44.0) in found


def test_a_year_earlier_is_no_rate() -> None:
    assert ("$6bn", "USD", "money", 6e9) in _found("Profit was $4bn, down from $6bn a year earlier.")


@pytest.mark.parametrize("text", ["The total exceeds 150 cases.", "Sales topped 2,000 units."])
def test_exceeding_is_a_bound(text: str) -> None:
    from tui.core.facts import QUALIFIER_CLASS

    found = [f for f in extract_figures(text, segment(text), 0) if f.kind != "date"]
    assert len(found) == 1 and QUALIFIER_CLASS[found[0].qualifier or ""] == "above"


@pytest.mark.parametrize(("text", "value"), [("Send it to NY 10012 today.", 10012.0), ("NGC 5128 is bright.", 5128.0)])
def test_postcodes_and_catalogue_numbers_are_not_figures(text: str, value: float) -> None:
    assert value not in [v for _, _, _, v in _found(text)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The trail climbs for 3/4 mile.", ("3/4 mile", "mi", "quantity", 0.75)),
        ("Cut a 1/2 inch strip.", ("1/2 inch", "in", "quantity", 0.5)),
        ("Nearly 2/3 of the members voted.", ("2/3", "ratio", "ratio", 2 / 3)),
        ("The card holds 256 MB of photos.", ("256 MB", "MB", "quantity", 256.0)),
        ("The new plant adds 12 GW to the grid.", ("12 GW", "GW", "quantity", 12.0)),
    ],
)
def test_bare_fractions_and_units_written_as_the_unit_is(text: str, figure: tuple[str, str, str, float]) -> None:
    assert figure in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The match on 5/6 went to penalties.",
        "The shop runs 24/7 in summer.",
        "The council moved to 221 Baker Street last year.",
        "Police stood outside 10 Downing Street.",
    ],
)
def test_a_date_written_as_a_fraction_and_a_house_number_are_not_figures(text: str) -> None:
    assert _found(text) == []


def test_a_capitalised_word_after_a_space_is_no_unit() -> None:
    assert [u for _, u, _, _ in _found("He scored 5 In the second half.")] == [""]


@pytest.mark.parametrize(
    ("text", "age"),
    [("Mira Tode, 61, conceded on Sunday.", 61.0), ("The driver, Karl Benn, 29, of Arlow was charged.", 29.0)],
)
def test_a_number_set_off_after_a_name_is_an_age(text: str, age: float) -> None:
    assert (str(int(age)), "years old", "quantity", age) in _found(text)


@pytest.mark.parametrize("text", ["Medals: Arlow, 12, Vellar, 9, Tode, 4.", "Of those, 46, were hurt."])
def test_a_list_of_counts_after_names_is_no_age(text: str) -> None:
    assert all(u != "years old" for _, u, _, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The collider ran at 6.8 TeV per beam.", ("6.8 TeV", "TeV", "quantity", 6.8)),
        ("Gusts reached 140 km/hr on the coast.", ("140 km/hr", "km/h", "quantity", 140.0)),
        ("The reservoir holds 2km^3 of water.", ("2km^3", "km³", "quantity", 2.0)),
        ("Each flat is 85 m^2 inside.", ("85 m^2", "m²", "quantity", 85.0)),
        ('The new tablet has an 11" display.', ('11"', "in", "quantity", 11.0)),
        ("The court ordered him to pay 12 lakh rupees.", ("12 lakh rupees", "INR", "money", 1.2e6)),
        ("The dam cost 450 crore rupees.", ("450 crore rupees", "INR", "money", 4.5e9)),
        ("Exports earned 3 billion yuan.", ("3 billion yuan", "CNY", "money", 3e9)),
    ],
)
def test_more_units_scales_and_currencies(text: str, figure: tuple[str, str, str, float]) -> None:
    assert figure in _found(text)


def test_a_closing_quotation_mark_after_a_number_is_no_inch() -> None:
    assert [u for _, u, _, _ in _found('He said: "We won 3" and left.')] == [""]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The miner raised c $ 7.5 million in May.", ("c $ 7.5 million", "CAD", "money", 7.5e6)),
        ("The loan is us $ 120 million.", ("us $ 120 million", "USD", "money", 1.2e8)),
        ("The shares closed at $-2.40 after the loss.", ("$-2.40", "USD", "money", -2.4)),
        ("It declared a 12-cent-a-share payout.", ("12-cent", "cents", "money", 12.0)),
    ],
)
def test_currency_signs_apart_signed_and_in_adjectives(text: str, figure: tuple[str, str, str, float]) -> None:
    assert figure in _found(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Half a million people lined the route.", ("Half a million people", "people", "count", 5e5)),
        ("The repairs cost a quarter million dollars.", ("a quarter million dollars", "USD", "money", 2.5e5)),
        ("The contract is worth 45 MUSD.", ("45 MUSD", "USD", "money", 4.5e7)),
    ],
)
def test_fractions_of_millions_and_codes_for_millions(text: str, figure: tuple[str, str, str, float]) -> None:
    assert figure in _found(text)


def test_half_of_a_thing_is_no_figure() -> None:
    assert _found("She ate half a pie and half the cake.") == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The wreck lies a mile off the point.", ("a mile", "mi", "quantity", 1.0)),
        ("They carried one gallon of water each.", ("one gallon", "gal", "quantity", 1.0)),
        ("Half a tonne of grain spilled.", ("Half a tonne", "t", "quantity", 0.5)),
        ("A half-mile stretch of road closed.", ("A half-mile", "mi", "quantity", 0.5)),
        ("About a foot of snow fell overnight.", ("a foot", "ft", "quantity", 1.0)),
        ("The parcel weighed just over half a kilo.", ("half a kilo", "kg", "quantity", 0.5)),
    ],
)
def test_one_or_a_half_of_a_unit_in_words(text: str, figure: tuple[str, str, str, float]) -> None:
    assert figure in _found(text)


@pytest.mark.parametrize("text", ["She had a ton of questions.", "The stall sold it for a pound."])
def test_manners_of_speech_and_the_pound_are_no_measures(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "shown", "low", "high"),
    [
        ("Patients lost 10% to 15% of their weight.", "10% to 15%", 10, 15),
        ("Costs will be between $5 million and $7 million.", "$5 million and $7 million", 5e6, 7e6),
        ("A drop of 20% - 30% was forecast by the ministry.", "20% - 30%", 20, 30),
        ("The crater measured 3 km to 5 km across.", "3 km to 5 km", 3, 5),
        ("Unemployment was 4.1%–4.3%, economists said.", "4.1%–4.3%", 4.1, 4.3),
    ],
)
def test_two_figures_in_one_unit_joined_by_to_are_one_range(text: str, shown: str, low: float, high: float) -> None:
    (f,) = figs(text)
    assert (f.text, f.value, f.value_max) == (shown, low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The rate rose from 41% to 57% last year.",  # a change: the value before and after
        "The river rose 2 metres to 5 metres overnight.",  # the change, and the level it reached
        "Output fell 5% to 3% of capacity.",  # values that fall are no range
        "Sales rose 5% to $3 billion.",  # two units
    ],
)
def test_a_change_or_two_units_stay_two_figures(text: str) -> None:
    assert len(figs(text)) == 2


def test_figures_are_built_whole_and_grouping_gives_copies(samples) -> None:
    """Every figure holds its own text and place when made; grouping never changes the figures it is given."""
    from tui.core.grouping import group_facts

    for f in samples.figures:
        assert f.text == samples.versions[f.version].text[f.start : f.end]
    plain = [f.replace(fact=None, status="single") for f in samples.figures]
    texts = [v.text for v in samples.versions]
    spans = [[(s.start, s.end) for s in ss] for ss in samples.sentences]
    grouped, facts = group_facts(plain, samples.row_of, samples.base, len(texts), texts, spans)
    assert all(f.fact is None and f.status == "single" for f in plain)
    assert [f.fact for f in grouped] == [f.fact for f in samples.figures] and facts


@pytest.mark.parametrize(
    ("text", "shown", "value", "unit"),
    [
        ("The house sold for a quarter of a million dollars.", "a quarter of a million dollars", 250_000, "USD"),
        ("Three quarters of a million voters turned out.", "Three quarters of a million voters", 750_000, "voters"),
    ],
)
def test_a_fraction_of_a_round_amount_is_one_figure(text: str, shown: str, value: float, unit: str) -> None:
    (f,) = figs(text)
    assert (f.text, f.value, f.unit) == (shown, value, unit)


def test_a_fraction_of_a_group_stays_a_share_of_it() -> None:
    assert [f.text for f in figs("A quarter of the 400 workers left.")] == ["A quarter", "400 workers"]


@pytest.mark.parametrize(
    ("text", "shown", "value", "qualifier"),
    [
        ("Police said one in five drivers were speeding.", "one in five", 0.2, None),
        ("About 1 in 10 adults has the condition.", "1 in 10", 0.1, "about"),
        ("Only 1 in 1,000 cases is severe.", "1 in 1,000", 0.001, "only"),
    ],
)
def test_one_of_so_many_is_a_share(text: str, shown: str, value: float, qualifier: str | None) -> None:
    (f,) = figs(text)
    assert (f.text, f.kind, f.qualifier) == (shown, "ratio", qualifier) and f.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "shown", "value"),
    [
        ("The new kettle is a fifth lighter than the old one.", "a fifth", 0.2),
        ("Tickets now cost a third more.", "a third", 1 / 3),
    ],
)
def test_a_fraction_in_words_before_a_comparative_is_the_size_of_a_difference(
    text: str, shown: str, value: float
) -> None:
    (f,) = figs(text)
    assert (f.text, f.kind) == (shown, "ratio") and f.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["Rain fell for a third day.", "A fifth player was sent off."])
def test_an_ordinal_in_words_is_no_fraction(text: str) -> None:
    assert figs(text) == []


def test_a_day_of_a_month_then_a_count_is_no_share() -> None:
    assert [f.text for f in figs("The phone goes on sale on Oct. 4 in 12 countries.")] == ["Oct. 4", "12 countries"]


@pytest.mark.parametrize("text", ["He scored 5 in 10 years.", "The team won 3 in a row.", "One in 2024 was bad."])
def test_so_many_in_a_time_or_a_row_is_no_share(text: str) -> None:
    assert all(f.kind != "ratio" for f in figs(text))


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("The heatwave pushed temperatures to 40C.", "°C", 40),
        ("Temperatures reached 104F in Phoenix.", "°F", 104),
        ("Temperatures fell to -5C overnight.", "°C", -5),
    ],
)
def test_degrees_glued_to_the_number_where_temperatures_are_spoken_of(text: str, unit: str, value: float) -> None:
    (f,) = figs(text)
    assert (f.unit, f.value, f.kind) == (unit, value, "quantity")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("A heatwave gripped the south on Friday. The old record, 44.1C, stood for years.", ["°C"]),
        ("It fell to -7C, the lowest since 2010. Forecasters expect a cold week.", ["°C", "date"]),
        ("Flat 4C is let. The tenants moved in last week.", [""]),  # a flat's number
    ],
)
def test_degrees_glued_to_the_number_where_the_sentence_beside_speaks_of_temperatures(
    text: str, units: list[str]
) -> None:
    assert [f.unit for f in figs(text)] == units


@pytest.mark.parametrize(
    "text", ["That was 0.2C higher than the old record.", "Leaders kept the 1.5C limit.", "It forecasts a 3C rise."]
)
def test_degrees_glued_to_the_number_before_a_change_or_a_limit(text: str) -> None:
    assert [f.unit for f in figs(text)] == ["°C"]


def test_bare_degrees_of_warmth_take_the_scale_the_text_writes_elsewhere() -> None:
    found = figs("The summer was 2.1 degrees warmer than usual. Highs reached 41 degrees Celsius in July.")
    assert [(f.unit, f.unit_key) for f in found] == [("°C", "temperature")] * 2


def test_bare_degrees_of_warmth_in_a_text_of_no_scale_meet_only_bare_degrees() -> None:
    (f,) = figs("Temperatures reached 38 degrees on Sunday.")
    assert (f.unit, f.kind) == ("°", "quantity") and f.unit_key != "temperature"


def test_degrees_where_nothing_is_warm_or_cold_are_an_angle() -> None:
    assert [f.unit_key for f in figs("The ramp rises at 30 degrees. He turned 180 degrees.")] == ["angle", "angle"]


@pytest.mark.parametrize(
    ("text", "unit"), [("Ozone reached 70 parts per billion.", "ppb"), ("Carbon dioxide stood at 420 ppm.", "ppm")]
)
def test_parts_per_million_and_billion_are_concentrations(text: str, unit: str) -> None:
    f = one(text)
    assert (f.unit, f.kind) == (unit, "quantity")


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("The screen refreshes at 144Hz.", "Hz", 144.0),
        ("It has a 4,400mAh battery.", "mAh", 4400.0),
        ("Fibre gives up to 2.5Gbps.", "Gbps", 2.5),
        ("The old line managed 40 Mbps.", "Mbps", 40.0),
        ("The station moved to 873 kHz.", "kHz", 873.0),
    ],
)
def test_frequencies_charges_and_bit_rates_glued_or_spaced(text: str, unit: str, value: float) -> None:
    f = one(text)
    assert (f.unit, f.value, f.kind) == (unit, value, "quantity")


@pytest.mark.parametrize("text", ["It films 4K video.", "The 8K TV went on sale.", "A 4K-resolution monitor."])
def test_a_resolution_s_name_is_no_figure(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    "text", ["It was warmer than the 1850-1900 average.", "In 2020-21 it shrank.", "The 2010-2019 decade was wet."]
)
def test_a_span_of_years_that_names_a_period_is_no_figure(text: str) -> None:
    assert figs(text) == []


def test_a_range_of_that_size_that_counts_is_still_a_range() -> None:
    f = one("About 1900-2000 troops were sent.")
    assert (f.value, f.value_max, f.unit) == (1900, 2000, "troops")


def test_thousands_written_with_a_k_before_other_nouns_are_still_counted() -> None:
    assert one("The firm hired 4K workers.").value == 4000


def test_a_letter_after_a_number_elsewhere_is_no_temperature() -> None:
    assert all(f.unit not in ("°C", "°F") for f in figs("She lives in flat 4C and works on floor 10F."))


@pytest.mark.parametrize(
    ("text", "shown", "unit"),
    [
        ("The 150-seat parliament voted on Tuesday.", "150-seat", "seats"),
        ("A 10-storey building collapsed in the night.", "10-storey", "storeys"),
        ("A 200-bed hospital opened in the town.", "200-bed", "beds"),
    ],
)
def test_a_count_told_as_an_adjective_counts_its_noun(text: str, shown: str, unit: str) -> None:
    (f,) = figs(text)
    assert (f.text, f.unit, f.kind) == (shown, unit, "count")


@pytest.mark.parametrize("text", ["A 3-D film was shown.", "A 3-fold rise was seen.", "A 20-something crowd came."])
def test_a_compound_that_counts_nothing_is_no_count(text: str) -> None:
    assert [f.text for f in figs(text) if f.kind == "count"] == []


def test_a_count_told_loosely_is_about_that_count() -> None:
    a, b = figs("Some 150-odd neighbours watched, and 30-odd volunteers stayed on.")
    assert (a.text, a.value, a.unit, a.qualifier) == ("150-odd neighbours", 150.0, "neighbours", "some")
    assert (b.text, b.value, b.unit, b.qualifier) == ("30-odd volunteers", 30.0, "volunteers", "about")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Stir in ½ cup of oats.", 0.5, "cup"),
        ("Stir in 1 ½ teaspoons of salt.", 1.5, "teaspoons"),
        ("The path runs for ¾ mile along the river.", 0.75, "mi"),
    ],
)
def test_a_fraction_character_with_a_unit_is_a_figure(text: str, value: float, unit: str) -> None:
    f = one(text)
    assert (f.value, f.unit) == (value, unit)


def test_a_fraction_character_alone_is_no_figure() -> None:
    assert [f.text for f in figs("The chess match ended ½ to ½ after six hours.")] == ["six hours"]


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("Turnover grew from 1.2 to 1.6 billion dollars in recent times.", 1.2e9, 1.6e9),
        ("Losses widened from $41 to $63 million over the year.", 41e6, 63e6),
        ("The fund went from 300 or 400 million euros to nothing.", 300e6, 400e6),
        ("Membership grew from 500,000 to 1.2 million people.", 500_000, 1.2e6),
        ("The ticket went from $41 to $57 in a year.", 41, 57),
    ],
)
def test_a_change_to_a_scaled_figure_scales_the_number_before_it(text: str, before: float, after: float) -> None:
    a, b = (f for f in figs(text) if f.kind != "date")
    assert (a.value, b.value, a.unit) == (before, after, b.unit)


def test_a_range_to_a_scaled_figure_is_in_that_scale() -> None:
    f = one("Repairs will cost $5 to $8 million, the council said.")
    assert (f.value, f.value_max, f.unit) == (5e6, 8e6, "USD")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The ferry fare went up and now costs 12 pounds.", "GBP"),
        ("The charity raised 400 pounds at the fair.", "GBP"),
        ("The museum spent 3 million pounds on its roof.", "GBP"),
        ("The landlord paid 1 pound sterling for the lease.", "GBP"),
        ("Seats at the final are 85 pounds each.", "GBP"),
        ("The sacks weigh 50 pounds each.", "lb"),
        ("She lost 12 pounds over the summer.", "lb"),
        ("The largest pumpkin weighed 1,200 pounds.", "lb"),
        ("The barge's cargo was 2 million pounds in all.", "lb"),
        ("Buy 1 pound of plums and a 5-pound bag of flour.", "lb"),
        ("The bid includes 600 million pounds of debt.", "GBP"),
        ("Councils face 40 million pounds of cuts.", "GBP"),
        ("The mill ground 600 pounds of rye.", "lb"),
    ],
)
def test_pounds_are_sterling_or_mass_by_what_the_sentence_speaks_of(text: str, unit: str) -> None:
    assert {f.unit for f in figs(text)} == {unit}


@pytest.mark.parametrize(
    ("text", "unit", "kind"),
    [
        ("A season ticket now costs 4,100 crowns.", "crowns", "money"),
        ("The council spent 2 million crowns on the bridge.", "crowns", "money"),
        ("The fine was 40,000 Swedish crowns.", "SEK", "money"),
        ("The ferry fare is 95 Danish kroner.", "DKK", "money"),
        ("A coffee costs 52 krona there.", "SEK", "money"),
        ("The club has won three crowns in a row.", "crowns", "count"),
    ],
)
def test_crowns_are_money_where_the_sentence_speaks_of_money(text: str, unit: str, kind: str) -> None:
    f = one(text)
    assert (f.unit, f.kind) == (unit, kind)


@pytest.mark.parametrize(
    ("text", "shown", "unit", "value"),
    [
        ("Crude settled at $81 a barrel on Friday.", "$81 a barrel", "USD/barrel", 81.0),
        ("Bullion reached $2,050 an ounce.", "$2,050 an ounce", "USD/ounce", 2050.0),
        ("Diesel now sells for £1.62 per litre.", "£1.62 per litre", "GBP/litre", 1.62),
        ("Pontoon berths cost £3.40 a metre.", "£3.40 a metre", "GBP/m", 3.4),
        ("Plots sold for $14 per square foot.", "$14 per square foot", "USD/ft²", 14.0),
        ("Night power costs 21p a kilowatt-hour.", "21p a kilowatt-hour", "pence/kWh", 21.0),
        ("The toll is €0.09/km for vans.", "€0.09/km", "EUR/km", 0.09),
        ("Subtitlers are paid $0.15 per word.", "$0.15 per word", "USD/word", 0.15),
    ],
)
def test_a_price_of_one_thing_says_what_it_is_the_price_of(text: str, shown: str, unit: str, value: float) -> None:
    f = one(text)
    assert (f.text, f.unit, f.value) == (shown, unit, value)


@pytest.mark.parametrize(
    "text",
    ["The fund paid out $4m a year ago.", "He paid $5 a m.", "Rates rose to $8 per cent of nothing."],
)
def test_what_follows_an_amount_is_no_measure_of_it_unless_it_is_one(text: str) -> None:
    """A rate of time is told only before "ago" and its kin; a short form is a unit only after "per" or a
    slash; "per cent" prices nothing."""
    assert [f.unit for f in figs(text) if f.kind == "money"] == ["USD"]


@pytest.mark.parametrize(
    ("text", "shown", "unit"),
    [
        ("Her deal is worth €180k a week before bonuses.", "€180k a week", "EUR/week"),
        ("Nurses start on £31,000 a year before tax.", "£31,000 a year", "GBP/year"),
        ("Profit was $5m a year before, the firm said.", "$5m", "USD"),  # a time: a year earlier
    ],
)
def test_a_rate_before_what_comes_off_it_is_still_a_rate(text: str, shown: str, unit: str) -> None:
    f = one(text)
    assert (f.text, f.unit) == (shown, unit)


def test_a_wage_before_bonuses_is_no_earlier_wage() -> None:
    c = compare(
        [
            Version("a", "a", "Rovers will pay Duarte about 250,000 euros a week, sources said.", "utf-8"),
            Version("b", "b", "Duarte's deal is worth €250k a week before bonuses, sources said.", "utf-8"),
        ]
    )
    (fact,) = c.facts
    assert len(fact.figures) == 2 and fact.status in ("agree", "approx")
    assert all(c.figures[i].role == (None, None) for i in fact.figures)


def test_a_price_per_metre_is_not_a_metre_as_well() -> None:
    assert [f.text for f in figs("Moorings cost £2.10 a metre, and the quay is a mile long.")] == [
        "£2.10 a metre",
        "a mile",
    ]


def test_a_price_of_one_thing_keeps_its_currency_as_its_key() -> None:
    each, bare = one("Crude settled at $81 a barrel."), one("Crude settled at $81.")
    assert each.unit_key == bare.unit_key == "USD"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The nation's output is $2.9T a year, officials said.", 2.9e12, "USD"),
        ("A 12t lorry blocked the lane.", 12.0, "t"),
    ],
)
def test_t_is_trillions_after_a_currency_and_tonnes_elsewhere(text: str, value: float, unit: str) -> None:
    f = one(text)
    assert (f.value, f.unit.split("/")[0]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("They planned a 6- to 9-metre sea wall.", 6.0, 9.0, "m"),
        ("Expect a 2- or 3-day delay at the port.", 2.0, 3.0, "days"),
    ],
)
def test_a_number_left_hanging_by_a_hyphen_is_a_range_in_the_next_ones_unit(
    text: str, low: float, high: float, unit: str
) -> None:
    f = one(text)
    assert (f.value, f.value_max, f.unit) == (low, high, unit)


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", " "])
def test_thousands_set_apart_by_a_thin_or_no_break_space(space: str) -> None:
    f = one(f"The repairs cost 12{space}500 euros.")
    assert (f.value, f.unit) == (12_500.0, "EUR")
    assert one(f"The prize was 1{space}250{space}000 rand.").value == 1_250_000.0


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("On June 4 300 people were moved out.", [300.0]),  # the day is the date's
        ("Figures for the week: 120 340 560 in the table.", [120340560.0]),  # grouped, not a row
        ("Rows read 2 716 4 903 and 12.", [2.0, 716.0, 4.0, 903.0, 12.0]),  # a row of numbers: none grouped
        ("The trail climbs 3 1/2 miles.", [3.5]),
    ],
)
def test_plain_spaces_group_thousands_only_where_no_date_or_row_of_numbers_claims_them(
    text: str, values: list[float]
) -> None:
    assert [f.value for f in figs(text) if f.kind != "date"] == values


@pytest.mark.parametrize(
    ("text", "shown", "value"),
    [
        ("Overnight it fell to minus 18C in the valley, the coldest night of the year.", "minus 18C", -18.0),
        ("The economy shrank, growth at minus 0.4% in the quarter.", "minus 0.4%", -0.4),
    ],
)
def test_minus_written_as_a_word_is_the_sign_of_the_figure(text: str, shown: str, value: float) -> None:
    f = one(text)
    assert (f.text, f.value) == (shown, value)


def test_minus_between_two_numbers_is_a_sum_not_a_sign() -> None:
    assert all(f.value is None or f.value >= 0 for f in figs("The puzzle: 20 minus 3 is 17."))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("At noon it was 38 celsius in the square.", "°C"),
        ("The forecast is 95 fahrenheit by Sunday.", "°F"),
        ("Lows of minus 4 degree celsius are likely.", "°C"),
        ("The club was fined 50,000 Swiss francs.", "CHF"),
        ("Fares rose to 120 CNY.", "CNY"),
    ],
)
def test_temperature_scales_and_currencies_written_out(text: str, unit: str) -> None:
    assert one(text).unit == unit


@pytest.mark.parametrize("text", ["A 6.4 quake shook the valley.", "A 5.2 tremor was felt in the capital."])
def test_a_quake_named_after_a_decimal_is_its_magnitude(text: str) -> None:
    f = one(text)
    assert (f.unit, f.value) == ("magnitude", float(f.text))


def test_a_count_of_quake_survivors_stays_a_count() -> None:
    assert one("Rescuers found 12 quake survivors.").unit == "quake survivors"


def test_an_age_of_is_an_age() -> None:
    _, age = figs("The survey asked 900 pensioners, at an average age of 71.")
    assert (age.value, age.unit) == (71.0, "years old")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("By nightfall the death toll from the storm had risen to 41.", "deaths"),
        ("A toll of 41 was given by the mayor.", "deaths"),
        ("The number of injured climbed to 130 overnight.", "injured"),
        ("The number of households without power fell to 2,400.", "households"),
        ("The number of National Guard troops deployed had risen to 6,000.", "troops"),
        ("The number of new Covid cases reached 1,480 on Monday.", "cases"),
        ("The number of US troops in the region stood at 2,500.", "troops"),
        ("The number of people killed rose to 41.", "people"),
        ("The number of dead rises to 41.", "dead"),
    ],
)
def test_a_bare_count_takes_the_noun_its_clause_names(text: str, unit: str) -> None:
    assert one(text).unit == unit


@pytest.mark.parametrize(
    "text", ["The toll bridge charge rises to 7 next year.", "The toll may rise, with 12 still unaccounted for."]
)
def test_a_toll_that_is_no_death_toll_names_no_count(text: str) -> None:
    assert one(text).unit != "deaths"


@pytest.mark.parametrize(
    ("one_word", "other"),
    [
        ("homes", "houses"),
        ("children", "kids"),
        ("pupils", "students"),
        ("homes", "households"),
        ("houses", "properties"),
    ],
)
def test_words_for_one_kind_of_thing_count_as_one_noun(one_word: str, other: str) -> None:
    a, b = one(f"The flood reached 640 {one_word}."), one(f"The flood reached 640 {other}.")
    assert a.unit_key == b.unit_key


@pytest.mark.parametrize(
    ("sentence", "span", "unit", "qualifier"),
    [
        ("Rent in the centre can reach $2,100 a month or more.", "$2,100 a month", "USD/month", "at least"),
        ("The ferry holds 400 or more passengers in summer.", "400 or more passengers", "passengers", "at least"),
        ("Firms with 50 or fewer employees are exempt.", "50 or fewer employees", "employees", "at most"),
        ("Tickets cost 12 euros or less online.", "12 euros", "EUR", "at most"),
        ("Players aged 60 or older may enter.", "60 or older", "years old", "at least"),
        ("Children aged 5 and under travel free.", "5", "years old", "at most"),
        ("The queue held 200 people or so by noon.", "200 people", "people", "about"),
    ],
)
def test_a_bound_after_the_figure_is_its_qualifier(sentence: str, span: str, unit: str, qualifier: str) -> None:
    f = one(sentence)
    assert (f.text, f.unit, f.qualifier) == (span, unit, qualifier)


def test_and_so_and_and_up_to_after_a_figure_are_no_bound() -> None:
    found = figs("Fares rose 5% and so did wages, from 3 and up to 7 in a year.")
    assert [(f.text, f.qualifier) for f in found][:2] == [("5%", None), ("3", None)]


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("Chip sales reached NT$412.3 billion in the year.", "NT$412.3 billion", "TWD"),
        ("Tickets start at CA$45 for adults.", "CA$45", "CAD"),
        ("The group set aside KRW 3 trillion for the plant.", "KRW 3 trillion", "KRW"),
        ("The plant will cost ₩3 trillion.", "₩3 trillion", "KRW"),
        ("The fund raised SEK85m last spring.", "SEK85m", "SEK"),
        ("Output is worth CNY 18 billion a year.", "CNY 18 billion a year", "CNY/year"),
    ],
)
def test_currency_signs_and_codes_before_an_amount(sentence: str, span: str, unit: str) -> None:
    f = one(sentence)
    assert (f.text, f.unit, f.kind) == (span, unit, "money")


@pytest.mark.parametrize(
    "sentence",
    [
        "Write to the office at ZIP code 30318 before Friday.",
        "The report was filed under file number 2-41875 last week.",
        "The rule is set out on page 14 of the treaty.",
        "The song climbed to #4 on the chart.",
        "Members invoked article 42 of the charter.",
    ],
)
def test_a_number_that_names_a_thing_is_no_figure(sentence: str) -> None:
    assert figs(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("Retail sales rose 3.4pc in March.", "3.4pc", "%"),
        ("The star lies 640 light-years from the Sun.", "640 light-years", "ly"),
        ("The cluster is about 2.5 parsecs across.", "2.5 parsecs", "pc"),
    ],
)
def test_more_units(sentence: str, span: str, unit: str) -> None:
    f = one(sentence)
    assert (f.text, f.unit) == (span, unit)


def test_pc_in_capitals_is_no_per_cent() -> None:
    assert [f.unit for f in figs("The lab bought 12 PCs and a 486PC.")] == ["PCs"]


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The final dividend rose to 21.4p a share.", "21.4p a share"),
        ("Its shares closed at 1,212p in London.", "1,212p"),
        ("Bus fares go up 15p to £2.65 in May.", "15p"),
    ],
)
def test_pence_glued_to_a_number_where_the_sentence_speaks_of_money(sentence: str, span: str) -> None:
    found = [f for f in figs(sentence) if f.text == span]
    assert len(found) == 1 and (found[0].unit_key, found[0].kind) == ("pence", "money")


def test_a_p_glued_to_a_number_elsewhere_is_no_figure() -> None:
    assert figs("The camera records video in 1080p and 720p.") == []


@pytest.mark.parametrize(
    ("sentence", "span", "value", "value_max", "unit"),
    [
        ("The repairs take two to three weeks.", "two to three weeks", 2, 3, "weeks"),
        ("Both men got between four and six years.", "four and six years", 4, 6, "years"),
        ("Crowds of three to four thousand people gathered.", "three to four thousand people", 3000, 4000, "people"),
        ("Ninety to a hundred boats sailed.", "Ninety to a hundred boats", 90, 100, "boats"),
        ("He was banned for a decade.", "a decade", 1, None, "decades"),
        ("It took two decades.", "two decades", 2, None, "decades"),
    ],
)
def test_ranges_and_decades_in_words(
    sentence: str, span: str, value: float, value_max: float | None, unit: str
) -> None:
    f = one(sentence)
    assert (f.text, f.value, f.value_max, f.unit) == (span, value, value_max, unit)


@pytest.mark.parametrize("sentence", ["The lake may be as warm as 24C by noon.", "Nights turn colder, near 3C."])
def test_a_glued_c_is_degrees_where_the_sentence_speaks_of_warmth_or_cold(sentence: str) -> None:
    assert one(sentence).unit == "°C"


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The moon is about 3.7 times smaller than Earth.", "3.7 times", 3.7),
        ("Rents are three times as high as in 2010.", "three times", 3),
        ("The dose gave a 4-fold rise in antibodies.", "4-fold", 4),
    ],
)
def test_a_multiple_is_a_figure(sentence: str, span: str, value: float) -> None:
    f = next(f for f in figs(sentence) if f.kind != "date")
    assert (f.text, f.value, f.unit) == (span, value, "times")


def test_how_often_is_no_multiple() -> None:
    found = figs("She swims four times a week and has posted about it 30 times since March.")
    assert [(f.text, f.kind) for f in found if f.kind != "date"] == [("four times", "count"), ("30 times", "count")]


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("The region had 640 measles cases in May.", "640 measles cases", "measles cases"),
        ("Deaths reached 31 per 100,000 people.", "31 per 100,000 people", "per 100,000"),
        ("It saw 9 burglaries per 1,000 homes.", "9 burglaries per 1,000 homes", "per 1,000"),
        ("The trade fair cost 300 kroner a day.", "300 kroner a day", "NOK/day"),
    ],
)
def test_counted_nouns_rates_and_currencies(sentence: str, span: str, unit: str) -> None:
    f = one(sentence)
    assert (f.text, f.unit) == (span, unit)


def test_a_year_before_the_thing_of_that_year_is_a_date() -> None:
    found = figs("The 2019 election drew the 2000 runners of the 1500 metres.")
    assert [(f.text, f.kind) for f in found] == [
        ("2019", "date"),
        ("2000 runners", "count"),
        ("1500 metres", "quantity"),
    ]


def test_a_rate_and_a_multiple_keep_their_own_units() -> None:
    found = figs("That is 12 per 100,000 and four times the old figure.")
    assert [f.unit for f in found] == ["per 100,000", "times"]


def test_the_size_of_a_change_in_words_is_a_share() -> None:
    assert next((f.text, f.kind) for f in figs("Fares rose by nearly a quarter, to $3.")) == ("a quarter", "ratio")
    assert figs("They came by a third road.") == []


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("ROME, May 2 (Agency) - The port reopened.", [("May 2", "date")]),
        ("The vote is set for May 12.", [("May 12", "date")]),
        ("May 3 people share a flat?", [("3 people", "count")]),
    ],
)
def test_may_and_a_day_is_a_date_but_where_it_opens_a_sentence(sentence: str, kinds: list[tuple[str, str]]) -> None:
    assert [(f.text, f.kind) for f in figs(sentence)] == kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares were 2% higher by 0915 GMT.",
        "The talks resumed at 4 p.m. on Friday.",
        "The airline grounded its last Boeing 757 on Monday.",
        "Reviewers liked the Pixel 9 more.",
    ],
)
def test_times_of_day_and_the_numbers_of_names_are_no_figures(sentence: str) -> None:
    assert [f.text for f in figs(sentence) if f.kind != "date"] in ([], ["2%"])


@pytest.mark.parametrize(
    ("sentence", "found"),
    [  # a count after a group named in the plural is no name's number
        ("Voters gave the Liberals 88 seats on Sunday.", [("88 seats", "seats")]),
        ("The deal hands the Rangers 12 players from the academy.", [("12 players", "players")]),
        # "fewer" after a number is no counted noun
        ("The Conservatives won 97 seats, 12 fewer than in 2021.", [("97 seats", "seats"), ("12", "seats")]),
        ("The club signed 30 players, 4 fewer than last season.", [("30 players", "players"), ("4", "players")]),
    ],
)
def test_counts_beside_a_group_s_name_and_before_fewer(sentence: str, found: list[tuple[str, str]]) -> None:
    assert [(f.text, f.unit) for f in figs(sentence) if f.kind != "date"] == found


@pytest.mark.parametrize("sentence", ["The crown was 1% weaker by 1600 GMT.", "Trading resumed at 1130 UTC."])
def test_a_time_of_day_of_four_digits_is_no_year(sentence: str) -> None:
    assert [f.kind for f in figs(sentence)] in ([], ["percent"])


def test_a_count_after_a_weekday_is_still_a_count() -> None:
    assert [f.text for f in figs("Police said on Sunday 14 were arrested.")] == ["14"]


def test_a_duration_in_hours_and_a_clock_time_written_with_a_stop() -> None:
    assert [(f.text, f.unit) for f in figs("The ferry took 3 hrs and docked at 9.30pm.")] == [("3 hrs", "hours")]


def test_a_qualified_share_in_words_is_a_figure_without_of() -> None:
    assert [(f.text, f.qualifier) for f in figs("Nearly two-thirds took part, and about a quarter said no.")] == [
        ("two-thirds", "nearly"),
        ("a quarter", "about"),
    ]
    assert figs("They won a two-thirds majority.") == []


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("The deal is worth 9.5% over two years.", None),
        ("She taught there for over 30 years.", "over"),
        ("It draws on over 30 years of records.", "over"),
    ],
)
def test_over_before_a_duration_is_a_period_unless_it_says_more_than(sentence: str, qualifier: str | None) -> None:
    assert next(f for f in figs(sentence) if f.unit == "years").qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "span", "unit"),
    [
        ("The planet's temperature is about 290 K.", "290 K", "K"),
        ("Forecasters expect 2 C of warming.", "2 C", "°C"),
    ],
)
def test_a_temperature_scale_after_a_space(sentence: str, span: str, unit: str) -> None:
    f = one(sentence)
    assert (f.text, f.unit) == (span, unit)


def test_k_after_a_space_is_no_kelvin_where_nothing_speaks_of_temperature() -> None:
    assert [f.unit for f in figs("The band sold 40 K records.")] == ["records"]


@pytest.mark.parametrize("sentence", ["The bill fell 3 short of passing.", "The two leaders were 8 apart in polls."])
def test_how_far_from_another_is_no_counted_noun(sentence: str) -> None:
    assert all(f.unit not in ("short", "apart") for f in figs(sentence))


def test_children_of_an_age_are_told_by_their_age() -> None:
    f = one("Most three-year-olds go to nursery.")
    assert (f.text, f.unit, f.unit_key) == ("three-year-olds", "years old", "age")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Turnout was 61.8%, down 2.4 points on 2017.", ["--"]),
        ("Sales were up 6% compared with 2021, and 9% vs. 2020.", ["--", "--"]),
        ("Ridership doubled between 2009 and 2019.", ["--", "--"]),
    ],
)
def test_a_year_a_change_is_measured_against_is_a_date(text: str, years: list[str]) -> None:
    """A year "on 2017" ending a clause, "compared with 2021", and both years of "between 2009 and 2019" are dates, not
    counts (nor a range of counts)."""
    found = figs(text)
    assert [f.kind for f in found if f.text.isdigit()] == ["date"] * len(years)
    assert not [f for f in found if f.kind == "count" and (f.value or 0) > 1900]


def test_a_year_before_a_count_of_things_stays_a_count() -> None:
    assert [(f.text, f.kind) for f in figs("The city spent $5m on 2000 buses.") if f.kind != "money"] == [
        ("2000 buses", "count")
    ]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [  # "up to" after a verb of change is the value reached, not a bound
        ("Joblessness ticked up to 5.1 per cent in May.", None),
        ("The base rate went up to 4.75%.", None),
        ("Fines of up to £2,500 apply.", "up to"),
        ("The lorry can carry up to 26 tonnes.", "up to"),
        # "over" after a word of dispute or punishment names the matter; elsewhere it is "more than"
        ("The broker was jailed over $430 million of bogus trades.", None),
        ("Unions staged a protest over 300 job cuts.", None),
        ("The row over 1,200 unpaid invoices went on.", None),
        ("The dam holds over 40 million cubic metres.", "over"),
        ("Prices rose over 4% last year.", "over"),
    ],
)
def test_a_bound_word_is_a_bound_but_after_words_that_make_it_something_else(text: str, qualifier: str | None) -> None:
    assert one(text).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Rovers won 4-2 at home before 18,400 fans.", ["18,400 fans"]),
        ("A 1-0 win took the club to 58 points.", ["58 points"]),
        ("The appeals court ruled 2-1 on Tuesday.", []),
        ("The party won 14-16 seats in the exit poll.", ["14-16 seats"]),
        ("Pupils aged 11-16 sat the test.", ["11-16"]),
    ],
)
def test_a_score_or_a_tally_is_no_figure_but_a_range_is(text: str, shown: list[str]) -> None:
    assert [f.text for f in figs(text)] == shown


def test_a_speed_in_kilometres_an_hour_meets_one_in_miles_an_hour() -> None:
    """ "km/h" names a speed as "mph" does: the slash in its name is no rate of a length."""
    kph, mph = figs("The tram reached 96 km/h, or 60 mph.")
    assert kph.unit_key == mph.unit_key == "speed"
    assert compatible(kph, mph)
    assert one("Sea levels rose 3.7mm a year.").unit_key == "length:year"


@pytest.mark.parametrize(("text", "value"), [("The heater draws 700W.", 700.0), ("A 40 watt bulb.", 40.0)])
def test_watts_are_power(text: str, value: float) -> None:
    f = one(text)
    assert (f.unit, f.value, f.kind) == ("W", value, "quantity")


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        ("The tram reached 96 km/h, or 60 mph, on the bridge.", True),
        ("Rents rise to £1,310 a year, or about £109 a month.", True),
        ("Entry costs £20, or £25 for members.", False),
    ],
)
def test_a_figure_after_comma_or_in_another_unit_is_a_conversion(text: str, converted: bool) -> None:
    first, second = figs(text)
    assert (second.converts is not None) == converted and first.converts is None


def test_a_dateline_s_date_is_the_version_s_own_not_a_claim_of_the_story() -> None:
    text = "TESKA, Varenia, June 9 (Wire) - A quake killed 120 people on June 8."
    dated = {f.text: f.unit for f in figs(text) if f.kind == "date"}
    assert dated == {"June 9": "published", "June 8": "date"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The seismic institute put its magnitude at 6.7.", 6.7),
        ("The quake, which the survey measured at 7.2, toppled a bridge.", 7.2),
        ("The aftershock registered 5.1, officials said.", 5.1),
    ],
)
def test_a_magnitude_a_quake_sentence_tells_after_its_verb(text: str, value: float) -> None:
    f = one(text)
    assert (f.unit, f.value) == ("magnitude", value)


def test_a_number_measured_elsewhere_is_no_magnitude() -> None:
    assert one("Rainfall was measured at 4.5 inches.").unit == "in"
    assert one("The dish was rated at 4.5 by diners.").unit != "magnitude"


@pytest.mark.parametrize(
    "text",
    ["Flood toll passes 60 as waters rise.", "The toll crossed 1,000 on Monday.", "Quake toll climbs past 30."],
)
def test_a_toll_that_passes_a_number_is_above_it(text: str) -> None:
    assert QUALIFIER_CLASS[one(text).qualifier or ""] == "above"


def test_the_past_years_are_no_bound() -> None:
    assert one("Over the past 30 years the harbour silted up.").qualifier is None


@pytest.mark.parametrize(
    ("text", "shown", "unit"),
    [
        ("Some 40 MPs rebelled.", "40 MPs", "MPs"),
        ("The bank closed 300 ATMs.", "300 ATMs", "ATMs"),
        ("Some 60 Tory MPs wrote to him.", "60 Tory MPs", "MPs"),
        ("In all, 1,140 first MACEs were counted.", "1,140 first MACEs", "MACEs"),
    ],
)
def test_a_plural_of_capitals_is_counted_as_a_noun(text: str, shown: str, unit: str) -> None:
    f = one(text)
    assert (f.text, f.unit, f.kind) == (shown, unit, "count")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("At least 9 were killed and 31 injured.", "killed"),
        ("Rescuers said 6 had died overnight.", "died"),
        ("A further 4 were reported missing.", "missing"),
        ("Police arrested 23 after the march.", "arrested"),
        ("The blast, killing at least 7, shook the port.", "killed"),
    ],
)
def test_a_bare_count_takes_what_happened_to_its_people_as_its_noun(text: str, unit: str) -> None:
    assert figs(text)[0].unit == unit


def test_a_count_killed_meets_a_count_of_people_dead() -> None:
    c = compare(
        [
            Version("a", "a", "The ferry sank off Ilha on Sunday. At least 9 were killed, police said.", "utf-8"),
            Version("b", "b", "The ferry sank off Ilha on Sunday. Police said 9 people died in the sinking.", "utf-8"),
        ]
    )
    (nine_a,) = [f for f in c.figures if f.version == 0 and f.value == 9]
    (nine_b,) = [f for f in c.figures if f.version == 1 and f.value == 9]
    assert nine_a.fact is not None and nine_a.fact == nine_b.fact


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The board raised the dividend by 4 cents to 61 cents.", ["4 cents", "61 cents"]),
        ("The plan cuts staff costs by 5% to 8%.", ["5% to 8%"]),
    ],
)
def test_by_a_change_to_a_level_is_two_figures_but_a_near_pair_is_a_range(text: str, shown: list[str]) -> None:
    assert [f.text for f in figs(text)] == shown


def test_a_falling_pair_that_ends_a_clause_is_a_tally() -> None:
    assert [f.text for f in figs("She won by 8 points, 54-46.")] == ["8 points"]


def test_a_figure_broken_at_a_line_s_end_is_read_whole_and_shown_on_one_line() -> None:
    text = "Dam report\n\nThe reservoir held 1,200 mil-\nlion cubic metres, the agency said."
    c = compare([Version("a", "a", text, "utf-8"), Version("b", "b", text.replace("mil-\nlion", "million"), "utf-8")])
    (broken,) = [f for f in c.figures if f.version == 0 and f.kind == "quantity"]
    assert (broken.value, broken.unit) == (1.2e9, "m³")
    assert text[broken.start : broken.end] == broken.text == "1,200 mil-\nlion cubic metres"
    assert one_line(broken.text) == "1,200 million cubic metres"
    (fact,) = [f for f in c.facts if f.kind == "quantity"]
    assert fact.status == "agree" and "reservoir" in fact.label


@pytest.mark.parametrize(
    "text", ["Published: 14 October 2026 08:10", "By Ana Dias | Tagus Post | Updated 8:40 p.m. Aug. 14, 2024"]
)
def test_the_date_of_a_publication_line_is_the_version_s_own(text: str) -> None:
    assert [f.unit for f in figs(text) if f.kind == "date"] == ["published"]
    assert [f.unit for f in figs("The decree was published on 3 May 2024.")] == ["date"]


@pytest.mark.parametrize(
    ("text", "shown", "value", "qualifier"),
    [
        ("Half of the pupils walk to school.", "Half", 0.5, None),
        ("More than half of voters backed it.", "half", 0.5, "more than"),
        ("Nine out of 10 dentists agreed.", "Nine out of 10", 0.9, None),
    ],
)
def test_half_of_and_so_many_out_of_are_shares(text: str, shown: str, value: float, qualifier: str | None) -> None:
    f = figs(text)[0]
    assert (f.text, f.kind, f.value, f.qualifier) == (shown, "ratio", value, qualifier)


@pytest.mark.parametrize("text", ["Sales rose in the second half of the year.", "The trip took half an hour."])
def test_half_of_a_time_is_no_share(text: str) -> None:
    assert not [f for f in figs(text) if f.kind == "ratio"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Infections doubled to 1,480 in a week.", "infections"),
        ("Arrests have climbed to about 300.", "arrests"),
        ("Prices rose to 1,480.", ""),
    ],
)
def test_a_count_takes_the_subject_of_its_change(text: str, unit: str) -> None:
    assert figs(text)[0].unit == unit


def test_cases_are_counted_as_case() -> None:
    """A plural in "-ses" drops its "s" ("cases", "horses"); "-sses", "-xes", "-ches" their "es"."""
    assert {f.unit_key for f in figs("There was 1 case, then 1,480 more cases.")} == {"n:case"}
    assert {f.unit_key for f in figs("It held 3 classes and 4 boxes.")} == {"n:class", "n:box"}


@pytest.mark.parametrize(("text", "value"), [("Adults with a BMI of 30 or more.", 30.0), ("a BMI ≥27", 27.0)])
def test_a_body_mass_index_needs_no_unit_written(text: str, value: float) -> None:
    f = one(text)
    assert (f.unit, f.value) == ("kg/m²", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("The bank cut rates by 25 basis points.", 0.25), ("Margins widened 180bps.", 1.8), ("Spreads fell 40 bp.", 0.4)],
)
def test_basis_points_are_hundredths_of_a_percentage_point(text: str, value: float) -> None:
    f = one(text)
    assert (f.kind, f.unit, f.value) == ("percent", "pp", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bank cut rates by a quarter of a percentage point.", 0.25),
        ("Yields rose by three-quarters of a percentage point.", 0.75),
        ("It raised rates by half a percentage point.", 0.5),
        ("The rate rose half a point to 5%.", 0.5),
    ],
)
def test_a_fraction_of_a_percentage_point_is_that_many_points(text: str, value: float) -> None:
    f = figs(text)[0]
    assert (f.kind, f.unit, f.value) == ("percent", "pp", value)


def test_half_a_point_of_a_score_is_no_rate() -> None:
    assert figs("She won the game by half a point.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The opposition promised income tax cuts of three points.", 3.0),
        ("She leads by five points in the latest poll.", 5.0),
        ("Inflation fell 1.5 points over the year.", 1.5),
    ],
)
def test_points_where_a_sentence_speaks_of_a_rate_are_percentage_points(text: str, value: float) -> None:
    assert (one(text).kind, one(text).unit, one(text).value) == ("percent", "pp", value)


@pytest.mark.parametrize("text", ["The striker scored 30 points in the final.", "The index fell 30 points on Tuesday."])
def test_points_of_a_score_or_an_index_are_a_count(text: str) -> None:
    assert (one(text).kind, one(text).unit) == ("count", "points")


def test_bp_in_capitals_is_a_name_not_basis_points() -> None:
    assert [f.kind for f in figs("He sold 1,000 BP shares.")] == ["count"]


def test_a_temperature_in_brackets_in_the_other_scale_is_a_conversion() -> None:
    c, f = figs("Temperatures hit 40.3C (104.5F) on Tuesday.")
    assert (c.unit, f.unit, f.converts is not None) == ("°C", "°F", True)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The keeper will earn £95,000 a week once the deal is signed.", "GBP/week"),
        ("She is paid $400 a day on a short contract.", "USD/day"),
        ("Sales were £5m a year on, the chairman said.", "GBP"),
        ("Revenue reached $2m a month on from the launch.", "USD"),
    ],
)
def test_a_rate_of_time_holds_whatever_word_follows_but_a_time_after(text: str, unit: str) -> None:
    assert [f.unit for f in figs(text) if f.kind == "money"] == [unit]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The winger scored 19 times in his first season at the club.", "19 times"),
        ("The pension fund bought 2,400 shares in the miner last week.", "2,400 shares"),
        ("Her video drew 3 million views within a day of being posted.", "3 million views"),
    ],
)
def test_times_shares_and_views_in_a_sentence_are_counts(text: str, shown: str) -> None:
    assert [f.text for f in figs(text)][:1] == [shown]


@pytest.mark.parametrize("text", ["(Visited 14 times, 2 visits today)", "2,310 views", "Share this: 45 shares"])
def test_a_page_s_counter_is_no_count(text: str) -> None:
    assert figs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Of the jury, the other four disagreed with the verdict.",
        "At the vote, the remaining three abstained and left the room.",
    ],
)
def test_a_verb_after_a_number_is_not_what_it_counts(text: str) -> None:
    assert all(f.unit not in ("disagreed", "abstained") for f in figs(text))


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The jury was split, with 7 of 12 favouring acquittal.", ["", ""]),
        ("Of the 40 boats, 25 sailing were counted twice.", ["boats", "boats"]),
        ("Three working days were lost.", ["working days"]),
        ("The 12 visiting teams arrived on Friday.", ["visiting teams"]),
    ],
)
def test_a_participle_alone_after_a_number_is_no_noun(text: str, units: list[str]) -> None:
    assert [f.unit for f in figs(text)] == units


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("About 40 injured were taken to hospital.", "injured"),
        ("The column included 12 armoured combat vehicles.", "armoured combat vehicles"),
        ("Rescuers found that two died in the cabin.", "died"),
        ("At least three of the derailed wagons caught fire.", "derailed wagons"),
    ],
)
def test_a_past_tense_that_names_a_role_or_describes_a_noun_still_counts(text: str, unit: str) -> None:
    assert [f.unit for f in figs(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Police held 14 of the club's 60 members.", ["members", "members"]),
        ("Floods shut two of Norway's airports.", ["airports"]),
    ],
)
def test_a_part_of_something_someone_has_counts_what_they_have(text: str, units: list[str]) -> None:
    assert [f.unit for f in figs(text)] == units


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The two-year government bond yield rose 12 basis points.", ["12 basis points"]),
        ("The 10-year Treasury yield fell to 4.1%.", ["4.1%"]),
        ("Buyers of a 30-year mortgage pay more.", []),
        ("He signed a three-year contract.", ["three-year"]),  # a length the story reports
    ],
)
def test_the_term_of_a_bond_or_a_mortgage_is_no_figure(text: str, shown: list[str]) -> None:
    assert [f.text for f in figs(text)] == shown


@pytest.mark.parametrize(
    ("text", "shown", "unit"),
    [
        ("The krona firmed to 11.42 per euro after the decision.", "11.42 per euro", "per EUR"),
        ("The rupee slid to 83.2 against the dollar.", "83.2 against the dollar", "per USD"),
        ("The yen weakened to 151 to the dollar.", "151 to the dollar", "per USD"),
    ],
)
def test_a_bare_number_priced_in_a_currency_is_an_exchange_rate(text: str, shown: str, unit: str) -> None:
    f = one(text)
    assert (f.text, f.unit, f.kind) == (shown, unit, "quantity")


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The ferry sails again on 26 September.", "26 September"),
        ("The ferry sails again on Sept. 26.", "Sept. 26"),
        ("The ferry sails on 4 Jan. at noon.", "4 Jan."),
    ],
)
def test_a_month_keeps_the_point_of_its_abbreviation_only(text: str, shown: str) -> None:
    assert [f.text for f in figs(text)] == [shown]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Regulators grounded 171 Harbour 300 ferries.", ["171"]),
        ("The operator expects to sell 2 million Lumen 7 tickets.", ["2 million"]),
    ],
)
def test_a_name_s_number_counts_nothing_whatever_follows(text: str, shown: list[str]) -> None:
    assert [f.text for f in figs(text)] == shown


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The fire destroyed at least 85\nhouses, officials said.", "85\nhouses", "houses"),
        ("About 900 people spent the night in the three evacuation\ncentres.", "three evacuation\ncentres", None),
        ("The storm brought winds of 140\nmph to the coast.", "140\nmph", "mph"),
        (
            "The company said on Tuesday that it had paid $2.7\nbillion for the rights to the field.",
            "$2.7\nbillion",
            "USD",
        ),
    ],
)
def test_a_figure_broken_over_a_hard_wrapped_line_is_read_whole(text: str, span: str, unit: str | None) -> None:
    """Page text wraps lines where a space would stand: the unit on the next line is still the figure's."""
    found = {text[f.start : f.end]: f for f in figs(text)}
    assert span in found, list(found)
    assert unit is None or found[span].unit == unit
