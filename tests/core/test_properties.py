"""Property tests: for arbitrary versions the core never raises and its invariants hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.load import Version
from tui.core.model import Comparison
from tui.core.pipeline import compare

WORDS = [
    "the",
    "river",
    "rose",
    "59,000",
    "troops",
    "Kyiv",
    "per",
    "cent",
    "40%",
    "about",
    "nearly",
    "$1.5bn",
    "Nov.",
    "11",
    "U.S.",
    "км",
    "水",
    "two",
    "and",
    "a",
    "half",
    "years",
    "(531",
    "miles)",
    "[1]",
    "—",
    "“",
    "”",
]
sentence = st.lists(st.sampled_from(WORDS), min_size=0, max_size=12).map(lambda ws: " ".join(ws))
punct = st.sampled_from([".", "?", "!", "", ".\n", "\n\n", "...", ":"])
article = st.one_of(
    st.lists(st.tuples(sentence, punct), max_size=12).map(lambda ps: " ".join(s + p for s, p in ps)),
    st.text(max_size=300),
    st.just(""),
    st.just("." * 50),
    st.just("1 2 3 4 5 6 7 8 9 10 " * 10),
    st.builds(lambda s, n: (s + ". ") * n, sentence, st.integers(1, 30)),
)


def check_invariants(c: Comparison) -> None:
    for v, sentences in enumerate(c.sentences):
        text = c.versions[v].text
        for s in sentences:
            assert 0 <= s.start < s.end <= len(text)
        cells = sorted(k for row in c.rows for k in row.cells[v])
        assert cells == list(range(len(sentences)))
    for row in c.rows:
        assert row.present()
        for v, spans in enumerate(row.diffs):
            for a, b in spans:
                assert 0 <= a < b <= len(c.versions[v].text)
    for f in c.figures:
        s = c.sentences[f.version][f.sentence]
        assert s.start <= f.start < f.end <= s.end
        assert c.versions[f.version].text[f.start : f.end] == f.text
        assert f.fact is None or 0 <= f.fact < len(c.facts)
    for fact in c.facts:
        assert fact.figures and all(0 <= i < len(c.figures) for i in fact.figures)
    for row_values in c.similarity:
        assert all(0.0 <= x <= 1.0 for x in row_values)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(article, min_size=2, max_size=4), st.data())
def test_core_never_raises_and_invariants_hold(texts: list[str], data: st.DataObject) -> None:
    versions = [Version(f"v{i}", f"v{i}", t, "utf-8") for i, t in enumerate(texts)]
    base = data.draw(st.integers(0, len(versions) - 1))
    check_invariants(compare(versions, base=base))


@settings(max_examples=300, deadline=None)
@given(article, st.integers(0, 5))
def test_edited_copies_align_with_their_source(text: str, seed: int) -> None:
    copy = text.replace("troops", "soldiers") if seed % 2 else text
    c = compare([Version("a", "a", text, "utf-8"), Version("b", "b", copy, "utf-8")])
    check_invariants(c)
    if text == copy:
        assert all(row.status == "same" or len(row.present()) == 1 for row in c.rows if row.status != "moved")


def test_a_swap_of_pairs_out_of_order_leaves_the_rows_of_a_split_whole() -> None:
    """Found by a search like the one above: a sentence swapped into the row of a split version overwrote the
    other half of the split, which was then in no row."""
    texts = [
        "cent the a river (531 troops a rose the troops.\n $1.5bn nearly troops? 11 $1.5bn years river. U.S. river "
        "(531 nearly about about miles) Nov. about Nov.: miles) 59,000 half miles). 59,000 11 rose per 59,000 (531 "
        "the cent two rose per\n\n",
        "about U.S. U.S. a U.S. Nov. rose the rose about years U.S. per about 11! years miles) Nov. Nov. U.S. cent "
        "cent two the about.\n two $1.5bn 59,000 half miles) 59,000 per:",
        "11 river Kyiv... $1.5bn and troops rose and Kyiv. per and a U.S. (531 about about two troops. U.S. 11 miles) "
        "miles) half $1.5bn 11 $1.5bn per 40% per: two 40% miles) years 11 about 40% U.S. rose? U.S. miles) miles) "
        "about and nearly cent troops Kyiv 40% cent 11 the...",
        "troops rose rose! years Nov. cent about years Nov. 40%. troops 59,000 11 about.\n 11 a river miles) miles) "
        "troops 59,000 Kyiv and two 11? \n\n nearly about river about U.S. river $1.5bn about a (531 40% Kyiv about "
        "and\n\n",
    ]
    check_invariants(compare([Version(f"v{i}", f"v{i}", t, "utf-8") for i, t in enumerate(texts)]))
