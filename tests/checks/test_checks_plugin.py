"""The plugin for real: pytest runs an instructor's test file against a learner's folder."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

INSTRUCTOR_TESTS = """
from tutor.checks import assert_rows


def test_page_has_a_main_heading(html_page):
    html_page().one("h1", "<h1> heading", "Add one inside <body>, like <h1>My page</h1>.")


def test_heading_is_navy(stylesheet):
    stylesheet().assert_colour("h1", "color", "navy")


def test_add_adds(js):
    assert js("script.js", time_limit=0.5).call("add", 2, 3) == 5


def test_adults_query(sql_db):
    db = sql_db(seed="seed.sql")
    assert_rows(db.run_file("query.sql"), [("Ana",)])


def test_greeting(files):
    assert files.python_module("hello").greet("Ana") == "Hello, Ana!"


def test_home_page_answers(files, wsgi_client):
    client = wsgi_client(files.python_module("app").app)
    assert client.get("/").status == 200
"""

LEARNER = {
    "index.html": "<!DOCTYPE html>\n<html lang='en'>\n<body>\n<p>No heading yet</p>\n</body>\n"
    "</html>\n",
    "style.css": "h1 {\n  color: #000080;\n}\n",
    "script.js": "function add(a, b) {\n  return a + b;\n}\n",
    "query.sql": "SELECT name FROM people WHERE age >= 18;\n",
    "hello.py": "def greet(name):\n    return f'Hello, {name}!'\n",
    "app.py": "def app(environ, start_response):\n    start_response('200 OK', [])\n"
    "    return [b'home']\n",
}

SEED = (
    "CREATE TABLE people (name TEXT, age INTEGER);\nINSERT INTO people VALUES ('Ana', 31), "
    "('Bo', 12);\n"
)


def make_exercise(root: Path) -> tuple[Path, Path]:
    exercise = root / "exercise"
    learner = root / "learner"
    exercise.mkdir()
    learner.mkdir()
    (exercise / "test_exercise.py").write_text(INSTRUCTOR_TESTS)
    (exercise / "seed.sql").write_text(SEED)
    for name, text in LEARNER.items():
        (learner / name).write_text(text)
    return exercise, learner


def test_fixtures_work_and_failures_read_as_sentences(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")  # as the tutor's runner does
    exercise, learner = make_exercise(pytester.path)
    result = pytester.runpytest_subprocess(
        "-p",
        "tutor.checks.plugin",
        f"--tutor-workspace={learner}",
        f"--tutor-exercise={exercise}",
        "--noconftest",
        "-p",
        "no:cacheprovider",
        str(exercise / "test_exercise.py"),
    )
    result.assert_outcomes(passed=5, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*_ test_page_has_a_main_heading _*",
            "index.html has no <h1> heading. Add one inside <body>, like <h1>My page</h1>.",
        ]
    )
    # The sentence alone, not a Python traceback into tutor/checks.
    assert "tutor/checks/html.py" not in result.stdout.str()


def test_the_entry_point_has_the_module_name() -> None:
    """One name for both ways in, so pytest never registers the module twice."""
    found = [e for e in entry_points(group="pytest11") if e.value == "tutor.checks.plugin"]
    assert [e.name for e in found] == ["tutor.checks.plugin"]


@pytest.mark.parametrize(
    "plugin_option", [["-p", "tutor.checks.plugin"], []], ids=["with -p", "entry point alone"]
)
def test_plugin_loads_with_autoload_on(tmp_path: Path, plugin_option: list[str]) -> None:
    """Plain pytest (the entry point), and -p while the entry point is also autoloaded."""
    exercise, learner = make_exercise(tmp_path)
    (learner / "index.html").write_text(
        "<!DOCTYPE html><html lang='en'><body><h1>Hi</h1></body></html>"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *plugin_option,
            f"--tutor-workspace={learner}",
            str(exercise / "test_exercise.py"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert "6 passed" in done.stdout, (done.stdout[-2000:], done.stderr[-2000:])


def test_the_workspace_defaults_to_the_current_folder(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    exercise, learner = make_exercise(pytester.path)
    monkeypatch.chdir(learner)
    result = pytester.runpytest_subprocess(
        "-p",
        "tutor.checks.plugin",
        "-p",
        "no:cacheprovider",
        str(exercise / "test_exercise.py"),
        "-k",
        "greeting or query",
    )
    result.assert_outcomes(passed=2)
