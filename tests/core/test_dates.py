"""Versions' dates (`tui.core.dates`) and the updates they make of a count in progress."""

from __future__ import annotations

import pytest

from tui.core.dates import chronology, parse_when, read_date, shown, update_number
from tui.core.load import Version
from tui.core.pipeline import compare


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (" date 2024-01-01 LISBON (Wire) - The ferry left.", "2024-01-01"),
        ("Ferry leaves\n\nPublished 08 September 2022, 11:25 am\n\nThe ferry left.", "2022-09-08T11:25"),
        ("Ferry leaves [May 08, 2019] The ferry left.", "2019-05-08"),
        ("Ferry leaves\nLast modified: 3 March 2023 at 9:05 p.m.\nThe ferry left.", "2023-03-03T21:05"),
        ("Updated: Aug. 8, 2023 14:20 GMT\nThe ferry left.", "2023-08-08T14:20"),
        ("Posted on 12th June 2021\nThe ferry left.", "2021-06-12"),
        ("Ferry\n\nBy Ana Dias | Tagus Post | Published 8:40 p.m. Aug. 14, 2024\n\nIt left.", "2024-08-14T20:40"),
        ("Ferry leaves\n\nLISBON, May 7 (Wire) - The ferry left.", "--05-07"),
        ("PORTO, Portugal, Sept. 3, 2023 (Wire) — The ferry left.", "2023-09-03"),
        ("Ferry leaves\n\nBy Ana Dias, Harbour Reporter\nFriday 9 May 2025, 7:05am\n\nIt left.", "2025-05-09T07:05"),
        ("Ferry leaves\n\nSat, June 21, 2025 at 6:30 p.m.\n\nIt left.", "2025-06-21T18:30"),
    ],
)
def test_a_date_is_read_where_the_text_says_what_it_is(text: str, when: str) -> None:
    found = read_date(text)
    assert found is not None and found.when == when


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left on Nov. 23, 2024, officials said.",  # a date the story reports
        "The ferry left, May 7 - or so they said.",  # no dateline: the date the story reports
        "LISBON (Wire) - The ferry left on May 7.",  # a dateline without a date
        "date of the crossing unknown. The ferry left.",
        "Ferry leaves\n\nSpring 2025\n\nIt left.",  # no day: a season, not a date
        "Ferry leaves\n\nThe ferry left on 9 May 2025 at dawn.",  # a date in a sentence
    ],
)
def test_a_date_the_story_reports_is_not_the_version_s(text: str) -> None:
    assert read_date(text) is None


def test_page_metadata_prefers_the_update_time() -> None:
    page = (
        '<meta property="article:published_time" content="2023-03-01T08:00:00Z">'
        '<meta property="article:modified_time" content="2023-03-01T17:30:00Z">'
    )
    found = read_date("The ferry left.", html=page)
    assert found is not None and (found.when, found.source) == (
        "2023-03-01T17:30",
        "page metadata article:modified_time",
    )


def test_chronology_orders_known_dates_and_in_order_orders_all() -> None:
    assert chronology(["2024-01-02", None, "2024-01-01", "2024-01-02"]) == (1, None, 0, 1)
    assert chronology(["2024-01-02", None]) == (None, None)  # one date orders nothing
    assert chronology([None, None, None], in_order=True) == (0, 1, 2)
    assert parse_when("2024-05-07 14:30") == "2024-05-07T14:30" and parse_when("soon") is None


def test_a_wire_s_later_take_of_one_date_comes_after_its_first() -> None:
    assert update_number("UPDATE 2-Ferry fares rise 9%\n\nLISBON, May 7 (Wire) - ...") == 2
    assert update_number("Ferry fares rise 9%, an update on the crossing") == 0
    assert chronology(["--05-07", "--05-07", "--05-07"], updates=[2, 0, 1]) == (2, 0, 1)
    assert chronology(["--05-07", None], updates=[0, 3]) == (None, None)  # no date, no place


def test_a_market_close_in_a_later_take_updates_the_first_take_s_level() -> None:
    first = "Ferry fares rise\n\nLISBON, May 7 (Wire) - Ferry shares rose 2.1% to 14.30 euros after the news."
    later = (
        "UPDATE 1-Ferry fares rise\n\nLISBON, May 7 (Wire) - Ferry shares closed 3.4% higher at 14.48 euros "
        "after the news."
    )
    c = compare([Version("a", "a", first, "utf-8", date="--05-07"), Version("b", "b", later, "utf-8", date="--05-07")])
    assert {c.facts[f.fact].status for f in c.figures if f.fact is not None and f.kind != "date"} == {"update"}


def test_a_date_without_its_year_takes_the_year_of_the_dated_versions() -> None:
    """A dateline's "May 7" is placed among dated versions of one year, and among undated ones by its month and
    day; beside versions of several years it is not placed at all."""
    assert chronology(["--05-07", "2024-05-06", "--05-09"]) == (1, 0, 2)
    assert chronology(["--05-09", "--05-07", None]) == (1, 0, None)
    assert chronology(["--05-07", "2023-12-30", "2024-01-02"]) == (None, 0, 1)
    assert shown("--05-07") == "May 7" and shown("2024-05-07T14:30") == "2024-05-07 14:30"


def test_an_area_that_grew_between_wire_updates_is_an_update() -> None:
    def version(n: int, day: int, acres: str, verb: str) -> Version:
        text = f"Blaze spreads\n\nOLVERA, Calif., Aug {day} (Wire) - The wildfire {verb} {acres} acres, officials said."
        dated = read_date(text)
        assert dated is not None
        return Version(f"w{n}", f"w{n}", text, "utf-8", None, dated.when, dated.source)

    c = compare([version(0, 14, "11,800", "had burned"), version(1, 16, "14,250", "had grown to")])
    (fact,) = [f for f in c.facts if f.kind == "quantity"]
    assert fact.status == "update"


def _update(n: int, dead: str, when: str | None) -> Version:
    text = (
        f"A ferry capsized off the coast of Ilha on Sunday. {dead} people were killed in the sinking, the coast"
        " guard said.\n\nDivers searched the hull through the night."
    )
    return Version(f"u{n}", f"u{n}", text, "utf-8", None, when, "test" if when else None)


def toll(c) -> tuple[str, tuple[str, ...]]:
    (fact,) = [f for f in c.facts if any(c.figures[i].text.endswith("people") for i in f.figures)]
    return fact.status, tuple(c.figures[i].text for i in fact.in_time or ())


def test_a_rising_toll_across_dated_versions_is_an_update() -> None:
    c = compare([_update(0, "At least 12", "2024-06-02T08:00"), _update(1, "At least 19", "2024-06-02T14:00")])
    assert toll(c) == ("update", ("12 people", "19 people"))
    later_first = compare([_update(1, "At least 19", "2024-06-02T14:00"), _update(0, "At least 12", "2024-06-02")])
    assert toll(later_first)[0] == "update" and toll(later_first)[1] == ("12 people", "19 people")


def test_an_undated_copy_of_a_value_two_dated_versions_share_is_no_conflict_with_a_later_update() -> None:
    """The 12 of an undated copy stood at both 08:00 and 11:00: it is of that time, and 19 at 14:00 updates it."""
    c = compare(
        [
            _update(0, "At least 12", "2024-06-02T08:00"),
            _update(1, "At least 12", "2024-06-02T11:00"),
            _update(2, "At least 12", None),
            _update(3, "At least 19", "2024-06-02T14:00"),
        ]
    )
    assert toll(c)[0] == "update"


def test_undated_or_same_time_versions_that_differ_still_conflict() -> None:
    assert toll(compare([_update(0, "At least 12", None), _update(1, "At least 19", None)]))[0] == "conflict"
    same = [_update(0, "At least 12", "2024-06-02"), _update(1, "At least 19", "2024-06-02")]
    assert toll(compare(same))[0] == "conflict"


def test_in_order_makes_the_given_order_the_order_in_time() -> None:
    c = compare([_update(0, "At least 12", None), _update(1, "At least 19", None)], in_order=True)
    assert toll(c) == ("update", ("12 people", "19 people"))
    assert c.to_json()["facts"][0]["in_time"] is not None and c.to_json()["versions"][1]["time"] == 1


def test_a_figure_that_is_no_count_in_progress_still_conflicts_across_time() -> None:
    def version(n: int, length: str, when: str) -> Version:
        text = f"The new bridge over the Ilha estuary is {length} long, its builders said.\n\nIt opens in May."
        return Version(f"b{n}", f"b{n}", text, "utf-8", None, when, "test")

    c = compare([version(0, "1,200 metres", "2024-06-01"), version(1, "1,450 metres", "2024-06-03")])
    (fact,) = [f for f in c.facts if f.kind == "quantity"]
    assert fact.status == "conflict"


def test_a_count_told_as_up_from_an_earlier_one_is_an_update() -> None:
    """ "Up from about 40,000 on Monday" says the count moves, as "rose to" does: a later version's new value is an
    update, not a conflict, though nothing in the sentence names a toll."""
    first = "More than 40,000 homes were without power on Monday, the utility said.\n\nCrews worked overnight."
    later = (
        "Nearly 95,000 homes were without power on Tuesday, the utility said, up from about 40,000 on Monday.\n\n"
        "Crews worked overnight."
    )
    c = compare(
        [
            Version("a", "a", first, "utf-8", None, "2024-06-10", "test"),
            Version("b", "b", later, "utf-8", None, "2024-06-11", "test"),
        ]
    )
    (fact,) = [f for f in c.facts if any(c.figures[i].text == "95,000 homes" for i in f.figures)]
    assert fact.status == "update"


def test_an_undated_copy_of_an_update_is_placed_at_the_update_for_that_fact() -> None:
    """A republished copy without a date that gives the update's toll states the update, not a conflict with
    the first report; one that gives a value no dated version gives stays unplaced, and still conflicts."""
    wire = _update(0, "At least 12", "2024-06-02T08:00")
    later = _update(1, "At least 19", "2024-06-02T14:00")
    copy = _update(2, "19", None)
    assert toll(compare([wire, later, copy]))[0] == "update"
    other = _update(2, "About 30", None)
    assert toll(compare([wire, later, other]))[0] == "conflict"


def test_an_undated_toll_between_two_dated_ones_was_told_between_them() -> None:
    wire = _update(0, "Twelve", "2024-06-02T08:00")
    later = _update(1, "Nineteen", "2024-06-02T14:00")
    assert toll(compare([wire, later, _update(2, "Fifteen", None)]))[0] == "update"
    assert toll(compare([wire, later, _update(2, "Nine", None)]))[0] == "conflict"  # below the first report


def test_an_undated_value_between_dated_ones_that_go_both_ways_still_conflicts() -> None:
    first = _update(0, "Twelve", "2024-06-02T08:00")
    second = _update(1, "Nineteen", "2024-06-02T14:00")
    third = _update(2, "Fourteen", "2024-06-02T20:00")  # revised down: no count that only grows
    assert toll(compare([first, second, third, _update(3, "Sixteen", None)]))[0] == "conflict"


def test_a_level_that_fell_between_dated_versions_is_an_update() -> None:
    def version(n: int, level: str, when: str) -> Version:
        text = f"The river in Orlan {level}, the agency said.\n\nSchools stayed closed."
        return Version(f"r{n}", f"r{n}", text, "utf-8", None, when, "test")

    c = compare(
        [version(0, "peaked at 7.4 metres", "2024-06-09"), version(1, "had fallen to 6.1 metres", "2024-06-12")]
    )
    (fact,) = [f for f in c.facts if f.kind == "quantity"]
    assert fact.status == "update"


def test_a_date_alone_under_a_byline_is_the_version_s_and_no_fact() -> None:
    head = "Ferry fares rise\n\nBy Ana Dias, Harbour Reporter\nFriday 9 May 2025, 7:05am\n\n"
    c = compare(
        [
            Version("a", "a", head + "Fares rose 9% on Friday, the operator said.", "utf-8"),
            Version("b", "b", "Fares rose 9% on Friday, the operator said on 9 May 2025.", "utf-8"),
        ]
    )
    assert [f.unit for f in c.figures if f.version == 0 and f.kind == "date"] == ["published"]
    assert all(c.figures[i].version == 1 for fact in c.facts for i in fact.figures if c.figures[i].kind == "date")


@pytest.mark.parametrize("said", ["Published:", "published"])
def test_a_published_line_under_a_byline_gives_the_version_s_date_and_no_fact(said: str) -> None:
    """A byline wide enough to look hard-wrapped, and the line under it that says when the page was published:
    its date is the version's own, whether or not the two lines read as one sentence, so two versions
    published on two days are no conflict."""
    head = "Ferry fares rise\n\nBy Marta Quill, Coastline Press\n" + said + " {}\n\n"
    story = head + "Fares rose 9% on Friday, the operator said."
    c = compare(
        [
            Version("a", "a", story.format("May 9, 2025"), "utf-8"),
            Version("b", "b", story.format("May 10, 2025"), "utf-8"),
        ]
    )
    assert [f.unit for f in c.figures if f.kind == "date"] == ["published", "published"]
    assert not [fact for fact in c.facts if fact.kind == "date"]


@pytest.mark.parametrize(("later_age", "status"), [("45", "update"), ("46", "update"), ("40", "conflict")])
def test_a_later_version_a_year_or_two_older_updates_an_age(later_age: str, status: str) -> None:
    def version(n: int, age: str, when: str) -> Version:
        text = f"The striker Tomas Reyes, {age}, signed for the club on Monday.\n\nFans cheered at the ground."
        return Version(f"r{n}", f"r{n}", text, "utf-8", None, when, "test")

    c = compare([version(0, "44", "2024-03-01"), version(1, later_age, "2025-01-10")])
    (fact,) = [f for f in c.facts if f.kind == "quantity"]
    assert fact.status == status


@pytest.mark.parametrize(
    ("first", "later"),
    [
        ("The river rose to 6.8 metres overnight", "The river stood at 7.1 metres on Saturday"),
        ("The river stood at 6.8 metres overnight", "The river peaked at 7.1 metres on Saturday"),
    ],
)
def test_a_level_either_version_says_is_moving_is_updated_by_the_later_one(first: str, later: str) -> None:
    def version(n: int, sentence: str, when: str) -> Version:
        text = f"{sentence}, officials said.\n\nVolunteers filled sandbags in the town."
        return Version(f"f{n}", f"f{n}", text, "utf-8", None, when, "test")

    c = compare([version(0, first, "2024-10-04"), version(1, later, "2024-10-05")])
    (fact,) = [f for f in c.facts if f.kind == "quantity"]
    assert fact.status == "update"


def test_a_share_in_a_version_whose_lead_speaks_of_counting_is_updated_by_a_later_count() -> None:
    def version(n: int, lead: str, share: str, when: str) -> Version:
        text = (
            f"Mayor re-elected\n\nTORVE, May {n + 5} (Wire) - Mayor Ida Brun won a third term, {lead}.\n\n"
            f"Brun took {share} of the vote, ahead of two rivals."
        )
        return Version(f"e{n}", f"e{n}", text, "utf-8", None, when, "test")

    first = version(0, "with 90% of ballots counted", "54.2%", "2024-05-05")
    later = version(1, "after all ballots were counted", "53.8%", "2024-05-06")
    c = compare([first, later])
    (fact,) = [f for f in c.facts if any(c.figures[i].text == "54.2%" for i in f.figures)]
    assert fact.status == "update"
    plain = compare(
        [version(0, "officials said", "54.2%", "2024-05-05"), version(1, "officials said", "53.8%", "2024-05-06")]
    )
    (fact,) = [f for f in plain.facts if any(plain.figures[i].text == "54.2%" for i in f.figures)]
    assert fact.status == "conflict"


def test_a_headline_restating_a_value_its_body_says_is_moving_is_an_update_too() -> None:
    # the later version's headline gives the new price bare; its lead says the price is now so
    first = Version(
        "d0", "d0", "Varde to buy Olsen Mills for $2.1 billion\n\nVarde agreed to buy Olsen Mills for $2.1 billion, "
        "the companies said.\n\nThe mills employ 900 people.", "utf-8", None, "2025-03-02", "test",
    )  # fmt: skip
    later = Version(
        "d1", "d1", "Olsen Mills backs $2.3 billion Varde takeover\n\nOlsen Mills shareholders approved the deal, "
        "now worth $2.3 billion, on Thursday.\n\nThe mills employ 900 people.", "utf-8", None, "2025-06-12", "test",
    )  # fmt: skip
    c = compare([first, later])
    (fact,) = [f for f in c.facts if f.kind == "money"]
    assert len(fact.figures) == 4
    assert fact.status == "update"
