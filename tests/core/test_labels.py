"""Fact labels from the phrase a figure stands in (`tui.core.labels`), on sentences written for the tests."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.core.test_grouping import fact, versions


def assert_named(first: str, second: str, figure: str, wanted: list[str], unwanted: Sequence[str] = ()) -> None:
    """The label of the fact of a figure of the first version holds every wanted word and no unwanted one."""
    c = versions(first, second)
    words = c.facts[fact(c, 0, figure)].label.split()
    assert all(w in words for w in wanted) and not any(w in words for w in unwanted), words


@pytest.mark.parametrize(
    ("first", "second", "figure", "wanted"),
    [
        (  # "X of FIGURE": what the figure is the value of
            "The bid values each share at 25% above the group's closing price of $40.10 on Monday.",
            "The offer is 25% more than Monday's closing price of $40.10.",
            "$40.10",
            ["closing", "price"],
        ),
        (  # "FIGURE of X"
            "The council will take on £300 million of new borrowing to rebuild the bridge.",
            "To rebuild the bridge the council plans £300 million of new borrowing.",
            "£300 million",
            ["new", "borrowing"],
        ),
        (  # the figure modifying a noun, hyphenated words whole
            "The carmaker announced a $900 million cost-cutting plan on Tuesday.",
            "On Tuesday the carmaker set out a $900 million cost-cutting plan.",
            "$900 million",
            ["cost-cutting", "plan"],
        ),
        (  # a change and what changed
            "Shipments showed a 7% fall in exports over the winter.",
            "Over the winter there was a 7% fall in exports.",
            "7%",
            ["fall", "exports"],
        ),
        (  # the subject of the verb the figure is the value of, and the change it says
            "Quarterly ticket revenue fell 8% as fewer fans travelled.",
            "With fewer fans travelling, quarterly ticket revenue fell 8%.",
            "8%",
            ["ticket", "revenue", "fell"],
        ),
        (  # an aside between the subject and its verb
            "Adjusted operating profit, the airline's preferred measure, reached $640 million.",
            "The airline's adjusted operating profit reached $640 million.",
            "$640 million",
            ["operating", "profit"],
        ),
        (  # the noun a phrase is of, not the noun in it
            "Shares in the miner were down 3.1% in early trading.",
            "In early trading shares in the miner were down 3.1%.",
            "3.1%",
            ["shares", "down"],
        ),
        (  # "per" inside the subject
            "Net income per share was 84 cents, the bank said.",
            "The bank said net income per share was 84 cents.",
            "84 cents",
            ["income", "per", "share"],
        ),
        (  # a value of the noun before it
            "The city approved road repairs worth $12 million on Monday.",
            "On Monday the city approved road repairs worth $12 million.",
            "$12 million",
            ["road", "repairs"],
        ),
        (  # an object between the verb and the figure: the figure is the object's
            "The brewer raised its interim dividend to 21 pence.",
            "Its interim dividend was raised by the brewer to 21 pence.",
            "21 pence",
            ["dividend"],
        ),
    ],
)
def test_a_figure_s_phrase_names_its_fact(first: str, second: str, figure: str, wanted: list[str]) -> None:
    assert_named(first, second, figure, wanted)


def test_a_subject_names_its_figure_only_where_it_is_one() -> None:
    """Not a name ("Nordisk"), not the subject of the sentence an object stands in, and nothing across a
    comma before an elided change ("..., down 12%")."""
    c = versions(
        "The brewer raised its interim dividend to 21 pence, and Halvorsen Nordisk shares rose 6%.",
        "Halvorsen Nordisk shares rose 6% after the brewer raised its interim dividend to 21 pence.",
    )
    assert "brewer" not in c.facts[fact(c, 0, "21 pence")].label.split()
    assert "Nordisk" not in c.facts[fact(c, 0, "6%")].label.split()
    c = versions(
        "The chain posted sales of $3.2 billion, down 12% on the year.",
        "Sales at the chain were $3.2 billion, down 12% on the year.",
    )
    assert "chain" not in c.facts[fact(c, 0, "12%")].label.split()


def test_a_word_that_says_no_more_than_the_figure_is_no_label() -> None:
    c = versions(
        "The charity raised a total of $40 million for the hospital wing.",
        "For the hospital wing the charity raised a total of $40 million.",
    )
    words = c.facts[fact(c, 0, "$40 million")].label.split()
    assert "total" not in words and "raised" in words


@pytest.mark.parametrize(
    ("first", "second", "figure", "wanted", "unwanted"),
    [
        (  # a verb before the count, past its qualifier
            "The navy had sent some 4,500 sailors to the strait since the talks collapsed.",
            "Since the talks collapsed the navy has sent some 4,500 sailors to the strait.",
            "4,500 sailors",
            ["sent", "sailors"],
            ["collapsed", "talks"],
        ),
        (  # a verb after it, past its auxiliaries
            "Officials said about 800 volunteers had joined by Friday evening.",
            "By Friday evening about 800 volunteers had joined, officials said.",
            "800 volunteers",
            ["volunteers", "joined"],
            ["evening"],
        ),
        (  # past a phrase that says where they came from, and an adverb
            "Forty soldiers from the garrison were later sent to the dyke.",
            "To the dyke forty soldiers from the garrison were later sent.",
            "Forty soldiers",
            ["soldiers", "sent"],
            ["garrison", "dyke"],
        ),
        (  # the same where the phrase holds an adjective and a noun of no known kind
            "Six lifeboats from nearby stations were also launched into the storm.",
            "Into the storm six lifeboats from nearby stations were also launched.",
            "Six lifeboats",
            ["lifeboats", "launched"],
            ["stations"],
        ),
        (  # an "of" phrase names what is counted
            "About 4,000 head of sheep were driven to the hills.",
            "To the hills about 4,000 head of sheep were driven.",
            "4,000 head",
            ["sheep"],
            [],
        ),
    ],
)
def test_a_count_is_named_by_what_its_things_did(
    first: str, second: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    assert_named(first, second, figure, wanted, unwanted)


def test_a_count_keeps_its_noun_and_what_happened_to_it() -> None:
    c = versions("Rescuers evacuated 3,200 residents of the valley.", "About 3,200 residents were evacuated.")
    words = c.facts[fact(c, 0, "3,200 residents")].label.split()
    assert "residents" in words and "evacuated" in words


@pytest.mark.parametrize(
    ("first", "second", "figure", "wanted"),
    [
        (  # who did what on the date
            "The port's harbourmaster said on March 3 that the channel was silting up.",
            "The channel was silting up, the port's harbourmaster said on March 3.",
            "March 3",
            ["harbourmaster", "said"],
        ),
        (  # a deadline says so
            "Ferries will stay suspended until at least June 9 while divers inspect the pier.",
            "While divers inspect the pier, ferries will stay suspended until at least June 9.",
            "June 9",
            ["suspended", "until"],
        ),
        (  # an object's verb, where no subject stands before it
            "Okafor, who ran the museum from 2009, retired last week.",
            "Okafor retired last week; he ran the museum from 2009.",
            "2009",
            ["ran", "museum"],
        ),
        (  # a span of time: what it is measured from
            "The strike began three weeks into the harvest, the union said.",
            "The union said the strike started three weeks into the harvest.",
            "three weeks",
            ["into", "harvest"],
        ),
        (  # after a named event, its name kept
            "Repairs ended 18 months after the Halden bridge collapsed.",
            "Some 18 months after the Halden bridge collapsed, repairs ended.",
            "18 months",
            ["after", "Halden", "bridge"],
        ),
        (  # the phrase it is of
            "Patients face a waiting time of 14 weeks for hip surgery.",
            "For hip surgery the waiting time is now 14 weeks, a waiting time of 14 weeks in all.",
            "14 weeks",
            ["waiting", "time"],
        ),
        (  # who is of that age
            "The survey questioned 2,000 workers aged 50 or over about retirement.",
            "About retirement, 2,000 workers aged 50 or over were asked.",
            "50 or over",
            ["workers", "aged"],
        ),
    ],
)
def test_a_date_is_named_by_what_happened_then_and_a_span_by_what_it_is_of(
    first: str, second: str, figure: str, wanted: list[str]
) -> None:
    assert_named(first, second, figure, wanted)


FREIGHT = (
    "Freight revenue was $2.4 billion over the winter, down 11% from $2.7 billion a year earlier, though up from "
    "$2.2 billion in the autumn.",
    "Over the winter freight revenue was $2.4 billion, down 11% from $2.7 billion a year earlier, though up from "
    "$2.2 billion in the autumn.",
)
DIVIDEND = (
    "Ordinary dividend per share was 36 pence compared to 41 pence a year ago, and 39 pence in the previous quarter.",
    "The ordinary dividend per share was 36 pence, compared to 41 pence a year ago, and 39 pence in the previous "
    "quarter.",
)


@pytest.mark.parametrize(
    ("pair", "figure", "wanted", "unwanted"),
    [
        (FREIGHT, "11%", ["freight", "revenue", "down"], ["winter"]),  # the change its own clause says
        (FREIGHT, "$2.7 billion", ["freight", "revenue"], ["down", "up"]),  # an amount: the subject alone
        # past a second comma, and not with the time of the figure before it
        (FREIGHT, "$2.2 billion", ["freight", "revenue"], ["down", "up", "earlier"]),
        (DIVIDEND, "41 pence", ["dividend", "per", "share", "year"], ["quarter"]),  # set against the one before
        (DIVIDEND, "39 pence", ["dividend", "per", "share", "previous", "quarter"], ["ago"]),  # listed after it
    ],
)
def test_a_figure_in_a_clause_that_leaves_out_its_subject_takes_the_first_figure_s(
    pair: tuple[str, str], figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    """After a comma with a change or an "and", or after a word that compares; with its own clause's time."""
    assert_named(*pair, figure, wanted, unwanted)


@pytest.mark.parametrize(
    ("first", "second", "figure", "wanted", "unwanted"),
    [
        (  # a conversion in brackets passed over to the noun the figure modifies
            "The ministry announced a $40 million (£31 million) grant for the harbour.",
            "For the harbour the ministry announced a $40 million grant.",
            "$40 million",
            ["grant"],
            ["ministry"],
        ),
        (  # a measure as its clause's subject: what it does
            "Firefighters said some 90 hectares (222 acres) remain under ash.",
            "Some 90 hectares remain under ash, firefighters said.",
            "90 hectares",
            ["remain", "under", "ash"],
            [],
        ),
    ],
)
def test_a_measure_is_named_past_its_conversion(
    first: str, second: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    assert_named(first, second, figure, wanted, unwanted)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Drones struck a fuel depot 40 kilometres inside the border.", "40 kilometres"),  # after a noun
        ("The ferry docked at Varne, 60 kilometres north of the capital.", "60 kilometres"),  # a direction
        ("Officials counted 300 homes damaged by the storm.", "300 homes"),  # an object
    ],
)
def test_a_measure_that_is_no_subject_is_not_named_by_the_word_after_it(sentence: str, figure: str) -> None:
    from tui.core.phrases import verb_after
    from tui.core.roles import sentence_words

    start = sentence.index(figure)
    assert verb_after(sentence_words(sentence), sentence, (start, start + len(figure))) == []


@pytest.mark.parametrize(
    ("first", "second", "figure", "wanted", "unwanted"),
    [
        (  # a phrase of its own after a comma, not the first figure's subject
            "Shares in the airline were down 2% by noon, compared with a 1.1% gain for the wider index.",
            "By noon shares in the airline were down 2%, compared with a 1.1% gain for the wider index.",
            "1.1%",
            ["gain"],
            ["shares"],
        ),
        (  # what happened to a count's things, said in the figure, not what the sentence says near
            "Police said 12 people had drowned and that the search for three missing divers went on.",
            "The search for three missing divers went on; police said 12 people had drowned.",
            "three missing divers",
            ["missing"],
            ["drowned"],
        ),
    ],
)
def test_a_figure_s_own_words_name_it_first(
    first: str, second: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    assert_named(first, second, figure, wanted, unwanted)


@pytest.mark.parametrize(
    ("first", "figure", "wanted", "unwanted"),
    [
        ("Rescuers said two hikers were still missing.", "two hikers", ["missing"], ["rescuers", "Rescuers"]),
        ("More than 300 were hurt, the national health agency said.", "300", ["hurt"], ["agency", "national"]),
        ("About 300 were hurt, according to the national health agency.", "300", ["hurt"], ["agency", "national"]),
    ],
)
def test_who_told_it_is_not_what_it_is_of(first: str, figure: str, wanted: list[str], unwanted: list[str]) -> None:
    assert_named(first, first, figure, wanted, unwanted)


@pytest.mark.parametrize(
    ("first", "figure", "wanted", "unwanted"),
    [
        # "to" of "up to" alone is no qualifier: the word before it is not what the companies did
        (
            "He steered contracts worth 38 million euros to three companies.",
            "three companies",
            ["companies"],
            ["euros"],
        ),
        ("The army plans to grow its forces up to around 690,000.", "690,000", ["forces"], []),  # two qualifiers
    ],
)
def test_only_a_whole_qualifier_stands_between_a_count_and_its_verb(
    first: str, figure: str, wanted: list[str], unwanted: list[str]
) -> None:
    assert_named(first, first, figure, wanted, unwanted)


@pytest.mark.parametrize(
    ("first", "second", "figure", "label"),
    [
        (
            "Skipper Ines Faro, 38, steered the ferry home.",
            "Ines Faro, 38, brought the ferry home at dawn.",
            "38",
            "Ines Faro, age",
        ),
        (
            "The ferry's owner, Lisbon Lines, said its captain Rui Sousa, 51, had been at sea for years.",
            "Its captain, Rui Sousa, 51, had been at sea for years, the owner said.",
            "51",
            "Rui Sousa, age",
        ),
    ],
)
def test_an_age_in_apposition_is_named_by_whose_it_is(first: str, second: str, figure: str, label: str) -> None:
    c = versions(first, second)
    assert c.facts[fact(c, 0, figure)].label == label


def test_an_ordinal_s_ending_is_no_word_of_a_label() -> None:
    assert_named(
        "Porto, who sold two ships last week, stay 14th with 11 routes, three above the last place.",
        "Porto stay 14th with 11 routes, three above last place.",
        "11 routes",
        ["routes"],
        ["th"],
    )


def test_an_exchange_rate_is_named_by_the_currency_it_prices() -> None:
    c = versions(
        "The krona firmed 0.4% against the dollar to 10.52 per dollar on Friday.",
        "The krona ended at 10.49 per dollar.",
    )
    assert c.facts[fact(c, 0, "10.52 per dollar")].label == "krona per dollar"


def test_a_bound_of_up_to_and_an_amount_added_with_plus_name_no_rise() -> None:
    # "up to" bounds the bonus, "plus" adds it to the price: the bonus is named by what it is
    assert_named(
        "The studio paid $40 million for the film rights, plus up to $12 million in royalties.",
        "The studio will pay $40 million for the rights and up to $12 million in royalties.",
        "$12 million",
        ["royalties"],
        ["up", "plus"],
    )
