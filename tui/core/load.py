"""Reading versions: files, directories and stdin; decoding; labels."""

from __future__ import annotations

import codecs
import errno
import os
import re
import sys

from tui.core.dates import Dated, read_date
from tui.core.errors import InputError
from tui.core.record import FrozenRecord
from tui.core.textsafe import visible

MAX_BYTES = 50 * 1024 * 1024
"""Largest file we read (50 MB: a long book is about 5 MB of text)."""

MARKDOWN_SUFFIXES = (".md", ".markdown")
"""Read as the text they render to (`markdown`): compared on their words, never on their markers."""
ARTICLE_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, ".text", ".html", ".htm")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Version(FrozenRecord):
    """One version of the article: where it came from, its label and its decoded text."""

    __slots__ = ("path", "label", "text", "encoding", "title", "date", "date_source")
    path: str
    label: str
    text: str
    encoding: str
    title: str | None
    date: str | None
    """When it was published or last updated (ISO 8601), where known (`tui.core.dates`)."""
    date_source: str | None
    """Where the date was read: the words of the text, the page's metadata, or "--date"."""

    def __init__(
        self,
        path: str,
        label: str,
        text: str,
        encoding: str,
        title: str | None = None,
        date: str | None = None,
        date_source: str | None = None,
    ) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "label", label)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "encoding", encoding)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "date_source", date_source)


def decode(data: bytes, name: str = "<input>") -> tuple[str, str]:
    """Decode bytes to text with newlines folded to LF; return (text, encoding name)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            return _fold_newlines(text), encoding.replace("-sig", "")
    if b"\x00" in data:
        raise InputError("binary file, not text", name)
    try:
        return _fold_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    non_ascii = sum(1 for b in data if b >= 0x80)
    if non_ascii and bad <= max(1, non_ascii // 20):
        return _fold_newlines(replaced), "utf-8 (with replacements)"
    return _decode_guess(data, name)


def _decode_guess(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in ("latin_1", "iso8859_1", "ascii"):
        encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "cp1252"
        text = data.decode(encoding, errors="replace")
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and encoding != "cp1252":
        if western == text:
            encoding = "cp1252"  # the same text: name the commoner Western encoding
        elif best is not None and _reads_western(western, text):
            rival = next((m for m in results if m.encoding == "cp1252"), None)
            dos_or_mac = encoding.startswith(("cp4", "cp8", "mac"))  # seldom what a saved article is in
            if rival is not None and (dos_or_mac or rival.coherence >= best.coherence):
                encoding, text = "cp1252", western
    return _fold_newlines(text), encoding


_WESTERN = frozenset("àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿßœšžÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŸŒŠŽ“”‘’„–—…€«»°·©®™£§¶")
"""The non-ASCII characters of French, German, Spanish, Portuguese, Italian, Dutch and Nordic text in cp1252."""


def _reads_western(western: str, guessed: str) -> bool:
    """Whether the cp1252 reading of a text is all Western letters and marks where the guessed encoding's
    has others: a short French text fools charset detection ("ministère" read as cp1250's "ministčre"), and
    its cp1252 reading is then as coherent; a Czech text's cp1252 reading ("zmìny") is less so."""
    ours = {ch for ch in western if ord(ch) > 127}
    theirs = {ch for ch in guessed if ord(ch) > 127}
    return bool(ours) and ours <= _WESTERN and not theirs <= _WESTERN


def _fold_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\x0c\x1b")
    return controls > len(sample) // 10


_HEADLINE_END = re.compile(r"[.!?:;,…)\]\"”’']$")
_METADATA_LINE = re.compile(r"^\s*(date|published|updated|by|posted)\b", re.IGNORECASE)


def headline_of(text: str) -> str | None:
    """The first line when it reads as a headline: short, no closing punctuation, a paragraph of its own."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    if not first or _METADATA_LINE.match(first):
        return None
    words = first.split()
    if not 2 <= len(words) <= 20 or len(first) > 140 or _HEADLINE_END.search(first):
        return None
    return first if (not rest or rest.startswith("\n")) else None


def label_for(path: str, text: str) -> tuple[str, str | None]:
    """A short label for the version (its file stem) and its headline if it has one."""
    stem = os.path.splitext(os.path.basename(os.path.normpath(path)))[0] if path != "-" else "stdin"
    return stem, headline_of(text)


def _missing(path: str) -> str:
    """Why a path that does not exist cannot be read: a symbolic link's loop or a dangling link say so."""
    if not os.path.islink(path):
        return "no such file"
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
    return "symbolic link to a missing file"


def read_bytes(path: str) -> bytes:
    """Read a file (or stdin for "-") with the size limit, turning OS errors into InputError."""
    if path == "-":
        if sys.stdin.isatty():  # else a reader would wait with no word
            sys.stderr.write("versus: reading standard input... (ctrl+d to end)\n")
            sys.stderr.flush()
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        try:  # os.path, not pathlib: importing pathlib costs a one-shot `versus --json` several ms
            if not os.path.exists(path):
                raise InputError(_missing(path), path)
            if os.path.isdir(path):
                raise InputError("is a directory", path)
            size = os.stat(path).st_size
            if size > MAX_BYTES:
                raise InputError(f"file too large ({size // (1024 * 1024)} MiB; limit 50 MiB)", path)
            with open(path, "rb") as f:
                data = f.read(MAX_BYTES + 1)  # bounded: a device or a FIFO (/dev/zero) has no size to check
        except PermissionError:
            raise InputError("permission denied", path) from None
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror or exc}", path) from None
    if len(data) > MAX_BYTES:
        raise InputError("input too large (limit 50 MiB)", path)
    return data


def load_version(path: str) -> Version:
    """Read and decode one version; refuse empty and binary input."""
    data = read_bytes(path)
    if _is_binary_magic(data):
        raise InputError("binary file, not text", path)
    text, encoding = decode(data, path)
    if not text.strip():
        raise InputError("empty file", path)
    if _looks_binary(text):
        raise InputError("binary file, not text", path)
    if os.path.splitext(path)[1].lower() in (".html", ".htm") or _looks_html(text):
        from tui.core.html import html_to_text

        page = text
        text, page_title = html_to_text(text)
        if not text.strip():
            raise InputError("no article text found in HTML", path)
        label = visible(page_title, newlines=False)[:80] or label_for(path, text)[0]
        dated = read_date(text, html=page)
        return Version(path, label, text, encoding, page_title or None, *_date_fields(dated))
    if os.path.splitext(path)[1].lower() in MARKDOWN_SUFFIXES:
        from tui.core.markdown import markdown_to_text

        text, heading = markdown_to_text(text)
        if not text.strip():
            raise InputError("no text in Markdown", path)
        label, title = label_for(path, text)
        return Version(path, label, text, encoding, heading or title, *_date_fields(read_date(text)))
    label, title = label_for(path, text)
    return Version(path, label, text, encoding, title, *_date_fields(read_date(text)))


def _date_fields(dated: Dated | None) -> tuple[str | None, str | None]:
    return (dated.when, dated.source) if dated else (None, None)


def _is_binary_magic(data: bytes) -> bool:
    return data.startswith((b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF"))


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html"))


def expand_inputs(args: list[str]) -> list[str]:
    """Expand directories into their article files, sorted by name; keep files and "-" as given."""
    paths: list[str] = []
    for arg in args:
        if arg != "-" and os.path.isdir(arg):
            try:
                names = sorted(os.listdir(arg))
            except PermissionError:
                raise InputError("permission denied", arg) from None
            found = [
                os.path.join(arg, n)
                for n in names
                if n.lower().endswith(ARTICLE_SUFFIXES) and os.path.isfile(os.path.join(arg, n))
            ]
            if not found:
                raise InputError("no article files (.txt, .md, .html) in directory", arg)
            paths.extend(found)
        else:
            paths.append(arg)
    return paths


def load_versions(args: list[str]) -> list[Version]:
    """Load every version named on the command line; at least two are needed."""
    paths = expand_inputs(args)
    if paths.count("-") > 1:
        raise InputError("stdin (-) can be given only once")
    versions = [load_version(p) for p in paths]
    if len(versions) < 2:
        raise InputError("need at least two versions to compare")
    return versions
