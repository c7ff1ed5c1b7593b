"""Records compare, hash, show and copy themselves by their fields, as dataclasses would."""

from __future__ import annotations

import pytest

from tui.core.claims import Fact, Figure
from tui.core.load import Version
from tui.core.segment import Sentence


def _figure(**changes: object) -> Figure:
    return Figure(0, 1, 2, 9, "5 people", 5.0, None, "people", "count", None, "ctx", "n:people").replace(**changes)


def test_equal_fields_are_equal_and_hash_alike() -> None:
    assert Sentence(1, 5, 0) == Sentence(1, 5, 0, "text") and hash(Sentence(1, 5, 0)) == hash(Sentence(1, 5, 0))
    assert Sentence(1, 5, 0) != Sentence(1, 5, 1) and Sentence(1, 5, 0) != Sentence(1, 5, 0, "heading")
    assert len({Fact(1, "a", "agree", (1, 2), "count"), Fact(1, "a", "agree", (1, 2), "count")}) == 1


def test_a_record_is_never_equal_to_another_class_with_the_same_values() -> None:
    assert Sentence(1, 5, 0) != (1, 5, 0, "text")
    assert Fact(1, "a", "agree", (), "count") != Figure(1, 0, 0, 0, "", None, None, "", "", None, "")


def test_the_words_around_a_figure_neither_compare_nor_show() -> None:
    a, b = _figure(words_around=(["x"], "")), _figure(words_around=None)
    assert a == b and hash(a) == hash(b)
    assert "words_around" not in repr(a) and "unit_key='n:people'" in repr(a)


def test_replace_changes_fields_and_empties_caches() -> None:
    f = _figure(words_around=(["troops", "crossed"], ""))
    assert f.ctx_words  # made and kept
    g = f.replace(converts=3, status="agree")
    assert (g.converts, g.status, g.text, g.words_around) == (3, "agree", f.text, f.words_around)
    assert g._ctx_words is None and f.converts is None
    with pytest.raises(TypeError):
        f.replace(colour="red")


def test_a_version_is_read_only() -> None:
    v = Version("a.txt", "a", "Text.", "utf-8")
    with pytest.raises(AttributeError):
        v.text = "Changed."  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del v.label
    assert v == Version("a.txt", "a", "Text.", "utf-8", None) and v.replace(title="T").title == "T"
