"""Which figures of the versions state one claim (`tui.core.grouping`), on sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.core.figure_scores import parts_of_breakdowns
from tui.core.load import Version
from tui.core.model import Comparison
from tui.core.pipeline import compare
from tui.core.profiles import Profiles
from tui.core.roles import TIME_ROLES, profile, role_of, role_token, sentence_words


def versions(*texts: str) -> Comparison:
    return compare([Version(f"v{n}", f"v{n}", text, "utf-8") for n, text in enumerate(texts)])


def fact(c: Comparison, version: int, text: str) -> int:
    found = [f.fact for f in c.figures if f.version == version and f.text == text]
    assert found and found[0] is not None, (version, text, [f.text for f in c.figures if f.version == version])
    return found[0]


def status(c: Comparison, version: int, text: str) -> str:
    return c.facts[fact(c, version, text)].status


def test_killed_and_injured_in_one_sentence_stay_apart_and_meet_their_counterparts() -> None:
    c = versions(
        "A ferry capsized off the coast on Sunday, killing 14 people and injuring at least 40, officials said.\n\n"
        "Divers searched the hull through the night.",
        "Rescue teams worked through the night after the ferry sank.\n\n"
        "At least 40 were hurt and 19 people died when the ferry capsized on Sunday, the coastguard said.",
    )
    dead, hurt = fact(c, 0, "14 people"), fact(c, 0, "40")
    assert dead != hurt
    assert fact(c, 1, "19 people") == dead
    assert fact(c, 1, "40") == hurt
    assert status(c, 0, "14 people") == "conflict"


@pytest.mark.parametrize(
    ("first", "second", "pairs"),
    [
        (  # the word alignment pairs figures by place, not by value
            "The retailer posted a quarterly profit of $3.4bn, down from $6bn a year before.",
            "The retailer posted a quarterly profit of $3.38 billion, down from $5.96 billion a year before.",
            [("$3.4bn", "$3.38 billion"), ("$6bn", "$5.96 billion")],
        ),
        (  # values told in the other order pair by value, not where the words put them
            "The Liberals won 88 seats on Sunday, 9 fewer than in 2019, the commission said.",
            "The Liberals lost 9 seats on Sunday, ending with 88, the commission said.",
            [("88 seats", "88"), ("9", "9 seats")],
        ),
        (  # and changed values so told, by the closer value
            "The Liberals lost 9 seats on Sunday, ending with 88, the commission said.",
            "The Liberals won 86 seats on Sunday, 11 fewer than in 2019, the commission said.",
            [("88", "86 seats"), ("9 seats", "11")],
        ),
    ],
)
def test_two_figures_of_one_aligned_sentence_meet_their_counterparts(
    first: str, second: str, pairs: list[tuple[str, str]]
) -> None:
    c = versions(first, second)
    for a, b in pairs:
        assert fact(c, 0, a) == fact(c, 1, b)
    assert fact(c, 0, pairs[0][0]) != fact(c, 0, pairs[1][0])


def test_a_year_earlier_is_another_role_than_this_quarter() -> None:
    c = versions(
        "Sales at the chain reached $812 million in the quarter, the company said on Monday.\n\n"
        "Shoppers spent more on furniture.",
        "The chain said shoppers spent more on furniture.\n\n"
        "A year earlier, sales at the chain had been $812 million as well.",
    )
    assert fact(c, 0, "$812 million") != fact(c, 1, "$812 million")


def test_two_figures_of_one_sentence_are_never_one_fact() -> None:
    c = versions(
        "The council approved 300 homes in March and 300 homes in June.",
        "The council approved 300 homes in March and 300 homes in June.",
    )
    assert fact(c, 0, "300 homes") != [f.fact for f in c.figures if f.version == 0 and f.text == "300 homes"][1]


def test_a_headline_and_its_body_share_a_fact() -> None:
    c = versions(
        "Storm leaves 12 dead in the north\n\nA storm killed 12 people in the north of the country on Friday.",
        "A storm killed 12 people in the north of the country on Friday, the police said.",
    )
    assert fact(c, 0, "12 dead") == fact(c, 0, "12 people") == fact(c, 1, "12 people")


def test_a_bracketed_conversion_follows_its_main_figure() -> None:
    c = versions(
        "The airline lost 1.2 billion euros (1.3 billion dollars) last year.",
        "The airline lost 1.2 billion euros last year.",
    )
    converted = next(f for f in c.figures if f.version == 0 and f.text.startswith("1.3"))
    assert converted.converts is not None
    assert converted.fact == fact(c, 0, "1.2 billion euros") == fact(c, 1, "1.2 billion euros")


def test_a_related_story_shares_no_fact() -> None:
    c = versions(
        "Flooding forced 2,300 residents from their homes in the valley on Tuesday.",
        "Flooding forced about 2,300 residents from their homes in the valley on Tuesday, officials said.",
        "In other news, the city's marathon drew 9,000 runners and raised 40,000 dollars for charity.",
    )
    related = [f for f in c.figures if f.version == 2]
    assert related
    for f in related:
        assert f.fact is not None
        assert {c.figures[i].version for i in c.facts[f.fact].figures} == {2}


def test_labels_name_the_claim_in_the_sentence_s_words() -> None:
    c = versions(
        "Officials said 4,500 people were evacuated from the coast.",
        "About 4,500 people were evacuated from the coast, officials said.",
    )
    label = c.facts[fact(c, 0, "4,500 people")].label
    assert "evacuated" in label and "people" in label


def test_labels_leave_out_pronouns() -> None:
    c = versions(
        "The trust said it spent $40 million on them last year.",
        "Last year $40 million was spent on them by the trust.",
    )
    words = c.facts[fact(c, 0, "$40 million")].label.split()
    assert "spent" in words and not {"it", "them"} & set(words)


def test_what_happened_to_the_counted_labels_their_fact() -> None:
    c = versions(
        "Floods in the northern province drowned 14 people on Sunday.",
        "Some 14 people drowned in the northern province's floods.",
    )
    assert "province" not in c.facts[fact(c, 0, "14 people")].label


def test_profile_gives_each_word_mostly_to_the_nearest_figure() -> None:
    text = "The blast killed 9 people and injured 31 others."
    words = sentence_words(text)
    nine, thirty_one = (text.index("9"), text.index("9") + 8), (text.index("31"), text.index("31") + 9)
    p9 = profile(words, nine, [thirty_one], "people")
    p31 = profile(words, thirty_one, [nine], "people")
    assert p9["~death"] > p9["~injury"]
    assert p31["~injury"] > p31["~death"]


def _time_role(text: str, figure: str, others: list[str]) -> str | None:
    def span(t: str) -> tuple[int, int]:
        return text.index(t), text.index(t) + len(t)

    raw = profile(sentence_words(text), span(figure), [span(o) for o in others], "")
    return role_of(raw, TIME_ROLES)


@pytest.mark.parametrize(
    ("text", "figure", "others"),
    [
        ("Compared with the spring, the club's income was down 6% from $41m.", "$41m", ["6%"]),
        ("Exports climbed to $9bn from $7bn.", "$7bn", ["$9bn"]),
        ("The flood now covers 900 km², down from a peak of 1,300 km².", "1,300 km²", ["900 km²"]),
    ],
)
def test_a_figure_after_from_in_a_change_is_the_value_before(text: str, figure: str, others: list[str]) -> None:
    assert _time_role(text, figure, others) == "~before"


def test_what_follows_a_value_before_is_not_said_of_the_figure_it_changed_to() -> None:
    text = "The trust said its income was down 14% at $5.2m from $6.1m a year earlier."
    assert _time_role(text, "$5.2m", ["14%", "$6.1m"]) is None
    assert _time_role(text, "$6.1m", ["14%", "$5.2m"]) == "~before"


@pytest.mark.parametrize(
    ("text", "figure", "others"),
    [
        ("About 2,100 firefighters are there, up from 1,400 a day earlier, with 30 helicopters.", "30 helicopters",
         ["2,100 firefighters", "1,400"]),
        ("Sales were $8m, against $6m a year earlier, with margins at 12%.", "12%", ["$8m", "$6m"]),
    ],
)  # fmt: skip
def test_a_time_that_trails_another_figure_is_not_said_of_the_figures_after_it(
    text: str, figure: str, others: list[str]
) -> None:
    assert _time_role(text, others[-1], [figure, *others[:-1]]) == "~before"
    assert _time_role(text, figure, others) is None


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Profit was $2bn, against $3bn a year earlier.", "~before"),
        ("Analysts had forecast $3bn for the quarter.", "~expected"),
        ("The company set a target of $3bn by 2030.", "~target"),
        ("A year earlier, sales at the chain's many stores and its website reached $3bn.", "~before"),
        ("In the previous quarter, the group's revenue from its retail and wholesale arms was $3bn.", "~before"),
    ],
)
def test_time_roles(sentence: str, role: str) -> None:
    start = sentence.index("$3bn")
    words = sentence_words(sentence)
    others = [(sentence.index("$2bn"), sentence.index("$2bn") + 4)] if "$2bn" in sentence else []
    assert role_of(profile(words, (start, start + 4), others, ""), TIME_ROLES) == role


def test_crossed_values_pair_by_what_they_are_said_of() -> None:
    """The first version's year-earlier sales equal the second's year-earlier debt, and the debt changed: the
    values would pair sales with debt; the sentences' words and places pair sales with sales."""
    c = versions(
        "Sales were $12bn in the quarter, up from $11bn in the previous quarter and down from $14bn a year "
        "earlier.\n\nNet debt was $30bn, up from $26bn in the previous quarter and from $20bn a year earlier.",
        "Net debt rose to $30.2bn, from $26bn in the prior quarter and $14bn a year before.\n\n"
        "Quarterly sales came to $12.1bn, against $11bn in the prior quarter and $14.1bn a year before.",
    )
    earlier = [f for f in c.figures if f.text in ("$14bn", "$14.1bn", "$20bn")]
    sales = [f for f in earlier if "sales" in c.sentence_text(f.version, f.sentence).lower()]
    debt = [f for f in earlier if "debt" in c.sentence_text(f.version, f.sentence)]
    assert len(sales) == len(debt) == 2
    assert sales[0].fact == sales[1].fact != debt[0].fact == debt[1].fact


def test_what_a_sentence_is_about_holds_for_its_later_figures() -> None:
    text = "Operating cash flow was $5bn, down from $7bn in the previous quarter, and from $9bn a year ago."
    words = sentence_words(text)
    spans = [(text.index(v), text.index(v) + len(v)) for v in ("$5bn", "$7bn", "$9bn")]
    last = profile(words, spans[2], spans[:2], "")
    first = profile(words, spans[0], spans[1:], "")
    assert last.get("operat", 0) >= 0.5 and last.get("flow", 0) >= 0.5
    assert first["flow"] >= last["flow"] * 0.9


def test_a_related_story_on_the_same_topic_keeps_its_figures_apart() -> None:
    story = (
        "Floodwater forced 2,300 residents of the Lessin valley from their homes on Tuesday, officials said.\n\n"
        "The river rose 4.2 metres above its usual level overnight.\n\n"
        "Emergency shelters opened in three schools."
    )
    copy = (
        "Officials said floodwater forced some 2,300 residents of the Lessin valley from their homes on Tuesday.\n\n"
        "The river rose 4.2 metres above its usual level overnight, the agency said.\n\n"
        "Shelters opened in three schools."
    )
    related = (
        "Last spring a storm in the Orna hills forced 1,900 residents from their homes.\n\n"
        "Insurers paid out more than $40 million after that storm.\n\n"
        "The hills have since been replanted."
    )
    c = versions(story, copy, related)
    assert fact(c, 0, "2,300 residents") == fact(c, 1, "2,300 residents")
    assert fact(c, 2, "1,900 residents") != fact(c, 0, "2,300 residents")


def test_a_rewrite_s_updated_extents_join_the_facts_they_update() -> None:
    wire = (
        "At its height, the army held 1,400 square kilometres of the border region, the commander said.\n\n"
        "Now it holds about 800 square kilometres, he added.\n\n"
        "Fighting went on through the week.\n\n"
        "Some 6,500 soldiers took part in the assault."
    )
    copy = wire.replace("Fighting went on", "Heavy fighting went on")
    rewrite = (
        "The army once held as much as 1,000 square kilometres of the region, according to its commander.\n\n"
        "Fighting continued all week, with 6,500 soldiers in the assault.\n\n"
        "His troops are defending roughly 90 square kilometres there today."
    )
    c = versions(wire, copy, rewrite)
    assert fact(c, 2, "1,000 square kilometres") == fact(c, 0, "1,400 square kilometres")
    assert fact(c, 2, "90 square kilometres") == fact(c, 0, "800 square kilometres")
    assert status(c, 0, "800 square kilometres") == "conflict"


def test_a_noun_tied_to_the_next_figure_is_that_figure_s_role() -> None:
    text = "Profit reached $2.7bn, missing forecasts of $2.9bn."
    words = sentence_words(text)
    first, second = (text.index("$2.7bn"), text.index("$2.7bn") + 6), (text.index("$2.9bn"), text.index("$2.9bn") + 6)
    assert role_of(profile(words, first, [second], ""), TIME_ROLES) is None
    assert role_of(profile(words, second, [first], ""), TIME_ROLES) == "~expected"


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Initially, 16 people were reported dead in the crash.", "~before"),
        ("The army initially captured 16 villages in the region.", None),
    ],
)
def test_an_opening_adverb_sets_the_sentence_s_time(sentence: str, role: str | None) -> None:
    start = sentence.index("16")
    words = sentence_words(sentence)
    assert role_of(profile(words, (start, start + 2), [], ""), TIME_ROLES) == role


def test_ago_after_a_duration_is_part_of_it_not_an_earlier_time() -> None:
    c = versions(
        "The survey of coastal birds ran for seven years and counted 41 species.",
        "The survey of coastal birds, which began seven years ago, counted 41 species.",
    )
    assert fact(c, 0, "seven years") == fact(c, 1, "seven years")


def test_groups_of_people_under_other_names_are_one_count() -> None:
    c = versions(
        "A housing trust was fined on Friday for overcharging about 900 tenants over six years.\n\n"
        "The trust said it would appeal.",
        "The trust, which plans an appeal, overcharged some 900 residents for six years, the court found on Friday.",
    )
    assert fact(c, 0, "900 tenants") == fact(c, 1, "900 residents")


def test_one_rate_in_unaligned_sentences_is_one_fact() -> None:
    c = versions(
        "The clinic opened its doors to patients from three towns.\n\n"
        "Its owner bills $2,250 a month for the treatment, local radio reported.",
        "Patients from three towns now travel to the clinic.\n\n"
        "Without cover, such a course can run $2,200 a month or more, doctors warn.",
    )
    assert fact(c, 0, "$2,250 a month") == fact(c, 1, "$2,200 a month")
    assert status(c, 0, "$2,250 a month") in ("agree", "approx")


def test_a_dateline_says_nothing_of_a_figure() -> None:
    words = sentence_words("OSLO, June 3 (Agency) - Exports grew 8% in May.")
    said = {w[2] for w in words if w[3]}
    assert "OSLO" not in said and "Agency" not in said and {"Exports", "grew"} <= said


@pytest.mark.parametrize(("word", "like"), [("slipped", "fell"), ("dipped", "fell"), ("rallied", "rose")])
def test_verbs_of_a_change_share_its_class(word: str, like: str) -> None:
    assert role_token(word) == role_token(like) != role_token("said")


def test_though_starts_another_clause() -> None:
    words = sentence_words("Sales rose 6%, though volumes slipped 3%.")
    before_second = [w[3] for w in words if 14 <= w[0] < 30]
    assert "|" in before_second


def test_one_version_s_two_durations_of_one_value_said_of_different_things_are_two_claims() -> None:
    c = versions(
        "Banker on trial\n\nProsecutors asked for 9 years in jail for the banker.\n\n"
        "The banker, who ran the fund for 9 years, denies it.",
        "Banker on trial\n\nThe prosecution wants the banker jailed for 9 years.\n\nHe denies the charges.",
    )
    asked, ran = fact(c, 0, "9 years"), [f.fact for f in c.figures if f.version == 0 and f.text == "9 years"][1]
    assert asked != ran
    assert fact(c, 1, "9 years") == asked


def test_one_version_restating_a_duration_keeps_it_one_claim() -> None:
    c = versions(
        "Driver jailed\n\nA court jailed the driver for six years in prison on Monday.\n\n"
        "The six-year prison term is the longest given for the offence.",
        "Driver jailed\n\nThe driver was jailed for six years on Monday.\n\nNo one was hurt.",
    )
    assert fact(c, 0, "six years") == fact(c, 0, "six-year") == fact(c, 1, "six years")


def test_a_label_names_the_counted_as_written_and_no_event_of_another_clause() -> None:
    c = versions(
        "Some 900 people were evacuated from the valley, and 300 soldiers were sent to help on Friday.",
        "About 900 people left the valley, and 300 soldiers were sent to help on Friday.",
    )
    words = c.facts[fact(c, 0, "300 soldiers")].label.split()
    assert "soldiers" in words and "evacuated" not in words


def test_a_headline_figure_joins_its_body_s_fact() -> None:
    c = versions(
        "Floods kill 12 in the south\n\nAt least 12 people have died and 30 are missing after rain caused "
        "flooding across the south, officials said on Wednesday.",
        "Flood death toll rises to 19\n\nThe death toll from floods in the south rose to 19 on Wednesday, with 24 "
        "people still unaccounted for, the civil protection agency said.",
    )
    body = [f for f in c.figures if f.version == 1 and f.text == "19"]
    assert [f.sentence for f in body] == [0, 1] and body[0].fact == body[1].fact


def test_people_in_shelters_are_the_evacuated() -> None:
    assert role_token("shelters") == role_token("evacuated")


def test_one_share_stated_in_unaligned_sentences_is_one_fact() -> None:
    c = versions(
        "The survey was run in spring.\n\nIt found the drug worked with a confidence of 97.2%.",
        "Researchers were cautious.\n\nThe result, checked twice by the team, is 97.2 per cent certain.",
    )
    assert fact(c, 0, "97.2%") == fact(c, 1, "97.2 per cent")


def test_a_share_in_words_and_a_percentage_are_one_claim() -> None:
    c = versions(
        "Survey finds change\n\nOne in four drivers said they had used a phone at the wheel, the survey found.",
        "Phones at the wheel\n\nAbout 25% of drivers admit to phone use while driving, a survey says.",
    )
    assert fact(c, 0, "One in four") == fact(c, 1, "25%")
    assert status(c, 0, "One in four") in ("agree", "approx")


def test_a_change_against_a_year_earlier_is_this_period_s() -> None:
    c = versions(
        "AUSTIN, Texas, May 2 (Wire) - Zento posted sales of $8.1 billion on Thursday, up 12% from a year "
        "earlier, and its cloud unit grew 40%.",
        "Zento's sales rose 12 per cent to $8.1bn, while its cloud unit grew by 40 per cent.",
    )
    assert fact(c, 0, "12%") == fact(c, 1, "12 per cent") != fact(c, 1, "40 per cent")
    words = sentence_words("AUSTIN, Texas, May 2 (Wire) - Zento posted sales.")
    assert not {"AUSTIN", "Texas", "Wire"} & {w[2] for w in words if w[3]}


def test_a_lone_figure_with_nothing_but_its_unit_joins_no_fact() -> None:
    c = versions(
        "Mill results\n\nThe mill said sales reached $40 million and it employs 300 people.\n\n"
        "It plans to save $8 million by 2028.",
        "Mill results\n\nThe mill said sales reached $40 million and it employs 300 people.\n\n"
        "It plans to save $8 million by 2028.",
        "Mill results\n\nThe mill's sales reached $40 million; it employs 300 people.\n\n"
        "Net income was $6.5 million in the year.",
    )
    assert {c.figures[i].version for i in c.facts[fact(c, 2, "$6.5 million")].figures} == {2}


def test_a_lone_figure_said_of_the_same_thing_joins_its_fact_though_its_value_changed() -> None:
    c = versions(
        "Mill results\n\nThe mill said sales reached $40 million.\n\nIt plans to save $8 million by 2028.",
        "Mill results\n\nThe mill said sales reached $40 million.\n\nIt plans to save $8 million by 2028.",
        "Mill results\n\nThe mill's sales reached $40 million.\n\nThe mill now plans to save $9.5 million by 2028.",
    )
    assert fact(c, 2, "$9.5 million") == fact(c, 0, "$8 million")


def test_an_amount_a_year_meets_the_same_amount_but_not_an_amount_a_month() -> None:
    """ "Adding £96 a year" and "an increase of £96" are one claim; a year's and a month's amounts never are,
    and a month's amount told after ", or" is a conversion of the amount before it."""
    c = versions(
        "Water bills will rise on April 1, adding £96 a year to the average bill, the regulator said.",
        "The average household will pay £612 a year, an increase of £96, or about £8 a month, the regulator said.",
    )
    assert fact(c, 0, "£96 a year") == fact(c, 1, "£96")
    converted = [f for f in c.figures if f.text == "£8 a month"]
    assert converted and converted[0].converts is not None
    assert c.figures[converted[0].converts].text == "£96"


def test_figures_far_apart_in_a_reworded_stretch_of_one_row_pair_only_where_their_values_agree() -> None:
    """In "up from £540 under the old tariff" against "for water and sewerage, an increase of £96", the word
    alignment says nothing about which figure stood where: £96 is not an update of £540."""
    c = versions(
        "The average household will pay £636 a year, up from £540 under the old tariff, the regulator said.",
        "The average household will pay £636 a year for water and sewerage, an increase of £96, the regulator said.",
    )
    assert fact(c, 0, "£540") != fact(c, 1, "£96")
    assert fact(c, 0, "£636 a year") == fact(c, 1, "£636 a year")


def test_a_count_of_personnel_meets_a_count_of_firefighters() -> None:
    """Counted "personnel" are whoever does the work at hand: at a fire, the firefighters; no clash of kinds."""
    c = versions(
        "The blaze had burned 900 acres by Tuesday, and more than 400 firefighters were on the lines, officials said.",
        "More than 400 personnel and 12 helicopters were assigned to the blaze, which had burned 900 acres.",
    )
    assert fact(c, 0, "400 firefighters") == fact(c, 1, "400 personnel")


def test_a_headline_s_bound_joins_its_body_s_fact() -> None:
    """A headline "Toll passes 80" over a body that says 84: the headline restates the body's toll."""
    c = versions(
        "Flood toll rises\n\nFLOODS (Wire) - At least 20 people were killed in the floods, officials said on Monday.",
        "Flood toll passes 80\n\nThe death toll from the floods rose to 84 on Wednesday, officials said.",
    )
    assert fact(c, 1, "80") == fact(c, 1, "84")


def test_a_level_told_by_different_verbs_is_one_claim() -> None:
    """Turnout "estimated at 48%" and "reached 51%" both give the level turnout stood at: one fact, told two ways."""
    c = versions(
        "Polls closed in Halvern on Tuesday. Turnout was estimated at 48%, up from 41% four years ago.",
        "Counting ended in Halvern on Wednesday. Turnout reached 51%, the highest since 2008.",
    )
    assert fact(c, 0, "48%") == fact(c, 1, "51%")


def test_a_figure_that_another_version_writes_as_a_tally_meets_no_other_figure_there() -> None:
    c = versions(
        "The town's eleven-member board voted eight to three for the new bridge, with three members wanting a delay.",
        "Eight of the eleven members of the town's board backed the new bridge.",
    )
    delay = c.facts[fact(c, 0, "three members")]
    assert {c.figures[i].version for i in delay.figures} == {0}


def test_a_value_one_version_restates_joins_the_facts_the_others_split_it_into() -> None:
    c = versions(
        "Harbor Air agreed on Monday to buy Coastline for $410 million.\n\n"
        "Its shares rose 3% in early trading.\n\n"
        "Financing of the $410 million will come from a new bond sale, the airline said.",
        "Harbor Air is buying Coastline for about $400m, it said on Monday.\n\nIts shares rose 3% in early trading.",
        "Its shares rose 3% in early trading.\n\nA new bond sale will supply the $409.6m, the airline said.",
    )
    assert fact(c, 1, "$400m") == fact(c, 2, "$409.6m") == fact(c, 0, "$410 million")


def test_words_past_a_bracketed_conversion_are_said_of_the_figure_it_converts() -> None:
    from tui.core.profiles import Profiles

    c = versions("The loss followed a €52 million (£45 million) profit recorded in the same period a year earlier.")
    spans = [[(s.start, s.end) for s in ss] for ss in c.sentences]
    profiles = Profiles(c.figures, [v.text for v in c.versions], spans)
    (main,) = [i for i, f in enumerate(c.figures) if f.text == "€52 million"]
    assert c.figures[main + 1].converts == main
    assert profiles.profile(main).time_role == "~before"
    assert profiles.profile(main).weighted.get("profit", 0.0) > 0


def test_each_figure_in_a_fact_has_the_role_its_sentence_tells() -> None:
    c = versions(
        "A barge sank in the estuary on Friday, killing 3 crew and injuring 11, the port said.\n\n"
        "The port's income was $40m, down from $52m a year earlier, and analysts had expected $45m.",
        "Eleven crew members were hurt and three died when the barge sank.\n\n"
        "Income fell to $40m (£31m) from $52m, the port said.",
    )
    roles = {(f.version, f.text): f.role for f in c.figures}
    assert roles[(0, "3 crew")] == (None, "death") and roles[(0, "11")] == (None, "injury")
    assert roles[(0, "$52m")] == ("before", None) and roles[(0, "$45m")] == ("expected", None)
    assert roles[(1, "$52m")] == ("before", None) and roles[(0, "$40m")] == (None, None)
    assert roles[(1, "£31m")] == roles[(1, "$40m")]  # a conversion takes its figure's role


@pytest.mark.parametrize("phrase", ["a year before", "in the quarter before", "the month before"])
def test_a_period_before_is_a_time_earlier(phrase: str) -> None:
    assert _time_role(f"Revenue was $5bn, against $4bn {phrase}.", "$4bn", ["$5bn"]) == "~before"


def test_before_something_else_is_no_time_role() -> None:
    assert _time_role("Shares rose 4% before the vote on Tuesday.", "4%", []) is None


def test_points_and_percentage_points_of_one_rate_are_one_fact() -> None:
    c = versions(
        "The opposition leader promised to cut income tax by 3 percentage points if elected.",
        "If elected, the opposition leader has promised income tax cuts of three points.",
    )
    assert fact(c, 0, "3 percentage points") == fact(c, 1, "three points")
    assert status(c, 0, "3 percentage points") == "agree"


def test_a_clause_with_a_subject_of_its_own_does_not_take_the_sentence_s() -> None:
    text = "The mayor has pledged a fare of $2 for every ride, while her rival said the deficit was $40m in 2024."
    assert _time_role(text, "$2", ["$40m"]) == "~target"
    assert _time_role(text, "$40m", ["$2"]) is None


def test_an_aftershock_is_no_update_of_a_quake_years_before() -> None:
    # the two share the word of their unit, and the toll told beside each: no evidence of one claim
    c = versions(
        "A magnitude 6.1 quake struck the island of Lemora on Monday, killing 8 people.\n\n"
        "Some 2,000 people spent the night in tents.\n\n"
        "Lemora was hit by a magnitude 5.6 quake in 2015 that killed 3 people.",
        "A 6.1-magnitude quake struck Lemora on Monday, killing eight.\n\n"
        "About 2,000 people slept in tents.\n\n"
        "In 2015, a 5.6-magnitude quake on Lemora left three people dead.",
        "The death toll from Monday's magnitude 6.1 quake on Lemora rose to 12 on Wednesday, as a magnitude 4.7 "
        "aftershock sent residents back into the streets.\n\n"
        "Some 2,000 people were still living in tents.",
    )
    assert fact(c, 0, "5.6") == fact(c, 1, "5.6-magnitude")
    assert fact(c, 2, "4.7") not in (fact(c, 0, "5.6"), fact(c, 0, "6.1"))


def test_a_comma_after_a_number_still_ends_its_clause() -> None:
    words = sentence_words("The storm injured more than 200, 1,250.5 in all, the agency said.")
    assert [w[2] for w in words[5:10]] == ["200", ",", "1,250.5", "in", "all"] and words[6][3] == "|"


def test_figures_whose_places_cross_pair_by_their_values() -> None:
    # the word alignment puts one version's 3,000 where the other's 7,000 stands; each gives both values
    c = versions(
        "Walkers of 7,000 steps a day fell ill less often than walkers of 3,000 steps, the study of 9,800 adults "
        "found.",
        "Walkers of 3,000 steps a day fell ill more often than walkers of 7,000 steps, the study of 9,800 adults "
        "found.",
    )
    assert fact(c, 0, "7,000 steps") == fact(c, 1, "7,000 steps")
    assert fact(c, 0, "3,000 steps") == fact(c, 1, "3,000 steps")


def test_a_story_with_no_headline_joins_no_two_figures_of_its_first_sentence() -> None:
    c = versions(
        "People who walked at least 7,000 steps a day were less likely to fall ill, a study of 9,800 adults found.",
        "A study of 9,800 adults found that walking cut the risk of falling ill.",
    )
    assert fact(c, 0, "7,000 steps") != fact(c, 0, "9,800 adults")


def test_a_count_then_and_now_pairs_where_the_words_put_it() -> None:
    # the later version gives the earlier value too, as the value before: the counts now pair by position
    c = versions(
        "Some 3,500 people spent the night in tents in the Lemora valley, the agency said.",
        "Some 6,200 people are now living in tents in the Lemora valley, the agency said, up from 3,500 on the "
        "first night.",
    )
    assert fact(c, 0, "3,500 people") == fact(c, 1, "6,200 people") != fact(c, 1, "3,500")


def test_a_specific_value_two_versions_share_is_evidence_of_one_claim() -> None:
    # no word in common near the figures, and their nouns differ: the value itself, 1,386, says it
    c = versions(
        "The trial followed 9,000 adults in Lemora.\n\nOver the decade, 1,386 participants were diagnosed with gout.",
        "The trial tracked 9,000 adults.\n\nThe researchers found that 1,386 of them went on to develop the disease.",
    )
    assert fact(c, 0, "1,386 participants") == fact(c, 1, "1,386")


def test_a_figure_in_the_place_of_another_far_from_its_value_is_not_paired_by_its_place() -> None:
    """The two leads put "two people" where "120,000 people" stood: sixty thousand times less is another
    claim, not an update of it (values within a factor of ten may be one)."""
    from tui.core.figure_scores import FigureScorer
    from tui.core.profiles import Profiles

    c = versions(
        "Floods in the Lemora valley forced 120,000 people from their homes on Sunday, the agency said.",
        "Floods in the Lemora valley left 12 people dead on Sunday, with two people missing, the agency said.",
    )
    figs = list(c.figures)
    profiles = Profiles(figs, [v.text for v in c.versions], [[(s.start, s.end) for s in ss] for ss in c.sentences])
    rows = {i: c.row_of[figs[i].version][figs[i].sentence] for i in profiles.eligible}
    scorer = FigureScorer(figs, profiles.eligible, rows, profiles, set())
    where = {(f.version, f.text): i for i, f in enumerate(figs)}
    many, dead = where[(0, "120,000 people")], where[(1, "12 people")]
    assert rows[many] == rows[dead]
    assert (many, dead) not in scorer.positional and (many, where[(1, "two people")]) not in scorer.positional


def test_others_counts_what_its_sentence_counted_before() -> None:
    from tui.core.figure_pairs import noun_clash

    c = versions("Eleven people have died, four others are missing and 30 cars were swept away.")
    others, people, cars = (
        next(f for f in c.figures if f.text == t) for t in ("four others", "Eleven people", "30 cars")
    )
    assert not noun_clash(others, people) and not noun_clash(others, cars) and noun_clash(people, cars)


def test_two_records_of_unlike_things_share_no_fact_for_both_being_reached() -> None:
    c = versions(
        "Ferry fares hit their highest in 12 years\n\nThe ferry company raised its fares by 9% on Monday.\n\n"
        "The harbour board approved the rise.",
        "Ferry fares reach highest in 12 years\n\nThe ferry company raised fares by 9% on Monday.\n\n"
        "The harbour board approved the rise.",
        "Ferry fares rise 9%\n\nThe ferry company raised fares by 9% on Monday.\n\n"
        "Passenger numbers reached 2.1 million last year, the most in 11 years.",
    )
    assert fact(c, 0, "12 years") == fact(c, 1, "12 years")
    assert all(f.fact is None or f.fact != fact(c, 0, "12 years") for f in c.figures if f.text == "11 years")


def test_a_currency_that_strengthened_rose() -> None:
    c = versions(
        "The krona strengthened 0.6% against the dollar, and bond yields rose 9 basis points to 2.87%.",
        "The krona rose almost 1% against the dollar.",
    )
    assert fact(c, 1, "1%") == fact(c, 0, "0.6%")


def test_a_risen_death_toll_updates_the_count_of_dead_and_not_a_part_of_a_breakdown() -> None:
    """The toll is the whole count of the dead: a later take's "toll rose to nine" is the earlier "at least three
    people were killed" updated, while the later take's breakdown ("Four people were killed in the town ..., and
    two died ..."), though worded as the earlier count, gives parts of the whole, each a claim of its own."""
    c = compare(
        [
            Version(
                "a", "a", "At least three people were killed in the town, officials said.\n\n"
                "Crews cleared fallen trees from the main road.", "utf-8", date="2026-05-03",
            ),
            Version(
                "b", "b", "The death toll from the tornado rose to nine on Monday, officials said.\n\n"
                "Four people were killed in the town when the creek flooded, and two died when a barn collapsed.\n\n"
                "Crews cleared fallen trees from the main road.", "utf-8", date="2026-05-04",
            ),
        ]
    )  # fmt: skip
    dead = fact(c, 0, "three people")
    assert fact(c, 1, "nine") == dead
    assert status(c, 0, "three people") == "update"
    assert fact(c, 1, "Four people") != dead
    assert fact(c, 1, "two") != dead


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("Four people drowned in the creek, and two died when a barn collapsed.", {"Four people", "two"}),
        ("Police arrested 11 people in Leeds and 8 in York overnight.", {"11 people", "8"}),
        ("Twenty-one people died in the blaze, including 12 children.", {"12 children"}),
        ("Twenty-one people died in the blaze, 12 of them children.", {"12"}),
        ("Doctors said 12 of the 40 people injured in the crash were in a serious condition.", {"12"}),
        ("Nine people died and 40 were injured in the blaze.", set()),
    ],
)
def test_the_parts_of_a_breakdown_are_known_from_the_whole(sentence: str, parts: set[str]) -> None:
    figures = [f for f in compare([Version("a", "a", sentence, "utf-8")]).figures]
    found = parts_of_breakdowns(figures, range(len(figures)), Profiles(figures, [sentence], [[(0, len(sentence))]]))
    assert {figures[i].text for i in found} == parts


def test_a_length_left_alone_does_not_join_a_fact_on_its_dimension_alone() -> None:
    """A depth of rain left over (its sentence's other figure took the rain fact) has nothing but its dimension
    in common with a storm surge's height: two claims, where a flood's area would be restated as it grows."""
    first = (
        "A storm surge of up to 9 feet swept into the harbour on Monday, the coastguard said.\n\n"
        "Forecasters said 10 to 15 inches of rain could fall on the county by Wednesday.\n\n"
        "More than 4,000 homes lost power, the utility said."
    )
    other = (
        "Forecasters said some places had already received 11 inches of rain, and totals could reach 20 inches "
        "by Wednesday.\n\nThe coastguard said the harbour was closed.\n\n"
        "More than 4,000 homes lost power, the utility said."
    )
    c = versions(first, other, first)
    assert fact(c, 1, "20 inches") != fact(c, 0, "9 feet")
    assert status(c, 0, "9 feet") == "agree"


def test_a_speed_in_km_h_is_the_claim_of_the_mph_it_converts() -> None:
    """Where one version gives "140 mph (225 km/h)" and another "225 km/h" alone, km/h is a speed as mph is
    (not a length for its "km"): the second is the same claim as the 140 mph, and agrees with it."""
    c = versions(
        "The storm came ashore with winds of 140 mph (225 km/h) and a surge of 12 feet, forecasters said.",
        "The storm came ashore with winds of 225 km/h and a surge of 3.7 metres, forecasters said.",
    )
    assert fact(c, 1, "225 km/h") == fact(c, 0, "140 mph")
    assert status(c, 0, "140 mph") == "agree"
    assert fact(c, 1, "3.7 metres") == fact(c, 0, "12 feet") != fact(c, 0, "140 mph")


def test_a_count_of_things_tells_no_death_or_injury_of_a_clause_beside_it() -> None:
    c = versions(
        "Two firefighters have been injured and about 31,000 homes are without power.",
        "Five people were killed and 40 cars were crushed when the bridge fell.",
    )
    events = {f["text"]: f["role"]["event"] for f in c.to_json()["figures"]}
    assert events["Two firefighters"] == "injury" and events["31,000 homes"] is None
    assert events["Five people"] == "death" and events["40 cars"] is None


def test_an_amount_in_another_currency_meets_its_fact_through_its_bracketed_conversion() -> None:
    """ "£340 million ($430 million)" states the dollars the other versions give, and so does its headline's
    "£340m", which the version converts once: one fact, and no conflict of pounds against dollars."""
    c = versions(
        "Banker jailed over fraud\n\nThe fraud cost investors about $430 million, prosecutors said on Monday.",
        "Banker who cost savers £340m is jailed\n\nThe fraud cost investors an estimated £340 million ($430 million),"
        " prosecutors said on Monday.",
    )
    assert fact(c, 1, "£340 million") == fact(c, 0, "$430 million") == fact(c, 1, "£340m")
    assert status(c, 0, "$430 million") in ("agree", "approx")


def test_bare_degrees_take_the_scale_the_other_versions_write() -> None:
    c = versions(
        "Temperatures in Larkfield hit 104F on Friday, forecasters said.",
        "Temperatures in Larkfield hit 104 degrees on Friday, forecasters said.",
    )
    (a,) = (f for f in c.figures if f.version == 0)
    (b,) = (f for f in c.figures if f.version == 1)
    assert b.unit == a.unit == "°F"
    assert fact(c, 1, "104 degrees") == fact(c, 0, "104F")


def test_bare_degrees_stay_of_no_scale_where_the_versions_write_both() -> None:
    c = versions(
        "Temperatures in Larkfield hit 40C (104F) on Friday.",
        "Temperatures in Larkfield hit 104 degrees on Friday.",
    )
    (b,) = (f for f in c.figures if f.version == 1)
    assert b.unit_key == "temperature:unknown"


def test_a_figure_far_from_a_fact_sharing_only_its_unit_stays_apart() -> None:
    # the third version's share price rises by the trial's weight loss, at the story's other end
    middle = [
        "The trial ran for three years at 40 clinics in Oslo and Bergen.",
        "Researchers tracked blood pressure and sleep.",
        "Side effects were mostly mild, the team said.",
        "Doctors welcomed the results.",
        "The maker plans to seek approval next spring.",
    ]
    c = versions(
        "\n\n".join(["Patients on the drug lost about 12% of their body weight, the study found.", *middle]),
        "\n\n".join(["People given the drug shed about 12% of body weight, the study showed.", *middle]),
        "\n\n".join(["The study was published on Monday.", *middle, "Shares in the maker rose more than 12%."]),
    )
    assert fact(c, 0, "12%") == fact(c, 1, "12%") != fact(c, 2, "12%")
    assert status(c, 2, "12%") == "single"
