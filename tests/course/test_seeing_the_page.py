"""The lesson page that tells a learner how to see their page names the tutor's real keys
and commands: ctrl+o (the page as text), Escape back, F12's terminal, `tutor open`."""

from __future__ import annotations

from tutor.course import load_course
from tutor.locations import bundled_course_dir


def _page_text() -> str:
    course = load_course(bundled_course_dir())
    lesson = next(lesson for lesson in course.lessons if lesson.id == "html/headings-and-text")
    return next(page.text for page in lesson.pages if page.title == "Seeing your page")


def _keys_of(bindings: list, action: str) -> list[str]:
    return [key for b in bindings if b.action == action for key in b.key.split(",")]


def test_the_page_names_the_keys_the_tutor_binds() -> None:
    from tutor.tui import keys

    text = _page_text().lower()
    assert "ctrl+o" in _keys_of(keys.LESSON, "page_view") and "**ctrl+o**" in text
    assert "escape" in _keys_of(keys.PAGE_VIEW, "close") and "**escape**" in text
    terminal_keys = _keys_of(keys.LESSON, "toggle_terminal")
    assert "f12" in terminal_keys and "f12 opens one" in text


def test_the_page_names_a_command_the_tutor_has() -> None:
    from tutor.cli import build_parser

    text = _page_text()
    assert "tutor open" in text and "tutor open html-headings" in text
    parser = build_parser()
    assert parser.parse_args(["open", "html-headings"]).exercise == "html-headings"
    course = load_course(bundled_course_dir())
    assert course.exercise("html-headings") is not None
