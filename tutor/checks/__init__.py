"""Checks for instructors' tests: the pytest plugin (plugin.py) and plain helpers.

Everything here also works without the fixtures:

    from tutor.checks import load_page, parse_stylesheet, same_colour, JsProgram
"""

from tutor.checks.css import Sheet, load_stylesheet, parse_stylesheet
from tutor.checks.css_colour import (
    contrast_ratio,
    is_colour,
    parse_colour,
    relative_luminance,
    same_colour,
)
from tutor.checks.failure import CheckFailure, did_you_mean
from tutor.checks.files import Files, import_fresh
from tutor.checks.gitrepo import CommitInfo, RepoFacts
from tutor.checks.html import Page, load_page
from tutor.checks.js import JsProgram, load_js
from tutor.checks.js_values import UNDEFINED, js_repr
from tutor.checks.sql import Db, assert_rows, split_statements
from tutor.checks.web import Response, WsgiClient

__all__ = [
    "UNDEFINED", "CheckFailure", "CommitInfo", "Db", "Files", "JsProgram", "Page", "RepoFacts",
    "Response", "Sheet", "WsgiClient", "assert_rows", "contrast_ratio", "did_you_mean",
    "import_fresh", "is_colour", "js_repr", "load_js", "load_page", "load_stylesheet",
    "parse_colour", "parse_stylesheet", "relative_luminance", "same_colour",
    "split_statements",
]
