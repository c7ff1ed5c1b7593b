"""Review sessions: marks and notes on rows, the base and the reading position, saved between runs.

A session belongs to an ordered list of version paths. Rows are found again by the hashes of their cells'
text, not by row number, so a note stays on its passage after a re-alignment or an edit elsewhere; a
note whose passage is gone is kept (as an orphan) and listed, never dropped. Plain Python, no Textual.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.core.load import Version
from tui.core.model import Comparison
from tui.core.normalise import FOLDINGS
from tui.core.textsafe import visible

FORMAT = "versus.session/1"
DATA_DIR_ENV = "VERSUS_DATA_DIR"
"""Where sessions live when set (tests use it); else the platform's user data directory."""


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("versus", appauthor=False))


def read_settings() -> dict[str, Any]:
    """The user's settings kept between runs (the theme); empty when there are none or they cannot be read."""
    try:
        data = json.loads((data_dir() / "settings.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(name: str, value: Any) -> None:
    """Keep one setting (atomically, the others as they were); a failure to write only loses the setting."""
    from tui.export import write_atomic

    settings = {**read_settings(), name: value}
    try:
        data_dir().mkdir(parents=True, exist_ok=True)
        write_atomic(data_dir() / "settings.json", json.dumps(settings, indent=1) + "\n", mode=None)
    except OSError:
        pass


def text_hash(text: str) -> str:
    """A short hash of text with its spacing folded (enough to tell passages and versions apart)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def session_file(versions: Sequence[Version]) -> Path | None:
    """The session's file for these versions, or None when one of them is not a file (stdin)."""
    paths = []
    for v in versions:
        if v.path == "-" or not Path(v.path).is_file():
            return None
        paths.append(str(Path(v.path).resolve()))
    key = hashlib.sha256("\n".join(paths).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return data_dir() / "sessions" / f"{key}.json"


Key = tuple[str, ...]
"""A passage as a session knows it: the hashes of its cells."""
State = tuple[bool, str]
"""What a passage carries: marked, and its note."""
HashIndex = dict[str, list[int]]
"""Cell-text hash -> the rows that have a cell with that text."""


def row_hashes(c: Comparison, row: int) -> tuple[str, ...]:
    """One hash per present cell of the row: its text with spacing folded."""
    cells = c.rows[row].cells
    return tuple(text_hash(" ".join(c.sentence_text(v, k) for k in cell)) for v, cell in enumerate(cells) if cell)


@dataclass
class Entry:
    """What the reviewer put on one row: a mark, a note, or both."""

    hashes: tuple[str, ...]
    excerpt: str
    marked: bool = False
    note: str = ""

    def to_json(self, row: int | None) -> dict[str, Any]:
        return {
            "hashes": list(self.hashes),
            "row": row,
            "excerpt": self.excerpt,
            "marked": self.marked,
            "note": self.note,
        }


@dataclass
class Review:
    """Marks and notes by row for one comparison, plus those whose rows are gone (orphans)."""

    entries: dict[int, Entry] = field(default_factory=dict)
    orphans: list[Entry] = field(default_factory=list)
    base: int | None = None
    cursor_row: int = 0
    messages: list[str] = field(default_factory=list)
    """What to tell the reviewer on opening: resumed, files changed, notes not found."""
    merged: int = 0
    """How many passages the last save took from another window's changes."""
    on_disk: dict[Key, State] = field(default_factory=dict)
    """Each passage's mark and note as last read from or written to the session file: what another window's
    save is compared with, so that its changes are taken and ours kept (a three-way merge)."""

    def entry(self, c: Comparison, row: int) -> Entry:
        found = self.entries.get(row)
        if found is None:
            found = self.entries[row] = Entry(row_hashes(c, row), excerpt(c, row))
        return found

    def toggle_mark(self, c: Comparison, row: int) -> bool:
        e = self.entry(c, row)
        e.marked = not e.marked
        self._prune(row)
        return e.marked

    def set_note(self, c: Comparison, row: int, note: str) -> None:
        self.entry(c, row).note = note.strip("\n")
        self._prune(row)

    def _prune(self, row: int) -> None:
        e = self.entries.get(row)
        if e is not None and not e.marked and not e.note.strip():
            del self.entries[row]

    @property
    def notes(self) -> dict[int, str]:
        return {r: e.note for r, e in sorted(self.entries.items()) if e.note.strip()}

    @property
    def marks(self) -> list[int]:
        return [r for r, e in sorted(self.entries.items()) if e.marked]

    def lost(self) -> list[tuple[str, str, bool]]:
        """The notes and marks whose passage is not found now: (excerpt, note, marked), for exports."""
        return [(e.excerpt, e.note, e.marked) for e in self.orphans]

    def state(self) -> dict[Key, State]:
        """Every passage's mark and note now, by the hashes of its cells."""
        return {e.hashes: (e.marked, e.note) for e in [*self.entries.values(), *self.orphans]}

    def merge(self, c: Comparison, theirs: Sequence[Entry]) -> int:
        """Take in what another window saved since we last read the file: a passage changed there and not
        here takes their mark and note (or goes, if they removed it); one changed in both keeps both notes.
        Returns how many passages changed here."""
        ours, base = self.state(), self.on_disk
        their = {e.hashes: (e.marked, e.note) for e in theirs}
        taken: dict[Key, State | None] = {}
        for key in their.keys() | ours.keys() | base.keys():
            o, t, b = ours.get(key), their.get(key), base.get(key)
            if o == t or t == b:
                continue
            if o == b or o is None:
                taken[key] = t
            elif t is not None:
                notes = [n for n in dict.fromkeys((o[1].strip("\n"), t[1].strip("\n"))) if n.strip()]
                taken[key] = (o[0] or t[0], "\n\n".join(notes))
        if not taken:
            return 0
        row_of = {e.hashes: r for r, e in self.entries.items()}
        for key in taken:
            row = row_of.get(key)
            if row is not None:
                del self.entries[row]
            self.orphans = [e for e in self.orphans if e.hashes != key]
        arriving = [Entry(key, "", *value) for key, value in taken.items() if value is not None]
        by_key = {e.hashes: e for e in theirs}
        for e in arriving:
            e.excerpt = by_key[e.hashes].excerpt if e.hashes in by_key else ""
        self._attach(c, arriving)
        return len(taken)

    def rebind(self, new: Comparison, index: HashIndex | None = None) -> None:
        """Move the entries onto the rows of a new comparison of the same versions (after `b`)."""
        kept = [e for _, e in sorted(self.entries.items())]
        self.entries = {}
        self._attach(new, kept, index=index)

    def _attach(
        self, c: Comparison, stored: Sequence[Entry], rows: Sequence[int | None] = (), index: HashIndex | None = None
    ) -> int:
        """Put stored entries on the rows holding most of their hashes; the rest become orphans."""
        index = index if index is not None else hash_index(c)
        lost = 0
        for i, e in enumerate(stored):
            votes: dict[int, int] = {}
            for h in e.hashes:
                for r in index.get(h, ()):
                    votes[r] = votes.get(r, 0) + 1
            hint = rows[i] if i < len(rows) and rows[i] is not None else 0
            free = {r: n for r, n in votes.items() if r not in self.entries}
            if not free:
                self.orphans.append(e)
                lost += 1
                continue
            row = max(free, key=lambda r: (free[r], -abs(r - hint)))
            self.entries[row] = Entry(row_hashes(c, row), excerpt(c, row), e.marked, e.note)
        return lost


def hash_index(c: Comparison) -> HashIndex:
    """Every row by the hashes of its cells (made once, used to find marks, notes and positions again)."""
    index: HashIndex = {}
    for r in range(len(c.rows)):
        for h in row_hashes(c, r):
            index.setdefault(h, []).append(r)
    return index


def find_row(c: Comparison, hashes: Sequence[str], hint: int = 0, index: HashIndex | None = None) -> int:
    """The row sharing a cell with these hashes nearest to `hint`; else `hint` kept inside the rows."""
    index = index if index is not None else hash_index(c)
    rows = sorted({r for h in hashes for r in index.get(h, ())})
    if rows:
        return min(rows, key=lambda r: abs(r - hint))
    return max(0, min(hint, len(c.rows) - 1))


def one_line(text: str) -> str:
    """Multi-line text on one line, safe to show: lines joined by " / "."""
    return " / ".join(" ".join(visible(line, newlines=False).split()) for line in text.splitlines() if line.strip())


def excerpt(c: Comparison, row: int, width: int = 80) -> str:
    """The row's first words, from its reference cell, safe to show."""
    r = c.rows[row]
    text = " ".join(c.sentence_text(r.reference, k) for k in r.cells[r.reference])
    flat = " ".join(visible(text, newlines=False).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@dataclass
class Stored:
    """What `read` found: the stored session (None when there is none to resume), and when a file is there
    but could not be read, why (`problem`) and where (`path`): such a file must never be written over."""

    data: dict[str, Any] | None
    problem: str | None = None
    path: Path | None = None


def read(versions: Sequence[Version]) -> Stored:
    """The saved session of these versions, or why the file that is there could not be read."""
    path = session_file(versions)
    if path is None or not path.exists():
        return Stored(None)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return Stored(None, visible(str(exc.strerror or exc), newlines=False), path)
    except UnicodeDecodeError:
        return Stored(None, "not UTF-8 text", path)
    except ValueError:
        return Stored(None, "not valid JSON", path)
    except RecursionError:
        return Stored(None, "nested too deeply", path)
    if not isinstance(data, dict):
        return Stored(None, "not a session", path)
    found = data.get("format")
    if found != FORMAT:
        newer = isinstance(found, str) and found.startswith("versus.session/")
        return Stored(None, "written by a newer Versus" if newer else "not a session", path)
    return Stored(data)


def load(versions: Sequence[Version]) -> dict[str, Any] | None:
    """The saved session of these versions as stored, or None (none yet, unreadable, or not files)."""
    return read(versions).data


def set_aside(path: Path) -> Path:
    """Rename a session file that could not be read to a name that says so, next to it; returns the new name.
    Raises OSError when it cannot be moved (then nothing may be saved over it)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        aside = path.with_name(f"{path.stem}.unreadable-{stamp}{f'-{n}' if n else ''}{path.suffix}")
        if not aside.exists():
            os.rename(path, aside)
            return aside
    raise FileExistsError(f"too many set-aside copies of {path}")


def resume(c: Comparison, stored: dict[str, Any] | None) -> Review:
    """A review for this comparison from what was stored: entries put back on their rows, changes noted."""
    review = Review()
    if not stored:
        return review
    changed = [
        c.versions[i].label
        for i, (v, saved) in enumerate(zip(c.versions, _list(stored, "versions"), strict=False))
        if isinstance(saved, dict) and saved.get("hash") != text_hash(v.text)
    ]
    entries, hints = _entries(stored)
    review.on_disk = {e.hashes: (e.marked, e.note) for e in entries}
    index = hash_index(c)
    lost = review._attach(c, entries, hints, index)
    cursor = stored.get("cursor")
    if isinstance(cursor, dict):
        hint = cursor.get("row") if isinstance(cursor.get("row"), int) else 0
        review.cursor_row = find_row(c, [str(h) for h in _list(cursor, "hashes")], hint, index)
    base = stored.get("base")
    review.base = base if isinstance(base, int) and 0 <= base < len(c.versions) else None
    marks, notes = len(review.marks), len(review.notes)
    if marks or notes:
        review.messages.append(f"Resumed your session: {marks} marked, {notes} with notes.")
    elif review.cursor_row:
        review.messages.append(f"Back where you left off (row {review.cursor_row + 1}).")
    if changed:
        review.messages.append(
            f"Changed since your last session: {', '.join(changed)}. Notes stay on the rows that still exist."
        )
    if lost:
        review.messages.append(f"{lost} marked or noted passage(s) not found now: kept, listed under F3.")
    return review


def _entries(stored: dict[str, Any]) -> tuple[list[Entry], list[int | None]]:
    """The marks and notes of a stored session, with the row each was on; malformed ones are skipped."""
    entries: list[Entry] = []
    hints: list[int | None] = []
    for raw in [*_list(stored, "entries"), *_list(stored, "orphans")]:
        if not isinstance(raw, dict) or not isinstance(raw.get("hashes"), list):
            continue
        entries.append(
            Entry(
                tuple(str(h) for h in raw["hashes"]),
                str(raw.get("excerpt", "")),
                bool(raw.get("marked")),
                str(raw.get("note", "")),
            )
        )
        hints.append(raw.get("row") if isinstance(raw.get("row"), int) else None)
    return entries, hints


def _list(data: dict[str, Any], key: str) -> list[Any]:
    """A list field of a stored session; anything else (a hand-edited or damaged file) reads as empty."""
    value = data.get(key)
    return value if isinstance(value, list) else []


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the session's lock file (beside it) while it is read, merged and written: two windows on the
    same versions save one after the other, never over each other."""
    try:
        import fcntl
    except ImportError:  # no POSIX locks: saves still merge, only without the lock
        yield
        return
    with open(path.with_suffix(".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def save(c: Comparison, review: Review, cursor_row: int) -> Path | None:
    """Write the session atomically, first merging in what another window saved since we read it (see
    `Review.merge`; how many passages it changed is left in `review.merged`). A file there that cannot be read
    is set aside, never written over. Returns the file (None when the versions are not all files)."""
    path = session_file(c.versions)
    if path is None:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        stored = read(c.versions)
        if stored.problem is not None and stored.path is not None:
            set_aside(stored.path)
        review.merged = review.merge(c, _entries(stored.data)[0]) if stored.data else 0
        _write(path, c, review, cursor_row)
    review.on_disk = review.state()
    return path


def _write(path: Path, c: Comparison, review: Review, cursor_row: int) -> None:
    from tui.export import write_atomic

    data = {
        "format": FORMAT,
        "versions": [{"path": str(Path(v.path).resolve()), "hash": text_hash(v.text)} for v in c.versions],
        "base": c.base,
        "folding": [name for name in FOLDINGS if name in c.folding],
        "cursor": {"row": cursor_row, "hashes": list(row_hashes(c, cursor_row)) if c.rows else []},
        "entries": [e.to_json(r) for r, e in sorted(review.entries.items())],
        "orphans": [e.to_json(None) for e in review.orphans],
    }
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n", mode=None)  # private: 0600
