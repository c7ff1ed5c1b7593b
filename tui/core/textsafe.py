"""Making untrusted text inert for display: control and format characters become visible placeholders."""

from __future__ import annotations

import re
import unicodedata

from tui.core.broken_words import BROKEN

PLACEHOLDER = "\u2370"  # ⍰ for format characters and C1 controls
_UNSAFE = re.compile(
    "[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\xad\\u0600-\\u0605\\u061c\\u06dd\\u070f\\u0890-\\u0891\\u08e2\\u180e"
    "\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\ufff9-\\ufffb\\U000110bd\\U000110cd"
    "\\U00013430-\\U00013438\\U0001bca0-\\U0001bca3\\U0001d173-\\U0001d17a\\U000e0001\\U000e0020-\\U000e007f]"
)
"""Unicode Cc and Cf (Python 3.11's tables) less newline and tab; a test checks it against unicodedata."""


def _picture(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return PLACEHOLDER


def visible(text: str, *, newlines: bool = True) -> str:
    """Replace every Cc/Cf character (but newline, and tab as a space) with a one-character placeholder.

    The result has the same length as the input, so offsets into the text stay valid.
    """
    text = text.replace("\t", " ")
    if not newlines:
        text = text.replace("\n", "\u2424")
    return _UNSAFE.sub(_picture, text)


def one_line(text: str) -> str:
    """A short text (a figure as written) on one line, safe to show: a word broken at a line's end joined
    ("mil-\nlion"), other line breaks and the spaces around them one space."""
    if "\n" in text:
        text = " ".join(BROKEN.sub("", text).split())
    return visible(text)


def is_unsafe_char(ch: str) -> bool:
    """True for characters that `visible` replaces (used by tests to check the rule is complete)."""
    return ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Cf")
