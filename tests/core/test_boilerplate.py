"""Site furniture told by its form: tails after a marker or sign-off, credits, prices, a repeated headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import find_sentence
from tui.core.boilerplate import sentence_form
from tui.core.load import Version, load_versions
from tui.core.model import Comparison
from tui.core.pipeline import compare

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def flagged(c: Comparison, v: int) -> list[str]:
    return [c.sentence_text(v, k) for k, b in enumerate(c.boilerplate[v]) if b]


def test_sample_subscription_tail_is_furniture_to_the_end(samples: Comparison) -> None:
    v = 1  # 02-republished
    start = find_sentence(samples, v, "with agencies")
    flags = samples.boilerplate[v]
    assert all(flags[start:])
    assert not any(flags[3:start]), "an article sentence was taken for furniture"


def test_sample_photo_credit_alone_is_furniture(samples: Comparison) -> None:
    v = 1
    k = find_sentence(samples, v, "PHOTO")
    assert samples.boilerplate[v][k]
    assert not samples.boilerplate[v][k + 1]


def test_sample_blog_furniture_of_the_rewrite(samples: Comparison) -> None:
    v = 2  # 03-rewrite
    assert flagged(samples, v)[0].startswith("(Visited 1 times")
    assert "Post a Comment" in flagged(samples, v)


def test_unique_article_paragraph_is_not_furniture(samples: Comparison) -> None:
    """Text only one version carries stays article text unless its form says otherwise."""
    for v in range(len(samples.versions)):
        for r, row in enumerate(samples.rows):
            if row.status == "unique" and row.cells[v]:
                k = row.cells[v][0]
                text = samples.sentence_text(v, k)
                if len(text.split()) > 25:
                    assert not samples.boilerplate[v][k], (r, text)


def test_sign_off_in_the_second_half_starts_the_tail() -> None:
    body = "The dam opened on Monday after weeks of rain. Officials said the river rose to record levels.\n\n"
    text = body * 3 + "Reporting by Ann Lee\n\nThe Morning Brief\n\nGet our stories first.\n"
    c = compare(versions_of([text, text.replace("Monday", "Sunday")]))
    assert flagged(c, 0) == ["Reporting by Ann Lee", "The Morning Brief", "Get our stories first."]


def versions_of(texts: list[str]) -> list[Version]:
    return [Version(path=f"v{i}", label=f"v{i}", text=t, encoding="utf-8") for i, t in enumerate(texts)]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed articles live outside the repository")
def test_seed_furniture_folds_and_articles_stay() -> None:
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    c = compare(load_versions(files))
    names = [Path(f).name for f in files]
    aap = names.index("001_aa1ce2f1942ff857.txt")
    start = find_sentence(c, aap, "with DPA")
    assert all(c.boilerplate[aap][start:]), "the subscription tail is folded to the end"
    for fragment in ("Berdiansk was one of", "Governor Yevgeny Balitsky", "loud explosion"):
        assert not c.boilerplate[aap][find_sentence(c, aap, fragment)]
    blog = names.index("002_710be8c16fef9244.txt")
    assert flagged(c, blog)[-4:] == ["Source link", "(Visited 1 times, 1 visits today)", "About The Author", "Related:"]
    assert len(flagged(c, blog)) == 4  # the headline repeated above them is a fact's figure: kept
    other = names.index("003_5c024600ca51cab3.txt")
    assert flagged(c, other) == ["Post a Comment", "Previous Post Next Post"]
    for v in range(len(files)):  # no long article sentence anywhere is taken for furniture
        tail = next((k for k, b in enumerate(c.boilerplate[v]) if b and k > 3), len(c.boilerplate[v]))
        assert not any(c.boilerplate[v][:tail][4:])


@pytest.mark.parametrize(
    "line",
    [
        *("4 min read", "Updated 3 hours ago", "Photo 2 of 9", "Share 120", "38 comments"),
        *("Listen to this article (6 min)", "News | Sport | Money & Markets", "Home | World | Europe | Weather"),
    ],
)
def test_a_page_s_counters_and_clocks_are_furniture(line: str) -> None:
    assert sentence_form(line)[0]


@pytest.mark.parametrize(
    "line",
    [
        "He made 38 comments on the draft.",
        "The photo was taken 3 hours ago in Orvale.",
        "The vote was close: 41 | 39 | 20, the clerk read out, and the motion fell.",
    ],
)
def test_article_sentences_with_such_words_are_not(line: str) -> None:
    assert not sentence_form(line)[0]
