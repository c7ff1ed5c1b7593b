"""N-way alignment on the samples and on small constructed cases."""

from __future__ import annotations

import random

import pytest

from tests.conftest import find_sentence
from tui.core.align import align
from tui.core.load import Version
from tui.core.model import Comparison
from tui.core.normalise import key
from tui.core.pipeline import compare

WIRE, COPY, REWRITE, UPDATE, RELATED = range(5)


def row_with(c: Comparison, version: int, fragment: str) -> int:
    return c.row_of[version][find_sentence(c, version, fragment)]


def assert_moved_pair(c: Comparison, in_base: str, moved: str) -> None:
    """The second version's sentence with `moved` shares the base's row with `in_base`, out of order."""
    row = row_with(c, 0, in_base)
    assert row_with(c, 1, moved) == row
    assert 1 in c.rows[row].moved_in


def test_every_sentence_in_exactly_one_row(samples: Comparison) -> None:
    for v, sentences in enumerate(samples.sentences):
        seen = sorted(k for row in samples.rows for k in row.cells[v])
        assert seen == list(range(len(sentences)))


def test_indices_increase_along_rows_except_moved(samples: Comparison) -> None:
    for v in range(len(samples.versions)):
        last = -1
        for row in samples.rows:
            if row.cells[v] and v not in row.moved_in:
                assert row.cells[v][0] > last
                last = row.cells[v][-1]


def test_republished_copy_aligns_sentence_by_sentence(samples: Comparison) -> None:
    for wire, copy in [
        ("Floodwater has covered over 40 percent", "Floodwater has covered more than 40 per cent"),
        ("evacuated some 23,000", "evacuated about 23,000"),
        ("At its peak, the water covered about 1,180", "At its peak, the water covered about 1180"),
        ("The Ministry of Defense did not", "The Ministry of Defence did not"),
        ("Meridian could not independently verify", "Meridian could not independently verify"),
        ("on Nov. 11", "on November 11"),
        ("Some 310 millimeters", "Some 310 millimetres"),
    ]:
        assert row_with(samples, WIRE, wire) == row_with(samples, COPY, copy), wire


def test_spelling_only_differences_are_same_rows(samples: Comparison) -> None:
    row = samples.rows[row_with(samples, WIRE, "The Ministry of Defense did not")]
    assert row.status == "same"


def test_paraphrase_pairs(samples: Comparison) -> None:
    r = row_with(samples, WIRE, "Officials in Dovrin have neither confirmed nor denied")
    assert r == row_with(samples, COPY, "Regional authorities have neither confirmed nor denied")
    assert samples.rows[r].status == "changed"
    assert samples.rows[r].diffs[WIRE] and samples.rows[r].diffs[COPY]


def test_non_base_versions_share_a_row(samples: Comparison) -> None:
    # The "Post a Comment" line is in three versions but not in the base: one row holds all three.
    r = row_with(samples, COPY, "Post a Comment")
    assert r == row_with(samples, REWRITE, "Post a Comment") == row_with(samples, UPDATE, "Post a Comment")
    assert not samples.rows[r].cells[WIRE]


def test_related_story_shares_almost_nothing(samples: Comparison) -> None:
    shared = [row for row in samples.rows if row.cells[RELATED] and len(row.present()) > 1]
    assert shared == []
    assert samples.similarity[RELATED][WIRE] < 0.05
    assert samples.similarity[COPY][WIRE] > 0.6


def test_moved_sentence_is_detected() -> None:
    a = [
        "first point about the river",
        "second point about the dam",
        "third point about the town",
        "fourth point about the farms",
        "fifth point about the rain",
    ]
    b = [a[0], a[2], a[3], a[4], a[1]]
    rows = align([[key(s) for s in a], [key(s) for s in b]])
    moved = [r for r in rows if r.moved]
    assert len(moved) == 1 and moved[0].cells == ((1,), (4,))
    assert len(rows) == 5


def test_split_sentence_shares_a_row() -> None:
    a = "The agency said the river was rising in the south and the town of Marrow was the most threatened."
    b = "The agency said the river was rising in the south. The town of Marrow was the most threatened."
    c = compare([Version("a", "a", a, "utf-8"), Version("b", "b", b, "utf-8")])
    assert len(c.rows) == 1 and c.rows[0].cells == ((0,), (0, 1))


def test_unrelated_sentences_do_not_pair() -> None:
    a = ["The agency said the river was rising in the south of the valley today."]
    b = ["Machinery dealers report a waiting list of six weeks for new tractors."]
    rows = align([[key(s) for s in a], [key(s) for s in b]])
    assert [r.cells for r in rows] == [((0,), ()), ((), (0,))]


def test_base_choice_orders_rows(samples: Comparison) -> None:
    versions = samples.versions
    c = compare(versions, base=COPY)
    firsts = [row.cells[COPY][0] for row in c.rows if row.cells[COPY] and COPY not in row.moved_in]
    assert firsts == sorted(firsts) and c.base == COPY


def _story(*texts: str) -> Comparison:
    return compare([Version(f"v{n}", f"v{n}", t, "utf-8") for n, t in enumerate(texts)])


_WIRE_STORY = (
    "VARNA, Bulgaria (Wire) — A coach carrying tourists left the road on a mountain pass near Varna on Sunday.\n\n"
    "At least 12 people have been reported dead and 40 injured in the crash, the regional governor said.\n\n"
    "The coach rolled down a steep slope and came to rest against a row of pine trees. Two of its windows "
    "shattered as it fell.\n\n"
    "Rescue crews worked through the night to free passengers trapped inside the wreck.\n\n"
    "Police have opened an inquiry into the state of the road."
)


def test_a_reworded_update_with_new_numbers_shares_a_row() -> None:
    update = (
        "A coach full of tourists plunged off a mountain road near Varna on Sunday, officials said.\n\n"
        "Fourteen people were killed and at least 40 were injured in the crash near Varna, the governor said.\n\n"
        "Police have opened an inquiry into the state of the road."
    )
    c = _story(_WIRE_STORY, update)
    assert row_with(c, 0, "At least 12 people") == row_with(c, 1, "Fourteen people")


def test_two_sentences_standing_for_one_share_its_row() -> None:
    merged = (
        "A coach carrying tourists left the road on a mountain pass near Varna on Sunday.\n\n"
        "At least 12 people have been reported dead and 40 injured in the crash, the regional governor said.\n\n"
        "The coach rolled down a steep slope against a row of pine trees, and two of its windows shattered.\n\n"
        "Police have opened an inquiry into the state of the road."
    )
    c = _story(merged, _WIRE_STORY)
    row = row_with(c, 0, "The coach rolled down")
    assert row_with(c, 1, "The coach rolled down") == row == row_with(c, 1, "Two of its windows")


def test_a_sentence_cut_short_on_a_page_pairs_with_the_whole() -> None:
    cut = (
        "VARNA, Bulgaria (Wire) — A coach carrying tourists left the road on a mountain pass near Varna on Sunday.\n\n"
        "At least 12 people have been reported dead and 40 injured in the crash, the regional governor said.\n\n"
        "Police have opened an inquiry into the state of the road.\n\n"
        "Rescue crews worked through the night to free passengers trapp"
    )
    c = _story(_WIRE_STORY, cut)
    assert row_with(c, 0, "Rescue crews worked") == row_with(c, 1, "Rescue crews worked")


def test_one_sentence_standing_for_two_shares_their_row() -> None:
    merged = (
        "A coach carrying tourists left the road on a mountain pass near Varna on Sunday.\n\n"
        "At least 12 people have been reported dead and 40 injured in the crash, the regional governor said.\n\n"
        "The coach rolled down a steep slope and came to rest against pine trees, two of its windows shattered.\n\n"
        "Police have opened an inquiry into the state of the road."
    )
    c = _story(_WIRE_STORY, merged)
    row = row_with(c, 1, "The coach rolled down")
    assert row_with(c, 0, "The coach rolled down") == row == row_with(c, 0, "Two of its windows")


def test_a_version_added_early_pairs_through_a_later_copy_that_words_it_alike() -> None:
    trapped = "Rescue crews worked through the night to free passengers trapped inside the wreck."
    close = _WIRE_STORY.replace(
        trapped, "Rescue crews worked all through the night to free the passengers who were trapped in the coach."
    )
    far = _WIRE_STORY.replace(
        trapped, "Until dawn, volunteers helped to free the passengers who were trapped in the coach."
    )
    c = _story(_WIRE_STORY, far, close)
    assert row_with(c, 1, "Until dawn") == row_with(c, 2, "Rescue crews") == row_with(c, 0, "Rescue crews")


def test_a_reworded_sentence_moved_elsewhere_pairs_by_its_telling_words() -> None:
    moved = (
        "The state of the mountain road is the subject of an inquiry that police opened on Monday.\n\n"
        + _WIRE_STORY.replace(
            "Police have opened an inquiry into the state of the road.", "Residents laid flowers by the road."
        )
    )
    c = _story(_WIRE_STORY, moved)
    assert_moved_pair(c, "Police have opened", "The state of the mountain")


_FORECAST_STORY = (
    "The statistics office revised its figures for the quarter on Friday.\n\n"
    "It now puts growth at 0.6% for the quarter and 2.3% for the year, against 0.4% and 1.9% in its first "
    "estimate.\n\n"
    "Builders reported more orders than in any month since the spring.\n\n"
    "The office will publish its next estimate in six weeks."
)


def test_a_reworded_sentence_moved_elsewhere_pairs_by_the_figures_it_shares() -> None:
    moved = (
        "The statistics office revised its figures for the quarter on Friday.\n\n"
        "Builders reported more orders than in any month since the spring.\n\n"
        "The office will publish its next estimate in six weeks.\n\n"
        "Its revision lifts quarterly output to 0.6 per cent and annual expansion to 2.3 per cent, from 0.4 per "
        "cent and 1.9 per cent first reported."
    )
    c = _story(_FORECAST_STORY, moved)
    assert_moved_pair(c, "It now puts growth", "Its revision lifts")


def test_sentences_that_share_two_numbers_only_are_not_paired_by_them() -> None:
    other = _FORECAST_STORY.replace(
        "Builders reported more orders than in any month since the spring.",
        "Sales of 0.6 tonnes and 2.3 tonnes of grain were booked by two farmers at the spring fair.",
    )
    c = _story(_FORECAST_STORY, other)
    assert row_with(c, 0, "It now puts growth") != row_with(c, 1, "Sales of 0.6 tonnes")


def test_a_shared_number_counts_as_two_words() -> None:
    from tui.core.wordweight import WordWeights

    short, long = key("1,270 first events were recorded."), key("Over five years, 1,270 first events occurred.")
    weights = WordWeights([short, long, key("Something else entirely was said.")])
    assert weights.overlap(short, long) > 0
    assert (
        weights.overlap(key("The first events were recorded."), key("Over five years, the first events occurred.")) == 0
    )


_FERRY_STORY = (
    "A ferry with 300 passengers ran aground off the island of Kos late on Friday, the coastguard said.\n\n"
    "The vessel struck rocks near the harbour entrance in strong winds. Water flooded the engine room within "
    "minutes.\n\n"
    "All passengers were taken ashore by fishing boats and a navy patrol.\n\n"
    "The operator said it would inspect its other ships this week."
)


_FERRY_MERGED = _FERRY_STORY.replace(
    "The vessel struck rocks near the harbour entrance in strong winds. Water flooded the engine room within minutes.",
    "Water flooded its engine room within minutes after the vessel struck rocks near the harbour in strong winds.",
)
"""A rewrite that says two of the story's sentences in one."""


def test_one_sentence_for_two_that_other_versions_keep_apart_states_both_rows() -> None:
    c = _story(_FERRY_STORY, _FERRY_STORY, _FERRY_MERGED)
    struck, flooded = row_with(c, 0, "The vessel struck"), row_with(c, 0, "Water flooded the engine")
    assert struck != flooded and row_with(c, 1, "Water flooded the engine") == flooded  # kept apart where split
    sentence = find_sentence(c, 2, "Water flooded its engine")
    shown = c.row_of[2][sentence]
    assert shown in (struck, flooded)
    other = flooded if shown == struck else struck
    assert (2, sentence) in c.rows[other].also and c.rows[other].status == "changed"
    assert sentence in c.rows[other].members()[2] and not c.rows[other].cells[2]


def test_a_neighbour_about_something_else_is_not_stated_by_a_sentence_beside_it() -> None:
    reworded = _FERRY_STORY.replace(
        "All passengers were taken ashore by fishing boats and a navy patrol.",
        "Fishing boats and a navy patrol took everyone ashore.",
    ).replace("The operator said it would inspect its other ships this week.", "Its owner declined to comment.")
    c = _story(_FERRY_STORY, _FERRY_STORY, reworded)
    assert not any(row.also for row in c.rows)


def test_the_presence_strip_points_to_the_sentence_that_says_a_row_too() -> None:
    from tui.view.signs import presence_sign

    c = _story(_FERRY_STORY, _FERRY_STORY, _FERRY_MERGED)
    (row,) = [r for r, aligned in enumerate(c.rows) if aligned.also]
    shown = c.row_of[2][find_sentence(c, 2, "Water flooded its engine")]
    assert presence_sign(c, row, 2) == ("↑" if shown < row else "↓", "changed")
    assert presence_sign(c, shown, 2)[0] == "~" and presence_sign(c, row, 1)[0] == "="


def test_the_first_half_of_a_split_joins_the_row_it_stands_inside() -> None:
    """One line a verse: a verse one version splits in two sentences is the other's one sentence; the first
    half, left over between the verse before and its own, joins its own (it shares names with both)."""
    one = (
        "[5:4] And the sons of Midra were Ephan and Hanoch.\n[5:5] And Oren gave all that he had unto Tal.\n"
        "[5:6] But unto the sons of the handmaids, which Oren had, Oren gave gifts, and sent them away from Tal "
        "his son, while he yet lived, eastward, unto the east country.\n[5:7] And these are the days of Oren."
    )
    split = (
        "[5:4] And the sons of Midra were Ephan and Hanoch.\n[5:5] And Oren gave all that he had unto Tal.\n"
        "[5:6] But unto the sons of the handmaids, that Oren had, Oren gave gifts. And he sent them away from Tal "
        "his son, while he yet lived, eastward, unto the east country.\n[5:7] And these are the days of Oren."
    )
    c = _story(one, split)
    assert row_with(c, 1, "But unto the sons") == row_with(c, 0, "But unto the sons") != row_with(c, 0, "[5:5]")


def test_a_refrain_left_over_in_several_places_is_no_move() -> None:
    """A refrain ("Selah.") ends different verses in two translations: which is which cannot be told, so no
    left-over refrain is paired out of order (an exact match elsewhere says nothing of a short repeated line)."""
    one = (
        "The hills sing of the morning light over the water. Selah.\n"
        "The river keeps its old course through the valley of stones.\n"
        "The wind goes over the fields of barley in the spring. Selah.\n"
        "The gate of the city is open to the travellers from the south."
    )
    other = (
        "The hills sing of the morning light over the water.\n"
        "The river keeps its old course through the valley of stones. Selah.\n"
        "The wind goes over the fields of barley in the spring.\n"
        "The gate of the city is open to the travellers from the south. Selah."
    )
    c = _story(one, other)
    assert not any(row.status == "moved" for row in c.rows)
    for row in c.rows:
        texts = [c.sentence_text(v, k) for v in (0, 1) for k in row.cells[v]]
        if row.cells[0] and row.cells[1] and any(t.startswith("Selah") for t in texts):
            hills = row_with(c, 0, "The hills sing")
            assert abs(c.rows.index(row) - hills) <= 6  # an in-order refrain may pair where it stands


def _made_up_names(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "pi", "nar", "es", "ul", "bri", "to", "gan"]
    return ["".join(rng.choice(syllables) for _ in range(3)) for _ in range(n)]


def test_a_split_verse_in_a_long_reworded_text_shares_its_row() -> None:
    """Three hundred verses, every one reworded, make a gap too large to score pair by pair. The verse one
    version splits in two still shares a row whole: its halves are each too short beside the verse to pair by
    their characters, but the smaller gap left around them is paired in full."""
    one, other = [], []
    for i in range(300):
        son, father, hill, kin, lord, place = _made_up_names(i, 6)
        one.append(
            f"[{i}] And {son} the son of {father} went up unto the hill of {hill} with his {kin}, and there he built "
            f"an altar unto {lord} and called the name of the place {place}."
        )
        other.append(
            f"[{i}] {son}, {father}'s son, climbed the hill of {hill} with his {kin}. He built an altar there to "
            f"{lord}, and named the place {place}."
            if i == 150
            else f"[{i}] {son}, the son of {father}, went up to the hill of {hill} with his {kin}; he built an altar "
            f"there to {lord} and named the place {place}."
        )
    c = _story("\n".join(one), "\n".join(other))
    verse = row_with(c, 0, "[150]")
    assert row_with(c, 1, "[150]") == verse == row_with(c, 1, "He built an altar there to")
    assert all(row.cells[0] and row.cells[1] for row in c.rows)


def test_a_clause_standing_inside_a_longer_sentence_is_contained() -> None:
    from tui.core.pair_score import contains
    from tui.core.wordweight import WordWeights

    clause = key("Rescue crews worked through the night to free the passengers trapped in the coach")
    whole = key(
        "Rescue crews worked through the night to free the passengers trapped in the coach, and two were "
        "flown to a hospital in the capital."
    )
    other = key("The governor said the pass would stay closed to coaches until the barriers had been rebuilt.")
    weights = WordWeights([clause, whole, other])
    assert weights.held(clause, whole) == 1.0
    assert contains(clause, whole, weights)
    assert weights.held(clause, other) < 0.5
    assert not contains(clause, other, weights)


_DEAL_STORY = (
    "A regional airline agreed on Monday to buy a smaller rival, its board said.\n\n"
    "The carrier will pay $410 million for the business, funded by a new bond.\n\n"
    "The two airlines fly to 48 cities between them.\n\n"
    "Regulators are expected to review the purchase next year."
)


def test_a_reworded_sentence_giving_the_same_amount_pairs_where_it_stands() -> None:
    reworded = _DEAL_STORY.replace(
        "The carrier will pay $410 million for the business, funded by a new bond.",
        "Its shares rose in early trading on the news.\n\nThe price of $410m will be met by issuing debt.",
    )
    c = _story(_DEAL_STORY, reworded)
    assert row_with(c, 0, "The carrier will pay") == row_with(c, 1, "The price of $410m")


def test_a_reworded_sentence_giving_the_same_measures_pairs_where_it_moved() -> None:
    wire = (
        "The ferry company unveiled a new vessel on Monday, its largest yet.\n\n"
        "The ship will carry 1,200 passengers and enter service in May.\n\n"
        "It is 186 metres long and weighs 31,000 tonnes, a third more than the ship it replaces.\n\n"
        "Tickets go on sale next week."
    )
    review = (
        "The ferry company's new flagship is its largest yet.\n\n"
        "At 31,000t and 186m, the vessel dwarfs the rest of the fleet.\n\n"
        "The ship will carry 1,200 passengers and enter service in May.\n\n"
        "Tickets go on sale next week."
    )
    c = _story(wire, review)
    assert row_with(c, 0, "It is 186 metres") == row_with(c, 1, "At 31,000t")


def test_a_reworded_sentence_giving_the_same_amount_pairs_where_it_moved() -> None:
    moved = (
        "A regional airline agreed on Monday to buy a smaller rival, its board said.\n\n"
        "The two airlines fly to 48 cities between them.\n\n"
        "Regulators are expected to review the purchase next year.\n\n"
        "The price of USD410 million will be met by issuing debt."
    )
    c = _story(_DEAL_STORY, moved)
    assert_moved_pair(c, "The carrier will pay", "The price of USD410")


def test_an_amount_a_version_gives_twice_pairs_no_sentence_by_itself() -> None:
    wire = _DEAL_STORY.replace(
        "A regional airline agreed on Monday to buy a smaller rival, its board said.",
        "A regional airline agreed on Monday to buy a smaller rival for $410 million, its board said.",
    )
    reworded = _DEAL_STORY.replace(
        "The carrier will pay $410 million for the business, funded by a new bond.",
        "Its shares rose in early trading on the news.\n\nThe price of $410m will be met by issuing debt.",
    )
    c = _story(wire, reworded)
    assert row_with(c, 0, "The carrier will pay") != row_with(c, 1, "The price of $410m")


def test_amounts_and_percentages_are_read_whatever_their_spelling() -> None:
    from tui.core.wordweight import marked_figures

    assert marked_figures(key("a $20bn loan")) == marked_figures(key("a $20 billion loan")) == {"20bn"}
    assert marked_figures(key("a USD20 billion loan")) == marked_figures(key("a 20 billion loan")) == {"20bn"}
    assert marked_figures(key("paid EUR 12.40 each")) == marked_figures(key("paid €12.40 each")) == {"$12.40"}
    assert marked_figures(key("a dividend of 8.15 cents")) == {"8.15c"}
    assert marked_figures(key("paid 12.40 each to the Eurostar desk")) == frozenset()  # no currency, no scale
    assert marked_figures(key("a fine of 250,000 euros")) == marked_figures(key("a fine of €250,000")) == {"$250000"}
    assert marked_figures(key("fined 250,000 people")) == frozenset()  # a count, no currency
    assert marked_figures(key("up 38 per cent")) == marked_figures(key("up 38%")) == {"38%"}
    assert marked_figures(key("in 2026, 40 firms")) == frozenset()  # a year, a count
    assert marked_figures(key("cut the risk by 6 per cent")) == marked_figures(key("a 6% lower risk")) == {"6%"}
    assert marked_figures(key("holds 512GB")) == marked_figures(key("with 512 gigabytes")) == {"512GB"}
    assert marked_figures(key("a 210-kilometre line")) == marked_figures(key("the 210 km line")) == {"210km"}
    assert marked_figures(key("spread over 35 square miles")) == {"35mi²"}
    assert marked_figures(key("rose to 6.3 in March")) == frozenset()  # "in" is no inch


def test_the_other_half_of_a_split_joins_by_the_amount_it_adds() -> None:
    merged = _DEAL_STORY.replace(
        "The carrier will pay $410 million for the business, funded by a new bond.",
        "The carrier will pay $410 million for the business, funded by a new bond, and expects savings of $35 "
        "million a year.",
    )
    split = _DEAL_STORY.replace(
        "The carrier will pay $410 million for the business, funded by a new bond.",
        "The carrier will pay $410 million for the business, funded by a new bond.\n\n"
        "Its managers hope to trim $35m from yearly costs.",
    )
    c = _story(merged, split)
    row = row_with(c, 0, "The carrier will pay")
    assert row_with(c, 1, "Its managers hope") == row == row_with(c, 1, "The carrier")


_HEALTH_STORY = (
    "The regional health board approved its budget for next year on Tuesday after a vote of 31 to 12.\n\n"
    "Building work on two new clinics is due to start next spring.\n\n"
    '"We are cutting waiting times across every hospital in the region and will hire four hundred nurses by '
    'next winter to staff the new wards, whatever the budget brings," the minister told reporters outside the '
    "chamber.\n\n"
    "Opponents said the cost would fall on residents of the outer districts."
)


def test_a_quotation_cut_short_and_moved_pairs_with_the_whole() -> None:
    cut = (
        'She added in a statement: "We are cutting waiting times across every hospital."\n\n'
        "The regional health board approved its budget for next year on Tuesday after a vote of 31 to 12.\n\n"
        "Building work on two new clinics is due to start next spring.\n\n"
        "Opponents said the cost would fall on residents of the outer districts."
    )
    c = _story(_HEALTH_STORY, cut)
    assert_moved_pair(c, '"We are cutting', "She added")


def test_a_run_of_words_too_short_or_of_function_words_is_no_quotation() -> None:
    from tui.core.wordweight import WordWeights

    a = key("In the end it was one of the best of the year for all of them.")
    b = key("Critics agree it was one of the best of the year, but sales were weak in every market.")
    quoted = key("She added: we are cutting waiting times across every hospital.")
    whole = key("We are cutting waiting times across every hospital in the region and will hire nurses.")
    weights = WordWeights([a, b, quoted, whole])
    assert not weights.shared_run(a, b)  # "it was one of the best of the year": three content words
    assert weights.shared_run(quoted, whole)


def test_a_moved_sentence_with_two_rows_at_the_threshold_joins_the_one_it_shares_most_with() -> None:
    wire = (
        "The council approved its budget for the coming year on Tuesday evening.\n\n"
        "By the end of 2027 transport must deliver savings of at least 40 million pounds, officials said, setting "
        "a target.\n\n"
        "Heavy rain kept many residents away from the public gallery.\n\n"
        'She added in a statement: "We are cutting waste across every single department."'
    )
    rewrite = (
        '"We are cutting waste across every single department and plan to deliver savings of at least 40 million '
        'pounds from transport by the end of 2027," she said.\n\n'
        "The council approved its budget for the coming year on Tuesday evening.\n\n"
        "Heavy rain kept many residents away from the public gallery."
    )
    c = _story(wire, rewrite)
    assert row_with(c, 1, '"We are cutting') == row_with(c, 0, "By the end of 2027")


_TIMETABLE_STORY = (
    "The Kessel harbour board on Monday approved a new ferry timetable for the bay.\n\n"
    "The board compared the new timetable with the old one during a six-week trial on the three busiest "
    "crossings of the bay.\n\n"
    "Passenger groups had asked for the change since the spring.\n\n"
    "The trial showed that the new timetable cut average waiting times at the piers by 14 minutes on the busiest "
    "crossings.\n\n"
    "The timetable takes effect on 1 March."
)
_TIMETABLE_RESULT = (
    "The new timetable cut average waiting times at the piers by 14 minutes on the three busiest crossings of "
    "the bay during a six-week trial."
)


def _swapped(method: str) -> str:
    """The ferry story with its method and result in each other's places, the method worded anew."""
    lines = _TIMETABLE_STORY.split("\n\n")
    lines[1], lines[3] = _TIMETABLE_RESULT, method
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    ("method", "start"),
    [
        # in order, the method pairs with the result that took its place (they share the trial's words), and
        # the result with the reworded method: both wrong
        (
            "By running the old and the new timetable side by side on the busiest crossings for six weeks, the "
            "board compared them in a trial.",
            "By running",
        ),
        # the reworded method is too far from the result beside it to pair in order, and its row was taken
        (
            "The board compared both timetables, run side by side for six weeks on three crossings of the bay, "
            "in a trial.",
            "The board compared both",
        ),
    ],
)
def test_two_statements_that_changed_places_pair_crosswise(method: str, start: str) -> None:
    c = _story(_TIMETABLE_STORY, _swapped(method))
    assert row_with(c, 0, "The board compared") == row_with(c, 1, start)
    assert row_with(c, 0, "The trial showed") == row_with(c, 1, "The new timetable cut")
    assert any(1 in row.moved_in for row in c.rows)


def test_a_pair_alike_in_its_characters_is_not_undone_for_shared_words() -> None:
    # the result is copied nearly word for word in its place; the method beside it shares the trial's words
    copy = _TIMETABLE_STORY.replace("at the piers by 14 minutes", "by 14 minutes at the piers")
    c = _story(_TIMETABLE_STORY, copy)
    assert [row.cells for row in c.rows] == [((k,), (k,)) for k in range(5)]


def test_a_headline_a_page_prints_twice_meets_the_other_versions_at_its_first_copy() -> None:
    headline = "Coach plunges off mountain road near Varna, killing 12"
    wire = f"{headline}\n\n{_WIRE_STORY}"
    page = (
        f"{headline}\n\nTourists were among the dead when a coach left a mountain pass in Bulgaria.\n\n"
        f"Updated 3 June\n\n{headline}\n\n{_WIRE_STORY}"
    )
    c = _story(wire, page)
    first = row_with(c, 1, headline)
    assert row_with(c, 0, headline) == first
    later = c.row_of[1][find_sentence(c, 1, headline) + 3]
    assert later > first
    assert [bool(cell) for cell in c.rows[later].cells] == [False, True]


_LIBRARY_STORY = (
    "The city council approved a new budget for its libraries on Monday.\n\n"
    "The library service, which has 310 staff at 22 branches, lent 4.1 million books last year.\n\n"
    "Councillors also voted to extend opening hours on Sundays.\n\n"
    "The changes take effect in April."
)


@pytest.mark.parametrize(
    "branch",
    [
        "Eastfield library, which has 18 staff, is one of the 22 branches.",
        "The Eastfield branch, one of twenty-two, has 18 staff and lent many books.",
    ],
)
def test_a_statement_moved_past_an_anchor_takes_its_row_from_a_neighbour_on_the_same_topic(branch: str) -> None:
    # in order, the branch's sentence pairs with the service's (staff, branches, books): the service's own
    # restatement stands after the last shared sentence, and its row is taken
    rewrite = (
        "Councillors on Monday approved a new budget for the city's libraries.\n\n"
        f"{branch}\n\n"
        "Sunday opening hours will be extended, the councillors also decided.\n\n"
        "The changes take effect in April.\n\n"
        "The library service has 310 staff and lent 4.1 million books last year."
    )
    c = _story(_LIBRARY_STORY, rewrite)
    row = row_with(c, 0, "The library service")
    assert row_with(c, 1, "The library service") == row
    assert 1 in c.rows[row].moved_in
    assert [bool(cell) for cell in c.rows[row_with(c, 1, branch[:12])].cells] == [False, True]


def test_a_moved_sentence_split_in_two_keeps_both_halves_in_its_row() -> None:
    wire = "\n\n".join(
        [
            "Skyline Air agreed on Monday to buy the regional carrier Fjordwing for 1.2 billion crowns.",
            "The deal creates the largest airline in the north of the country.",
            "Chief executive Lena Holm said no routes would be cut for at least a year.",
            "Fjordwing shares jumped 18% to 96 crowns in early trading, while Skyline fell 3.1%.",
            "The purchase still needs the approval of the competition authority.",
        ]
    )
    # the market's reaction moved up and split: both halves share a figure with the wire's sentence, and the
    # first reads far more like it
    rewrite = "\n\n".join(
        [
            "Skyline Air has agreed to buy regional carrier Fjordwing for 1.2 billion crowns.",
            "Fjordwing's shares rose 18 per cent to 96 crowns in morning trade.",
            "Skyline's shares slid 3.1 per cent.",
            "The deal will create the north's largest airline.",
            "Lena Holm, Skyline's chief executive, promised that no routes would be cut for a year.",
            "The purchase still needs the approval of the competition authority.",
        ]
    )
    c = _story(wire, rewrite)
    row = c.rows[row_with(c, 0, "Fjordwing shares jumped")]
    assert row.cells == ((3,), (1, 2))
    assert row.moved_in == frozenset({1})


def test_a_round_percentage_alone_pairs_no_sentence_out_of_order() -> None:
    middle = "\n\n".join(
        [
            "The survey asked 2,000 tenants in the city about their homes.",
            "Many said repairs took months to arrange.",
            "Landlords' groups disputed the findings.",
        ]
    )
    c = _story(
        f"Rents in the city rose by 9% over the year, the survey found.\n\n{middle}",
        f"The survey was published on Tuesday.\n\n{middle}\n\nShares in the largest landlord fell 9% on the news.",
    )
    assert row_with(c, 0, "Rents in the city") != row_with(c, 1, "Shares in the largest")
