"""Exports: a Markdown report or the JSON model, written atomically."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from tui.core.errors import InputError
from tui.core.folding import folding_text
from tui.core.model import Comparison
from tui.core.textsafe import visible
from tui.report import version_line
from tui.view.signs import FACT_ORDER, FACT_SIGNS, quote_groups, quote_line
from tui.view.summary import change_lines, pair_lines


def write_atomic(path: str | os.PathLike[str], text: str, mode: int | None = 0o666) -> None:
    """Write a file so that a crash leaves either the old file or the new one, never half of it. `mode` is
    taken through the user's umask, as `open` would (None keeps the temporary file's private 0600: for
    review sessions)."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        if mode is not None:
            mask = os.umask(0)
            os.umask(mask)
            os.fchmod(fd, mode & ~mask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


_SPACES = re.compile(r"\s+")


def _md(text: str) -> str:
    """Article text made safe inside Markdown: control characters visible, markup characters escaped."""
    out = visible(text, newlines=False)
    for ch in "\\`*_[]<>|#~&":
        out = out.replace(ch, "\\" + ch)
    return _SPACES.sub(" ", out)


def _marked(c: Comparison, row_index: int, v: int) -> str:
    row = c.rows[row_index]
    text = c.versions[v].text
    parts = []
    for k in row.cells[v]:
        s = c.sentences[v][k]
        pos = s.start
        chunk = []
        for a, b in row.diffs[v]:
            a, b = max(a, s.start), min(b, s.end)
            if a >= b:
                continue
            chunk.append(_md(text[pos:a]))
            chunk.append(f"**{_md(text[a:b]).strip()}**")
            pos = b
        chunk.append(_md(text[pos : s.end]))
        parts.append("".join(chunk).strip())
    return " ".join(parts)


Lost = Sequence[tuple[str, str, bool]]
"""Notes and marks whose passage is not found now: (excerpt of the passage as it was, note, marked)."""


def markdown_report(
    c: Comparison, notes: Mapping[int, str] | None = None, marks: Sequence[int] = (), lost: Lost = ()
) -> str:
    """The review report: versions, similarity, facts (conflicts first), differences, notes (and the notes
    whose passage is gone, in a section of their own: a note is never dropped)."""
    n = len(c.versions)
    lines = ["# Versus report", "", "## Versions", ""]
    lines += [f"- {_md(version_line(c, v))}" for v in range(n)]
    if folding_text(c.folding):
        lines += ["", f"{folding_text(c.folding).capitalize()} as differences too; the other foldings ignored."]
    lines += ["", "## Similarity", "", "Share of each row version's words found in each column version.", ""]
    lines.append("| | " + " | ".join(str(v + 1) for v in range(n)) + " |")
    lines.append("|---" * (n + 1) + "|")
    for a in range(n):
        lines.append(f"| {a + 1} | " + " | ".join(f"{c.similarity[a][b]:.0%}" for b in range(n)) + " |")
    lines += ["", "## Facts", "", "| | fact | status | " + " | ".join(f"v{v + 1}" for v in range(n)) + " |"]
    lines.append("|---" * (n + 3) + "|")
    for fact in sorted(c.facts, key=lambda f: (FACT_ORDER[f.status], f.id)):
        cells = []
        for v in range(n):
            stated = [c.figures[i] for i in fact.figures if c.figures[i].version == v]
            cells.append("; ".join(_md(f"{f.qualifier + ' ' if f.qualifier else ''}{f.text}") for f in stated) or "-")
        lines.append(f"| {FACT_SIGNS[fact.status]} | {_md(fact.label)} | {fact.status} | " + " | ".join(cells) + " |")
    lines += ["", "## Versions against each other", ""]
    lines += [f"- {_md(line)}" for line in pair_lines(c)]
    lines += ["", "## What changed", ""]
    lines += [
        f"- {_md(line.strip())}" if not line.startswith(" ") else f"  - {_md(line.strip())}" for line in change_lines(c)
    ]
    groups = quote_groups(c)
    if groups:
        lines += ["", "## Quotations", "", "Quotations two versions or more give; ≠ marks an altered one.", ""]
        for g in groups:
            sign, head = quote_line(c, g, 200)
            lines.append(f"- {sign} {_md(head)}")
            for q in c.quotes:
                if q.group == g:
                    words = q.words(c.versions[q.version].text)
                    lines.append(f"  - v{q.version + 1}{' ≠' if q.altered else ''}: {_md(words)}")
    lines += ["", "## Differences", ""]
    for r, row in enumerate(c.rows):
        if row.status in ("changed", "moved"):
            lines.append(f"### Row {r + 1} ({row.status})")
            lines += [f"- v{v + 1}: {_marked(c, r, v)}" for v in row.present()]
            lines.append("")
    for v in range(n):
        unique = [r for r, row in enumerate(c.rows) if row.status == "unique" and row.cells[v]]
        if unique:
            lines.append(f"### Only in version {v + 1}")
            lines += [f"- {_marked(c, r, v)}" for r in unique]
            lines.append("")
    if notes or marks:
        lines += ["## Notes and marks", ""]
        for r in sorted(set(notes or {}) | set(marks)):
            row = c.rows[r]
            flag = " (marked)" if r in marks else ""
            lines.append(f"- Row {r + 1}, {row.status}{flag}: {_marked(c, r, row.reference)}")
            if notes and r in notes:
                lines += [f"  > {_md(line) or ' '}" for line in notes[r].splitlines()]
        lines.append("")
    if lost:
        lines += ["## Notes on passages not found now", ""]
        for excerpt, note, marked in lost:
            lines.append(f"- {_md(excerpt)}{' (marked)' if marked else ''}")
            lines += [f"  > {_md(line) or ' '}" for line in note.splitlines()]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def export(
    c: Comparison, out: str, notes: Mapping[int, str] | None = None, marks: Sequence[int] = (), lost: Lost = ()
) -> None:
    """Write the report to OUT: Markdown for .md (and anything else), the JSON model plus notes for .json."""
    if out.lower().endswith(".json"):
        data = c.to_json()
        rows = sorted(set(notes or {}) | set(marks))
        data["notes"] = [{"row": r, "text": (notes or {}).get(r, ""), "marked": r in marks} for r in rows]
        data["notes"] += [{"row": None, "excerpt": e, "text": t, "marked": m} for e, t, m in lost]
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    else:
        text = markdown_report(c, notes, marks, lost)
    try:
        write_atomic(out, text)
    except OSError as exc:
        raise InputError(f"cannot write export: {exc.strerror or exc}", out) from None
