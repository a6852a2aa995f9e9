"""`tutor open`: the learner's page in a real browser, served from this machine only.

A folder of static files (an HTML exercise) is served as it is on disk, so a
saved change shows on the next reload. A folder with an `app.py` that defines
a WSGI `app` (the MVC, Flask and full-stack exercises) runs that app; it is
imported again whenever a .py file of the folder changed, so a save shows too.

Only 127.0.0.1 is ever bound: the page is for the learner at this machine.
"""

from __future__ import annotations

import importlib.util
import mimetypes
import sys
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from tutor.errors import TutorError

LOOPBACK = "127.0.0.1"
WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class ServeError(TutorError):
    """The page cannot be served (a port in use, no page in the folder)."""


def app_file(folder: Path) -> Path | None:
    """The learner's WSGI app module, if the folder has one."""
    candidate = folder / "app.py"
    if candidate.is_file() and "app" in candidate.read_text(encoding="utf-8", errors="replace"):
        return candidate
    return None


def first_page(folder: Path) -> str:
    """The page to open first: index.html, else the first .html file."""
    if (folder / "index.html").is_file():
        return "index.html"
    pages = sorted(p.name for p in folder.glob("*.html"))
    if not pages:
        raise ServeError(
            f"There is no web page in {folder}: no index.html and no other .html file. "
            "Make index.html first."
        )
    return pages[0]


class StaticFiles:
    """The folder's files, read from disk on every request, never outside the folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        path = environ.get("PATH_INFO", "/") or "/"
        wanted = (self.folder / path.lstrip("/")).resolve()
        if wanted.is_dir():
            wanted = wanted / "index.html"
        inside = wanted == self.folder or self.folder in wanted.parents
        hidden = (
            any(part.startswith(".") for part in wanted.relative_to(self.folder).parts)
            if inside
            else True
        )
        if not inside or hidden or not wanted.is_file():
            start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
            return [f"There is no file {path} in your exercise folder.".encode()]
        kind = mimetypes.guess_type(wanted.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind in ("application/javascript", "application/json"):
            kind += "; charset=utf-8"
        start_response("200 OK", [("Content-Type", kind), ("Cache-Control", "no-store")])
        return [wanted.read_bytes()]


class LearnerApp:
    """The learner's app.py, imported again after any .py file in the folder changed."""

    def __init__(self, module_file: Path, report: Callable[[str], None]) -> None:
        self.module_file = module_file
        self.folder = module_file.parent
        self.report = report
        self._stamp: tuple[tuple[str, int], ...] = ()
        self._app: WsgiApp | None = None

    def _changed(self) -> bool:
        stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in self.folder.glob("*.py")))
        changed = stamp != self._stamp
        self._stamp = stamp
        return changed

    def _load(self) -> WsgiApp:
        for name in [n for n, m in sys.modules.items() if _from_folder(m, self.folder)]:
            del sys.modules[name]
        if str(self.folder) not in sys.path:
            sys.path.insert(0, str(self.folder))
        spec = importlib.util.spec_from_file_location("app", self.module_file)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["app"] = module
        spec.loader.exec_module(module)
        app = getattr(module, "app", None)
        if not callable(app):
            raise ServeError(
                "app.py has no app to run: it needs `def app(environ, start_response):` "
                "(or `app = Flask(__name__)`)."
            )
        return app

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        try:
            if self._app is None or self._changed():
                self._app = self._load()
                self.report("app.py loaded again: your latest saved version is running.")
            return self._app(environ, start_response)
        except Exception as error:  # noqa: BLE001 - the learner's app crashed: show it, keep serving
            where = traceback.extract_tb(error.__traceback__)[-1]
            message = (
                f"Your app stopped with {type(error).__name__}: {error} "
                f"({Path(where.filename).name} line {where.lineno}). Fix it, save, and reload "
                "the page."
            )
            self.report(message)
            self._app = None
            start_response(
                "500 Internal Server Error",
                [("Content-Type", "text/plain; charset=utf-8")],
                sys.exc_info(),
            )
            return [message.encode()]


def _from_folder(module: Any, folder: Path) -> bool:
    file = getattr(module, "__file__", None)
    if not file:
        return False
    return Path(file).resolve().parent == folder.resolve()


class QuietHandler(WSGIRequestHandler):
    """No request log on the learner's terminal (the tutor says what matters)."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        pass


def make_page_server(folder: Path, port: int, report: Callable[[str], None]) -> WSGIServer:
    """A server for the folder on 127.0.0.1 (port 0: any free port)."""
    module = app_file(folder)
    app: WsgiApp = LearnerApp(module, report) if module else StaticFiles(folder)
    if module is None:
        first_page(folder)  # says plainly when there is nothing to show
    try:
        return make_server(LOOPBACK, port, app, handler_class=QuietHandler)
    except OSError as error:
        raise ServeError(
            f"Port {port} on this computer is already in use ({error.strerror}). Close the "
            "other program that uses it, or leave --port out to take a free one."
        ) from None
