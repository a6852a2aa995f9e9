"""The reference: search the course's reference pages and read one.

Layout at 80x24: a title bar, the search box, then the list of matching
pages on the left and the chosen page on the right, and the footer. The
search box has the focus first, so the learner can type at once; Down or Tab
moves to the list, Enter opens a page and moves to it, Escape goes back.

When no page matches and the query looks like a Python name ("str.split"),
the right side shows Python's own help for it (pydoc), looked up in a
thread because importing a standard-library module can take a moment.
"""

from __future__ import annotations

import contextlib

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Markdown, OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist
from textual.worker import get_current_worker

from tutor.reference import (
    Hit,
    ReferenceIndex,
    find_ref_links,
    looks_like_python_name,
    may_have_pydoc,
    pydoc_text,
)
from tutor.safe_text import visible
from tutor.tui.widgets.plain_text import PlainText

TOPIC_NAMES = {
    "html": "HTML",
    "css": "CSS",
    "javascript": "JS",
    "python": "Python",
    "git": "Git",
    "sql": "SQL",
    "pytest": "pytest",
    "web": "Web",
}
PYDOC_OPTION = "pydoc:"
PREVIEW_DELAY = 0.3  # seconds of quiet before the highlighted page is drawn
NOTHING_FOUND = """\
# Nothing found

No reference page holds all of these words. Try fewer words, or another
word for the same thing: "colour" or "color", "loop" or "for".

Type a Python name such as `len`, `str.split` or `sqlite3.connect` to see
Python's own help for it.
"""


def topic_name(topic: str) -> str:
    return TOPIC_NAMES.get(topic, topic.capitalize())


class ReferenceScreen(Screen[None]):
    CSS_PATH = "reference.tcss"
    AUTO_FOCUS = "#ref-search"
    BINDINGS = [
        Binding("escape,f10", "close", "Back"),
        Binding("ctrl+f", "focus_search", "Search", priority=True),
        Binding("ctrl+l", "focus_list", "List", show=False, priority=True),
        # Links in a Markdown page cannot take the focus, so keyboard users get
        # the page's links as a list instead (a letter: the search box takes
        # letters, so this works only away from it).
        Binding("l", "list_links", "Links", tooltip="List the pages this page links to"),
    ]

    def __init__(self, index: ReferenceIndex, query: str = "", page_id: str | None = None) -> None:
        super().__init__()
        self.index = index
        self.initial_query = query
        self.initial_page = page_id
        self.shown_page: str | None = None
        self._pydoc_name: str | None = None
        self._preview_timer: Timer | None = None
        self._listed_query: str | None = None

    def compose(self) -> ComposeResult:
        yield PlainText("Reference  (Escape to go back)", id="ref-title")
        yield Input(
            self.initial_query,
            placeholder="Search: flexbox, git commit, str.split ...",
            id="ref-search",
        )
        with Horizontal(id="ref-body"):
            yield OptionList(id="ref-results")
            with VerticalScroll(id="ref-page", can_focus=True):
                yield Markdown(id="ref-markdown", open_links=False)
                yield PlainText(id="ref-pydoc")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#ref-pydoc").display = False
        page = self.index.page(self.initial_page) if self.initial_page else None
        self._show_results(self.initial_query, select=page.id if page else None)
        if page is not None:
            self.open_page(page.id)
            self.query_one("#ref-page").focus()

    # --- searching ------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        # The Input reports its first value too: that query is listed already.
        if event.value != self._listed_query:
            self._show_results(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box opens the page at the top of the list."""
        results = self.query_one("#ref-results", OptionList)
        if results.option_count:
            results.highlighted = results.highlighted or 0
            option = results.get_option_at_index(results.highlighted)
            self._open_option(option.id)

    def _show_results(self, query: str, select: str | None = None) -> None:
        """List the pages matching query and highlight the first (or `select`).

        A `select` page that is not in the list leaves nothing highlighted, so
        no preview replaces it.
        """
        self._listed_query = query
        results = self.query_one("#ref-results", OptionList)
        hits = self.index.search(query)
        results.clear_options()
        results.add_options(self._option(hit) for hit in hits)
        name = query.strip()
        # Python's own help comes last: always when no page matches a name,
        # and next to the pages when the name is a builtin or stdlib one.
        if (not hits and looks_like_python_name(name)) or may_have_pydoc(name):
            results.add_option(Option(f"Python's help: {name}", id=PYDOC_OPTION + name))
        if select is not None:
            results.highlighted = None
            self._highlight(select)
        elif results.option_count:
            results.highlighted = 0  # its Highlighted message schedules the preview
        else:
            self._show_markdown(NOTHING_FOUND)
            self.shown_page = None

    def _option(self, hit: Hit) -> Option:
        return Option(visible(f"{topic_name(hit.page.topic)}: {hit.page.title}"), id=hit.page.id)

    def _highlight(self, page_id: str) -> None:
        results = self.query_one("#ref-results", OptionList)
        # A page outside the current results is not in the list: nothing to highlight.
        with contextlib.suppress(OptionDoesNotExist):
            results.highlighted = results.get_option_index(page_id)

    # --- showing a page -------------------------------------------------------

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Moving through the list shows each page, so the learner can skim.

        Drawing a page takes a few tenths of a second on a slow PC, so the page
        is drawn only once typing or moving pauses, not at every key.
        """
        if self._preview_timer is not None:
            self._preview_timer.stop()
        option_id = event.option.id
        self._preview_timer = self.set_timer(
            PREVIEW_DELAY, lambda: self._open_option(option_id, preview=True)
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._open_option(event.option.id)

    def _open_option(self, option_id: str | None, preview: bool = False) -> None:
        if option_id is None:
            return
        if not preview and self._preview_timer is not None:
            self._preview_timer.stop()  # opening now: a pending preview would be stale
        if option_id.startswith(PYDOC_OPTION):
            self._show_pydoc(option_id[len(PYDOC_OPTION) :])
        else:
            self.open_page(option_id)
        if not preview:
            self.query_one("#ref-page").focus()

    def open_page(self, page_id: str) -> None:
        """Show a page on the right (nothing happens for an unknown id)."""
        page = self.index.page(page_id)
        if page is None or page.id == self.shown_page:
            return
        self.shown_page = page.id
        self._show_markdown(page.text)

    def _show_markdown(self, text: str) -> None:
        self._pydoc_name = None
        self.query_one("#ref-pydoc").display = False
        markdown = self.query_one("#ref-markdown", Markdown)
        markdown.display = True
        markdown.update(visible(text))
        self.query_one("#ref-page", VerticalScroll).scroll_home(animate=False)

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        """A `ref:` link opens that page here; nothing ever goes to a web browser."""
        event.prevent_default()
        page = self.index.page(event.href)
        if page is not None:
            self.open_page(page.id)
            self._highlight(page.id)

    # --- Python's own help ------------------------------------------------------

    def _show_pydoc(self, name: str) -> None:
        if name == self._pydoc_name:
            return
        self._pydoc_name = name
        self.shown_page = None
        self.query_one("#ref-markdown").display = False
        pydoc_view = self.query_one("#ref-pydoc", PlainText)
        pydoc_view.update(f"Looking up {name} ...")
        pydoc_view.display = True
        self._look_up(name)

    @work(thread=True, exclusive=True, group="pydoc", exit_on_error=False)
    def _look_up(self, name: str) -> None:
        text = pydoc_text(name)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._pydoc_ready, name, text)

    def _pydoc_ready(self, name: str, text: str | None) -> None:
        if name != self._pydoc_name:
            return  # the learner has typed on since: this answer is stale
        if text is None:
            text = (
                f"Python has no help for '{name}'.\n\n"
                "The tutor only shows help for Python's built-in names (like len or "
                "str.split) and its standard library (like json or sqlite3.connect). "
                "Check the spelling: case matters."
            )
        self.query_one("#ref-pydoc", PlainText).update(text)
        self.query_one("#ref-page", VerticalScroll).scroll_home(animate=False)

    # --- keys -------------------------------------------------------------------

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_focus_search(self) -> None:
        self.query_one("#ref-search").focus()

    def action_list_links(self) -> None:
        """List the pages this page links to, so Enter can follow a link."""
        page = self.index.page(self.shown_page) if self.shown_page else None
        if page is None:
            return
        linked = [self.index.page(page_id) for page_id in find_ref_links(page.text)]
        pages = list(dict.fromkeys(p for p in linked if p is not None and p.id != page.id))
        if not pages:
            self.notify("This page has no links to other pages.", timeout=3)
            return
        results = self.query_one("#ref-results", OptionList)
        results.clear_options()
        results.add_options(self._option(Hit(linked_page, 0.0)) for linked_page in pages)
        self._listed_query = None  # the list no longer matches the search box
        results.highlighted = 0
        results.focus()

    def action_focus_list(self) -> None:
        self.query_one("#ref-results").focus()

    def on_key(self, event: events.Key) -> None:
        """Down in the search box moves to the list, as in most search boxes."""
        if event.key == "down" and self.focused is self.query_one("#ref-search"):
            # Stop here, or the list (focused by now) would also take this Down.
            event.prevent_default()
            event.stop()
            self.action_focus_list()
