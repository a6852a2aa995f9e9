"""Steps 4-5: two learners export their progress; the instructor opens the class report.

Real learners' data folders: `tutor start`, the learner's files, `tutor check`,
git commits; the report's --verify runs the course's checks on the exported files.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from instructor_helpers import RunCli, git, learner, solve_like_a_learner

from tutor.instructor.authoring import new_exercise, new_lesson
from tutor.instructor.export import load_export


@pytest.fixture
def classroom(tutor: RunCli, course: Path, tmp_path: Path) -> dict[str, Path]:
    """A course with three exercises (tests, quiz, git); Ana finishes all, Bo one honestly."""
    new_lesson(course, "web/basics", "html")
    new_exercise(course, "web/basics", "quiz")
    new_exercise(course, "web/basics", "git")
    homes = {"ana": tmp_path / "ana", "bo": tmp_path / "bo"}
    with learner(homes["ana"]) as home:
        tutor("start", "basics", "--course", str(course))
        solve_like_a_learner(course, home, "web/basics", "basics")
        assert tutor("check", "basics", "--course", str(course)).code == 0
        quiz = tutor("check", "basics-quiz", "--answer=1=1", "--answer=2=4", f"--course={course}")
        assert quiz.code == 0, quiz.out
        tutor("start", "basics-git", "--course", str(course))
        solve_like_a_learner(course, home, "web/basics-git", "basics-git")
        git(home / "workspaces" / "basics-git", "add", "notes.txt")
        git(home / "workspaces" / "basics-git", "commit", "-q", "-m", "My notes")
        assert tutor("check", "basics-git", "--course", str(course)).code == 0
        tutor("hint", "basics-git", "--course", str(course))
    with learner(homes["bo"]) as home:
        tutor("start", "basics", "--course", str(course))
        assert tutor("check", "basics", "--course", str(course)).code == 1  # the starter fails
        solve_like_a_learner(course, home, "web/basics", "basics")
        assert tutor("check", "basics", "--course", str(course)).code == 0
        tutor("start", "basics-git", "--course", str(course))  # started, not finished
    return homes


def export(tutor: RunCli, course: Path, home: Path, out: Path, name: str) -> None:
    with learner(home):
        ran = tutor("progress", "--export", str(out), "--learner", name, "--course", str(course))
    assert ran.code == 0, ran.err
    assert "Hand this file to your instructor" in ran.out


def test_export_holds_the_record_files_and_results(
    tutor: RunCli, course: Path, classroom: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "exports" / "seat-01.zip"
    export(tutor, course, classroom["ana"], out, "Ana (seat 1)")
    with zipfile.ZipFile(out) as opened:
        names = set(opened.namelist())
        record = json.loads(opened.read("progress.json"))
    assert record["format"] == "tutor-progress" and record["learner"] == "Ana (seat 1)"
    entries = {entry["id"]: entry for entry in record["exercises"]}
    assert all(entry["status"] == "done" for entry in entries.values())
    assert entries["basics"]["result"]["status"] == "pass"
    assert "files/basics/index.html" in names
    assert entries["basics-quiz"]["quiz_answers"] == {"0": "<h1>", "1": "4"}
    assert "files/basics-git/.git/HEAD" in names  # a git exercise's checks read the repository
    assert entries["basics-git"]["hints"] == 1
    assert len(record["checks"]) == 3
    assert load_export(out).file_bytes("basics", "index.html").startswith(b"<!DOCTYPE html>")


def test_report_shows_each_learner_and_verify_catches_an_edited_record(
    tutor: RunCli, course: Path, classroom: dict[str, Path], tmp_path: Path
) -> None:
    ana, bo = tmp_path / "exports" / "ana.zip", tmp_path / "exports" / "bo.zip"
    export(tutor, course, classroom["ana"], ana, "Ana")
    # Bo's git exercise is marked done by editing the record by hand: no commit behind it.
    with sqlite3.connect(classroom["bo"] / "progress.sqlite3") as db:
        db.execute("UPDATE exercises SET done_at = started_at WHERE exercise_id = 'basics-git'")
    export(tutor, course, classroom["bo"], bo, "Bo")

    plain = tutor("report", str(ana), str(bo), "--html", str(tmp_path / "class.html"))
    assert plain.code == 0, plain.err
    assert "Ana: 3 of 3 exercises done" in plain.out and "Bo: 2 of 3" in plain.out
    page = (tmp_path / "class.html").read_text(encoding="utf-8")
    assert (
        page.count("<svg") == 2
        and "<script" not in page
        and "http" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    )
    assert "Where the class gets stuck" in page and "Bo" in page
    assert "3 exercises" in page and "hello-tutor" not in page  # not the bundled course's

    checked = tutor(
        "report",
        str(ana),
        str(bo),
        "--html",
        str(tmp_path / "checked.html"),
        "--verify",
        "--course",
        str(course),
    )
    assert checked.code == 1, checked.err
    assert "1 finished exercise(s) do not hold up" in checked.out
    page = (tmp_path / "checked.html").read_text(encoding="utf-8")
    assert "Records that do not hold up (1)" in page
    assert "<b>Bo</b>, basics-git" in page
    assert page.count("holds up: the checks pass again") == 4  # Ana's 3, Bo's basics


def test_report_refuses_what_is_not_an_export(tutor: RunCli, tmp_path: Path) -> None:
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as opened:
        opened.writestr("progress.json", json.dumps({"format": "tutor-progress", "exercises": []}))
        opened.writestr("files/x/../../../escape.py", "print('hi')")
    ran = tutor("report", str(evil), "--html", str(tmp_path / "r.html"))
    assert ran.code == 2 and "not safe to read" in ran.err
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    ran = tutor("report", str(notes), "--html", str(tmp_path / "r.html"))
    assert ran.code == 2 and "is not a progress export" in ran.err
    assert not (tmp_path / "r.html").exists()


def test_export_needs_a_learner_name(tutor: RunCli, course: Path, tmp_path: Path) -> None:
    new_lesson(course, "web/basics", "html")
    with learner(tmp_path / "cy"):
        ran = tutor("progress", "--export", str(tmp_path / "cy.zip"), "--course", str(course))
    assert ran.code == 2 and "--learner" in ran.err
