"""Milestone "handover" (week 4): the learner's own tests pass, a README, a .gitignore.

The learner's tests (test_library.py) are run here with pytest, on a copy of
their files, exactly as `python -m pytest` would in their folder.
"""

import os
import re
import shutil
import subprocess
import sys
from xml.etree import ElementTree

from tutor.checks import CheckFailure

TESTS = "test_library.py"


def run_learners_tests(files, tmp_path):
    """Run pytest on a copy of the learner's files: {test name: None if it passed, else why}."""
    copy = tmp_path / "project"
    shutil.copytree(files.path, copy, ignore=shutil.ignore_patterns("__pycache__", "*.db"))
    report = tmp_path / "report.xml"
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--junitxml={report}",
            TESTS,
        ],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if not report.exists():
        raise CheckFailure(
            f"pytest could not run {TESTS}: {(done.stdout + done.stderr).strip()[-300:]}",
            TESTS,
        )
    outcomes = {}
    for case in ElementTree.parse(report).iter("testcase"):
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        why = None
        if problem is not None:
            why = (problem.get("message") or problem.text or "it failed").strip().splitlines()[0]
        outcomes[case.get("name")] = why
    return outcomes


def test_your_tests_are_in_test_library_py(files):
    if not files.exists(TESTS):
        raise CheckFailure(
            f"There is no {TESTS} in your last commit. Write your tests there, each a function "
            "whose name starts with test_.",
            TESTS,
        )
    names = re.findall(r"^def (test_\w+)\(", files.read(TESTS), flags=re.MULTILINE)
    assert len(names) >= 4, (
        f"{TESTS} has {len(names)} test(s). Write at least four: the model, the API adding a "
        "book, and what the API refuses (a 400 and a 404)."
    )
    text = files.read(TESTS)
    assert "/api/books" in text, (
        f"None of the tests in {TESTS} calls the API. Use the test client, "
        'create_app(tmp_path / "test.db").test_client(), and call /api/books.'
    )
    assert "400" in text and "404" in text, (
        f"The tests in {TESTS} should also check what the app refuses: one that expects a 400 "
        "and one that expects a 404."
    )


def test_your_tests_pass_on_your_app(files, tmp_path):
    if not files.exists(TESTS):
        raise CheckFailure(f"There is no {TESTS} in your last commit.", TESTS)
    outcomes = run_learners_tests(files, tmp_path)
    assert outcomes, (
        f"pytest found no test in {TESTS}. Each test is a function whose name starts with "
        "test_. Run python -m pytest in your folder to see what it finds."
    )
    for name, why in outcomes.items():
        if why is not None:
            raise CheckFailure(
                f"Your test {name} in {TESTS} fails on your own app: {why}. Run python -m "
                "pytest in your folder to see the whole story, then fix the test or the app.",
                TESTS,
            )


def test_the_readme_says_how_to_start_and_test(files):
    if not files.exists("README.md"):
        raise CheckFailure(
            "There is no README.md. Write one for the next volunteer: what the app is, how to "
            "start it, and how to run its tests.",
            "README.md",
        )
    text = files.read("README.md").lower()
    assert "app.py" in text, (
        "README.md should say how to start the app: the command that runs app.py."
    )
    assert "pytest" in text, "README.md should say how to run the tests: the pytest command."


def test_the_database_file_is_kept_out_of_git(files):
    lines = files.read(".gitignore").split() if files.exists(".gitignore") else []
    assert any(line in ("library.db", "*.db") for line in lines), (
        "library.db holds the centre's real books and changes all day, so it does not belong "
        "in Git. Add a .gitignore file with the line library.db (and __pycache__/)."
    )
