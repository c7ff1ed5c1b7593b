"""Hostile article text: markup, escape sequences, control and format characters, a very long line."""

from __future__ import annotations

HOSTILE_LINES = [
    "Officials said [bold]59,000[/bold] troops [/] were sent [link=https://example.com]here[/link].",
    "Click [@click=app.quit]this[/] to read about the 1,376 square kilometres.",
    "The screen \x1b[2J was cleared \x1b[31mred\x1b[0m and the clipboard \x1b]52;c;aGVsbG8=\x07 was set.",
    "A link \x1b]8;;https://evil.example\x1b\\hidden\x1b]8;;\x1b\\ and a CSI \x9b2J in C1 form.",
    "Bidi \u202egnirts desrever\u202c and zero\u200bwidth\u200d joiners, a bell \x07 and a NUL-free tab\there.",
    "x" * 5000,
]
HOSTILE = "Hostile text test\n\n" + "\n\n".join(HOSTILE_LINES) + "\n"
PLAIN = (
    "Hostile text test\n\nOfficials said 59,000 troops were sent here.\n\n"
    "Click to read about the 1,376 square kilometres.\n"
)
FORBIDDEN = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, *range(0x80, 0xA0))] + [
    "\u202e",
    "\u202c",
    "\u200b",
    "\u200d",
]
