"""Which figures of two versions can state one claim at all (`compatible`), and which the word alignment of
their row puts in one place (`positional_pairs`): the strongest evidence that two figures are one claim,
"profit of $2.7bn, down from $5bn" against "$2.72 billion versus $4.96 billion" pairing by position."""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

from tui.core import roles
from tui.core.claims import Figure
from tui.core.facts import closeness, relation, same_value
from tui.core.numwords import CARDINAL_VALUES
from tui.core.units import HUMAN, NOUN_CLASS

REPLACED_WORDS = 6
"""The most words either side of a replaced stretch of two aligned sentences may have for its figures to pair
by their order in it whatever their values: "$2.7bn, down from $5bn" against "$2.72 billion versus $4.96
billion", or "26 dead" against "32 killed". In a longer stretch, only figures whose values are consistent pair
so: "up from £1,568 under the current cap" against "for gas and power, an increase of £149" tells nothing."""
CLOSER_BY = 0.5
"""How much closer in value (`facts.closeness`) two figures' other partners must both be for the word
alignment's pairing of two conflicting values to give way to them (`_closer_crosswise`)."""


def compatible(a: Figure, b: Figure) -> bool:
    """Whether two figures can state the same claim at all: the same kind, and the same currency (an amount
    and the same amount a year, but not a year and a month), dimension or percent sign, or a share in words
    and a percentage; counts whatever they count (the profile and `_noun_clash` weigh that)."""
    if a.kind != b.kind:
        return {a.unit_key, b.unit_key} == {"ratio", "%"}  # "nearly a third" and "31%", "one in five" and "20%"
    if a.kind == "count":
        return True
    if a.kind == "quantity":
        return a.unit_key.split(":")[0] == b.unit_key.split(":")[0] and a.unit_key == b.unit_key
    if a.kind == "money" and a.unit_key != b.unit_key:  # "£149 a year" is "an increase of £149"; not "£12 a month"
        (ca, _, pa), (cb, _, pb) = a.unit_key.partition("/"), b.unit_key.partition("/")
        return ca == cb and not (pa and pb)
    return a.unit_key == b.unit_key


def conversions_of(figs: list[Figure]) -> dict[int, list[int]]:
    """Each main figure's bracketed conversions, by index: "£340 million ($430 million)". A version that
    converts an amount once converts it wherever it restates it (its headline's "£340m")."""
    out: dict[int, list[int]] = {}
    for k, f in enumerate(figs):
        if f.converts is not None:
            out.setdefault(f.converts, []).append(k)
    stated = {(figs[i].version, figs[i].unit_key, figs[i].value): ks for i, ks in out.items()}
    for i, f in enumerate(figs):
        if i not in out and f.converts is None and (found := stated.get((f.version, f.unit_key, f.value))):
            out[i] = found
    return out


def comparable(figs: list[Figure], conversions: dict[int, list[int]], i: int, j: int) -> tuple[Figure, Figure] | None:
    """Figures i and j, or one of them as its conversion into the other's unit where theirs cannot be compared:
    "£340 million ($430 million)" against "$430 million" compares the dollars. None where neither way can."""
    a, b = figs[i], figs[j]
    if compatible(a, b):
        return a, b
    for k in conversions.get(i, ()):
        if compatible(figs[k], b):
            return figs[k], b
    for k in conversions.get(j, ()):
        if compatible(a, figs[k]):
            return a, figs[k]
    return None


def positional_pairs(
    figs: list[Figure],
    eligible: list[int],
    rows: dict[int, int],
    sentence: dict[tuple[int, int], str],
    words: dict[tuple[int, int], list[roles.Word]],
    sentence_start: dict[tuple[int, int], int],
    time_role: Callable[[int], str | None] = lambda i: None,
) -> tuple[set[tuple[int, int]], list[tuple[int, int]], set[tuple[int, int]]]:
    """Pairs (i < j) of figures of different versions that the word alignment of their row puts in one place;
    among them the twins: the k-th figures of the same sentences in one row, the same claim for certain; and
    the pairs kept apart: a figure whose value the other version's sentence writes as a number that is no
    figure ("Seven of the nine members backed the cut" against "voted seven to two, with two members
    preferring to hold": the seven is the tally's seven, not the two members).

    `sentence`, `words` and `sentence_start` give each figure's sentence (by version and index): its text, its
    words (`roles.sentence_words`, placed from the sentence's start) and where it starts; `time_role`, each
    figure's (`roles.TIME_ROLES`), tells a value restated in another role from the same claim."""
    by_row: dict[int, dict[int, list[int]]] = {}
    for i in eligible:
        by_row.setdefault(rows[i], {}).setdefault(figs[i].version, []).append(i)
    out: set[tuple[int, int]] = set()
    twins: list[tuple[int, int]] = []
    apart: set[tuple[int, int]] = set()
    for versions in by_row.values():
        if len(versions) < 2:
            continue
        held = {v: sorted({(v, figs[i].sentence) for i in members}) for v, members in versions.items()}
        cells = {v: tuple(sentence[key] for key in keys) for v, keys in held.items()}
        cell_words: dict[int, list[tuple[int, int, str]]] = {}
        vs = sorted(versions)
        for n, v in enumerate(vs):
            for w in vs[n + 1 :]:
                if cells[v] == cells[w]:  # the same sentences: the k-th figure of one is the k-th of the other
                    same = [(min(i, j), max(i, j)) for i, j in zip(versions[v], versions[w], strict=False)]
                    out.update(same)
                    twins += same
                    continue
                for u in (v, w):
                    if u not in cell_words:
                        cell_words[u] = [
                            (s + sentence_start[key], e + sentence_start[key], word.lower())
                            for key in held[u]
                            for s, e, word, _token in words[key]
                        ]
                out |= _pair_by_position(figs, versions[v], versions[w], cell_words[v], cell_words[w], time_role)
                for a, b in ((v, w), (w, v)):  # a figure that the other cell writes as a number of no figure
                    bare = _unfigured(figs, versions[b], cell_words[b])
                    for i in versions[a]:
                        if figs[i].value in bare and all(figs[j].value != figs[i].value for j in versions[b]):
                            apart.update((min(i, j), max(i, j)) for j in versions[b])
    return out, twins, apart - out


def _pair_by_position(
    figs: list[Figure],
    left: list[int],
    right: list[int],
    lw: list[tuple[int, int, str]],
    rw: list[tuple[int, int, str]],
    time_role: Callable[[int], str | None],
) -> set[tuple[int, int]]:

    def first_word(words: list[tuple[int, int, str]], f: Figure) -> int:
        return next((k for k, (s, e, _) in enumerate(words) if s < f.end and f.start < e), -1)

    at_left = {first_word(lw, figs[i]): i for i in left}
    at_right = {first_word(rw, figs[j]): j for j in right}
    out: set[tuple[int, int]] = set()
    matcher = SequenceMatcher(None, [w for _, _, w in lw], [w for _, _, w in rw], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for k in range(i2 - i1):
                i, j = at_left.get(i1 + k), at_right.get(j1 + k)
                if i is not None and j is not None:
                    out.add((min(i, j), max(i, j)))

        elif op == "replace":
            a = [at_left[k] for k in range(i1, i2) if k in at_left]
            b = [at_right[k] for k in range(j1, j2) if k in at_right]
            short = max(i2 - i1, j2 - j1) <= REPLACED_WORDS
            for i, j in zip(a, b, strict=False) if len(a) == len(b) else ():
                if (
                    compatible(figs[i], figs[j])
                    and (
                        relation(figs[i], figs[j]) != "conflict"
                        or (
                            short and closeness(figs[i], figs[j]) > 0 and not _closer_crosswise(figs, i, j, left, right)
                        )
                    )
                    and not _stated_elsewhere(figs, i, j, left, right, time_role)
                ):
                    out.add((min(i, j), max(i, j)))
    return out


def _stated_elsewhere(
    figs: list[Figure], i: int, j: int, left: list[int], right: list[int], time_role: Callable[[int], str | None]
) -> bool:
    """Whether a cell gives the other's figure's value in another figure of the same time role: "at least 7,000
    steps ... fewer than 3,000" against "under 3,000 steps": the words put 7,000 where 3,000 stands, the values
    say otherwise. (Not "6,200 people, up from 3,500" against "3,500 people": the count then and now, where
    the words put them.)"""
    fi, fj = figs[i], figs[j]
    if same_value(fi, fj):
        return False
    return any(k != j and same_value(fi, figs[k]) and time_role(k) == time_role(i) for k in right) or any(
        k != i and same_value(fj, figs[k]) and time_role(k) == time_role(j) for k in left
    )


def _closer_crosswise(figs: list[Figure], i: int, j: int, left: list[int], right: list[int]) -> bool:
    """Whether each of two figures the words put in one place has a figure of a far closer value in the other
    cell: "won 95 seats, 14 fewer" against "lost 12 seats, ending with 97" puts 95 where 12 stands, but the
    95 is the 97 and the 14 the 12, told in the other order."""
    fi, fj = figs[i], figs[j]
    near = closeness(fi, fj) + CLOSER_BY
    return any(k != j and compatible(fi, figs[k]) and closeness(fi, figs[k]) >= near for k in right) and any(
        k != i and compatible(fj, figs[k]) and closeness(fj, figs[k]) >= near for k in left
    )


def _unfigured(figs: list[Figure], members: list[int], words: list[tuple[int, int, str]]) -> set[float]:
    """The values of the numbers in a cell's words that are no figure of it: the tally's "seven" in "voted
    seven to two"."""
    spans = [(figs[i].start, figs[i].end) for i in members]
    out = set()
    for s, e, word in words:
        value = CARDINAL_VALUES.get(word)
        if value is None and word[:1].isdecimal() and word.replace(",", "").replace(".", "", 1).isdecimal():
            value = float(word.replace(",", ""))
        if value is not None and not any(a < e and s < b for a, b in spans):
            out.add(float(value))
    return out


GENERIC_NOUNS = frozenset(["personnel", "staff", "members", "crews", "teams", "units", "others"])
"""Counted nouns of whoever does the work at hand (soldiers in a war, firefighters at a fire), and "others",
which counts what its sentence counted before ("11 people killed and four others missing"): they clash with
no other kind."""


def noun_class_of(f: Figure) -> str | None:
    """The kind of thing a count counts: "people" for any human noun, None for `GENERIC_NOUNS`."""
    words = f.unit.split()
    if not words:
        return None
    head = words[-1].lower()
    if head in GENERIC_NOUNS:
        return None
    if head in HUMAN or NOUN_CLASS.get(head) == "people":
        return "people"
    return f.unit_key


def noun_clash(a: Figure, b: Figure) -> bool:
    """Whether two counts count things of different kinds (cars against people)."""
    ca, cb = noun_class_of(a), noun_class_of(b)
    return ca is not None and cb is not None and ca != cb
