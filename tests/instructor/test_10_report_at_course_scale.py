"""Issue 16: the class report at course scale (30 learners, the bundled course) in Chromium.

30 generated learners' exports on the bundled course. The page is opened in
headless Chromium at 1280 pixels: it must not scroll sideways (measured by
the browser, every learner's table open), its screenshot must show the
charts, and its printed PDF must hold the learners' tables (the print style
opens the folded ones). Skipped only where Chromium is not installed (CI
installs it: apt-get install -y chromium).
"""

from __future__ import annotations

import re
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from chromium_screenshots import find_browser, read_png, rgb

from tutor import kinds, locations
from tutor.course import load_course
from tutor.course.model import Course
from tutor.instructor.export import LearnerExport
from tutor.instructor.report.build import build_report

WARNING, HEADER = "#9b1c1c", "#f0f2f4"  # report.STYLE's .warning colour and th background

LEARNERS = 30
START = datetime(2026, 12, 5, 9, 0, tzinfo=timezone.utc)
LONG_MESSAGE = (
    "index.html line 12: the page has no <h1> heading. A page needs one main heading that "
    "says what it is about; add <h1>My page</h1> inside <body> and check again. " * 3
)


def generated_export(number: int, course: Course) -> LearnerExport:
    """Learner number has finished the first few exercises and is stuck on the next."""
    exercises = [(lesson, ex) for lesson in course.lessons for ex in lesson.exercises]
    finished = (number * 7) % (len(exercises) - 1)
    entries, checks = [], []
    for index, (lesson, exercise) in enumerate(exercises):
        status = "done" if index < finished else "started" if index == finished else "not started"
        at = START + timedelta(minutes=index)
        entry = {
            "id": exercise.id, "title": exercise.title, "kind": kinds.of(exercise).name,
            "status": status, "attempts": 0, "hints": 0, "time_spent_s": 0.0,
            "lesson": lesson.id, "lesson_title": lesson.title,
        }  # fmt: skip
        if status == "done":
            entry.update(attempts=2, time_spent_s=300.0, done_at=at.isoformat())
            checks += [{"exercise": exercise.id, "at": at.isoformat(), "status": "pass"}]
        elif status == "started":
            tries = 1 + number % 4
            entry.update(attempts=tries, hints=number % 3, started_at=at.isoformat())
            entry["last_check"] = {
                "status": "fail", "passed": 1, "total": 3,
                "failing": [{"name": "page has a heading", "message": LONG_MESSAGE,
                             "where": "index.html:12"}],
            }  # fmt: skip
            checks += [
                {"exercise": exercise.id, "at": (at + timedelta(minutes=3 * n)).isoformat(),
                 "status": "fail"}
                for n in range(tries)
            ]  # fmt: skip
        entries.append(entry)
    name = f"seat-{number:02d} " + ("Maximiliana Konstantinopoulou" if number % 5 == 0 else "Jo")
    record = {
        "learner": name,
        "course": {"title": course.title},
        "exported_at": (START + timedelta(hours=4)).isoformat(),
        "exercises": entries,
        "checks": checks,
    }
    return LearnerExport(Path(f"{number}.zip"), name, record)


@pytest.fixture(scope="module")
def class_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    course = load_course(locations.course_dir(None))
    assert len(course.exercises) > 100  # course scale
    exports = [generated_export(number, course) for number in range(1, LEARNERS + 1)]
    page = tmp_path_factory.mktemp("scale") / "class.html"
    page.write_text(build_report(exports, course), encoding="utf-8")
    return page


def test_the_page_is_grouped_and_folded(class_page: Path) -> None:
    page = class_page.read_text(encoding="utf-8")
    assert page.count("<details>") == LEARNERS  # each learner's table folded
    assert page.index("Who needs help now (") < page.index("<h2>Learners</h2>")
    assert page.count('<tr class="lesson">') > LEARNERS  # lesson by lesson
    assert "Welcome: using the tutor" in page and "@media print" in page
    help_table = page[page.index('<table class="help">') : page.index("</table>")]
    assert help_table.count("<tr>") == LEARNERS + 1 and "…" in help_table
    assert LONG_MESSAGE not in page


def run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    browser = find_browser()
    assert browser is not None
    return subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            *args,
        ],  # fmt: skip
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", path.read_bytes()))


needs_chromium = pytest.mark.skipif(
    find_browser() is None, reason="Chromium is not installed (apt-get install -y chromium)"
)


@needs_chromium
def test_no_sideways_scrolling_at_1280_pixels(class_page: Path, tmp_path: Path) -> None:
    # A copy of the page that opens every learner's table and writes the page's width into
    # its title: the widest the page can get, measured by the browser itself.
    measure = (
        "<script>document.querySelectorAll('details').forEach(d => d.open = true);"
        "document.title = 'WIDTH=' + document.documentElement.scrollWidth;</script></body>"
    )
    probe = tmp_path / "probe.html"
    probe.write_text(class_page.read_text(encoding="utf-8").replace("</body>", measure))
    ran = run_chromium(tmp_path, "--window-size=1280,900", "--dump-dom", probe.as_uri())
    found = re.search(r"WIDTH=(\d+)", ran.stdout)
    assert found, ran.stderr[-2000:]
    assert int(found.group(1)) <= 1280


@needs_chromium
def test_screenshot_shows_the_report(class_page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    run_chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1200", class_page.as_uri())
    assert shot.is_file(), "Chromium wrote no screenshot"
    width, height, rows = read_png(shot)
    assert (width, height) == (1280, 1200)
    pixels = {rows[y][x : x + 3] for y in range(0, height, 2) for x in range(0, width * 3, 3)}
    assert len(pixels) > 10, "the page is blank"
    # At the top: the red "Who needs help now" heading and its table's grey header row.
    assert rgb(WARNING) in pixels and rgb(HEADER) in pixels


@needs_chromium
def test_printed_pdf_holds_every_learners_table(class_page: Path, tmp_path: Path) -> None:
    full, folded = tmp_path / "full.pdf", tmp_path / "without-tables.pdf"
    run_chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={full}", class_page.as_uri())
    assert full.is_file() and full.read_bytes().startswith(b"%PDF"), "Chromium wrote no PDF"
    text = class_page.read_text(encoding="utf-8")
    without = re.sub(r"<details>.*?</details>", "", text, flags=re.S)
    stripped = tmp_path / "stripped.html"
    stripped.write_text(without, encoding="utf-8")
    run_chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={folded}", stripped.as_uri())
    # The folded tables print open: 30 learners' tables take many pages more.
    assert pdf_pages(full) > pdf_pages(folded) + 10, (pdf_pages(full), pdf_pages(folded))
