"""A small test client for the learner's WSGI app: requests without opening a port."""

from __future__ import annotations

import io
import json
import sys
import traceback
import types
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit
from wsgiref.util import setup_testing_defaults

from tutor.checks.failure import CheckFailure, where
from tutor.checks.html import Page

WsgiApp = Callable[..., Iterable[bytes]]


class Response:
    """What the app answered: `.status` (int), `.headers`, `.text`, `.html`, `.json()`."""

    def __init__(
        self, method: str, path: str, status_line: str, headers: list[tuple[str, str]], body: bytes
    ) -> None:
        self.request = f"{method} {path}"
        self.status_line = status_line
        self.status = int(status_line.split()[0])
        self.header_list = headers
        self.headers = {name.lower(): value for name, value in headers}
        self.body = body

    def __repr__(self) -> str:
        return f"<Response {self.request} -> {self.status_line}>"

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @property
    def html(self) -> Page:
        return Page(self.text, f"the page for {self.request}")

    @property
    def location(self) -> str | None:
        return self.headers.get("location")

    def json(self) -> Any:
        try:
            return json.loads(self.text)
        except json.JSONDecodeError as error:
            raise CheckFailure(
                f"The answer to {self.request} should be JSON, but it is not "
                f"({error.msg} at character {error.pos}). It starts: {self.text[:80]!r}"
            ) from None

    def assert_status(self, expected: int) -> None:
        if self.status != expected:
            raise CheckFailure(
                f"{self.request} should answer with status {expected}, but your app answered "
                f"{self.status_line}."
            )


class WsgiClient:
    """client = WsgiClient(app); client.get("/"); client.post("/add", data={"name": "Ana"})."""

    def __init__(self, app: WsgiApp | types.ModuleType, name: str = "your app") -> None:
        self.app = _wsgi_callable(app)
        self.name = name

    def get(self, path: str, headers: Mapping[str, str] | None = None) -> Response:
        return self.request("GET", path, headers=headers)

    def post(
        self,
        path: str,
        data: Mapping[str, Any] | None = None,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """POST a form (`data`, form-encoded) or a JSON body (`json_body`)."""
        if json_body is not None:
            return self.request(
                "POST", path, json.dumps(json_body).encode(), "application/json", headers
            )
        body = urlencode(data or {}, doseq=True).encode()
        return self.request("POST", path, body, "application/x-www-form-urlencoded", headers)

    def request(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        content_type: str = "",
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        parts = urlsplit(path)
        environ: dict[str, Any] = {
            "REQUEST_METHOD": method,
            "PATH_INFO": parts.path or "/",
            "QUERY_STRING": parts.query,
            "CONTENT_LENGTH": str(len(body)),
            "wsgi.input": io.BytesIO(body),
            "wsgi.errors": sys.stderr,
        }
        if content_type:
            environ["CONTENT_TYPE"] = content_type
        for name, value in (headers or {}).items():
            environ["HTTP_" + name.upper().replace("-", "_")] = value
        setup_testing_defaults(environ)
        started: list[tuple[str, list[tuple[str, str]]]] = []

        def start_response(
            status: str, response_headers: list[tuple[str, str]], exc_info: Any = None
        ) -> Callable[[bytes], None]:
            started.append((status, list(response_headers)))
            return lambda data: None

        request = f"{method} {path}"
        try:
            result = self.app(environ, start_response)
            chunks = list(result)
            if hasattr(result, "close"):
                result.close()
        except CheckFailure:
            raise
        except Exception as error:
            raise _crash(error, request, self.name) from None
        if not started:
            raise CheckFailure(
                f"{_capital(self.name)} did not call start_response for {request}, so there is "
                f"no status line. Call start_response('200 OK', [...]) before returning the page."
            )
        for chunk in chunks:
            if isinstance(chunk, str):
                raise CheckFailure(
                    f"For {request}, {self.name} returned text (str) instead of bytes. A WSGI "
                    f"app must return bytes: use [page.encode('utf-8')] instead of [page]."
                )
        status, response_headers = started[-1]
        return Response(method, path, status, response_headers, b"".join(chunks))


def _wsgi_callable(app: WsgiApp | types.ModuleType) -> WsgiApp:
    """A module is searched for `app` or `application`, the names WSGI servers look for."""
    if not isinstance(app, types.ModuleType):
        return app
    for name in ("app", "application"):
        found = getattr(app, name, None)
        if callable(found):
            return found
    file = Path(getattr(app, "__file__", None) or f"{app.__name__}.py").name
    raise CheckFailure(
        f"{file} has no WSGI function called app. Write one that starts with the line "
        f"def app(environ, start_response):\nLike this:\n  def app(environ, start_response):\n"
        f"      ...",
        file,
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _crash(error: Exception, request: str, name: str) -> CheckFailure:
    frames = [
        f
        for f in traceback.extract_tb(error.__traceback__)
        if "/tutor/checks/" not in f.filename.replace("\\", "/")
    ]
    last = frames[-1] if frames else None
    file = last.filename.replace("\\", "/").rsplit("/", 1)[-1] if last else None
    line = last.lineno if last else None
    place = f" ({where(file, line)})" if file else ""
    return CheckFailure(
        f"{_capital(name)} crashed while answering {request}{place}: "
        f"{type(error).__name__}: {error}",
        file,
        line,
    )
