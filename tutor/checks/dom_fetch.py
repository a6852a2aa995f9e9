"""Answers to a page's fetch(): a fake the test defines, or the learner's own WSGI app.

No network is ever used. The page's requests wait in JavaScript until the
host answers them between promise jobs (dom.py settle).

    browser("index.html", fetch={"/api/notes": [{"id": 1, "text": "milk"}]})
    browser("index.html", fetch={"POST /api/notes": (201, {"id": 2})})
    browser("index.html", fetch=lambda request: (200, {"seen": request["url"]}))
    browser("index.html", fetch=WsgiClient(app))   # the learner's API, in the same check
    browser("/", fetch=WsgiClient(app))            # the page itself sent by the learner's app
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from tutor.checks.failure import CheckFailure
from tutor.checks.web import WsgiClient

FetchAnswer = Mapping[str, Any] | Callable[[dict[str, Any]], Any] | WsgiClient

# (status, headers, body); status None means the fetch fails (its promise rejects).
Answer = tuple[int | None, dict[str, str], str]


def answer_fetch(answers: FetchAnswer | None, request: dict[str, Any]) -> Answer:
    url = str(request["url"])
    method = str(request["method"])
    if answers is None:
        return None, {}, f"Failed to fetch {url}: this check has no server for the page to ask"
    if isinstance(answers, WsgiClient):
        return _from_app(answers, request)
    if isinstance(answers, Mapping):
        path = urlsplit(url).path or url
        for key in (f"{method} {url}", f"{method} {path}", url, path):
            if key in answers and (" " in key or method == "GET"):
                return _shaped(answers[key])
        return 404, {"content-type": "text/plain"}, f"Not found: {method} {url}"
    return _shaped(answers(dict(request)))


def _shaped(given: Any) -> Answer:
    """A test's answer: a body, or (status, body), or (status, body, headers)."""
    status, body, headers = 200, given, {}
    if isinstance(given, tuple):
        status, body = given[0], given[1]
        headers = dict(given[2]) if len(given) > 2 else {}
    if isinstance(body, (bytes, bytearray)):
        body = bytes(body).decode("utf-8", errors="replace")
    if not isinstance(body, str):
        body = json.dumps(body)
        headers.setdefault("content-type", "application/json")
    return int(status), {k.lower(): str(v) for k, v in headers.items()}, body


def _from_app(client: WsgiClient, request: dict[str, Any]) -> Answer:
    parts = urlsplit(str(request["url"]))
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    headers = dict(request.get("headers") or {})
    content_type = headers.pop("content-type", "")
    body = (request.get("body") or "").encode("utf-8")
    response = client.request(str(request["method"]), path or "/", body, content_type, headers)
    return response.status, response.headers, response.text


def served_site(name: str, answers: FetchAnswer | None) -> WsgiClient | None:
    """The learner's app that sends the page at this address, or None for a file."""
    if not name.startswith("/"):
        return None
    if not isinstance(answers, WsgiClient):
        raise CheckFailure(
            f"The check asked for the page at {name}, an address, but gave no app to ask "
            "(for the instructor: pass fetch=wsgi_client(app), or name a file such as "
            "'index.html')."
        )
    return answers


def served_text(site: WsgiClient, path: str, *, missing_ok: bool = False) -> str | None:
    """What the app sends for GET path, as a browser would ask for a page or a script."""
    response = site.get(path)
    if response.status == 200:
        return response.text
    if missing_ok and response.status == 404:
        return None
    raise CheckFailure(
        f"The browser asked {site.name} for GET {path}, and it answered "
        f"{response.status_line}, so the page could not load it. Check the address in the "
        "page (src or href) and the route in your app that should send it."
    )
