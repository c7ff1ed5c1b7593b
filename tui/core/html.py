"""Plain text from a saved web page: title, headings, paragraphs and list items (stdlib only)."""

from __future__ import annotations

import html
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


def html_to_text(source: str) -> str:
    """The readable text of an HTML page, one paragraph per block, the title first."""
    parser = _ArticleParser()
    parser.feed(source)
    parser.close()
    parser._flush()
    title = " ".join(html.unescape(parser.title).split())
    blocks = parser.blocks
    if title and (not blocks or blocks[0] != title):
        blocks = [title, *blocks]
    return "\n\n".join(blocks) + ("\n" if blocks else "")
