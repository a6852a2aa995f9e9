"""The reference screen, driven with the keyboard at 80x24, as a learner would."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, Markdown, OptionList

from tutor.reference import load_reference
from tutor.tui.screens.reference import ReferenceScreen
from tutor.tui.widgets.plain_text import PlainText

INDEX = load_reference(Path(__file__).resolve().parents[2])


class Host(App[None]):
    """A bare app that opens the reference screen, as the tutor's key would."""

    def __init__(self, screen: ReferenceScreen) -> None:
        super().__init__()
        self.reference = screen

    def on_mount(self) -> None:
        self.push_screen(self.reference)


Scenario = Callable[[Host, Pilot[None]], Awaitable[None]]


def drive(screen: ReferenceScreen, scenario: Scenario) -> None:
    async def run() -> None:
        app = Host(screen)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await scenario(app, pilot)

    asyncio.run(run())


async def wait_until(pilot: Pilot[None], condition: Callable[[], object]) -> None:
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {condition}"
        await pilot.pause(0.05)


def options(screen: ReferenceScreen) -> list[str]:
    results = screen.query_one("#ref-results", OptionList)
    return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]


def test_search_box_has_the_focus_and_every_page_is_listed() -> None:
    screen = ReferenceScreen(INDEX)

    async def scenario(app: Host, pilot: Pilot[None]) -> None:
        assert isinstance(app.focused, Input)
        assert len(options(screen)) == len(INDEX.pages)

    drive(screen, scenario)


def test_type_a_query_see_results_and_open_a_page() -> None:
    screen = ReferenceScreen(INDEX)

    async def scenario(app: Host, pilot: Pilot[None]) -> None:
        await pilot.press(*"flexbox")
        await pilot.pause()
        assert options(screen)[0] == "CSS: Flexbox"
        # The top result is drawn once typing pauses.
        await wait_until(pilot, lambda: screen.shown_page == "css/flexbox")
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        second = INDEX.search("flexbox")[1].page.id
        assert screen.shown_page == second
        assert app.focused is screen.query_one("#ref-page")
        markdown = screen.query_one("#ref-markdown", Markdown)
        assert markdown.source == INDEX.page(second).text
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not screen

    drive(screen, scenario)


def test_enter_in_the_search_box_opens_the_top_result() -> None:
    screen = ReferenceScreen(INDEX)

    async def scenario(app: Host, pilot: Pilot[None]) -> None:
        await pilot.press(*"git merge", "enter")
        await pilot.pause()
        assert screen.shown_page == "git/merge"
        assert app.focused is screen.query_one("#ref-page")

    drive(screen, scenario)


def test_opens_on_a_given_page() -> None:
    screen = ReferenceScreen(INDEX, page_id="sql/join")

    async def scenario(app: Host, pilot: Pilot[None]) -> None:
        await pilot.pause(0.5)  # longer than the preview delay: nothing replaces the page
        assert screen.shown_page == "sql/join"
        results = screen.query_one("#ref-results", OptionList)
        assert results.get_option_at_index(results.highlighted).id == "sql/join"
        assert app.focused is screen.query_one("#ref-page")

    drive(screen, scenario)


def test_a_given_page_outside_the_query_stays_shown() -> None:
    screen = ReferenceScreen(INDEX, query="join", page_id="css/grid")

    async def scenario(app: Host, pilot: Pilot[None]) -> None:
        await pilot.pause(0.5)
        assert screen.shown_page == "css/grid"
        assert options(screen)[0] == "SQL: JOIN"

    drive(screen, scenario)


def test_a_ref_link_opens_the_page_it_names() -> None:
    screen = ReferenceScreen(INDEX, page_id="css/grid")

    async def scenario(app: Host, pilot: Pilot[None]) -> None:
        markdown = screen.query_one("#ref-markdown", Markdown)
        markdown.post_message(Markdown.LinkClicked(markdown, "ref:css/flexbox"))
        await pilot.pause()
        assert screen.shown_page == "css/flexbox"

    drive(screen, scenario)


def test_a_python_name_without_a_page_shows_pythons_own_help() -> None:
    assert INDEX.search("textwrap.dedent") == []
    screen = ReferenceScreen(INDEX, query="textwrap.dedent")

    async def scenario(app: Host, pilot: Pilot[None]) -> None:
        assert options(screen) == ["Python's help: textwrap.dedent"]
        pydoc_view = screen.query_one("#ref-pydoc", PlainText)
        await wait_until(pilot, lambda: "Remove any common leading" in str(pydoc_view.content))
        assert pydoc_view.display and not screen.query_one("#ref-markdown").display

    drive(screen, scenario)


def test_nothing_found_says_what_to_try() -> None:
    screen = ReferenceScreen(INDEX, query="zzzz qqqq")

    async def scenario(app: Host, pilot: Pilot[None]) -> None:
        assert options(screen) == []
        assert "Nothing found" in screen.query_one("#ref-markdown", Markdown).source

    drive(screen, scenario)


def test_a_builtin_name_lists_pythons_help_after_the_pages() -> None:
    screen = ReferenceScreen(INDEX, query="len")

    async def scenario(app: Host, pilot: Pilot[None]) -> None:
        listed = options(screen)
        assert len(listed) > 1 and listed[-1] == "Python's help: len"
        await pilot.press("down", "end", "enter")
        pydoc_view = screen.query_one("#ref-pydoc", PlainText)
        await wait_until(pilot, lambda: "Return the number of items" in str(pydoc_view.content))

    drive(screen, scenario)


def test_l_lists_the_pages_this_page_links_to_and_enter_follows_one() -> None:
    screen = ReferenceScreen(INDEX, page_id="css/flexbox")

    async def scenario(app: Host, pilot: Pilot[None]) -> None:
        await pilot.press("l")
        await pilot.pause()
        assert options(screen) == ["CSS: Grid", "CSS: Display"]
        await pilot.press("enter")
        await pilot.pause()
        assert screen.shown_page == "css/grid"

    drive(screen, scenario)
