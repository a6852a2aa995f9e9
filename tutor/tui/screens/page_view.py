"""The learner's page as text, beside no browser at all: what a browser would show.

Loaded in a thread (the page's scripts run in the checks' DOM first, ~50 ms the
first time), then shown with Textual's Markdown widget. What the scripts wrote
with console.log comes after the page, and a script that failed is said first.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Markdown

from tutor.tui import keys
from tutor.tui.widgets.plain_text import PlainText

if TYPE_CHECKING:
    from tutor.page_text import PageText


class PageViewScreen(Screen[None]):
    BINDINGS = keys.PAGE_VIEW

    def __init__(self, folder: Path, name: str) -> None:
        super().__init__()
        self.folder = folder
        self.page_name = name
        self.shown: PageText | None = None

    def compose(self) -> ComposeResult:
        yield PlainText(
            f"{self.page_name} as a browser would show it (Escape: back)", id="page-title"
        )
        with VerticalScroll(id="page-view"):
            yield PlainText("", id="page-problem")
            yield Markdown("Reading the page...", id="page-text")
            yield PlainText("", id="page-console")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#page-problem").display = False
        self.query_one(VerticalScroll).focus()
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def load(self) -> None:
        from tutor.page_text import page_as_text

        shown = page_as_text(self.folder, self.page_name)
        self.app.call_from_thread(self.show, shown)

    def show(self, shown: PageText) -> None:
        self.shown = shown
        problem = self.query_one("#page-problem", PlainText)
        if shown.problem:
            problem.update(
                f"The page's JavaScript stopped, so this is the page as written:\n{shown.problem}\n"
            )
            problem.display = True
        self.query_one("#page-text", Markdown).update(shown.markdown or "(The page is empty.)")
        console = "\n".join(shown.console)
        self.query_one("#page-console", PlainText).update(
            f"\nWhat the page's scripts printed (console.log):\n{console}" if console else ""
        )

    def action_close(self) -> None:
        self.dismiss(None)
