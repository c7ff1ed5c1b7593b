"""What counts as a difference: each folding of `normalise` as a choice, and a comparison's rows made again
under another choice (statuses and marked words; the alignment stays).

By default every folding is on: case, punctuation, quote marks, whitespace, spelling variants (British and
American, hyphenation) and number formats (59,000 / 59000, per cent / %), which is what `normalise` does
for the alignment. A copy-editor checking exactly those turns some off (`--fold none` compares exactly).
The alignment is always made with every folding on: a sentence is the same passage whatever its commas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tui.core.model import AlignedRow, Comparison
from tui.core.normalise import ALL_FOLDINGS, FOLDINGS, fold_word, word_spans
from tui.core.worddiff import Word, row_diffs

DESCRIPTIONS = {
    "case": "upper and lower case",
    "punctuation": "punctuation and dashes",
    "quotes": "curly and straight quote marks",
    "whitespace": "spacing and line breaks",
    "spelling": "spelling variants (British/American, hyphenation)",
    "numbers": "number formats (59,000 / 59000, per cent / %)",
}

_PIECE = re.compile(r"\s+|\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’\-][^\W\d_]+)*|[^\w\s]")
"""Whitespace runs, numbers, words (with inner apostrophes and hyphens), and single other characters."""
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_NUMBER_WORDS = {"%": "percent", "pct": "percent", "per-cent": "percent"}
_GROUPED = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?")


def folding_text(folds: Iterable[str]) -> str:
    """The choice in a few words, for the status line and reports: what now counts that is ignored by
    default (empty for the default)."""
    counted = [n for n in FOLDINGS if n not in folds]
    return "" if not counted else "counting " + ", ".join(counted)


def _form(piece: str, folds: frozenset[str]) -> str | None:
    """What one piece of text compares as under these foldings; None when it does not count."""
    if piece.isspace():
        return None if "whitespace" in folds else piece
    if "quotes" in folds:
        piece = piece.translate(_QUOTES)
    if len(piece) == 1 and not piece.isalnum() and piece not in "%$€£¥":
        return None if "punctuation" in folds else piece
    low = piece.lower()
    if "numbers" in folds and (low in _NUMBER_WORDS or _GROUPED.fullmatch(low)):
        folded = _NUMBER_WORDS.get(low) or low.replace(",", "")
    elif "spelling" in folds and not low[0].isdigit() and low not in _NUMBER_WORDS:
        folded = fold_word(low) if "quotes" in folds or ("'" not in low and "’" not in low) else low
    else:
        folded = low
    if "case" in folds or low == piece.upper():  # folded, or nothing in it has a case
        return folded
    return f"{folded}|{_shape(piece)}"


def _shape(word: str) -> str:
    """A word's case, apart from its spelling: "a" lower, "A" capitals, "Aa" capitalised, else the word."""
    if word.islower():
        return "a"
    if word.isupper() and len(word) > 1:
        return "A"
    return "Aa" if word.istitle() else word


def folded_words(text: str, start: int, end: int, folds: frozenset[str]) -> list[Word]:
    """(start, end, form) of each piece of text[start:end] that counts under these foldings."""
    if folds == ALL_FOLDINGS:
        return list(word_spans(text, start, end))
    out: list[Word] = []
    for m in _PIECE.finditer(text, start, end):
        form = _form(m.group(), folds)
        if form is None:
            continue
        start = m.start()
        if "numbers" in folds and form.split("|")[0] == "cent":
            back = 2 if len(out) > 1 and out[-1][2].isspace() else 1  # "per cent", spacing counted or not
            if len(out) >= back and out[-back][2].split("|")[0] == "per":
                start = out[-back][0]
                del out[-back:]
                form = "percent"  # as "%" compares
        if form == "percent" and len(out) > 1 and out[-1][2].isspace() and out[-2][2][0].isdigit():
            del out[-1]  # "40 per cent", "40 %" and "40%" are one number format
        out.append((start, m.end(), form))
    return out


def refold(c: Comparison, folds: frozenset[str]) -> Comparison:
    """The comparison with each row's status and marked words made under these foldings; its alignment,
    figures and facts as they were."""
    if folds == c.folding:
        return c
    rows = tuple(_row(c, row, folds) for row in c.rows)
    return c.replace(rows=rows, folding=folds)


def _row(c: Comparison, row: AlignedRow, folds: frozenset[str]) -> AlignedRow:
    present = row.present()
    if len(present) < 2:
        return row
    words = {v: _cell_words(c, v, row.cells[v], folds) for v in present}
    forms = {v: [w[2] for w in ws] for v, ws in words.items()}
    if row.status == "moved":
        status = "moved"
    elif all(forms[v] == forms[present[0]] for v in present) and not row.also:
        status = "same"
    else:
        status = "changed"
    if status == "same":
        return AlignedRow(row.cells, status, ((),) * len(row.cells), row.moved_in, row.reference, (), row.also)
    diffs, per_version = row_diffs(words, row.reference, len(row.cells))
    return AlignedRow(row.cells, status, diffs, row.moved_in, row.reference, per_version, row.also)


def _cell_words(c: Comparison, v: int, cell: Sequence[int], folds: frozenset[str]) -> list[Word]:
    text = c.versions[v].text
    out: list[Word] = []
    for k in cell:
        s = c.sentences[v][k]
        out.extend(folded_words(text, s.start, s.end, folds))
    return out
