"""The WSGI test client: GET, POST, status codes, crashes explained."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from tutor.checks.failure import CheckFailure
from tutor.checks.files import Files
from tutor.checks.web import WsgiClient

FailureOf = Callable[[Callable[[], object]], CheckFailure]

APP = """\
from urllib.parse import parse_qs

NAMES = ["Ana"]


def app(environ, start_response):
    path = environ["PATH_INFO"]
    if path == "/":
        items = "".join(f"<li>{name}</li>" for name in NAMES)
        start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
        return [f"<!DOCTYPE html><html lang='en'><body><ul>{items}</ul></body></html>".encode()]
    if path == "/add" and environ["REQUEST_METHOD"] == "POST":
        size = int(environ.get("CONTENT_LENGTH") or 0)
        form = parse_qs(environ["wsgi.input"].read(size).decode())
        NAMES.append(form["name"][0])
        start_response("303 See Other", [("Location", "/")])
        return [b""]
    if path == "/api/names":
        start_response("200 OK", [("Content-Type", "application/json")])
        return [("[" + ",".join(f'"{n}"' for n in NAMES) + "]").encode()]
    if path == "/broken":
        return [str(1 / 0).encode()]
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"Not found"]
"""


def learner_app(tmp_path: Path) -> Any:
    (tmp_path / "app.py").write_text(APP)
    return Files(tmp_path).python_module("app").app


def test_get_post_and_not_found(tmp_path: Path) -> None:
    client = WsgiClient(learner_app(tmp_path))
    home = client.get("/")
    assert home.status == 200
    assert home.headers["content-type"].startswith("text/html")
    assert [li.get_text() for li in home.html.select("li")] == ["Ana"]
    added = client.post("/add", data={"name": "Bo Smith"})
    assert (added.status, added.location) == (303, "/")
    assert client.get("/api/names").json() == ["Ana", "Bo Smith"]
    missing = client.get("/nowhere?x=1")
    assert (missing.status, missing.text) == (404, "Not found")


def test_a_wrong_status_says_what_was_expected(tmp_path: Path, failure_of: FailureOf) -> None:
    response = WsgiClient(learner_app(tmp_path)).get("/nowhere")
    assert str(failure_of(lambda: response.assert_status(200))) == (
        "GET /nowhere should answer with status 200, but your app answered 404 Not Found."
    )


def test_a_crash_names_the_learners_file_and_line(tmp_path: Path, failure_of: FailureOf) -> None:
    client = WsgiClient(learner_app(tmp_path))
    error = failure_of(lambda: client.get("/broken"))
    assert str(error) == (
        "Your app crashed while answering GET /broken (app.py line 22): "
        "ZeroDivisionError: division by zero"
    )
    assert (error.file, error.line) == ("app.py", 22)


def test_text_instead_of_bytes_is_explained(failure_of: FailureOf) -> None:
    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[Any]:
        start_response("200 OK", [])
        return ["hello"]

    assert "returned text (str) instead of bytes" in str(
        failure_of(lambda: WsgiClient(app).get("/"))
    )


def test_json_posts_and_non_json_answers(failure_of: FailureOf) -> None:
    def echo(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        body = environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"]))
        start_response("200 OK", [("Content-Type", environ.get("CONTENT_TYPE", ""))])
        return [body]

    client = WsgiClient(echo)
    assert client.post("/", json_body={"a": [1, 2]}).json() == {"a": [1, 2]}
    form = client.post("/", data={"name": "Ana", "age": 31})
    assert parse_qs(form.text) == {"name": ["Ana"], "age": ["31"]}
    assert json.dumps(form.headers["content-type"]) == '"application/x-www-form-urlencoded"'
    message = str(failure_of(form.json))
    assert message.startswith("The answer to POST / should be JSON, but it is not")


def test_a_module_is_searched_for_its_app(tmp_path: Path, failure_of: FailureOf) -> None:
    (tmp_path / "app.py").write_text(APP)
    (tmp_path / "server.py").write_text(
        "def application(environ, start_response):\n"
        "    start_response('200 OK', [])\n    return [b'ok']\n"
    )
    (tmp_path / "empty.py").write_text("# nothing yet\n")
    files = Files(tmp_path)
    assert WsgiClient(files.python_module("app")).get("/").status == 200
    assert WsgiClient(files.python_module("server")).get("/").text == "ok"
    assert str(failure_of(lambda: WsgiClient(files.python_module("empty")))).startswith(
        "empty.py has no WSGI function called app."
    )
