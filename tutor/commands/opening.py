"""`tutor open`: see the exercise's page in the workstation's browser, served locally."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from tutor.commands.common import EXIT_OK, CommandError, Session, add_command


def register(subparsers: Any) -> None:
    parser = add_command(
        subparsers,
        "open",
        open_page,
        "Show the exercise's page (or run its web app) in a browser, on this computer only.",
        ["tutor open", "tutor open html-first-page", "tutor open --port 8000"],
    )
    parser.add_argument("exercise", nargs="?", help="default: the exercise of this folder")
    parser.add_argument("--port", type=int, default=0, help="default: any free port")
    parser.add_argument(
        "--no-browser", action="store_true", help="only print the address; open no browser"
    )


def open_page(session: Session) -> int:
    from tutor.serving import ServeError, first_page, make_page_server

    out = session.out
    exercise = session.exercise(session.args.exercise)
    workspace = session.tutor.workspace(exercise)
    if not workspace.exists():
        raise CommandError(
            f"'{exercise.id}' has not been started. Start it with: tutor start {exercise.id}"
        )
    try:
        server = make_page_server(workspace.path, session.args.port, out.note)
        page = "" if (workspace.path / "app.py").is_file() else first_page(workspace.path)
    except ServeError as error:
        raise CommandError(str(error)) from None
    address = f"http://127.0.0.1:{server.server_port}/{page}"
    # The requests are served on a thread of their own: wsgiref's handler catches every
    # exception, so a Ctrl+C that lands while a request is answered would be lost there.
    serving = threading.Thread(target=server.serve_forever, name="tutor-open", daemon=True)
    try:
        serving.start()
        out.line(f"Your page is at {address}")
        out.line("Save a file, then reload the page in the browser to see the change.")
        out.line("Press Ctrl+C here to stop.")
        if not session.args.no_browser:
            _open_browser(address, out.note)
        while serving.is_alive():
            serving.join(0.5)
    except KeyboardInterrupt:
        out.line("Stopped: the page is no longer served.")
    finally:
        if serving.is_alive():
            server.shutdown()
        server.server_close()
    return EXIT_OK


def _open_browser(address: str, note: Callable[[str], None]) -> None:
    import webbrowser

    opened = False
    with contextlib.suppress(Exception):
        opened = webbrowser.open(address)
    if not opened:
        note(
            "No web browser could be opened on this computer. Type the address above "
            "into a browser if you have one, or read the page as text in the full-screen "
            "tutor (ctrl+o)."
        )
