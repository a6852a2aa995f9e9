"""A check that runs out of time speaks of what the learner wrote: SQL, HTML or JavaScript.

Each test writes a real exercise folder and a real instructor's test, runs it
through run_check with a short timeout, and reads the Result. The tutor's
check code (tutor/checks/sql.py running the learner's .sql, html.py reading
their .html, js.py running their .js) is where such a check is stuck, so the
message names the learner's file and gives advice for that language, not
for Python's while loops.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.runner import CheckRequest, Result, run_check
from tutor.runner.messages import Locator, Stuck

ENDLESS_QUERY = """-- Count to ten.
SELECT 1;
WITH RECURSIVE counter(n) AS (
  SELECT 1
  UNION ALL
  SELECT n + 1 FROM counter
)
SELECT max(n) FROM counter;
"""


def exercise(root: Path, files: dict[str, str], tests: str, timeout: float = 1.0) -> CheckRequest:
    """A learner's folder with `files`, and the instructor's test in a separate course folder."""
    workspace, course = root / "workspace", root / "course"
    workspace.mkdir()
    course.mkdir()
    for name, text in files.items():
        (workspace / name).write_text(text, encoding="utf-8")
    test_file = course / "test_exercise.py"
    test_file.write_text(tests, encoding="utf-8")
    return CheckRequest(
        exercise_id="timeout-languages",
        workspace=workspace,
        test_files=[test_file],
        timeout=timeout,
        plugin_options={"tutor-workspace": str(workspace), "tutor-exercise": str(course)},
    )


def said(result: Result) -> str:
    return "\n".join([result.message or ""] + [t.message or "" for t in result.tests])


def test_a_recursive_query_with_no_end_is_told_as_sql(tmp_path: Path) -> None:
    request = exercise(
        tmp_path,
        {"query.sql": ENDLESS_QUERY},
        "def test_counts_to_ten(sql_db):\n"
        "    db = sql_db()\n"
        '    assert db.run_file("query.sql") == [(10,)]\n',
    )
    result = run_check(request)
    text = said(result)
    assert result.timed_out
    assert result.status == "error"
    assert text.startswith(
        "Your SQL in query.sql took longer than 1 second while checking 'counts to ten', "
        "so the tutor stopped it."
    ), text
    assert "Look at the WITH RECURSIVE query that starts at line 3 of query.sql" in text
    assert "needs a WHERE that becomes false" in text
    assert "while loop" not in text
    assert result.where is not None
    assert (result.where.file, result.where.line) == ("query.sql", 3)


def test_the_file_the_test_runs_is_named_among_several(tmp_path: Path) -> None:
    request = exercise(
        tmp_path,
        {
            "tables.sql": "CREATE TABLE t (n INTEGER);\n",
            "report.sql": "SELECT 1;\n\n" + ENDLESS_QUERY,
        },
        "def test_report(sql_db):\n"
        "    db = sql_db()\n"
        "    db.run_file('tables.sql')\n"
        "    db.run_file('report.sql')\n",
    )
    result = run_check(request)
    text = said(result)
    assert result.timed_out
    assert "Your SQL in report.sql took longer than 1 second" in text
    assert "starts at line 5 of report.sql" in text
    assert result.where is not None
    assert (result.where.file, result.where.line) == ("report.sql", 5)


def test_a_page_too_long_to_read_is_told_as_html(tmp_path: Path) -> None:
    # Not deep (that is refused at once), only long: html5lib reads it for many seconds.
    page = "<!DOCTYPE html>\n<html lang='en'>\n<body>\n" + "<p>Hello</p>\n" * 200_000
    request = exercise(
        tmp_path,
        {"index.html": page},
        "def test_heading(html_page):\n"
        '    page = html_page("index.html")\n'
        '    assert page.has("h1")\n',
    )
    result = run_check(request)
    text = said(result)
    assert result.timed_out
    assert text.startswith(
        "Reading your page index.html took longer than 1 second while checking 'heading'"
    ), text
    assert "every tag you open is closed, like <div>...</div>" in text
    assert "while loop" not in text
    assert result.where is not None
    assert result.where.file == "index.html"


def test_javascript_stuck_past_the_check_timeout_is_told_as_javascript(tmp_path: Path) -> None:
    request = exercise(
        tmp_path,
        {"script.js": "let n = 0;\nwhile (n >= 0) {\n  n = n + 1;\n}\n"},
        'def test_runs(js):\n    js("script.js", time_limit=60)\n',
    )
    result = run_check(request)
    text = said(result)
    assert result.timed_out
    assert text.startswith("Your JavaScript in script.js took longer than 1 second"), text
    assert "Look at the while and for loops in script.js" in text


def test_a_python_loop_is_still_told_as_a_python_loop(tmp_path: Path) -> None:
    request = exercise(
        tmp_path,
        {"spin.py": "def spin():\n    n = 0\n    while n >= 0:\n        n += 1\n"},
        "from spin import spin\n\ndef test_spin():\n    spin()\n",
    )
    result = run_check(request)
    text = said(result)
    assert result.timed_out
    assert "Look at the while loop at line 3 of spin.py" in text
    assert "SQL" not in text and "page" not in text


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"query.sql": "SELECT 1;\n", "test_visible.py": "x = 1\n"},
            Stuck("sql", "query.sql", None),
        ),
        ({"index.html": "<p>hi</p>\n", "style.css": "p {}\n"}, None),  # two languages: unsure
        ({"index.html": "<p>hi</p>\n"}, Stuck("html", "index.html", None)),
        ({"query.sql": "SELECT 1;\n", "helper.py": "x = 1\n"}, None),  # Python: the loop words
    ],
)
def test_with_no_stack_to_read_the_learner_files_say_the_language(
    tmp_path: Path, files: dict[str, str], expected: Stuck | None
) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert Locator(tmp_path, []).guess_language() == expected
