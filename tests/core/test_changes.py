"""The change summary (`tui.core.changes`), on versions written for these tests."""

from __future__ import annotations

from tui.core.changes import summarise
from tui.core.load import Version
from tui.core.pipeline import compare
from tui.view.summary import change_lines

BASE = (
    "A ferry capsized off the coast of Ilha on Sunday. At least 12 people were killed in the sinking, the coast"
    " guard said.\n\nDivers searched the hull through the night.\n\n“We will not stop until everyone is found,”"
    " the harbour master said.\n\nThe ferry was built in 1998."
)
LATER = (
    "A ferry capsized off the coast of Ilha on Sunday. At least 19 people were killed in the sinking, the coast"
    " guard said.\n\nDivers searched the hull through the night and into Monday.\n\n“We will not stop,” the"
    " harbour master said, “until every single passenger is found.”\n\nRelatives gathered at the port."
)


def test_against_the_base_counts_sentences_and_names_changed_figures() -> None:
    c = compare([Version("a", "a", BASE, "utf-8"), Version("b", "b", LATER, "utf-8")])
    (change,) = summarise(c)
    assert (change.version, change.against, change.why) == (1, 0, "base")
    assert change.added >= 1 and change.removed >= 1 and change.changed >= 1
    ((_fact, old, new, how),) = [f for f in change.figures if c.figures[f[1]].text.endswith("people")]
    assert (c.figures[old].text, c.figures[new].text, how) == ("12 people", "19 people", "conflict")
    assert any("12 -> >19" in line or ">12 -> >19" in line for line in change_lines(c))


def test_dated_versions_are_also_set_against_the_one_before() -> None:
    versions = [Version(n, n, t, "utf-8", None, when, "test") for n, t, when in [
        ("a", BASE, "2024-06-02T08:00"), ("b", LATER, "2024-06-02T14:00"), ("c", LATER, "2024-06-02T20:00")
    ]]  # fmt: skip
    c = compare(versions)
    pairs = {(ch.version, ch.against, ch.why) for ch in summarise(c)}
    assert pairs == {(1, 0, "base"), (2, 0, "base"), (2, 1, "previous")}
    later = next(ch for ch in summarise(c) if ch.why == "previous")
    assert (later.added, later.removed, later.changed, later.figures) == (0, 0, 0, ())
    toll = next(ch for ch in summarise(c) if ch.version == 1)
    assert any(how == "update" for _f, _o, _n, how in toll.figures)
    assert c.to_json()["changes"][0]["why"] == "base"


def test_pair_counts_add_up_to_the_rows_of_the_two_versions() -> None:
    from tui.core.changes import pair_counts

    c = compare([Version("a", "a", BASE, "utf-8"), Version("b", "b", LATER, "utf-8")])
    p = pair_counts(c, 0, 1)
    rows_a = sum(1 for row in c.rows if row.cells[0])
    rows_b = sum(1 for row in c.rows if row.cells[1])
    assert p.same + p.changed + p.moved + p.only_a == rows_a
    assert p.same + p.changed + p.moved + p.only_b == rows_b
    assert p.conflicts == 1 and p.shared == c.similarity[0][1]


def test_an_undated_copy_of_an_update_is_told_as_an_update_against_the_base() -> None:
    """The summary says what the fact says: the copy states the update's toll, so its change from the first
    report is an update, as the fact's status is."""
    versions = [
        Version("a", "a", BASE, "utf-8", None, "2024-06-02T08:00", "test"),
        Version("b", "b", LATER, "utf-8", None, "2024-06-02T14:00", "test"),
        Version("c", "c", LATER.replace("Relatives gathered at the port.", "Flags flew at half mast."), "utf-8"),
    ]
    c = compare(versions)
    copy = next(ch for ch in summarise(c) if ch.version == 2)
    ((_fact, _old, _new, how),) = [f for f in copy.figures if c.figures[f[1]].text.endswith("people")]
    assert how == "update"
