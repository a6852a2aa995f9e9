"""Escape sequences from a learner's program, its exception and the course's strings never
reach the terminal raw through the `tutor` commands: they are shown as symbols."""

from __future__ import annotations

from pathlib import Path

from robust_course import build_course, new_learner

RAW = ("\x1b", "\x07", "\x9b", "\u202e")
PRINTING = """
print("\\x1b]0;pwned\\x07 and \\x1b]52;c;cHduZWQ=\\x07")


def answer():
    raise ValueError("\\x1b]0;pwned\\x07 \\x9b31m \\u202egnp.exe")
"""


def test_no_escape_reaches_stdout_or_stderr(tmp_path: Path) -> None:
    course = build_course(tmp_path / "course")
    lesson = course / "lessons" / "robust" / "01-languages.toml"
    text = lesson.read_text(encoding="utf-8")
    text = text.replace('title = "Python"', 'title = "Python\\u001b]0;pwned\\u0007\\u009b"')
    text = text.replace(
        'title = "One exercise per language"', 'title = "Lesson\\u001b]52;c;eA==\\u0007"'
    )
    lesson.write_text(text, encoding="utf-8")
    learner = new_learner(tmp_path, course)
    learner.start("robust-py")
    (learner.workspace("robust-py") / "solution.py").write_text(PRINTING)
    outputs = []
    for command in (
        ["check", "robust-py"],
        ["check", "robust-py", "--json"],
        ["list"],
        ["lesson", "robust-py"],
        ["progress"],
        ["progress", "--csv"],
        ["history", "robust-py"],
    ):
        done = learner.run(*command)
        assert "Traceback" not in done.stderr, done.stderr
        outputs.append((command, done.stdout + done.stderr))
    for command, said in outputs:
        for raw in RAW:
            assert raw not in said, (command, raw, said[-2000:])
    everything = "".join(said for _, said in outputs)
    assert "Python␛]0;pwned␇" in everything  # shown as symbols, so the reader sees them
    assert "␛]0;pwned␇" in outputs[0][1]  # the learner's exception, in `tutor check`
    assert "\\u001b]0;pwned" in outputs[1][1]  # JSON keeps the data, escaped
