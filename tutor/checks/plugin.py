"""The pytest plugin instructors' tests use: `-p tutor.checks.plugin`.

The pytest11 entry point in pyproject.toml has the same name as the module,
so `-p tutor.checks.plugin` and autoloading register it once: pytest skips a
plugin name that is already registered.

Options: --tutor-workspace (the learner's folder; default: the current folder)
and --tutor-exercise (the exercise folder in the course; default: the folder
of the test file). Fixtures give tests the learner's files, pages, stylesheets,
scripts, databases, repository and web app, with failures written for a beginner.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tutor.checks.failure import CheckFailure
from tutor.checks.files import Files

# Imported inside the fixtures that use them: a check of a Python exercise should
# not load bs4, tinycss2, quickjs or GitPython (the warm helper preloads them).
if TYPE_CHECKING:
    from tutor.checks.css import Sheet
    from tutor.checks.dom import BrowserPage
    from tutor.checks.gitrepo import RepoFacts
    from tutor.checks.html import Page
    from tutor.checks.js import JsProgram
    from tutor.checks.sql import Db
    from tutor.checks.web import WsgiApp, WsgiClient


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    group = parser.getgroup("tutor", "offline coding tutor checks")
    group.addoption(
        "--tutor-workspace",
        default=None,
        metavar="DIR",
        help="the learner's exercise folder (default: the current folder)",
    )
    group.addoption(
        "--tutor-exercise",
        default=None,
        metavar="DIR",
        help="the exercise folder in the course (default: the test file's folder)",
    )
    if pluginmanager.is_blocked("debugging"):
        # A check runs with `-p no:debugging` (no pdb to import), but pytest's unittest
        # support still reads these two options: without them every TestCase test errors.
        group.addoption("--trace", dest="trace", action="store_true", help=argparse.SUPPRESS)
        group.addoption("--pdb", dest="usepdb", action="store_true", help=argparse.SUPPRESS)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Tests written in JavaScript (`*.test.js`, `*.spec.js`): one pytest test each."""
    if file_path.name.endswith((".test.js", ".spec.js", ".test.mjs", ".spec.mjs")):
        from tutor.checks.jsplugin import collect

        return collect(file_path, parent)
    return None


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Show a CheckFailure as its sentence alone, like pytest.fail(..., pytrace=False).

    The traceback would lead into tutor/checks, which is not where the learner
    (or the instructor reading a failure) needs to look; --fulltrace shows it.
    """
    report = yield
    error = call.excinfo.value if call.excinfo is not None else None
    full = item.config.getoption("fulltrace", False)
    if isinstance(error, CheckFailure) and report.failed and not full:
        report.longrepr = str(error)
    return report


@pytest.fixture
def workspace(request: pytest.FixtureRequest) -> Path:
    """The learner's exercise folder."""
    given = request.config.getoption("tutor_workspace")
    return Path(given).resolve() if given else Path.cwd()


@pytest.fixture
def exercise_dir(request: pytest.FixtureRequest) -> Path:
    """The exercise folder in the course: seeds and other instructor files live here."""
    given = request.config.getoption("tutor_exercise")
    return Path(given).resolve() if given else Path(request.path).parent.resolve()


@pytest.fixture
def files(workspace: Path) -> Files:
    return Files(workspace)


@pytest.fixture
def html_page(files: Files) -> Callable[..., Page]:
    """html_page("index.html") -> Page."""
    from tutor.checks.html import Page

    def load(name: str = "index.html") -> Page:
        return Page(files.read(name), name)

    return load


@pytest.fixture
def stylesheet(files: Files) -> Callable[..., Sheet]:
    """stylesheet("style.css") -> Sheet."""
    from tutor.checks.css import parse_stylesheet

    def load(name: str = "style.css") -> Sheet:
        return parse_stylesheet(files.read(name), name)

    return load


@pytest.fixture
def js(files: Files) -> Callable[..., JsProgram]:
    """js("script.js", time_limit=2.0) -> JsProgram: the script already run once."""
    from tutor.checks.js import DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT, JsProgram

    def load(
        name: str = "script.js",
        time_limit: float = DEFAULT_TIME_LIMIT,
        memory_limit: int = DEFAULT_MEMORY_LIMIT,
    ) -> JsProgram:
        def read(other: str) -> str | None:
            return files.read(other) if files.exists(other) else None

        return JsProgram(files.read(name), name, time_limit, memory_limit, read=read)

    return load


@pytest.fixture
def browser(workspace: Path) -> Callable[..., BrowserPage]:
    """browser("index.html", fetch=..., storage=...) -> BrowserPage: the page, scripts run.

    page.click("#add"), page.type("#item", "milk"), page.text("#list"),
    page.all("li"), page.console, page.advance(500), page.storage: see tutor/checks/dom.py.
    """
    from tutor.checks.dom import browser_for

    return browser_for(workspace)


@pytest.fixture
def sql_db(workspace: Path, exercise_dir: Path) -> Iterator[Callable[..., Db]]:
    """sql_db(seed="seed.sql") -> Db: in memory, seeded from the exercise (or workspace) folder."""
    from tutor.checks.sql import Db

    opened: list[Db] = []

    def make(seed: str | None = None) -> Db:
        db = Db(workspace)
        opened.append(db)
        if seed is not None:
            for folder in (exercise_dir, workspace):
                if (folder / seed).is_file():
                    db.seed(folder / seed)
                    break
            else:
                raise FileNotFoundError(
                    f"seed file {seed} is in neither {exercise_dir} nor {workspace}"
                )
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def git_repo(workspace: Path) -> RepoFacts:
    from tutor.checks.gitrepo import RepoFacts

    return RepoFacts(workspace)


@pytest.fixture
def wsgi_client() -> Callable[..., WsgiClient]:
    """wsgi_client(app) -> WsgiClient, e.g. wsgi_client(files.python_module("app").app)."""
    from tutor.checks.web import WsgiClient

    def make(app: WsgiApp | Any, name: str = "your app") -> WsgiClient:
        return WsgiClient(app, name)

    return make
