"""`tutor report` on crafted exports: each bad one is reported for its learner and the rest
of the report is made; zip bombs are refused before they unpack; an exercise counted done
whose files were left out is flagged, never counted done in silence."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

from instructor_helpers import RunCli

from tutor.archives import MAX_ENTRIES


def entry(exercise_id: str, status: str = "done", **more: Any) -> dict[str, Any]:
    return {"id": exercise_id, "title": exercise_id, "kind": "tests", "status": status,
            "attempts": 2, "hints": 0, "time_spent_s": 60.0, **more}  # fmt: skip


def make_export(path: Path, learner: str, entries: list[dict[str, Any]],
                files: dict[str, bytes] | None = None) -> Path:  # fmt: skip
    record = {"format": "tutor-progress", "format_version": 1, "learner": learner,
              "course": {"title": "Night School"}, "exercises": entries, "checks": []}  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("progress.json", json.dumps(record))
        for name, data in (files or {}).items():
            archive.writestr(name, data)
    return path


def test_each_bad_export_is_reported_and_the_rest_of_the_report_is_made(
    tutor: RunCli, tmp_path: Path
) -> None:
    good = make_export(tmp_path / "ana.zip", "Ana", [entry("basics"), entry("more", "started")])
    wrong_type = make_export(tmp_path / "bo.zip", "Bo", [entry("basics", attempts="many")])
    clash = make_export(tmp_path / "cy.zip", "Cy", [entry("basics", files=["a", "a/b"])],
                        {"files/basics/a": b"x", "files/basics/a/b": b"y"})  # fmt: skip
    not_a_zip = tmp_path / "di.zip"
    not_a_zip.write_bytes(b"PK\x03\x04 and then nothing a zip has")
    bad_status = make_export(tmp_path / "ed.zip", "Ed", [entry("basics", status=["done"])])
    out = tmp_path / "class.html"
    ran = tutor("report", *map(str, (good, wrong_type, clash, not_a_zip, bad_status)),
                "--html", str(out))  # fmt: skip
    assert ran.code == 1, ran.err
    assert "Ana: 1 of 2 exercises done" in ran.out
    assert "exercise 'basics' has attempts = \"many\"" in ran.out
    assert "a is both a file and a folder" in ran.out
    assert "di.zip is not a progress export" in ran.out
    assert "has status" in ran.out or "has the status" in ran.out
    page = out.read_text(encoding="utf-8")
    assert "Exports that could not be read (4)" in page and "<h2>Ana</h2>" in page


def test_an_exercise_the_course_lacks_is_not_checked_and_the_report_is_made(
    tutor: RunCli, course: Path, tmp_path: Path
) -> None:
    export = make_export(tmp_path / "ana.zip", "Ana", [entry("no-such-exercise")],
                         {"files/no-such-exercise/x.py": b"print(1)\n"})  # fmt: skip
    out = tmp_path / "class.html"
    ran = tutor("report", str(export), "--html", str(out), "--verify", "--course", str(course))
    assert ran.code == 0, ran.err
    assert "not in this course" in out.read_text(encoding="utf-8")


def test_done_with_files_left_out_is_flagged_not_verified(
    tutor: RunCli, course: Path, tmp_path: Path
) -> None:
    left_out = entry("basics", note="left out: 99999999 bytes of files", files=[])
    export = make_export(tmp_path / "ana.zip", "Ana", [left_out, entry("more", "started")])
    out = tmp_path / "class.html"
    ran = tutor("report", str(export), "--html", str(out))
    assert "Ana: 1 of 2 exercises done (1 not verified: files left out)" in ran.out
    page = out.read_text(encoding="utf-8")
    assert 'class="unverified"' in page and "not verified" in page
    checked = tutor("report", str(export), "--html", str(out), "--verify", "--course", str(course))
    assert "not verified: its files were left out" in out.read_text(encoding="utf-8"), checked.err


def _bomb(path: Path, learner: str, megabytes: int) -> Path:
    """An export whose one file unpacks to `megabytes` of zeros from a few hundred KB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        record = {"format": "tutor-progress", "learner": learner,
                  "exercises": [entry("basics", files=["big.py"])]}  # fmt: skip
        archive.writestr("progress.json", json.dumps(record))
        with archive.open("files/basics/big.py", "w", force_zip64=True) as big:
            block = bytes(1024 * 1024)
            for _ in range(megabytes):
                big.write(block)
    return path


def _many_entries(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("progress.json", json.dumps({"format": "tutor-progress",
                                                      "exercises": []}))  # fmt: skip
        for number in range(MAX_ENTRIES + 10):
            archive.writestr(f"files/basics/{number}", b"")
    return path


def test_zip_bombs_are_refused_before_they_unpack(course: Path, tmp_path: Path) -> None:
    bombs = [_bomb(tmp_path / f"bomb{n}.zip", f"Bomb {n}", 100) for n in range(3)]
    many = _many_entries(tmp_path / "many.zip")
    good = make_export(tmp_path / "ana.zip", "Ana", [entry("basics", "started")])
    out = tmp_path / "class.html"
    command = [sys.executable, "-m", "tutor", "report", *map(str, (*bombs, many, good)),
               "--html", str(out), "--verify", "--course", str(course)]  # fmt: skip
    # Run from a small Python that reports the largest memory its child used.
    measure = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(done.stdout + done.stderr)\n"
    )
    ran = subprocess.run([sys.executable, "-c", measure, *command], capture_output=True,
                         text=True, timeout=300, check=False)  # fmt: skip
    first, _, said = ran.stdout.partition("\n")
    code, peak_kb = map(int, first.split())
    assert code == 1, said
    assert said.count("times its packed size") == 3, said
    assert f"more than {MAX_ENTRIES} entries" in said
    assert "Ana: 0 of 1 exercises done" in said
    assert peak_kb < 200 * 1024, peak_kb  # three 100 MB bombs: none is ever unpacked


def test_a_learner_name_with_escapes_reaches_the_terminal_as_symbols(tmp_path: Path) -> None:
    name = "Ana\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\u202e"
    export = make_export(tmp_path / "ana.zip", name, [entry("basics\x1b[2J")])
    ran = subprocess.run(
        [sys.executable, "-m", "tutor", "report", str(export), "--html", str(tmp_path / "r.html")],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    said = ran.stdout + ran.stderr
    assert "Ana␛]0;pwned␇␛]52;c;cHduZWQ=␇" in said
    for raw in ("\x1b", "\x07", "\u202e"):
        assert raw not in said
