"""Plain text from a Markdown file: what a reader sees, not its markers.

A `.md` version is read as the words it renders to, line by line, so that "# Title", "**Monday**" and
"[the plan](https://...)" compare equal to "Title", "Monday" and "the plan" in a plain copy, and a link's
address or a footnote marker is never counted as a difference or read as a figure. Headings, paragraphs and
list items keep their own lines, which the segmenter already reads (a heading is a short line; an item
starts with a bullet). Only the Markdown that articles use is reduced; anything else is left as written.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_ITEM = re.compile(r"^(\s*)[*+-]\s+")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]^]+\]:\s*\S+.*$")
_FOOTNOTE_DEFINITION = re.compile(r"^\s{0,3}\[\^[^\]]+\]:\s*")

_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")
_FOOTNOTE = re.compile(r"\[\^[^\]]+\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_CODE = re.compile(r"`+([^`]+)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)|(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!~|>])")


def markdown_to_text(text: str) -> tuple[str, str | None]:
    """The text a Markdown document renders to, one source line to one line, and its first heading (the
    title, or None)."""
    out: list[str] = []
    title: str | None = None
    in_code = False
    lines = text.split("\n")
    if lines and lines[0].strip() == "---":  # front matter: its "key: value" lines are metadata, kept
        lines[0] = ""
        end = next((k for k in range(1, len(lines)) if lines[k].strip() in ("---", "...")), None)
        if end is not None:
            lines[end] = ""
    for line in lines:
        if _FENCE.match(line):
            in_code = not in_code
            out.append("")
            continue
        if in_code:
            out.append(line)
            continue
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(1) or ""
            if title is None and line.strip():
                title = _inline(line).strip()
        elif _RULE.match(line) or (_SETEXT.match(line) and out and out[-1].strip()):
            if _SETEXT.match(line) and title is None:
                title = out[-1].strip()
            out.append("")
            continue
        elif _LINK_DEFINITION.match(line):
            out.append("")
            continue
        line = _FOOTNOTE_DEFINITION.sub("", _QUOTE.sub("", line))
        line = _ITEM.sub(r"\1• ", line)
        out.append(_inline(line))
    return "\n".join(out), title


def _inline(line: str) -> str:
    """A line's words without inline markers: links and images become their text, emphasis its words."""
    if not any(c in line for c in "[]*_`~<\\!"):
        return line
    line = _IMAGE.sub(r"\1", line)
    line = _LINK.sub(r"\1", line)
    line = _FOOTNOTE.sub("", line)
    line = _AUTOLINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = _CODE.sub(r"\1", line)
    line = _STRIKE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)
    return _ESCAPE.sub(r"\1", line)
