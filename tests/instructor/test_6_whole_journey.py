"""The whole journey, as a new instructor would take it, with the `tutor` command only.

Scaffold a course, lint and verify it, preview a lesson (built, not shown:
test_2 drives the TUI), pack it, install it for two learners who then use
plain `tutor` commands (no --course: the installed course is active), collect
their exports and make the class report with the checks run again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from instructor_helpers import RunCli, git, learner, solve_like_a_learner

from tutor.instructor.preview import prepare_preview


def test_scaffold_verify_pack_install_export_report(
    tutor: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    course = tmp_path / "evening-class"
    (course / "lessons").mkdir(parents=True)
    (course / "lessons" / "course.toml").write_text('title = "Evening Class"\n')
    monkeypatch.chdir(course)
    assert tutor("new", "lesson", "web/pages", "--kind", "html").code == 0
    assert tutor("new", "exercise", "web/pages", "git").code == 0
    assert tutor("lint", str(course)).code == 0
    verified = tutor("verify", "--course", str(course))
    assert verified.code == 0 and "2 of 2 exercises verified" in verified.out
    preview = prepare_preview(course, "web/pages", tmp_path / "preview")
    assert [e.id for e in preview.lesson.exercises] == ["pages", "pages-git"]

    media = tmp_path / "usb"
    packed = tutor("pack", "-o", str(media / "evening.tar.gz"))  # the course holding this folder
    assert packed.code == 0, packed.err

    exports = []
    for name in ("ana", "bo"):
        with learner(tmp_path / name) as home:
            assert tutor("course", "install", str(media / "evening.tar.gz")).code == 0
            installed = next((home / "courses").iterdir())
            assert tutor("start", "pages").code == 0
            solve_like_a_learner(installed, home, "web/pages", "pages")
            assert tutor("check", "pages").code == 0
            if name == "ana":
                tutor("start", "pages-git")
                solve_like_a_learner(installed, home, "web/pages-git", "pages-git")
                git(home / "workspaces" / "pages-git", "commit", "-qam", "My notes")
                assert tutor("check", "pages-git").code == 0
            out = media / "back" / f"{name}.zip"
            assert tutor("progress", "--export", str(out), "--learner", name).code == 0
            exports.append(str(out))

    report = tmp_path / "class.html"
    ran = tutor("report", *exports, "--html", str(report), "--verify", "--course", str(course))
    assert ran.code == 0, ran.out + ran.err
    assert "ana: 2 of 2 exercises done" in ran.out and "bo: 1 of 2" in ran.out
    page = report.read_text(encoding="utf-8")
    assert "Every finished exercise's checks pass again." in page
    assert page.count("<svg") == 2
