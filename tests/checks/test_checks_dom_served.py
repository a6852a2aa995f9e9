"""A page that the learner's own app sends (browser("/", fetch=WsgiClient(app))): the page
and its scripts are asked from the app, and the page's fetch reaches the same app."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from tutor.checks.dom import BrowserPage
from tutor.checks.failure import CheckFailure
from tutor.checks.web import WsgiClient

PAGE = """<!DOCTYPE html>
<html>
<head><script src="/static/app.js" defer></script></head>
<body><p id="count">?</p><button id="add">Add</button></body>
</html>
"""

SCRIPT = """const count = document.querySelector("#count");
async function show() {
  const response = await fetch("/api/count");
  const answer = await response.json();
  count.textContent = answer.count + " so far";
}
document.querySelector("#add").addEventListener("click", async () => {
  await fetch("/api/count", { method: "POST" });
  await show();
});
show();
"""

Start = Callable[[str, list[tuple[str, str]]], Any]


def notes_app(folder: Path, page: str = PAGE) -> Callable[[dict[str, Any], Start], Iterable[bytes]]:
    """A small WSGI app: the page at /, files under /static/, and a counter at /api/count."""
    state = {"count": 0}

    def app(environ: dict[str, Any], start_response: Start) -> Iterable[bytes]:
        method, path = environ["REQUEST_METHOD"], environ["PATH_INFO"]
        if path == "/":
            start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
            return [page.encode()]
        if path.startswith("/static/") and (folder / path[1:]).is_file():
            start_response("200 OK", [("Content-Type", "text/javascript")])
            return [(folder / path[1:]).read_bytes()]
        if path == "/api/count":
            if method == "POST":
                state["count"] += 1
            start_response("200 OK", [("Content-Type", "application/json")])
            return [json.dumps({"count": state["count"]}).encode()]
        start_response("404 Not Found", [("Content-Type", "text/plain")])
        return [b"not found"]

    return app


def served(folder: Path, script: str, page: str = PAGE) -> BrowserPage:
    (folder / "static").mkdir(exist_ok=True)
    (folder / "static" / "app.js").write_text(script, encoding="utf-8")
    return BrowserPage(folder, "/", fetch=WsgiClient(notes_app(folder, page)))


def failure_of(action: Callable[[], object]) -> CheckFailure:
    with pytest.raises(CheckFailure) as caught:
        action()
    return caught.value


def test_the_page_and_its_script_come_from_the_app_and_fetch_reaches_it(tmp_path: Path) -> None:
    page = served(tmp_path, SCRIPT)
    assert page.text("#count") == "0 so far"
    page.click("#add")
    page.click("#add")
    assert page.text("#count") == "2 so far"
    assert [r["method"] for r in page.requests] == ["GET", "POST", "GET", "POST", "GET"]


def test_an_error_in_a_served_script_names_the_learners_file_and_line(tmp_path: Path) -> None:
    failure = failure_of(
        lambda: served(tmp_path, "const x = 1;\ndocument.querySelector('#cuont').remove();\n")
    )
    assert failure.file == "static/app.js" and failure.line == 2
    assert "Did you mean 'count'?" in str(failure)


def test_a_script_the_app_does_not_send_says_what_the_app_answered(tmp_path: Path) -> None:
    page = PAGE.replace("/static/app.js", "/static/missing.js")
    failure = failure_of(lambda: served(tmp_path, SCRIPT, page))
    assert "GET /static/missing.js" in str(failure)
    assert "404 Not Found" in str(failure)


def test_a_served_module_imports_the_files_beside_it(tmp_path: Path) -> None:
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "words.js").write_text(
        "export function label(n) { return n + ' so far'; }\n", encoding="utf-8"
    )
    module = PAGE.replace('src="/static/app.js" defer', 'type="module" src="/static/app.js"')
    script = (
        "import { label } from './words.js';\n"
        "document.querySelector('#count').textContent = label(3);\n"
    )
    assert served(tmp_path, script, module).text("#count") == "3 so far"


def test_an_address_without_an_app_to_ask_is_an_instructors_mistake(tmp_path: Path) -> None:
    failure = failure_of(lambda: BrowserPage(tmp_path, "/"))
    assert "pass fetch=wsgi_client(app)" in str(failure)


def test_a_served_page_has_no_file_of_its_own_to_point_at(tmp_path: Path) -> None:
    page = served(tmp_path, SCRIPT)
    failure = failure_of(lambda: page.assert_listens("#count", "input"))
    assert str(failure).startswith("Nothing listens for an input on #count, so an input there")
    assert failure.file is None
