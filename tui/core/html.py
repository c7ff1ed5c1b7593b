"""Plain text from a saved web page: the main article text by trafilatura, else headings, paragraphs and list
items by a small stdlib parser (when trafilatura is missing, fails, or finds nothing)."""

from __future__ import annotations

import html
import logging
from html.parser import HTMLParser

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dd", "dt"}
_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "svg", "template"}


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._block_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag in _BLOCKS:
            self._flush()
            self._block_depth += 1
        elif tag == "br" and self._block_depth:
            self._buf.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in _BLOCKS:
            self._flush()
            self._block_depth = max(0, self._block_depth - 1)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip_depth and self._block_depth:
            self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.blocks.append(text)
        self._buf = []


def html_to_text(source: str) -> tuple[str, str]:
    """(text, title) of an HTML page: the article's text, one paragraph per block, the title first."""
    found = _main_text(source)
    if found is not None:
        return found
    text = _all_blocks(source)
    title = text.split("\n", 1)[0].strip()
    return text, title


_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext")


def _main_text(source: str) -> tuple[str, str] | None:
    """The article alone (no menus, share links, related stories) as trafilatura extracts it."""
    try:
        import trafilatura
    except ImportError:
        return None
    for name in _QUIET_LOGGERS:  # their warnings would land on stderr, over the app and past the one-line errors
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())
    try:
        body = trafilatura.extract(
            source, output_format="txt", include_comments=False, include_tables=True, favor_precision=True
        )
        meta = trafilatura.extract_metadata(source)
    except Exception:  # a parser failure on hostile input: the stdlib parser still reads it
        return None
    if not body or not body.strip():
        return None
    paragraphs = [" ".join(line.split()) for line in body.splitlines() if line.strip()]
    title = " ".join((meta.title if meta is not None and meta.title else "").split())
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    return "\n\n".join(paragraphs) + "\n", title or paragraphs[0]


def _all_blocks(source: str) -> str:
    parser = _ArticleParser()
    parser.feed(source)
    parser.close()
    parser._flush()
    title = " ".join(html.unescape(parser.title).split())
    blocks = parser.blocks
    if title and (not blocks or blocks[0] != title):
        blocks = [title, *blocks]
    return "\n\n".join(blocks) + ("\n" if blocks else "")
