"""Issue 16: a class report that says whom to help, exports of started work, the shared folder.

Real learners (their data folders, `tutor check`, the course's checks), real
exports, the real `tutor report`; --watch runs as its own process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from instructor_helpers import RunCli, learner, solve_like_a_learner

from tutor.instructor.authoring import new_lesson
from tutor.instructor.export import LearnerExport, load_export
from tutor.instructor.packaging import course_slug
from tutor.instructor.report.build import build_report


@pytest.fixture
def two_learners(tutor: RunCli, course: Path, tmp_path: Path) -> dict[str, Path]:
    """Ana finishes `basics`; Bo checks the starter files, which fail: Bo is stuck."""
    new_lesson(course, "web/basics", "html")
    homes = {"ana": tmp_path / "ana", "bo": tmp_path / "bo"}
    with learner(homes["ana"]) as home:
        tutor("start", "basics", "--course", str(course))
        solve_like_a_learner(course, home, "web/basics", "basics")
        assert tutor("check", "basics", "--course", str(course)).code == 0
    with learner(homes["bo"]) as home:
        tutor("start", "basics", "--course", str(course))
        (home / "workspaces" / "basics" / "index.html").write_text("<p>my try</p>\n")
        assert tutor("check", "basics", "--course", str(course)).code == 1
    return homes


def export(tutor: RunCli, course: Path, home: Path, out: Path, name: str) -> None:
    with learner(home):
        ran = tutor("progress", "--export", str(out), "--learner", name, "--course", str(course))
    assert ran.code == 0, ran.err


def test_an_export_carries_a_started_exercises_files_and_last_check(
    tutor: RunCli, course: Path, two_learners: dict[str, Path], tmp_path: Path
) -> None:
    out = tmp_path / "bo.zip"
    export(tutor, course, two_learners["bo"], out, "Bo")
    read = load_export(out)
    entry = next(e for e in read.exercises if e["id"] == "basics")
    assert entry["status"] == "started" and entry["lesson"] == "web/basics"
    assert read.file_bytes("basics", "index.html") == b"<p>my try</p>\n"  # what Bo wrote
    last = entry["last_check"]
    assert last["status"] == "fail" and last["passed"] < last["total"]
    assert last["failing"] and last["failing"][0]["name"] and last["failing"][0]["message"]


def test_who_needs_help_comes_first_with_the_failing_check(
    tutor: RunCli, course: Path, two_learners: dict[str, Path], tmp_path: Path
) -> None:
    ana, bo = tmp_path / "ana.zip", tmp_path / "bo.zip"
    export(tutor, course, two_learners["ana"], ana, "Ana")
    export(tutor, course, two_learners["bo"], bo, "Bo")
    ran = tutor("report", str(tmp_path), "--html", str(tmp_path / "class.html"))  # a folder
    assert ran.code == 0, ran.err
    page = (tmp_path / "class.html").read_text(encoding="utf-8")
    assert page.index("Who needs help now (1)") < page.index("<h2>Learners</h2>")
    help_table = page[page.index('<table class="help">') : page.index("</table>")]
    assert "<th>Bo</th>" in help_table and "Ana" not in help_table
    failing = load_export(bo).exercises[0]["last_check"]["failing"][0]
    assert failing["message"].split()[0] in help_table  # the failing check's own message
    assert "1 check<" in help_table and "0 hints" in help_table and "1 checks" not in page
    assert "last active" in page and "export made" in page
    assert "what they wrote" in help_table and "&lt;p&gt;my try&lt;/p&gt;" in help_table
    assert "test_" not in help_table  # the learner's own file, not the course's tests


def stuck_export(name: str, fails: list[str], message: str = "", passed_last: bool = False):  # noqa: ANN201
    """An export whose checks of `ex` fail at the given times (and then pass, if asked)."""
    checks = [{"exercise": "ex", "at": at, "status": "fail"} for at in fails]
    failing = {"name": "page has a heading", "message": message, "where": "index.html:3"}
    if passed_last:
        checks.append({"exercise": "ex", "at": "2026-12-05T12:00:00+00:00", "status": "pass"})
    entry = {
        "id": "ex", "title": "An exercise", "status": "done" if passed_last else "started",
        "attempts": len(checks), "hints": 1, "time_spent_s": 60.0,
        "last_check": {"status": "fail", "failing": [failing]},
    }  # fmt: skip
    record = {"exercises": [entry], "checks": checks, "exported_at": "2026-12-05T12:30:00+00:00"}
    return LearnerExport(Path(f"{name}.zip"), name, record)


def test_the_longest_stuck_come_first_and_long_messages_are_cut() -> None:
    exports = [
        stuck_export("Short", ["2026-12-05T12:20:00+00:00"], "x"),
        stuck_export("Long", ["2026-12-05T10:00:00+00:00", "2026-12-05T12:00:00+00:00"], "y" * 500),
        stuck_export("Done", ["2026-12-05T09:00:00+00:00"], "z", passed_last=True),
    ]
    page = build_report(exports)
    help_table = page[page.index('<table class="help">') : page.index("</table>")]
    assert help_table.index("Long") < help_table.index("Short") and "Done" not in help_table
    assert "2 h" in help_table or "2 hours" in help_table or "150 min" in help_table
    assert "y" * 500 not in help_table and "y" * 100 in help_table and "…" in help_table
    assert "index.html:3" in help_table and "2 checks" in help_table and "1 hint<" in help_table
    # What a learner's computer sent is never trusted: odd shapes do not break the page.
    odd = stuck_export("Odd", ["2026-12-05T11:00:00+00:00"])
    odd.record["exercises"][0]["last_check"] = {"failing": [7, None], "message": ["x"]}
    odd.record["checks"].append({"exercise": 3, "at": "not a time", "status": None})
    assert "<th>Odd</th>" in build_report([odd])


def test_install_folder_names_are_cut_between_words() -> None:
    slug = course_slug("Offline Coding School for the Evening Workshop Group of Block C")
    assert len(slug) <= 40 and slug == "offline-coding-school-for-the-evening"


def share_course(course: Path, share: Path) -> None:
    toml = course / "lessons" / "course.toml"
    toml.write_text(f'share_folder = "{share}"\n' + toml.read_text(encoding="utf-8"))
    new_lesson(course, "web/basics", "html")


def test_each_check_writes_the_learners_export_to_the_shared_folder(
    tutor: RunCli, course: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    share_course(course, share)
    monkeypatch.setenv("TUTOR_LEARNER", "seat 07")
    with learner(tmp_path / "seat7") as home:
        assert tutor("check", "basics", "--course", str(course)).code == 1
        first = load_export(share / "seat-07.zip")
        entry = next(e for e in first.exercises if e["id"] == "basics")
        assert entry["status"] == "started" and entry["last_check"]["status"] == "fail"
        solve_like_a_learner(course, home, "web/basics", "basics")
        assert tutor("check", "basics", "--course", str(course)).code == 0
    again = next(e for e in load_export(share / "seat-07.zip").exercises if e["id"] == "basics")
    assert again["status"] == "done" and again["last_check"]["status"] == "pass"
    assert sorted(p.name for p in share.iterdir()) == ["seat-07.zip"]  # no half-written file
    assert (share / "seat-07.zip").stat().st_mode & 0o044  # the instructor's account reads it
    # A shared folder that is away (not mounted) never stops a check.
    shutil.rmtree(share)
    with learner(tmp_path / "seat7"):
        assert tutor("check", "basics", "--course", str(course)).code == 0
    assert not share.exists()


def test_report_watch_remakes_the_page_when_an_export_changes(
    tutor: RunCli, course: Path, two_learners: dict[str, Path], tmp_path: Path
) -> None:
    folder, page = tmp_path / "exports", tmp_path / "class.html"
    folder.mkdir()
    export(tutor, course, two_learners["ana"], folder / "ana.zip", "Ana")
    export(tutor, course, two_learners["bo"], tmp_path / "bo.zip", "Bo")
    command = [sys.executable, "-m", "tutor", "report", str(folder), "--html", str(page)]
    watcher = subprocess.Popen(
        [*command, "--watch", "--interval", "0.2"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "TUTOR_PLAIN": "1"},
    )
    try:
        assert wait_for(lambda: page.is_file() and "Ana" in page.read_text(encoding="utf-8"))
        assert "<th>Bo</th>" not in page.read_text(encoding="utf-8")
        os.replace(tmp_path / "bo.zip", folder / "bo.zip")  # as a learner's tutor puts it there
        assert wait_for(lambda: "Who needs help now (1)" in page.read_text(encoding="utf-8"))
        assert '<meta http-equiv="refresh" content="10">' in page.read_text(encoding="utf-8")
    finally:
        watcher.terminate()
        output = watcher.communicate(timeout=30)[0].decode()
    assert "Watching" in output, output


def wait_for(condition, seconds: float = 60.0) -> bool:  # noqa: ANN001
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_watch_needs_one_folder(tutor: RunCli, tmp_path: Path) -> None:
    (tmp_path / "a.zip").write_bytes(b"")
    ran = tutor("report", str(tmp_path / "a.zip"), "--html", "x.html", "--watch")
    assert ran.code != 0 and "--watch needs one folder" in ran.err + ran.out


def test_started_work_keeps_the_exports_size_limit(
    tutor: RunCli, course: Path, two_learners: dict[str, Path], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr("tutor.instructor.export.MAX_EXERCISE_BYTES", 10)
    out = tmp_path / "bo.zip"
    export(tutor, course, two_learners["bo"], out, "Bo")
    with zipfile.ZipFile(out) as opened:
        assert not [n for n in opened.namelist() if n.startswith("files/")]
        entry = json.loads(opened.read("progress.json"))["exercises"][0]
    assert entry["note"].startswith("left out") and entry["last_check"]["status"] == "fail"
