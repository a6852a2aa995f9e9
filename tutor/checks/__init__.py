"""Checks for instructors' tests: the pytest plugin (plugin.py) and plain helpers.

Everything here also works without the fixtures:

    from tutor.checks import load_page, parse_stylesheet, same_colour, JsProgram
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tutor.lazy import lazy_attributes

# Each name is imported on first use (PEP 562): `-p tutor.checks.plugin` imports
# this package, and a check of a Python exercise should not pay for bs4,
# html5lib, tinycss2, quickjs and GitPython (~150 ms) that only web and git
# exercises use. The warm helper imports them all before it forks.
_WHERE = {
    "Sheet": "css", "load_stylesheet": "css", "parse_stylesheet": "css",
    "contrast_ratio": "css_colour", "is_colour": "css_colour", "parse_colour": "css_colour",
    "relative_luminance": "css_colour", "same_colour": "css_colour",
    "BrowserPage": "dom",
    "CheckFailure": "failure", "did_you_mean": "failure",
    "Files": "files", "import_fresh": "files",
    "CommitInfo": "gitrepo", "GitFailed": "gitrepo", "RepoFacts": "gitrepo",
    "Page": "html", "load_page": "html",
    "JsProgram": "js", "load_js": "js", "JsTestFile": "jstest",
    "UNDEFINED": "js_values", "js_repr": "js_values",
    "Db": "sql", "assert_rows": "sql", "split_statements": "sql",
    "Response": "web", "WsgiClient": "web",
}  # fmt: skip

# The modules that bring the heavy libraries; the warm helper imports these before it forks.
LIBRARY_MODULES = ("css", "html", "js", "jstest", "dom", "gitrepo", "sql", "web")


__getattr__ = lazy_attributes(__name__, _WHERE)


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from tutor.checks.css import Sheet, load_stylesheet, parse_stylesheet
    from tutor.checks.css_colour import (
        contrast_ratio,
        is_colour,
        parse_colour,
        relative_luminance,
        same_colour,
    )
    from tutor.checks.dom import BrowserPage
    from tutor.checks.failure import CheckFailure, did_you_mean
    from tutor.checks.files import Files, import_fresh
    from tutor.checks.gitrepo import CommitInfo, GitFailed, RepoFacts
    from tutor.checks.html import Page, load_page
    from tutor.checks.js import JsProgram, load_js
    from tutor.checks.js_values import UNDEFINED, js_repr
    from tutor.checks.sql import Db, assert_rows, split_statements
    from tutor.checks.web import Response, WsgiClient

__all__ = [
    "UNDEFINED",
    "BrowserPage",
    "CheckFailure",
    "CommitInfo",
    "Db",
    "Files",
    "GitFailed",
    "JsProgram",
    "Page",
    "RepoFacts",
    "Response",
    "Sheet",
    "WsgiClient",
    "assert_rows",
    "contrast_ratio",
    "did_you_mean",
    "import_fresh",
    "is_colour",
    "js_repr",
    "load_js",
    "load_page",
    "load_stylesheet",
    "parse_colour",
    "parse_stylesheet",
    "relative_luminance",
    "same_colour",
    "split_statements",
]
