"""Multi-line failures keep their point in the first line, which the runner may show alone.

tutor/runner/messages.py's explain_assertion has kept only the first line of an
assertion's text; whatever it keeps, that line must say what is wrong and where.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tutor.checks.css import parse_stylesheet
from tutor.checks.failure import CheckFailure
from tutor.checks.files import Files
from tutor.checks.html import Page
from tutor.checks.js import JsProgram
from tutor.checks.sql import assert_rows
from tutor.runner.messages import explain_assertion

pytest_plugins = ["pytester"]


def _failure(action: Callable[[], object]) -> CheckFailure:
    with pytest.raises(CheckFailure) as caught:
        action()
    return caught.value


def _hello(tmp_path: Path) -> Files:
    (tmp_path / "hello.py").write_text("def hi():\n    return 'hi'\n")
    return Files(tmp_path)


CASES: dict[str, tuple[Callable[[Path], object], str]] = {
    "css mistakes": (
        lambda _: parse_stylesheet("p {\n  color: red\n  width: 300;\n}").assert_valid(),
        "style.css line 2: a ';' is missing at the end of the 'color' line, so the next line "
        "is read as part of it.",
    ),
    "css missing rule": (
        lambda _: parse_stylesheet(".menu li { color: red; }").rule(".menu"),
        "style.css has no rule for .menu. Did you mean .menu li (line 1)?",
    ),
    "css media": (
        lambda _: parse_stylesheet("p { color: red; }").media("(max-width: 600px)"),
        "style.css has no @media block for (max-width: 600px) (found: none).",
    ),
    "html mistakes": (
        lambda _: Page(
            "<!DOCTYPE html>\n<html lang='en'><body>\n<h1>Hi</h2>\n<p>a</br>b</p>\n</body></html>"
        ).assert_well_formed(),
        "index.html line 3: </h2> was found while <h1> (opened on line 3) is still open. Add "
        "</h1> before </h2>, or check the spelling of </h2>.",
    ),
    "js missing function": (
        lambda _: JsProgram("let x = 1;", "script.js").call("add", 1, 2),
        "script.js has no function called add. Write one that starts with function add(...) {",
    ),
    "python missing function": (
        lambda tmp: _hello(tmp).python_function("hello", "greet", "name"),
        "hello.py has no function called greet. Write one that starts with the line "
        "def greet(name):",
    ),
    "sql rows": (
        lambda _: assert_rows([("Ana",)], [("Ana",), ("Bo",)]),
        "Your query gives 1 row, but 2 were expected.",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_first_line_says_what_is_wrong(case: str, tmp_path: Path) -> None:
    action, first_line = CASES[case]
    error = _failure(lambda: action(tmp_path))
    assert str(error).splitlines()[0] == first_line
    # What the runner shows starts with that same sentence, whether it keeps one line or all.
    shown = explain_assertion({"text": str(error)}, None)
    assert shown.splitlines()[0] == first_line


NEW_HELPERS_TESTS = """
from tutor.checks import UNDEFINED


def test_aside_has_16px_padding(stylesheet):
    stylesheet().assert_box("aside", "padding", "16px")


def test_small_screens_stack_the_menu(stylesheet):
    assert stylesheet().media("max-width: 600px").value("nav a", "display") == "block"


def test_first_item_says_papers(html_page):
    page = html_page()
    assert page.own_text("li") == "Papers"
    assert not page.source_has_tag("tbody")


def test_counter_adds(js):
    program = js()
    assert program.run("const c = new Counter(); c.add(2); return c.total;") == 2
    assert program.call("reset", raw=True) is UNDEFINED


def test_cart_class_exists(files):
    files.python_class("shop", "Cart")
"""

LEARNER = {
    "style.css": "aside {\n  padding: 16px;\n  padding-left: 0;\n}\n"
    "@media screen and (max-width:600px) {\n  nav a { display: block; }\n}\n",
    "index.html": "<ul>\n<li>Papers<ul><li>passport</li></ul></li>\n</ul>\n"
    "<table><tr><td>1</td></tr></table>\n",
    "script.js": "class Counter {\n  constructor() { this.total = 0; }\n"
    "  add(n) { this.total += n; }\n}\nfunction reset() {}\n",
    "shop.py": "class Cart:\n    pass\n",
}


def test_the_new_helpers_in_a_real_pytest_run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # as the tutor's runner does
    learner = pytester.path / "learner"
    learner.mkdir()
    for name, text in LEARNER.items():
        (learner / name).write_text(text)
    test_file = pytester.makepyfile(test_new_helpers=NEW_HELPERS_TESTS)
    result = pytester.runpytest_subprocess(
        "-p",
        "tutor.checks.plugin",
        "-p",
        "no:cacheprovider",
        f"--tutor-workspace={learner}",
        str(test_file),
    )
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*_ test_aside_has_16px_padding _*",
            "In style.css line 3, the padding of aside should be 16px on every side, but it is: "
            "top 16px, right 16px, bottom 16px, left 0. padding: 16px; sets them all at once.",
        ]
    )
