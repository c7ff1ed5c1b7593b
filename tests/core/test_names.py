"""Whose figure it is: the names beside a figure, and facts that follow them across unaligned sentences."""

from __future__ import annotations

from pathlib import Path

from tui.core.load import load_version
from tui.core.names import names_near
from tui.core.pipeline import compare
from tui.core.roles import sentence_words


def names_of(sentence: str, figure: str, *others: str) -> frozenset[str]:
    at = sentence.index(figure)
    spans = [(sentence.index(o), sentence.index(o) + len(o)) for o in others]
    return names_near(sentence_words(sentence), (at, at + len(figure)), spans)


def test_each_figure_takes_the_names_on_its_own_side() -> None:
    s = "Jonas Pelt won 58% of the vote in Arlow, against 39% for the outgoing mayor, Mira Tode."
    assert names_of(s, "58%", "39%") == {"pelt", "arlow"}  # "Jonas" opens the sentence; the search stops at 39%
    assert {"mira", "tode"} <= names_of(s, "39%", "58%")


def test_calendar_words_and_far_names_are_not_taken() -> None:
    s = "On Tuesday in March the committee of the regional water board finally approved 12 new wells."
    assert names_of(s, "12 new wells") == frozenset()


def test_one_candidate_s_share_is_one_fact_across_reworded_sentences(tmp_path: Path) -> None:
    texts = [
        "Pelt wins in Arlow\n\nJonas Pelt won the Arlow mayoral race with 58.2% of the vote, beating the "
        "incumbent Mira Tode, who took 39.4%.\n\nTurnout was 55%.\n",
        "Arlow elects Pelt\n\nVoters in Arlow chose Jonas Pelt as mayor, giving him 58.4 per cent, while 39.1 "
        "per cent went to the sitting mayor, Mira Tode, in a contest that drew wide interest.\n\n"
        "Turnout reached 56 per cent.\n",
    ]
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    c = compare([load_version(p) for p in paths])

    def fact_of(text: str) -> int:
        return next(f.fact for f in c.figures if f.text.startswith(text))

    assert fact_of("39.4") == fact_of("39.1")
    assert fact_of("58.2") == fact_of("58.4")
    assert fact_of("58.2") != fact_of("39.4")
