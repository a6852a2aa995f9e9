"""Characters a Linux console can draw.

A plain Linux console (TERM=linux) draws with a 256- or 512-glyph font: the
IBM PC set (box drawing, a few blocks, bullets), not the eighth-blocks,
heavy lines and triangles Textual's widgets use (▕ ▔ ━ ╸ ▁ ▶ ●). Those show
as diamonds or blanks there, and the panes lose their edges.

When the terminal is a Linux console (or TUTOR_ASCII=1 asks for it), the app
gets the `-console` class, which app.tcss uses for light box-drawing borders,
and the widgets' own glyphs are swapped for ones such a font has. Textual
keeps these glyphs in class attributes meant to be overridden
(`ScrollBar.renderer` is its documented hook); one app runs per process, so
setting them once at start is enough.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import ClassVar

from textual.renderables.bar import Bar
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.widgets import Tree

CONSOLE_CLASS = "-console"

# What a console font is sure to have: the IBM PC character set (cp437) and
# the bullet the kernel's default font maps to it.
EXTRA_CONSOLE_GLYPHS = frozenset("•")


def can_draw_on_console(character: str) -> bool:
    if character in EXTRA_CONSOLE_GLYPHS:
        return True
    try:
        encoded = character.encode("cp437")
    except UnicodeEncodeError:
        return False
    return encoded >= b" " or character in "\n\t"


def is_linux_console(environ: Mapping[str, str] | None = None) -> bool:
    environ = os.environ if environ is None else environ
    if environ.get("TUTOR_ASCII", "").lower() in ("1", "true", "yes"):
        return True
    return environ.get("TERM", "") == "linux"


class ConsoleScrollBarRender(ScrollBarRender):
    """Scrollbar thumbs from half and full blocks only."""

    VERTICAL_BARS: ClassVar[list[str]] = ["▄", "▄", "▄", "▄", "█", "█", "█", " "]
    HORIZONTAL_BARS: ClassVar[list[str]] = ["█", "█", "█", "▌", "▌", "▌", "▌", " "]


def use_console_glyphs() -> None:
    """Swap Textual's glyphs for ones a Linux console font has."""
    from textual.widgets import RadioButton  # the map has none: imported on a console alone

    ScrollBar.renderer = ConsoleScrollBarRender
    Bar.HALF_BAR_LEFT = "─"  # progress bars and the tabs' underline
    Bar.BAR = "─"
    Bar.HALF_BAR_RIGHT = "─"
    Tree.ICON_NODE = "+ "
    Tree.ICON_NODE_EXPANDED = "- "
    RadioButton.BUTTON_INNER = "*"
