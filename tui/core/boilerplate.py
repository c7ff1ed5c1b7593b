"""Site furniture (subscription offers, share buttons, "Post a Comment", page counters, menus), told by its
form."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.segment import Sentence

_MARKER = re.compile(
    r"^\W*(?:post a comment|leave a (?:comment|reply)|source link|license this article|related(?: posts| articles"
    r"| stories)?:?|about the author|previous post|next post|share this:?|share on \w+|subscribe\b.*|"
    r"subscription plans?|sign up\b.*|join now|download the app|click here\b.*|read more\b.*|"
    r"advertisement|follow us\b.*|all rights reserved.*|newsletter\b.*|\(visited \d+ times?.*|"
    r"get the news\b.*|log in|sign in|more from\b.*|recommended(?: for you)?|you may also like\b.*|"
    r"copyright\b.*|©.*)\W*$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^\W*(?:(?i:with (?:agencies|dpa|afp|ap|reuters))|with [A-Z]{2,5}"
    r"|(?i:(?:additional )?reporting by|editing by|writing by)\b.*)\W*$"
)
_CREDIT = re.compile(r"^\W*(?:\(?[A-Z][A-Za-z]* PHOTO\)?|\((?:AP|AFP|Reuters|Getty)[^)]*\))\W*$")
_MENU = re.compile(r"^\W*[^|\n]{1,30}(?: \| [^|\n]{1,30}){2,}\W*$")
"""A site's menu of sections: three or more short items set apart by bars."""
_PRICE = re.compile(r"^\W*(?:[A-Z]{0,3}\$|€|£)\s?\d+(?:[.,]\d+)?\W*$")
_SOCIAL = r"(?:shares?|comments?|likes?|views?|reactions?|reads?|replies)"
_COUNTER = re.compile(
    r"^\W*(?:\d+\s*-?\s*min(?:ute)?s?\.?\s+read|listen to this (?:article|story)\b.*"
    r"|(?:(?:updated|published|posted)\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"
    r"|(?:photo|image|picture|slide|gallery)\s*\d+\s*(?:of|/)\s*\d+"
    rf"|{_SOCIAL}\s*:?\s*\d[\d.,]*[km]?|\d[\d.,]*[km]?\s+{_SOCIAL})\W*$",
    re.IGNORECASE,
)
"""A page's counters and clocks: "3 min read", "Updated 2 hours ago", "Photo 1 of 5", "Share 45", "12 comments"."""


def boilerplate_flags(
    texts: Sequence[str], sentences: Sequence[Sentence], known: dict[str, tuple[bool, bool]] | None = None
) -> list[bool]:
    """Which sentences are site furniture rather than article text.

    A marker line (a call to action, a page counter, "Source link") or a sign-off ("with DPA", "Reporting
    by ...") in the second half of the text (by characters) starts a tail that is furniture to the end;
    marker lines, sign-offs, photo credits, bare prices and a page's counters elsewhere are furniture on
    their own. Article
    paragraphs that only one version carries are not touched. `known`, passed for every version of a
    comparison, keeps what each sentence text is (`sentence_form`), so a sentence the versions share is looked
    at once.
    """
    n = len(texts)
    flags = [False] * n
    if not n:
        return flags
    known = {} if known is None else known
    middle = (sentences[0].start + sentences[-1].end) / 2
    tail_from = n
    for k, t in enumerate(texts):
        form = known.get(t)
        if form is None:
            form = known[t] = sentence_form(t)
        furniture, starts_tail = form
        flags[k] = furniture
        if starts_tail and tail_from == n and sentences[k].start >= middle:
            tail_from = k
    for k in range(tail_from, n):
        flags[k] = True
    return flags


def sentence_form(text: str) -> tuple[bool, bool]:
    """(furniture on its own, may start a tail of furniture) for one sentence."""
    starts_tail = (len(text) <= 120 and bool(_MARKER.match(text))) or bool(_SIGN_OFF.match(text))
    alone = _CREDIT.match(text) or _PRICE.match(text) or _MENU.match(text) or (len(text) <= 60 and _COUNTER.match(text))
    return starts_tail or bool(alone), starts_tail
