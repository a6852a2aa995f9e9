"""The high-contrast theme: pure black and white, with colours only as accents.

Textual's own themes use soft greys that a 16-colour console (TERM=linux)
rounds to black; this one only uses colours such a console shows as they are.
"""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="tutor-high-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#00ffff",
    warning="#ffff00",
    error="#ff5555",
    success="#55ff55",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#000000",
    boost="#000000",
    dark=True,
    luminosity_spread=0.0,
    text_alpha=1.0,
)

DEFAULT_THEME = "textual-dark"
