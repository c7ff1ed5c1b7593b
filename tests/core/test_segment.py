"""Sentence segmentation."""

from __future__ import annotations

from tui.core.segment import segment


def spans(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def test_abbreviations_initials_and_decimals() -> None:
    text = "The director said on Nov. 11 that Gen. Orlov met U.S. officials. Rain reached 6.8 cm and 1,376 homes."
    assert spans(text) == [
        "The director said on Nov. 11 that Gen. Orlov met U.S. officials.",
        "Rain reached 6.8 cm and 1,376 homes.",
    ]


def test_quotes_split_inside_and_attribution_stays() -> None:
    text = "“At most, we held 1,180 square kilometers, now of course it is smaller. The river is rising,” she said."
    assert spans(text) == [
        "“At most, we held 1,180 square kilometers, now of course it is smaller.",
        "The river is rising,” she said.",
    ]


def test_metadata_prefix_headings_and_paragraphs() -> None:
    text = " date 2026-03-02 DOVRIN (Wire): Water rose.\n\nWater rising in the south\n\nMarrow is home to a hospital."
    segs = segment(text)
    assert [text[s.start : s.end] for s in segs] == [
        "date 2026-03-02",
        "DOVRIN (Wire): Water rose.",
        "Water rising in the south",
        "Marrow is home to a hospital.",
    ]
    assert [s.kind for s in segs] == ["meta", "text", "heading", "text"]
    assert [s.paragraph for s in segs] == [0, 0, 1, 2]


def test_hard_wrapped_paragraph_is_joined_but_short_lines_stay_apart() -> None:
    text = (
        "The licensee may copy and distribute the work in any medium provided that\n"
        "the notice is kept intact and no further restrictions are added to it by\n"
        "anyone. Any other use is forbidden.\n\n"
        "Nadia Orlov\nPrime Minister Nadia Orlov says 212 bridges were damaged since Friday by the water."
    )
    got = spans(text)
    assert got[0].startswith("The licensee may copy") and got[0].endswith("added to it by\nanyone.")
    assert got[1] == "Any other use is forbidden."
    assert got[2] == "Nadia Orlov"
    assert got[3].startswith("Prime Minister")


def test_bullets_are_items() -> None:
    text = "Full Access\n  • Breaking news alerts\n  • All topics"
    segs = segment(text)
    assert [s.kind for s in segs] == ["heading", "item", "item"]


def test_an_item_of_several_sentences_is_split_after_its_marker() -> None:
    """A numbered clause of a contract runs over lines and sentences; each sentence is compared on its own,
    and the marker stays with the first ("3." is not a sentence)."""
    text = (
        "3. The tenant shall keep the garden tidy and shall not\n"
        "plant trees without consent.  Any tree planted remains the\n"
        "landlord's property.\n\n"
        "* The council said rents rose. It did not say by how much.\n"
        "- A single item"
    )
    segs = segment(text)
    assert [text[s.start : s.end] for s in segs] == [
        "3. The tenant shall keep the garden tidy and shall not\nplant trees without consent.",
        "Any tree planted remains the\nlandlord's property.",
        "* The council said rents rose.",
        "It did not say by how much.",
        "- A single item",
    ]
    assert [s.kind for s in segs] == ["item", "text", "item", "text", "item"]


def test_spans_are_trimmed_and_inside_text() -> None:
    text = "  One sentence here.   Another one?  \n\n  "
    for s in segment(text):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == text[s.start : s.end].strip()


def test_abbreviations_in_a_long_line() -> None:
    """The word before each dot is read walking back, so a very long line still splits right."""
    line = " ".join(["Mr. Smith met Dr. Jones in St. Louis on Nov. 5. They talked."] * 300)
    spans = segment(line)
    assert len(spans) == 600
    assert line[spans[0].start : spans[0].end] == "Mr. Smith met Dr. Jones in St. Louis on Nov. 5."


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def test_full_width_sentence_ends_split_chinese_and_japanese() -> None:
    assert _texts("大雨で川が増水した。住民は避難した！被害はあるか？") == [
        "大雨で川が増水した。",
        "住民は避難した！",
        "被害はあるか？",
    ]
    assert _texts("大雨で川が増水した。住民は避難した") == ["大雨で川が増水した。", "住民は避難した"]


def test_a_blank_line_inside_a_sentence_does_not_end_it() -> None:
    text = (
        "The ferry will carry up to forty cars,\n\nand will sail twice a day. Tickets go on sale soon.\n\n"
        "A new paragraph."
    )
    assert _texts(text) == [
        "The ferry will carry up to forty cars,\n\nand will sail twice a day.",
        "Tickets go on sale soon.",
        "A new paragraph.",
    ]
    assert len({s.paragraph for s in segment(text)}) == 2


def test_a_currency_abbreviation_does_not_end_a_sentence() -> None:
    assert _texts("The dam cost Rs. 900 crore. It opened in May.") == [
        "The dam cost Rs. 900 crore.",
        "It opened in May.",
    ]


def test_a_word_broken_at_a_short_line_s_end_joins_the_next_line() -> None:
    text = "The regional govern-\nment said the reservoir was full and that the dam would hold."
    assert spans(text) == [text]


def test_a_menu_line_is_not_joined_with_the_line_after_it() -> None:
    text = (
        "News | Sport | Money & Markets\n"
        "Subscribe today for 99p a month\n\n"
        "The ferry operator said on Monday that all of its crossings to the northern islands would resume\n"
        "by the end of the week once the storm had passed."
    )
    got = spans(text)
    assert got[:2] == ["News | Sport | Money & Markets", "Subscribe today for 99p a month"]
    assert got[2].endswith("once the storm had passed.")


def test_a_line_that_dates_the_page_stands_apart_from_the_byline_above_it() -> None:
    """A byline as wide as a hard-wrapped line, then a publication line or a date alone: three lines of the
    page's head, never one sentence; a hard-wrapped sentence that goes on with a capital is still joined."""
    for dated in ("Published: 9 May 2025, 10:40", "Friday 9 May 2025", "Updated May 9, 2025 at 10:40 a.m."):
        text = f"By Marta Quill, Coastline Press\n{dated}\n\nThe ferry left."
        assert spans(text) == ["By Marta Quill, Coastline Press", dated, "The ferry left."]
    wrapped = "The ferry operator said on Monday that its crossings to the\nNorthern Isles would resume by Friday."
    assert spans(wrapped) == [wrapped]
