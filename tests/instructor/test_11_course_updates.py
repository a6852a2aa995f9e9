"""Handing out an update: the report knows which course, and which version, work was done on.

Issue 16: `tutor report --verify` without --course checked learners against the
bundled course's same-named exercise, and an exercise finished before a course
update showed a red "does not hold up" once the update changed its checks.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from instructor_helpers import RunCli, learner, solve_like_a_learner

from tutor.instructor.authoring import new_lesson


@pytest.fixture
def night_school(course: Path) -> Path:
    new_lesson(course, "web/basics", "html")
    return course


def finish_basics(tutor: RunCli, home: Path, course_for_files: Path) -> None:
    """As a learner with the active (installed) course: start, solve, check."""
    assert tutor("start", "basics").code == 0
    solve_like_a_learner(course_for_files, home, "web/basics", "basics")
    checked = tutor("check", "basics")
    assert checked.code == 0, checked.out


def test_report_verify_uses_the_exports_course_and_refuses_another(
    tutor: RunCli, night_school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "media" / "night.zip"
    assert tutor("pack", str(night_school), "-o", str(archive)).code == 0
    export = tmp_path / "exports" / "ana.zip"
    with learner(tmp_path / "ana") as home:
        assert tutor("course", "install", str(archive)).code == 0
        finish_basics(tutor, home, night_school)
        assert tutor("progress", "--export", str(export), "--learner", "Ana").code == 0

    # The instructor's folder holds no course: the one at hand is the bundled course.
    refused = tutor("report", str(export), "--html", str(tmp_path / "r.html"), "--verify")
    assert refused.code == 2
    assert "These exports are from the course 'Night School'" in refused.err
    assert "Give the learners' course with --course DIR" in refused.err
    assert not (tmp_path / "r.html").exists()

    monkeypatch.chdir(night_school)  # in the course folder: that is the exports' course
    checked = tutor("report", str(export), "--html", str(tmp_path / "r.html"), "--verify")
    assert checked.code == 0, checked.out + checked.err
    assert f"Running the checks again with the course in {night_school}" in checked.out
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "holds up: the checks pass again" in page


def test_an_exercise_done_on_an_older_version_says_so_rather_than_failing(
    tutor: RunCli, night_school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    v1 = tmp_path / "media" / "night-v1.zip"
    assert tutor("pack", str(night_school), "-o", str(v1), "--course-version", "v1").code == 0
    home = tmp_path / "ana"
    with learner(home):
        assert tutor("course", "install", str(v1)).code == 0
        finish_basics(tutor, home, night_school)

    # Version 2 asks for more than Ana wrote (the solution is updated with it).
    test_file = night_school / "exercises" / "web" / "basics" / "test_page.py"
    test_file.write_text(
        test_file.read_text(encoding="utf-8")
        + "\n\ndef test_page_mentions_version_two(html_page):\n"
        + '    assert "Version two" in html_page().text, "Write Version two on the page."\n',
        encoding="utf-8",
    )
    solution = night_school / "exercises" / "web" / "basics" / "solution" / "index.html"
    solution.write_text(solution.read_text().replace("</body>", "<p>Version two</p></body>"))
    v2 = tmp_path / "media" / "night-v2.zip"
    assert tutor("pack", str(night_school), "-o", str(v2), "--course-version", "v2").code == 0
    export = tmp_path / "exports" / "ana.zip"
    with learner(home):
        assert tutor("course", "install", str(v2)).code == 0
        assert tutor("progress", "--export", str(export), "--learner", "Ana").code == 0

    monkeypatch.chdir(night_school)
    checked = tutor("report", str(export), "--html", str(tmp_path / "r.html"), "--verify")
    assert checked.code == 0, checked.out + checked.err
    assert "do not hold up" not in checked.out
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "done on version v1; the course here is version v2" in page
    assert "DOES NOT HOLD UP" not in page


def test_an_update_refreshes_the_visible_tests_and_keeps_the_learners_edit_in_history(
    tutor: RunCli, night_school: Path, tmp_path: Path
) -> None:
    v1 = tmp_path / "media" / "night-v1.zip"
    assert tutor("pack", str(night_school), "-o", str(v1), "--course-version", "v1").code == 0
    home = tmp_path / "ana"
    workspace = home / "workspaces" / "basics"
    with learner(home):
        assert tutor("course", "install", str(v1)).code == 0
        assert tutor("start", "basics").code == 0
        mine = workspace / "test_page.py"
        mine.write_text(mine.read_text() + "\n# Ana's note: what does html_page do?\n")

    course_test = night_school / "exercises" / "web" / "basics" / "test_page.py"
    course_test.write_text(course_test.read_text() + "\n# version 2 of the checks\n")
    v2 = tmp_path / "media" / "night-v2.zip"
    assert tutor("pack", str(night_school), "-o", str(v2), "--course-version", "v2").code == 0
    with learner(home):
        installed = tutor("course", "install", str(v2))
        assert installed.code == 0, installed.err
        assert "The test files of 1 exercise(s) you started are now the new course's" in (
            installed.out
        )
        history = tutor("history", "basics")
    assert (workspace / "test_page.py").read_text() == course_test.read_text()
    log = subprocess.run(
        ["git", "log", "-p", "--format=%s"], cwd=workspace, capture_output=True, text=True
    ).stdout
    assert "saved before the course update" in log and "test files updated with the course" in log
    assert "+# Ana's note: what does html_page do?" in log  # her edit is kept in the history
    assert history.code == 0 and "test files updated with the course" in history.out
