"""The browser track's exercises (lessons/browser 08-14) through the real runner: a
plausible wrong answer fails with the sentence written for it, and the reference
solution passes. Each case is the solution with one realistic mistake put in."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tutor.runner import CheckRequest, run_check

EXERCISES = Path(__file__).parents[2] / "exercises" / "browser"

# (folder, the solution's text, what the mistake puts instead, words its message must hold)
MISTAKES = [
    ("live-notice", '"input"', '"change"', "only when the cursor left the field"),
    ("live-notice", '"input"', '"keydown"', "one letter behind"),
    ("live-notice", "> LIMIT", ">= LIMIT", "> rather than >="),
    (
        "form-messages",
        'form.addEventListener("submit"',
        'document.querySelector("#visit-form button").addEventListener("click"',
        "a form can be sent without one",
    ),
    ("form-messages", "nameField.value.trim()", "nameField.value", "only spaces"),
    (
        "one-listener-list",
        'if (clicked.classList.contains("remove")) {',
        "if (true) {",
        "Remove a job only when",
    ),
    ("render-from-state", '  list.innerHTML = "";\n', "", "the books drawn before are still there"),
    ("saved-list", "JSON.stringify(items)", "items", "which is not JSON"),
    ("saved-list", " || [];", ";", "JSON.parse(null) is null"),
    ("help-panel", " && !help.hidden", "", "Escape should change nothing"),
    (
        "help-panel",
        'document.addEventListener("keydown"',
        'help.addEventListener("keydown"',
        "wherever the cursor is",
    ),
    ("fix-the-page", "let i = 0", "let i = 1", "the first item of an array is number 0"),
    (
        "fix-the-page",
        'addEventListener("click", removeLast)',
        'addEventListener("click", removeLast())',
        "with () after a function's name",
    ),
]


def failures(tmp_path: Path, folder: str, script: str) -> list[str]:
    exercise = EXERCISES / folder
    workspace = tmp_path / "learner"
    shutil.copytree(exercise / "starter", workspace)
    (workspace / "script.js").write_text(script, encoding="utf-8")
    tests = sorted(exercise.glob("test_*.py"))
    result = run_check(CheckRequest(f"dom-{folder}", workspace, tests, timeout=30.0))
    assert result.tests, result
    return [test.message or "" for test in result.tests if test.status != "pass"]


@pytest.mark.parametrize(
    ("folder", "right", "wrong", "said"),
    MISTAKES,
    ids=[f"{case[0]}:{case[3][:30]}" for case in MISTAKES],
)
def test_a_plausible_mistake_gets_its_own_sentence(
    tmp_path: Path, folder: str, right: str, wrong: str, said: str
) -> None:
    solution = (EXERCISES / folder / "solution" / "script.js").read_text(encoding="utf-8")
    assert right in solution, f"the case no longer matches {folder}'s solution"
    messages = failures(tmp_path, folder, solution.replace(right, wrong))
    assert any(said in message for message in messages), messages


@pytest.mark.parametrize("folder", sorted(path.name for path in EXERCISES.iterdir()))
def test_the_reference_solution_passes(tmp_path: Path, folder: str) -> None:
    solution = EXERCISES / folder / "solution" / "script.js"
    if not solution.exists():
        pytest.skip("no script.js solution")
    assert failures(tmp_path, folder, solution.read_text(encoding="utf-8")) == []
