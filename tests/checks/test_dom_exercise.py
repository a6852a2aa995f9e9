"""The bundled DOM exercise (js-door-counter) through the real runner: every way of
changing the page passes, and each plausible wrong answer gets its own sentence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tutor.runner import CheckRequest, run_check

EXERCISE = Path(__file__).parents[2] / "exercises" / "javascript" / "door-counter"
FIND = """const addButton = document.querySelector("#add");
const count = document.querySelector("#count");
const tally = document.querySelector("#tally");
const resetButton = document.querySelector("#reset");
let visitors = 0;
"""
RESET = """resetButton.addEventListener("click", () => {
  visitors = 0;
  count.textContent = visitors;
  tally.textContent = "";
});
"""


def check(tmp_path: Path, script: str) -> dict[str, tuple[str, str]]:
    """Each test's (status, message) for this script.js in a copy of the starter."""
    workspace = tmp_path / "learner"
    shutil.copytree(EXERCISE / "starter", workspace)
    (workspace / "script.js").write_text(script, encoding="utf-8")
    result = run_check(
        CheckRequest("js-door-counter", workspace, [EXERCISE / "test_counter.py"], timeout=20.0)
    )
    assert result.tests, result
    return {test.name: (test.status, test.message or "") for test in result.tests}


def failures(outcome: dict[str, tuple[str, str]]) -> list[str]:
    return [message for status, message in outcome.values() if status != "pass"]


@pytest.mark.parametrize(
    "script",
    [
        (EXERCISE / "solution" / "script.js").read_text(encoding="utf-8"),
        FIND + 'addButton.addEventListener("click", function () {\n  visitors += 1;\n'
        '  count.innerHTML = visitors;\n  tally.innerHTML += "|";\n});\n'
        + RESET.replace('tally.textContent = ""', 'tally.innerHTML = ""'),
        FIND + "function addOne() {\n  count.textContent = Number(count.textContent) + 1;\n"
        '  tally.textContent += "|";\n}\naddButton.onclick = addOne;\n'
        "resetButton.onclick = () => {\n  count.textContent = 0;\n  tally.textContent = '';\n};\n",
    ],
    ids=["solution", "innerHTML-plus-equals", "onclick-and-reading-the-page"],
)
def test_every_way_of_changing_the_page_passes(tmp_path: Path, script: str) -> None:
    assert failures(check(tmp_path, script)) == []


@pytest.mark.parametrize(
    ("script", "words"),
    [
        (
            FIND + 'count.addEventListener("click", () => {\n  visitors += 1;\n'
            "  count.textContent = visitors;\n});\n" + RESET,
            "a click on the number itself (#count) made it go up: the listener is on the "
            "wrong element",
        ),
        (
            FIND + 'resetButton.addEventListener("click", () => {\n  visitors += 1;\n'
            "  count.textContent = visitors;\n});\n",
            "a click on the reset button (#reset) made it go up: the listener is on the wrong "
            "element",
        ),
        (
            FIND + 'document.addEventListener("click", () => {\n  visitors += 1;\n'
            '  count.textContent = visitors;\n  tally.textContent += "|";\n});\n' + RESET,
            "the listener is on the whole page (document or document.body)",
        ),
        (
            FIND + 'addButton.addEventListener("click", () => {\n'
            '  count.textContent = count.textContent + 1;\n});\n',
            '"0" + 1 gives "01"',
        ),
        (
            FIND + "function addOne() {\n  visitors += 1;\n  count.textContent = visitors;\n}\n"
            'addButton.addEventListener("click", addOne());\n',
            "without () after its name",
        ),
        (
            FIND + 'addButton.addEventListener("click", () => {\n  visitors += 1;\n'
            '  count.textContent = visitors;\n  tally.textContent += "|";\n});\n'
            + RESET.replace("  visitors = 0;\n", "").replace("= visitors", "= 0"),
            "must also put the visitors variable back to 0",
        ),
        (
            FIND.replace('"#add"', '"#ad"') + 'addButton.addEventListener("click", f);\n',
            "document.querySelector('#ad') found nothing, so .addEventListener cannot be used "
            "on it. No element has id 'ad'. Did you mean 'add'?",
        ),
    ],
    ids=["listener-on-the-number", "listener-on-the-reset-button", "listener-on-the-document",
         "text-plus-one", "called-at-once", "reset-forgets-the-variable", "wrong-id"],
)  # fmt: skip
def test_plausible_wrong_answers_are_explained(tmp_path: Path, script: str, words: str) -> None:
    messages = failures(check(tmp_path, script))
    assert any(words in message for message in messages), messages


def test_the_starter_fails_for_the_missing_listeners(tmp_path: Path) -> None:
    starter = (EXERCISE / "starter" / "script.js").read_text(encoding="utf-8")
    outcome = check(tmp_path, starter)
    assert outcome["the count starts at 0 before any click"][0] == "pass"
    said = "\n".join(failures(outcome))
    assert 'still shows 0. Add a "click" listener' in said
    assert "Make the button 'Someone came in' count first" in said
