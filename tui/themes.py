"""The theme Versus adds: one made for NO_COLOR, where Textual turns every colour into a grey.

Textual's monochrome filter keeps each colour's lightness, so the red of a conflict sign and the orange of a
changed word become dark greys on a dark grey (a conflict was the faintest text on screen). In this theme
every signal colour is near white and the backgrounds near black: through the filter the signs, the changed
words and the titles keep full contrast, and the row tints stay distinct greys. The gutter signs, bold and
underline carry the meaning, as they do in colour.
"""

from __future__ import annotations

from textual.theme import Theme

MONO = Theme(
    name="versus-mono",
    primary="#d0d0d0",
    secondary="#b0b0b0",
    accent="#ffffff",
    warning="#f0f0f0",
    error="#ffffff",
    success="#c8c8c8",
    foreground="#f0f0f0",
    background="#000000",
    surface="#0c0c0c",
    panel="#2a2a2a",
    dark=True,
)
"""Chosen by itself under NO_COLOR (a theme picked in the palette then is used, not remembered)."""
