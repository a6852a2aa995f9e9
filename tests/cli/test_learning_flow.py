"""A learner's whole path through one exercise, with the real CLI, git and pytest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import RunCli, solve


def test_list_shows_the_welcome_track_with_statuses(tutor: RunCli) -> None:
    ran = tutor("list")
    assert ran.code == 0
    assert "Offline Coding School: 0 of" in ran.out
    assert "Welcome: using the tutor" in ran.out
    first = next(line for line in ran.out.splitlines() if "hello-tutor" in line)
    assert first.strip().startswith("[ ]")
    locked = next(line for line in ran.out.splitlines() if "voting-tests" in line)
    assert "[locked]" in locked, "lesson 3 requires lesson 2, which is not done"
    assert "Next: tutor start hello-tutor" in ran.out


def test_list_json_has_one_object_per_exercise(tutor: RunCli) -> None:
    ran = tutor("list", "--json")
    assert ran.code == 0
    rows = json.loads(ran.out)
    by_id = {row["id"]: row for row in rows}
    assert {"hello-tutor", "welcome-page", "voting-tests"} <= by_id.keys()
    assert by_id["hello-tutor"] == {
        **by_id["hello-tutor"],
        "kind": "tests",
        "lesson": "welcome/using-the-tutor",
        "track": "welcome",
        "status": "not started",
        "title": "Say hello from a function",
    }
    assert by_id["voting-tests"]["status"] == "locked"
    assert by_id["voting-tests"]["kind"] == "tdd"


def test_start_makes_the_folder_and_says_what_to_do(tutor: RunCli, workspace_of) -> None:
    ran = tutor("start", "hello-tutor")
    folder = workspace_of("hello-tutor")
    assert ran.code == 0
    assert (folder / "greet.py").is_file()
    assert str(folder) in ran.out
    assert 'greet("Ada")' in ran.out, "the task is shown"
    assert "Files to edit: greet.py" in ran.out
    assert "edit greet.py, then run: tutor check" in ran.out
    again = tutor("start", "hello-tutor")
    assert "You started this before" in again.out


def test_a_whole_exercise_from_failing_to_done(tutor: RunCli, workspace_of) -> None:
    tutor("start", "hello-tutor")
    folder = workspace_of("hello-tutor")

    failing = tutor("check", "hello-tutor")
    assert failing.code == 1
    assert "FAIL greet says hello to ada" in failing.out
    assert "Not yet. The first thing to fix:" in failing.out
    assert "'Hello, world!'" in failing.out, "the message says what the function gave"
    assert "Stuck? tutor hint hello-tutor (3 hints left)" in failing.out

    solve(folder, "hello-tutor")
    passing = tutor("check", "hello-tutor")
    assert passing.code == 0, passing.out
    assert "PASS greet says hello to ada" in passing.out
    assert "Done! Every check passes." in passing.out
    assert "Next exercise: tutor start welcome-page" in passing.out

    listed = {row["id"]: row["status"] for row in json.loads(tutor("list", "--json").out)}
    assert listed["hello-tutor"] == "done"
    assert listed["welcome-page"] == "not started", "lesson 2 opened"

    record = {row["id"]: row for row in json.loads(tutor("progress", "--json").out)}
    assert record["hello-tutor"]["status"] == "done"
    assert record["hello-tutor"]["attempts"] == 2
    assert record["hello-tutor"]["last_status"] == "pass"
    table = tutor("progress")
    assert table.code == 0
    assert "1 of" in table.out and "exercises done" in table.out
    csv_lines = tutor("progress", "--csv").out.splitlines()
    assert csv_lines[0].startswith("id,title,status,attempts,hints")
    assert any(line.startswith("hello-tutor,") and ",done,2," in line for line in csv_lines)


def test_check_finds_the_exercise_from_the_current_folder(
    tutor: RunCli, workspace_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    tutor("start", "hello-tutor")
    monkeypatch.chdir(workspace_of("hello-tutor"))
    ran = tutor("check")
    assert ran.code == 1
    assert "Checking hello-tutor" in ran.out


def test_check_outside_an_exercise_folder_says_what_to_do(
    tutor: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    ran = tutor("check")
    assert ran.code == 2
    assert "not an exercise folder" in ran.err
    assert "Traceback" not in ran.err


def test_check_json_is_the_result_shape_only(tutor: RunCli) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    ran = tutor("check", "hello-tutor", "--json")
    assert ran.code == 1
    data = json.loads(ran.out)  # nothing but JSON on stdout
    schema = {
        "type": "object",
        "required": ["version", "status", "exercise", "tests", "duration_ms", "timed_out"],
        "properties": {
            "version": {"const": 3},
            "status": {"enum": ["pass", "fail", "error"]},
            "exercise": {"const": "hello-tutor"},
            "message": {"type": ["string", "null"]},
            "tests": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["name", "status", "message", "output", "task_id"],
                    "properties": {"status": {"enum": ["pass", "fail", "error"]}},
                },
            },
        },
    }
    jsonschema.validate(data, schema)
    assert data["status"] == "fail"
    assert {t["name"] for t in data["tests"]} >= {"greet says hello to ada"}


def test_steps_are_shown_as_a_checklist(tutor: RunCli) -> None:
    ran = tutor("check", "welcome-page")
    assert ran.code == 1
    assert "FAIL Step 1: A heading that says hello" in ran.out
    assert "FAIL Step 2: A paragraph about you" in ran.out
    assert "index.html has no <h1> heading inside <body>" in ran.out


def test_hints_come_one_at_a_time_and_are_recorded(tutor: RunCli) -> None:
    first = tutor("hint", "hello-tutor")
    assert first.code == 0
    assert "Hint 1 of 3:" in first.out
    assert "parameter" in first.out
    assert "Still stuck? 2 more hints: tutor hint hello-tutor" in first.out
    assert "Hint 2 of 3:" in tutor("hint", "hello-tutor").out
    third = tutor("hint", "hello-tutor")
    assert "Hint 3 of 3:" in third.out
    fourth = tutor("hint", "hello-tutor")
    assert "Hint 3 of 3:" in fourth.out
    assert "That is the last hint" in fourth.out
    assert "you have seen all 3 hints" in tutor("check", "hello-tutor").out
    record = {row["id"]: row for row in json.loads(tutor("progress", "--json").out)}
    assert record["hello-tutor"]["hints"] == 3


def test_reset_goes_back_to_the_starter_and_keeps_history(tutor: RunCli, workspace_of) -> None:
    tutor("start", "hello-tutor")
    folder = workspace_of("hello-tutor")
    starter = (folder / "greet.py").read_text(encoding="utf-8")
    solve(folder, "hello-tutor")
    assert tutor("check", "hello-tutor").code == 0

    ran = tutor("reset", "hello-tutor")
    assert ran.code == 0
    assert "not lost" in ran.out and "tutor history hello-tutor" in ran.out
    assert (folder / "greet.py").read_text(encoding="utf-8") == starter

    history = tutor("history", "hello-tutor")
    assert history.code == 0
    assert "reset to the starter" in history.out
    passed_line = next(line for line in history.out.splitlines() if "3/3 passed" in line)
    code = passed_line.split()[0]

    restored = tutor("restore", "hello-tutor", code)
    assert restored.code == 0, restored.err
    assert '"Hello, " + name' in (folder / "greet.py").read_text(encoding="utf-8")
    assert tutor("restore", "hello-tutor", "nonsense").code == 2


def test_diff_shows_what_changed_since_the_start(tutor: RunCli, workspace_of) -> None:
    assert tutor("diff", "hello-tutor").code == 2, "not started yet"
    tutor("start", "hello-tutor")
    assert "No changes since" in tutor("diff", "hello-tutor").out
    solve(workspace_of("hello-tutor"), "hello-tutor")
    ran = tutor("diff", "hello-tutor")
    assert ran.code == 0
    assert "greet.py (changed)" in ran.out and "Around line 1:" in ran.out
    assert '-     return "Hello, world!"' in ran.out
    assert '+     return "Hello, " + name + "!"' in ran.out
    assert "index " not in ran.out and "@@" not in ran.out  # git's own lines stay out


def test_diff_restore_and_solution_need_no_name_inside_the_exercise_folder(
    tutor: RunCli, workspace_of, monkeypatch: pytest.MonkeyPatch
) -> None:
    tutor("start", "hello-tutor")
    folder = workspace_of("hello-tutor")
    monkeypatch.chdir(folder)
    starter = (folder / "greet.py").read_text(encoding="utf-8")
    solve(folder, "hello-tutor")
    assert tutor("check").code == 0
    first = tutor("history").out.splitlines()
    start_code = next(line for line in first if "start" in line).split()[0]

    since_start = tutor("diff", start_code)  # one word: the folder's exercise, that snapshot
    assert since_start.code == 0, since_start.err
    assert '+     return "Hello, " + name + "!"' in since_start.out
    assert "Hello, " in tutor("solution").out
    restored = tutor("restore", start_code)
    assert restored.code == 0, restored.err
    assert (folder / "greet.py").read_text(encoding="utf-8") == starter
    assert "Which saved version?" in tutor("restore").err


def test_solution_is_refused_before_done_and_shown_after(tutor: RunCli, workspace_of) -> None:
    refused = tutor("solution", "hello-tutor")
    assert refused.code == 1
    assert "opens once you have passed it" in refused.err
    assert "Hello, " not in refused.out

    tutor("start", "hello-tutor")
    solve(workspace_of("hello-tutor"), "hello-tutor")
    tutor("check", "hello-tutor")
    shown = tutor("solution", "hello-tutor")
    assert shown.code == 0
    assert "--- greet.py ---" in shown.out
    assert 'return "Hello, " + name + "!"' in shown.out


def test_tdd_exercise_names_the_mistakes_the_tests_miss(tutor: RunCli, workspace_of) -> None:
    starter = tutor("check", "voting-tests")
    assert starter.code == 1
    assert "Your tests, tried on a correct version and on buggy versions" in starter.out
    off_by_one = "FAIL your tests check that can_vote starts at the right age, not one year off"
    assert off_by_one in starter.out
    assert "Your tests do not check that" in starter.out

    solve(workspace_of("voting-tests"), "voting-tests")
    solved = tutor("check", "voting-tests")
    assert solved.code == 0, solved.out
    assert "PASS your tests check that can_vote can answer False as well as True" in solved.out


def test_tdd_exercise_with_no_tests_asks_the_learner_to_write_one(
    tutor: RunCli, workspace_of
) -> None:
    tutor("start", "voting-tests")
    (workspace_of("voting-tests") / "test_voting.py").write_text(
        "from voting import can_vote\n\n# no tests yet\n", encoding="utf-8"
    )
    checked = tutor("check", "voting-tests")
    assert checked.code == 1
    assert "No test of yours ran" in checked.out
    assert "test_voting.py" in checked.out
    assert "Tell your instructor" not in checked.out


def test_the_lesson_pages_can_be_read_from_a_shell(tutor: RunCli) -> None:
    whole = tutor("lesson", "hello-tutor")
    assert whole.code == 0
    assert "Page 1: How this course works" in whole.out
    assert "Page 4: A first look at Python" in whole.out
    assert "tutor start hello-tutor" in whole.out
    one = tutor("lesson", "welcome/hints-and-history", "--page", "3")
    assert "Page 3: A web page in two tags" in one.out
    assert "Page 1:" not in one.out
    assert tutor("lesson", "welcome/hints-and-history", "--page", "9").code == 2
    assert "There is no lesson called" in tutor("lesson", "welcome/nope").err


def test_a_test_file_python_cannot_read_is_explained(tutor: RunCli, workspace_of) -> None:
    tutor("start", "voting-tests")
    (workspace_of("voting-tests") / "test_voting.py").write_text(
        "from voting import can_vote\n\ndef test_x(:\n    pass\n", encoding="utf-8"
    )
    ran = tutor("check", "voting-tests")
    assert ran.code == 1
    assert "ERROR The checks could not run yet." in ran.out
    assert "Look at: test_voting.py:3" in ran.out
    assert json.loads(tutor("check", "voting-tests", "--json").out)["status"] == "error"
